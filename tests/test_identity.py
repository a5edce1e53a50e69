"""kg.identity: the names of one entity across articles become one node, deterministically."""

from __future__ import annotations

import pytest

from kg.build import build, remove_documents
from kg.identity import ActorNode, country_neutral_key, identity_links
from kg.iris import actor_iri, identity_graph_iri
from kg.sparql.files import load_query
from kg.sparql.local import run_query
from kg.sparql.results import plain_rows
from kg.store import open_store


def person(name: str, mentions: int = 1, *other: str) -> ActorNode:
    return ActorNode(actor_iri("Person", name), "Person", frozenset({name, *other}), mentions)


def org(name: str, mentions: int = 1) -> ActorNode:
    return ActorNode(actor_iri("Organization", name), "Organization", frozenset({name}), mentions)


def test_a_surname_joins_the_one_full_name_that_ends_with_it():
    links = identity_links([person("Merkel"), person("Angela Merkel"), person("Olaf Scholz")])
    assert links == {actor_iri("Person", "Merkel"): actor_iri("Person", "Angela Merkel")}


def test_a_surname_shared_by_two_full_names_stays_apart():
    assert identity_links([person("Johnson"), person("Boris Johnson"), person("Lyndon Johnson")]) == {}


@pytest.mark.parametrize("lone", ["M", "Li"])
def test_an_initial_or_a_two_letter_word_is_no_surname(lone):
    assert identity_links([person(lone), person(f"Sergey {lone}")]) == {}


def test_country_spellings_in_organisation_names_are_one_entity_named_by_the_best_known():
    nodes = [org("U.S. Embassy", 1), org("United States Embassy", 5), org("American Embassy", 2), org("Red Cross", 9)]
    links = identity_links(nodes)
    assert links == {actor_iri("Organization", "U.S. Embassy"): actor_iri("Organization", "United States Embassy"),
                     actor_iri("Organization", "American Embassy"): actor_iri("Organization", "United States Embassy")}
    assert identity_links(list(reversed(nodes))) == links


def test_types_are_never_mixed():
    nodes = [ActorNode(actor_iri("Group", "US Marines"), "Group", frozenset({"US Marines"}), 3),
             org("United States Marines")]
    assert identity_links(nodes) == {}


@pytest.mark.parametrize("name, key", [("the UK Foreign Office", "gbr-foreign-office"),
                                       ("British Foreign Office", "gbr-foreign-office"),
                                       ("Embassy", None), ("United States", None)])
def test_country_neutral_key(name, key):
    assert country_neutral_key(name) == key


ARTICLE_A = "date 2024-03-01 Talks\n\nChancellor Angela Merkel met the visiting delegation in Berlin on Friday.\n"
ARTICLE_B = "date 2024-03-02 More talks\n\nMerkel said on Saturday that the talks had gone well.\n"


@pytest.mark.slow
def test_the_identity_graph_follows_builds_and_removals(tmp_path, nlp):
    (tmp_path / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    with open_store(tmp_path / "store") as store:
        build(store, [str(tmp_path / "b.txt")])
        assert not store.has_graph(identity_graph_iri())
        build(store, [str(tmp_path / "a.txt")])
        canonical = {(q.subject.value, q.object.value) for q in store.quads(identity_graph_iri())
                     if q.predicate.value.endswith("#canonical")}
        assert canonical == {(actor_iri("Person", "Merkel"), actor_iri("Person", "Angela Merkel"))}
        said = _rows(store, "said_by", speaker="Angela Merkel")
        assert [(r["speaker"], r["doc"], r["content"]) for r in said] == [("Angela Merkel", "b.txt", "the talks had gone well")]
        assert [(r["doc"], r["content"]) for r in _rows(store, "said_by", speaker="Merkel")] == [("b.txt", "the talks had gone well")]
        profile = {r["actor"]: r["documents"] for r in _rows(store, "actor_profile", name="Angela Merkel")}
        assert profile == {actor_iri("Person", "Angela Merkel"): "2"}
        b_graph = [q for q in store.quads() if q.graph_name.value.endswith("/b.txt")]
        remove_documents(store, ["a.txt"])
        assert not store.has_graph(identity_graph_iri())
        assert [q for q in store.quads() if q.graph_name.value.endswith("/b.txt")] == b_graph


ARTICLE_C = "date 2024-03-03 Criticism\n\nOlaf Scholz sharply criticised Merkel on Saturday, calling her plan a failure.\n"


@pytest.mark.slow
def test_stances_toward_an_entity_take_in_those_toward_its_linked_names(tmp_path, nlp):
    (tmp_path / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (tmp_path / "c.txt").write_text(ARTICLE_C, encoding="utf-8")
    with open_store(tmp_path / "store") as store:
        build(store, [str(tmp_path / "c.txt")])
        assert _rows(store, "stances_toward", target="Angela Merkel") == []
        build(store, [str(tmp_path / "a.txt")])
        toward = _rows(store, "stances_toward", target="Angela Merkel")
        assert [(r["target"], r["holder"], r["polarity"], r["doc"]) for r in toward] == [
            ("Angela Merkel", "Olaf Scholz", "negative", "c.txt")]
        assert [r["doc"] for r in _rows(store, "stances_toward", target="Merkel", polarity="negative")] == ["c.txt"]


def _rows(store, query: str, **params) -> list[dict[str, str]]:
    import pyoxigraph as ox

    bound = {ox.Variable(k): ox.Literal(v) for k, v in params.items()}
    return plain_rows(run_query(store, load_query(query), bound))
