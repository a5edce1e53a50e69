"""kg.extract.targeted_polarity (the shipped classifier) and kg.train.targeted_polarity (its training script)."""

from __future__ import annotations

import json

import pytest

from kg.extract import targeted_polarity as tp
from kg.train import targeted_polarity as train_script

from tests.conftest import require_shared


def at(nlp, sentence: str, mention: str):
    """(doc, start, end): the parsed sentence and the character offsets of the mention in it."""
    start = sentence.index(mention)
    return nlp(sentence), start, start + len(mention)


def test_shipped_weights_load_offline():
    model = tp.load_model()
    assert model.classes == ["negative", "neutral", "positive"]
    assert len(model.intercept) == 3
    assert len(model.weights) > 1000
    assert all(len(row) == 3 for row in model.weights.values())
    assert tp.load_model() is model  # loaded once


@pytest.mark.parametrize("sentence, mention, expected", [
    ("The senator praised Maria Lopez for her courage.", "Maria Lopez", "positive"),
    ("Voters applauded Tom Baker for his honest and brilliant work.", "Tom Baker", "positive"),
    ("Maria Lopez was condemned for corruption.", "Maria Lopez", "negative"),
    ("Critics accused Tom Baker of lying and fraud.", "Tom Baker", "negative"),
])
def test_clear_cases(nlp, sentence, mention, expected):
    polarity, confidence = tp.classify(*at(nlp, sentence, mention))
    assert polarity == expected
    assert 1 / 3 < confidence <= 1.0


def test_each_target_of_a_sentence_is_scored_on_its_own(nlp):
    doc = nlp("Tom Baker praised Maria Lopez, and the judge condemned Ann Kerr for fraud.")
    model = tp.load_model()
    praised, condemned = (model.probabilities(tp.features(doc, doc.text.index(name), doc.text.index(name) + len(name)))
                          for name in ("Maria Lopez", "Ann Kerr"))
    assert praised["positive"] > condemned["positive"]
    assert condemned["negative"] > praised["negative"]


def test_classify_takes_a_sentence_span_of_a_longer_doc(nlp):
    doc = nlp("The weather was mild. The senator praised Maria Lopez for her courage.")
    sentence = list(doc.sents)[1]
    start = doc.text.index("Maria Lopez")
    assert tp.classify(sentence, start, start + len("Maria Lopez"))[0] == "positive"


def test_deterministic(nlp):
    doc, start, end = at(nlp, "Tom Baker met Maria Lopez in the capital on Tuesday.", "Maria Lopez")
    first = tp.classify(doc, start, end)
    assert all(tp.classify(doc, start, end) == first for _ in range(3))
    assert tp.classify(nlp(doc.text), start, end) == first


def test_features_name_no_person(nlp):
    feats = tp.features(*at(nlp, "The senator praised Maria Lopez for her courage.", "Maria Lopez"))
    assert not any("maria" in name or "lopez" in name for name in feats)
    assert feats["dep=dobj|head=praise"] == 1.0


def test_context_vectors_come_from_the_pipeline_and_are_optional(nlp):
    doc, start, end = at(nlp, "The senator praised Maria Lopez for her courage.", "Maria Lopez")
    with_vectors = tp.features(doc, start, end)
    assert sum(name.startswith(("vec_t", "vec_h")) for name in with_vectors) == 2 * doc.tensor.shape[1]
    doc.tensor = doc.tensor[:0]  # a doc whose tensor was dropped, e.g. read back from storage
    without = tp.features(doc, start, end)
    assert not any(name.startswith("vec_") for name in without)
    assert tp.classify(doc, start, end)[0] in ("positive", "negative", "neutral")


def test_no_target_token_gives_only_the_bias(nlp):
    doc = nlp("A quiet day.")
    assert tp.features(doc, 100, 105) == {"bias": 1.0}


def test_training_script_runs_end_to_end(tmp_path, monkeypatch):
    monkeypatch.setattr(train_script, "GRID", [(0.05, None), (0.2, "balanced")])  # two settings to choose from: fast
    out = tmp_path / "model.json"
    train = require_shared("eval", "newsmtsc", "train.jsonl")
    train_script.main.main(["--train", str(train), "-o", str(out), "--limit", "40"], standalone_mode=False)
    data = json.loads(out.read_text(encoding="utf-8"))
    chosen = data["training"]
    assert (chosen["C"], chosen["class_weight"]) in train_script.GRID
    model = tp.load_model(out)
    assert model.classes == list(train_script.CLASSES)
    assert model.weights
    again = train_script.train(train, limit=40, c=chosen["C"], class_weight=chosen["class_weight"], report=lambda _: None)
    assert again == data  # same data, same seed: the same weights
