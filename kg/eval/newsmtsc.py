"""Scoring the stance polarity on NewsMTSC: how a sentence portrays a named person.

NewsMTSC (Hamborg and Donnay, EACL 2021) gives one sentence per JSON line
(``sentence_normalized``) with ``targets``: character offsets ``from``/``to``
(end exclusive) of a person's mention and the sentence's polarity toward it
(2.0 negative, 4.0 neutral, 6.0 positive). Each sentence is parsed with the
project's spaCy pipeline and :func:`kg.extract.targeted_polarity.polarity_and_found`
gives the polarity toward each target: the classifier trained on NewsMTSC's
train split (``python -m kg.train.targeted_polarity``), the model the stance
extractor reads statements with. Targets it reads as neutral are counted
apart (``no_target``).
Reported: accuracy and macro-F1 over the three classes, with counts.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from kg.errors import InputError
from kg.extract.targeted_polarity import polarity_and_found  # the model scored; the only import of it in kg.eval
from kg.nlp import load_nlp

LABELS = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}
CLASSES = ("positive", "negative", "neutral")


@dataclass
class NewsmtscScore:
    """Counts and figures of one NewsMTSC run."""

    sentences: int = 0
    targets: int = 0
    correct: int = 0
    no_target: int = 0
    confusion: Counter = field(default_factory=Counter)  # (gold, predicted) -> count

    @property
    def accuracy(self) -> float:
        return self.correct / self.targets if self.targets else 0.0

    def per_class(self) -> dict[str, tuple[float, float, float, int]]:
        """class -> (precision, recall, F1, gold support)."""
        out = {}
        for label in CLASSES:
            tp = self.confusion[(label, label)]
            predicted = sum(n for (_, p), n in self.confusion.items() if p == label)
            support = sum(n for (g, _), n in self.confusion.items() if g == label)
            p = tp / predicted if predicted else 0.0
            r = tp / support if support else 0.0
            out[label] = (p, r, 2 * p * r / (p + r) if p + r else 0.0, support)
        return out

    @property
    def macro_f1(self) -> float:
        return sum(f for _, _, f, _ in self.per_class().values()) / len(CLASSES)

    def to_dict(self) -> dict:
        return {
            "sentences": self.sentences, "targets": self.targets, "correct": self.correct,
            "no_target": self.no_target, "accuracy": self.accuracy, "macro_f1": self.macro_f1,
            "per_class": {k: dict(zip(("precision", "recall", "f1", "support"), v)) for k, v in self.per_class().items()},
            "confusion": {f"{g}->{p}": n for (g, p), n in sorted(self.confusion.items())},
        }


def read_newsmtsc(path: str | Path, limit: int | None = None):
    """(sentence, [(start, end, gold polarity)]) per line of a NewsMTSC jsonl file."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"NewsMTSC file not found: {path}")
    with path.open(encoding="utf-8") as lines:
        for number, line in islice(enumerate(lines, 1), limit):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                targets = [(t["from"], t["to"], LABELS[float(t["polarity"])]) for t in item["targets"]]
                yield item["sentence_normalized"], targets
            except (ValueError, KeyError, TypeError) as err:
                raise InputError(f"{path}:{number}: not a NewsMTSC line ({err}); expected "
                                 "sentence_normalized and targets with from, to, polarity in 2.0, 4.0, 6.0") from err


def score_newsmtsc(path: str | Path, limit: int | None = None) -> NewsmtscScore:
    """Score the stance polarity toward each target of the first ``limit`` lines of ``path``."""
    items = list(read_newsmtsc(path, limit))
    score = NewsmtscScore()
    docs = load_nlp().pipe((sentence for sentence, _ in items), batch_size=64)
    for doc, (_, targets) in zip(docs, items):
        score.sentences += 1
        for start, end, gold in targets:
            predicted, found = polarity_and_found(doc, start, end)
            score.targets += 1
            score.correct += predicted == gold
            score.no_target += not found
            score.confusion[(gold, predicted)] += 1
    return score
