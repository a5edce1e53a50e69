"""Direct quotes and who said them.

Text between quote marks (:mod:`kg.extract.quotes`) of at least
``MIN_QUOTE_WORDS`` words, or a shorter one that is a cue's whole complement.
The cue is the speech verb governing the quote, or one in the same or a
touching sentence of its paragraph, or the "X said:" sentence before it; a
quote that goes on from the previous one (the next paragraph, or the next
sentence after "X said.") keeps its speaker when nothing else names one. The
parts of one quotation split by its cue clause are then joined into one statement.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.lexicon import NOUN_CUES
from kg.extract.quotes import MARKS, TRIM
from kg.extract.records import Span, Statement
from kg.extract.statements.according import sentence_cue
from kg.extract.statements.context import Candidate, Page
from kg.extract.statements.grammar import is_cue, is_whole_complement, last_word, subject, words
from kg.extract.statements.speakers import candidate

MIN_QUOTE_WORDS = 3
MAX_CUE_CLAUSE_WORDS = 8        # "Mr. Smith, the city's mayor, said." between two quotes of one speaker


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
    if is_named_work(span):
        return None
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


def is_named_work(span) -> bool:
    """A quoted title a preposition governs (said on "Meet the Nation", wrote in "The Long Road"): a name, no speech."""
    heads = {t.head for t in span if not t.is_punct and (t.head.i < span.start or t.head.i >= span.end)}
    long_words = [t for t in span if t.is_alpha and len(t.text) > 3]
    return bool(long_words) and all(t.text[:1].isupper() for t in long_words) and \
        any(h.dep_ == "prep" or h.pos_ == "ADP" for h in heads)


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
    """Cue verbs of the quote's own sentences, then of the sentence before (if it ends with ':') and after; the
    quote's own and the sentence after count only within the quote's paragraph."""
    doc = page.doc
    first, last = page.sent_of[span.start], page.sent_of[span.end - 1]
    own = [t for t in doc[first.start:last.end] if t.i not in inside and is_cue(t) and not page.in_quote[t.idx]
           and same_paragraph(page.text, t.idx, span.start_char)]
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
        opener = inverted_cue(page, span, after)
        if opener is not None:
            yield opener, 0.75
        elif len(after) <= 8 and same_paragraph(page.text, span.end_char, after.end_char - 1):
            for token in after:
                if is_cue(token) and not page.in_quote[token.idx] and not any(c.dep_ == "ccomp" for c in token.children):
                    yield token, 0.7


def inverted_cue(page: Page, span, after):
    """The cue verb opening the sentence right after the quote's closing mark ('..." said a protester who ...')."""
    opener = next((t for t in after if not (t.is_punct or t.is_space)), None)
    if opener is None or not is_cue(opener) or page.in_quote[opener.idx]:
        return None
    return opener if not page.text[span.end_char:opener.idx].strip(TRIM + MARKS) else None


def continuation(page: Page, content: Span, previous: Candidate | None) -> Candidate | None:
    """A quote that goes on from the previous quote keeps its speaker: it opens the next paragraph, or the next
    sentence, and nothing but the previous quote's own cue clause stands between ("“A,” X said. “B.”")."""
    if previous is None or previous.kind not in ("quote", "colon"):
        return None
    st = previous.statement
    between = page.text[st.content.end:content.start]
    bare = between.strip(TRIM + MARKS + "\n")
    if bare and not _only_cue_clause(st, bare, content):
        return None
    if not bare and between.count("\n") < 1:
        return None
    return Candidate(Statement(st.speaker, st.speaker_text, st.cue, content, True,
                               round(st.confidence * 0.8, 2)), previous.cue_i, "quote")


def _only_cue_clause(st: Statement, bare: str, content: Span) -> bool:
    """Whether the text between two quotes is the first one's cue clause, a whole sentence ("X said.")."""
    cue = st.cue
    return cue is not None and st.content.end <= cue.start and cue.end <= content.start \
        and bare.endswith((".", "!", "?")) and len(words(bare)) <= MAX_CUE_CLAUSE_WORDS and not any(m in bare for m in MARKS)


def same_paragraph(text: str, a: int, b: int) -> bool:
    """Whether no line break stands between offsets ``a`` and ``b``."""
    return "\n" not in text[min(a, b):max(a, b)]


MAX_SPLIT_CLAUSE_WORDS = 16     # '"A," White House press secretary Jane Doe said at a briefing on Monday, "B."'


def joined_quotes(page: Page, found: list[Candidate]) -> list[Candidate]:
    """Parts of one quotation split by its cue clause ('"A," X said, "B."', '"A," X said. "B."') or by a mere gap
    between quote marks, joined into one statement, as attribution corpora (PARC, PolNeAR) annotate them: the
    content runs from the first part's start to the last part's end, cue clause included."""
    joined: list[Candidate] = []
    for cand in sorted(found, key=lambda c: (c.statement.content.start, c.statement.content.end)):
        if joined and _continues(page.text, joined[-1].statement, cand.statement):
            first, st = joined[-1].statement, cand.statement
            content = Span(first.content.start, st.content.end, page.text[first.content.start:st.content.end])
            joined[-1] = replace(joined[-1], statement=replace(first, content=content,
                                                               confidence=max(first.confidence, st.confidence)))
        else:
            joined.append(cand)
    return joined


def _continues(text: str, first: Statement, second: Statement) -> bool:
    """Whether ``second`` is the next part of the quotation ``first``: both direct, one speaker and cue, and only the
    cue's clause or nothing but marks between them in one paragraph."""
    if not (first.direct and second.direct) or first.cue != second.cue or first.content.end > second.content.start:
        return False
    if (first.speaker, first.speaker_text) != (second.speaker, second.speaker_text):
        return False
    gap = text[first.content.end:second.content.start]
    bare = gap.strip(TRIM + MARKS + ".!?")
    if "\n" in gap or any(m in bare for m in MARKS):
        return False
    cue = first.cue
    return not bare or cue is not None and first.content.end <= cue.start and cue.end <= second.content.start \
        and len(words(bare)) <= MAX_SPLIT_CLAUSE_WORDS
