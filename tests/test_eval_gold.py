"""kg.eval.gold: gold files loaded and checked, and how a name refers to a gold actor."""

from __future__ import annotations

import json

import pytest

from kg.errors import GoldError
from kg.eval.gold import GoldActor, GoldDoc, load_gold, load_gold_file


def gold_file(tmp_path, name="x", **sections):
    data = {"doc": f"{name}.txt", "date": "2025-01-01", "actors": [], "places": [], "statements": [], "stances": [],
            "events": [], **sections}
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_load_gold_file_reads_every_section(tmp_path):
    path = gold_file(
        tmp_path,
        actors=[{"name": "Jane Doe", "type": "Person", "aliases": ["Doe"], "wikidata": "Q1"}],
        places=[{"name": "Budapest", "optional": True}],
        statements=[{"speaker": "Jane Doe", "cue": "said", "content": "no", "direct": True}],
        stances=[{"holder": "Jane Doe", "target": "the plan", "target_keywords": ["plan"], "polarity": "negative"}],
        events=[{"label": "talks", "plover": "CONSULT", "participants": ["Jane Doe"], "triggers": ["talks"],
                 "date": "2025-01-02", "planned": True}],
    )
    doc = load_gold_file(path)
    assert (doc.doc, doc.date, doc.path) == ("x.txt", "2025-01-01", str(path))
    assert doc.actors[0] == GoldActor("Jane Doe", "Person", ("Doe",), "Q1")
    assert doc.places[0].optional and doc.statements[0].direct and doc.stances[0].target_keywords == ("plan",)
    assert (doc.events[0].date, doc.events[0].planned, doc.events[0].place) == ("2025-01-02", True, None)


def test_load_gold_rejects_malformed_json(tmp_path):
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(GoldError, match="bad.json"):
        load_gold(tmp_path)


def test_load_gold_rejects_missing_key(tmp_path):
    data = {"doc": "x.txt", "date": "2025-01-01", "actors": [{"name": "X", "type": "Person"}],
            "places": [], "statements": [], "stances": [], "events": []}
    (tmp_path / "x.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(GoldError, match=r"x\.json.*actors\[0\].*aliases"):
        load_gold(tmp_path)


def test_load_gold_rejects_unknown_polarity(tmp_path):
    data = {"doc": "x.txt", "date": "2025-01-01", "actors": [], "places": [], "statements": [],
            "stances": [{"holder": "X", "target": "t", "target_keywords": ["t"], "polarity": "good"}],
            "events": []}
    (tmp_path / "x.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(GoldError, match="'good' is not one of negative, neutral, positive"):
        load_gold(tmp_path)


def test_load_gold_rejects_empty_directory(tmp_path):
    with pytest.raises(GoldError, match="no"):
        load_gold(tmp_path)


def test_load_gold_rejects_unknown_plover_code_and_actor_type(tmp_path):
    gold_file(tmp_path, events=[{"label": "l", "plover": "PARTY", "participants": [], "triggers": []}])
    with pytest.raises(GoldError, match="'PARTY' is not one of ACCUSE, AGREE, AID, ASSAULT"):
        load_gold(tmp_path)
    gold_file(tmp_path, actors=[{"name": "X", "type": "Place", "aliases": []}])
    with pytest.raises(GoldError, match="'Place' is not one of Country, Group, Organization, Person"):
        load_gold(tmp_path)


def test_load_gold_rejects_two_files_for_one_doc(tmp_path):
    gold_file(tmp_path, "a")
    data = json.loads((tmp_path / "a.json").read_text())
    (tmp_path / "b.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(GoldError, match=r"b\.json: doc 'a.txt' is also the doc of .*a\.json"):
        load_gold(tmp_path)


@pytest.mark.parametrize(
    "predicted, strength",
    [
        ("President Donald Trump", 2),  # the name, title dropped
        ("Donald J. Trump", 2),  # an alias
        ("Melania Trump", 1),  # a person's surname
        ("Donald", 0),  # a first name is not a surname
        ("President", 0),  # nothing left once the title is dropped
    ],
)
def test_match_strength_name_or_alias_before_surname(predicted, strength):
    assert GoldActor("Donald Trump", "Person", ("Donald J. Trump",)).match_strength(predicted) == strength


def test_organisation_does_not_match_on_its_last_word():
    assert GoldActor("Acme Holdings", "Organization").match_strength("Holdings") == 0


def test_refers_to_a_gold_actor_or_else_the_same_name():
    doc = GoldDoc("a.txt", "2025-01-01", (GoldActor("Jane Doe", "Person", ("Doe",)),), (), (), (), ())
    assert doc.refers_to("Ms. Doe", "Doe")  # "Doe" names the actor, whom "Ms. Doe" matches
    assert not doc.refers_to("Max Roe", "Jane Doe")
    assert doc.refers_to("hospital officials", "Hospital Officials")  # no gold actor: equal names
    assert not doc.refers_to("officials", "Hospital Officials")
