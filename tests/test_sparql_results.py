"""kg.sparql.results: results in the W3C formats, as rows for tables and for code."""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox
import pytest

from kg.errors import FormatError
from kg.namespaces import NKG
from kg.sparql.files import QueryText, resolve_query
from kg.sparql.formats import GRAPH_FORMATS
from kg.sparql.local import run_query
from kg.sparql.results import compact, default_format, plain_rows, result_kind, rows, serialize_results


def test_statements_json_is_w3c_results(seed_store):
    results = run_query(seed_store, resolve_query("statements", None))
    data = json.loads(serialize_results(results, "json"))
    assert data["head"]["vars"][:4] == ["doc", "speaker", "cue", "content"]
    first = data["results"]["bindings"][0]
    assert int(first["end"]["value"]) > int(first["start"]["value"])



@pytest.mark.parametrize("fmt", ["csv", "tsv", "xml", "json"])
def test_solution_formats(seed_store, fmt):
    results = run_query(seed_store, resolve_query("actors", None))
    out = serialize_results(results, fmt).decode()
    assert "name" in out


def test_xml_results_refuse_a_control_character_xml_cannot_hold():
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("https://e/s"), ox.NamedNode("https://e/p"), ox.Literal("page\x0cbreak")))
    with pytest.raises(FormatError, match="U\\+000C .* use one of: csv, json, tsv$"):
        serialize_results(store.query("SELECT ?o WHERE { ?s ?p ?o }"), "xml")
    assert "page\\fbreak" in serialize_results(store.query("SELECT ?o WHERE { ?s ?p ?o }"), "json").decode()


def test_csv_has_a_row_per_actor(seed_store):
    results = run_query(seed_store, resolve_query("actors", None))
    rows = list(csv.DictReader(io.StringIO(serialize_results(results, "csv").decode())))
    names = [r["name"] for r in rows]
    assert len(names) == len(set(names)) > 3


@pytest.mark.parametrize("fmt", ["ttl", "nt", "jsonld", "xml"])
def test_construct_formats(seed_store, fmt):
    text = QueryText("CONSTRUCT { ?s ?p ?o } WHERE { ?s a <%s> ; ?p ?o }" % NKG.Statement, "-e")
    data = serialize_results(run_query(seed_store, text), fmt)
    parsed = list(ox.parse(data, format=GRAPH_FORMATS[fmt]))
    assert parsed


def test_wrong_format_for_result_kind(seed_store):
    results = run_query(seed_store, resolve_query("actors", None))
    with pytest.raises(FormatError, match="SELECT"):
        serialize_results(results, "ttl")




def test_construct_as_rdf_xml_refuses_a_control_character_xml_cannot_hold():
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("https://e/s"), ox.NamedNode("https://e/p"), ox.Literal("page\x0cbreak")))
    construct = "CONSTRUCT WHERE { ?s ?p ?o }"
    with pytest.raises(FormatError, match="U\\+000C .* use one of: jsonld, nt, ttl$"):
        serialize_results(store.query(construct), "xml")
    assert b"page\\fbreak" in serialize_results(store.query(construct), "nt")


def test_kinds_and_default_formats():
    store = ox.Store()
    assert (result_kind(store.query("ASK {}")), default_format(store.query("ASK {}"))) == ("boolean", "table")
    assert result_kind(store.query("SELECT * {}")) == "solutions"
    graph = store.query("CONSTRUCT WHERE { ?s ?p ?o }")
    assert (result_kind(graph), default_format(graph)) == ("graph", "ttl")


def test_rows_compact_iris_and_plain_rows_keep_them_whole():
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("https://e/s"), ox.NamedNode(NKG.speaker), ox.Literal("Ann", language="en")))
    sparql = "SELECT ?p ?o ?unbound WHERE { ?s ?p ?o }"
    assert rows(store.query(sparql)) == (["p", "o", "unbound"], [["nkg:speaker", "Ann", ""]])
    assert plain_rows(store.query(sparql)) == [{"p": str(NKG.speaker), "o": "Ann"}]
    assert compact(None) == "" and compact(ox.NamedNode("https://e/s")) == "https://e/s"


def _parsed_rows(data: bytes, fmt: str) -> list:
    """The rows of a serialized SELECT result, read back (CSV, which pyoxigraph does not read, by the csv module)."""
    if fmt == "csv":
        return list(csv.reader(io.StringIO(data.decode(), newline="")))[1:]
    return [tuple(solution) for solution in ox.parse_query_results(data, format=ox.QueryResultsFormat.from_extension(fmt))]


@pytest.mark.parametrize("fmt", ["csv", "tsv", "xml", "json"])
@pytest.mark.parametrize("limit", [1, 3])
def test_first_rows_are_the_first_rows_in_the_same_format(seed_store, fmt, limit):
    """Cut to N rows, each format still parses and holds exactly the first N rows of the whole (multi-line CSV values too)."""
    from kg.sparql.results import first_rows

    whole = serialize_results(run_query(seed_store, resolve_query("statements", None)), fmt)
    cut, more = first_rows(whole, fmt, limit)
    expected = _parsed_rows(whole, fmt)
    assert more and _parsed_rows(cut, fmt) == expected[:limit]
    assert first_rows(whole, fmt, len(expected))[1] is False
