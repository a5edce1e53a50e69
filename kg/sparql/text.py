"""SPARQL query text: its form, its WHERE group, and parameters read and bound as RDF terms.

Values are always written by pyoxigraph's N-Triples serialiser, which
escapes quotes, newlines and ``>``, and variable names must be SPARQL
VARNAMEs, so a bound value is one RDF term, never query text. The text is
read with a small lexer that knows comments, strings and IRIs, enough to
find braces and variables; the query itself is parsed by the store.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

import pyoxigraph as ox

from kg.errors import QueryError
from kg.namespaces import XSD
from kg.sparql.files import QueryText

_NAME = r"[A-Za-z_][A-Za-z0-9_]*"  # a SPARQL VARNAME, as far as kg accepts one
_VARNAME = re.compile(rf"^{_NAME}$")
# a comment, a string (long or short), an IRI (no spaces inside), or a single character
_TOKEN = re.compile(
    r"""\#[^\n]*|'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\""""
    r"""|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|<[^<>"{}|^`\\\x00-\x20]*>|[A-Za-z]+|[\s\S]""",
)
_FORMS = ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE")
_UPDATES = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH")


def _significant(sparql: str) -> Iterator[tuple[int, str]]:
    for m in _TOKEN.finditer(sparql):
        tok = m.group(0)
        if not tok.startswith("#") and not tok.isspace():
            yield m.start(), tok


def query_form(sparql: str) -> str:
    """SELECT, CONSTRUCT, ASK or DESCRIBE: the form of a SPARQL query."""
    for _, tok in _significant(sparql):
        if tok.upper() in _FORMS:
            return tok.upper()
    raise QueryError("not a SPARQL query: no SELECT, CONSTRUCT, ASK or DESCRIBE found")


def is_update(sparql: str) -> bool:
    """True when the text's first keyword after its PREFIX/BASE prologue starts a SPARQL Update operation."""
    tokens = (tok for _, tok in _significant(sparql))
    for tok in tokens:
        if tok.upper() in ("PREFIX", "BASE"):
            next((t for t in tokens if t.startswith("<")), None)  # the declaration runs to its IRI
        else:
            return tok.upper() in _UPDATES
    return False


def _where_brace(sparql: str) -> int:
    """Index just after the '{' opening the query's WHERE group."""
    form = None
    depth = 0
    skipping_template = False
    for pos, tok in _significant(sparql):
        if form is None:
            if tok.upper() in _FORMS:
                form = tok.upper()
                skipping_template = form == "CONSTRUCT"
            continue
        if skipping_template:
            if tok == "{":
                depth += 1
            elif tok == "}":
                depth -= 1
                if depth == 0:
                    skipping_template = False
            elif depth == 0 and tok.upper() == "WHERE":
                skipping_template = False  # CONSTRUCT WHERE { ... } short form
            continue
        if tok == "{":
            return pos + 1
    raise QueryError("cannot bind parameters: the query has no WHERE group")


def _term(name: str, value: Any) -> str:
    if isinstance(value, (ox.NamedNode, ox.Literal)):
        return str(value)
    if isinstance(value, bool):
        return str(ox.Literal("true" if value else "false", datatype=ox.NamedNode(str(XSD.boolean))))
    if isinstance(value, int):
        return str(ox.Literal(str(value), datatype=ox.NamedNode(str(XSD.integer))))
    if isinstance(value, float):
        return str(ox.Literal(repr(value), datatype=ox.NamedNode(str(XSD.double))))
    if isinstance(value, str):
        return str(ox.Literal(value))
    raise QueryError(
        f"parameter '{name}' is a {type(value).__name__}; give an IRI (NamedNode), a Literal, str, int, float or bool"
    )


def bind_values(sparql: str, params: Mapping[str, Any] | None) -> str:
    """The query with ``VALUES (?a ?b) { (A B) }`` at the start of its WHERE group.

    Each value is a pyoxigraph NamedNode or Literal (or a Python str, int,
    float, bool, made into a literal) and is written by pyoxigraph's
    N-Triples serialiser, which escapes quotes, newlines and ``>``; variable
    names must be SPARQL VARNAMEs. So a value is always one RDF term, never
    query text. Placed inside the outermost WHERE group, the block joins the
    pattern before any GROUP BY, like a substitution of the variable.
    """
    if not params:
        return sparql
    names = [_varname(name) for name in params]
    terms = [_term(n, v) for n, v in zip(names, params.values())]
    block = f" VALUES ({' '.join('?' + n for n in names)}) {{ ({' '.join(terms)}) }} "
    at = _where_brace(sparql)
    return sparql[:at] + block + sparql[at:]


def inline_params(sparql: str, params: Mapping[str, Any]) -> str:
    """The query with each parameter written as its value inside the WHERE group.

    Every ``?name``/``$name`` in the WHERE group becomes the value's RDF term
    and a closing ``BIND(term AS ?name)`` keeps the variable in the results.
    Oxigraph plans its joins around the constants it sees in the query text,
    but not around substitutions or VALUES: an actor's profile bound this way
    runs in about 50 ms on the FNC-1 store instead of 2 s. A query the
    rewrite does not fit (the variable assigned by AS, or projected by a
    sub-SELECT) fails to parse, and the caller falls back to substitutions.
    """
    if not params:
        return sparql
    terms = {_varname(name): _term(name, value) for name, value in params.items()}
    start = _where_brace(sparql)
    end = _closing_brace(sparql, start)
    body = _VARIABLE_OR_TOKEN.sub(lambda m: _swap(m, terms), sparql[start:end])
    binds = "".join(f" BIND({term} AS ?{name})" for name, term in terms.items())
    return sparql[:start] + body + binds + " " + sparql[end:]


def bind_params(sparql: str, params: Mapping[str, Any] | None) -> str:
    """Parameters for a query sent elsewhere: as constants where the query allows it, else VALUES.

    The inlined form (:func:`inline_params`) is used when pyoxigraph's parser
    accepts it; a remote Oxigraph plans around constants as the embedded
    store does, and any SPARQL 1.1 engine reads them. A query the rewrite
    does not fit gets the ``VALUES`` block of :func:`bind_values`.
    """
    if not params:
        return sparql
    try:
        inlined = inline_params(sparql, params)
        ox.Store().query(inlined)  # parsed, and run on an empty store: nothing to find
        return inlined
    except (SyntaxError, QueryError, OSError, RuntimeError, ValueError):
        return bind_values(sparql, params)  # e.g. a sub-SELECT projects the variable


# like _TOKEN, with variables as tokens of their own so strings and IRIs are never touched
_VARIABLE_OR_TOKEN = re.compile(rf"[?$]({_NAME})|" + _TOKEN.pattern)


def _swap(match: re.Match, terms: dict[str, str]) -> str:
    name = match.group(1)
    return terms[name] if name in terms else match.group(0)


def _varname(name: str) -> str:
    clean = name.lstrip("?$")
    if not _VARNAME.match(clean):
        raise QueryError(f"parameter name '{name}' is not a SPARQL variable name (letters, digits, _)")
    return clean


def _closing_brace(sparql: str, start: int) -> int:
    """Index of the '}' closing the group whose body begins at ``start``."""
    depth = 1
    for pos, tok in _significant(sparql[start:]):
        if tok == "{":
            depth += 1
        elif tok == "}":
            depth -= 1
            if depth == 0:
                return start + pos
    raise QueryError("cannot bind parameters: the query's WHERE group is not closed")


def parse_params(params: list[str], query: QueryText) -> dict[ox.Variable, object]:
    """'name=value' pairs as substitutions; the variable must occur in the query."""
    bound: dict[ox.Variable, object] = {}
    for item in params:
        name, sep, value = item.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not re.fullmatch(r"\w+", name):
            raise QueryError(f"--param '{item}' is not of the form name=value")
        if not re.search(rf"[?$]{re.escape(name)}\b", query.text):
            raise QueryError(f"--param '{name}': query {query.origin} has no variable ?{name}")
        bound[ox.Variable(name)] = parse_term(value)
    return bound


def parse_term(value: str):
    """<iri> gives an IRI, an N-Triples literal gives that literal, anything else a plain string.

    >>> parse_term("<https://example.org/x>")
    <NamedNode value=https://example.org/x>
    >>> parse_term("plain words")
    <Literal value=plain words datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#string>>
    """
    if value.startswith("<") and value.endswith(">"):
        try:
            return ox.NamedNode(value[1:-1])
        except ValueError as err:
            raise QueryError(f"--param value {value} is not a valid IRI: {err}") from None
    if value.startswith('"'):
        try:
            triple = next(iter(ox.parse(f"<x:s> <x:p> {value} .".encode(), format=ox.RdfFormat.N_TRIPLES)))
            return triple.object
        except (SyntaxError, StopIteration):
            raise QueryError(f"--param value {value} is not a valid RDF literal") from None
    return ox.Literal(value)


def star_in_order(sparql: str) -> str:
    """A ``SELECT *`` query with its variables named in the order they first appear in the text.

    Oxigraph gives a ``*`` projection's columns in alphabetical order; a
    person who wrote ``?s ?p ?o`` expects them in that order. The variables
    are the ones Oxigraph projects (read by preparing the query on an empty
    store), so none is added or lost. Any other query comes back as it was.

    >>> star_in_order("SELECT * WHERE { ?s ?p ?o }")
    'SELECT ?s ?p ?o WHERE { ?s ?p ?o }'
    >>> star_in_order("SELECT ?o ?s WHERE { ?s ?p ?o }")
    'SELECT ?o ?s WHERE { ?s ?p ?o }'
    """
    star = _select_star(sparql)
    if star is None:
        return sparql
    try:
        projected = {v.value for v in ox.Store().query(sparql).variables}
    except (SyntaxError, OSError, RuntimeError, ValueError):
        return sparql  # the store reports it when the query runs
    ordered = list(dict.fromkeys(m.group(1) for m in _VARIABLE_OR_TOKEN.finditer(sparql, star) if m.group(1) in projected))
    if set(ordered) != projected:
        return sparql
    return sparql[:star] + " ".join("?" + name for name in ordered) + sparql[star + 1:]


def _select_star(sparql: str) -> int | None:
    """Where the ``*`` of the query's own ``SELECT *`` (or ``SELECT DISTINCT *``) is, if it has one."""
    tokens = _significant(sparql)
    for _, tok in tokens:
        if tok.upper() == "SELECT":
            break
    else:
        return None
    for pos, tok in tokens:
        if tok.upper() not in ("DISTINCT", "REDUCED"):
            return pos if tok == "*" else None
    return None
