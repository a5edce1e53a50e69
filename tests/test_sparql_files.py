"""kg.sparql.files: named queries in queries/, a query file, or -e text."""

from __future__ import annotations

import re

import pytest

from kg.errors import QueryError
from kg.namespaces import NKG
from kg.sparql.files import QueryText, load_internal, load_query, queries_dir, query_names, resolve_query
from kg.sparql.local import run_query


def test_at_least_three_people_facing_queries():
    assert {"said_by", "timeline", "actor_profile"} <= set(query_names())
    assert "replace_graph" not in query_names()


@pytest.mark.parametrize("name", sorted(p.stem for p in queries_dir().glob("*.rq")))
def test_every_named_query_parses_and_runs(seed_store, name):
    query = load_query(name)
    assert query.description, f"{name}.rq needs a first-line # description"
    run_query(seed_store, QueryText(query.text, name))


@pytest.mark.parametrize("path", sorted(queries_dir().rglob("*.r[qu]")))
def test_queries_use_only_ontology_terms(path):
    used = set(re.findall(r"\bnkg:(\w+)", path.read_text(encoding="utf-8")))
    assert used <= set(NKG.__annotations__), used - set(NKG.__annotations__)



def test_resolve_query_reads_a_name_a_file_or_an_expression(tmp_path):
    assert resolve_query("said_by", None) == QueryText(load_query("said_by").text, "said_by")
    path = tmp_path / "mine.rq"
    path.write_text("ASK {}", encoding="utf-8")
    assert resolve_query(str(path), None) == QueryText("ASK {}", str(path))
    assert resolve_query(None, "ASK {}") == QueryText("ASK {}", "-e")


@pytest.mark.parametrize("spec, expression, message", [
    ("nope", None, "unknown query 'nope'; named queries are: actor_profile, actors"),
    ("missing.rq", None, "does not exist"),
    (None, None, "no query given"),
    ("actors", "ASK {}", "not both"),
])
def test_resolve_query_errors(spec, expression, message):
    with pytest.raises(QueryError, match=re.escape(message)):
        resolve_query(spec, expression)


def test_internal_queries_are_not_offered_to_users():
    assert "CONSTRUCT" in load_internal("all_triples")
    assert "all_triples" not in query_names()
    with pytest.raises(QueryError, match="internal query 'nope' is missing"):
        load_internal("nope")
