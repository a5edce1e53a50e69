"""Quote marks: which stretches of a text are quoted, and how much of a span is."""

from __future__ import annotations

import pytest

from kg.extract.quotes import balance, covered, quoted_share, quoted_spans, title_quotes
from kg.extract.records import Span


@pytest.mark.parametrize("text, inner", [
    ('a "b c" d', ["b c"]),
    ("a “b c” d “e f” g", ["b c", "e f"]),
    ("a “b c\n\nd", ["b c"]),
    ("a ” b “c d” e", ["c d"]),
    ("''We will win,'' she said. ``Yes,'' he said.", ["We will win", "Yes"]),  # typewriter quote marks
])
def test_quoted_spans(text, inner):
    assert [s.text for s, _ in quoted_spans(text)] == inner


def test_the_quotes_from_any_start_are_those_a_scan_from_there_finds():
    from kg.extract.quotes import _quotes

    text = 'Talks "end" today\n\nHe said "we will win" and "more\nShe said: ""yes," she added "and no"'
    for start in range(len(text) + 1):
        assert quoted_spans(text, start) == _quotes(text, start, len(text)), start


def test_a_texts_quotes_are_found_once_and_cannot_be_changed_by_a_caller():
    text = 'He said "we will win"\n"more'
    first = quoted_spans(text)
    assert isinstance(first, tuple) and quoted_spans(text) is first
    assert [s.text for s, _ in first] == ["we will win", "more"]
    assert quoted_spans(text, text.index("\n") + 1) == first[1:]


def test_a_quote_left_open_runs_to_its_paragraph_end_and_says_so():
    text = 'He said "we will win\n\nNext.'
    assert [(s.text, closed) for s, closed in quoted_spans(text)] == [("we will win", False)]


def test_a_headline_also_quotes_with_single_marks():
    text = "Minister calls plan 'a disaster'"
    assert [s.text for s, _ in title_quotes(text, 0, len(text))] == ["a disaster"]


def test_quoted_share_counts_quoted_characters():
    text = 'ab "cd" ef'
    marks = covered(quoted_spans(text), len(text))
    assert quoted_share(marks, Span(4, 6, "cd")) == 1.0
    assert quoted_share(marks, Span(0, 2, "ab")) == 0.0


def test_balance_drops_an_unpartnered_quote_mark():
    text = '"we will win'
    assert balance(text, Span(0, len(text), text)).text == "we will win"
    whole = '"we will win"'
    assert balance(whole, Span(0, len(whole), whole)).text == "we will win"
