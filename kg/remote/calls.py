"""One request to a remote store: SPARQLWrapper set up, retries with backoff, one-line errors.

Errors are :class:`~kg.errors.RemoteError` with one line naming the
endpoint, the graph and the HTTP status. Transient failures (connection
refused or reset, timeouts, HTTP 408/429/5xx but 501 and 505) are retried
with exponential backoff; other HTTP errors (401, 403, 404, 400, 501 "not
implemented", ...) fail at once. A 405 or 501 says the URL is no SPARQL
endpoint: a hint takes the place of the web page such a server answers with.
"""

from __future__ import annotations

import re
import socket
import time
import urllib.error
from collections.abc import Callable

from SPARQLWrapper import POST, POSTDIRECTLY, SPARQLWrapper
from SPARQLWrapper import SPARQLExceptions as swx

from kg.errors import RemoteError
from kg.remote.endpoints import Auth

DEFAULT_TIMEOUT = 60.0
DEFAULT_RETRIES = 3
USER_AGENT = "newskg (SPARQLWrapper; requests)"


class Transient(Exception):
    """A failure worth retrying; carries the one-line reason."""


#: statuses that say the server does not take SPARQL requests at this URL, with what to check instead
HINTS = {status: "is the URL a SPARQL endpoint (the store's query URL), and --profile the store's kind?" for status in (405, 501)}


def _short(body: bytes | str | None, web_page_too: bool = True) -> str:
    if not body:
        return ""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    if not web_page_too and re.match(r"\s*(<!doctype html|<html|<head|<body)", text, re.IGNORECASE):
        return ""
    text = " ".join(re.sub(r"<[^>]{0,200}>", " ", text).split())
    return (": " + text[:200]) if text else ""


def http_status(status: int, reason: str, body: bytes | str | None) -> str:
    """One line for a failed response: ``HTTP 400 Bad Request: the body's text``.

    For a status that says the URL takes no SPARQL (405, 501) a hint takes
    the place of a web page's text, which is the server's boilerplate:

    >>> http_status(501, "Unsupported method ('POST')", b"<!DOCTYPE HTML><html><body>Error response</body></html>")
    "HTTP 501 Unsupported method ('POST') (is the URL a SPARQL endpoint (the store's query URL), and --profile the store's kind?)"
    """
    line = f"HTTP {status} {reason}".rstrip() + _short(body, web_page_too=status not in HINTS)
    return line + (f" ({HINTS[status]})" if status in HINTS else "")


def is_transient(status: int) -> bool:
    """True for the HTTP statuses worth retrying (not 501 Not Implemented, 505 HTTP Version Not Supported)."""
    return status in (408, 425, 429) or (status >= 500 and status not in (501, 505))


def with_retries(action: Callable[[], None], what: str, retries: int, backoff: float) -> None:
    """Run action; retry Transient failures with exponential backoff."""
    attempt = 0
    while True:
        try:
            return action()
        except Transient as err:
            if attempt >= retries:
                tries = f" after {attempt + 1} attempts" if attempt else ""
                raise RemoteError(f"{what}: {err}{tries}") from None
            time.sleep(backoff * (2**attempt))
            attempt += 1


def connection_reason(err: BaseException) -> str:
    """The innermost cause of a connection error, without URLs or headers."""
    while err.__cause__ or err.__context__ or (err.args and isinstance(err.args[0], BaseException)):
        nxt = err.__cause__ or err.__context__ or err.args[0]
        if nxt is err:
            break
        err = nxt
    if isinstance(err, ConnectionRefusedError):
        return "connection refused"
    if isinstance(err, ConnectionResetError):
        return "connection reset"
    if isinstance(err, socket.gaierror):
        return "unknown host"
    text = str(getattr(err, "reason", "") or err)
    text = re.sub(r"\S+://\S+", "", text)
    return " ".join(text.split())[:120] or type(err).__name__


def sparql_wrapper(url: str, auth: Auth | None, timeout: float, update: bool) -> SPARQLWrapper:
    """A SPARQLWrapper that POSTs a query (or, with ``update``, an update) to ``url``."""
    sw = SPARQLWrapper(url, updateEndpoint=url if update else None, agent=USER_AGENT)
    sw.setMethod(POST)
    sw.setTimeout(timeout)
    sw.setOnlyConneg(True)
    if update:
        sw.setRequestMethod(POSTDIRECTLY)  # body application/sparql-update: no form encoding
    if auth:
        auth.apply(sw)
    return sw


def sparql_call(sw: SPARQLWrapper, text: str, timeout: float) -> bytes:
    """Send one query or update; return the raw response body."""
    sw.setQuery(text)
    try:
        result = sw.query()
        try:
            return result.response.read()
        finally:
            result.response.close()
    except swx.SPARQLWrapperException as err:
        status = {
            swx.QueryBadFormed: (400, "Bad Request"),
            swx.Unauthorized: (401, "Unauthorized"),
            swx.EndPointNotFound: (404, "Not Found"),
            swx.URITooLong: (414, "URI Too Long"),
            swx.EndPointInternalError: (500, "Internal Server Error"),
        }.get(type(err), (0, ""))
        body = str(err).partition("Response:\n")[2]
        body = re.sub(r"^b?['\"]|['\"]$", "", body.strip()).replace("\\n", " ")
        detail = http_status(status[0], status[1], body)
        if is_transient(status[0]):
            raise Transient(detail) from None
        raise RemoteError(detail) from None
    except urllib.error.HTTPError as err:
        detail = http_status(err.code, err.reason or "", _safe_read(err))
        if is_transient(err.code):
            raise Transient(detail) from None
        raise RemoteError(detail) from None
    except urllib.error.URLError as err:
        if isinstance(err.reason, (TimeoutError, socket.timeout)):
            raise Transient(f"timed out after {timeout:g} s") from None
        raise Transient(f"cannot connect ({connection_reason(err)})") from None
    except (TimeoutError, socket.timeout):
        raise Transient(f"timed out after {timeout:g} s") from None
    except (ConnectionError, OSError) as err:
        raise Transient(f"connection failed ({connection_reason(err)})") from None


def _safe_read(err: urllib.error.HTTPError) -> bytes:
    try:
        return err.read()
    except Exception:  # noqa: BLE001 - an error body we cannot read is just missing detail
        return b""


def named_error(err: RemoteError, what: str) -> RemoteError:
    """``err`` with ``what`` (the endpoint and graph) in front, once."""
    text = str(err)
    return err if text.startswith(what) else RemoteError(f"{what}: {text}")

