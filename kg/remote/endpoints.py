"""Where a remote store's services are, and how to log in to them.

A store answers queries at one URL (SPARQL 1.1 Protocol), updates at another
(SPARQL 1.1 Update) and may offer the Graph Store HTTP Protocol at a third;
a :class:`Profile` derives the other two from the query URL for each kind of
store. Credentials (:class:`Auth`) come from options or ``KG_USER``/
``KG_PASSWORD``/``KG_TOKEN``; they never appear in a repr, a message or a
report. (SPARQLWrapper applies digest auth by installing a process-wide
urllib opener; that is its way.)
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import requests
from SPARQLWrapper import DIGEST, SPARQLWrapper

from kg.errors import RemoteError, choices

USER_ENV, PASSWORD_ENV, TOKEN_ENV = "KG_USER", "KG_PASSWORD", "KG_TOKEN"
AUTH_TYPES = ("basic", "digest")


@dataclass(frozen=True)
class Profile:
    """How one kind of store lays out its SPARQL services.

    URL templates use ``{query}`` (the query URL as given) and ``{base}`` (the
    query URL without its last segment when that segment is one of
    ``query_names``, else the query URL itself). The ``*_auth`` templates are
    used instead when credentials are given (Virtuoso has separate
    authenticated services). ``gsp_graph_param`` is the query parameter naming
    the target graph (``graph`` in the spec); ``gsp`` None means no Graph Store
    Protocol service, so only the update transport works.
    """

    name: str
    example: str
    query_names: tuple[str, ...]
    update: str
    gsp: str | None
    transport: str
    gsp_graph_param: str = "graph"
    update_auth: str | None = None
    gsp_auth: str | None = None
    max_batch_size: int | None = None


PROFILES: dict[str, Profile] = {
    p.name: p
    for p in (
        Profile("oxigraph", "http://host:7878/query", ("query",), "{base}/update", "{base}/store", "gsp"),
        Profile(
            "virtuoso",
            "http://host:8890/sparql",
            ("sparql", "sparql-auth"),
            "{query}",
            "{base}/sparql-graph-crud",
            "gsp",
            update_auth="{base}/sparql-auth",
            gsp_auth="{base}/sparql-graph-crud-auth",
            max_batch_size=1_000,  # 2,000 fails: "generated SQL text has exceeded 10000 lines"
        ),
        Profile("fuseki", "http://host:3030/DATASET/query", ("query", "sparql"), "{base}/update", "{base}/data", "gsp"),
        Profile(
            "graphdb",
            "http://host:7200/repositories/REPO",
            (),
            "{query}/statements",
            "{query}/rdf-graphs/service",
            "gsp",
        ),
        Profile("generic", "http://host/sparql", (), "{query}", None, "update"),
    )
}


@dataclass(frozen=True)
class Endpoints:
    """The three URLs of one remote store, and how to push to it by default."""

    query: str
    update: str
    gsp: str | None
    profile: str = "generic"
    transport: str = "update"
    gsp_graph_param: str = "graph"
    max_batch_size: int | None = None


def get_profile(name: str) -> Profile:
    try:
        return PROFILES[name]
    except KeyError:
        raise RemoteError(f"unknown store profile '{name}'; profiles are: {choices(PROFILES)}") from None


def resolve_endpoints(
    query_url: str,
    profile: str = "generic",
    update_url: str | None = None,
    gsp_url: str | None = None,
    authenticated: bool = False,
) -> Endpoints:
    """Fill in the update and Graph Store URLs of a store from its query URL.

    >>> resolve_endpoints("http://h:7878/query", "oxigraph").gsp
    'http://h:7878/store'
    """
    prof = get_profile(profile)
    require_http_url(query_url, prof)
    query = query_url.rstrip("/")
    head, _, last = query.rpartition("/")
    base = head if last in prof.query_names else query

    def fill(template: str | None, auth_template: str | None) -> str | None:
        chosen = auth_template if authenticated and auth_template else template
        return chosen.format(query=query, base=base) if chosen else None

    update = update_url or fill(prof.update, prof.update_auth)
    gsp = gsp_url or fill(prof.gsp, prof.gsp_auth)
    transport = "gsp" if gsp_url else (prof.transport if gsp else "update")
    return Endpoints(query, update, gsp, prof.name, transport, prof.gsp_graph_param, prof.max_batch_size)


def require_http_url(url: str | None, profile: Profile | None = None) -> None:
    """A RemoteError unless ``url`` is an http(s) URL with a host."""
    if not re.match(r"^https?://[^/\s]+", url or ""):
        prof = profile or PROFILES["generic"]
        raise RemoteError(f"endpoint '{url}' is not an http(s) URL; for {prof.name} it looks like {prof.example}")


@dataclass(frozen=True)
class Auth:
    """Credentials for a remote store; secrets never show in repr or messages."""

    user: str | None = None
    password: str | None = field(default=None, repr=False)
    token: str | None = field(default=None, repr=False)
    kind: str = "basic"

    @classmethod
    def from_options(
        cls,
        user: str | None = None,
        password: str | None = None,
        token: str | None = None,
        kind: str | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> "Auth | None":
        """Options first, then $KG_USER, $KG_PASSWORD, $KG_TOKEN; None when there is nothing."""
        env = os.environ if environ is None else environ
        user = user or env.get(USER_ENV) or None
        password = password if password is not None else env.get(PASSWORD_ENV)
        token = token or env.get(TOKEN_ENV) or None
        kind = (kind or "basic").lower()
        if kind not in AUTH_TYPES:
            raise RemoteError(f"unknown auth type '{kind}'; auth types are: {choices(AUTH_TYPES)}")
        if token and user:
            raise RemoteError("give either a user and password or a bearer token, not both")
        if password and not user:
            raise RemoteError(f"a password was given without a user: pass --user or set {USER_ENV}")
        if not (user or token):
            return None
        return cls(user=user, password=password or "", token=token, kind=kind)

    def for_requests(self) -> tuple[Any, dict[str, str]]:
        """(requests auth object, extra headers) for a requests call."""
        if self.token:
            return None, {"Authorization": f"Bearer {self.token}"}
        if self.kind == "digest":
            return requests.auth.HTTPDigestAuth(self.user, self.password), {}
        return requests.auth.HTTPBasicAuth(self.user, self.password), {}

    def apply(self, wrapper: SPARQLWrapper) -> None:
        """Set these credentials on a SPARQLWrapper."""
        if self.token:
            wrapper.addCustomHttpHeader("Authorization", f"Bearer {self.token}")
            return
        if self.kind == "digest":
            wrapper.setHTTPAuth(DIGEST)
        wrapper.setCredentials(self.user, self.password)
