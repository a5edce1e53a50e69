"""Corpus-level identity: which actor nodes of different articles name one real entity.

Each article's graph names an actor as that article does, so "Merkel" in one
article and "Angela Merkel" in another are two nodes. After every build or
removal, :func:`resolve_identities` reads every actor node of the store and
links

* a person named by one word to the one person of the store whose full name
  ends with that word, when exactly one does ("Merkel" -> "Angela Merkel";
  "Johnson" stays apart when the store holds two full names ending in it);
* organisations or groups whose names differ only in how they name a country
  ("U.S. Embassy", "United States Embassy", "American Embassy"), by the
  country table of :mod:`kg.extract.gazetteer`; the node with the most
  mentions (then the smaller IRI) stands for the group.

The links (``alias nkg:canonical entity``, and each alias's names as the
entity's ``skos:altLabel``, so a query finds the entity by any of them) live
in the store's own identity graph, never in an article's graph, so removing or rebuilding one article
still touches no other article's graph; the graph is rewritten only when its
links change. The same store always gives the same links.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import pyoxigraph as ox

from kg.extract import gazetteer
from kg.extract.records import name_key
from kg.iris import identity_graph_iri
from kg.namespaces import NKG, RDF, SKOS
from kg.sparql.files import load_internal

MAX_COUNTRY_WORDS = 6  # "United Kingdom of Great Britain and Northern Ireland"
MIN_SURNAME_LETTERS = 3  # a lone initial or a two-letter word is no surname


@dataclass(frozen=True)
class ActorNode:
    """One actor node of the store: its IRI, type (local name), every name it is given, and its mentions."""

    iri: str
    type: str
    names: frozenset[str]
    mentions: int


def resolve_identities(store) -> dict[str, str]:
    """Recompute the identity graph from the store's actors; returns the links (alias IRI -> entity IRI)."""
    nodes = actor_nodes(store)
    links = identity_links(nodes)
    graph = identity_graph_iri()
    if links != stored_links(store, graph):
        if links:
            store.replace_graph(graph, _quads(graph, links, {n.iri: n.names for n in nodes}))
        elif store.has_graph(graph):
            store.drop_graph(graph)
        store.flush()
    return links


def actor_nodes(store) -> list[ActorNode]:
    """Every person, organisation and group node of the store, sorted by IRI."""
    names: dict[tuple[str, str], set[str]] = defaultdict(set)
    mentions: dict[str, int] = {}
    for row in store.query(load_internal("identity_actors")):
        iri, kind = row["actor"].value, row["type"].value.rsplit("#", 1)[-1]
        names[(iri, kind)].add(row["name"].value)
        mentions[iri] = int(row["mentions"].value) if row["mentions"] is not None else 0
    return [ActorNode(iri, kind, frozenset(found), mentions[iri]) for (iri, kind), found in sorted(names.items())]


def stored_links(store, graph: str) -> dict[str, str]:
    rows = store.query(load_internal("identity_links"), substitutions={ox.Variable("g"): ox.NamedNode(graph)})
    return {row["alias"].value: row["entity"].value for row in rows}


def identity_links(nodes: list[ActorNode]) -> dict[str, str]:
    """The links for a set of actor nodes: alias IRI -> the IRI that stands for the entity."""
    people = [n for n in nodes if n.type == "Person"]
    links = _surname_links(people)
    for kind in ("Organization", "Group"):
        links.update(_country_spelling_links([n for n in nodes if n.type == kind]))
    return dict(sorted(links.items()))


def _surname_links(people: list[ActorNode]) -> dict[str, str]:
    """A person named by one word -> the one person whose full name ends with it."""
    by_surname: dict[str, set[str]] = defaultdict(set)
    for person in people:
        for words in (_words(name) for name in person.names):
            if len(words) >= 2:
                by_surname[words[-1]].add(person.iri)
    links = {}
    for person in people:
        if all(len(_words(name)) == 1 for name in person.names):
            surnames = {_words(name)[0] for name in person.names} - {""}
            surnames = {s for s in surnames if len(s) >= MIN_SURNAME_LETTERS and s.isalpha()}
            full = set().union(*(by_surname.get(s, set()) for s in surnames)) - {person.iri}
            if len(full) == 1:
                links[person.iri] = full.pop()
    return links


def _country_spelling_links(nodes: list[ActorNode]) -> dict[str, str]:
    """Nodes whose names are one name once each country in them is named by its code -> the best-known of them."""
    groups: dict[str, set[ActorNode]] = defaultdict(set)
    for node in nodes:
        for name in node.names:
            key = country_neutral_key(name)
            if key is not None:
                groups[key].add(node)
    links: dict[str, str] = {}
    for members in groups.values():
        if len(members) > 1:
            entity = min(members, key=lambda n: (-n.mentions, n.iri))
            for member in members:
                if member is not entity:
                    links.setdefault(member.iri, entity.iri)
    return links


def country_neutral_key(name: str) -> str | None:
    """The name's key with each country in it (name, other name or adjective) written as its ISO code;
    None when the name holds no country.

    >>> country_neutral_key("U.S. Embassy") == country_neutral_key("United States Embassy")
    True
    >>> country_neutral_key("Red Cross") is None
    True
    """
    words = name.split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    out, i, found = [], 0, False
    while i < len(words):
        for size in range(min(MAX_COUNTRY_WORDS, len(words) - i), 0, -1):
            phrase = " ".join(words[i:i + size])
            code = gazetteer.country_lookup(phrase) or (gazetteer.demonym_lookup(phrase) if size == 1 else None)
            if code:
                out.append(code)
                i, found = i + size, True
                break
        else:
            out.append(words[i])
            i += 1
    return name_key(" ".join(out)) if found and len(out) > 1 else None


def _words(name: str) -> list[str]:
    return [w for w in name_key(name).split("-") if w]


def _quads(graph: str, links: dict[str, str], names: dict[str, frozenset[str]]) -> list[ox.Quad]:
    g = ox.NamedNode(graph)
    canonical, alt = ox.NamedNode(str(NKG.canonical)), ox.NamedNode(str(SKOS.altLabel))
    quads = [ox.Quad(g, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(NKG.IdentityGraph)), g)]
    for alias, entity in links.items():
        quads.append(ox.Quad(ox.NamedNode(alias), canonical, ox.NamedNode(entity), g))
        quads += [ox.Quad(ox.NamedNode(entity), alt, ox.Literal(name), g) for name in sorted(names[alias])]
    return list(dict.fromkeys(quads))
