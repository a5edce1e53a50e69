"""Check a newskg graph: SHACL shapes (pySHACL) and OWL consistency (HermiT).

Two checks, both against the files in ``ontology/``:

* SHACL (W3C Shapes Constraint Language) with ``shapes.ttl``. The ontology
  (``newskg.ttl`` + ``plover.ttl``) is added to the data before pySHACL runs,
  exactly as pySHACL's ``ont_graph`` option does, so ``sh:targetClass
  nkg:Actor`` reaches ``nkg:Person`` through ``rdfs:subClassOf`` and an
  event's ``nkg:plover`` can be checked against the PLOVER scheme. A store
  is checked over the union of its graphs, a few thousand focus nodes at a
  time against just the triples their shapes can reach (``kg.shacl_scope``),
  in parallel processes: same lines as checking the union in one piece, at a
  flat ~250 MB a process instead of ~2.5 KB per triple.
* OWL 2 DL consistency with HermiT through owlready2 (needs Java): the
  ontology plus the data are written to N-Triples, loaded in a fresh
  owlready2 ``World`` and classified. HermiT slows down sharply with the
  number of individuals, so a dataset is reasoned over one named graph (one
  document) at a time, on ``max_graphs`` graphs spread over the dataset (0:
  all of them); ``Report.reasoner``
  says what was checked. ``xsd:date`` is outside the OWL 2 datatype map, so
  HermiT runs with ``--ignoreUnsupportedDatatypes``.

The library never prints; problems come back as one plain line each in
``Report.problems``, and setup failures raise :class:`kg.errors.ValidationError`.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import rdflib
from rdflib import Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.errors import ValidationError
from kg.namespaces import OWL, PREFIXES, RDF, RDFS, SH
from kg.resources import ONTOLOGY_FILES, resource_dir

SHAPES_FILE = "shapes.ttl"
FOCUS_CHUNK = 4000  # focus nodes per pySHACL run over a store: 10,000-40,000 triples in rdflib at a time


#: ``progress(stage, done, total)``: how far validation is ("SHACL" chunks, then "HermiT" graphs)
Progress = Callable[[str, int, int], None]
#: the reasoner's line in a report when it was asked not to run
NOT_REASONED = "OWL reasoning (HermiT) skipped, as asked"


@dataclass
class Report:
    """The outcome of :func:`validate`: does the graph conform, and if not, why."""

    conforms: bool
    problems: list[str] = field(default_factory=list)
    reasoner: str = ""
    graph_checks_run: bool = False
    damaged: list[str] = field(default_factory=list)  # documents whose graphs' text anchors do not hold

    @property
    def summary(self) -> str:
        """The verdict in one line: valid or how many problems, what to do about damaged graphs, then what was checked.

        >>> Report(conforms=True, reasoner=NOT_REASONED).summary
        'valid: no problems; checked the SHACL shapes; OWL reasoning (HermiT) skipped, as asked'
        """
        verdict = "valid: no problems" if self.conforms else f"not valid: {len(self.problems)} problem(s)"
        checks = "the SHACL shapes, text anchors and labels" if self.graph_checks_run else "the SHACL shapes"
        return f"{verdict}; {self.repair}checked {checks}; {self.reasoner}"

    @property
    def repair(self) -> str:
        """What to do about damaged document graphs ('' when there are none)."""
        if not self.damaged:
            return ""
        shown = ", ".join(self.damaged[:5]) + (", ..." if len(self.damaged) > 5 else "")
        return (f"{len(self.damaged)} document graph(s) damaged ({shown}): to repair, run kg build on their files "
                "again (it extracts a damaged graph anew); ")


def ontology_dir() -> Path:
    """The folder holding newskg.ttl, plover.ttl and shapes.ttl (see kg.resources)."""
    return resource_dir("ontology")


def _parse(path: Path) -> Graph:
    """Parse one Turtle file, or raise ValidationError naming it."""
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except (OSError, SyntaxError, ValueError) as err:
        first = str(err).splitlines()[0] if str(err) else type(err).__name__
        raise ValidationError(f"cannot load {path}: {first}") from err
    return graph


@lru_cache(maxsize=4)
def _cached_file(path: Path) -> Graph:
    return _parse(path)


def load_ontology_graph() -> Graph:
    """The ontology as one rdflib Graph: newskg.ttl plus plover.ttl (a fresh copy)."""
    graph = Graph()
    for name in ONTOLOGY_FILES:
        graph += _cached_file(ontology_dir() / name)
    return graph


def load_shapes_graph() -> Graph:
    """The SHACL shapes of shapes.ttl (a fresh copy)."""
    graph = Graph()
    graph += _cached_file(ontology_dir() / SHAPES_FILE)
    return graph


def _bind(graph: Graph) -> Graph:
    for prefix, iri in PREFIXES.items():
        graph.bind(prefix, iri, override=True, replace=True)
    return graph


def _union(data: Graph | Dataset) -> Graph:
    """All triples of a Graph or of every graph in a Dataset, as one Graph."""
    graph = _bind(Graph())
    if isinstance(data, Dataset):
        for s, p, o, _ in data.quads((None, None, None, None)):
            graph.add((s, p, o))
    else:
        graph += data
    return graph


# ---------------------------------------------------------------- SHACL

def shacl_problems(data: Graph | Dataset) -> list[str]:
    """Run pySHACL with shapes.ttl over data + ontology; one line per violation."""
    graph = _union(data)
    graph += load_ontology_graph()
    return sorted(_run_pyshacl(graph, load_shapes_graph()))


def _run_pyshacl(graph: Graph, shapes: Graph, focus: set | None = None) -> list[str]:
    """pySHACL over ``graph`` (ontology already in it); only the results about ``focus`` nodes, if given.

    Filtering the results rather than passing pySHACL's ``focus_nodes``: that
    option checks each target against a list, quadratic in the chunk size.
    """
    import pyshacl

    conforms, results, _ = pyshacl.validate(
        graph, shacl_graph=shapes, inference="none", inplace=True, allow_warnings=False, allow_infos=True)
    if conforms:
        return []
    return [_result_line(results, r) for r in results.subjects(RDF.type, SH.ValidationResult)
            if focus is None or results.value(r, SH.focusNode) in focus]


def store_shacl_problems(store, chunk: int = FOCUS_CHUNK, jobs: int = 1, progress: Progress | None = None) -> list[str]:
    """SHACL over the union of the whole store, ``chunk`` focus nodes at a time (see kg.shacl_scope).

    Gives the lines :func:`shacl_problems` gives for the store's union, while
    rdflib never holds more than one chunk's neighbourhood per process. With
    ``jobs`` > 1 the chunks are checked in that many processes, each reading
    the store read-only. Shapes the chunking cannot bound fall back to the
    union in one piece. ``progress("SHACL", done, total)`` follows the chunks.
    """
    from kg import shacl_scope

    shapes, ontology = load_shapes_graph(), load_ontology_graph()
    try:
        steps = shacl_scope.reach(shapes)
        nodes = shacl_scope.focus_nodes(store, shacl_scope.target_classes(shapes, ontology))
    except shacl_scope.Unsupported:
        return shacl_problems(store_dataset(store))
    parts = [(steps, [n.value for n in part]) for part in shacl_scope.chunks(nodes, chunk)]
    if jobs <= 1 or len(parts) <= 1:
        found = (_chunk_problems(store, steps, part) for steps, part in parts)
        return sorted(line for lines in _counted("SHACL", found, len(parts), progress) for line in lines)
    from kg.workers import worker_pool

    store.flush()  # the workers open the store afresh and must see everything written
    with worker_pool(min(jobs, len(parts)), _open_in_worker, (str(store.path),)) as pool:
        found = pool.imap_unordered(_worker_chunk, parts)
        return sorted(line for lines in _counted("SHACL", found, len(parts), progress) for line in lines)


def _counted(stage: str, steps: Iterable, total: int, progress: Progress | None) -> Iterator:
    """``steps`` as they come, with ``progress(stage, done, total)`` after each."""
    for done, step in enumerate(steps, 1):
        yield step
        if progress:
            progress(stage, done, total)


def _chunk_problems(store, steps: int, part: list[str]) -> list[str]:
    """The SHACL lines about the focus nodes ``part`` (IRIs), from their neighbourhood in the store."""
    import pyoxigraph as ox

    from kg import shacl_scope

    graph = shacl_scope.neighbourhood(store, [ox.NamedNode(n) for n in part], steps)
    graph += load_ontology_graph()
    return _run_pyshacl(graph, load_shapes_graph(), {URIRef(n) for n in part})


_worker_store = None  # a worker's own read-only handle on the store (see store_shacl_problems)


def _open_in_worker(path: str) -> None:
    from kg.store import open_store

    global _worker_store
    _worker_store = open_store(path, read_only=True)


def _worker_chunk(job: tuple[int, list[str]]) -> list[str]:
    steps, part = job
    return _chunk_problems(_worker_store, steps, part)


def _short(graph: Graph, node) -> str:
    if node is None:
        return "-"
    try:
        return node.n3(_bind(graph).namespace_manager)
    except Exception:  # a term that cannot be shortened (blank-node path) stays plain
        return str(node)


def _result_line(results: Graph, result) -> str:
    """'SHACL: <focus> <path>: message (value v)' for one sh:ValidationResult."""
    focus = results.value(result, SH.focusNode)
    path = results.value(result, SH.resultPath)
    message = results.value(result, SH.resultMessage) or results.value(result, SH.sourceConstraintComponent)
    value = results.value(result, SH.value)
    line = f"SHACL: {_short(results, focus)} {_short(results, path)}: {message}"
    return line + (f" (value {_short(results, value)})" if value is not None else "")


# ---------------------------------------------------------------- OWL

def _java() -> str:
    """The Java executable owlready2 will use, or ValidationError."""
    import owlready2

    java = shutil.which(owlready2.JAVA_EXE) or shutil.which("java")
    if not java:
        raise ValidationError("Java is not installed or not on PATH; OWL reasoning with HermiT needs it (or use reason=False)")
    owlready2.JAVA_EXE = java
    return java


def _individuals(graph: Graph) -> int:
    """How many typed nodes a data graph holds (what drives HermiT's time)."""
    return len(set(graph.subjects(RDF.type, None)))


def owl_problems(data: Graph) -> list[str]:
    """Classify ontology + data with HermiT; lines for inconsistency and empty classes."""
    import owlready2

    _java()
    merged = load_ontology_graph()
    merged += data
    with tempfile.TemporaryDirectory(prefix="newskg-owl-") as tmp:
        path = Path(tmp) / "merged.nt"
        lines = merged.serialize(format="nt", encoding="utf-8").splitlines(keepends=True)
        path.write_bytes(b"".join(sorted(lines)))  # the same file for the same graph, whatever the hash seed
        world = owlready2.World()
        try:
            world.get_ontology(path.as_uri()).load(format="ntriples")  # never sniffed: a long first line reads as RDF/XML
            owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0,
                                           ignore_unsupported_datatypes=True)
            return _unsatisfiable(world)
        except owlready2.OwlReadyInconsistentOntologyError:
            return ["OWL: inconsistent: no model satisfies the ontology plus this graph"] + _clashes(data)
        except owlready2.OwlReadyJavaError as err:
            raise ValidationError(f"HermiT failed: {str(err).strip().splitlines()[-1]}") from err
        except Exception as err:  # owlready2 parse errors have no common base class
            raise ValidationError(f"owlready2 cannot load the graph: {err}") from err
        finally:
            world.close()


def _unsatisfiable(world) -> list[str]:
    return [f"OWL: class <{c.iri}> is unsatisfiable (equivalent to owl:Nothing)"
            for c in world.inconsistent_classes() if c is not None]


@lru_cache(maxsize=1)
def _disjoint_pairs() -> tuple[dict, frozenset]:
    """Ancestors of each ontology class, and the pairs declared disjoint."""
    ont = load_ontology_graph()
    ancestors = {c: set(ont.transitive_objects(c, RDFS.subClassOf))
                 for c in set(ont.subjects(RDF.type, OWL.Class)) if isinstance(c, URIRef)}
    pairs = {frozenset(p) for p in ont.subject_objects(OWL.disjointWith)}
    for node in ont.subjects(RDF.type, OWL.AllDisjointClasses):
        members = list(rdflib.collection.Collection(ont, ont.value(node, OWL.members)))
        pairs |= {frozenset((a, b)) for a in members for b in members if a != b}
    return ancestors, frozenset(pairs)


def _clashes(data: Graph) -> list[str]:
    """Name the nodes typed with two disjoint classes (the usual cause of inconsistency)."""
    ancestors, pairs = _disjoint_pairs()
    graph, lines = _bind(Graph()), []
    for node in sorted(set(data.subjects(RDF.type, None))):
        asserted, types = sorted(data.objects(node, RDF.type)), set()
        for t in asserted:
            types |= ancestors.get(t, {t}) | {t}
        for a, b in sorted(tuple(sorted(p)) for p in pairs if p <= types):
            typed = ", ".join(_short(graph, t) for t in asserted)
            lines.append(f"OWL: {_short(graph, node)} is typed {typed}, but "
                         f"{_short(graph, a)} and {_short(graph, b)} are disjoint")
    return lines


# ---------------------------------------------------------------- entry points

def validate(data: Graph | Dataset, *, reason: bool = True, max_individuals: int = 2000) -> Report:
    """Check a graph with the SHACL shapes and, if ``reason``, HermiT.

    A Dataset goes to :func:`validate_dataset` (HermiT per named graph). A
    Graph with more than ``max_individuals`` typed nodes is not reasoned over
    (the reasoner summary says so).
    """
    if isinstance(data, Dataset):
        return validate_dataset(data, reason=reason, max_individuals=max_individuals)
    problems = shacl_problems(data)
    summary = NOT_REASONED
    if reason:
        count = _individuals(data)
        if count > max_individuals:
            summary = f"HermiT skipped: {count} individuals > max_individuals={max_individuals}"
        else:
            started = time.perf_counter()
            owl = owl_problems(data)
            problems += owl
            summary = (f"HermiT: {count} individuals, "
                       f"{'inconsistent' if owl else 'consistent'}, {time.perf_counter() - started:.1f} s")
    return Report(conforms=not problems, problems=problems, reasoner=summary)


def _named_graphs(dataset: Dataset) -> list[Graph]:
    """The non-empty graphs of a dataset, named ones sorted by IRI, default last."""
    graphs = [g for g in dataset.graphs() if len(g)]
    named = sorted((g for g in graphs if g.identifier != DATASET_DEFAULT_GRAPH_ID),
                   key=lambda g: str(g.identifier))
    default = [g for g in graphs if g.identifier == DATASET_DEFAULT_GRAPH_ID]
    return named + default


def validate_dataset(dataset: Dataset, *, reason: bool = True, max_individuals: int = 2000,
                     max_graphs: int = 20) -> Report:
    """SHACL over the whole dataset; HermiT per named graph, on ``max_graphs`` of them (0: all).

    Past ``max_graphs`` the graphs are sampled evenly over their IRI order
    (:func:`spread`); one with more than ``max_individuals`` typed nodes is
    skipped. ``Report.reasoner`` says how many were checked.
    """
    problems = shacl_problems(dataset)
    if not reason:
        return Report(conforms=not problems, problems=problems, reasoner=NOT_REASONED)
    graphs = _named_graphs(dataset)
    return _reasoned(problems, spread(graphs, max_graphs), len(graphs), max_individuals, max_graphs)


def spread(items: list, count: int) -> list:
    """``count`` items evenly spaced over ``items``, the first among them; all of them when ``count`` is 0.

    A sample of the first graphs by IRI would check only the first few
    files of a corpus; this reaches from its first document to its last.
    """
    if not count or count >= len(items):
        return list(items)
    return [items[i * len(items) // count] for i in range(count)]


def _reasoned(problems: list[str], graphs: Iterable[Graph], total: int, max_individuals: int,
              max_graphs: int, progress: Progress | None = None) -> Report:
    """HermiT on each of ``graphs`` (``max_graphs`` of ``total``), added to the SHACL problems."""
    checked, skipped, bad, started = 0, 0, 0, time.perf_counter()
    for graph in _counted("HermiT", graphs, min(max_graphs or total, total), progress):
        if _individuals(graph) > max_individuals:
            skipped += 1
            continue
        owl = owl_problems(graph)
        checked += 1
        bad += bool(owl)
        problems += [f"{line} [graph <{graph.identifier}>]" for line in owl]
    summary = (f"HermiT: {checked} of {total} graphs checked"
               + (" (spread evenly over their IRI order)" if 0 < max_graphs < total else "")
               + (f", {skipped} skipped (> {max_individuals} individuals)" if skipped else "")
               + f", {bad} inconsistent, {time.perf_counter() - started:.1f} s")
    return Report(conforms=not problems, problems=problems, reasoner=summary)


def store_dataset(store, graph_iri: str | None = None) -> Dataset:
    """The store's quads (or those of the graph named ``graph_iri``) as an rdflib Dataset."""
    import pyoxigraph as ox

    dataset, graphs = Dataset(), {}
    for name, triple in _rdflib_triples(store.quads(graph_iri)):
        if (graph := graphs.get(name)) is None:
            default = isinstance(name, ox.DefaultGraph)
            graph = graphs[name] = dataset.default_context if default else dataset.graph(URIRef(name.value))
        graph.add(triple)
    return dataset


def _rdflib_triples(quads) -> Iterator[tuple[object, tuple]]:
    """Each pyoxigraph quad as its graph name and an rdflib triple: the one way validation converts store data."""
    from kg.shacl_scope import rdflib_terms

    term = rdflib_terms()
    for quad in quads:
        yield quad.graph_name, (term(quad.subject), term(quad.predicate), term(quad.object))


def validate_store(store, *, reason: bool = True, graph: str | None = None, jobs: int = 1,
                   max_individuals: int = 2000, max_graphs: int = 20, progress: Progress | None = None) -> Report:
    """Validate what the store holds: SHACL on all of it, HermiT per document graph.

    The whole store is checked a chunk of focus nodes at a time
    (:func:`store_shacl_problems`) and reasoned over one graph at a time, so
    memory stays flat however large the store is; ``jobs`` processes share
    the SHACL chunks. ``graph`` checks one document's graph on its own.
    ``progress(stage, done, total)`` is called as the SHACL chunks and the
    reasoned graphs are done (stage ``"SHACL"`` or ``"HermiT"``).
    """
    if graph:
        iri = store.resolve_graph(graph)
        dataset = store_dataset(store, iri)
        if not len(dataset):
            raise ValidationError(f"graph {graph} in store {store.path} holds no triples to validate")
        report = validate_dataset(dataset, reason=reason, max_individuals=max_individuals, max_graphs=max_graphs)
        return _with_graph_checks(report, store, iri)
    if not len(store):
        raise ValidationError(f"store {store.path} holds no triples to validate")
    problems = store_shacl_problems(store, jobs=jobs, progress=progress)
    if not reason:
        report = Report(conforms=not problems, problems=problems, reasoner=NOT_REASONED)
    else:
        names = store.graphs()
        graphs = (_store_graph(store, name) for name in spread(names, max_graphs))
        report = _reasoned(problems, graphs, len(names), max_individuals, max_graphs, progress)
    return _with_graph_checks(report, store)


def anchor_problems(store, graph: str | None = None) -> list[str]:
    """One line per text anchor that does not hold (queries/internal/misanchored.rq), in one graph or all."""
    return [f"TEXT: <{row['node'].value}>: {row['problem'].value} [graph <{row['g'].value}>]"
            for row in _graph_check_rows(store, "misanchored", graph)]


def label_problems(store, graph: str | None = None) -> list[str]:
    """One line per node with more than one rdfs:label in one graph (queries/internal/relabelled.rq), in one graph or all."""
    return [f"LABEL: <{row['node'].value}>: {row['labels'].value} rdfs:label values in one graph, where a document names it once"
            f" [graph <{row['g'].value}>]" for row in _graph_check_rows(store, "relabelled", graph)]


def _graph_check_rows(store, query: str, graph: str | None):
    """The rows of an internal check query, over every graph or with ?g bound to one."""
    import pyoxigraph as ox

    from kg.sparql.files import load_internal

    bound = {ox.Variable("g"): ox.NamedNode(graph)} if graph else None
    return store.query(load_internal(query), substitutions=bound, union=False)


def _with_graph_checks(report: Report, store, graph: str | None = None) -> Report:
    """The report with the text-anchor and label problems of the store (or of one graph) added."""
    problems = report.problems + anchor_problems(store, graph) + label_problems(store, graph)
    return replace(report, conforms=not problems, problems=problems, graph_checks_run=True,
                   damaged=damaged_documents(store, graph))


def damaged_documents(store, graph: str | None = None) -> list[str]:
    """The names of the documents (all, or the one in ``graph``) whose graphs' text anchors do not hold."""
    from kg.iris import doc_name

    names = (doc_name(iri) for iri in ([graph] if graph else store.graphs()) if store.is_damaged(iri))
    return [name for name in names if name is not None]


def _store_graph(store, name: str) -> Graph:
    """One named graph of the store as an rdflib Graph carrying the graph's IRI."""
    graph = Graph(identifier=URIRef(name))
    for _, triple in _rdflib_triples(store.quads(name)):
        graph.add(triple)
    return graph
