"""Export the store in the standard RDF formats, serialised by pyoxigraph.

Dataset formats (TriG, N-Quads, JSON-LD) keep one named graph per document;
graph formats (Turtle, N-Triples, RDF/XML) write the merge of the chosen
graphs (Oxigraph's union CONSTRUCT, streamed; a triple asserted in two
documents may be written twice, which is still the same RDF graph).
``with_ontology`` adds the ontology and the PLOVER scheme (in their own named
graph for dataset formats).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain
from typing import BinaryIO

import pyoxigraph as ox

from kg.namespaces import NKG_BASE, PREFIXES
from kg.outfile import XmlCharacterGuard
from kg.resources import ONTOLOGY_FILES, resource_dir
from kg.sparql.files import load_internal
from kg.sparql.formats import RDF_FORMATS, other_than_xml, rdf_format

ONTOLOGY_GRAPH = NKG_BASE.rstrip("#")


def export(store, output: BinaryIO, fmt: str, graph: str | None = None, with_ontology: bool = False) -> None:
    """Write the store (or one document's graph) to a binary stream."""
    rdf = rdf_format(fmt)
    selected = store.resolve_graph(graph) if graph else None
    if rdf == ox.RdfFormat.RDF_XML:
        output = XmlCharacterGuard(output, other_than_xml(RDF_FORMATS))
    if not with_ontology and rdf.supports_datasets and selected is None:
        store.dump(output, rdf, prefixes=PREFIXES)
        return
    if not with_ontology and selected is not None and not rdf.supports_datasets:
        store.dump(output, rdf, graph=selected, prefixes=PREFIXES)
        return
    if not with_ontology and not rdf.supports_datasets:
        ox.serialize(store.query(load_internal("all_triples")), output, rdf, prefixes=PREFIXES)
        return
    ox.serialize(_items(store, rdf, selected, with_ontology), output, rdf, prefixes=PREFIXES)


def _items(store, rdf: ox.RdfFormat, graph: str | None, with_ontology: bool) -> Iterator:
    quads = store.quads(graph)
    ontology = ontology_quads() if with_ontology else iter(())
    if rdf.supports_datasets:
        yield from quads
        yield from ontology
        return
    seen: set[ox.Triple] = set()
    for quad in chain(quads, ontology):
        triple = quad.triple
        if triple not in seen:
            seen.add(triple)
            yield triple


def ontology_quads() -> Iterator[ox.Quad]:
    """The ontology files' triples in the ontology's own named graph."""
    graph = ox.NamedNode(ONTOLOGY_GRAPH)
    for name in ONTOLOGY_FILES:
        path = resource_dir("ontology") / name
        for triple in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            yield ox.Quad(triple.subject, triple.predicate, triple.object, graph)
