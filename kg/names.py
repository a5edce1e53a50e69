"""Finding the actor a person means by the name they type: any case, any accents, or the surname alone.

``kg query said_by -p speaker="joe biden"`` should find "Joe Biden", and
"Biden" should find him too when no other actor is called Biden. A name that
matches nothing gets the closest names the store holds (difflib), so a typo
is one look away from its fix.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Callable, Iterable

import pyoxigraph as ox

from kg.errors import QueryError
from kg.sparql.files import QueryText, load_internal

#: the named queries whose parameter is an actor's name, and that parameter
ACTOR_PARAMETERS = {"said_by": "speaker", "actor_profile": "name"}
#: how many close names a miss offers
CLOSEST = 5


def fold(text: str) -> str:
    """A name compared without case or accents.

    >>> fold("  José  MARTÍ ")
    'jose marti'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split())


def matching_names(wanted: str, names: Iterable[str]) -> list[str]:
    """The names ``wanted`` means: those equal to it without case or accents, else those it is the last word of.

    >>> matching_names("joe biden", ["Joe Biden", "Hunter Biden"])
    ['Joe Biden']
    >>> matching_names("Biden", ["Joe Biden", "Hunter Biden", "Bidenomics"])
    ['Hunter Biden', 'Joe Biden']
    """
    key = fold(wanted)
    names = sorted(set(names))
    same = [name for name in names if fold(name) == key]
    if same or not key:
        return same
    return [name for name in names if fold(name).endswith(" " + key)]


def closest_names(wanted: str, names: Iterable[str], count: int = CLOSEST) -> list[str]:
    """The ``count`` names most like ``wanted`` (difflib's ratio over folded names), best first.

    >>> closest_names("Vladmir Putin", ["Vladimir Putin", "Donald Trump", "Putin"])
    ['Vladimir Putin', 'Putin']
    """
    by_key: dict[str, str] = {}
    for name in sorted(set(names)):
        by_key.setdefault(fold(name), name)
    return [by_key[key] for key in difflib.get_close_matches(fold(wanted), list(by_key), n=count, cutoff=0.5)]


#: runs a query text with {Variable: term} parameters and gives the pyoxigraph result, on a local store or an endpoint
Runner = Callable[[str, dict], object]


def local_runner(store) -> Runner:
    """A :data:`Runner` on the local store (parameters written in as constants, see kg.sparql.local)."""
    from kg.sparql.local import run_query

    return lambda text, params: run_query(store, QueryText(text, "kg.names"), params or None)


def actor_name(run: Runner, wanted: str) -> str:
    """The name the store gives the actor ``wanted`` means (see :func:`matching_names`).

    A QueryError says when nothing matches (with the closest names) or when a
    surname names several actors (with them).
    """
    if bool(run(load_internal("actor_named"), {ox.Variable("name"): ox.Literal(wanted)})):
        return wanted
    names = [row["name"].value for row in run(load_internal("actor_names"), {})]
    found = matching_names(wanted, names)
    if len(found) == 1 or (found and fold(found[0]) == fold(wanted)):
        return found[0]
    if found:
        raise QueryError(f"'{wanted}' names several actors: {', '.join(found[:10])}; give one in full")
    closest = closest_names(wanted, names)
    raise QueryError(f"no actor named '{wanted}'" + (f"; closest: {', '.join(closest)}" if closest else ""))


def bind_actor(run: Runner, query: str | None, params: dict) -> dict:
    """``params`` with the actor-name parameter of ``query`` (see ACTOR_PARAMETERS) made the store's name.

    The parameter is required: without it a query about one actor would
    answer about all of them. A value given as an IRI or a typed literal is kept.
    """
    variable = ACTOR_PARAMETERS.get(query or "")
    if variable is None:
        return params
    key = ox.Variable(variable)
    if key not in params:
        raise QueryError(f"{query} is about one actor: give --param {variable}=NAME (kg query actors lists the names)")
    value = params[key]
    if not isinstance(value, ox.Literal):
        return params
    return {**params, key: ox.Literal(actor_name(run, value.value))}
