"""Names in a line written in title case (a headline), cut back to the name the article's body gives.

A headline in title case capitalises every word, so spaCy runs common words
into a name: "Gold Star Mom Corners Obama On His Refusal", "Derelict Obama
and Clinton". Such a "person" is no one the body names, and beside "Barack
Obama" it becomes a second, false actor. :func:`trim_title_case_names` cuts a
person's or organisation's name found only in a title-case line to its
longest ending that the body names (a name, or a person's surname there:
"Obama"); a name with no such ending is left as it is.

A line is in title case when at least :data:`TITLE_CASE_SHARE` of its words of
four letters or more begin with a capital (and it has at least
:data:`MIN_TITLE_WORDS` of them); the date marker of a text is no word of its
line.
"""

from __future__ import annotations

import re
from dataclasses import replace

TITLE_CASE_SHARE = 0.8
MIN_TITLE_WORDS = 3
LONG_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")
DATE_MARKER = re.compile(r"\s*date \d{4}-\d\d-\d\d")


def title_case_lines(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the lines of ``text`` written in title case."""
    spans, start = [], 0
    for line in text.split("\n"):
        marker = DATE_MARKER.match(line) if start == 0 else None
        words = LONG_WORD.findall(line[marker.end():] if marker else line)
        capitals = sum(w[0].isupper() for w in words)
        if len(words) >= MIN_TITLE_WORDS and capitals >= TITLE_CASE_SHARE * len(words):
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def trim_title_case_names(mentions: list, text: str) -> list:
    """The mentions, each person or organisation found only in a title-case line cut to its longest ending
    that the rest of the text names (see the module's docstring)."""
    lines = title_case_lines(text)
    if not lines:
        return mentions
    def in_title(m) -> bool:
        return any(start <= m.span.start and m.span.end <= end for start, end in lines)
    body = [m for m in mentions if m.kind in ("Person", "Organization") and not in_title(m)]
    named = {m.tokens[-1].casefold(): m.kind for m in body if m.kind == "Person"} | {m.text.casefold(): m.kind for m in body}
    return [_cut(m, named) if m.kind in ("Person", "Organization") and m.key is None and in_title(m) else m
            for m in mentions]


def _cut(m, named: dict[str, str]):
    """The mention cut to its longest ending in ``named`` (and given that name's kind); as it is when it is itself
    named, or no ending is."""
    words = m.text.split()
    if m.text.casefold() in named:
        return m
    for cut in range(1, len(words)):
        ending = " ".join(words[cut:])
        if ending.casefold() in named:
            start = m.span.start + m.text.rindex(ending)
            span = m.root.doc.char_span(start, m.span.end, alignment_mode="expand")
            return replace(m, span=replace(m.span, start=start, text=ending), tokens=re.findall(r"[\w.']+", ending),
                           root=span.root if span is not None else m.root, kind=named[ending.casefold()])
    return m
