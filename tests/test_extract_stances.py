"""kg.extract.stances: holder, target, polarity and evidence from evaluative language."""

from __future__ import annotations

import re

import pytest

from kg.documents import Document
from kg.extract.records import Actor, Span, Stance, Statement
from kg.extract.stances import _one_per_reading, find_stances


def actors_in(text: str, names: dict[str, str]) -> list[Actor]:
    """One actor per name, with a mention at each occurrence of the name or its last word."""
    actors = []
    for name, kind in names.items():
        forms = {name, name.split()[-1]}
        spans = {(m.start(), m.end()) for f in forms for m in re.finditer(re.escape(f), text)}
        spans = {s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)}
        actors.append(Actor(name.lower(), name, kind, [], [Span(a, b, text[a:b]) for a, b in sorted(spans)]))
    return actors


def stances(nlp, text: str, names: dict[str, str], statements=()):
    doc = Document("t.txt", text, "2024-03-01", None, None, 0)
    found = find_stances(nlp(text), doc, actors_in(text, names), list(statements), [])
    return {(s.holder, s.target_label, s.polarity) for s in found}, found


@pytest.mark.parametrize("text, names, expected", [
    ("Maria Lopez condemned the airstrike on the village.",
     {"Maria Lopez": "Person"}, ("maria lopez", "the airstrike", "negative")),
    ("The union welcomed the new wage agreement on Monday.",
     {"union": "Organization"}, ("union", "the new wage agreement", "positive")),
    ("Governor Tim Baker praised Anna Holm for her leadership.",
     {"Tim Baker": "Person", "Anna Holm": "Person"}, ("tim baker", "Anna Holm", "positive")),
    ("The council rejected the proposal to close the library.",
     {"council": "Organization"}, ("council", "the proposal to close the library", "negative")),
    ("Peter Grant accused Lena Fox of lying to voters.",
     {"Peter Grant": "Person", "Lena Fox": "Person"}, ("peter grant", "Lena Fox", "negative")),
    ("The new bridge plan was criticised by Greenwatch.",
     {"Greenwatch": "Organization"}, ("greenwatch", "The new bridge plan", "negative")),
    ("Tom Reed congratulated the mayor on the successful festival.",
     {"Tom Reed": "Person"}, ("tom reed", "the successful festival", "positive")),
    ("The farmers' association said it was disappointed by the ruling.",
     {"farmers' association": "Organization"}, ("farmers' association", "the ruling", "negative")),
    ("Sara Kim, a longtime critic of Mark Dunn, spoke on Friday.",
     {"Sara Kim": "Person", "Mark Dunn": "Person"}, ("sara kim", "Mark Dunn", "negative")),
    ("Jon Berg called the decision a grave mistake.",
     {"Jon Berg": "Person"}, ("jon berg", "the decision", "negative")),
    ("Ella Moss disagreed with the board's new rules.",
     {"Ella Moss": "Person"}, ("ella moss", "the board's new rules", "negative")),
    ("The two companies signed a supply deal in March, Northco said.",
     {"Northco": "Organization"}, None),
    # verbs of side-taking event categories, from the event lexicons (issue 16)
    ("Senator Ann Lee called for new elections.",
     {"Ann Lee": "Person"}, ("ann lee", "new elections", "positive")),
    ("Maria Lopez urged the council to reopen the library.",
     {"Maria Lopez": "Person", "council": "Organization"},
     ("maria lopez", "the council to reopen the library", "positive")),
    ("The union protested against the closure of the mine.",
     {"union": "Organization"}, ("union", "the closure of the mine", "negative")),
    # a request is for what it asks, of whom: with a bare verb, or a clause of its own
    ("Ana Ruiz urged the board to reconsider.",
     {"Ana Ruiz": "Person", "board": "Organization"}, ("ana ruiz", "the board to reconsider", "positive")),
    ("Ana Ruiz urged that the fine be waived.",
     {"Ana Ruiz": "Person"}, ("ana ruiz", "the fine be waived", "positive")),
    # each of two holders ("A and B urged ...")
    ("Both Ana Ruiz and Leo Park urged that the fine be waived.",
     {"Ana Ruiz": "Person", "Leo Park": "Person"}, ("leo park", "the fine be waived", "positive")),
    # "for" introducing a clause of its own; yielding to something (CONCEDE) is for it, refusing to is against
    ("Ana Ruiz called for the officers to be punished.",
     {"Ana Ruiz": "Person"}, ("ana ruiz", "the officers to be punished", "positive")),
    ("The mayor did not accede to the union's demands for a pay rise.",
     {"mayor": "Person"}, ("mayor", "the union's demands for a pay rise", "negative")),
    ("Jon Huber succumbed to a lung disorder.", {"Jon Huber": "Person"}, None),  # yielding to what nobody asked
    # a hyphenated word stays whole in a label
    ("Ana Ruiz rejected the court-ordered review of the vote.",
     {"Ana Ruiz": "Person"}, ("ana ruiz", "the court-ordered review of the vote", "negative")),
    # investigating takes no side (CAMEO 09)
    ("Greenwatch investigated the contract.", {"Greenwatch": "Organization"}, None),
    # verbs the event dictionaries file under support, rejection, accusation or protest, beyond those polarity.tsv
    # lists, mostly describe: "charged X with" is a legal act, "demonstrated" a showing
    ("The police charged Tom Reed with speeding.", {"police": "Organization", "Tom Reed": "Person"}, None),
    ("Greenwatch demonstrated the new engine.", {"Greenwatch": "Organization"}, None),
    # a thing that asks ("calls", "placards") asks for whoever made or carries it; a group asks for itself
    ("Ana Ruiz joined the calls asking the council to reopen the library.",
     {"Ana Ruiz": "Person", "council": "Organization"},
     ("ana ruiz", "the council to reopen the library", "positive")),
    ("The union urging the council to reopen the library met on Monday.",
     {"union": "Organization", "council": "Organization"},
     ("union", "the council to reopen", "positive")),
    # a characterisation with a word of the broad opinion lexicon (not in polarity.tsv)
    ('Leo Park called the mayor\'s budget "lousy".',
     {"Leo Park": "Person"}, ("leo park", "the mayor's budget", "negative")),
])
def test_evaluative_constructions(nlp, text, names, expected):
    found, _ = stances(nlp, text, names)
    if expected is None:
        assert found == set()
    else:
        assert expected in found


def test_negation_flips_polarity(nlp):
    found, _ = stances(nlp, "Maria Lopez did not support the merger.", {"Maria Lopez": "Person"})
    assert ("maria lopez", "the merger", "negative") in found


def said(text: str, name: str) -> Statement:
    """The statement of a sentence "NAME said ...": its content is what follows "said"."""
    cue = text.index(" said") + 1
    start = cue + len("said")
    content = text[start:].strip(' ,."')
    start = text.index(content, start)
    return Statement(name.lower(), name, Span(cue, cue + 4, "said"), Span(start, start + len(content), content), True)


@pytest.mark.parametrize("text, name, expected", [
    ('Alan Price said "no progress was made" at the talks.', "Alan Price", ("alan price", "no progress", "negative")),
    # an adjective on a noun of manner judges the act
    ('Ana Ruiz said, "The police broke up the march in a brutal way."', "Ana Ruiz",
     ("ana ruiz", "The police broke up the march", "negative")),
])
def test_what_a_speaker_says_is_their_stance(nlp, text, name, expected):
    found, _ = stances(nlp, text, {name: "Person"}, [said(text, name)])
    assert expected in found


def test_modality_lowers_confidence(nlp):
    _, sure = stances(nlp, "Maria Lopez supports the merger.", {"Maria Lopez": "Person"})
    _, maybe = stances(nlp, "Maria Lopez may support the merger.", {"Maria Lopez": "Person"})
    assert sure[0].polarity == maybe[0].polarity == "positive"
    assert maybe[0].confidence < sure[0].confidence


def test_reciprocal_disagreement(nlp):
    found, _ = stances(nlp, "Ann Cole and Ben Hart were at odds over the budget.",
                       {"Ann Cole": "Person", "Ben Hart": "Person"})
    assert ("ann cole", "Ben Hart", "negative") in found
    assert ("ben hart", "Ann Cole", "negative") in found


def test_statement_words_are_the_speakers(nlp):
    text = 'Nora Vance said: "It was a very productive meeting, and I thank the hosts."'
    start = text.index("It was")
    content = Span(start, len(text) - 1, text[start:-1])
    cue = Span(text.index("said"), text.index("said") + 4, "said")
    statement = Statement("nora vance", "Nora Vance", cue, content, True)
    found, records = stances(nlp, text, {"Nora Vance": "Person"}, [statement])
    assert ("nora vance", "a very productive meeting", "positive") in found
    assert ("nora vance", "the hosts", "positive") in found
    assert records and all(r.evidence_statement is statement for r in records)


@pytest.mark.parametrize("quote, target", [
    ("Let us all pray for Paul Adams.", "Paul Adams"),
    ("Let's all pray for Paul Adams.", "Paul Adams"),  # "'s": us
    ("Our thoughts and prayers are with Paul Adams.", "Paul Adams"),
    ("My prayers go to Paul Adams and his family.", "Paul Adams"),
    ("Our condolences go to the family of Paul Adams.", "the family of Paul Adams"),
])
def test_prayers_thoughts_and_condolences_are_for_who_they_are_with(nlp, quote, target):
    text = f'Nora Vance said: "{quote}"'
    start = text.index(quote)
    statement = Statement("nora vance", "Nora Vance", Span(11, 15, "said"), Span(start, start + len(quote), quote), True)
    found, _ = stances(nlp, text, {"Nora Vance": "Person", "Paul Adams": "Person"}, [statement])
    assert ("nora vance", target, "positive") in found


@pytest.mark.parametrize("text, expected", [
    ("Maria Lopez vowed to sue over the ruling.", set()),  # the label would be a bare "to sue"
    ("Maria Lopez vowed to rebuild the bridge.", {("maria lopez", "to rebuild the bridge", "positive")}),
])
def test_an_intention_names_what_it_is_toward_or_is_no_stance(nlp, text, expected):
    found, _ = stances(nlp, text, {"Maria Lopez": "Person"})
    assert found == expected


def test_writer_evaluations_yield_no_stance(nlp):
    found, _ = stances(nlp, "The disastrous flood hit the town that Maria Lopez governs.",
                       {"Maria Lopez": "Person"})
    assert not found


def test_a_holderless_evaluation_is_its_statement_speakers(nlp):
    text = "Ivan Petrov said the election was a disgrace."
    content = Span(17, len(text) - 1, text[17:-1])
    statement = Statement("ivan petrov", "Ivan Petrov", Span(12, 16, "said"), content, False)
    found, records = stances(nlp, text, {"Ivan Petrov": "Person"}, [statement])
    assert ("ivan petrov", "the election", "negative") in found
    assert records[0].span.text == text and records[0].evidence_statement == statement


def test_a_holderless_evaluation_outside_any_statement_is_nobodys(nlp):
    """The subject of a speech verb is not made the holder where the statement finder saw no statement."""
    found, _ = stances(nlp, "Ivan Petrov said the election was a disgrace.", {"Ivan Petrov": "Person"})
    assert not found


def test_one_stance_per_holder_target_polarity(nlp):
    text = "Maria Lopez condemned the strike. Later Maria Lopez again condemned the strike."
    _, records = stances(nlp, text, {"Maria Lopez": "Person"})
    assert len(records) == 1


def test_extractor_keeps_the_strict_path(nlp):
    """A word with a valence but no stance cue gives no stance in the graph."""
    found, _ = stances(nlp, "Maria Lopez said the embattled Tom Reyes left the brilliant city.",
                       {"Maria Lopez": "Person", "Tom Reyes": "Person"})
    assert not any(t == "Tom Reyes" for _, t, _ in found)


def test_one_reading_of_a_sentence_is_one_stance():
    """Two evaluations giving the same holder, target label, polarity and sentence are one stance, the stronger."""
    sentence = Span(0, 40, "x" * 40)
    weak = Stance("p:a", "the plan", "negative", sentence, confidence=0.6)
    strong = Stance("p:a", "the plan", "negative", sentence, target_event="e1", confidence=0.75)
    kept = _one_per_reading([weak, strong])
    assert [(s.polarity, s.confidence, s.target_event) for s in kept] == [("negative", 0.75, "e1")]


def test_of_opposite_readings_in_one_sentence_the_stronger_stays():
    """'called the deal lousy and would only vote for it if ...': against the deal, not also for it; a tie keeps
    both."""
    sentence = Span(0, 40, "x" * 40)
    against = Stance("p:a", "the plan", "negative", sentence, confidence=0.7)
    weaker_for = Stance("p:a", "the plan", "positive", sentence, confidence=0.525)
    assert [s.polarity for s in _one_per_reading([against, weaker_for])] == ["negative"]
    tied = Stance("p:a", "the plan", "positive", sentence, confidence=0.7)
    assert sorted(s.polarity for s in _one_per_reading([against, tied])) == ["negative", "positive"]
    elsewhere = Stance("p:a", "the plan", "positive", Span(41, 60, "y" * 19), confidence=0.5)
    assert sorted(s.polarity for s in _one_per_reading([against, elsewhere])) == ["negative", "positive"]


def test_a_stance_span_is_the_documents_own_text(nlp):
    """spaCy reads the text with the header blanked out; the sentence span must still be the document's text."""
    from kg.documents import parse_text
    from kg.nlp import parse

    text = "date 2024-03-01\nMaria Lopez condemned the airstrike on the village.\n\nShe spoke on Monday."
    ((document, spacy_doc),) = list(parse([parse_text("t.txt", text)]))
    assert document.header_end > 0
    found = find_stances(spacy_doc, document, actors_in(text, {"Maria Lopez": "Person"}), [], [])
    assert found
    for stance in found:
        assert stance.span.text == text[stance.span.start:stance.span.end]
        assert stance.span.text == "Maria Lopez condemned the airstrike on the village."


@pytest.mark.parametrize("category, source_type, polarity", [
    ("SANCTION", "Country", "negative"), ("AID", "Country", "positive"), ("AGREE", "Country", "positive"),
    ("COOPERATE", "Country", None), ("CONCEDE", "Country", None), ("ACCUSE", "Country", "negative"),
    ("ASSAULT", "Person", "negative"), ("ASSAULT", "Country", None), ("ASSAULT", "Organization", None),
    ("CONSULT", "Country", None), ("OTHER", "Country", None)])
def test_a_side_taking_event_is_its_sources_stance_toward_its_target(nlp, category, source_type, polarity):
    """A person's assault is mostly words ("attacked her rival"); a state's or a car's is war or accident, no stance."""
    from kg.extract.records import Actor, Event
    from kg.extract.stances import event_stances

    text = "Norland acted against Sudia on Monday."
    actors = [Actor("x:norland", "Norland", source_type, (), (Span(0, 7, "Norland"),)),
              Actor("Country:sudia", "Sudia", "Country", (), (Span(22, 27, "Sudia"),))]
    event = Event("event-8-13", "acted", category, (Span(8, 13, "acted"),), ("x:norland", "Country:sudia"),
                  sources=("x:norland",), targets=("Country:sudia",))
    found = event_stances(nlp(text), text, actors, [event])
    if polarity is None:
        assert found == []
    else:
        (stance,) = found
        assert (stance.holder, stance.target_actor, stance.polarity) == ("x:norland", "Country:sudia", polarity)
        assert stance.evidence_event == event.key and stance.span.text == text


@pytest.mark.parametrize("text", ["Norland did not act against Sudia on Monday.",  # a negated trigger
                                  "Norland acted against them on Monday."])  # the target is not named there
def test_an_event_shows_no_stance_when_negated_or_when_its_sentence_does_not_name_the_target(nlp, text):
    from kg.extract.records import Actor, Event
    from kg.extract.stances import event_stances

    start = text.index("act")
    actors = actors_in(text, {"Norland": "Country"}) + [Actor("Country:sudia", "Sudia", "Country", (),
                                                                (Span(100, 105, "Sudia"),))]
    event = Event("e", "act", "SANCTION", (Span(start, start + 3, "act"),), ("norland", "Country:sudia"),
                  sources=("norland",), targets=("Country:sudia",))
    assert event_stances(nlp(text), text, actors, [event]) == []


def test_an_event_gives_no_second_stance_where_the_words_say_toward_what(nlp):
    """'declined Y's offer': the words are against the offer; the REJECT event would say against Y."""
    from kg.extract.records import Event

    text = "Ana Ruiz declined Leo Park's offer to resign."
    actors = actors_in(text, {"Ana Ruiz": "Person", "Leo Park": "Person"})
    event = Event("event-9-17", "declined", "REJECT", (Span(9, 17, "declined"),), ("ana ruiz", "leo park"),
                  sources=("ana ruiz",), targets=("leo park",))
    doc = Document("t.txt", text, "2024-03-01", None, None, 0)
    found = find_stances(nlp(text), doc, actors, [], [event])
    assert {(s.holder, s.target_label, s.polarity) for s in found} == {("ana ruiz", "Leo Park's offer to resign",
                                                                        "negative")}
    assert all(s.evidence_event is None for s in found)


@pytest.mark.parametrize("kind, expected", [("Person", {("maria lopez", "tom reed", "negative")}),
                                            ("Organization", {("maria lopez", "tom reed", "negative")}),
                                            ("Country", set()), ("Group", set())])
def test_a_speaker_stands_toward_the_people_their_statement_names(nlp, kind, expected):
    from kg.extract.stances import statement_stances

    text = "Maria Lopez said that Tom Reed is a corrupt liar who betrayed the voters."
    actors = actors_in(text, {"Maria Lopez": "Person"}) + actors_in(text, {"Tom Reed": kind})
    content = Span(22, len(text) - 1, text[22:-1])
    statement = Statement("maria lopez", "Maria Lopez", Span(12, 16, "said"), content, False)
    found = statement_stances(nlp(text), text, actors, [statement])
    assert {(s.holder, s.target_actor, s.polarity) for s in found} == expected
    assert all(s.evidence_statement is statement for s in found)


@pytest.mark.parametrize("sentence, expected", [
    ("Tom Reed was partly to blame for the delay.", {("maria lopez", "tom reed", "negative")}),  # p ~ .89
    ("Tom Reed made a mistake in the budget.", set()),  # p ~ .72: too unsure to be the speaker's stance
])
def test_a_statement_stance_needs_a_confident_reading(nlp, sentence, expected):
    from kg.extract.stances import statement_stances

    text = "Maria Lopez said that " + sentence
    actors = actors_in(text, {"Maria Lopez": "Person"}) + actors_in(text, {"Tom Reed": "Person"})
    content = Span(22, len(text) - 1, text[22:-1])
    statement = Statement("maria lopez", "Maria Lopez", Span(12, 16, "said"), content, False)
    found = statement_stances(nlp(text), text, actors, [statement])
    assert {(s.holder, s.target_actor, s.polarity) for s in found} == expected


def test_a_classifier_reading_against_the_sentences_own_words_is_no_stance(nlp):
    """The classifier reads this sentence as negative toward Tom Reed (p > .9); its words, "good and honest",
    lean the other way, so the reading is dropped rather than given to the speaker."""
    from kg.extract.stances import statement_stances

    text = "Maria Lopez said Tom Reed, a good and honest man, faces charges of fraud."
    actors = actors_in(text, {"Maria Lopez": "Person", "Tom Reed": "Person"})
    content = Span(17, len(text) - 1, text[17:-1])
    statement = Statement("maria lopez", "Maria Lopez", Span(12, 16, "said"), content, False)
    assert statement_stances(nlp(text), text, actors, [statement]) == []


@pytest.mark.parametrize("text, expected", [
    # passive: the agent holds, the subject is the target
    ("Ana Ruiz was criticised by Leo Park.", {("leo park", "Ana Ruiz", "negative")}),
    ("Ana Ruiz was supported by Greenwatch.", {("greenwatch", "Ana Ruiz", "positive")}),
    # a relative clause aims at the noun it describes
    ("Ana Ruiz, who was condemned by Greenwatch, resigned.", {("greenwatch", "Ana Ruiz", "negative")}),
    ("The plan, which Ana Ruiz opposes, was passed.", {("ana ruiz", "The plan", "negative")}),
    # reported speech: the reported clause's own subject holds, not the reporter
    ("Leo Park said Ana Ruiz was wrong to back the plan.", {("ana ruiz", "the plan", "positive")}),
    ("Norland condemned the attack, Ana Ruiz said.", {("norland", "the attack", "negative")}),
    ("According to Leo Park, Greenwatch opposes the plan.", {("greenwatch", "the plan", "negative")}),
    ("Ana Ruiz said she was disappointed by Leo Park.", {("ana ruiz", "Leo Park", "negative")}),
])
def test_holder_and_target_keep_their_order_in_passives_relatives_and_reported_speech(nlp, text, expected):
    names = {"Ana Ruiz": "Person", "Leo Park": "Person", "Greenwatch": "Organization", "Norland": "Country"}
    found, _ = stances(nlp, text, names)
    assert found == expected


def test_a_statement_about_what_was_done_to_someone_is_no_stance_against_them(nlp):
    """'ordered Y's killing': the sentence is negative, but about the act done to Y, not about Y."""
    from kg.extract.stances import statement_stances

    text = "Maria Lopez said that the general ordered Tom Reed's brutal killing."
    actors = actors_in(text, {"Maria Lopez": "Person"}) + actors_in(text, {"Tom Reed": "Person"})
    content = Span(22, len(text) - 1, text[22:-1])
    statement = Statement("maria lopez", "Maria Lopez", Span(12, 16, "said"), content, False)
    assert [s for s in statement_stances(nlp(text), text, actors, [statement]) if s.polarity == "negative"] == []


@pytest.mark.parametrize("cue, direct, kept", [
    ("according to", False, False),  # where the facts come from, not a view
    ("reported", False, False),
    ("denied", False, False),  # a denial: its content is what the speaker says is not so
    ("said", False, True),
    ("according to", True, True),  # a quotation is still its speaker's words
])
def test_a_statement_that_only_sources_or_denies_its_content_shows_no_stance(nlp, cue, direct, kept):
    from kg.extract.stances import statement_stances

    text = f"Maria Lopez {cue}: Tom Reed is a corrupt liar who betrayed the voters."
    start = text.index("Tom")
    actors = actors_in(text, {"Maria Lopez": "Person"}) + actors_in(text, {"Tom Reed": "Person"})
    statement = Statement("maria lopez", "Maria Lopez", Span(12, 12 + len(cue), cue),
                          Span(start, len(text) - 1, text[start:-1]), direct)
    found = statement_stances(nlp(text), text, actors, [statement])
    assert bool(found) is kept


def test_a_request_is_not_its_addressees_own(nlp):
    """A holder resolved to the one the request addresses ("they called on Norland to ...") is no holder."""
    text = "The ministers met in Cairo on Norland's drilling. They called on Norland to halt the drilling."
    found, _ = stances(nlp, text, {"Norland": "Country", "Sudia": "Country"})
    assert not any(holder == "norland" for holder, _, _ in found)
    found, _ = stances(nlp, "Sudia called on Norland to halt the drilling.", {"Norland": "Country", "Sudia": "Country"})
    assert ("sudia", "the drilling", "negative") in found


@pytest.mark.parametrize("text, expected", [
    ("Norland claims Skyline flies fighters to Sudia in support of Leo Park.", ("skyline", "Leo Park", "positive")),
    ("Greenwatch marched in protest against the dam, Leo Park said.", ("greenwatch", "the dam", "negative")),
])
def test_an_attitude_noun_in_an_adverbial_phrase_is_held_by_who_acts(nlp, text, expected):
    names = {"Norland": "Country", "Skyline": "Organization", "Sudia": "Country", "Leo Park": "Person",
             "Greenwatch": "Organization"}
    found, _ = stances(nlp, text, names)
    assert expected in found
    assert not any(holder in ("norland", "leo park") for holder, _, _ in found)


def test_a_clause_about_it_names_no_target(nlp):
    """'urged that it be resolved' stands toward nothing one can name; 'urged that the dispute be resolved' does."""
    found, _ = stances(nlp, "Leo Park urged that it be resolved.", {"Leo Park": "Person"})
    assert found == set()
    found, _ = stances(nlp, "Leo Park urged that the dispute be resolved.", {"Leo Park": "Person"})
    assert {(h, p) for h, _, p in found} == {("leo park", "positive")}


@pytest.mark.parametrize("text", [
    "Maria Lopez said the corrupt deal, which Tom Reed has referred to as a shameful stunt, was a disaster.",
    "Maria Lopez said the thief, reported by Tom Reed as a violent criminal, was a disgrace.",  # agent of a report
])
def test_a_statement_shows_no_stance_toward_who_speaks_inside_it(nlp, text):
    """'the deal, which Tom Reed referred to as a stunt': the tone is Reed's words about the deal, not Lopez's about
    Reed (the classifier reads such a sentence as negative toward Reed); so too of who reports it ("reported by
    Reed as a criminal")."""
    from kg.extract.stances import statement_stances

    start = text.index("the ")
    actors = actors_in(text, {"Maria Lopez": "Person"}) + actors_in(text, {"Tom Reed": "Person"})
    content = Span(start, len(text) - 1, text[start:-1])
    statement = Statement("maria lopez", "Maria Lopez", Span(12, 16, "said"), content, False)
    assert statement_stances(nlp(text), text, actors, [statement]) == []


@pytest.mark.parametrize("text, trigger", [
    ("If Norland sanctioned Sudia, prices would rise.", "sanctioned"),  # only supposed
    ("It was Norland's investigation of Sudia that led to the arrests.", "investigation"),  # no side (CAMEO 09)
    ("The minister sanctioned Sudia on Monday.", "sanctioned"),  # the sentence does not name the source
])
def test_an_event_shows_no_stance_when_supposed_sideless_or_its_source_unnamed(nlp, text, trigger):
    from kg.extract.records import Event
    from kg.extract.stances import event_stances

    start = text.index(trigger)
    actors = actors_in(text, {"Norland": "Country", "Sudia": "Country"})
    event = Event("e", trigger, "SANCTION", (Span(start, start + len(trigger), trigger),), ("norland", "sudia"),
                  sources=("norland",), targets=("sudia",))
    assert event_stances(nlp(text), text, actors, [event]) == []


def test_an_event_whose_sentence_names_source_and_target_is_a_stance(nlp):
    from kg.extract.records import Event
    from kg.extract.stances import event_stances

    text = "Norland sanctioned Sudia on Monday."
    event = Event("e", "sanctioned", "SANCTION", (Span(8, 18, "sanctioned"),), ("norland", "sudia"),
                  sources=("norland",), targets=("sudia",))
    (stance,) = event_stances(nlp(text), text, actors_in(text, {"Norland": "Country", "Sudia": "Country"}), [event])
    assert (stance.holder, stance.target_actor, stance.polarity) == ("norland", "sudia", "negative")


def test_a_statement_judging_someones_plan_is_labelled_by_the_plan_and_points_to_them(nlp):
    from kg.extract.stances import statement_stances

    text = "Maria Lopez said Tom Reed's plan is a dishonest and dangerous scam."
    start = text.index("Tom")
    actors = actors_in(text, {"Maria Lopez": "Person"}) + actors_in(text, {"Tom Reed": "Person"})
    statement = Statement("maria lopez", "Maria Lopez", Span(12, 16, "said"), Span(start, len(text) - 1,
                                                                                 text[start:-1]), False)
    (stance,) = statement_stances(nlp(text), text, actors, [statement])
    assert (stance.target_label, stance.target_actor, stance.polarity) == ("Tom Reed's plan", "tom reed", "negative")


@pytest.mark.parametrize("body, kind, expected", [
    # a body's, country's or group's stance that a person's statement reports is that person's too
    ("Norland Ministry", "Organization", {("norland ministry", "the new tariff", "negative"),
                                          ("ada brook", "the new tariff", "negative")}),
    ("Norland", "Country", {("norland", "the new tariff", "negative"), ("ada brook", "the new tariff", "negative")}),
    # a person's stance is theirs alone: the one who reports it does not share it
    ("Tom Reed", "Person", {("tom reed", "the new tariff", "negative")}),
])
def test_who_speaks_for_a_body_voices_its_stance(nlp, body, kind, expected):
    text = f"Ada Brook said {body} condemned the new tariff."
    found, records = stances(nlp, text, {"Ada Brook": "Person", body: kind}, [said(text, "Ada Brook")])
    assert found == expected
    own = next(r for r in records if r.holder != "ada brook")
    spoken = [r for r in records if r.holder == "ada brook"]
    assert all(r.evidence_statement is not None and r.confidence < own.confidence for r in spoken)


@pytest.mark.parametrize("text, expected", [
    # a clause as the subject of a judging noun is what is judged
    ('Ada Brook said "leaving the allies is a big mistake."', ("ada brook", "leaving the allies", "negative")),
    ('Ada Brook said "the new tariff is a big mistake."', ("ada brook", "the new tariff", "negative")),
])
def test_a_judging_noun_judges_its_subject_clause_or_noun(nlp, text, expected):
    found, _ = stances(nlp, text, {"Ada Brook": "Person"}, [said(text, "Ada Brook")])
    assert expected in found


@pytest.mark.parametrize("quote, expected", [
    ("Thank you to the firefighters.", ("nora vance", "the firefighters", "positive")),  # "thank you to"
    ("I thank the firefighters for their courage.", ("nora vance", "their courage", "positive")),
])
def test_thanks_are_for_whom_they_go_to(nlp, quote, expected):
    text = f'Nora Vance said: "{quote}"'
    start = text.index(quote)
    statement = Statement("nora vance", "Nora Vance", Span(11, 15, "said"), Span(start, start + len(quote), quote), True)
    found, _ = stances(nlp, text, {"Nora Vance": "Person"}, [statement])
    assert expected in found


@pytest.mark.parametrize("quote, in_statement, expected", [
    # the subject a statement's content judges, read by the classifier (p ~ .90) and the sentence's own words
    ("the new tariff is a disastrous and shameful failure.", True, {("ada brook", "the new tariff", "negative")}),
    ("the new tariff is a disastrous and shameful failure.", False, set()),  # the writer's words: nobody's stance
    ("the reform is terrible and will hurt everyone.", True, set()),  # p ~ .81: too unsure
    ("the company makes shoes in the town.", True, set()),  # no evaluative word
])
def test_a_speaker_stands_toward_what_their_statement_judges(nlp, quote, in_statement, expected):
    from kg.extract.stances import content_stances

    text = "Ada Brook said " + quote
    statements = [said(text, "Ada Brook")] if in_statement else []
    found = content_stances(nlp(text), text, actors_in(text, {"Ada Brook": "Person"}), statements)
    assert {(s.holder, s.target_label, s.polarity) for s in found} == expected
    assert all(s.evidence_statement is statements[0] for s in found)
