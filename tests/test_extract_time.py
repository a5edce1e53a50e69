"""Tests for kg.extract.time: date expressions resolved against a fixed document date."""

from __future__ import annotations

import pytest

from kg.extract.time import resolve

DOC_DATE = "2024-03-14"  # a Thursday


@pytest.mark.parametrize(
    "expression, expected",
    [
        ("today", "2024-03-14"),
        ("tonight", "2024-03-14"),
        ("this morning", "2024-03-14"),
        ("yesterday", "2024-03-13"),
        ("last night", "2024-03-13"),
        ("tomorrow", "2024-03-15"),
        ("next week", "2024-03-18/2024-03-24"),
        ("last week", "2024-03-04/2024-03-10"),
        ("this week", "2024-03-11/2024-03-17"),
        ("last month", "2024-02-01/2024-02-29"),
        ("next month", "2024-04-01/2024-04-30"),
        ("last year", "2023-01-01/2023-12-31"),
        ("three days ago", "2024-03-11"),
        ("two weeks ago", "2024-02-29"),
        ("March 3, 2021", "2021-03-03"),
        ("Friday, March 3, 2021", "2021-03-03"),
        ("3 March", "2024-03-03"),
        ("on the 2nd of March", "2024-03-02"),
        ("Feb. 20", "2024-02-20"),
        ("on the 5th", "2024-03-05"),
        ("in 2018", "2018-01-01/2018-12-31"),
        ("since June 2020", "2020-06-01/2020-06-30"),
        ("2023-11-30", "2023-11-30"),
        ("December 28", "2023-12-28"),  # a past date late in the year before
        ("in June, 2020", "2020-06-01/2020-06-30"),  # a comma between month and year
        ("shortly before midnight Tuesday night", "2024-03-12"),  # a hedged clock time names its day
        ("just after 10 p.m. on Monday", "2024-03-11"),
        ("around noon Wednesday", "2024-03-13"),
        ("at 9:30 a.m. Tuesday", "2024-03-12"),
        ("earlier this week", "2024-03-11/2024-03-13"),  # the period's days before the document's
        ("earlier this month", "2024-03-01/2024-03-13"),
        ("earlier in the month", "2024-03-01/2024-03-13"),
        ("later this week", "2024-03-15/2024-03-17"),
        ("later this month", "2024-03-15/2024-03-31"),
        ("Monday's", "2024-03-11"),  # a possessive names its day ("Monday's debate")
        ("Tuesday night’s", "2024-03-12"),
        ("last week's", "2024-03-04/2024-03-10"),
        ("mid-February", "2024-02-01/2024-02-29"),
        ("last weekend", "2024-03-09/2024-03-10"),
        ("over the weekend", "2024-03-09/2024-03-10"),
        ("this past weekend", "2024-03-09/2024-03-10"),
        ("next weekend", "2024-03-16/2024-03-17"),
        ("last Thursday", "2024-03-07"),  # "last" on the same weekday: a week before, not the day itself
        ("three months ago", "2023-12-01/2023-12-31"),
        ("a year ago", "2023-01-01/2023-12-31"),
        # stretches of days: from the first day of the start to the last of the end
        ("March 4-6", "2024-03-04/2024-03-06"),
        ("4–6 March 2023", "2023-03-04/2023-03-06"),
        ("from Monday to Wednesday", "2024-03-11/2024-03-13"),
        ("Monday through Wednesday", "2024-03-11/2024-03-13"),
        ("between Jan. 3 and Jan. 5", "2024-01-03/2024-01-05"),
        ("from 2015 to 2018", "2015-01-01/2018-12-31"),
    ],
)
def test_resolve(expression, expected):
    assert resolve(expression, DOC_DATE) == expected


@pytest.mark.parametrize(
    "expression, future, expected",
    [
        ("on Monday", None, "2024-03-11"),
        ("on Monday", False, "2024-03-11"),
        ("on Monday", True, "2024-03-18"),
        ("Monday night", None, "2024-03-11"),
        ("late on Sunday", None, "2024-03-10"),
        ("Saturday morning", True, "2024-03-16"),
        ("on Thursday", False, "2024-03-14"),  # the document's own weekday
        ("on Thursday", True, "2024-03-21"),
        ("next Tuesday", None, "2024-03-19"),
        ("last Friday", None, "2024-03-08"),
        ("as of Wednesday", None, "2024-03-13"),
        ("this weekend", False, "2024-03-09/2024-03-10"),
        ("this weekend", True, "2024-03-16/2024-03-17"),
        ("this past weekend", True, "2024-03-09/2024-03-10"),
    ],
)
def test_weekdays_past_and_future(expression, future, expected):
    assert resolve(expression, DOC_DATE, future) == expected


@pytest.mark.parametrize("expression", ["", "decades", "the next morning", "annual", "several hours", "May",
                                        "before Tuesday", "10 p.m."])
def test_unresolvable(expression):
    assert resolve(expression, DOC_DATE) is None


def test_relative_needs_document_date():
    assert resolve("tomorrow", None) is None
    assert resolve("March 3, 2021", None) == "2021-03-03"


def test_future_month_day_moves_to_next_year():
    assert resolve("January 10", "2024-12-20", future=True) == "2025-01-10"
    assert resolve("the 2nd", "2024-12-20", future=True) == "2025-01-02"


def test_never_uses_the_clock():
    assert resolve("yesterday", "1999-01-01") == "1998-12-31"


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
    from kg.extract.time import is_simple_past

    doc = nlp(text)
    token = next(t for t in doc if t.text == verb)
    assert is_simple_past(token) is expected


def test_past_narrative_needs_every_clause_above_in_the_past(nlp):
    from kg.extract.time import in_past_narrative

    reported = nlp("Officials reported that Chile signed the deal.")
    assert in_past_narrative(next(t for t in reported if t.text == "signed"))
    alleged = nlp("Officials have alleged that Chile signed the deal.")
    assert not in_past_narrative(next(t for t in alleged if t.text == "signed"))


def test_unresolved_time_expression(nlp):
    from kg.extract.time import has_unresolved_time

    assert has_unresolved_time(nlp("For several days Chile denied it."), DOC_DATE)
    assert not has_unresolved_time(nlp("On Monday Chile denied it."), DOC_DATE)
    assert not has_unresolved_time(nlp("Chile denied it."), DOC_DATE)


@pytest.mark.parametrize(
    "expression, future, expected",
    [
        ("in June", False, "2023-06-01/2023-06-30"),     # a past month later in the year than the document: last year's
        ("in June", True, "2024-06-01/2024-06-30"),
        ("in January", True, "2025-01-01/2025-01-31"),   # a planned month earlier in the year: next year's
        ("in February", False, "2024-02-01/2024-02-29"),
        ("last October", None, "2023-10-01/2023-10-31"),
        ("last February", None, "2024-02-01/2024-02-29"),
        ("last March", None, "2023-03-01/2023-03-31"),   # the document's own month: a year before
        ("next May", None, "2024-05-01/2024-05-31"),
        ("next February", None, "2025-02-01/2025-02-28"),
    ],
)
def test_a_month_without_a_year_takes_the_year_the_tense_points_to(expression, future, expected):
    assert resolve(expression, DOC_DATE, future) == expected


@pytest.mark.parametrize(
    "expression, expected",
    [
        ("the previous day", "2024-03-04"),
        ("the day before", "2024-03-04"),
        ("the next day", "2024-03-06"),
        ("the following day", "2024-03-06"),
        ("two days later", "2024-03-07"),
        ("a week earlier", "2024-02-27"),
        ("three days before", "2024-03-02"),
    ],
)
def test_days_counted_from_the_narratives_day(expression, expected):
    assert resolve(expression, DOC_DATE, reference="2024-03-05") == expected
    assert resolve(expression, DOC_DATE) is None  # without a day to count from, no date


def test_the_most_precise_date_of_the_clause_wins(nlp):
    from kg.extract.time import date_in

    doc = nlp("The crash happened at 8:30 p.m. (1930 UTC) on August 27.")
    verb = next(t for t in doc if t.text == "happened")
    assert date_in(doc[:], verb.i, verb.i + 1, "2019-10-10", False, focus=verb) == "2019-08-27"


def test_a_named_day_wins_over_a_counted_one(nlp):
    from kg.extract.time import date_in

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
    from kg.extract.time import date_in

    doc = nlp(text)
    token = next(t for t in doc if t.lower_ == noun)
    assert date_in(doc[:], token.i, token.i + 1, "2023-05-10", False, focus=token) == expected


# A made-up document: a headline, a dateline on a line of its own, then the lead paragraph.
DATELINE_DOC = "Rail strike ends.\n\nFriday, March 15, 2024\n\nUnions ended the rail strike on Tuesday after talks.\n"


def test_a_dateline_dates_no_event(nlp):
    from kg.extract.time import date_in

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
])
def test_which_date_expression_is_the_events(nlp, text, word, expected):
    from kg.extract.time import date_in

    doc = nlp(text)
    token = next(t for t in doc if t.text.startswith(word))
    assert date_in(doc[:], token.i, token.i + 1, DOC_DATE, False, focus=token) == expected


def test_a_frequency_or_another_clauses_time_is_no_unresolved_time_of_the_clause(nlp):
    from kg.extract.time import has_unresolved_time

    doc = nlp("Ruiz announced the measure at the daily briefing.")
    assert not has_unresolved_time(doc, DOC_DATE)
    doc = nlp("Ruiz cancelled a speech he was to have given during the evening.")
    verb = next(t for t in doc if t.text == "cancelled")
    assert has_unresolved_time(doc, DOC_DATE)
    assert not has_unresolved_time(doc, DOC_DATE, verb)


def test_a_day_counted_in_the_setting_of_a_clause_counts_from_the_narratives_day(nlp):
    from kg.extract.time import date_in

    doc = nlp("In a statement released the next day, the union rejected the offer.")
    verb = next(t for t in doc if t.text == "rejected")
    assert date_in(doc[:], verb.i, verb.i + 1, DOC_DATE, False, focus=verb, reference="2024-03-05") == "2024-03-06"


def test_a_participle_tagged_as_a_past_verb_still_sets_its_clause(nlp):
    from spacy.tokens import Doc, Span

    from kg.extract.time import date_in

    # "issued" is often tagged VBD; without a subject of its own it is still the statement's participle
    words = ["In", "a", "statement", "issued", "on", "Monday", ",", "the", "union", "rejected", "the", "offer", "."]
    doc = Doc(nlp.vocab, words=words,
              tags=["IN", "DT", "NN", "VBD", "IN", "NNP", ",", "DT", "NN", "VBD", "DT", "NN", "."],
              pos=["ADP", "DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
              deps=["prep", "det", "pobj", "acl", "prep", "pobj", "punct", "det", "nsubj", "ROOT", "det", "dobj", "punct"],
              heads=[9, 2, 0, 2, 3, 4, 9, 8, 9, 9, 11, 9, 9])
    doc.ents = [Span(doc, 5, 6, label="DATE")]
    assert date_in(doc[:], 9, 10, DOC_DATE, False, focus=doc[9]) == "2024-03-11"
