"""The rule stand-ins must annotate exactly as spaCy's own attribute ruler and lemmatizer."""

from __future__ import annotations

import pytest

from tests.conftest import SEED_FILE

# Sentences that reach the ruler's rarer patterns: two-token rules (gonna,
# gotta, let's, y'all, ain't, c'mon), dependency-conditioned pronouns and
# auxiliaries, existential "there is", whitespace tokens, and lemma exceptions.
TRICKY = """I told you it was gonna rain, and you gotta believe me. Let's go, y'all!
They ain't nothin' but trouble , c'mon.  She gets what she wants; he got nothing.

There is a way. There were others. Do you have it? He did. I have had enough of it.
Give it to me, not to him. Whether or not that works, we'll see; that's that.
The ministers said that the talks, which began in May, had failed .\n\n\t  Done."""

@pytest.fixture(scope="module")
def stock():
    from kg.nlp import load_stock_nlp

    return load_stock_nlp()


@pytest.fixture(scope="module")
def texts():
    return [TRICKY, SEED_FILE.read_text(encoding="utf-8"), "", " ", "\n\n", "Hi"]


def annotations(nlp, texts):
    """Every token's tag, part of speech, morphology, lemma and parse, as plain values."""
    return [[(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc] for doc in nlp.pipe(texts)]


def test_load_nlp_runs_the_stand_ins(nlp):
    from kg.spacy_rules import CachedEnglishLemmatizer, IndexedAttributeRuler

    assert isinstance(nlp.get_pipe("attribute_ruler"), IndexedAttributeRuler)
    assert isinstance(nlp.get_pipe("lemmatizer"), CachedEnglishLemmatizer)
    assert nlp.pipe_names == ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"]


def test_stand_ins_annotate_exactly_as_the_stock_components(nlp, stock, texts):
    got, want = annotations(nlp, texts), annotations(stock, texts)
    assert got == want
    lemmas = {(text, lemma) for doc in got for text, _, _, _, lemma, _, _ in doc}
    # The sample does reach the rules it is meant to exercise.
    assert {("gon", "go"), ("na", "to"), ("ai", "be"), ("gets", "get"), ("got", "get")} <= lemmas


def test_lemma_index_lists_become_sets_of_the_same_words(stock):
    from kg.spacy_rules import set_index

    lookups = stock.get_pipe("lemmatizer").lookups
    indexed = set_index(lookups)
    assert indexed.tables == lookups.tables
    for pos in ("noun", "verb", "adj"):
        words = lookups.get_table("lemma_index").get(pos)
        assert isinstance(indexed.get_table("lemma_index").get(pos), frozenset)
        assert indexed.get_table("lemma_index").get(pos) == frozenset(words) and words
    assert indexed.get_table("lemma_exc") is lookups.get_table("lemma_exc")
    # the new table's Bloom filter is sized to its few keys, not spaCy's default million (18 MB in every worker)
    assert len(indexed.get_table("lemma_index").bloom.to_bytes()) < 10_000


def test_matches_are_the_matchers_own(nlp, stock, texts):
    ruler, stock_ruler = nlp.get_pipe("attribute_ruler"), stock.get_pipe("attribute_ruler")
    with stock.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        docs = list(stock.pipe(texts))
    for doc in docs:
        assert ruler.match(doc) == stock_ruler.match(doc)


def test_lemma_memo_that_starts_again_gives_the_same_answer(stock, texts, monkeypatch):
    from kg import spacy_rules
    from kg.nlp import load_stock_nlp

    monkeypatch.setattr(spacy_rules, "MEMO_LIMIT", 3)
    small = spacy_rules.install(load_stock_nlp())
    assert annotations(small, texts * 2) == annotations(stock, texts * 2)
    assert 0 < len(small.get_pipe("lemmatizer")._lemmas) <= 3


def test_ruler_memo_does_not_grow_with_the_vocabulary(nlp, stock):
    ruler = nlp.get_pipe("attribute_ruler")
    sentences = [f"The minister zorv{n}q said the plimb{n}x talks were over." for n in range(200)]
    annotations(nlp, sentences[:20])
    before = len(ruler._memo)
    assert annotations(nlp, sentences) == annotations(stock, sentences)
    assert len(ruler._memo) - before < 20          # 360 new word forms, a handful of new signatures


@pytest.mark.parametrize("spec", [
    {"LOWER": "a", "OP": "+"},
    {"ORTH": "a"},
    {"LOWER": {"FUZZY": "a"}},
    {"IS_SPACE": {"REGEX": "x"}},
])
def test_patterns_the_index_cannot_answer_are_refused(stock, spec):
    from kg.spacy_rules import IndexedAttributeRuler, UnsupportedPattern

    ruler = IndexedAttributeRuler(stock.vocab)
    with pytest.raises(UnsupportedPattern):
        ruler.add([[spec]], {"POS": "X"})
