"""kg.shacl_scope: how far the shapes read from a focus node, and a store's focus nodes and their neighbourhood."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef

from kg import shacl_scope as sc
from kg.validate import load_ontology_graph, load_shapes_graph

PREFIXES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
"""


def shapes(text: str) -> Graph:
    return Graph().parse(data=PREFIXES + text, format="turtle")


def test_the_shipped_shapes_read_two_steps():
    """A mention's nkg:denotes value must be an Actor or a Place: its types are one step past the value."""
    assert sc.reach(load_shapes_graph()) == 2


@pytest.mark.parametrize("text, steps", [
    ("ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:maxCount 1 ] .", 1),
    ("ex:S sh:targetClass ex:C ; sh:class ex:D .", 1),
    ("ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:lessThan ex:q ] .", 1),
    ("ex:S sh:targetClass ex:C ; sh:equals ex:q .", 1),
    ("ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:class ex:D ] .", 2),
    ("ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:node ex:T ] ."
     " ex:T sh:property [ sh:path ex:q ; sh:or ( [ sh:class ex:D ] [ sh:datatype ex:E ] ) ] .", 3),
    ("ex:T sh:property [ sh:path ex:q ; sh:class ex:D ] .", 0),  # no target: never applied on its own
])
def test_reach_counts_the_steps_of_nested_shapes(text, steps):
    assert sc.reach(shapes(text)) == steps


@pytest.mark.parametrize("text", [
    "ex:S sh:targetSubjectsOf ex:p ; sh:class ex:D .",
    "ex:S sh:targetClass ex:C ; sh:property [ sh:path ( ex:p ex:q ) ; sh:minCount 1 ] .",
    "ex:S sh:targetClass ex:C ; sh:property [ sh:path [ sh:inversePath ex:p ] ; sh:minCount 1 ] .",
    "ex:S sh:targetClass ex:C ; sh:sparql [ sh:select \"SELECT $this WHERE {}\" ] .",
    "ex:S sh:targetClass ex:C ; sh:node ex:S .",
    "ex:S a rdfs:Class ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .",
])
def test_what_reach_cannot_bound_is_refused(text):
    with pytest.raises(sc.Unsupported):
        sc.reach(shapes(text))


NKG = "https://w3id.org/newskg/ontology#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def quad(s, p, o, g) -> ox.Quad:
    return ox.Quad(ox.NamedNode(s), ox.NamedNode(p), o, ox.NamedNode(g))


@pytest.fixture
def store():
    st = ox.Store()
    person, label = ox.NamedNode(NKG + "Person"), "http://www.w3.org/2000/01/rdf-schema#label"
    for g, name in (("http://g/1", "Ann Lee"), ("http://g/2", "ANN LEE")):
        st.add(quad("http://x/ann", str(RDF_TYPE.value), person, g))
        st.add(quad("http://x/ann", label, ox.Literal(name), g))
        st.add(quad(f"{g}#m", NKG + "denotes", ox.NamedNode("http://x/ann"), g))
        st.add(quad(f"{g}#m", str(RDF_TYPE.value), ox.NamedNode(NKG + "Mention"), g))
    return st


def test_focus_nodes_are_the_targets_and_their_subclasses(store):
    classes = sc.target_classes(load_shapes_graph(), load_ontology_graph())
    assert URIRef(NKG + "Person") in classes  # through nkg:Actor's subclasses
    assert [n.value for n in sc.focus_nodes(store, classes)] == ["http://g/1#m", "http://g/2#m", "http://x/ann"]


def test_a_blank_focus_node_is_refused(store):
    store.add(ox.Quad(ox.BlankNode(), RDF_TYPE, ox.NamedNode(NKG + "Mention"), ox.NamedNode("http://g/1")))
    with pytest.raises(sc.Unsupported):
        sc.focus_nodes(store, [URIRef(NKG + "Mention")])


def test_neighbourhood_is_the_union_up_to_the_steps(store):
    one = sc.neighbourhood(store, [ox.NamedNode("http://g/1#m")], 1)
    assert len(one) == 2 and (URIRef("http://g/1#m"), URIRef(NKG + "denotes"), URIRef("http://x/ann")) in one
    two = sc.neighbourhood(store, [ox.NamedNode("http://g/1#m")], 2)
    labels = set(two.objects(URIRef("http://x/ann"), URIRef("http://www.w3.org/2000/01/rdf-schema#label")))
    assert labels == {Literal("Ann Lee"), Literal("ANN LEE")}  # from both graphs, as plain literals
    assert len(two) == 5  # the type triple is in both graphs but counted once


def test_chunks_cover_every_node_once():
    assert list(sc.chunks(list(range(7)), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
