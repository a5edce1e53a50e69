"""Tests for kg.extract.time_grammar: which time expression of a sentence dates an event, and the tense helpers."""

from __future__ import annotations

import pytest

DOC_DATE = "2024-03-14"  # a Thursday


@pytest.mark.parametrize(
    "text, verb, expected",
    [
        ("Chile signed the deal.", "signed", True),
        ("The deal was signed by Chile.", "signed", True),
        ("Chile was signing the deal.", "signing", True),
        ("Chile has signed the deal.", "signed", False),
        ("Chile had signed the deal.", "signed", False),
        ("Chile will sign the deal.", "sign", False),
        ("Chile could sign the deal.", "sign", False),
        ("Chile signs the deal.", "signs", False),
    ],
)
def test_is_simple_past(nlp, text, verb, expected):
    from kg.extract.time_grammar import is_simple_past

    doc = nlp(text)
    token = next(t for t in doc if t.text == verb)
    assert is_simple_past(token) is expected


def test_past_narrative_needs_every_clause_above_in_the_past(nlp):
    from kg.extract.time_grammar import in_past_narrative

    reported = nlp("Officials reported that Chile signed the deal.")
    assert in_past_narrative(next(t for t in reported if t.text == "signed"))
    alleged = nlp("Officials have alleged that Chile signed the deal.")
    assert not in_past_narrative(next(t for t in alleged if t.text == "signed"))


def test_unresolved_time_expression(nlp):
    from kg.extract.time_grammar import has_unresolved_time

    assert has_unresolved_time(nlp("For several days Chile denied it."), DOC_DATE)
    assert not has_unresolved_time(nlp("On Monday Chile denied it."), DOC_DATE)
    assert not has_unresolved_time(nlp("Chile denied it."), DOC_DATE)


def test_the_most_precise_date_of_the_clause_wins(nlp):
    from kg.extract.time_grammar import date_in

    doc = nlp("The crash happened at 8:30 p.m. (1930 UTC) on August 27.")
    verb = next(t for t in doc if t.text == "happened")
    assert date_in(doc[:], verb.i, verb.i + 1, "2019-10-10", False, focus=verb) == "2019-08-27"


def test_a_named_day_wins_over_a_counted_one(nlp):
    from kg.extract.time_grammar import date_in

    doc = nlp("The plan was first announced seven days earlier on October 6.")
    verb = next(t for t in doc if t.text == "announced")
    assert date_in(doc[:], verb.i, verb.i + 1, "2019-10-15", False, focus=verb, reference="2019-10-14") == "2019-10-06"


@pytest.mark.parametrize("text, noun, expected", [
    # a date inside a clause nested in the noun's phrase is that clause's: the referendum is of 2016
    ("In 2016, Peru held a referendum on whether to stay in the union, which it joined in 1973.", "referendum",
     "2016-01-01/2016-12-31"),
    # another event noun's own date is not this noun's: "the attacks" get the clause's day, not "May 1"
    ("On Monday, Peru cited the May 1 attack on its embassy as one of the attacks on its citizens.", "attacks",
     "2023-05-08"),
    ("On Monday, Peru cited the May 1 attack on its embassy.", "attack", "2023-05-01"),
])
def test_an_event_nouns_date_is_its_own_or_its_clauses(nlp, text, noun, expected):
    from kg.extract.time_grammar import date_in

    doc = nlp(text)
    token = next(t for t in doc if t.lower_ == noun)
    assert date_in(doc[:], token.i, token.i + 1, "2023-05-10", False, focus=token) == expected


# A made-up document: a headline, a dateline on a line of its own, then the lead paragraph.
DATELINE_DOC = "Rail strike ends.\n\nFriday, March 15, 2024\n\nUnions ended the rail strike on Tuesday after talks.\n"


def test_a_dateline_dates_no_event(nlp):
    from kg.extract.time_grammar import date_in

    doc = nlp(DATELINE_DOC)
    verb = next(t for t in doc if t.text == "ended")
    assert date_in(doc[:], verb.i, verb.i + 1, "2024-03-15", False, focus=verb) == "2024-03-12"
    talks = next(t for t in doc if t.text == "Unions")
    # the line "Friday, March 15, 2024" is the report's date: no candidate for anything below it
    assert date_in(doc[:], talks.i, talks.i + 1, "2024-03-15", False) == "2024-03-12"


@pytest.mark.parametrize("text, word, expected", [
    # a day's name right after "on" is that preposition's object, whatever noun the parser hung it on
    ("The summit opened where on Sunday Presidents Ruiz and Soto signed the accord.", "signed", "2024-03-10"),
    # a possessive date belongs to its noun, not to the clause: the video came out this Monday
    ("Police released video on Monday of last week's shooting.", "released", "2024-03-11"),
    ("Following Monday's debate, the agency did a fact-check of the claim.", "did", None),
    # ... unless its noun is where the clause happened: the clause shares the setting's day
    ("Ruiz cited the figure at last week's forum in Lima.", "cited", "2024-03-04/2024-03-10"),
    ("The senators voted in Tuesday's session.", "voted", "2024-03-12"),
    # a weekday the entity recogniser left untagged still names the day
    ("Ruiz said as much in an interview earlier Tuesday morning, arguing that Soto lied.", "arguing", "2024-03-12"),
    # a gerund after a preposition of time is a clause with its own time
    ("Ruiz was serving his second term as mayor after first being elected in 2015.", "serving", None),
    ("Ruiz won a second term in 2019 after first being elected in 2015.", "won", "2019-01-01/2019-12-31"),
    # the statement or report a clause is framed in shares its day
    ("In findings published Wednesday in a journal, researchers reported that deaths fell.", "reported", "2024-03-13"),
    ("In a statement issued on Tuesday, the police confirmed the arrest.", "confirmed", "2024-03-12"),
    # a participle phrase without subject shares the time of the clause it goes with
    ("Ruiz, speaking at a rally in Lima on Tuesday, criticized Soto.", "criticized", "2024-03-12"),
    ("Ruiz left Lima on Monday, heading to Cusco.", "heading", "2024-03-11"),
    # a year that modifies an event noun is that event's, also after "the"
    ("On Monday, Ruiz said the 2016 election was rigged.", "election", "2016-01-01/2016-12-31"),
    # ... but a date modifying another noun inside the event's phrase is that noun's: "the 2020 census"
    ("On Monday, Ruiz defended his attempt to add a question to the 2020 census.", "attempt", "2024-03-11"),
    # a clause in the past perfect lies before the clause above it: only its own time dates it
    ("On Tuesday, the police said they had arrested a man.", "arrested", None),
    ("On Tuesday, the police said they had arrested a man on Sunday.", "arrested", "2024-03-10"),
    ("On Tuesday, the police said they arrested a man.", "arrested", "2024-03-12"),
])
def test_which_date_expression_is_the_events(nlp, text, word, expected):
    from kg.extract.time_grammar import date_in

    doc = nlp(text)
    token = next(t for t in doc if t.text.startswith(word))
    assert date_in(doc[:], token.i, token.i + 1, DOC_DATE, False, focus=token) == expected


def test_a_frequency_or_another_clauses_time_is_no_unresolved_time_of_the_clause(nlp):
    from kg.extract.time_grammar import has_unresolved_time

    doc = nlp("Ruiz announced the measure at the daily briefing.")
    assert not has_unresolved_time(doc, DOC_DATE)
    doc = nlp("Ruiz cancelled a speech he was to have given during the evening.")
    verb = next(t for t in doc if t.text == "cancelled")
    assert has_unresolved_time(doc, DOC_DATE)
    assert not has_unresolved_time(doc, DOC_DATE, verb)


def test_a_day_counted_in_the_setting_of_a_clause_counts_from_the_narratives_day(nlp):
    from kg.extract.time_grammar import date_in

    doc = nlp("In a statement released the next day, the union rejected the offer.")
    verb = next(t for t in doc if t.text == "rejected")
    assert date_in(doc[:], verb.i, verb.i + 1, DOC_DATE, False, focus=verb, reference="2024-03-05") == "2024-03-06"


def test_a_participle_tagged_as_a_past_verb_still_sets_its_clause(nlp):
    from spacy.tokens import Doc, Span

    from kg.extract.time_grammar import date_in

    # "issued" is often tagged VBD; without a subject of its own it is still the statement's participle
    words = ["In", "a", "statement", "issued", "on", "Monday", ",", "the", "union", "rejected", "the", "offer", "."]
    doc = Doc(nlp.vocab, words=words,
              tags=["IN", "DT", "NN", "VBD", "IN", "NNP", ",", "DT", "NN", "VBD", "DT", "NN", "."],
              pos=["ADP", "DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
              deps=["prep", "det", "pobj", "acl", "prep", "pobj", "punct", "det", "nsubj", "ROOT", "det", "dobj", "punct"],
              heads=[9, 2, 0, 2, 3, 4, 9, 8, 9, 9, 11, 9, 9])
    doc.ents = [Span(doc, 5, 6, label="DATE")]
    assert date_in(doc[:], 9, 10, DOC_DATE, False, focus=doc[9]) == "2024-03-11"
