"""Running a query on the local store, checked first, and stoppable by Ctrl-C or a timeout.

Parameter values are RDF terms, never text pasted into the query: written
into the WHERE group by pyoxigraph's serialiser where the query allows it (so
Oxigraph can plan around them), else bound with Oxigraph's substitutions
(RDF-dev SEP-0007). What comes back is a pyoxigraph result, written out by
:mod:`kg.sparql.results` as a remote one is.

Oxigraph evaluates in native code that Python's Ctrl-C cannot reach, but it
lets go of the interpreter while it works: :func:`stoppable` runs the query
and the reading of its results in a thread of their own and only waits for
them, so Ctrl-C or the timeout ends the wait at once and the process can
exit, leaving the abandoned evaluation to end with it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from kg.errors import KgError, QueryError, one_line
from kg.sparql.checks import check_no_service, check_regex_patterns
from kg.sparql.files import QueryText
from kg.sparql.text import inline_params, is_update

T = TypeVar("T")


def run_query(store, query: QueryText, params: dict | None = None, *, allow_service: bool = False):
    """Execute on the local store; malformed SPARQL is a QueryError.

    The query is checked first (:mod:`kg.sparql.checks`): a SERVICE call is
    refused unless ``allow_service``, and constant REGEX patterns must be
    valid. Parameters are written into the query as constants where the query
    allows it (see :func:`kg.sparql.text.inline_params`; Oxigraph plans around
    constants, not around substitutions), else bound as substitutions.
    """
    if not allow_service:
        check_no_service(query)
    check_regex_patterns(query)
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
        raise QueryError(f"malformed SPARQL in {query.origin}: {one_line(err)}") from None
    except (OSError, ValueError, RuntimeError) as err:
        raise QueryError(f"query {query.origin} failed: {one_line(err)}") from None


def stoppable(work: Callable[[], T], origin: str, timeout: float | None = None) -> T:
    """``work()`` (running a query and reading all its results) in a thread this one only waits for.

    Ctrl-C (KeyboardInterrupt) reaches the waiting thread within a moment
    however long the query runs, and after ``timeout`` seconds the wait ends
    with a QueryError; either way the work is abandoned (a daemon thread, so
    the process exits without it). An error the engine raises while the
    results are read (a SERVICE endpoint that cannot be reached, say) is a
    QueryError naming the query.
    """
    outcome: dict[str, object] = {}
    done = threading.Event()

    def run() -> None:
        try:
            outcome["value"] = work()
        except KgError as err:
            outcome["error"] = _bare(err)
        except (OSError, ValueError, RuntimeError) as err:
            outcome["error"] = QueryError(f"query {origin} failed: {one_line(err)}")
        except BaseException as err:  # noqa: BLE001 - handed to the waiting thread, raised there
            outcome["error"] = _bare(err)
        finally:
            done.set()

    threading.Thread(target=run, name=f"query {origin}", daemon=True).start()
    if not done.wait(timeout):
        raise QueryError(f"query {origin} ran longer than --timeout {timeout:g} s and was stopped")
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]


def _bare(err: BaseException) -> BaseException:
    """The error without its traceback and chain: their frames hold pyoxigraph results, which may only be
    dropped by the thread that made them."""
    err.__traceback__ = err.__context__ = err.__cause__ = None
    return err

