"""kg.eval.newsmtsc: polarity toward a named person, scored on NewsMTSC lines."""

from __future__ import annotations

import json

import pytest

from kg.errors import InputError
from kg.eval.newsmtsc import NewsmtscScore, score_newsmtsc


def line(sentence: str, *targets: tuple[str, float]) -> str:
    items = []
    for mention, polarity in targets:
        start = sentence.index(mention)
        items.append({"from": start, "to": start + len(mention), "mention": mention, "polarity": polarity})
    return json.dumps({"sentence_normalized": sentence, "primary_gid": "x", "targets": items})


@pytest.fixture
def tiny(tmp_path):
    path = tmp_path / "tiny.jsonl"
    path.write_text("\n".join([
        line("Critics slammed Dan Ortiz over the scandal, Lucy Wong said.", ("Dan Ortiz", 2.0), ("Lucy Wong", 4.0)),
        line("Voters praised Lucy Wong for her honesty.", ("Lucy Wong", 6.0)),
        line("Lucy Wong met Dan Ortiz in the capital.", ("Dan Ortiz", 6.0)),
    ]) + "\n", encoding="utf-8")
    return path


def test_scores_each_target(tiny):
    score = score_newsmtsc(tiny)
    assert (score.sentences, score.targets, score.correct) == (3, 4, 3)
    assert score.no_target == 1
    assert score.confusion[("positive", "neutral")] == 1
    assert score.accuracy == pytest.approx(0.75)


def test_limit_reads_the_first_lines(tiny):
    assert score_newsmtsc(tiny, limit=1).targets == 2


def test_macro_f1_averages_three_classes():
    score = NewsmtscScore(targets=4, correct=2)
    score.confusion.update({("positive", "positive"): 1, ("negative", "negative"): 1,
                            ("neutral", "negative"): 1, ("positive", "neutral"): 1})
    per_class = score.per_class()
    assert per_class["positive"] == pytest.approx((1.0, 0.5, 2 / 3, 2))
    assert per_class["negative"] == pytest.approx((0.5, 1.0, 2 / 3, 1))
    assert per_class["neutral"] == pytest.approx((0.0, 0.0, 0.0, 1))
    assert score.macro_f1 == pytest.approx(4 / 9)


def test_bad_input_names_the_problem(tmp_path):
    with pytest.raises(InputError, match="not found"):
        score_newsmtsc(tmp_path / "missing.jsonl")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"sentence_normalized": "x", "targets": [{"from": 0, "to": 1, "polarity": 3.0}]}\n')
    with pytest.raises(InputError, match="bad.jsonl:1"):
        score_newsmtsc(bad)


def test_words_around_the_target_count(tmp_path):
    path = tmp_path / "near.jsonl"
    path.write_text("\n".join([
        line("The disgraced Dan Ortiz resigned on Friday.", ("Dan Ortiz", 2.0)),
        line("Lucy Wong's courage impressed the voters.", ("Lucy Wong", 6.0)),
        line("The plan is a terrible disaster, Lucy Wong said.", ("Lucy Wong", 4.0)),
    ]) + "\n", encoding="utf-8")
    score = score_newsmtsc(path)
    assert score.correct == 3 and score.no_target == 0
