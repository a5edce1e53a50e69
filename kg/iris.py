"""Every IRI newskg mints for extracted data: documents, actors, places, spans, records, runs.

IRIs come from the document's name, canonical names and character spans,
never from counters, so the same input always gives the same graph. A span
IRI is an RFC 5147 fragment on the document, as NIF 2.0 writes them
(``<doc#char=start,end>``). Vocabulary terms are not minted here: they live in
:mod:`kg.namespaces`.
"""

from __future__ import annotations

import hashlib
from urllib.parse import quote, unquote

from kg import __version__
from kg.extract.records import Span, name_key
from kg.namespaces import ID

TOPIC_SLUG_CHARS = 60  # a topic's IRI keeps this much of its label's key


def doc_iri(name: str) -> str:
    """The document's IRI, also the IRI of its named graph."""
    return f"{ID}doc/{quote(name, safe='')}"


def doc_name(iri: str) -> str | None:
    """The document name a graph IRI was minted from by :func:`doc_iri`, or None for another IRI.

    >>> doc_name(doc_iri("2024/a b.txt"))
    '2024/a b.txt'
    """
    prefix = f"{ID}doc/"
    return unquote(iri[len(prefix):]) if iri.startswith(prefix) else None


def slug(name: str) -> str:
    """A readable, stable IRI segment for a canonical name: its :func:`name_key`, percent-encoded where need be.

    >>> slug("St. Louis") == slug("St Louis")
    True
    """
    return quote(name_key(name), safe="")


def actor_iri(kind: str, name: str) -> str:
    """One node per actor type and canonical name, across all documents."""
    return f"{ID}actor/{kind.lower()}/{slug(name)}"


def place_iri(name: str) -> str:
    return f"{ID}place/{slug(name)}"


def run_iri(model: str) -> str:
    """The extraction run: this version of newskg with this language model."""
    return f"{ID}run/newskg-{__version__}-{slug(model)}"


def span_iri(doc: str, span: Span) -> str:
    """RFC 5147 style fragment, as NIF uses: <doc#char=start,end>."""
    return f"{doc}#char={span.start},{span.end}"


def statement_iri(doc: str, content: Span, nth: int = 0) -> str:
    """The statement over ``content``; the ``nth`` (from 0) of several speakers saying it ("X and Y said") gets a suffix."""
    return f"{doc}#statement-{content.start}-{content.end}" + (f"-{nth + 1}" if nth else "")


def event_iri(doc: str, first_trigger: Span) -> str:
    return f"{doc}#event-{first_trigger.start}-{first_trigger.end}"


def stance_iri(doc: str, holder: str, target_label: str, polarity: str, start: int) -> str:
    digest = hashlib.sha1(f"{holder}|{target_label}|{polarity}|{start}".encode()).hexdigest()[:12]
    return f"{doc}#stance-{digest}"


def topic_iri(doc: str, label: str) -> str:
    """A stance target that is neither an actor nor an event, local to its document."""
    return f"{doc}#topic-{slug(label)[:TOPIC_SLUG_CHARS]}"


def identity_graph_iri() -> str:
    """The store's one graph of corpus-level identity links (see :mod:`kg.identity`)."""
    return f"{ID}identity"
