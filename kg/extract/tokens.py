"""Helpers over spaCy tokens that more than one extractor needs.

spaCy's parser and entity recogniser sometimes run a phrase on across a
paragraph break: a headline or dateline glued onto the first sentence
("2019 / (blank line) / Estimates"), or two names of a list on separate lines taken
as one entity. A name or a source's description never crosses a blank line,
so the extractors cut their token runs there.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache, wraps

PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")


def paragraph_runs(tokens) -> list[list]:
    """The tokens (in document order) cut wherever a blank line stands between two of them; space tokens dropped."""
    runs: list[list] = []
    run: list = []
    for token in tokens:
        if token.is_space:
            continue
        if run and PARAGRAPH_BREAK.search(_between(run[-1], token)):
            runs.append(run)
            run = []
        run.append(token)
    if run:
        runs.append(run)
    return runs


def _between(before, after) -> str:
    """The text from the end of ``before`` to the start of ``after`` (not Doc.text, which is rebuilt on every read)."""
    return before.whitespace_ + "".join(t.text_with_ws for t in before.doc[before.i + 1:after.i])


def paragraph_of(tokens, head) -> list:
    """The run of ``tokens`` that holds ``head``: the phrase as far as it stays in the head's paragraph."""
    return next((run for run in paragraph_runs(tokens) if any(t.i == head.i for t in run)), [head])


@lru_cache(maxsize=2)
def doc_tokens(doc) -> tuple:
    """The document's tokens, made once per document: iterating a Doc (or a Span) or indexing it makes a new
    Token object every time, and the extractors walk every document a dozen times."""
    return tuple(doc)


@lru_cache(maxsize=2)
def doc_lowers(doc) -> tuple[str, ...]:
    """Each token's ``lower_``, by token index, read once per document: a token's string attributes are looked up
    in the vocabulary anew on every read, and several extractors read every token's."""
    return tuple(t.lower_ for t in doc_tokens(doc))


@lru_cache(maxsize=2)
def doc_words(doc) -> tuple[str, ...]:
    """Each token's ``text``, by token index, read once per document (see :func:`doc_lowers`)."""
    return tuple(t.text for t in doc_tokens(doc))


def span_tokens(span) -> tuple:
    """The tokens of a Span (a sentence) or of a whole Doc, in order, from :func:`doc_tokens`."""
    doc = span.doc
    return doc_tokens(doc) if span is doc else doc_tokens(doc)[span.start:span.end]


def sentence_of(token):
    """The sentence Span of a token, as ``token.sent`` gives it, found by bisection in the document's
    sentences (read once per document): ``Token.sent`` walks the sentence token by token on every read."""
    starts, sentences = _sentences(token.doc)
    return sentences[bisect_right(starts, token.i) - 1]


@lru_cache(maxsize=2)
def _sentences(doc) -> tuple[list[int], tuple]:
    sentences = tuple(doc.sents)
    return [s.start for s in sentences], sentences


@lru_cache(maxsize=2)
def doc_ents(doc) -> tuple:
    """The document's entity spans, read once per document: ``doc.ents`` builds every entity span anew on each call."""
    return tuple(doc.ents)


def per_document(function):
    """Memoise ``function(doc, *args)`` (a pure function of a parsed document and hashable arguments) for the
    document it was last called with: a call with another document drops what was kept, so only the last
    document is held. The document and its values are swapped as one pair, so threads extracting different
    documents at once (a Dask worker with several threads) never read each other's values."""
    held: list = [(None, {})]

    @wraps(function)
    def memoised(doc, *args):
        kept_doc, values = held[0]
        if kept_doc is not doc:
            values = {}
            held[0] = (doc, values)
        if args not in values:
            values[args] = function(doc, *args)
        return values[args]

    return memoised


@lru_cache(maxsize=2)
def doc_text(doc) -> str:
    """The document's text, read once per document: ``Doc.text`` joins every token anew on each read."""
    return "".join([word + t.whitespace_ for word, t in zip(doc_words(doc), doc_tokens(doc))])  # Token.text_with_ws


@lru_cache(maxsize=4)
def entity_texts(doc, labels: frozenset[str]) -> frozenset[str]:
    """The texts of a document's entities with these labels, read once per document: ``doc.ents`` builds
    every entity span anew on each call, and the actor rules ask for each mention."""
    return frozenset(e.text for e in doc_ents(doc) if e.label_ in labels)


def entity_text(tok) -> str:
    """The text of the entity ``tok`` ends (from its first token, a leading 'the' left out); else the token's."""
    return tok.doc[entity_start(tok): tok.i + 1].text if tok.ent_type_ else tok.text


def entity_start(tok) -> int:
    """The index of the first token of the entity ``tok`` is in (after a leading 'the')."""
    i = tok.i
    while tok.ent_type_ and i > 0 and tok.doc[i].ent_iob_ == "I":
        i -= 1
    return i + (1 if tok.doc[i].lower_ == "the" else 0)
