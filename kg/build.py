"""The main job: documents -> spaCy -> extractors -> triples -> store.

Inputs are checked whole before anything is written, so a bad file stops the
build with the store untouched. Documents then stream through spaCy in
batches and each one's graph is written in one transaction. A document whose
text, metadata and extractor version are unchanged since the last build is
skipped unless ``force`` is set.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from kg.documents import Document, read_documents
from kg.emit import doc_iri, run_iri
from kg.namespaces import NKG, PROV
from kg.pipeline import as_nquads, build_documents
from kg.store import KgStore


FLUSH_EVERY = 250  # documents between store flushes, so write buffers do not grow with the corpus


@dataclass
class BuildReport:
    documents: int = 0
    skipped: int = 0
    triples: int = 0
    seconds: float = 0.0


def default_jobs() -> int:
    return os.cpu_count() or 1


def checked_documents(paths: list[str], date: str | None) -> Iterator[Document]:
    """The documents, after every input was read once to surface bad files first.

    Nothing is written before this returns, so a bad file leaves the store
    untouched. Stdin cannot be read twice and is kept; files stream from disk again.
    """
    if "-" in paths:
        return iter(list(read_documents(paths, date)))
    for _ in read_documents(paths, date):
        pass
    return read_documents(paths, date)


def build(
    store: KgStore,
    paths: list[str],
    *,
    documents: list[Document] | None = None,
    date: str | None = None,
    jobs: int = 1,
    force: bool = False,
    progress: Callable[[Document], None] | None = None,
) -> BuildReport:
    """Build the documents under ``paths`` (or given as ``documents``) into ``store``."""
    from kg.nlp import model_version

    began = time.perf_counter()
    docs = iter(documents) if documents is not None else checked_documents(paths, date)
    report = BuildReport()
    model = model_version()
    todo = _needing_build(store, docs, model, force, report, progress)
    for built in build_documents(todo, jobs):
        document = built.document
        store.replace_graph(doc_iri(document.name), built.ntriples)
        report.documents += 1
        report.triples += built.triples
        if report.documents % FLUSH_EVERY == 0:
            store.flush()
        if progress:
            progress(document)
    store.flush()
    report.seconds = time.perf_counter() - began
    return report


def extract_nquads(paths: list[str], output, *, date: str | None = None, jobs: int = 1) -> BuildReport:
    """Extract without a store: N-Quads, one named graph per document, to a binary stream."""
    began = time.perf_counter()
    report = BuildReport()
    for built in build_documents(checked_documents(paths, date), jobs):
        output.write(as_nquads(built, doc_iri(built.document.name)))
        report.documents += 1
        report.triples += built.triples
    report.seconds = time.perf_counter() - began
    return report


def _needing_build(store, docs, model, force, report, progress) -> Iterator[Document]:
    for document in docs:
        if not force and is_current(store, document, model):
            report.skipped += 1
            if progress:
                progress(document)
            continue
        yield document


def is_current(store: KgStore, document: Document, model: str) -> bool:
    """True when the store holds this document built from the same text by this version."""
    import pyoxigraph as ox

    iri = ox.NamedNode(doc_iri(document.name))
    hashes = store.oxigraph.quads_for_pattern(iri, ox.NamedNode(NKG.contentHash), None, iri)
    if not any(q.object.value == document.content_hash for q in hashes):
        return False
    runs = store.oxigraph.quads_for_pattern(iri, ox.NamedNode(PROV.wasGeneratedBy), None, iri)
    return any(q.object.value == run_iri(model) for q in runs)
