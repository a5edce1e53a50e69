"""Query results, wherever they were run: their kind, W3C formats, rows for tables and for code.

A result is what pyoxigraph gives, from the local store or parsed from a
remote endpoint's answer: ``QuerySolutions`` (SELECT), ``QueryBoolean``
(ASK) or ``QueryTriples`` (CONSTRUCT, DESCRIBE). SELECT/ASK results come out
in the W3C result formats (SPARQL 1.1 Query Results JSON, CSV/TSV, XML),
graphs as Turtle, N-Triples, JSON-LD or RDF/XML (the table is
:mod:`kg.sparql.formats`); all serialising is pyoxigraph's.
"""

from __future__ import annotations

import csv
import itertools
import json
import re

import pyoxigraph as ox

from kg.namespaces import PREFIXES
from kg.outfile import check_xml_characters
from kg.sparql.formats import GRAPH_FORMATS, SOLUTION_FORMATS, TABLE, graph_format, other_than_xml, solution_format


def result_kind(results) -> str:
    """``graph``, ``boolean`` or ``solutions``."""
    if isinstance(results, ox.QueryTriples):
        return "graph"
    if isinstance(results, ox.QueryBoolean):
        return "boolean"
    return "solutions"


def default_format(results) -> str:
    return "ttl" if result_kind(results) == "graph" else TABLE


def serialize_results(results, fmt: str) -> bytes:
    """Results in a W3C format (json/csv/tsv/xml for solutions, ttl/nt/jsonld/xml for graphs).

    A graph holds each triple once (a DESCRIBE over the union of a store's
    graphs meets a triple once per graph that holds it), and the output ends
    with a newline, as a file a shell prints should. XML output (RDF/XML,
    SPARQL Results XML) of a text holding a character XML cannot carry is a
    FormatError naming the formats that can.
    """
    if result_kind(results) == "graph":
        data = ox.serialize(distinct_triples(results), format=graph_format(fmt), prefixes=PREFIXES) or b""
        alternatives = other_than_xml(GRAPH_FORMATS)
    else:
        data = results.serialize(format=solution_format(fmt))
        alternatives = other_than_xml(SOLUTION_FORMATS)
    if data and not data.endswith(b"\n"):
        data += b"\n"
    return check_xml_characters(data, alternatives) if fmt == "xml" else data


def first_rows(data: bytes, fmt: str, limit: int) -> tuple[bytes, bool]:
    """The serialized SELECT result ``data`` cut to its first ``limit`` rows, and whether rows were cut.

    CSV, TSV and XML keep their bytes up to the cut; JSON is written again, compact as before.

    >>> first_rows(b"?a\\n1\\n2\\n", "tsv", 1)
    (b'?a\\n1\\n', True)
    """
    if fmt == "json":
        document = json.loads(data)
        bindings = document["results"]["bindings"]
        document["results"]["bindings"] = bindings[:limit]
        return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode() + b"\n", len(bindings) > limit
    if fmt == "xml":
        ends = [m.end() for m in itertools.islice(re.finditer(rb"</result>", data), limit + 1)]
        if len(ends) <= limit:
            return data, False
        return data[: ends[limit - 1]] + b"</results></sparql>\n", True
    lines = data.splitlines(keepends=True)
    if fmt == "csv":  # a quoted value may hold a line break: count records, not lines
        reader = csv.reader(line.decode() for line in lines)
        for _ in itertools.islice(reader, limit + 1):
            pass
        kept = reader.line_num
    else:  # TSV escapes its line breaks
        kept = limit + 1
    return b"".join(lines[:kept]), len(lines) > kept


def distinct_triples(triples) -> list:
    """The triples in their first order, each once.

    >>> t = ox.Triple(ox.NamedNode("http://e/s"), ox.NamedNode("http://e/p"), ox.Literal("o"))
    >>> len(distinct_triples([t, t]))
    1
    """
    return list(dict.fromkeys(triples))


def compact(term) -> str:
    """A term as a person reads it: literal values bare, IRIs as prefixed names.

    >>> compact(ox.NamedNode("https://w3id.org/newskg/ontology#Statement"))
    'nkg:Statement'
    >>> compact(ox.Literal("Oslo", language="en"))
    'Oslo'
    """
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return term.value
    value = term.value
    for prefix, ns in PREFIXES.items():
        if value.startswith(ns) and re.fullmatch(r"[\w.-]*", value[len(ns):]):
            return f"{prefix}:{value[len(ns):]}"
    return value


def rows(results, limit: int | None = None) -> tuple[list[str], list[list[str]]]:
    """Variables and rows of compacted values (the first ``limit`` rows when given), for tables and tests."""
    variables = [v.value for v in results.variables]
    return variables, [[compact(sol[v]) for v in variables] for sol in itertools.islice(results, limit)]


def plain_rows(results) -> list[dict[str, str]]:
    """Solutions as dicts of plain values (IRIs in full), unbound variables left out."""
    variables = [v.value for v in results.variables]
    return [{v: sol[v].value for v in variables if sol[v] is not None} for sol in results]
