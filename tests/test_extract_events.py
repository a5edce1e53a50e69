"""Tests for kg.extract.events (and date_for_span) on hand-written sentences."""

from __future__ import annotations

import pytest

from kg.documents import Document
from kg.extract import extract
from kg.extract.time_grammar import date_for_span

DOC_DATE = "2023-05-10"  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    def _run(text: str, date: str | None = DOC_DATE):
        document = Document(name="t.txt", text=text, date=date)
        spacy_doc = nlp(text)
        extraction = extract(document, spacy_doc)
        names = {a.key: a.name for a in extraction.actors}
        places = {p.key: p.name for p in extraction.places}
        return extraction.events, names, places, spacy_doc

    return _run


def only(events, category):
    found = [e for e in events if e.plover == category]
    assert found, f"no {category} event in {[(e.label, e.plover) for e in events]}"
    return found[0]


@pytest.mark.parametrize(
    "text, category, trigger",
    [
        ("Germany imposed sanctions on Belarus on Monday.", "SANCTION", "sanctions"),
        ("Police arrested Maria Lopez in Madrid on Tuesday.", "COERCE", "arrested"),
        ("Canada and Mexico signed a trade agreement on Monday.", "AGREE", "agreement"),
        ("Japan will send humanitarian aid to Nepal next week.", "AID", "aid"),
        ("Peru withdrew its ambassador from Bolivia on Monday.", "RETREAT", "withdrew"),
        ("Egypt condemned the attack by Libya.", "ACCUSE", "condemned"),
        ("Poland rejected the proposal from Hungary.", "REJECT", "rejected"),
        ("India deployed troops to the border with Pakistan.", "MOBILIZE", "deployed"),
    ],
)
def test_trigger_and_category(run, text, category, trigger):
    events, _, _, _ = run(text)
    event = only(events, category)
    assert trigger in event.label
    assert any(trigger in span.text for span in event.triggers)
    assert all(text[s.start:s.end] == s.text for s in event.triggers)


def test_participants_from_subject_and_with_phrase(run):
    events, names, _, _ = run("Chancellor Hans Weber held talks with President Anna Berg in Vienna on Monday.")
    event = only(events, "CONSULT")
    assert {names[p] for p in event.participants} >= {"Hans Weber", "Anna Berg"}


def test_place_and_date(run):
    events, names, places, _ = run("Brazil and Argentina held a summit in Geneva on Monday.")
    event = only(events, "CONSULT")
    assert places.get(event.place) == "Geneva"
    assert event.date == "2023-05-08"
    assert not event.planned


def test_planned_with_future_date(run):
    events, names, _, _ = run("President Anna Berg will meet Prime Minister Hans Weber in Oslo next week.")
    event = only(events, "CONSULT")
    assert event.planned
    assert event.date == "2023-05-15/2023-05-21"
    assert {names[p] for p in event.participants} >= {"Anna Berg", "Hans Weber"}


def test_weekday_in_future_context(run):
    events, _, _, _ = run("Kenya and Uganda will sign the agreement on Friday.")
    event = only(events, "AGREE")
    assert event.planned and event.date == "2023-05-12"


def test_two_mentions_of_one_meeting_are_merged(run):
    text = ("Chancellor Hans Weber met President Anna Berg on Monday. "
            "The meeting between Weber and Berg lasted two hours, an aide said.")
    events, _, _, _ = run(text)
    consult = [e for e in events if e.plover == "CONSULT"]
    assert len(consult) == 1
    assert len(consult[0].triggers) == 2
    assert consult[0].date == "2023-05-08"


def test_different_meetings_stay_apart(run):
    text = ("Chancellor Hans Weber met President Anna Berg on Monday. "
            "Weber will meet President Maria Costa tomorrow.")
    events, _, _, _ = run(text)
    assert len([e for e in events if e.plover == "CONSULT"]) == 2


def test_negated_and_actorless_triggers_are_skipped(run):
    events, _, _, _ = run("There was no attack. Italy did not impose sanctions.")
    assert events == ()


def test_date_for_span_uses_the_sentence_date(run):
    text = "Anna Berg spoke on Monday. Hans Weber said yesterday that talks would go on."
    _, _, _, spacy_doc = run(text)
    start = text.index("talks")
    assert date_for_span(spacy_doc, start, start + 5, DOC_DATE) == "2023-05-09"
    assert date_for_span(spacy_doc, 0, 9, DOC_DATE) == "2023-05-08"
    assert date_for_span(spacy_doc, 0, 9, None) is None


def test_verbless_sentence_with_a_date_does_not_hang(run):
    # A nominal root: the clause walk must stop at the root (token identity is not kept by spaCy).
    events, _, _, _ = run("Talks between Chile and Peru on Monday.")
    assert only(events, "CONSULT").date == "2023-05-08"


def test_simple_past_sentence_keeps_the_narrative_date(run):
    events, names, _, _ = run("On Monday, Chile and Peru signed a trade agreement in Lima. "
                              "The agreement was boycotted by Bolivia.")
    protest = only(events, "PROTEST")
    assert protest.date == "2023-05-08"


def test_event_noun_framing_a_past_verb_keeps_the_narrative_date(run):
    events, names, _, _ = run("Yesterday, Chancellor Hans Weber rejected the plan. "
                              "Weber said in a meeting with President Anna Berg that the plan was too costly.")
    assert only(events, "CONSULT").date == "2023-05-09"


@pytest.mark.parametrize(
    "second, category",
    [
        ("The agreement has been condemned by Bolivia.", "ACCUSE"),       # present perfect: now, not then
        ("For several days Bolivia condemned the agreement.", "ACCUSE"),  # a time of its own, unresolved
    ],
)
def test_no_narrative_date_outside_plain_past_narration(run, second, category):
    events, _, _, _ = run("On Monday, Chile and Peru signed a trade agreement in Lima. " + second)
    assert only(events, category).date is None


@pytest.mark.parametrize(
    "text, category, expected",
    [
        # no time of its own: the nearest date of its sentence, though another clause's
        ("Bolivia, whose troops crossed the border on Monday, condemned the agreement.", "ACCUSE", "2023-05-08"),
        # else the day the narrative is at, whatever the tense of its clause
        ("On Monday, Chile and Peru signed a trade agreement in Lima. "
         "Bolivia, which is a neighbour, is condemning the agreement.", "ACCUSE", "2023-05-08"),
        # but not a planned event, nor one whose sentence holds a time that names no day
        ("On Monday, Chile and Peru signed a trade agreement in Lima. Bolivia will condemn the agreement.",
         "ACCUSE", None),
        ("On Monday, Chile and Peru signed a trade agreement in Lima. "
         "Bolivia is condemning the agreement for years.", "ACCUSE", None),
        # and nothing before any date is named
        ("Bolivia condemned the agreement.", "ACCUSE", None),
    ],
)
def test_an_undated_happened_event_takes_its_sentences_or_the_narratives_day(run, text, category, expected):
    events, _, _, _ = run(text)
    assert only(events, category).date == expected


def test_definite_event_noun_takes_the_date_of_its_antecedent(run):
    events, names, _, _ = run("Officials said there will be a summit in Oslo next week. Norway will attend the summit.")
    event = only(events, "CONSULT")
    assert event.planned and event.date == "2023-05-15/2023-05-21"


def test_verb_and_event_noun_of_one_event_merge(run):
    events, names, _, _ = run("Prime Minister Hans Weber offered to resign on Monday. "
                              "Weber submitted his resignation in writing.")
    concede = [e for e in events if e.plover == "CONCEDE"]
    assert len(concede) == 1 and len(concede[0].triggers) == 2
    assert concede[0].date == "2023-05-08"


def test_participle_after_a_nested_event_noun_dates_that_noun(run):
    events, _, _, _ = run("Also on Sunday, Chile announced a complete withdrawal from the region, "
                          "beyond the withdrawal from the border area first announced on May 1.")
    dates = sorted(e.date for e in events if e.plover == "RETREAT")
    assert dates == ["2023-05-01", "2023-05-07"]


@pytest.mark.parametrize(
    "text, noun, expected",
    [
        ("The summit ended.", "summit", True),
        ("Norway's summit ended.", "summit", True),
        ("A summit ended.", "summit", False),
        ("The last summit ended.", "summit", False),   # another summit than the one told before
        ("The next summit starts.", "summit", False),
    ],
)
def test_which_event_nouns_point_back(nlp, text, noun, expected):
    from kg.extract.events import _definite

    doc = nlp(text)
    assert _definite(next(t for t in doc if t.text == noun)) is expected


@pytest.mark.parametrize("text, source, target", [
    ("Germany imposed sanctions on Belarus on Monday.", "Germany", "Belarus"),
    ("On Monday, Belarus was attacked by Poland.", "Poland", "Belarus"),
    ("Russian troops invaded Ukraine on Monday.", "Russia", "Ukraine"),
    ("Germany's sanctions against Belarus began on Monday.", "Germany", "Belarus"),
])
def test_an_event_names_plovers_source_and_target(run, text, source, target):
    events, names, _, _ = run(text)
    (event,) = [e for e in events if e.sources or e.targets]
    assert [names[k] for k in event.sources] == [source]
    assert [names[k] for k in event.targets] == [target]
    assert set(event.sources) | set(event.targets) <= set(event.participants)


@pytest.mark.parametrize("text, label", [
    ("A man was found dead in his home on Monday.", "found dead"),
    ("Officials said the old bridge collapsed on Monday.", "collapsed"),
])
def test_the_lead_sentences_main_event_is_always_found(run, text, label):
    events, _, _, _ = run(text)
    assert [(e.label, e.plover, e.participants) for e in events] == [(label, "OTHER", ())]


def test_only_the_lead_sentence_gets_an_event_without_a_lexicon_trigger(run):
    events, _, _, _ = run("A man was found dead on Monday. The bridge collapsed on Tuesday.")
    assert [e.label for e in events] == ["found dead"]


@pytest.fixture(scope="module")
def run_titled(nlp):
    """Extraction of a file with a date marker and a title line, as kg build reads it."""
    from kg.documents import parse_text
    from kg.nlp import parse_input

    def _run(text: str):
        document = parse_text("t.txt", text)
        extraction = extract(document, nlp(parse_input(document)))
        return extraction.events

    return _run


def test_the_lead_event_is_not_taken_from_the_headline(run_titled):
    events = run_titled("date 2023-05-10 Rain continues in the north.\n\nA bridge collapsed in Lima on Monday.\n")
    assert [(e.label, e.date) for e in events] == [("collapsed", "2023-05-08")]


def test_an_undated_headline_event_takes_the_lead_sentences_date(run_titled):
    events = run_titled("date 2023-05-10 Mexico expels Peru's ambassador.\n\n"
                        "On Monday, Mexico announced the decision at a news conference in Lima.\n")
    expelled = [e for e in events if "expels" in e.label]
    assert [e.date for e in expelled] == ["2023-05-08"]


def test_an_undated_headline_event_takes_any_day_of_the_lead_when_its_main_clause_names_none(run_titled):
    # the lead's main verb ("met") has no date; the day its summit's clause names is the news's day,
    # and a dateline line between headline and lead dates nothing
    events = run_titled("date 2023-05-10 Mexico expels Peru's ambassador.\n\nWednesday, May 10, 2023\n\n"
                        "Ministers met in Lima for a summit where on Monday Mexico announced the decision.\n")
    expelled = [e for e in events if "expels" in e.label]
    assert [e.date for e in expelled] == ["2023-05-08"]


@pytest.mark.parametrize("text, labels", [
    ('Peru imposed sanctions on Chile on Monday. Peru said: "Chile attacked our ships and we thank Bolivia."',
     ["sanctions"]),                                        # what a quote tells is the speaker's word, not an event
    ("Peru imposed sanctions on Chile on Monday. Peru said Chile attacked its ships.", ["sanctions", "attacked ships"]),
])
def test_events_are_not_taken_from_direct_quotes(run, text, labels):
    events, _, _, _ = run(text)
    assert [e.label for e in events] == labels


def test_the_previous_day_counts_from_the_narratives_day(run):
    events, _, _, _ = run("On Monday, Peru imposed sanctions on Chile. The previous day, Bolivia accused Chile of spying.")
    assert only(events, "ACCUSE").date == "2023-05-07"


def test_a_planned_event_takes_the_past_day_of_the_clause_that_announces_it(run):
    events, _, _, _ = run("On Monday, Peru announced that it will withdraw its troops from Chile.")
    withdrawal = only(events, "RETREAT")
    assert (withdrawal.date, withdrawal.planned) == ("2023-05-08", True)  # last Monday, not next


@pytest.mark.parametrize("text, label", [
    ("Maria Lopez fell ill in Lima on Monday.", "fell ill"),     # the adjective or adverb right after the verb
    ("Peru attacked Chile quickly on Monday.", "attacked"),        # not a manner adverb
])
def test_a_verbs_label_keeps_its_predicate(run, text, label):
    events, _, _, _ = run(text)
    assert events[0].label == label


def test_a_plover_lead_event_without_any_participant_is_not_kept(run):
    events, _, _, _ = run("Police arrested twelve people in Lima on Monday.")  # no actor: no source, no target
    assert events == ()


def _parsed(nlp, words, tags, pos, deps, heads):
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=words, tags=tags, pos=pos, deps=deps, heads=heads)


def test_a_lead_rooted_in_a_participle_takes_the_finite_verb_joined_to_it(nlp):
    from kg.extract.events import _lead_head

    doc = _parsed(nlp, ["Thousands", "wearing", "masks", "gathered", "near", "the", "station", "."],
                  ["NNS", "VBG", "NNS", "VBD", "IN", "DT", "NN", "."],
                  ["NOUN", "VERB", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
                  ["nsubj", "ROOT", "nsubj", "conj", "prep", "det", "pobj", "punct"],
                  [1, 1, 3, 1, 3, 6, 4, 1])
    assert _lead_head(doc, 0).text == "gathered"


def test_a_lead_verb_inside_a_subordinate_clause_is_not_the_main_one(nlp):
    from kg.extract.events import _lead_head

    # the parser put the headline's verb first: the lead's first finite verbs are "estimated" (in a
    # free relative, under a participle) and "marched"; the main one is outside the relative clause
    doc = _parsed(nlp, ["Rain", "falls", ".", "What", "organizers", "estimated", "walking", ",", "people", "marched", "."],
                  ["NN", "VBZ", ".", "WP", "NNS", "VBD", "VBG", ",", "NNS", "VBD", "."],
                  ["NOUN", "VERB", "PUNCT", "PRON", "NOUN", "VERB", "VERB", "PUNCT", "NOUN", "VERB", "PUNCT"],
                  ["nsubj", "ROOT", "punct", "dobj", "nsubj", "csubj", "ROOT", "punct", "nsubj", "conj", "punct"],
                  [1, 1, 1, 5, 5, 6, 6, 6, 9, 6, 6])
    assert _lead_head(doc, len("Rain falls . ")).text == "marched"


@pytest.mark.parametrize("text, label, participants", [
    ("Ministers of Peru in Chile met Bolivia on Monday.", "met", ["Peru", "Bolivia"]),  # "in Chile": a place
    ("Maria Lopez became president in 2005 after first being elected in 2004.", "elected", ["Maria Lopez"]),
])
def test_participants_follow_the_grammar_of_the_clause(run, text, label, participants):
    events, names, _, _ = run(text)
    (event,) = [e for e in events if e.label == label]
    assert [names[k] for k in event.participants] == participants


@pytest.mark.parametrize("text, label, source, target", [
    ("Belarus's arrest by Poland angered Russia.", "arrest", ["Poland"], ["Belarus"]),  # a possessive beside "by"
    ("The attack on Belarus by Poland began on Monday.", "attack", ["Poland"], ["Belarus"]),
    ("Belarus was sanctioned on Monday.", "sanctioned", [], ["Belarus"]),             # passive, no agent
    ("Peru accused Chile of attacking Bolivia.", "attacking", ["Chile"], ["Bolivia"]),  # the object does it
])
def test_source_and_target_of_passive_and_nominal_events(run, text, label, source, target):
    events, names, _, _ = run(text)
    (event,) = [e for e in events if e.label == label]
    assert ([names[k] for k in event.sources], [names[k] for k in event.targets]) == (source, target)


@pytest.mark.parametrize("text, labels", [
    # past the lead, the simple present without a time of its own is a habit or a standing view (its
    # to-infinitive complement stays: measured, dropping it cost found events)
    ("Peru imposed sanctions on Chile on Monday. The Interior Ministry of Chile advises Chileans to leave Peru.",
     ["sanctions", "leave"]),
    ("Peru imposed sanctions on Chile on Monday. The Interior Ministry of Chile advised Chileans to leave Peru.",
     ["sanctions", "advised leave"]),                       # the request and the act it asks for: one event
    ("Peru imposed sanctions on Chile on Monday. Peru meets Chile on Friday.",
     ["sanctions", "meets"]),                               # a present with its own time is scheduled
])
def test_the_simple_present_of_the_narration_is_a_habit_unless_timed(run, text, labels):
    events, _, _, _ = run(text)
    assert [e.label for e in events] == labels


@pytest.mark.parametrize("text", [
    "On Monday, Bolivia condemned the attack carried out by Peru.",
    "Bolivia condemned the attack, led by Peru, on Monday.",
])
def test_an_event_nouns_participle_names_its_doer(run, text):
    events, names, _, _ = run(text)
    (attack,) = [e for e in events if e.label == "attack"]
    assert [names[k] for k in attack.sources] == ["Peru"]


@pytest.mark.parametrize("text, label, kept", [
    # a happening without a doer is kept without participants, its mentions merged, in the lead, or later
    # when the article tells it twice; named once past the lead, it is background
    ("A fire broke out in the old mill on Tuesday. The fire spread fast.", "fire", True),
    ("Homes shook in the earthquake on Sunday. Officials met on Monday.", "earthquake", True),
    ("Officials met on Monday. A fire broke out in the old mill on Tuesday. The fire spread fast.", "fire", True),
    ("Officials met on Monday. A fire broke out in the old mill on Tuesday.", "fire", False),
    ("Officials met on Monday. Peru signed the pact with Chile. The fire spread fast.", "fire", False),
    ("Officials met on Monday. The rebels of Peru left the mill on Tuesday.", "rebels", False),  # no happening
    # a PLOVER event needs its participants
    ("Officials met on Monday. The sanctions were lifted on Tuesday.", "sanctions", False),
])
def test_a_happening_without_a_doer_needs_no_participant(run, text, label, kept):
    events, _, _, _ = run(text)
    found = [e for e in events if label in e.label]
    assert bool(found) is kept, [(e.label, e.participants) for e in events]
    assert len(found) <= 1  # mentions of one happening merge


@pytest.mark.parametrize("text, label, participant", [
    ("The court heard on Monday that Anton Meier died in hospital.", "died", "Anton Meier"),
    ("Officials met on Monday. Hundreds mourned at the funeral of Marta Kowalski.", "funeral", "Marta Kowalski"),
    ("Officials met on Monday. Lena Ortiz gave an interview with Radio Nordvik.", "interview", "Radio Nordvik"),
    ("Officials met on Monday. Lena Ortiz was sworn in as mayor on Tuesday.", "sworn", "Lena Ortiz"),  # a passive's patient
])
def test_events_outside_plover_with_a_named_participant(run, text, label, participant):
    events, names, _, _ = run(text)
    found = [e for e in events if label in e.label]
    assert found, [(e.label, e.plover) for e in events]
    assert found[0].plover == "OTHER" and participant in {names[p] for p in found[0].participants}


@pytest.mark.parametrize("text, label, kept", [
    # the active present perfect of the body tells a state or an experience, not the news event
    ("Peru imposed sanctions on Chile on Monday. Chile has long supported the rebels of Peru.", "supported", False),
    ("Peru imposed sanctions on Chile on Monday. Chile has been invaded by Bolivia.", "invaded", True),  # passive
    ("Chile has condemned the attack by Peru.", "condemned", True),                # the lead may tell its news so
    ("Peru imposed sanctions on Chile on Monday. Chile condemned Peru.", "condemned", True),  # the past tells events
    # the past progressive sets the scene of the news
    ("Peru imposed sanctions on Chile on Monday. Chile was attacking Bolivia when Peru acted.", "attacking", False),
    ("Peru imposed sanctions on Chile on Monday. Chile is attacking Bolivia.", "attacking", True),
])
def test_the_present_perfect_of_the_body_is_no_event(run, text, label, kept):
    events, _, _, _ = run(text)
    assert any(label in e.label for e in events) is kept, [(e.label, e.plover) for e in events]


@pytest.mark.parametrize("text, label, kept", [
    ("Peru imposed sanctions on Chile on Monday. Peru signed an agreement with Bolivia on Tuesday.", "agreement", True),
    # first person outside quote marks: a statement's words, not the narration
    ("Peru imposed sanctions on Chile on Monday. We signed an agreement with Bolivia on Tuesday.", "agreement", False),
    ("Peru imposed sanctions on Chile on Monday. Hans Weber congratulated Anna Berg on Tuesday.", "congratulated", True),
])
def test_the_speakers_own_deeds_are_no_events_of_the_narration(run, text, label, kept):
    events, _, _, _ = run(text)
    assert any(label in e.label for e in events) is kept, [(e.label, e.plover) for e in events]


@pytest.mark.parametrize("text, participants", [
    ("Peru urged Chile to release the sailors.", {"Peru", "Chile"}),
    ("Peru called on Chile to release the sailors.", {"Peru", "Chile"}),
    # the parser takes "on" for a particle here: its object is still the one asked
    # (the group named twice, so that it is an actor: kg.extract.actors names a group named once only where it acts)
    ("In June, the senator Anna Berg called on fellow Republicans to unendorse Hans Weber. Republicans met on Monday.",
     {"Anna Berg", "Republicans"}),
])
def test_a_request_and_what_it_asks_for_are_one_event(run, text, participants):
    events, names, _, _ = run(text)
    (request,) = [e for e in events if e.plover == "REQUEST"]
    assert participants <= {names[k] for k in request.participants}
    assert len(request.triggers) == 2  # the asking verb and the act asked for



@pytest.mark.parametrize("text, labels", [
    # a happening without participants is kept where the lead tells it, or when the article comes back to it
    ("A fire destroyed a warehouse in Lyon on Monday. Police arrested Hans Weber on Tuesday.", ["fire", "arrested"]),
    ("Police arrested Hans Weber on Tuesday. The arrest came weeks after the earthquake.", ["arrested"]),
    ("Police arrested Hans Weber on Tuesday. The earthquake damaged roads. The earthquake closed schools.",
     ["arrested", "earthquake"]),
])
def test_a_happening_without_participants_is_news_only_in_the_lead_or_told_again(run, text, labels):
    events, _, _, _ = run(text)
    assert sorted(e.label for e in events) == sorted(labels)
