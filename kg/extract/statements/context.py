"""What every statement rule reads: the parsed document, its quotes and title, and a candidate record.

:class:`Page` holds one document's parse with the facts the rules share
(which characters are quoted, each token's sentence, the title's range);
:class:`Candidate` is a statement found by one rule, before duplicates merge.
The span helpers cut a run of tokens into content text the way every rule
does (one paragraph, no leading connective, quote marks balanced).
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.extract.coref import MentionIndex
from kg.extract.lexicon import LEADING_ADVERBS, SOURCE_CITING_VERBS, SPEECH_VERBS
from kg.extract.quotes import MARKS, TRIM, balance, covered, quoted_spans, title_quotes, trimmed
from kg.extract.records import Span, Statement


@dataclass(frozen=True)
class Candidate:
    """A statement one rule found, with its cue token's index and the rule's kind."""

    statement: Statement
    cue_i: int | None
    kind: str                           # "reported", "object", "quote", "colon", "according", "noun"


class Page:
    """One parsed document as the statement rules read it."""

    def __init__(self, doc, text: str, index: MentionIndex, document=None):
        self.doc, self.text, self.index = doc, text, index
        self.title = title_range(document)
        self.quotes = list(quoted_spans(text, self.title[1] if self.title else 0))  # a copy: the title's are added
        if self.title:
            self.quotes += title_quotes(text, *self.title)
        self.in_quote = covered(self.quotes, len(text))
        self.sent_of = [None] * len(doc)    # token index -> its sentence (Token.sent is slow)
        for sent in doc.sents:
            self.sent_of[sent.start:sent.end] = [sent] * (sent.end - sent.start)

    def mark_quoted(self, span: Span) -> None:
        """Count the span as quoted from now on (a paragraph a colon introduced)."""
        self.in_quote[span.start:span.end] = b"\x01" * (span.end - span.start)

    def opens_sentence(self, token) -> bool:
        """True when only spaces, line breaks and punctuation stand between the sentence start and ``token``."""
        start = self.sent_of[token.i].start
        return all(t.is_space or t.is_punct for t in token.doc[start:token.i])


def title_range(document):
    """(start, end) of the document's title in its text, or None."""
    if document is None or not getattr(document, "title", None):
        return None
    at = document.text.find(document.title, getattr(document, "header_end", 0))
    return (at, at + len(document.title)) if at >= 0 else None


def clause_span(page: Page, clause, anchor: int) -> Span | None:
    """The text of a clausal complement, a leading "that"/"if", punctuation and a trailing "citing X" or "saying Y"
    dropped."""
    doc = page.doc
    first, last = clause.left_edge.i, clause.right_edge.i
    while first < last and (doc[first].is_punct or doc[first].dep_ == "mark" and doc[first].lower_ in ("that", "if")):
        first += 1
    citing = next((c for c in clause.children if c.i > clause.i and c.right_edge.i == last
                   and doc[c.left_edge.i - 1].text == "," and (c.lemma_.lower() in SOURCE_CITING_VERBS or
                                                               c.tag_ == "VBG" and c.lemma_.lower() in SPEECH_VERBS)),
                  None)
    if citing is not None:              # "..., citing local groups" names the source, "..., saying Y" says more
        last = citing.left_edge.i - 2
    return tokens_span(page, first, last, anchor)


def tokens_span(page: Page, first: int, last: int, anchor: int | None = None) -> Span | None:
    """The text of tokens first..last, trimmed, kept within one paragraph (the anchor token's)."""
    doc, text = page.doc, page.text
    if last < first:
        return None
    while first < last and (doc[first].is_punct or doc[first].is_space or
                            doc[first].lower_ in LEADING_ADVERBS and doc[first + 1].text == ","):
        first += 1
    while last > first and (doc[last].is_space or doc[last].is_punct and doc[last].text not in MARKS + ")]"):
        last -= 1
    start = doc[first].idx
    end = doc[last].idx + len(doc[last].text)
    para = text.rfind("\n", 0, doc[anchor].idx if anchor is not None else start) + 1
    para_end = text.find("\n", max(para, doc[anchor].idx if anchor is not None else start))
    start, end = max(start, para), min(end, para_end if para_end >= 0 else end)
    span = trimmed(text, start, end, TRIM) if end > start else None
    return balance(text, span) if span else None
