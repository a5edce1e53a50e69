"""kg.extract.tokens: token runs cut at paragraph breaks; per-document reads made once."""

from __future__ import annotations

import pytest

from kg.extract.tokens import (
    doc_ents,
    doc_lowers,
    doc_text,
    doc_tokens,
    doc_words,
    entity_text,
    paragraph_of,
    paragraph_runs,
    per_document,
    sentence_of,
    span_tokens,
)

ARTICLE = ("Ministers of Ruritania met in Zell on Monday. They agreed on a plan, officials said.\n\n"
           "Ana Berg, the mayor, rejected it. \"We will not pay,\" she said on Tuesday.")


@pytest.fixture(scope="module")
def tokenize():
    from kg.nlp import load_nlp

    return load_nlp().make_doc


def texts(runs):
    return [[t.text for t in run] for run in runs]


def test_a_blank_line_cuts_the_run(tokenize):
    doc = tokenize("Shrek\n\nPinocchio and Mulan")
    assert texts(paragraph_runs(doc)) == [["Shrek"], ["Pinocchio", "and", "Mulan"]]


def test_a_blank_line_of_spaces_cuts_too(tokenize):
    doc = tokenize("2024 \n \t\nEstimates vary")
    assert texts(paragraph_runs(doc)) == [["2024"], ["Estimates", "vary"]]


def test_a_single_line_break_does_not_cut(tokenize):
    doc = tokenize("Anna\nBerg spoke")
    assert texts(paragraph_runs(doc)) == [["Anna", "Berg", "spoke"]]


def test_space_tokens_are_dropped(tokenize):
    doc = tokenize("                Harbour workers say")
    assert texts(paragraph_runs(doc)) == [["Harbour", "workers", "say"]]


def test_the_run_of_the_head(tokenize):
    doc = tokenize("Monday, May 2 \n\n\nLocal officials")
    assert [t.text for t in paragraph_of(list(doc), doc[-1])] == ["Local", "officials"]


def test_entity_text_reads_the_whole_entity_a_token_ends_without_its_article(nlp):
    doc = nlp("Protesters marched to the Ruritanian Grand Assembly on Monday.")
    last = next(t for t in doc if t.text == "Assembly")
    assert last.ent_type_, "the model tags the assembly as an entity"
    assert entity_text(last) == "Ruritanian Grand Assembly"
    assert entity_text(doc[0]) == "Protesters"


@pytest.fixture(scope="module")
def article(nlp):
    return nlp(ARTICLE)


def test_doc_tokens_are_the_documents_tokens_made_once(article):
    tokens = doc_tokens(article)
    assert [(t.i, t.text) for t in tokens] == [(t.i, t.text) for t in article]
    assert doc_tokens(article) is tokens


def test_doc_lowers_and_words_are_each_tokens_by_index(article):
    assert doc_lowers(article) == tuple(t.lower_ for t in article)
    assert doc_words(article) == tuple(t.text for t in article)
    assert doc_lowers(article)[0] == "ministers" and doc_words(article)[0] == "Ministers"


def test_span_tokens_are_the_spans_tokens(article):
    for sent in article.sents:
        assert [t.i for t in span_tokens(sent)] == [t.i for t in sent]
    assert [t.i for t in span_tokens(article[3:7])] == [3, 4, 5, 6]
    assert span_tokens(article) is doc_tokens(article)


def test_sentence_of_is_token_sent(article):
    assert len(list(article.sents)) > 2
    for token in article:
        found, sent = sentence_of(token), token.sent
        assert (found.start, found.end) == (sent.start, sent.end)


def test_sentence_of_a_spans_first_token_is_span_sent_even_across_sentences(article):
    spans = [article[start:end] for start in range(len(article)) for end in range(start + 1, min(start + 12, len(article)) + 1)]
    assert any(len(list(span.sents)) > 1 for span in spans)
    for span in spans:
        found, sent = sentence_of(span[0]), span.sent
        assert (found.start, found.end) == (sent.start, sent.end)


def test_doc_ents_and_doc_text_read_the_doc(article):
    assert [(e.start, e.end, e.label_) for e in doc_ents(article)] == [(e.start, e.end, e.label_) for e in article.ents]
    assert doc_text(article) == article.text == ARTICLE


def test_per_document_keeps_values_for_the_last_document_only(nlp, article):
    calls = []

    @per_document
    def first_word(doc, offset):
        calls.append(offset)
        return doc[offset].text

    other = nlp.make_doc("Zell is small.")
    assert first_word(article, 0) == first_word(article, 0) == "Ministers"
    assert calls == [0]
    assert first_word(other, 0) == "Zell"
    assert first_word(article, 0) == "Ministers"
    assert calls == [0, 0, 0]


def test_per_document_never_gives_one_documents_value_for_another(nlp, article):
    """A call for another document while one is being computed (another thread's, in a Dask worker with several
    threads) keeps each value with its own document."""
    other = nlp.make_doc("Zell is small.")

    @per_document
    def first_word(doc, offset):
        if doc is article:
            assert first_word(other, offset) == "Zell"
        return doc[offset].text

    assert first_word(article, 0) == "Ministers"
    assert first_word(other, 0) == "Zell"
