"""kg.sparql.local: queries on the local store, parameters as RDF terms, the contract queries' shape."""

from __future__ import annotations

import re

import pyoxigraph as ox
import pytest

from kg.errors import QueryError
from kg.namespaces import NKG
from kg.sparql.files import QueryText, load_query, resolve_query
from kg.sparql.local import run_query
from kg.sparql.results import plain_rows
from kg.sparql.text import inline_params, parse_params

CONTRACT = {
    "actors": ["doc", "name", "type", "wikidata"],
    "statements": ["doc", "speaker", "cue", "content", "direct", "start", "end"],
    "stances": ["doc", "holder", "target", "polarity"],
    "events": ["doc", "event", "label", "plover", "participant", "place", "date"],
}


@pytest.mark.parametrize("name, variables", CONTRACT.items())
def test_contract_queries_project_exactly_the_contract_variables(seed_store, name, variables):
    results = run_query(seed_store, resolve_query(name, None))
    got = [v.value for v in results.variables]
    assert got[: len(variables)] == variables
    assert set(got) - set(variables) <= {"planned", "source", "target"}  # events: PLOVER's roles beside the contract


def test_content_offsets_index_the_file(seed_store):
    from tests.conftest import SEED_FILE

    source = SEED_FILE.read_text(encoding="utf-8")
    rows = plain_rows(run_query(seed_store, resolve_query("statements", None)))
    assert rows
    for row in rows:
        assert source[int(row["start"]):int(row["end"])] == row["content"]


def test_param_binds_a_value_not_text(seed_store):
    query = resolve_query("said_by", None)
    speaker = next(r["speaker"] for r in plain_rows(run_query(seed_store, resolve_query("statements", None))))
    rows = plain_rows(run_query(seed_store, query, parse_params([f"speaker={speaker}"], query)))
    assert rows and all(r["speaker"] == speaker for r in rows)
    evil = parse_params(['speaker=x" } } ; DROP ALL ; #'], query)
    assert plain_rows(run_query(seed_store, query, evil)) == []
    assert len(seed_store) > 0


@pytest.mark.parametrize("name, param", [("said_by", "speaker"), ("actor_profile", "name")])
def test_params_written_into_the_query_answer_as_substitutions_do(seed_store, name, param):
    query = resolve_query(name, None)
    for value in ("Donald Trump", "Russia", "nobody at all"):
        bound = parse_params([f"{param}={value}"], query)
        substituted = seed_store.query(query.text, substitutions=bound)
        assert plain_rows(run_query(seed_store, query, bound)) == plain_rows(substituted)


def test_a_query_the_rewrite_does_not_fit_is_bound_by_substitution(seed_store):
    text = "SELECT ?doc WHERE { { SELECT ?doc WHERE { GRAPH ?g { ?g <https://schema.org/name> ?doc } } } }"
    name = plain_rows(run_query(seed_store, resolve_query("documents", None)))[0]["doc"]
    with pytest.raises(SyntaxError):  # a sub-SELECT cannot project a constant
        seed_store.query(inline_params(text, {"doc": ox.Literal(name)}))
    query = QueryText(text, "-e")
    assert plain_rows(run_query(seed_store, query, parse_params([f"doc={name}"], query))) == [{"doc": name}]


@pytest.mark.parametrize("spec, expression, params, message", [
    ("nope", None, [], "unknown query 'nope'"),
    (None, "SELEKT * WHERE {}", [], "malformed SPARQL"),
    ("missing.rq", None, [], "does not exist"),
    ("said_by", None, ["speaker"], "name=value"),
    ("said_by", None, ["nobody=x"], "no variable ?nobody"),
    (None, None, [], "no query given"),
])
def test_query_errors(seed_store, spec, expression, params, message):
    with pytest.raises(QueryError, match=re.escape(message)):
        text = resolve_query(spec, expression)
        run_query(seed_store, text, parse_params(params, text))


@pytest.fixture(scope="module")
def several_documents_store(tmp_path_factory, nlp):
    """The seed and a few short articles that name the same people, in one store."""
    from kg.build import build
    from kg.store import open_store

    folder = tmp_path_factory.mktemp("several")
    texts = [
        'President Anna Berg said "talks with Norway went well" on Monday. She met Carl Dunn in Oslo.',
        "Minister Carl Dunn met Anna Berg in Paris on Tuesday. He said they agreed on trade.",
        "The European Union criticized Norway. Anna Berg, the president, praised the deal.",
        "In 1975, rebels attacked the capital of Chad.",
    ]
    for number, text in enumerate(texts):
        (folder / f"short{number}.txt").write_text(text, encoding="utf-8")
    from tests.conftest import SEED_FILE

    path = folder / "store"
    with open_store(path) as store:
        build(store, [str(folder), str(SEED_FILE)])
    with open_store(path, read_only=True) as store:
        yield store


@pytest.mark.parametrize("name, speaker", [("actors", None), ("statements", None), ("events", None), ("timeline", None),
                                           ("said_by", "Anna Berg")])
def test_tuned_query_answers_as_its_plain_form(several_documents_store, name, speaker):
    from collections import Counter
    from pathlib import Path

    plain_text = (Path(__file__).parent / "reference_queries" / f"{name}.rq").read_text(encoding="utf-8")
    params = {ox.Variable("speaker"): ox.Literal(speaker)} if speaker else None

    def answer(text):
        results = run_query(several_documents_store, QueryText(text, name), params)
        return Counter(tuple(sorted(_unordered_lists(row).items())) for row in plain_rows(results))

    tuned = answer(load_query(name).text)
    assert len({row_doc for row in tuned for key, row_doc in row if key == "doc"}) >= (2 if speaker else 3)
    assert tuned == answer(plain_text)


def _unordered_lists(row: dict[str, str]) -> dict[str, str]:
    """GROUP_CONCAT lists (the timeline's actors, an event's sources and targets) in sorted order: SPARQL sets
    no order inside a group."""
    separators = {"actors": ", ", "source": "; ", "target": "; "}
    return {key: separators[key].join(sorted(value.split(separators[key]))) if key in separators else value
            for key, value in row.items()}


def test_statements_has_one_row_per_statement_even_where_a_speaker_has_two_labels(store_copy):
    from kg.namespaces import RDFS
    from kg.store import open_store

    with open_store(store_copy) as store:
        said = list(store.oxigraph.quads_for_pattern(None, ox.NamedNode(NKG.speaker), None, None))
        assert said
        for quad in said:  # a second spelling as the label, as merged stores from other tools can have
            store.oxigraph.add(ox.Quad(quad.object, ox.NamedNode(RDFS.label), ox.Literal("Another Spelling"), quad.graph_name))
        statements = {q_.subject for q_ in store.oxigraph.quads_for_pattern(None, ox.NamedNode(NKG.content), None, None)}
        rows = plain_rows(run_query(store, resolve_query("statements", None)))
    assert len(rows) == len(statements)
    assert "Another Spelling" not in {row["speaker"] for row in rows}


def test_events_give_a_year_only_date_as_its_year(several_documents_store):
    """A date known to its year is ISO 8601's reduced form, as in timeline, not a stretch of 365 days."""
    rows = plain_rows(run_query(several_documents_store, QueryText(load_query("events").text, "events")))
    assert {row.get("date") for row in rows if row["doc"] == "short3.txt"} == {"1975"}


def test_the_timeline_gives_a_year_only_date_as_its_year(several_documents_store):
    rows = plain_rows(run_query(several_documents_store, QueryText(load_query("timeline").text, "timeline")))
    dates = [row["when"] for row in rows if row["doc"] == "short3.txt"]
    assert dates == ["1975"]

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def test_stoppable_gives_the_work_s_value():
    from kg.sparql.local import stoppable

    assert stoppable(lambda: 42, "-e", timeout=5) == 42


def test_stoppable_ends_a_runaway_query_at_its_timeout(seed_store):
    import time

    from kg.sparql.local import stoppable

    began = time.monotonic()
    with pytest.raises(QueryError, match=r"query -e ran longer than --timeout 0.5 s"):
        stoppable(lambda: list(run_query(seed_store, QueryText(RUNAWAY, "-e"))), "-e", timeout=0.5)
    assert time.monotonic() - began < 2


def test_stoppable_names_the_query_when_reading_its_results_fails():
    from kg.sparql.local import stoppable

    def fails():
        raise OSError("The port 9 is not allowed")

    with pytest.raises(QueryError, match=r"^query far\.rq failed: The port 9 is not allowed$"):
        stoppable(fails, "far.rq")


def test_run_query_refuses_service_unless_allowed(seed_store):
    text = QueryText("SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", "-e")
    with pytest.raises(QueryError, match="--allow-service"):
        run_query(seed_store, text)
    with pytest.raises(OSError):  # allowed: Oxigraph tries the endpoint, which refuses port 9
        list(run_query(seed_store, text, allow_service=True))


def test_run_query_refuses_an_invalid_regex_pattern(seed_store):
    with pytest.raises(QueryError, match=r'REGEX pattern "\("'):
        run_query(seed_store, QueryText('SELECT * { ?s ?p ?o FILTER(REGEX(?o, "(")) }', "-e"))
