"""The embedded store: an on-disk Oxigraph store, one named graph per document.

:meth:`KgStore.replace_graph` writes one graph in one transaction (a changed
one by a single SPARQL 1.1 Update, ``DROP SILENT GRAPH`` + ``INSERT DATA``),
so a reader sees it either as it was or whole. :meth:`KgStore.bulk_add_graphs`
adds many new graphs faster but not atomically; the build therefore writes
each document's content hash last, with :meth:`KgStore.add_triples`, and
rebuilds a graph without one. Readers open the directory read-only and so do
not block one another. ``oxigraph serve --location DIR`` reads the same
directory.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from kg.errors import StoreError, one_line
from kg.sparql.files import load_internal

DEFAULT_STORE = ".kg-store"
STORE_ENV = "KG_STORE"


def store_path(path: str | os.PathLike | None = None) -> Path:
    """Where the store lives: the given path, else $KG_STORE, else ./.kg-store."""
    return Path(path or os.environ.get(STORE_ENV) or DEFAULT_STORE)


class KgStore:
    """A newskg store on disk; use :func:`open_store` to get one."""

    def __init__(self, store: ox.Store, path: Path, read_only: bool):
        self._store = store
        self.path = path
        self.read_only = read_only

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying pyoxigraph store, for code that needs its full API."""
        return self._store

    def graphs(self) -> list[str]:
        """The IRIs of the named graphs (one per document), sorted."""
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def has_graph(self, graph: str) -> bool:
        return self._store.contains_named_graph(ox.NamedNode(graph))

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        """All quads, or those of one named graph."""
        g = ox.NamedNode(graph) if graph else None
        return iter(self._store.quads_for_pattern(None, None, None, g))

    def quads_for_pattern(self, subject=None, predicate=None, obj=None, graph=None) -> Iterator[ox.Quad]:
        """The quads matching a pattern of pyoxigraph terms (None matches anything), from any graph."""
        return iter(self._store.quads_for_pattern(subject, predicate, obj, graph))

    def resolve_graph(self, graph: str) -> str:
        """A document name or graph IRI, as the IRI of a graph in the store.

        The name is tried first: a document's name may itself be a URL (a row's
        ``id``), and only a name that is no document is read as a graph IRI.
        """
        from kg.iris import doc_iri  # not at import: kg query starts without the extraction records

        candidates = [doc_iri(graph)] + ([graph] if graph.startswith(("http://", "https://")) else [])
        for iri in candidates:
            if self.has_graph(iri):
                return iri
        raise StoreError(f"no document '{graph}' in store {self.path}")

    def holds_current(self, graph: str, content_hash: str, run: str) -> bool:
        """True when the document graph was written whole from a text with this hash by this extraction run.

        The build writes the content hash last, so a graph without it was cut short.
        """
        from kg.namespaces import NKG, PROV
        iri = ox.NamedNode(graph)
        hashes = self._store.quads_for_pattern(iri, ox.NamedNode(NKG.contentHash), None, iri)
        if not any(q.object.value == content_hash for q in hashes):
            return False
        runs = self._store.quads_for_pattern(iri, ox.NamedNode(PROV.wasGeneratedBy), None, iri)
        return any(q.object.value == run for q in runs)

    def content_hashes(self) -> dict[str, str]:
        """Each document graph's content hash, by graph IRI (graphs cut short by a killed build have none)."""
        rows = self._store.query(load_internal("content_hashes"))
        return {row["g"].value: row["hash"].value for row in rows}

    def document_text(self, graph: str) -> str | None:
        """The text a document graph holds (queries/internal/document_text.rq), or None."""
        rows = self._store.query(load_internal("document_text"), substitutions={ox.Variable("g"): ox.NamedNode(graph)})
        return next((row["text"].value for row in rows), None)

    def is_damaged(self, graph: str, thorough: bool = True) -> bool:
        """True when a document graph's text anchors do not hold (queries/internal/damaged_graph.rq); not
        ``thorough``: only when a span lost its anchor or offsets, or the text is gone (broken_graph.rq, which
        costs a third as much: what kg build checks before it skips an unchanged document)."""
        query = load_internal("damaged_graph" if thorough else "broken_graph")
        return bool(self._store.query(query, substitutions={ox.Variable("g"): ox.NamedNode(graph)}))

    def dump(self, output, rdf_format: ox.RdfFormat, graph: str | None = None, prefixes: dict | None = None) -> None:
        """Serialise the whole store (a dataset format) or one named graph (a graph format) to a binary stream."""
        from_graph = ox.NamedNode(graph) if graph else None
        self._store.dump(output, rdf_format, from_graph=from_graph, prefixes=prefixes)

    def __len__(self) -> int:
        return len(self._store)

    def count(self, graph: str | None = None) -> int:
        """Quads in the store, or triples in one named graph."""
        if graph is None:
            return len(self._store)
        return sum(1 for _ in self.quads(graph))

    def replace_graph(self, graph: str, quads: Iterable[ox.Quad] | bytes) -> None:
        """Atomically replace a named graph's content with the given quads (or N-Triples).

        A graph the store does not hold yet is loaded in one transaction; an
        existing one is dropped and refilled by one SPARQL Update, also one
        transaction, so a reader never sees a document half written.
        """
        self._require_writable()
        if not isinstance(quads, bytes):
            quads = ox.serialize((q.triple for q in quads), format=ox.RdfFormat.N_TRIPLES) or b""
        try:
            if self.has_graph(graph):
                update = load_internal("replace_graph").replace("$GRAPH", f"<{graph}>")
                self._store.update(update.replace("$TRIPLES", quads.decode("utf-8")))
            else:
                self._store.load(quads, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(graph))
        except (OSError, SyntaxError) as err:
            raise damage_error(err) or StoreError(f"cannot write graph {graph} to store {self.path}: {err}") from err

    def bulk_add_graphs(self, graphs: dict[str, bytes]) -> None:
        """Add graphs the store does not hold yet, N-Triples each as pyoxigraph wrote them, with Oxigraph's bulk loader.

        About twice as fast as transactional writes, but not atomic: a killed
        build can leave a graph part written. Callers that need to know a
        graph is whole write a completion mark afterwards with :meth:`add_triples`
        (the build writes each document's content hash last). The loader
        does not check IRIs and language tags again (a tenth of its time):
        pyoxigraph checked every term when the emitter made it.
        """
        self._load_graphs(graphs, lambda body, format: self._store.bulk_load(body, format=format, lenient=True))
        _release_free_memory()

    def add_triples(self, graphs: dict[str, bytes]) -> None:
        """Add N-Triples to named graphs, all in one transaction."""
        self._load_graphs(graphs, self._store.load)

    def _load_graphs(self, graphs: dict[str, bytes], loader) -> None:
        """Hand the graphs' N-Triples, as one N-Quads body, to a pyoxigraph loader."""
        self._require_writable()
        body = b"".join(nquads_in_graph(triples, graph) for graph, triples in graphs.items())
        try:
            loader(body, format=ox.RdfFormat.N_QUADS)
        except (OSError, SyntaxError) as err:
            raise damage_error(err) or StoreError(f"cannot write {len(graphs)} graph(s) to store {self.path}: {err}") from err

    def drop_graph(self, graph: str) -> None:
        """Remove a named graph in one transaction (a full disk leaves it whole: a StoreError)."""
        self._require_writable()
        try:
            self._store.remove_graph(ox.NamedNode(graph))
        except OSError as err:
            raise StoreError(f"store {self.path} cannot be written ({one_line(err)})") from None

    def query(self, sparql: str, substitutions: dict | None = None, union: bool = True):
        """Run SPARQL; the default graph is the union of all document graphs."""
        return self._store.query(sparql, use_default_graph_as_union=union, substitutions=substitutions)

    def flush(self) -> None:
        if not self.read_only:
            self._store.flush()

    def optimize(self) -> None:
        """Compact the store's files: queries on a freshly built store run about 30% faster.

        Costs about a second per million quads, so builds call it only after
        writing many documents, not after adding one.
        """
        self._require_writable()
        self._store.optimize()

    def close(self) -> None:
        self.flush()
        del self._store

    def __enter__(self) -> "KgStore":
        return self

    def __exit__(self, exc_type, *exc) -> None:
        try:
            self.close()
        except OSError as err:
            if exc_type is None:  # else the error already on its way says what went wrong; this one would hide it
                raise StoreError(f"store {self.path} cannot be written ({one_line(err)})") from None

    def _require_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"store {self.path} is open read-only")


def _release_free_memory() -> None:
    """Hand the C heap's free pages back to the system (glibc only; elsewhere nothing happens).

    The bulk loader sorts in threads of its own, and glibc keeps what each
    thread freed in that thread's arena: without this the process holding
    the store grows by about 50 MB over its first bulk loads and keeps it.
    """
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@lru_cache(maxsize=1)
def _malloc_trim():
    import ctypes

    try:
        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc
        return None


def nquads_in_graph(ntriples: bytes, graph: str) -> bytes:
    """N-Triples (one triple a line, as pyoxigraph writes them) put into a named graph."""
    suffix = f" <{graph}> .".encode()
    return b"".join(line[:-2] + suffix + b"\n" for line in ntriples.splitlines() if line)


#: what to do with a damaged store: the documents' files are the truth, the store is built from them
REBUILD = "build its documents again into a new folder (kg build FILES --store NEW), or restore it from a backup"


def require_store(where: Path) -> None:
    """A StoreError unless a store exists at ``where`` (one that lost its CURRENT file is named as damaged)."""
    if not is_store(where):
        _refuse_damaged(where)
        raise StoreError(f"no store at {where}: run 'kg build' first or pass --store/KG_STORE")


def is_store(where: Path) -> bool:
    """True when ``where`` is a store's folder (RocksDB writes a CURRENT file in every one)."""
    return (where / "CURRENT").is_file()


def looks_like_store(where: Path) -> bool:
    """True when ``where`` holds a store's files, whole or damaged (its CURRENT file, a MANIFEST or OPTIONS file)."""
    try:
        return where.is_dir() and (is_store(where) or any(where.glob("MANIFEST-*")) or any(where.glob("OPTIONS-*")))
    except OSError:
        return False


def store_folder_of(path: Path) -> Path | None:
    """The store folder that ``path`` is in (or is), if any: a file written there damages the store."""
    for folder in (path, *path.parents):
        if looks_like_store(folder):
            return folder
    return None


def _refuse_damaged(where: Path) -> None:
    """A StoreError naming the store as damaged when ``where`` holds a store's files but no CURRENT file."""
    if looks_like_store(where) and not is_store(where):
        raise StoreError(f"store {where} is damaged: its CURRENT file (which names the store's MANIFEST file) is "
                         f"missing; kg validate --repair --store {where} writes it again, or {REBUILD}")


def repair_store(path: str | os.PathLike | None = None) -> str | None:
    """Write a store's lost CURRENT file again, naming its newest MANIFEST; what was done, or None if nothing needed it.

    RocksDB's CURRENT file holds only the name of the MANIFEST file that
    lists the store's table files, so when the MANIFEST is there the store
    is whole again. A store that still cannot be opened is left as it was
    found, and the StoreError says so.
    """
    where = store_path(path)
    if is_store(where) or not looks_like_store(where):
        return None
    manifests = sorted(where.glob("MANIFEST-*"), key=lambda p: int(p.name.partition("-")[2] or 0)
                       if p.name.partition("-")[2].isdigit() else -1)
    if not manifests:
        raise StoreError(f"store {where} is damaged beyond repair here: its CURRENT and MANIFEST files are gone; {REBUILD}")
    current = where / "CURRENT"
    current.write_text(f"{manifests[-1].name}\n", encoding="ascii")
    try:
        ox.Store.read_only(str(where))
    except (OSError, RuntimeError) as err:
        current.unlink()
        raise StoreError(f"store {where} is damaged: naming {manifests[-1].name} in a new CURRENT file did not make it "
                         f"readable ({_first_clause(err)}); {REBUILD}") from None
    return f"repaired store {where}: wrote its lost CURRENT file, naming {manifests[-1].name}"


def _require_room_for_store(where: Path) -> None:
    """A StoreError when ``where`` is a folder of other files: a store is only made in a new or empty one."""
    _refuse_damaged(where)
    if where.is_dir() and not is_store(where) and any(where.iterdir()):
        raise StoreError(f"{where} holds other files and is not a store: give --store/KG_STORE a new or empty folder")


def open_store(path: str | os.PathLike | None = None, read_only: bool = False, create: bool = True) -> KgStore:
    """Open (or create, in a new or empty folder) the on-disk store; read-only stores must exist already."""
    where = store_path(path)
    if read_only or not create:
        require_store(where)
    else:
        _require_room_for_store(where)
    try:
        store = ox.Store.read_only(str(where)) if read_only else ox.Store(str(where))
    except OSError as err:
        if _is_lock_error(err):
            raise StoreError(f"store {where} is being written by another process (a build, or a server on it);"
                             " wait for it to finish: reading commands such as kg query work meanwhile") from err
        raise StoreError(f"cannot open store {where}: {err}") from err
    except RuntimeError as err:  # RocksDB's "Corruption": a table file lost or damaged
        raise StoreError(f"store {where} is damaged ({_first_clause(err)}); {REBUILD}") from None
    return KgStore(store, where, read_only)


def damage_error(err: BaseException) -> StoreError | None:
    """A StoreError naming the store as damaged when ``err`` is RocksDB finding one of its files missing or corrupt.

    A lost table file is usually found when the store opens, but one that
    only some reads reach is found by them; this names the store (from the
    file's path) either way.
    """
    text = str(err)
    if "Corruption" not in text and "While open a file for random read" not in text:
        return None
    found = re.search(r"(/\S+)/[^/\s]+\.sst\b", text)
    where = found.group(1) if found else "in use"
    return StoreError(f"store {where} is damaged ({_first_clause(err)}); {REBUILD}")


def _first_clause(err: Exception) -> str:
    """RocksDB's message up to its first full stop, without the repeated 'Corruption:' prefixes."""
    text = str(err)
    while text.startswith("Corruption: "):
        text = text.removeprefix("Corruption: ")
    return text.split("  ")[0].rstrip(".")


def _is_lock_error(err: OSError) -> bool:
    """True when RocksDB refused the store because another writer holds its LOCK file."""
    return "LOCK:" in str(err)
