"""Where a query's text comes from: the ``.rq`` files in ``queries/`` by name, a file, or ``-e``.

SPARQL lives only in those files. ``queries/internal/`` holds the updates
and queries the library itself runs; they are not offered to users.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kg.errors import QueryError, choices
from kg.resources import resource_dir


@dataclass(frozen=True)
class QueryText:
    """A query ready to run, with where it came from (for messages)."""

    text: str
    origin: str


@dataclass(frozen=True)
class NamedQuery:
    name: str
    text: str
    description: str


def queries_dir() -> Path:
    return resource_dir("queries")


def query_names() -> list[str]:
    """Names of the user-facing queries."""
    return sorted(p.stem for p in queries_dir().glob("*.rq"))


def _description(text: str) -> str:
    for line in text.splitlines():
        if line.startswith("#"):
            return line.lstrip("# ").strip()
    return ""


def load_query(name: str) -> NamedQuery:
    """A named query from queries/NAME.rq."""
    path = queries_dir() / f"{name}.rq"
    if not path.is_file():
        raise QueryError(f"unknown query '{name}'; named queries are: {choices(query_names())}")
    text = path.read_text(encoding="utf-8")
    return NamedQuery(name, text, _description(text))


def declared_params(text: str) -> list[str]:
    """The parameters a query's comments offer (``--param speaker=...``), else every variable it names.

    >>> declared_params("# Who said what (--param speaker=\\"X\\").\\nSELECT ?speaker ?content WHERE { }")
    ['speaker']
    >>> declared_params("SELECT ?b ?a WHERE { ?a ?p ?b }")
    ['a', 'b', 'p']
    """
    offered = re.findall(r"^#.*?--param (\w+)=", text, flags=re.MULTILINE)
    return sorted(set(offered or re.findall(r"[?$](\w+)", text)))


def load_internal(name: str) -> str:
    """The text of queries/internal/NAME.rq or NAME.ru."""
    for suffix in (".rq", ".ru"):
        path = queries_dir() / "internal" / f"{name}{suffix}"
        if path.is_file():
            return path.read_text(encoding="utf-8")
    raise QueryError(f"internal query '{name}' is missing from {queries_dir()}/internal")


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
        try:
            return QueryText(path.read_text(encoding="utf-8"), spec)
        except UnicodeDecodeError as err:
            raise QueryError(f"query file '{spec}' is not UTF-8 text (byte {err.start}); save it as UTF-8") from None
        except OSError as err:
            raise QueryError(f"query file '{spec}' cannot be read: {err.strerror or err}") from None
    return QueryText(load_query(spec).text, spec)
