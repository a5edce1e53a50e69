"""Calendar words: weekday and month names and their short forms."""

from __future__ import annotations

import pytest

from kg.extract.time_words import MONTHS, NUMBERS, WEEKDAYS


@pytest.mark.parametrize("table, word, value", [
    (WEEKDAYS, "monday", 0), (WEEKDAYS, "sun", 6), (MONTHS, "january", 1), (MONTHS, "sept", 9), (MONTHS, "dec", 12),
    (NUMBERS, "twelve", 12), (NUMBERS, "a couple of", 2),
])
def test_calendar_and_number_words(table, word, value):
    assert table[word] == value


def test_every_weekday_and_month_has_its_name_and_short_form():
    assert len(WEEKDAYS) == 14 and len(MONTHS) == 24  # "may" is its own short form; "sept" too
