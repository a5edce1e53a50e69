"""Checks on a query's text before it runs: not empty, no SERVICE calls unless allowed, valid REGEX patterns.

Each check reads the text with a small lexer that knows SPARQL's comments,
strings, IRIs, variables, language tags and prefixed names, so a keyword is
told apart from a name that merely spells it (``ex:service``, ``?service``).

* An empty query (blank, or comments only) is named as empty, where the
  parser would say "expected [_]".
* ``SERVICE`` makes the engine fetch another endpoint's URL (SPARQL 1.1
  Federated Query): a query file from someone else must not make this
  machine fetch URLs, so a query calling one is refused unless allowed.
* A ``REGEX`` or ``REPLACE`` whose pattern (and flags) are constant strings
  is checked by the engine itself (``queries/internal/regex_check.rq``)
  before the query runs: Oxigraph treats an invalid pattern as an
  evaluation error, which silently filters every row out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pyoxigraph as ox

from kg.errors import QueryError
from kg.sparql.files import QueryText, load_internal
from kg.sparql.text import bind_values

_LEXEME = re.compile(
    r"""\#[^\n]*"""
    r"""|'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\""""
    r"""|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*\""""
    r"""|<[^<>"{}|^`\\\x00-\x20]*>"""
    r"""|[?$]\w+"""
    r"""|@[A-Za-z]+(?:-[A-Za-z0-9]+)*"""
    r"""|(?:[A-Za-z_][\w.-]*)?:(?:[\w:%\\-]|\.(?=[\w:%\\-]))*"""
    r"""|[A-Za-z_]\w*"""
    r"""|\S""",
)
_PATTERN_ARGUMENT = {"REGEX": 1, "REPLACE": 1}  # the pattern's position among the call's arguments
_FLAGS_ARGUMENT = {"REGEX": 2, "REPLACE": 3}


def lexemes(sparql: str) -> list[str]:
    """The query's lexemes, comments left out.

    >>> lexemes('SELECT ?service { ?s ex:service "SERVICE" } # SERVICE')
    ['SELECT', '?service', '{', '?s', 'ex:service', '"SERVICE"', '}']
    """
    return [m.group(0) for m in _LEXEME.finditer(sparql) if not m.group(0).startswith("#")]


def is_keyword(lexeme: str, word: str) -> bool:
    return lexeme.upper() == word and lexeme[0].isalpha()


def check_not_empty(query: QueryText) -> None:
    """A QueryError naming an empty query (blank, or comments only)."""
    if not lexemes(query.text):
        where = "the query given with -e" if query.origin == "-e" else f"query file {query.origin}"
        raise QueryError(f"{where} is empty: give a SELECT, CONSTRUCT, ASK or DESCRIBE query")


def check_no_service(query: QueryText) -> None:
    """A QueryError when the query calls another endpoint with SERVICE."""
    tokens = lexemes(query.text)
    for at, token in enumerate(tokens):
        if is_keyword(token, "SERVICE"):
            target = next((t for t in tokens[at + 1:] if not is_keyword(t, "SILENT")), "")
            raise QueryError(f"query {query.origin} calls SERVICE {target}, which would make this machine fetch that URL; "
                             "pass --allow-service if you trust the query")


def check_regex_patterns(query: QueryText) -> None:
    """A QueryError for a REGEX or REPLACE whose constant pattern or flags the engine rejects."""
    for function, pattern, flags in _constant_patterns(lexemes(query.text)):
        values = _string_value(pattern), _string_value(flags) if flags else ""
        if None in values or _accepted(*values):
            continue
        if flags and _accepted(values[0], ""):
            raise QueryError(f"{function} flags {flags} in query {query.origin} are not valid (they are s, m, i, x, q): "
                             "no row could match")
        raise QueryError(f"{function} pattern {pattern} in query {query.origin} is not a valid regular expression: "
                         "no row could match it")


def _constant_patterns(tokens: list[str]) -> Iterator[tuple[str, str, str | None]]:
    """(function, pattern string, flags string or None) for each call with a constant pattern."""
    for at, token in enumerate(tokens):
        function = token.upper()
        if function not in _PATTERN_ARGUMENT or not token[0].isalpha() or tokens[at + 1:at + 2] != ["("]:
            continue
        arguments = _arguments(tokens, at + 2)
        pattern = _single_string(arguments, _PATTERN_ARGUMENT[function])
        if pattern is None:
            continue
        flags_at = _FLAGS_ARGUMENT[function]
        flags = _single_string(arguments, flags_at)
        if flags is None and len(arguments) > flags_at:
            continue  # flags computed at run time: they may make the pattern valid
        yield function, pattern, flags


def _arguments(tokens: list[str], start: int) -> list[list[str]]:
    """The comma-separated arguments of a call whose '(' is just before ``start``."""
    arguments: list[list[str]] = [[]]
    depth = 0
    for token in tokens[start:]:
        if token == ")" and depth == 0:
            break
        if token == "," and depth == 0:
            arguments.append([])
            continue
        depth += (token == "(") - (token == ")")
        arguments[-1].append(token)
    return arguments


def _single_string(arguments: list[list[str]], index: int) -> str | None:
    if index < len(arguments) and len(arguments[index]) == 1 and arguments[index][0][0] in "'\"":
        return arguments[index][0]
    return None


def _string_value(lexeme: str) -> str | None:
    """A SPARQL string lexeme's value (Turtle reads SPARQL's four string forms and escapes alike); None if unreadable."""
    try:
        triple = next(iter(ox.parse(f"<x:s> <x:p> {lexeme} .".encode(), format=ox.RdfFormat.TURTLE)))
    except (SyntaxError, StopIteration):
        return None
    return triple.object.value


def _accepted(pattern: str, flags: str) -> bool:
    solutions = ox.Store().query(bind_values(load_internal("regex_check"), {"pattern": pattern, "flags": flags}))
    return next(iter(solutions))["ok"] is not None
