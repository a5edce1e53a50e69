"""Event triggers: the lexicon and which tokens it matches."""

from __future__ import annotations

import pytest

from kg.extract.triggers import happening, lexicon, narrated, read_trigger_table, trigger
from kg.namespaces import PLOVER_CATEGORIES


def test_lexicon_categories_are_plover():
    assert set(lexicon().values()) <= set(PLOVER_CATEGORIES)


def test_a_trigger_table_skips_comments_and_blank_lines_and_reads_any_as_noun_and_verb(tmp_path):
    path = tmp_path / "triggers.tsv"
    path.write_text("# a comment\n\nstrike\tANY\tPROTEST\ncall off\tVERB\tRETREAT\n", encoding="utf-8")
    assert read_trigger_table(path) == {("strike", "NOUN"): "PROTEST", ("strike", "VERB"): "PROTEST",
                                        ("call off", "VERB"): "RETREAT"}


def first_trigger(nlp, text: str):
    found = [trigger(t, lexicon()) for t in nlp(text)]
    return next(([t.text for t in tokens], category) for tokens, category in (f for f in found if f))


@pytest.mark.parametrize("text, tokens", [
    ("The rebels attacked the town.", ["attacked"]),
    ("The minister asked for help.", ["asked", "for"]),  # the phrase, not the bare verb
])
def test_trigger_tokens(nlp, text, tokens):
    assert first_trigger(nlp, text)[0] == tokens


def test_negated_verbs_and_idioms_are_no_triggers(nlp):
    doc = nlp("They did not attack. It was a great deal of money.")
    assert trigger(next(t for t in doc if t.lemma_ == "attack"), lexicon()) is None
    assert trigger(next(t for t in doc if t.lower_ == "deal"), lexicon()) is None


def _first_verb(nlp, text):
    return next(t for t in nlp(text) if t.pos_ == "VERB")


@pytest.mark.parametrize("text, category", [
    ("Volunteers helped the flood victims on Monday.", "AID"),        # the general lexicon, used with an object
    ("Volunteers helped on Monday.", None),                            # the same verb without one: no CAMEO event
    ("The ministers discussed the border on Monday.", "CONSULT"),     # the news list comes first
    ("The ministers hoped for peace on Monday.", None),                # a verb of wanting is no event
    ("The council imposed sanctions on Monday.", None),                # not "imposed": the noun names the event
    ("The rebels entered into an agreement with the army.", None),     # ... nor "entered into"
    ("The general served as ambassador to Chile.", None),              # an office, not an event
    ("The army built fortifications along the river.", "MOBILIZE"),   # a CAMEO pattern of "build" fits
    ("The town built a new library near the river.", "OTHER"),        # none fits: an event, outside PLOVER
])
def test_the_general_event_lexicon(nlp, text, category):
    found = trigger(_first_verb(nlp, text), lexicon())
    assert (found[1] if found else None) == category


@pytest.mark.parametrize("word, category", [("crash", "OTHER"), ("attack", "ASSAULT"), ("government", None),
                                            ("administration", None)])
def test_general_event_nouns_are_events_not_institutions(nlp, word, category):
    from kg.extract.triggers import _general_noun

    assert _general_noun(word) == category


@pytest.mark.parametrize("text, word, category", [
    ("The rebels attacked the town on Monday.", "attacked", "ASSAULT"),   # an agent and a target
    ("The old farmer died in his sleep on Monday.", "died", "OTHER"),      # a change without an agent
    ("A small bomb exploded near the station.", "exploded", "OTHER"),
    ("The fire spread through the old quarter.", "fire", "OTHER"),         # a happening without a doer
    ("The army opened fire on the crowd.", "fire", "ASSAULT"),             # aimed at people
    ("The party vowed to fight against corruption.", "fight", None),       # a figure of speech: no event
    ("The mayor declared war on poverty.", "war", None),
    ("The rebels fought against the army.", "fought", "ASSAULT"),
    ("The ministers met in the capital.", "met", "CONSULT"),               # other categories pass unchanged
])
def test_an_assault_needs_an_agent_and_a_concrete_target(nlp, text, word, category):
    from kg.extract.triggers import checked_category

    doc = nlp(text)
    head = next(t for t in doc if t.text == word)
    start = "CONSULT" if word == "met" else "ASSAULT"
    assert checked_category(head, start, lambda t: t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")) == category


@pytest.mark.parametrize("text, word", [
    ("Campaigners from Women's Strike joined them.", "Strike"),   # the model tags "Strike" NOUN, inside an ORG
])
def test_an_event_word_inside_a_name_is_no_trigger(nlp, text, word):
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    assert token.ent_type_, "the model should see a name here"
    assert trigger(token, lexicon()) is None


@pytest.mark.parametrize("text, word, category", [
    ("There were calls for calm in the capital.", "calls", "REQUEST"),     # a call for something asks for it
    ("The minister rejected a call to resign.", "call", "REQUEST"),         # ... so does a call to do it
    ("He joined the calls asking the government to resign.", "calls", "REQUEST"),  # ... and calls asking it
    ("The phone call lasted an hour.", "call", "CONSULT"),                  # a call alone is a conversation
    ("The envoy spoke with the foreign minister about the case.", "spoke", "CONSULT"),
    ("The envoy spoke to reporters.", "spoke", None),                        # speaking to the press is a statement
])
def test_what_a_words_complement_makes_of_it(nlp, text, word, category):
    token = next(t for t in nlp(text) if t.text == word)
    found = trigger(token, lexicon())
    assert (found[1] if found else None) == category


@pytest.mark.parametrize("text, word, category", [
    ("The senator called the plan a disgrace.", "called", "ACCUSE"),              # calling something something
    ("The envoy encouraged the agency to release the files.", "encouraged", "REQUEST"),  # getting someone to act
    ("The envoy encouraged the reforms.", "encouraged", "SUPPORT"),
    ("The ministers called on the rebels to lay down their arms.", "called", "REQUEST"),  # asking whom, by "on"
    ("The ministers called on the ambassador in the morning.", "called", "CONSULT"),        # a visit, no act asked
])
def test_the_verbs_frame_decides_its_category(nlp, text, word, category):
    token = next(t for t in nlp(text) if t.text == word)
    assert trigger(token, lexicon())[1] == category


@pytest.mark.parametrize("word, category", [
    ("bar", None), ("loss", None), ("leave", None),        # most often a thing, a quantity or a time
    ("murder", "ASSAULT"), ("earthquake", "OTHER"), ("debate", "CONSULT"),
])
def test_a_general_event_noun_must_mostly_mean_an_event(word, category):
    from kg.extract.triggers import _general_noun

    assert _general_noun(word) == category


@pytest.mark.parametrize("text, category", [
    ('The minister called the envoy a true friend.', "SUPPORT"),       # praise
    ('The minister called it "a very productive" meeting.', None),      # what "it" names is no one: no event
    ("The senator called the plan a disgrace.", "ACCUSE"),
    ("The senator called the plan a political stunt.", "ACCUSE"),          # a label pinned on it
])
def test_calling_something_something_is_praise_or_accusation(nlp, text, category):
    token = next(t for t in nlp(text) if t.text == "called")
    found = trigger(token, lexicon())
    assert (found[1] if found else None) == category


@pytest.mark.parametrize("text, category", [
    ("The envoy left the country on Monday.", "OTHER"),             # leaving is no visit
    ("The envoy traveled to the capital for the summit.", "CONSULT"),  # going somewhere to meet is
])
def test_a_journey_is_a_visit_only_with_its_destination(nlp, text, category):
    verb = next(t for t in nlp(text) if t.pos_ == "VERB")
    assert trigger(verb, lexicon())[1] == category


def test_meeting_stays_a_consultation_without_a_destination(nlp):
    verb = next(t for t in nlp("The president met the envoy on Monday.") if t.pos_ == "VERB")
    assert trigger(verb, lexicon())[1] == "CONSULT"  # "meet" is a verb of motion in WordNet, but on the hand list


@pytest.mark.parametrize("text, word, found", [
    ("The family would be consulted before any decision.", "consulted", False),   # a condition, no happening
    ("The rebels could attack the town.", "attack", False),
    ("The treaty must be approved by the senate.", "approved", False),           # a duty, not a happening
    ("Soldiers may attack the town.", "attack", False),                           # a possibility
    ("Anyone can attack the town.", "attack", False),                             # an ability
    ("The government said it would withdraw the troops.", "withdraw", True),     # reported speech's future: a plan
    ("The rebels attacked the town.", "attacked", True),
])
def test_a_verb_under_a_modal_of_possibility_is_no_event(nlp, text, word, found):
    token = next(t for t in nlp(text) if t.text == word)
    assert (trigger(token, lexicon()) is not None) == found


def _token(doc, word):
    return next(t for t in doc if t.lower_ == word)


@pytest.mark.parametrize("text, word, is_trigger", [
    ("The court sought documents related to the mine.", "related", False),    # "relate" only via CAMEO's "link"
    ("The clerk learned the names of the guards.", "learned", False),          # "learn" only via "hear"
    ("The villagers appreciated the new mayor.", "appreciated", True),         # CAMEO's own verb
])
def test_verbs_of_thought_known_to_cameo_only_as_synonyms_are_no_triggers(nlp, text, word, is_trigger):
    assert (trigger(_token(nlp(text), word), lexicon()) is not None) == is_trigger


@pytest.mark.parametrize("text, word, category", [
    ("The farmer died on Sunday.", "died", "OTHER"),  # a change that comes about: an event outside PLOVER
    ("The rebels killed the farmer.", "killed", "ASSAULT"),  # force against a target stays ASSAULT
])
def test_an_agentless_change_is_an_event_outside_plover(nlp, text, word, category):
    token = next(t for t in nlp(text) if t.text == word)
    found = trigger(token, lexicon())
    assert found is not None and found[1] == category


def _named(token) -> bool:
    return token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")


@pytest.mark.parametrize("text, word, found", [
    ("The lawyer spoke about the trial of Marta Kowalski.", "trial", True),  # act, "of" a name
    ("Hundreds attended Anton Meier's funeral.", "funeral", True),  # event, possessive name
    ("She gave an interview with Radio Nordvik.", "interview", True),  # communication "with" a party
    ("The debate between Lena Ortiz and Paul Grant ran late.", "debate", True),
    ("The funeral was held on Monday.", "funeral", False),  # no one named at it
    ("He praised his funeral arrangements.", "funeral", False),  # a modifier of another noun
    ("Anton Meier's interview ran late.", "interview", False),  # a communication needs a partner
    ("He talked about his ceremony.", "ceremony", False),  # a pronoun names no one
    ("They drifted toward confrontation with Radio Nordvik.", "confrontation", False),  # a bare noun: a kind
    ("Anton Meier's administration fell.", "administration", False),  # a body as well as an act
])
def test_a_happening_noun_needs_someone_named_at_it(nlp, text, word, found):
    token = next(t for t in nlp(text) if t.text == word)
    assert (happening(token, _named) == ([token], "OTHER")) is found


def _named(token) -> bool:
    return token.ent_type_ in ("PERSON", "ORG", "GPE") or token.lower_ in ("we", "i", "you")


@pytest.mark.parametrize("text, word, found", [
    ("Hans Weber congratulated Anna Berg.", "congratulated", True),    # what a named actor did, told in the past
    ("Anna Berg was transferred to Vienna.", "transferred", True),     # a past passive
    ("Hans Weber congratulated the winners.", "congratulated", True),
    ("Anna Berg is based in Vienna.", "based", False),                 # a present passive: a state
    ("Hans Weber began serving as mayor.", "began", False),            # the gerund names the event
    ("Hans Weber imposed sanctions on Anna Berg.", "imposed", False),  # the noun names the event
    ("Hans Weber received 192 votes.", "received", False),             # an amount
    ("We congratulated Anna Berg.", "congratulated", False),           # a speaker's words, not the narration
    ("The old bridge congratulated Anna Berg.", "congratulated", False),  # no actor does it
    ("Hans Weber would have congratulated Anna Berg.", "congratulated", False),  # hypothetical
    ("Hans Weber believed Anna Berg.", "believed", False),             # a verb of thinking: no event
    ("Hans Weber spoke to a gathering of farmers.", "spoke", True),     # a speech where nothing is reported
    ("Hans Weber spoke at the summit.", "spoke", True),
    ("Hans Weber said the summit failed.", "said", False),             # a reported clause: a statement
    ("Hans Weber spoke about the summit.", "spoke", False),            # about it, at no occasion: a statement
    ("The Kestrel Front claimed responsibility.", "claimed", True),    # what the saying does, not words
    ("Hans Weber announced a new payment system.", "announced", True),
    ("Hans Weber announced the details.", "announced", False),         # words: a statement
    ("Hans Weber lived in Vienna.", "lived", False),                   # WordNet's verb.stative: a state
    ("Hans Weber judged Anna Berg a threat.", "judged", False),        # verb.cognition: a thought
    ("Hans Weber heated the water.", "heated", False),                 # verb.change: a change of state
])
def test_a_named_actors_deed_told_in_the_past_is_an_event_outside_plover(nlp, text, word, found):
    token = next(t for t in nlp(text) if t.text == word)
    assert (narrated(token, _named) == ([token], "OTHER")) is found
