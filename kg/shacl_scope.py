"""What a SHACL check of a store needs to read, so a large store is validated a slice at a time.

pySHACL works on an rdflib graph in memory, and rdflib holds a triple in
about two kilobytes: the whole union of a 1.2-million-quad store takes
3 GB. But a shape only looks a few steps away from its focus node: along
its ``sh:path`` to the values, and from a value to the value's own triples
for ``sh:class`` (its types) or a nested ``sh:node`` / ``sh:or`` shape.
:func:`reach` works out that number of steps from the shapes graph. The
focus nodes (the instances of the shapes' target classes) are then
validated in chunks, each against its *neighbourhood*: every triple, from
any graph of the store, whose subject is a focus node or lies within
``reach - 1`` steps of one (:func:`neighbourhood`). A focus node's result
depends only on those triples, so the union of the chunks' results is the
result of validating the union of the store in one go.

Shapes that use what this reasoning does not cover (a target other than
``sh:targetClass``, a path that is not a single predicate, SPARQL
constraints, an unknown parameter) raise :class:`Unsupported`, and the
caller validates the union in one piece instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

from kg.namespaces import RDF, RDFS, SH

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

# Parameters that test a value (or count values) without reading anything beyond it.
LOCAL = {
    "datatype", "nodeKind", "minCount", "maxCount", "minExclusive", "minInclusive", "maxExclusive",
    "maxInclusive", "minLength", "maxLength", "pattern", "flags", "languageIn", "uniqueLang", "in",
    "hasValue", "message", "severity", "name", "description", "order", "group", "defaultValue",
    "deactivated", "ignoredProperties", "targetClass", "path",
}
# Parameters that read the triples of the node they apply to: one step.
ONE_STEP = {"class", "closed"}
# Parameters that compare with the values of another predicate of the focus node: one step
# from a node shape, none more from a property shape (its path already took that step).
PAIRS = {"equals", "disjoint", "lessThan", "lessThanOrEquals"}
# Parameters whose value is a shape, or a list of shapes, applied to the same node.
NESTED = {"node", "property", "not", "qualifiedValueShape"}
NESTED_LISTS = {"or", "and", "xone"}
QUALIFIED = {"qualifiedMinCount", "qualifiedMaxCount", "qualifiedValueShapesDisjoint"}


class Unsupported(Exception):
    """The shapes use something :func:`reach` cannot bound; validate the whole union instead."""


def _local_name(predicate) -> str | None:
    text = str(predicate)
    return text[len(str(SH)):] if text.startswith(str(SH)) else None


def reach(shapes: Graph) -> int:
    """Steps of outgoing triples from a focus node that the shapes with a target can read."""
    targeted = set(shapes.subjects(SH.targetClass, None))
    for predicate in (SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target):
        if any(shapes.subjects(predicate, None)):
            raise Unsupported(f"{predicate} targets")
    if any(shapes.subjects(RDF.type, RDFS.Class)):
        raise Unsupported("implicit class targets")
    return max((_on_node(shapes, s, ()) for s in targeted), default=0)


def _on_node(shapes: Graph, shape, seen: tuple) -> int:
    """Steps needed when ``shape`` is applied to one node."""
    if shape in seen:
        raise Unsupported("recursive shapes")
    seen = (*seen, shape)
    path = shapes.value(shape, SH.path)
    if path is None:
        return _constraints(shapes, shape, seen, pairs=1)
    if not isinstance(path, URIRef):
        raise Unsupported(f"the path of {shape} is not a single predicate")
    return 1 + _constraints(shapes, shape, seen, pairs=0)  # the values, then the constraints on each value


def _constraints(shapes: Graph, shape, seen: tuple, pairs: int) -> int:
    """Steps needed by the constraints of ``shape`` on the node they apply to."""
    steps = 0
    for predicate, value in shapes.predicate_objects(shape):
        name = _local_name(predicate)
        if name is None or name in LOCAL or name in QUALIFIED:
            continue
        if name in ONE_STEP:
            steps = max(steps, 1)
        elif name in PAIRS:
            steps = max(steps, pairs)
        elif name in NESTED:
            steps = max(steps, _on_node(shapes, value, seen))
        elif name in NESTED_LISTS:
            steps = max([steps] + [_on_node(shapes, m, seen) for m in Collection(shapes, value)])
        else:
            raise Unsupported(f"sh:{name}")
    return steps


def target_classes(shapes: Graph, ontology: Graph) -> set[URIRef]:
    """The shapes' target classes and all their subclasses in the ontology."""
    classes = set()
    for cls in shapes.objects(None, SH.targetClass):
        classes |= set(ontology.transitive_subjects(RDFS.subClassOf, cls))
    return classes


def focus_nodes(store: ox.Store, classes: Iterable[URIRef]) -> list[ox.NamedNode]:
    """Every node typed with one of ``classes`` in any graph, sorted by IRI.

    Blank nodes cannot be named to pySHACL as focus nodes: one raises
    :class:`Unsupported`. Subclass axioms inside the data would change which
    nodes are targets, so they do too.
    """
    if next(iter(store.quads_for_pattern(None, ox.NamedNode(str(RDFS.subClassOf)), None, None)), None):
        raise Unsupported("rdfs:subClassOf triples in the data")
    nodes = set()
    for cls in classes:
        for quad in store.quads_for_pattern(None, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(cls)), None):
            if not isinstance(quad.subject, ox.NamedNode):
                raise Unsupported("a blank node is a focus node")
            nodes.add(quad.subject)
    return sorted(nodes, key=lambda n: n.value)


def chunks(nodes: list, size: int) -> Iterator[list]:
    it = iter(nodes)
    while chunk := list(islice(it, size)):
        yield chunk


def neighbourhood(store: ox.Store, nodes: Iterable[ox.NamedNode], steps: int) -> Graph:
    """All triples (from any graph) whose subject lies within ``steps - 1`` steps of ``nodes``."""
    graph, seen, frontier = Graph(), set(), list(nodes)
    term = rdflib_terms()
    for _ in range(steps):
        following = []
        for node in frontier:
            if node in seen:
                continue
            seen.add(node)
            subject = term(node)
            for _, predicate, obj, _ in store.quads_for_pattern(node, None, None, None):
                graph.add((subject, term(predicate), term(obj)))
                if not isinstance(obj, ox.Literal):
                    following.append(obj)
        frontier = following
    return graph


def rdflib_terms() -> Callable[[object], Node]:
    """:func:`rdflib_term` converting each distinct term once: predicates, classes and documents recur."""
    converted: dict = {}

    def term(t) -> Node:
        if (found := converted.get(t)) is None:
            found = converted[t] = rdflib_term(t)
        return found

    return term


def rdflib_term(term) -> Node:
    """A pyoxigraph term as rdflib parses it from N-Quads (an xsd:string literal stays plain)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    return Literal(term.value) if datatype == XSD_STRING else Literal(term.value, datatype=URIRef(datatype))
