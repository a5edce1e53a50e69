"""Tests for ontology/: newskg.ttl, plover.ttl and shapes.ttl parse, the OWL
ontology is consistent under HermiT, every nkg: term the code uses is declared,
and every SHACL target class exists."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg import validate as kv
from kg.namespaces import NKG, PLOVER, PLOVER_CATEGORIES, SH

ONTOLOGY = kv.ontology_dir()
ONTOLOGY_IRI = URIRef("https://w3id.org/newskg/ontology")


def _parse(name: str) -> Graph:
    graph = Graph()
    graph.parse(ONTOLOGY / name, format="turtle")
    return graph


@pytest.fixture(scope="module")
def newskg() -> Graph:
    return _parse("newskg.ttl")


@pytest.fixture(scope="module")
def plover() -> Graph:
    return _parse("plover.ttl")


def test_ontology_header(newskg):
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in newskg
    assert str(newskg.value(ONTOLOGY_IRI, OWL.versionInfo)) == "0.1.0"
    assert newskg.value(ONTOLOGY_IRI, RDFS.label) and newskg.value(ONTOLOGY_IRI, RDFS.comment)


@pytest.mark.parametrize("term", sorted(NKG.__annotations__))
def test_every_nkg_term_is_declared(newskg, term):
    iri = NKG[term]
    assert set(newskg.objects(iri, RDF.type)), f"nkg:{term} has no rdf:type in newskg.ttl"


def test_declaration_kinds(newskg):
    kinds = {"Actor": OWL.Class, "denotes": OWL.ObjectProperty, "confidence": OWL.DatatypeProperty,
             "isDirect": OWL.DatatypeProperty, "positive": NKG.Polarity,
             "happened": NKG.EventStatus, "ploverScheme": SKOS.ConceptScheme}
    for term, kind in kinds.items():
        assert (NKG[term], RDF.type, kind) in newskg, f"nkg:{term} is not a {kind}"


def test_no_property_is_both_object_and_datatype(newskg):
    both = set(newskg.subjects(RDF.type, OWL.ObjectProperty)) & set(newskg.subjects(RDF.type, OWL.DatatypeProperty))
    assert not both


def test_all_plover_categories(plover):
    assert len(PLOVER_CATEGORIES) == 17
    for code in PLOVER_CATEGORIES:
        concept = PLOVER[code]
        assert (concept, RDF.type, SKOS.Concept) in plover, code
        assert (concept, SKOS.inScheme, NKG.ploverScheme) in plover, code
        assert (concept, SKOS.topConceptOf, NKG.ploverScheme) in plover, code
        assert plover.value(concept, SKOS.prefLabel) and plover.value(concept, SKOS.definition), code
    assert len(set(plover.subjects(RDF.type, SKOS.Concept))) == 17


def test_shapes_target_classes_exist(newskg):
    shapes = _parse("shapes.ttl")
    targets = set(shapes.objects(None, SH.targetClass))
    assert {NKG.Document, NKG.Statement, NKG.Event, NKG.Stance, NKG.Actor, NKG.Place,
            NKG.TextSpan, NKG.Mention, NKG.ExtractionRun} <= targets
    for cls in targets:
        assert (cls, RDF.type, OWL.Class) in newskg, f"sh:targetClass {cls} not in newskg.ttl"


@pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs Java")
def test_ontology_is_consistent_under_hermit():
    import owlready2

    graph = kv.load_ontology_graph()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ontology.nt"
        path.write_bytes(graph.serialize(format="nt", encoding="utf-8"))
        world = owlready2.World()
        world.get_ontology(path.as_uri()).load()
        owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0,
                                       ignore_unsupported_datatypes=True)
        assert list(world.inconsistent_classes()) == []
        person = world["https://w3id.org/newskg/ontology#Person"]
        assert world["http://xmlns.com/foaf/0.1/Person"] in person.ancestors()
        world.close()


@pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs Java")
def test_ontology_has_no_problems_through_validate():
    assert kv.owl_problems(Graph()) == []
