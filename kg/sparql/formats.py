"""The one table of output formats: each name kg accepts, and the pyoxigraph format it means.

Every command reads its formats here: ``kg query`` (local or ``--endpoint``)
for SELECT/ASK results and CONSTRUCT/DESCRIBE graphs, ``kg export`` for the
whole store, and ``kg push`` for the bodies it sends. A pyoxigraph format
carries its media type and file extension, so those live in the same row:

>>> RDF_FORMATS["xml"].media_type
'application/rdf+xml'
>>> SOLUTION_FORMATS["tsv"].file_extension
'tsv'

``xml`` names SPARQL Results XML for solutions and RDF/XML for a graph,
as it does in ``kg export``.
"""

from __future__ import annotations

import pyoxigraph as ox

from kg.errors import FormatError, choices

#: SELECT and ASK results: the W3C SPARQL 1.1 result formats
SOLUTION_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "json": ox.QueryResultsFormat.JSON,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "xml": ox.QueryResultsFormat.XML,
}
#: RDF graphs and datasets (``kg export``)
RDF_FORMATS: dict[str, ox.RdfFormat] = {
    "ttl": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
    "xml": ox.RdfFormat.RDF_XML,
}
#: CONSTRUCT and DESCRIBE results: the RDF formats that kg writes for one graph
GRAPH_FORMATS: dict[str, ox.RdfFormat] = {name: RDF_FORMATS[name] for name in ("ttl", "nt", "jsonld", "xml")}
#: a SELECT result as a table for people (ASK as yes/no)
TABLE = "table"
#: every format ``kg query`` accepts
QUERY_FORMATS: tuple[str, ...] = (TABLE, *SOLUTION_FORMATS, *(name for name in GRAPH_FORMATS if name not in SOLUTION_FORMATS))


def check_query_format(name: str) -> str:
    """``name`` if ``kg query`` knows it, else a FormatError listing the formats.

    >>> check_query_format("pdf")
    Traceback (most recent call last):
    ...
    kg.errors.FormatError: unknown format 'pdf'; use one of: table, json, csv, tsv, xml, ttl, nt, jsonld
    """
    if name not in QUERY_FORMATS:
        raise FormatError(f"unknown format '{name}'; use one of: {', '.join(QUERY_FORMATS)}")
    return name


def rdf_format(name: str) -> ox.RdfFormat:
    """The RDF format ``kg export`` writes for ``name``."""
    try:
        return RDF_FORMATS[name]
    except KeyError:
        raise FormatError(f"unknown export format '{name}'; use one of: {choices(RDF_FORMATS)}") from None


def solution_format(name: str, form: str = "SELECT/ASK") -> ox.QueryResultsFormat:
    """The result format for a SELECT or ASK result."""
    try:
        return SOLUTION_FORMATS[name]
    except KeyError:
        raise FormatError(
            f"format '{name}' does not fit a {form} result; use one of: {choices((TABLE, *SOLUTION_FORMATS))}"
        ) from None


def graph_format(name: str, form: str = "CONSTRUCT/DESCRIBE") -> ox.RdfFormat:
    """The RDF format for a CONSTRUCT or DESCRIBE result.

    >>> graph_format("xml").name
    'RDF/XML'
    """
    try:
        return GRAPH_FORMATS[name]
    except KeyError:
        raise FormatError(f"format '{name}' does not fit a {form} result; use one of: {choices(GRAPH_FORMATS)}") from None


def other_than_xml(table: dict) -> list[str]:
    """The names in ``table`` an XML refusal offers instead.

    >>> other_than_xml(SOLUTION_FORMATS)
    ['json', 'csv', 'tsv']
    """
    return [name for name in table if name != "xml"]
