"""Documents to per-document N-Triples, in parallel worker processes.

Each worker loads the spaCy pipeline once and runs the whole chain for a
batch of documents: parse, extract, emit, serialise. Only the finished
N-Triples of each document come back to the main process, which just writes
them to the store, so the extractors use every core instead of queueing
behind spaCy in one process. At most ``2 * jobs`` batches are in flight, so
documents stream from disk. A batch holds at most ``BATCH_DOCUMENTS``
documents and, past its first, at most ``BATCH_CHARACTERS`` characters of
text: spaCy's working memory grows with the tokens of the batch it parses, so
capping the batch by size (not only by count) keeps a worker's peak the same
whether the corpus has five hundred articles or five million, instead of
rising with the chance that several long ones land together. Each batch is
parsed in a spaCy memory zone, so words first seen in it do not stay in the
worker's vocabulary. Results come back in input order. With one job
everything runs in-process. :func:`parsed_builder` runs the same chain after
spaCy, over parses already made, to re-score extraction without parsing again.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import chain, islice

from kg.documents import Document
from kg.workers import worker_pool

BATCH_DOCUMENTS = 16
BATCH_CHARACTERS = 40_000  # about 6,500 words: 16 articles of average length


@dataclass(frozen=True)
class Built:
    """One document's graph, ready for the store.

    ``seal`` holds the triple that records the document's content hash, kept
    apart from the rest (``body``) so a store can write it last: a graph with
    its hash is whole (see :func:`kg.build.is_current`).
    """

    document: Document
    body: bytes
    seal: bytes
    triples: int

    @property
    def ntriples(self) -> bytes:
        """The whole graph as N-Triples."""
        return self.body + self.seal


def build_documents(documents: Iterable[Document], jobs: int = 1,
                    input_done: Callable[[], None] | None = None) -> Iterator[Built]:
    """Stream documents through spaCy, the extractors and the emitter.

    With workers, ``input_done`` is called (in this process) once every
    document has been handed out and only the last batches are still being
    built, so the caller can use that time, as the build does to write what
    it holds instead of writing it after the last worker is done.
    """
    batches = batches_of(documents)
    first = next(batches, None)
    if first is None:
        return
    if jobs <= 1:
        yield from build_batch(first)
        for batch in batches:
            yield from build_batch(batch)
        return
    with worker_pool(jobs, _warm_up) as pool:
        def submit(batch):
            return pool.apply_async(build_batch, (batch,))

        yield from in_order(chain([first], batches), submit, 2 * jobs, input_done)


def in_order(batches: Iterator[list[Document]], submit: Callable[[list[Document]], object], window: int,
             input_done: Callable[[], None] | None = None) -> Iterator[Built]:
    """Hand batches to ``submit``, at most ``window`` out at a time; their Built records in input order.

    ``submit`` returns a handle whose ``get()`` waits for the batch's records
    (a pool's ``AsyncResult``, or a wrapper around a cluster's future). The
    next batch goes out as soon as the oldest one is back, so input streams
    from disk. ``input_done`` is called as :func:`build_documents` says.
    """
    pending: deque = deque(submit(batch) for batch in islice(batches, window))
    handing_out = True
    while pending:
        done = pending.popleft().get()
        next_batch = next(batches, None) if handing_out else None
        if next_batch is not None:
            pending.append(submit(next_batch))
        yield from done
        if next_batch is None and handing_out:
            handing_out = False
            if input_done and pending:
                input_done()


def batches_of(documents: Iterable[Document]) -> Iterator[list[Document]]:
    """Consecutive batches, each closed at BATCH_DOCUMENTS documents or BATCH_CHARACTERS of text."""
    batch: list[Document] = []
    size = 0
    for document in documents:
        if batch and (len(batch) == BATCH_DOCUMENTS or size + len(document.text) > BATCH_CHARACTERS):
            yield batch
            batch, size = [], 0
        batch.append(document)
        size += len(document.text)
    if batch:
        yield batch


def _warm_up() -> None:
    from kg.nlp import load_nlp

    load_nlp()


def build_batch(batch: list[Document]) -> list[Built]:
    """Build one batch inside a spaCy memory zone.

    Strings and lexemes spaCy adds while parsing the batch are freed when the
    zone closes, so a long-lived worker's vocabulary stays the size of the
    model's instead of growing with every new word of the corpus. Only plain
    bytes leave the zone.
    """
    from kg.nlp import load_nlp

    with load_nlp().memory_zone():
        return list(_build_batch_stream(batch))


def as_nquads(built: Built, graph: str) -> bytes:
    """The document's graph as N-Quads in the named graph ``graph``."""
    from kg.store import nquads_in_graph

    return nquads_in_graph(built.ntriples, graph)


def _build_batch_stream(documents: Iterable[Document]) -> Iterator[Built]:
    from kg.nlp import parse

    yield from _extracted(parse(documents, n_process=1))


def parsed_builder(parses: Mapping[str, object]) -> Callable[..., Iterator[Built]]:
    """A :data:`kg.build.Builder` over spaCy parses already made (document name -> ``Doc``): no spaCy run.

    Extraction, emission and serialisation are the ones :func:`build_documents`
    runs, so a change to the extractors can be scored over parses kept from an
    earlier run (``tests/perf/score_fast.py`` keeps them in a spaCy ``DocBin``)
    in seconds instead of parsing every article again. One process; a document
    without a parse is an :class:`~kg.errors.InputError`.
    """
    def builder(documents: Iterable[Document], input_done: Callable[[], None] | None = None) -> Iterator[Built]:
        return _extracted((document, _parse_of(parses, document)) for document in documents)

    return builder


def _parse_of(parses: Mapping[str, object], document: Document) -> object:
    from kg.errors import InputError

    if document.name not in parses:
        raise InputError(f"{document.name}: no spaCy parse of this document was given")
    return parses[document.name]


def _extracted(parsed: Iterable[tuple[Document, object]]) -> Iterator[Built]:
    """Extract, emit and serialise each (document, spaCy Doc) pair."""
    import pyoxigraph as ox

    from kg.emit import emit
    from kg.extract import extract
    from kg.namespaces import NKG
    from kg.nlp import model_version

    model = model_version()
    hash_predicate = ox.NamedNode(NKG.contentHash)
    for document, spacy_doc in parsed:
        quads = emit(document, extract(document, spacy_doc), model)
        body = ox.serialize((q.triple for q in quads if q.predicate != hash_predicate), format=ox.RdfFormat.N_TRIPLES)
        seal = ox.serialize((q.triple for q in quads if q.predicate == hash_predicate), format=ox.RdfFormat.N_TRIPLES)
        yield Built(document, body, seal, len(quads))
