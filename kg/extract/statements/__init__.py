"""Statements (attribution): who said what, direct quotes and reported speech.

Rules over spaCy's dependency parse, in the spirit of textacy's
``direct_quotations`` and of PARC/PolNeAR attribution (source, cue,
content), widened to reported speech. One module per rule family:

* :mod:`.direct`: text between quote marks, with the cue governing it or near it;
* :mod:`.reported`: a speech or cognition verb and its complement, and
  "X's demands include Y";
* :mod:`.according`: "according to X, Y", "X said:" followed by a paragraph, and
  a line opened by a speaker's name and a colon ("Name: ...", "NAME: ...");
* :mod:`.nouns`: a noun of saying or thinking with its content, "X's claim that Y";
* :mod:`.headline`: the title's "X says Y";
* :mod:`.speakers`: the cue's subject resolved to an actor (shared by all);
* :mod:`.context` and :mod:`.grammar`: what the rules share.

Confidence is highest for direct quotes with a named speaker and lower for
resolved pronouns, role nouns and unnamed sources. A quote inside reported
speech from the same cue gives one statement, and a report told inside
another statement's content ("X said he believes Y") is part of it, not a
statement of its own. "X and Y said Z" is a statement of each of them.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.coref import MentionIndex
from kg.extract.records import Actor, Span, Statement
from kg.extract.statements.according import according, colon_paragraphs, speaker_lines
from kg.extract.statements.context import Candidate, Page
from kg.extract.statements.direct import direct, joined_quotes
from kg.extract.statements.headline import headline
from kg.extract.statements.nouns import noun_complements
from kg.extract.statements.reported import noun_lists, reported
from kg.extract.statements.speakers import co_speakers


def find_statements(spacy_doc, document, actors: list[Actor]) -> tuple[Statement, ...]:
    """Every statement of one document, ordered by content offset."""
    page = Page(spacy_doc, document.text, MentionIndex(actors), document)
    found = colon_paragraphs(page)      # first: its paragraphs count as quoted for the rules after it
    found += speaker_lines(page) + reported(page) + according(page) + noun_lists(page) + noun_complements(page)
    found += headline(page)
    found += direct(page)
    found = joined_quotes(page, dedupe(found))
    found = sorted(found + [co for c in found for co in co_speakers(page, c)], key=lambda c: c.statement.content.start)
    return tuple(c.statement for c in without_nested(found)
                 if c.statement.speaker is not None or is_source_phrase(c.statement.speaker_text))


def is_source_phrase(text: str) -> bool:
    """Whether an unlinked speaker's text can name a source: words on one line, not a mark or a web address.

    >>> is_source_phrase("officials"), is_source_phrase(""), is_source_phrase("https://example.org/a")
    (True, False, False)
    """
    return any(c.isalpha() for c in text) and "\n" not in text and "://" not in text


def without_nested(found: list[Candidate]) -> list[Candidate]:
    """The statements not told inside another's content: in "X said he believes Y", "believes Y" is part of what X
    said, not a statement of its own; a noun's holder ("X dismissed Y's claim that Z") still holds it, and a noun
    phrase's content tells no report ("X ended the call, after which he declared Y")."""
    return [c for c in found if c.kind == "noun" or not any(_told_inside(c.statement, o.statement)
                                                            for o in found if o is not c and o.kind != "object")]


def _told_inside(inner: Statement, outer: Statement) -> bool:
    """Whether the cue and content of ``inner`` both lie within the content of ``outer``."""
    room = outer.content
    return inner.cue is not None and room.start <= inner.cue.start and inner.cue.end <= room.end \
        and room.start <= inner.content.start and inner.content.end <= room.end


def dedupe(found: list[Candidate]) -> list[Candidate]:
    """One statement per content: a quote inside reported speech of the same cue or speaker merges into it."""
    found.sort(key=lambda c: (-(c.statement.content.end - c.statement.content.start), -c.statement.confidence))
    kept: list[Candidate] = []
    for cand in found:
        st = cand.statement
        at = next((i for i, k in enumerate(kept) if _same_statement(k, cand)), None)
        if at is None:
            kept.append(cand)
            continue
        twin = kept[at].statement
        if st.direct and not twin.direct and _overlap(st.content, twin.content) >= 0.6 * (twin.content.end - twin.content.start):
            kept[at] = replace(kept[at], statement=replace(twin, direct=True))
    kept.sort(key=lambda c: (c.statement.content.start, c.statement.content.end))
    return kept


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def _same_statement(kept: Candidate, cand: Candidate) -> bool:
    a, b = kept.statement, cand.statement
    shorter = min(a.content.end - a.content.start, b.content.end - b.content.start)
    overlap = _overlap(a.content, b.content)
    if overlap == 0:
        return False
    if a.content == b.content:
        return True
    if kept.cue_i is not None and kept.cue_i == cand.cue_i:
        return True
    same_speaker = a.speaker == b.speaker if a.speaker or b.speaker else a.speaker_text == b.speaker_text
    return same_speaker and overlap >= 0.5 * shorter and (cand.kind in ("quote", "colon") or kept.kind in ("quote", "colon"))
