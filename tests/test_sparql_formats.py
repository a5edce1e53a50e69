"""kg.sparql.formats: one table of output formats, read by query, export and push."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.errors import FormatError
from kg.sparql.formats import (
    GRAPH_FORMATS,
    QUERY_FORMATS,
    RDF_FORMATS,
    SOLUTION_FORMATS,
    check_query_format,
    graph_format,
    rdf_format,
    solution_format,
)


def test_query_formats_are_table_solutions_and_graph_formats():
    assert QUERY_FORMATS == ("table", "json", "csv", "tsv", "xml", "ttl", "nt", "jsonld")
    assert set(QUERY_FORMATS) == {"table", *SOLUTION_FORMATS, *GRAPH_FORMATS}


def test_graph_results_take_rdf_xml_like_export():
    assert graph_format("xml") == rdf_format("xml") == ox.RdfFormat.RDF_XML
    assert solution_format("xml") == ox.QueryResultsFormat.XML
    assert all(RDF_FORMATS[name] == fmt for name, fmt in GRAPH_FORMATS.items())
    assert "trig" not in GRAPH_FORMATS and "nq" not in GRAPH_FORMATS  # a query result is one graph


@pytest.mark.parametrize("call, name, message", [
    (check_query_format, "pdf", "unknown format 'pdf'; use one of: table, json, csv, tsv, xml, ttl, nt, jsonld"),
    (rdf_format, "docx", "unknown export format 'docx'; use one of: jsonld, nq, nt, trig, ttl, xml"),
    (solution_format, "ttl", "format 'ttl' does not fit a SELECT/ASK result; use one of: csv, json, table, tsv, xml"),
    (graph_format, "csv", "format 'csv' does not fit a CONSTRUCT/DESCRIBE result; use one of: jsonld, nt, ttl, xml"),
])
def test_unknown_names_are_refused_with_the_choices(call, name, message):
    with pytest.raises(FormatError) as err:
        call(name)
    assert str(err.value) == message


def test_media_types_and_extensions_come_with_the_format():
    assert RDF_FORMATS["nt"].media_type == "application/n-triples"
    assert SOLUTION_FORMATS["json"].media_type == "application/sparql-results+json"
    assert RDF_FORMATS["ttl"].file_extension == "ttl"
