"""kg.report.text and the report's JSON: escaping, sentences around a span, overlapping highlights."""

from __future__ import annotations

from kg.report.text import Layer, find_within, highlight, sentence_bounds, snippet

TEXT = "First one. Trump said <b>it</b> was great. Last one."


def test_sentence_bounds_find_the_sentence_around_a_span():
    begin = TEXT.index("said")
    start, stop = sentence_bounds(TEXT, begin, begin + 4)
    assert TEXT[start:stop] == "Trump said <b>it</b> was great."


def test_highlight_escapes_and_splits_overlapping_layers():
    text = "a <b> c"
    out = highlight(text, [Layer(0, 5, "s", "statement"), Layer(2, 5, "m", 'say "hi"')])
    assert out == (
        '<mark class="s" title="statement">a </mark>'
        '<mark class="m s" title="statement; say &quot;hi&quot;">&lt;b&gt;</mark> c'
    )


def test_snippet_marks_the_span_in_its_sentence():
    begin = TEXT.index("<b>")
    html = snippet(TEXT, begin, begin + len("<b>it</b>"))
    assert html == 'Trump said <mark class="hit" title="">&lt;b&gt;it&lt;/b&gt;</mark> was great.'
    long = "x" * 500 + " y " + "z" * 500
    assert snippet(long, 501, 502) == "…" + "x" * 399 + ' <mark class="hit" title="">y</mark> ' + "z" * 399 + "…"
    assert find_within(TEXT, 0, len(TEXT), "TRUMP said") == (11, 21)
    long = "x" * 500 + " y " + "z" * 500
    assert snippet(long, 501, 502) == "…" + "x" * 399 + ' <mark class="hit" title="">y</mark> ' + "z" * 399 + "…"
    assert find_within(TEXT, 0, 5, "Trump") is None
