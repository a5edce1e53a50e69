"""kg.sparql.text: the form of a query, parameters read and bound as RDF terms, never as query text."""

from __future__ import annotations

import re

import pyoxigraph as ox
import pytest

from kg.errors import QueryError
from kg.sparql.files import QueryText
from kg.sparql.text import bind_params, bind_values, inline_params, is_update, parse_params, parse_term, query_form


def test_bind_values_puts_terms_in_the_where_group():
    text = bind_values("SELECT ?x WHERE { ?x ?p ?v }", {"v": 'a"} ; DROP ALL #\n'})
    assert text == 'SELECT ?x WHERE { VALUES (?v) { ("a\\"} ; DROP ALL #\\n") }  ?x ?p ?v }'
    construct = "# { not this\nPREFIX e: <http://e/{x}>\nCONSTRUCT { ?s e:p '{' } WHERE { ?s ?p ?o }"
    assert bind_values(construct, {"s": ox.NamedNode("http://e/s")}).endswith("WHERE { VALUES (?s) { (<http://e/s>) }  ?s ?p ?o }")
    assert "VALUES (?s)" in bind_values("CONSTRUCT WHERE { ?s ?p ?o }", {"s": ox.NamedNode("http://e/s")})
    both = bind_values("ASK { ?s ?p ?o }", {"?n": 3, "$b": True})
    assert '(?n ?b) { ("3"^^<http://www.w3.org/2001/XMLSchema#integer> "true"^^<http://www.w3.org/2001/XMLSchema#boolean>) }' in both
    with pytest.raises(QueryError, match="variable name"):
        bind_values("ASK { ?s ?p ?o }", {"s) {} #": "x"})
    with pytest.raises(QueryError, match="BlankNode"):
        bind_values("ASK { ?s ?p ?o }", {"s": ox.BlankNode()})
    assert query_form("PREFIX s: <http://s/select#> # ASK\n construct where {?s ?p ?o}") == "CONSTRUCT"


def test_inline_params_writes_the_term_in_the_where_group_only():
    text = 'SELECT ?v ?vv WHERE { ?x <p:v> ?v ; <p:w> $v . FILTER(?vv != "?v") # ?v here\n } ORDER BY ?v'
    out = inline_params(text, {"v": 'a" } ; DROP ALL #'})
    term = '"a\\" } ; DROP ALL #"'
    assert out == ('SELECT ?v ?vv WHERE { ?x <p:v> ' + term + ' ; <p:w> ' + term
                   + ' . FILTER(?vv != "?v") # ?v here\n  BIND(' + term + ' AS ?v) } ORDER BY ?v')


def test_inline_params_answers_like_substitutions():
    store = ox.Store()
    for s, name in (("a", "Anna"), ("b", "Bo"), ("c", "Anna")):
        store.add(ox.Quad(ox.NamedNode(f"http://e/{s}"), ox.NamedNode("http://e/name"), ox.Literal(name)))
    query = "SELECT ?s ?name (COUNT(*) AS ?n) WHERE { ?s <http://e/name> ?name } GROUP BY ?s ?name ORDER BY ?s"
    inlined = list(store.query(inline_params(query, {"name": ox.Literal("Anna")})))
    substituted = list(store.query(query, substitutions={ox.Variable("name"): ox.Literal("Anna")}))
    assert [[t.value for t in row] for row in inlined] == [["http://e/a", "Anna", "1"], ["http://e/c", "Anna", "1"]]
    assert [[t.value for t in row] for row in inlined] == [[t.value for t in row] for row in substituted]


def test_inline_params_refuses_bad_names_and_open_groups():
    with pytest.raises(QueryError, match="variable name"):
        inline_params("ASK { ?s ?p ?o }", {"s }": "x"})
    with pytest.raises(QueryError, match="not closed"):
        inline_params("ASK { ?s ?p ?o ", {"s": "x"})


def test_bind_params_writes_constants_where_the_query_allows_it():
    text = bind_params("SELECT ?x ?v WHERE { ?x ?p ?v }", {"v": 'a"} ; DROP ALL #\n'})
    assert "VALUES" not in text and "?x ?p ?v" not in text
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("http://e/x"), ox.NamedNode("http://e/p"), ox.Literal('a"} ; DROP ALL #\n')))
    assert [s["v"].value for s in store.query(text)] == ['a"} ; DROP ALL #\n']


def test_bind_params_falls_back_to_values_when_a_sub_select_projects_the_variable():
    text = "SELECT ?v WHERE { { SELECT ?v WHERE { ?x ?p ?v } } }"
    assert "VALUES (?v)" in bind_params(text, {"v": "a"})
    assert bind_params(text, {}) == text


@pytest.mark.parametrize("text, update", [
    ("INSERT DATA { <http://a> <http://b> <http://c> }", True),
    ("# drop it all\nPREFIX ex: <http://e#>\nDELETE WHERE { ?s ex:p ?o }", True),
    ("BASE <http://e/> WITH <g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", True),
    ("clear all", True),
    ("PREFIX insert: <http://e#> SELECT * WHERE { ?s insert:p ?o }", False),
    ("SELECT * WHERE { ?s <http://e#delete> ?o }", False),
    ("SELEC * WHERE { ?s ?p ?o }", False),
    ("", False),
])
def test_is_update(text, update):
    assert is_update(text) is update


@pytest.mark.parametrize("value, expected", [
    ("<https://example.org/x>", ox.NamedNode("https://example.org/x")),
    ('"3"^^<http://www.w3.org/2001/XMLSchema#integer>', ox.Literal("3", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))),
    ("plain words", ox.Literal("plain words")),
])
def test_parse_term(value, expected):
    assert parse_term(value) == expected



@pytest.mark.parametrize("item, message", [
    ("speaker", "is not of the form name=value"),
    ("nobody=x", "no variable ?nobody"),
    ("speaker=<not an iri>", "not a valid IRI"),
    ('speaker="unclosed', "not a valid RDF literal"),
])
def test_parse_params_errors(item, message):
    with pytest.raises(QueryError, match=re.escape(message)):
        parse_params([item], QueryText("SELECT * WHERE { ?s ?p ?speaker }", "-e"))
