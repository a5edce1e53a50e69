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


@pytest.mark.parametrize(
    "expression, future, doc_date, expected",
    [
        ("this week", False, DOC_DATE, "2024-03-11/2024-03-14"),  # what happened this week: Monday up to today
        ("this week", True, DOC_DATE, "2024-03-11/2024-03-17"),   # what is planned: the whole week
        ("this week", None, DOC_DATE, "2024-03-11/2024-03-17"),
        ("this week", False, "2024-03-11", "2024-03-11"),         # on a Monday, that day alone
        ("this month", False, DOC_DATE, "2024-03-01/2024-03-31"),
    ],
)
def test_a_happened_this_week_ends_on_the_documents_day(expression, future, doc_date, expected):
    assert resolve(expression, doc_date, future) == expected


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


@pytest.mark.parametrize("expression, expected", [
    ("July 13 to 17 of last year", "2023-07-13/2023-07-17"),  # a stretch of days in words, in a year named relatively
    ("from July 13 to 17 of last year", "2023-07-13/2023-07-17"),
    ("in March last year", "2023-03-01/2023-03-31"),
    ("July 2 of this year", "2024-07-02"),
    ("January next year", "2025-01-01/2025-01-31"),
    ("May 2 through 5", "2024-05-02/2024-05-05"),
    ("May 2 and 5", "2024-05-02"),                             # two days, not a stretch: the first
    ("last year", "2023-01-01/2023-12-31"),                    # alone, the year is the period
])
def test_a_month_in_a_year_named_relatively(expression, expected):
    assert resolve(expression, DOC_DATE) == expected
