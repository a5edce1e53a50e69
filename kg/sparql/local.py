"""Running a query on the local store.

Parameter values are RDF terms, never text pasted into the query: written
into the WHERE group by pyoxigraph's serialiser where the query allows it (so
Oxigraph can plan around them), else bound with Oxigraph's substitutions
(RDF-dev SEP-0007). What comes back is a pyoxigraph result, written out by
:mod:`kg.sparql.results` as a remote one is.
"""

from __future__ import annotations

from kg.errors import QueryError
from kg.sparql.files import QueryText
from kg.sparql.text import inline_params, is_update


def run_query(store, query: QueryText, params: dict | None = None):
    """Execute on the local store; malformed SPARQL is a QueryError.

    Parameters are written into the query as constants where the query
    allows it (see :func:`kg.sparql.text.inline_params`; Oxigraph plans around
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
