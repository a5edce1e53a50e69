"""kg.sparql.checks: empty queries, SERVICE calls and REGEX patterns found before a query runs."""

from __future__ import annotations

import pytest

from kg.errors import QueryError
from kg.sparql.checks import check_no_service, check_not_empty, check_regex_patterns, lexemes
from kg.sparql.files import QueryText


def q(text: str, origin: str = "-e") -> QueryText:
    return QueryText(text, origin)


def test_lexemes_keep_names_strings_and_iris_whole():
    assert lexemes("SELECT * { ?s <http://x/#a> ex:a.service ; :service 'a # b'@en-GB }  # tail") == [
        "SELECT", "*", "{", "?s", "<http://x/#a>", "ex:a.service", ";", ":service", "'a # b'", "@en-GB", "}"]


@pytest.mark.parametrize("text, origin, said", [
    ("", "-e", "the query given with -e is empty"),
    ("  \n# only a comment\n", "-e", "the query given with -e is empty"),
    ("\n", "my.rq", "query file my.rq is empty"),
])
def test_an_empty_query_is_named_empty(text, origin, said):
    with pytest.raises(QueryError, match=said):
        check_not_empty(q(text, origin))


def test_a_query_is_not_empty():
    check_not_empty(q("ASK {}"))


@pytest.mark.parametrize("text", [
    "SELECT * { SERVICE <http://h/sparql> { ?s ?p ?o } }",
    "select * { service silent <http://h/> { ?s ?p ?o } }",
    "SELECT * { ?s ?p ?o .SERVICE ?where { ?s ?p ?o } }",
    "SELECT * { ?s ?p ?o.Service ex:far { ?s ?p ?o } }",
])
def test_service_calls_are_refused_naming_the_option(text):
    with pytest.raises(QueryError, match=r"SERVICE .*--allow-service"):
        check_no_service(q(text))


@pytest.mark.parametrize("text", [
    "PREFIX ex: <http://e/> SELECT ?service { ?s ex:service ?service ; ex:a.service :service }",
    'SELECT * { ?s ?p "SERVICE <http://h/> {}" } # SERVICE <http://h/>',
    'SELECT * { ?s ?p "x"@service . <http://h/SERVICE> ?p ?o }',
])
def test_names_that_spell_service_are_no_call(text):
    check_no_service(q(text))


@pytest.mark.parametrize("text, said", [
    ('SELECT * { ?s ?p ?o FILTER(REGEX(STR(?o), "(")) }', r'REGEX pattern "\(" in query -e is not a valid'),
    ("SELECT * { ?s ?p ?o FILTER regex(?o, '(?=a)') }", r"REGEX pattern '\(\?=a\)'"),  # Python's re takes it; Oxigraph not
    ('SELECT * { ?s ?p ?o FILTER(REGEX(?o, "a", "z")) }', r'REGEX flags "z" .* not valid'),
    ('SELECT (REPLACE(STR(?o), "[", "") AS ?x) { ?s ?p ?o }', r'REPLACE pattern "\["'),
    ('SELECT (REPLACE(STR(?o), "a", "", "w") AS ?x) { ?s ?p ?o }', r'REPLACE flags "w"'),
])
def test_invalid_constant_patterns_are_named(text, said):
    with pytest.raises(QueryError, match=said):
        check_regex_patterns(q(text))


@pytest.mark.parametrize("text", [
    'SELECT * { ?s ?p ?o FILTER(REGEX(STR(?o), "^Mer(kel)?$", "i")) }',
    'SELECT * { ?s ?p ?o FILTER(REGEX(STR(?o), "(", "q")) }',  # q: the pattern is a plain string
    'SELECT * { ?s ?p ?o FILTER(REGEX(STR(?o), ?pattern)) }',  # computed at run time: not checked
    'SELECT * { ?s ?p ?o FILTER(REGEX(STR(?o), "(", ?flags)) }',
    'SELECT * { ?s ?p ?o FILTER(REGEX(CONCAT(STR(?o), ","), """a\\\\d+""")) }',
])
def test_valid_or_computed_patterns_pass(text):
    check_regex_patterns(q(text))
