"""Querying a remote store over the SPARQL 1.1 Protocol, with results as the local store gives them.

Through SPARQLWrapper, results are requested as SPARQL XML results
(SELECT/ASK; the format every store has had longest, and Virtuoso's JSON
writes booleans as "1") or Turtle (CONSTRUCT/DESCRIBE), and parsed with
pyoxigraph into the types a local query returns, so :mod:`kg.sparql.results`
writes both alike, bytes for bytes in layout. Values are the store's:
Virtuoso, for one, returns xsd:nonNegativeInteger values as xsd:integer.

Query parameters are bound by :func:`kg.sparql.text.bind_params`: each value,
serialised by pyoxigraph as one RDF term, is written into the query's WHERE
group where the query allows it, else bound by a ``VALUES`` block; values are
never pasted into the query as raw text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pyoxigraph as ox
from SPARQLWrapper import TURTLE, XML

from kg.errors import QueryError, RemoteError, one_line
from kg.remote.calls import DEFAULT_RETRIES, DEFAULT_TIMEOUT, named_error, sparql_call, sparql_wrapper, with_retries
from kg.remote.endpoints import Auth, Endpoints, require_http_url
from kg.sparql.files import load_internal
from kg.sparql.formats import RDF_FORMATS, SOLUTION_FORMATS
from kg.sparql.results import plain_rows, result_kind
from kg.sparql.text import bind_params, query_form


def _query_url(endpoint: str | Endpoints) -> str:
    if isinstance(endpoint, Endpoints):
        return endpoint.query
    require_http_url(endpoint)
    return endpoint


def _fetch(endpoint, sparql, params, auth, timeout, retries) -> tuple[str, bytes]:
    url = _query_url(endpoint)
    text = bind_params(sparql, params)
    form = query_form(text)
    sw = sparql_wrapper(url, auth, timeout, update=False)
    sw.setReturnFormat(XML if form in ("SELECT", "ASK") else TURTLE)
    what = f"query to {url} failed"
    try:
        holder: list[bytes] = []
        with_retries(lambda: holder.append(sparql_call(sw, text, timeout)), what, retries, 0.5)
    except RemoteError as err:
        raise named_error(err, what) from None
    return form, holder[0]


def remote_query(
    endpoint: str | Endpoints,
    sparql: str,
    *,
    params: Mapping[str, Any] | None = None,
    auth: Auth | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    retries: int = DEFAULT_RETRIES,
):
    """Run a query on a remote store; the result is of the type a local query gives.

    pyoxigraph ``QuerySolutions`` (SELECT), ``QueryBoolean`` (ASK) or
    ``QueryTriples`` (CONSTRUCT, DESCRIBE), for :mod:`kg.sparql.results`
    to write in any format, as it writes a result of the local store.
    """
    form, body = _fetch(endpoint, sparql, params, auth, timeout, retries)
    url = _query_url(endpoint)
    if form in ("SELECT", "ASK"):
        try:
            results = _solutions(body)
            if isinstance(results, ox.QuerySolutions):  # parsed lazily: read through once, a server may break off mid-answer
                for _ in results:
                    pass
                results = _solutions(body)
            return results
        except (SyntaxError, ValueError) as err:
            raise RemoteError(f"query to {url} failed: the answer is not SPARQL XML results ({one_line(err)})") from None
    graph = ox.Store()
    try:
        graph.load(body, format=RDF_FORMATS["ttl"])
    except (SyntaxError, ValueError) as err:
        raise RemoteError(f"query to {url} failed: the answer is not Turtle ({err})") from None
    return graph.query(load_internal("all_triples"))


def _solutions(body: bytes):
    return ox.parse_query_results(body, format=SOLUTION_FORMATS["xml"])



def remote_select_rows(
    endpoint: str | Endpoints,
    sparql: str,
    auth: Auth | None = None,
    params: Mapping[str, Any] | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> list[dict[str, str]]:
    """SELECT rows as {variable: plain value} (IRI, literal text); unbound variables left out."""
    results = remote_query(endpoint, sparql, params=params, auth=auth, timeout=timeout)
    if result_kind(results) != "solutions":
        raise QueryError("remote_select_rows needs a SELECT query")
    return plain_rows(results)


def remote_graph_counts(
    endpoint: str | Endpoints,
    graphs: Iterable[str] | None = None,
    auth: Auth | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> dict[str, int]:
    """Triples per named graph in the remote store (only ``graphs`` when given; 0 when absent)."""
    sparql = load_internal("graph_counts")
    wanted = list(graphs) if graphs is not None else None
    counts: dict[str, int] = {g: 0 for g in wanted} if wanted is not None else {}
    if wanted == []:
        return counts
    if wanted is not None and len(wanted) == 1:
        rows = remote_select_rows(endpoint, sparql, auth, {"g": ox.NamedNode(wanted[0])}, timeout)
    else:
        rows = remote_select_rows(endpoint, sparql, auth, timeout=timeout)
    for row in rows:
        if "g" in row and (wanted is None or row["g"] in counts):
            counts[row["g"]] = int(row["n"])
    return counts
