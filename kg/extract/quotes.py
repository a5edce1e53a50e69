"""Quotation marks in a text: which stretches are quoted, and how much of a span is.

Double quotes (straight, curly, or the typewriter ``` `` ''`` of some archives)
pair within a paragraph; in a headline single quotes count too. Shared by the
statement extractor (direct quotes) and the event extractor (whose dates
inside a quote belong to the speaker's time).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.records import Span

OPENING, CLOSING, STRAIGHT = "“", "”", '"'
DOUBLED = {"``": OPENING, "''": STRAIGHT}      # typewriter quotes of some archives
QUOTE_MARK = re.compile(r"[“”\"]|``|''(?!')")
TITLE_QUOTE = re.compile(r"(?:(?<=\s)|^)['‘]([^'‘’\n]+?)['’](?=[\s.,;:!?]|$)")
MARKS = "\"“”"
TRIM = " \t\n,;:—–-"


def quoted_spans(text: str, start: int = 0, end: int | None = None) -> tuple[tuple[Span, bool], ...]:
    """(span inside the quote marks, closed?) for the double quotes of ``text[start:end]``.

    Marks pair within a paragraph: a curly opening mark opens, a curly closing
    mark closes, a straight mark does what is due. A quote still open at the
    paragraph end runs to it; stray closing marks are ignored. The quotes of
    the whole text are found once per text (coreference, events and statements
    all ask); those from a line's start on are taken from them.

    >>> [(s.text, closed) for s, closed in quoted_spans('He said "we will win" and "more')]
    [('we will win', True), ('more', False)]
    """
    if end is None and _at_line_start(text, start):
        whole = _text_quotes(text)
        return whole if start == 0 else tuple(q for q in whole if q[0].start >= start)
    return _quotes(text, start, len(text) if end is None else end)


@lru_cache(maxsize=2)
def _text_quotes(text: str) -> tuple[tuple[Span, bool], ...]:
    return _quotes(text, 0, len(text))


def _at_line_start(text: str, at: int) -> bool:
    """True when no paragraph of ``text`` runs across ``at``, so the quotes from ``at`` on are the whole text's."""
    return at == 0 or at >= len(text) or text[at - 1] == "\n" or text[at] == "\n"


def _quotes(text: str, start: int, end: int) -> tuple[tuple[Span, bool], ...]:
    spans = []
    for para_start, para_end in _paragraphs(text, start, end):
        open_at = None
        for m in QUOTE_MARK.finditer(text, para_start, para_end):
            i, ch = m.start(), DOUBLED.get(m.group(), m.group())
            if open_at is not None and ch != OPENING:
                spans.append((trimmed(text, open_at, i), True))
                open_at = None
            elif ch != CLOSING:
                open_at = m.end()
        if open_at is not None:
            spans.append((trimmed(text, open_at, para_end), False))
    return tuple((s, closed) for s, closed in spans if s is not None)


def title_quotes(text: str, start: int, end: int) -> list[tuple[Span, bool]]:
    """The quotes of a headline at [start, end): double ones, and single ones ('...'), all closed."""
    spans = [(s, True) for s, _ in quoted_spans(text, start, end)]
    for m in TITLE_QUOTE.finditer(text, start, end):
        spans.append((Span(m.start(1), m.end(1), m.group(1)), True))
    return spans


def _paragraphs(text: str, start: int, end: int):
    for m in re.finditer(r"[^\n]+", text[start:end]):
        yield start + m.start(), start + m.end()


def trimmed(text: str, start: int, end: int, chars: str = " \t\n,") -> Span | None:
    """The span [start, end) without ``chars`` at either end, or None when nothing is left."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return Span(start, end, text[start:end]) if end > start else None


def covered(quotes, length: int) -> bytearray:
    """1 for each character inside a quote."""
    marks = bytearray(length + 1)
    for span, _ in quotes:
        marks[span.start:span.end] = b"\x01" * (span.end - span.start)
    return marks


def quoted_share(in_quote: bytearray, span: Span) -> float:
    """The share of the span's characters that stand inside a quote."""
    if span.end <= span.start:
        return 0.0
    return sum(in_quote[span.start:span.end]) / (span.end - span.start)


def balance(text: str, span: Span) -> Span | None:
    """Drop quote marks at either end that have no partner inside the span."""
    start, end = span.start, span.end
    for _ in range(3):
        inner = text[start:end]
        if sum(inner.count(c) for c in MARKS) % 2 == 0 and not (
                inner[:1] in MARKS and inner[-1:] in MARKS and sum(inner.count(c) for c in MARKS) == 2):
            break
        if inner[:1] in MARKS and (inner[-1:] in MARKS or sum(inner.count(c) for c in MARKS) % 2):
            start += 1
        if text[start:end][-1:] in MARKS and sum(text[start:end].count(c) for c in MARKS) % 2:
            end -= 1
        if (start, end) == (span.start, span.end):
            break
        span_left = trimmed(text, start, end, TRIM)
        if span_left is None:
            return None
        start, end = span_left.start, span_left.end
    return Span(start, end, text[start:end]) if end > start else None
