"""The counts every scorer reports: precision/recall counts, accuracies, and notes of what went wrong.

Precision counts predictions that are right of those counted; recall counts
gold items found; both are summed over documents (micro).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass
class SectionScore:
    """Counts for one section: predictions right of those counted, gold found."""

    tp_pred: int = 0
    n_pred: int = 0
    tp_gold: int = 0
    n_gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp_pred / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: SectionScore) -> None:
        self.tp_pred += other.tp_pred
        self.n_pred += other.n_pred
        self.tp_gold += other.tp_gold
        self.n_gold += other.n_gold

    def to_dict(self) -> dict:
        return {**asdict(self), "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass
class Accuracy:
    """Right out of counted; ``value`` is None when nothing was counted."""

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def count(self, ok: bool) -> None:
        self.correct += int(ok)
        self.total += 1

    def to_dict(self) -> dict:
        return {"correct": self.correct, "total": self.total, "accuracy": self.value}


@dataclass
class DateAccuracy(Accuracy):
    """Over matched events with a gold date; those without one counted apart."""

    without_gold: int = 0
    predicted_without_gold: int = 0

    def to_dict(self) -> dict:
        return {**super().to_dict(), "without_gold": self.without_gold,
                "predicted_without_gold": self.predicted_without_gold}


@dataclass(frozen=True)
class Note:
    """A missed gold item or a false hit, for verbose reports."""

    section: str
    doc: str
    description: str
