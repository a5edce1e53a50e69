"""kg.stats: the counts agree with what the named queries and the store hold."""

from __future__ import annotations

from collections import Counter

from kg.sparql.files import QueryText, load_query
from kg.sparql.local import run_query
from kg.sparql.results import plain_rows
from kg.stats import store_stats


def _rows(store, name):
    return plain_rows(run_query(store, QueryText(load_query(name).text, name)))


def test_counts_match_the_named_queries(seed_store):
    counted = store_stats(seed_store)
    assert counted.documents == len(_rows(seed_store, "documents")) == 1
    assert counted.first_date == counted.last_date == _rows(seed_store, "documents")[0]["date"]
    assert counted.statements == len(_rows(seed_store, "statements")) > 0
    assert dict(counted.stances) == Counter(row["polarity"] for row in _rows(seed_store, "stances"))
    actors = {(row["name"], row["type"]) for row in _rows(seed_store, "actors")}
    assert dict(counted.actors) == Counter(kind for _, kind in actors)
    events = {row["event"]: row.get("plover") for row in _rows(seed_store, "events")}
    assert dict(counted.events) == Counter(events.values())
    assert counted.quads == len(seed_store) > 0


def test_breakdowns_come_largest_first(seed_store):
    counted = store_stats(seed_store)
    for pairs in (counted.actors, counted.stances, counted.events):
        assert [count for _, count in pairs] == sorted((count for _, count in pairs), reverse=True)
