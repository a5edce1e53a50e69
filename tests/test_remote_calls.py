"""kg.remote.calls: transient failures retried with backoff, the others failing at once, in one line."""

from __future__ import annotations

import pytest

from kg.errors import RemoteError
from kg.remote.calls import Transient, http_status, is_transient, named_error, sparql_call, sparql_wrapper, with_retries

try:
    from tests.servers import free_port
except ImportError:  # tests/ itself on sys.path (pytest rootdir-less runs)
    from servers import free_port


@pytest.mark.parametrize("status, transient", [(408, True), (429, True), (500, True), (503, True),
                                               (400, False), (401, False), (404, False)])
def test_which_statuses_are_retried(status, transient):
    assert is_transient(status) is transient


def test_http_status_is_one_line_without_markup():
    body = b"<html><body><h1>Not Found</h1>\n<p>no graph\nhere</p></body></html>"
    assert http_status(404, "Not Found", body) == "HTTP 404 Not Found: Not Found no graph here"
    assert http_status(500, "", None) == "HTTP 500"


def test_with_retries_retries_transient_failures_then_names_the_attempts():
    calls = []

    def flaky():
        calls.append(1)
        if len(calls) < 3:
            raise Transient("connection refused")
        return "done"

    assert with_retries(flaky, "push to X failed", retries=2, backoff=0.0) == "done" and len(calls) == 3

    def down():
        raise Transient("connection refused")

    with pytest.raises(RemoteError, match="^push to X failed: connection refused after 3 attempts$"):
        with_retries(down, "push to X failed", retries=2, backoff=0.0)


def test_other_failures_are_not_retried():
    calls = []

    def refused():
        calls.append(1)
        raise RemoteError("HTTP 401 Unauthorized")

    with pytest.raises(RemoteError, match="401"):
        with_retries(refused, "push failed", retries=5, backoff=0.0)
    assert len(calls) == 1


def test_named_error_puts_what_failed_in_front_once():
    err = named_error(RemoteError("HTTP 404 Not Found"), "query to http://h/q failed")
    assert str(err) == "query to http://h/q failed: HTTP 404 Not Found"
    assert named_error(err, "query to http://h/q failed") is err


def test_an_unreachable_endpoint_is_a_transient_failure():
    url = f"http://127.0.0.1:{free_port()}/query"
    with pytest.raises(Transient, match=r"^cannot connect \(connection refused\)$"):
        sparql_call(sparql_wrapper(url, None, 5.0, update=False), "ASK {}", 5.0)


def test_not_implemented_is_said_at_once_with_a_hint_instead_of_the_web_page():
    from kg.remote.calls import is_transient

    page = b"<!DOCTYPE HTML>\n<html><head><title>Error response</title></head><body><p>Error code: 501</p></body></html>"
    line = http_status(501, "Unsupported method ('POST')", page)
    assert line.startswith("HTTP 501 Unsupported method ('POST') (is the URL a SPARQL endpoint")
    assert "Error" not in line and "<" not in line
    assert not is_transient(501) and not is_transient(505) and is_transient(503) and is_transient(500)
