"""Running SPARQL on the store and writing the results in the asked format.

SELECT and ASK results come out as a table or in the W3C result formats
(SPARQL 1.1 Query Results JSON, CSV/TSV, XML), CONSTRUCT and DESCRIBE results
as Turtle, N-Triples or JSON-LD; all serialising is pyoxigraph's. Parameter
values are RDF terms, never text pasted into the query: written into the
WHERE group by pyoxigraph's serialiser where the query allows it (so
Oxigraph can plan around them), else bound with Oxigraph's substitutions
(RDF-dev SEP-0007).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import FormatError, QueryError, choices
from kg.namespaces import PREFIXES
from kg.outfile import check_xml_characters
from kg.queries import load_query
from kg.sparql import inline_params, is_update

SOLUTION_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "xml": ox.QueryResultsFormat.XML,
}
GRAPH_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}
ALL_FORMATS = ("table", *SOLUTION_FORMATS, *GRAPH_FORMATS)


@dataclass(frozen=True)
class QueryText:
    """A query ready to run, with where it came from (for messages)."""

    text: str
    origin: str


def resolve_query(spec: str | None, expression: str | None) -> QueryText:
    """NAME (from queries/), a FILE.rq, or an ad-hoc expression."""
    if expression is not None:
        if spec:
            raise QueryError("give either a query name/file or -e EXPRESSION, not both")
        return QueryText(expression, "-e")
    if not spec:
        raise QueryError("no query given: pass a query name, a .rq file, or -e 'SPARQL'")
    if spec.endswith((".rq", ".sparql")) or "/" in spec:
        path = Path(spec)
        if not path.is_file():
            raise QueryError(f"query file '{spec}' does not exist")
        return QueryText(path.read_text(encoding="utf-8"), spec)
    return QueryText(load_query(spec).text, spec)


def parse_params(params: list[str], query: QueryText) -> dict[ox.Variable, object]:
    """'name=value' pairs as substitutions; the variable must occur in the query."""
    bound: dict[ox.Variable, object] = {}
    for item in params:
        name, sep, value = item.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not re.fullmatch(r"\w+", name):
            raise QueryError(f"--param '{item}' is not of the form name=value")
        if not re.search(rf"[?$]{re.escape(name)}\b", query.text):
            raise QueryError(f"--param '{name}': query {query.origin} has no variable ?{name}")
        bound[ox.Variable(name)] = parse_term(value)
    return bound


def parse_term(value: str):
    """<iri> gives an IRI, an N-Triples literal gives that literal, anything else a plain string."""
    if value.startswith("<") and value.endswith(">"):
        try:
            return ox.NamedNode(value[1:-1])
        except ValueError as err:
            raise QueryError(f"--param value {value} is not a valid IRI: {err}") from None
    if value.startswith('"'):
        try:
            triple = next(iter(ox.parse(f"<x:s> <x:p> {value} .".encode(), format=ox.RdfFormat.N_TRIPLES)))
            return triple.object
        except (SyntaxError, StopIteration):
            raise QueryError(f"--param value {value} is not a valid RDF literal") from None
    return ox.Literal(value)


def run_query(store, query: QueryText, params: dict | None = None):
    """Execute on the local store; malformed SPARQL is a QueryError.

    Parameters are written into the query as constants where the query
    allows it (see :func:`kg.sparql.inline_params`; Oxigraph plans around
    constants, not around substitutions), else bound as substitutions.
    """
    if params:
        try:
            return store.query(inline_params(query.text, {v.value: term for v, term in params.items()}))
        except (SyntaxError, QueryError):
            pass  # the rewrite does not fit this query: substitutions give the same answer, slower
    try:
        return store.query(query.text, substitutions=params or None)
    except SyntaxError as err:
        if is_update(query.text):
            raise QueryError(f"{query.origin} is a SPARQL update: kg query only reads (kg build writes the store)") from None
        raise QueryError(f"malformed SPARQL in {query.origin}: {_one_line(err)}") from None
    except (OSError, ValueError, RuntimeError) as err:
        raise QueryError(f"query {query.origin} failed: {_one_line(err)}") from None


def _one_line(err: Exception) -> str:
    return " ".join(str(err).split())


def check_format(fmt: str) -> str:
    if fmt not in ALL_FORMATS:
        raise FormatError(f"unknown format '{fmt}'; use one of: {', '.join(ALL_FORMATS)}")
    return fmt


def result_kind(results) -> str:
    if isinstance(results, ox.QueryTriples):
        return "graph"
    if isinstance(results, ox.QueryBoolean):
        return "boolean"
    return "solutions"


def serialize_results(results, fmt: str) -> bytes:
    """Results in a W3C format (json/csv/tsv/xml for solutions, ttl/nt/jsonld for graphs)."""
    kind = result_kind(results)
    if kind == "graph":
        if fmt not in GRAPH_FORMATS:
            raise FormatError(f"format '{fmt}' does not fit a CONSTRUCT/DESCRIBE result; use one of: {choices(GRAPH_FORMATS)}")
        return ox.serialize(results, format=GRAPH_FORMATS[fmt], prefixes=PREFIXES)
    if fmt not in SOLUTION_FORMATS:
        raise FormatError(f"format '{fmt}' does not fit a SELECT/ASK result; use one of: {choices(('table', *SOLUTION_FORMATS))}")
    data = results.serialize(format=SOLUTION_FORMATS[fmt])
    return check_xml_characters(data, (f for f in SOLUTION_FORMATS if f != "xml")) if fmt == "xml" else data


def default_format(results) -> str:
    return "ttl" if result_kind(results) == "graph" else "table"


def compact(term) -> str:
    """A term as a person reads it: literal values bare, IRIs as prefixed names."""
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return term.value
    value = term.value
    for prefix, ns in PREFIXES.items():
        if value.startswith(ns) and re.fullmatch(r"[\w.-]*", value[len(ns):]):
            return f"{prefix}:{value[len(ns):]}"
    return value


def rows(results) -> tuple[list[str], list[list[str]]]:
    """Variables and rows of compacted values, for tables and tests."""
    variables = [v.value for v in results.variables]
    return variables, [[compact(sol[v]) for v in variables] for sol in results]


def plain_rows(results) -> list[dict[str, str]]:
    """Solutions as dicts of plain values (IRIs in full), unbound variables left out."""
    variables = [v.value for v in results.variables]
    out = []
    for sol in results:
        out.append({v: sol[v].value for v in variables if sol[v] is not None})
    return out
