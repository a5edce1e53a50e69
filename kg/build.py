"""The main job: documents -> spaCy -> extractors -> triples -> store.

Inputs are checked whole before anything is written, so a bad file stops the
build with the store untouched. Documents then stream through spaCy in
batches. A document the store already holds is replaced in one transaction
(an edited text replaces its stored version; another article under a stored
name is refused unless replacing is asked for: :func:`stored_names_check`);
new ones are added with Oxigraph's bulk loader, a few at a time, and their
content hashes written afterwards in one transaction. A document counts as
built only once its hash is stored, so one cut short in a killed build is
built again (replaced whole) next time. A document whose text, metadata and
extractor version are unchanged since the last build is skipped unless
``force`` is set. :func:`remove_documents` takes documents out again.

Where the built graphs come from is a :data:`Builder`: worker processes on
this machine by default (:func:`local_builder`), or a Dask cluster
(:mod:`kg.distributed`); the store and the output file are written here, the
same way whichever it is.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from kg.documents import Document, read_documents, unique_documents
from kg.errors import ClusterError, InputError, KgError, StoreError, one_line
from kg.identity import resolve_identities
from kg.iris import doc_iri, run_iri
from kg.pipeline import Built, as_nquads, build_documents
from kg.store import KgStore


FLUSH_EVERY = 250  # documents between store flushes, so write buffers do not grow with the corpus
NEW_PER_LOAD = 256  # new documents per bulk load: each load costs a fixed ~0.1 s of CPU on top of its triples
NEW_BYTES_PER_LOAD = 16_000_000  # ... or fewer, so long articles do not pile up in memory
OPTIMIZE_AFTER = 200  # documents written by one build before the store is compacted at its end


#: Where Built records come from: ``builder(documents, input_done)`` yields one
#: per document, in input order, and calls ``input_done`` (if given) once every
#: document is handed out (see :func:`kg.pipeline.build_documents`).
Builder = Callable[[Iterable[Document], Callable[[], None] | None], Iterator[Built]]


@dataclass
class BuildReport:
    documents: int = 0
    skipped: int = 0
    triples: int = 0
    seconds: float = 0.0


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def capped_jobs(jobs: int | None) -> tuple[int, str | None]:
    """Worker processes for ``-j``: all cores by default, never more than the cores; and a note when capped.

    More processes than cores only share the same cores, each with a model
    of its own in memory (``-j 64`` on two cores forked about 120 processes
    and took 13 GB for one short article).
    """
    cores = default_jobs()
    if jobs is None or jobs <= cores:
        return jobs or cores, None
    return cores, f"-j {jobs} is more than the {cores} core(s) here: using {cores}"


def local_builder(jobs: int) -> Builder:
    """Built records from ``jobs`` worker processes on this machine (in this process with one)."""
    def builder(documents: Iterable[Document], input_done: Callable[[], None] | None = None) -> Iterator[Built]:
        return build_documents(documents, jobs, input_done)

    return builder


class CheckedDocuments:
    """Documents that passed :func:`checked_documents`: read again as often as iterated, counted once."""

    def __init__(self, read: Callable[[], Iterable[Document]], count: int):
        self._read, self._count = read, count

    def __iter__(self) -> Iterator[Document]:
        return iter(self._read())

    def __len__(self) -> int:
        return self._count


def checked_documents(paths: list[str], date: str | None, stdin_as: str | None = None,
                      check: Callable[[Document], None] | None = None) -> CheckedDocuments:
    """The documents, each name once, after every input was read once to surface bad files first.

    Nothing is written before this returns, so a bad file, two different
    documents under one name, or a document ``check`` refuses (see
    :func:`stored_names_check`) leaves the store untouched. Stdin cannot be
    read twice and is kept; files stream from disk again. ``stdin_as`` names
    the document read from ``-``. The first reading counts them, for a
    progress bar.
    """
    if stdin_as is not None and "-" not in paths:
        raise InputError(f"--name '{stdin_as}' names the document read from stdin, and no path is '-'; "
                         "a file's document is named after the file")
    check = check or _no_check
    if "-" in paths:
        documents = list(unique_documents(read_documents(paths, date, stdin_as)))
        for document in documents:
            check(document)
        return CheckedDocuments(lambda: documents, len(documents))
    count = 0
    for document in unique_documents(read_documents(paths, date)):
        check(document)
        count += 1
    return CheckedDocuments(lambda: unique_documents(read_documents(paths, date)), count)


def _no_check(document: Document) -> None:
    pass


def stored_names_check(store_dir, replace: bool) -> Callable[[Document], None]:
    """A check for :func:`checked_documents`: InputError for a text that would replace another article the store holds.

    A document's name is its identity, so a second article that happens to
    share a file name (``2024/a.txt``, ``2025/a.txt``) would silently take
    the place of the first. The store keeps each text's hash and the text, so
    a changed text is told from an unchanged one, and an edited article (most
    of its wording kept: :func:`kg.documents.is_revision`) from another one:
    an edit replaces its stored graph; another article under the name needs
    ``replace``.
    """
    from kg.documents import is_revision
    from kg.store import is_store, open_store, store_path

    where = store_path(store_dir)
    if replace or not is_store(where):
        return _no_check
    with open_store(where, read_only=True) as store:
        stored = store.content_hashes()

    def check(document: Document) -> None:
        graph = doc_iri(document.name)
        held = stored.get(graph)
        if held is None or held == document.content_hash:
            return
        with open_store(where, read_only=True) as store:
            text = store.document_text(graph) or ""
        if not is_revision(text, document.text):
            raise InputError(f"{document.source or document.name}: the store {where} already holds another article "
                             f"named '{document.name}' ({text_opening(text)}); pass --replace to replace it with this "
                             "one, or rename this one")

    return check


def text_opening(text: str, words: int = 8) -> str:
    """How a stored text begins, to tell the user which article it is (a leading date marker left out).

    >>> text_opening("date 2024-01-02 Leaders meet in Oslo to talk about the war in the east.")
    'it begins "Leaders meet in Oslo to talk about the…"'
    """
    from kg.documents import DATE_MARKER

    body = DATE_MARKER.sub("", text, count=1).split()
    if not body:
        return "its text is empty"
    return f'it begins "{" ".join(body[:words])}{"…" if len(body) > words else ""}"'


def build(
    store: KgStore,
    paths: list[str],
    *,
    documents: list[Document] | None = None,
    date: str | None = None,
    jobs: int = 1,
    force: bool = False,
    progress: Callable[[Document], None] | None = None,
    builder: Builder | None = None,
) -> BuildReport:
    """Build the documents under ``paths`` (or given as ``documents``) into ``store``.

    ``progress(document)`` is called as each document's graph arrives or
    each unchanged one is skipped. The graphs come from ``builder``
    (default: ``jobs`` local processes). If
    it fails with a :class:`~kg.errors.ClusterError` (a cluster lost), the
    graphs already received are written before the error goes on, so the
    store keeps them and the next build does only the rest.
    """
    from kg.nlp import model_version

    began = time.perf_counter()
    docs = iter(documents if documents is not None else checked_documents(paths, date))
    report = BuildReport()
    model = model_version()
    todo = _needing_build(store, docs, model, force, report, progress)
    new = _NewGraphs()
    try:
        _write_all(_reported((builder or local_builder(jobs))(todo, lambda: new.write(store, report)), progress),
                   store, new, report)
    except ClusterError as err:
        new.write(store, report)
        store.flush()
        raise ClusterError(f"{err}; the store keeps the {report.documents} document(s) built so far, "
                           "and the next build does the rest") from None
    new.write(store, report)
    store.flush()
    if report.documents:
        resolve_identities(store)
    if report.documents >= OPTIMIZE_AFTER:
        store.optimize()
    report.seconds = time.perf_counter() - began
    return report


def _reported(built_records: Iterator[Built], progress: Callable[[Document], None] | None) -> Iterator[Built]:
    """The records as they come, with ``progress(document)`` as each arrives (before it waits for a bulk load)."""
    for built in built_records:
        if progress:
            progress(built.document)
        yield built


def _write_all(built_records: Iterator[Built], store: KgStore, new: _NewGraphs, report: BuildReport) -> None:
    """Write each graph as it comes: a known one replaced in one transaction, new ones queued for bulk loads."""
    flushed_at = 0
    for built in built_records:
        graph = doc_iri(built.document.name)
        if graph in new:  # one name twice among documents given directly: the later one wins, as one at a time
            new.write(store, report)
        if store.has_graph(graph):
            store.replace_graph(graph, built.ntriples)
            _written([built], report)
        elif new.add(graph, built):
            new.write(store, report)
        if report.documents - flushed_at >= FLUSH_EVERY:
            store.flush()
            flushed_at = report.documents


class _NewGraphs:
    """New documents' graphs waiting to be bulk-loaded together."""

    def __init__(self) -> None:
        self.pending: dict[str, Built] = {}
        self.size = 0

    def __contains__(self, graph: str) -> bool:
        return graph in self.pending

    def add(self, graph: str, built: Built) -> bool:
        """Queue a graph; True when the queue is due to be written."""
        self.pending[graph] = built
        self.size += len(built.body)
        return len(self.pending) >= NEW_PER_LOAD or self.size >= NEW_BYTES_PER_LOAD

    def write(self, store: KgStore, report: BuildReport) -> None:
        """Bulk-load the queued graphs, then seal them with their content hashes in one transaction."""
        if not self.pending:
            return
        store.bulk_add_graphs({graph: built.body for graph, built in self.pending.items()})
        store.add_triples({graph: built.seal for graph, built in self.pending.items()})
        _written(self.pending.values(), report)
        self.pending, self.size = {}, 0


def _written(done, report: BuildReport) -> None:
    for built in done:
        report.documents += 1
        report.triples += built.triples


def extract_nquads(paths: list[str], output, *, documents: CheckedDocuments | None = None, date: str | None = None,
                   jobs: int = 1, builder: Builder | None = None,
                   progress: Callable[[Document], None] | None = None) -> BuildReport:
    """Extract without a store: N-Quads, one named graph per document, to a binary stream.

    The documents are those under ``paths``, or ``documents`` already
    checked. The graphs come from ``builder`` (default: ``jobs`` local
    processes), in input order; ``progress(document)`` is called after each
    one is written.
    """
    began = time.perf_counter()
    report = BuildReport()
    documents = documents if documents is not None else checked_documents(paths, date)
    for built in (builder or local_builder(jobs))(iter(documents), None):
        output.write(as_nquads(built, doc_iri(built.document.name)))
        report.documents += 1
        report.triples += built.triples
        if progress:
            progress(built.document)
    report.seconds = time.perf_counter() - began
    return report


def remove_documents(store: KgStore, documents: list[str]) -> list[str]:
    """Drop the named documents' graphs (names or graph IRIs); all are checked before any goes.

    Each graph goes in one transaction, so an interrupted removal, or one a
    full disk stops, leaves every document either whole or gone, and the
    StoreError says which went. Nodes other documents share (an
    actor, a place) stay in theirs.
    """
    named: dict[str, str] = {}  # graph IRI -> the name it was asked for by
    for name in documents:
        named.setdefault(store.resolve_graph(name), name)
    graphs = list(named)
    for done, graph in enumerate(graphs):
        try:
            store.drop_graph(graph)
        except StoreError as err:
            kept = "nothing was removed" if not done else f"{done} document(s) were removed, the others are still whole"
            raise StoreError(f"cannot remove {named[graph]}: {err}; {kept}") from None
    try:
        store.flush()
        resolve_identities(store)
    except (OSError, KgError) as err:
        raise StoreError(f"removed {len(graphs)} document(s), but the identity links across articles could not be "
                         f"updated ({one_line(err)}); the next removal, or build that writes a document, updates them") from None
    return graphs



def _needing_build(store, docs, model, force, report, progress) -> Iterator[Document]:
    for document in docs:
        if not force and is_current(store, document, model):
            report.skipped += 1
            if progress:
                progress(document)
            continue
        yield document


def is_current(store: KgStore, document: Document, model: str) -> bool:
    """True when the store holds this document built whole from the same text by this version, its anchors intact.

    A graph damaged in the store (a span's anchor deleted, say) is not
    current: the build extracts it again from the text.
    """
    graph = doc_iri(document.name)
    return store.holds_current(graph, document.content_hash, run_iri(model)) and not store.is_damaged(graph, thorough=False)
