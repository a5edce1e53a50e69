"""kg.eval.run: the contract queries run through a select function, and the seed store scored against gold."""

from __future__ import annotations

import json
import subprocess
import sys

from kg.eval.contract import CONTRACT_QUERIES
from kg.eval.run import contract_predictions, evaluate_gold, evaluate_store, local_select, stored_documents
from kg.sparql.files import load_query
from tests.conftest import SEED_FILE


def recording_select(rows_by_text):
    asked = []

    def select(text):
        asked.append(text)
        return rows_by_text.get(text, [])

    return select, asked


def test_contract_predictions_runs_each_named_query_once():
    select, asked = recording_select({load_query("actors").text: [{"doc": "a.txt", "name": "X"}]})
    rows = contract_predictions(select)
    assert list(rows) == list(CONTRACT_QUERIES) and rows["actors"] == [{"doc": "a.txt", "name": "X"}]
    assert asked == [load_query(name).text for name in CONTRACT_QUERIES]
    assert list(contract_predictions(select, ["statements"])) == ["statements"]


def test_stored_documents_are_names_from_the_documents_query():
    select, _ = recording_select({load_query("documents").text: [{"doc": "https://w3id.org/newskg/id/doc/a.txt"}]})
    assert stored_documents(select) == {"a.txt"}


def seed_gold(tmp_path, *actors):
    gold = {"doc": SEED_FILE.name, "date": "2025-10-16", "places": [], "statements": [], "stances": [], "events": [],
            "actors": [{"name": name, "type": "Person", "aliases": []} for name in actors]}
    (tmp_path / "seed.json").write_text(json.dumps(gold), encoding="utf-8")
    return tmp_path


def test_evaluate_store_scores_what_kg_query_gives(seed_store, tmp_path):
    names = {row["name"] for row in local_select(seed_store)(load_query("actors").text)}
    person = sorted(names)[0]
    score = evaluate_store(seed_store, seed_gold(tmp_path, person, "Nobody Here"))
    assert (score.documents, score.unbuilt) == (1, [])
    assert (score.actors.tp_gold, score.actors.n_gold) == (1, 2)
    assert score.actors.n_pred == len(names)


def test_evaluate_gold_lists_gold_documents_the_graph_lacks(tmp_path):
    select, _ = recording_select({})
    score = evaluate_gold(select, seed_gold(tmp_path, "Nobody Here"))
    assert score.unbuilt == [SEED_FILE.name] and score.actors.recall == 0


def test_scoring_imports_neither_the_build_nor_the_store():
    """The CLI wires building and scoring; no module of kg.eval reaches up to kg.build (or the store it writes)."""
    code = ("import importlib, pkgutil, sys, kg.eval\n"
            "for m in pkgutil.iter_modules(kg.eval.__path__): importlib.import_module('kg.eval.' + m.name)\n"
            "print(' '.join(sorted(sys.modules)))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert "kg.eval.polnear" in loaded and "kg.eval.run" in loaded
    assert not {"kg.build", "kg.pipeline", "kg.store", "kg.emit"} & set(loaded)
