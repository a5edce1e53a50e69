"""Article text as safe HTML: escaping, sentences around a span, highlights at offsets.

Article text is untrusted: every character of it goes through
:func:`html.escape` here, and the only markup added is ``<mark>`` elements
whose classes and titles this module writes (titles escaped too).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+|\n\s*")
MAX_CONTEXT = 400  # characters of sentence kept on each side of a span


@dataclass(frozen=True)
class Layer:
    """One highlight: characters begin..end get ``css`` and a tooltip."""

    begin: int
    end: int
    css: str
    title: str = ""


def esc(value: object) -> str:
    """Text (or a number) as HTML, quotes included, so it is safe in attributes too."""
    return html.escape(str(value), quote=True)


def sentence_bounds(text: str, begin: int, end: int) -> tuple[int, int]:
    """The sentence (or sentences) around text[begin:end], cut to MAX_CONTEXT each side."""
    start = max(0, begin - MAX_CONTEXT)
    for match in _SENTENCE_END.finditer(text, start, begin):
        start = match.end()
    stop_at = _SENTENCE_END.search(text, max(end, begin + 1) - 1, min(len(text), end + MAX_CONTEXT))
    stop = stop_at.start() + 1 if stop_at else min(len(text), end + MAX_CONTEXT)
    return start, max(stop, end)


def highlight(text: str, layers: list[Layer], offset: int = 0) -> str:
    """``text`` escaped, with each layer's characters (offsets counted from ``offset``) in ``<mark>``.

    Overlapping layers split the text where any of them starts or ends; each
    piece carries the classes and titles of every layer covering it.
    """
    cuts = {0, len(text)}
    for layer in layers:
        cuts.update(min(len(text), max(0, pos - offset)) for pos in (layer.begin, layer.end))
    points = sorted(cuts)
    out = []
    for left, right in zip(points, points[1:]):
        covering = [l for l in layers if l.begin - offset <= left and right <= l.end - offset]
        piece = esc(text[left:right])
        if covering:
            css = " ".join(sorted({l.css for l in covering}))
            title = "; ".join(dict.fromkeys(l.title for l in covering if l.title))
            piece = f'<mark class="{esc(css)}" title="{esc(title)}">{piece}</mark>'
        out.append(piece)
    return "".join(out)


def snippet(text: str, begin: int, end: int, mark: tuple[int, int] | None = None) -> str:
    """The sentence around begin..end as HTML, with ``mark`` (default: begin..end) highlighted."""
    start, stop = sentence_bounds(text, begin, end)
    mark_begin, mark_end = mark or (begin, end)
    layers = [Layer(mark_begin, mark_end, "hit")] if mark_end > mark_begin else []
    prefix = "…" if 0 < start == begin - MAX_CONTEXT else ""  # cut, not at a sentence's start
    suffix = "…" if stop == end + MAX_CONTEXT < len(text) else ""
    return prefix + highlight(text[start:stop], layers, offset=start) + suffix


def find_within(text: str, begin: int, end: int, needle: str) -> tuple[int, int] | None:
    """Where ``needle`` occurs (case-blind) in text[begin:end], as document offsets."""
    if not needle:
        return None
    at = text[begin:end].casefold().find(needle.casefold())
    return (begin + at, begin + at + len(needle)) if at >= 0 else None
