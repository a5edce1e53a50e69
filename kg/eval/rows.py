"""Prediction rows as the scorers read them.

A row is one answer of a named query, a dict of variable -> plain string,
exactly as ``kg query NAME --format json`` gives it (a raw SPARQL JSON binding
is read too). ``type``, ``plover`` and ``polarity`` may be IRIs; their local
name (after the last ``#`` or ``/``) is the value. ``doc`` may be a file name,
a path or an IRI; its last path segment is the document name.
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Mapping


def cell(row: Mapping[str, Any], key: str) -> str:
    """A row's value for ``key`` as a stripped string; '' when unbound."""
    value = row.get(key)
    if isinstance(value, Mapping):  # a raw SPARQL JSON binding
        value = value.get("value")
    return "" if value is None else str(value).strip()


def local_name(value: str) -> str:
    """The local name of an IRI (after the last '#' or '/'); strings as is."""
    value = (value or "").strip()
    return re.split(r"[#/]", value)[-1] if value else ""


def doc_name(value: str) -> str:
    """A document name from a file name, path or IRI: its last segment."""
    return re.split(r"[/\\]", value.strip())[-1] if value else ""


def by_doc(rows: Iterable[Mapping[str, Any]]) -> dict[str, list[Mapping[str, Any]]]:
    """Rows grouped by document name, in their order."""
    grouped: dict[str, list[Mapping[str, Any]]] = {}
    for row in rows:
        grouped.setdefault(doc_name(cell(row, "doc")), []).append(row)
    return grouped
