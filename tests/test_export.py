"""kg.export: every format parses back with rdflib and pyoxigraph to the same triples."""

from __future__ import annotations

import io

import pyoxigraph as ox
import pytest
import rdflib

from kg.iris import doc_iri
from kg.errors import FormatError, StoreError
from kg.export import export
from kg.sparql.formats import RDF_FORMATS as FORMATS
from tests.conftest import SEED_FILE

RDFLIB = {"ttl": "turtle", "trig": "trig", "nt": "nt", "nq": "nquads", "jsonld": "json-ld", "xml": "xml"}


def exported(store, fmt, **kw) -> bytes:
    out = io.BytesIO()
    export(store, out, fmt, **kw)
    return out.getvalue()


def distinct_triples(store) -> int:
    return len({q.triple for q in store.quads()})


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_round_trip(seed_store, fmt):
    data = exported(seed_store, fmt)
    ox_items = list(ox.parse(data, format=FORMATS[fmt]))
    if FORMATS[fmt].supports_datasets:
        assert len(ox_items) == len(seed_store)
        assert {str(q) for q in ox_items} == {str(q) for q in seed_store.quads()}
        ds = rdflib.Dataset()
        ds.parse(data=data, format=RDFLIB[fmt])
        assert len(ds) == len(seed_store)
    else:
        assert len(set(ox_items)) == distinct_triples(seed_store)
        g = rdflib.Graph().parse(data=data, format=RDFLIB[fmt])
        assert len(g) == distinct_triples(seed_store)


def test_turtle_has_readable_prefixes(seed_store):
    text = exported(seed_store, "ttl").decode()
    assert "@prefix nkg: <https://w3id.org/newskg/ontology#>" in text
    assert "nkg:Statement" in text


def test_one_document(seed_store):
    data = exported(seed_store, "nt", graph=SEED_FILE.name)
    assert len(set(ox.parse(data, format=ox.RdfFormat.N_TRIPLES))) == len({q.triple for q in seed_store.quads(doc_iri(SEED_FILE.name))})


@pytest.mark.parametrize("graph", [None, "t.txt"])
def test_rdf_xml_refuses_a_control_character_it_cannot_hold(tmp_path, graph):
    from kg.store import open_store

    with open_store(tmp_path / "s") as store:
        store.add_triples({doc_iri("t.txt"): b'<https://e/s> <https://e/p> "line\\u000Bbreak" .\n'})
        with pytest.raises(FormatError, match="XML cannot hold the control character U\\+000B .* use one of: jsonld, nq, nt, trig, ttl"):
            exported(store, "xml", graph=graph)
        (triple,) = ox.parse(exported(store, "ttl", graph=graph), format=ox.RdfFormat.TURTLE)
        assert triple.object.value == "line\x0bbreak"  # Turtle escapes it


def test_with_ontology_adds_its_graph(seed_store):
    data = exported(seed_store, "nq", with_ontology=True)
    graphs = {q.graph_name.value for q in ox.parse(data, format=ox.RdfFormat.N_QUADS)}
    assert "https://w3id.org/newskg/ontology" in graphs and doc_iri(SEED_FILE.name) in graphs


def test_errors(seed_store):
    with pytest.raises(FormatError, match="unknown export format"):
        exported(seed_store, "docx")
    with pytest.raises(StoreError, match="no document"):
        exported(seed_store, "ttl", graph="not-there.txt")
