"""kg.names: an actor found by the name a person types (any case or accents, the surname alone), or the closest names."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.errors import QueryError
from kg.names import actor_name as actor_name_in, bind_actor as bind_actor_in, closest_names, fold, local_runner, matching_names


def actor_name(store, wanted):
    return actor_name_in(local_runner(store), wanted)


def bind_actor(store, query, params):
    return bind_actor_in(local_runner(store), query, params)


def test_fold_drops_case_accents_and_extra_spaces():
    assert fold("Zelenskyy") == fold("ZELENSKYY") == "zelenskyy"
    assert fold("Łukasz Müller-Šimić") == "łukasz muller-simic"  # a letter that is not an accent stays


def test_a_surname_finds_the_one_actor_of_that_name():
    assert matching_names("rubio", ["Marco Rubio", "Rubio Lane Inc"]) == ["Marco Rubio"]
    assert matching_names("Nobody", ["Marco Rubio"]) == []


def test_an_exact_match_wins_over_surnames():
    assert matching_names("putin", ["Putin", "Vladimir Putin"]) == ["Putin"]


def test_closest_names_catch_typos():
    assert closest_names("Donld Trmp", ["Donald Trump", "Marco Rubio", "NATO"])[0] == "Donald Trump"


def test_the_store_name_is_found_whatever_the_case(seed_store):
    assert actor_name(seed_store, "donald trump") == "Donald Trump"
    assert actor_name(seed_store, "Donald Trump") == "Donald Trump"
    assert actor_name(seed_store, "marco RUBIO") == "Marco Rubio"
    assert actor_name(seed_store, "Rubio") == "Marco Rubio"


def test_no_match_names_the_closest(seed_store):
    with pytest.raises(QueryError, match=r"^no actor named 'Zelensky'; closest: Zelenskyy"):
        actor_name(seed_store, "Zelensky")


def test_a_surname_of_several_actors_lists_them(tmp_path):
    from kg.store import open_store

    store = ox.Store(str(tmp_path / "s"))
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    for slug, name in (("joe-biden", "Joe Biden"), ("hunter-biden", "Hunter Biden")):
        node = ox.NamedNode(f"https://w3id.org/newskg/id/actor/person/{slug}")
        graph = ox.NamedNode("https://w3id.org/newskg/id/doc/a.txt")
        store.add(ox.Quad(node, label, ox.Literal(name), graph))
        store.add(ox.Quad(node, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                          ox.NamedNode("https://w3id.org/newskg/ontology#Person"), graph))
    del store
    with pytest.raises(QueryError, match=r"^'biden' names several actors: Hunter Biden, Joe Biden; give one in full$"):
        actor_name(open_store(tmp_path / "s", read_only=True), "biden")


def test_a_query_about_one_actor_needs_its_name(seed_store):
    with pytest.raises(QueryError, match=r"said_by is about one actor: give --param speaker=NAME"):
        bind_actor(seed_store, "said_by", {})
    bound = bind_actor(seed_store, "actor_profile", {ox.Variable("name"): ox.Literal("vladimir putin")})
    assert bound == {ox.Variable("name"): ox.Literal("Vladimir Putin")}
    assert bind_actor(seed_store, "statements", {}) == {}
