"""Attribution by phrase or colon: "according to X, Y", "X said:" followed by a paragraph, and a line opened by
a speaker's name and a colon (a headline's "Name: what they said", a transcript's "NAME: ...")."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from kg.extract.lexicon import NOT_SPEAKERS
from kg.extract.quotes import TRIM, balance, quoted_share, trimmed
from kg.extract.records import Span, Statement
from kg.extract.statements.context import Candidate, Page, tokens_span
from kg.extract.statements.grammar import (
    CUE_VERBS, according_pobj, is_cue, next_paragraph, subject, words,
)
from kg.extract.statements.speakers import candidate
from kg.extract.tokens import doc_lowers, doc_tokens


def according(page: Page) -> list[Candidate]:
    """"According to X, Y" / "Y, according to X": the longer side of the sentence is the content."""
    found = []
    for token, lower in zip(doc_tokens(page.doc), doc_lowers(page.doc)):
        if lower != "according" or page.in_quote[token.idx]:
            continue
        to = next((c for c in token.children if c.lower_ == "to"), None)
        pobj = according_pobj(token)
        if pobj is None or reports_itself(token.head, token):
            continue
        sent = page.sent_of[token.i]
        left = tokens_span(page, sent.start, token.left_edge.i - 1, token.i)
        right = tokens_span(page, to.right_edge.i + 1, sent.end - 1, token.i)
        content = max((s for s in (left, right) if s), key=lambda s: s.end - s.start, default=None)
        cand = candidate(page, token, content, False, "according", subject=pobj)
        if cand:
            cue = Span(token.idx, to.idx + len(to.text), page.text[token.idx:to.idx + len(to.text)])
            found.append(replace(cand, statement=replace(cand.statement, cue=cue)))
    return found


def reports_itself(verb, according_token) -> bool:
    """Whether the clause "according to X" hangs on is itself a report with its own speaker."""
    if not is_cue(verb) or not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    subj = subject(verb)
    return subj is not None and subj.i > according_token.i and subj.lower_ not in NOT_SPEAKERS


LINE_END_COLON = re.compile(r":(?=[ \t]*\n)")


def colon_paragraphs(page: Page) -> list[Candidate]:
    """A sentence with a cue ending in a colon at the end of its line: the next paragraph is its content.

    The paragraph then counts as quoted for the other rules.
    """
    found = []
    for m in LINE_END_COLON.finditer(page.text):  # found in the text: walking every token costs more than the rule
        span = page.doc.char_span(m.start(), m.start() + 1)
        if span is None or len(span) != 1 or page.in_quote[m.start()]:
            continue
        colon = span[0]
        cue = sentence_cue(page, page.doc[page.sent_of[colon.i].start:colon.i])
        content = next_paragraph(page.text, colon.idx + 1)
        if cue is None or content is None:
            continue
        subj = according_pobj(cue) if cue.lower_ == "according" else None
        cand = candidate(page, cue, content, True, "colon", subject=subj, confidence=0.85)
        if cand:
            found.append(cand)
            page.mark_quoted(content)
    return found


def sentence_cue(page: Page, sent):
    """The cue token of a sentence that introduces what follows it."""
    for token in sent:
        if token.lower_ == "according" and according_pobj(token) is not None:
            return token
    for token in reversed(sent):
        if token.lemma_.lower() in CUE_VERBS and token.pos_ in ("VERB", "AUX") and not page.in_quote[token.idx]:
            return token
    return None


SPEAKER_LINE = re.compile(r"^[ \t]*[\"“]?([^\n:\"“]{1,60}?):[ \t]+(\S[^\n]*)", re.M)  # a quoted transcript: '"NAME: ...'
TRANSCRIPT_TAG = re.compile(r"^[A-Z][A-Z.' -]*[A-Z]$")
MAX_NAME_WORDS = 5


def speaker_lines(page: Page) -> list[Candidate]:
    """A line opened by a person's name (in the title also an organisation's) and a colon, or by a transcript's
    capitalised speaker tag (one that opens two lines, or one of two tags): the rest of the line is what they
    said, in their words outside the title."""
    text = page.text
    lines = [m for m in SPEAKER_LINE.finditer(text) if not page.in_quote[m.start(1)] or _opens_quote(text, m)]
    tags = Counter(m.group(1).strip() for m in lines if TRANSCRIPT_TAG.match(m.group(1).strip()))
    found = []
    for m in lines:
        in_title = page.title is not None and m.start(1) <= page.title[0] < m.end(1) or \
            page.title is not None and page.title[0] <= m.start(1) < page.title[1]
        label = text[max(m.start(1), page.title[0]) if in_title else m.start(1):m.end(1)].strip()
        content = trimmed(text, m.start(2), m.end(2), TRIM)
        if content is None or len(words(label)) > MAX_NAME_WORDS or not is_utterance(page, content):
            continue
        transcript = label in tags and (tags[label] >= 2 or len(tags) >= 2)
        found += line_statement(page, m, label, content, in_title, transcript)
    return found


def _opens_quote(text: str, m) -> bool:
    """A line whose own quote mark opens before the tag ('"WEBER: ...'), as transcripts in quotes are printed."""
    return m.start(1) > 0 and text[m.start(1) - 1] in "\"“" and TRANSCRIPT_TAG.match(m.group(1).strip()) is not None


def is_utterance(page: Page, content: Span) -> bool:
    """Whether a line's text says something: two words or more with a verb ("A closing surge." is a heading)."""
    span = page.doc.char_span(content.start, content.end, alignment_mode="expand")
    return span is not None and len(words(content.text)) >= 2 and any(t.pos_ in ("VERB", "AUX") for t in span)


def line_statement(page: Page, m, label: str, content: Span, in_title: bool, transcript: bool) -> list[Candidate]:
    """The statement of one "Name: text" line, when the name is someone's."""
    end = m.start(1) + len(m.group(1).rstrip())
    actor = page.index.actor_in(end - 1, end)
    kinds = ("Person", "Organization") if in_title else ("Person",)
    if actor is not None and actor.type in kinds and not page.in_quote[end - 1]:
        speaker, speaker_text, confidence = actor.key, actor.name, 0.75
    elif transcript and not in_title:
        speaker, speaker_text, confidence = None, label, 0.7
    else:
        return []
    colon = text_colon(page.text, m)
    content = balance(page.text, content) or content
    direct = not in_title or quoted_share(page.in_quote, content) >= 0.6
    token = page.doc.char_span(colon.start, colon.end, alignment_mode="expand")
    statement = Statement(speaker, speaker_text, colon, content, direct, confidence)
    return [Candidate(statement, token[0].i if token is not None and len(token) else None, "colon")]


def text_colon(text: str, m) -> Span:
    """The colon of a speaker line."""
    at = m.end(1)
    return Span(at, at + 1, text[at:at + 1])
