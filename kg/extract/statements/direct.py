"""Direct quotes and who said them.

Text between quote marks (:mod:`kg.extract.quotes`) of at least
``MIN_QUOTE_WORDS`` words, or a shorter one that is a cue's whole complement.
The cue is the speech verb governing the quote, or one in the same or a
touching sentence, or the "X said:" sentence before it; a paragraph that
continues the previous paragraph's quote keeps its speaker.
"""

from __future__ import annotations

from kg.extract.lexicon import NOUN_CUES
from kg.extract.quotes import MARKS, TRIM
from kg.extract.records import Span, Statement
from kg.extract.statements.according import sentence_cue
from kg.extract.statements.context import Candidate, Page
from kg.extract.statements.grammar import is_cue, is_whole_complement, last_word, subject, words
from kg.extract.statements.speakers import candidate

MIN_QUOTE_WORDS = 3


def direct(page: Page) -> list[Candidate]:
    """A statement for each quote with a speaker, in text order."""
    quotes = []
    previous = None
    for content, closed in sorted(page.quotes, key=lambda q: q[0].start):
        cand = quote(page, content, closed, previous)
        if cand:
            quotes.append(cand)
            previous = cand
    return quotes


def quote(page: Page, content: Span, closed: bool, previous: Candidate | None) -> Candidate | None:
    """The statement of one quote: its governing cue, a cue nearby, or the previous quote's speaker."""
    span = page.doc.char_span(content.start, content.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    long_enough = len(words(content.text)) >= MIN_QUOTE_WORDS
    inside = range(span.start, span.end)
    governor = governing_cue(page, span, inside)
    if governor is not None:
        cand = candidate(page, governor, content, True, "quote", confidence=0.9 if closed else 0.75)
        if cand and (long_enough or is_whole_complement(span, governor)):
            return cand
    if not long_enough:
        return None
    for cue, confidence in nearby_cues(page, span, inside):
        cand = candidate(page, cue, content, True, "quote", confidence=confidence)
        if cand:
            return cand
    return continuation(page, content, previous)


def governing_cue(page: Page, span, inside):
    """A cue verb outside the quote that governs it or hangs on it ("X," he said)."""
    for token in span:
        head = token.head
        if head.i not in inside and not page.in_quote[head.idx] and (
                is_cue(head) or head.lemma_.lower() in NOUN_CUES and head.pos_ == "NOUN"):
            return head
    for token in span:
        for child in token.children:
            if child.i not in inside and is_cue(child) and child.dep_ in ("parataxis", "ccomp", "conj", "advcl") \
                    and _outside(page, subject(child)) and not page.in_quote[child.idx]:
                return child
    return None


def _outside(page: Page, token) -> bool:
    """A cue's subject that stands outside quotes (one inside is the quote's own, "It" of "It happened")."""
    return token is not None and not page.in_quote[token.idx]


def nearby_cues(page: Page, span, inside):
    """Cue verbs of the quote's own sentences, then of the sentence before (if it ends with ':') and after."""
    doc = page.doc
    first, last = page.sent_of[span.start], page.sent_of[span.end - 1]
    own = [t for t in doc[first.start:last.end] if t.i not in inside and is_cue(t) and not page.in_quote[t.idx]]
    own.sort(key=lambda t: min(abs(t.i - span.start), abs(t.i - span.end)))
    for token in own:
        yield token, 0.8
    if first.start > 0:
        before = page.sent_of[first.start - 1]
        end_word = last_word(before)
        if end_word is not None and end_word.text in (":", ","):
            cue = sentence_cue(page, before)
            if cue is not None and cue.lower_ != "according":
                yield cue, 0.75
    if last.end < len(doc):
        after = page.sent_of[last.end]
        if len(after) <= 8:
            for token in after:
                if is_cue(token) and not page.in_quote[token.idx] and not any(c.dep_ == "ccomp" for c in token.children):
                    yield token, 0.7


def continuation(page: Page, content: Span, previous: Candidate | None) -> Candidate | None:
    """A quote opening a paragraph right after a quoted paragraph goes on with its speaker."""
    if previous is None or previous.kind not in ("quote", "colon"):
        return None
    between = page.text[previous.statement.content.end:content.start]
    if between.count("\n") < 1 or len(between.strip(TRIM + MARKS + "\n")) > 0:
        return None
    st = previous.statement
    return Candidate(Statement(st.speaker, st.speaker_text, st.cue, content, True,
                               round(st.confidence * 0.8, 2)), previous.cue_i, "quote")
