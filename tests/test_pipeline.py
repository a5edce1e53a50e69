"""kg.pipeline: worker processes give exactly what one process gives, in order."""

from __future__ import annotations

import pytest

from kg.documents import parse_text
from kg.errors import InputError
from kg.pipeline import as_nquads, build_documents, parsed_builder

TEXTS = [
    "date 2024-01-0{n} Talks.\n\nPresident Anna Berg said \"talks with Norway went well\" on Monday.".replace("{n}", str(n))
    for n in range(1, 6)
] + ["Minister Carl Dunn met Anna Berg in Paris. He said they agreed on trade."] * 30


def docs():
    return [parse_text(f"d{i:02}.txt", text) for i, text in enumerate(TEXTS)]


def test_two_jobs_equal_one_job_in_order(nlp):
    one = list(build_documents(docs(), jobs=1))
    two = list(build_documents(docs(), jobs=2))
    assert [b.document.name for b in two] == [d.name for d in docs()]
    assert [(b.ntriples, b.triples) for b in two] == [(b.ntriples, b.triples) for b in one]
    assert all(b.triples > 10 for b in one)


def test_input_done_is_called_once_while_the_lastbatches_of_are_still_out(nlp):
    seen, calls = [], []
    for built in build_documents(docs(), jobs=2, input_done=lambda: calls.append(len(seen))):
        seen.append(built.document.name)
    assert len(calls) == 1
    assert 0 < calls[0] < len(seen) == len(docs())


def test_nothing_to_build_starts_nothing():
    assert list(build_documents([], jobs=2)) == []


def test_as_nquads_puts_triples_in_the_graph(nlp):
    import pyoxigraph as ox

    (built,) = list(build_documents(docs()[:1]))
    quads = list(ox.parse(as_nquads(built, "https://example.org/g"), format=ox.RdfFormat.N_QUADS))
    assert len(quads) == built.triples and {q.graph_name.value for q in quads} == {"https://example.org/g"}


def testbatches_of_close_at_the_document_cap():
    from kg.pipeline import BATCH_DOCUMENTS, batches_of

    sizes = [len(b) for b in batches_of(docs())]
    assert sizes == [BATCH_DOCUMENTS, BATCH_DOCUMENTS, len(TEXTS) - 2 * BATCH_DOCUMENTS]


def testbatches_of_close_at_the_character_cap_so_long_articles_are_not_parsed_together():
    from kg.pipeline import BATCH_CHARACTERS, batches_of

    long_text = "Anna Berg spoke. " * (BATCH_CHARACTERS // 40)  # 17 characters a repeat: under half the cap
    long_docs = [parse_text(f"l{i}.txt", long_text) for i in range(5)]
    huge = parse_text("huge.txt", "x " * BATCH_CHARACTERS)  # over the cap on its own
    batches = [[d.name for d in b] for b in batches_of([*long_docs, huge, *docs()[:2]])]
    assert batches == [["l0.txt", "l1.txt"], ["l2.txt", "l3.txt"], ["l4.txt"], ["huge.txt"], ["d00.txt", "d01.txt"]]


def test_words_first_seen_in_a_batch_do_not_stay_in_the_vocabulary(nlp):
    import uuid

    from kg.nlp import load_nlp

    vocab = load_nlp().vocab
    list(build_documents(docs()[:1]))  # the model's own strings, loaded lazily, are in by now
    before = len(vocab.strings)
    novel = " ".join(f"Zq{uuid.uuid4().hex}" for _ in range(200))
    (built,) = list(build_documents([parse_text("novel.txt", f"President Anna Berg said {novel}.")]))
    assert built.triples > 10
    assert len(vocab.strings) - before < 50


def test_parsed_builder_gives_what_the_whole_chain_gives_without_parsing_again(nlp):
    from kg.nlp import parse

    parses = {document.name: spacy_doc for document, spacy_doc in parse(docs()[:6])}
    from_parses = list(parsed_builder(parses)(docs()[:6]))
    whole = list(build_documents(docs()[:6]))
    assert [b.document.name for b in from_parses] == [d.name for d in docs()[:6]]
    assert [(b.body, b.seal, b.triples) for b in from_parses] == [(b.body, b.seal, b.triples) for b in whole]
    assert all(b.seal and b.triples > 10 for b in from_parses)


def test_parsed_builder_refuses_a_document_it_has_no_parse_of():
    with pytest.raises(InputError, match="d00.txt: no spaCy parse"):
        list(parsed_builder({})(docs()[:1]))
