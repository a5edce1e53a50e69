"""kg.eval.scores: precision, recall and F1 from counts; accuracies that say when nothing was counted."""

from __future__ import annotations

import pytest

from kg.eval.scores import Accuracy, DateAccuracy, SectionScore


def test_section_score_figures_and_sum():
    score = SectionScore(tp_pred=3, n_pred=4, tp_gold=3, n_gold=6)
    assert (score.precision, score.recall) == (0.75, 0.5)
    assert score.f1 == pytest.approx(0.6)
    score.add(SectionScore(1, 0, 1, 2))
    assert score.to_dict() == {"tp_pred": 4, "n_pred": 4, "tp_gold": 4, "n_gold": 8,
                               "precision": 1.0, "recall": 0.5, "f1": pytest.approx(2 / 3)}


def test_empty_section_scores_zero():
    assert (SectionScore().precision, SectionScore().recall, SectionScore().f1) == (0.0, 0.0, 0.0)


def test_accuracy_is_none_until_something_is_counted():
    acc = Accuracy()
    assert acc.value is None
    acc.count(True)
    acc.count(False)
    assert acc.to_dict() == {"correct": 1, "total": 2, "accuracy": 0.5}


def test_date_accuracy_counts_events_without_gold_date_apart():
    acc = DateAccuracy(without_gold=2, predicted_without_gold=1)
    acc.count(True)
    assert acc.to_dict() == {"correct": 1, "total": 1, "accuracy": 1.0, "without_gold": 2, "predicted_without_gold": 1}
