"""Train the targeted-polarity classifier shipped as ``kg/extract/data/targeted_polarity.json``.

    python -m kg.train.targeted_polarity --train ../shared/eval/newsmtsc/train.jsonl \\
        -o kg/extract/data/targeted_polarity.json

Reads NewsMTSC ``train.jsonl`` (MIT licence), parses each sentence with the
project's spaCy pipeline (:func:`kg.nlp.load_nlp`, the one the build uses),
turns each target into the features of :func:`kg.extract.targeted_polarity.features`
and fits a multinomial logistic regression (scikit-learn, needed here only:
``pip install -e ".[train]"``). The regularisation strength and class weighting
are chosen on a held-out fifth of the training sentences (split by sentence,
fixed seed), never on a NewsMTSC devtest file; the chosen setting is then fitted
on all of train. Features seen in fewer than ``--min-count`` targets are
dropped, and so are weights that round to zero, which keeps the file small.
Same data, same seed: the same weights.
"""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

import click

from kg.eval.newsmtsc import read_newsmtsc
from kg.extract.targeted_polarity import features

CLASSES = ("negative", "neutral", "positive")
GRID = [(c, w) for c in (0.03, 0.05, 0.1, 0.2) for w in (None, "balanced")]
HOLDOUT = 0.2
DIGITS = 4
SOURCE = ("Derived from NewsMTSC train.jsonl (Hamborg and Donnay, EACL 2021, github.com/fhamborg/NewsMTSC); "
          "Copyright 2020 Felix Hamborg; MIT licence")


def examples(path, limit: int | None = None) -> list[tuple[int, dict[str, float], str]]:
    """(sentence number, features, gold polarity) per target of the first ``limit`` lines of a NewsMTSC file."""
    from kg.nlp import load_nlp

    items = list(read_newsmtsc(path, limit))
    docs = load_nlp().pipe((sentence for sentence, _ in items), batch_size=64)
    return [(number, features(doc, start, end), gold)
            for number, (doc, (_, targets)) in enumerate(zip(docs, items))
            for start, end, gold in targets]


def frequent(rows, min_count: int) -> set[str]:
    """The feature names present in at least ``min_count`` of the rows."""
    counts: dict[str, int] = {}
    for _, feats, _ in rows:
        for name in feats:
            counts[name] = counts.get(name, 0) + 1
    return {name for name, n in counts.items() if n >= min_count}


def fit(rows, c: float, class_weight, min_count: int, seed: int):
    """(vectorizer, classifier) fitted on the rows with features kept by :func:`frequent`."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    keep = frequent(rows, min_count)
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([{k: v for k, v in feats.items() if k in keep} for _, feats, _ in rows])
    classifier = LogisticRegression(C=c, class_weight=class_weight, max_iter=3000, random_state=seed)
    classifier.fit(x, [gold for _, _, gold in rows])
    return vectorizer, classifier


def macro_f1(vectorizer, classifier, rows) -> float:
    from sklearn.metrics import f1_score

    predicted = classifier.predict(vectorizer.transform([feats for _, feats, _ in rows]))
    return f1_score([gold for _, _, gold in rows], predicted, labels=list(CLASSES), average="macro")


def split(rows, seed: int):
    """(fit rows, held-out rows): a fixed random fifth of the sentences held out, all targets of a sentence together."""
    sentences = sorted({number for number, _, _ in rows})
    held = set(random.Random(seed).sample(sentences, round(len(sentences) * HOLDOUT)))
    return [r for r in rows if r[0] not in held], [r for r in rows if r[0] in held]


def select(rows, min_count: int, seed: int, report=print) -> tuple[float, object]:
    """The (C, class weight) of ``GRID`` with the best macro-F1 on the held-out split of ``rows``."""
    fit_rows, held_rows = split(rows, seed)
    scored = []
    for c, weight in GRID:
        score = macro_f1(*fit(fit_rows, c, weight, min_count, seed), held_rows)
        report(f"C={c} class_weight={weight}: held-out macro-F1 {score:.4f}")
        scored.append((score, -c, str(weight), c, weight))
    best = max(scored)
    return best[3], best[4]


def export(vectorizer, classifier) -> dict:
    """The model as the JSON that :class:`kg.extract.targeted_polarity.Model` reads (classes in ``CLASSES`` order)."""
    order = [list(classifier.classes_).index(c) for c in CLASSES]
    weights = {}
    for name, column in vectorizer.vocabulary_.items():
        row = [round(float(classifier.coef_[k, column]), DIGITS) for k in order]
        if any(row):
            weights[name] = row
    return {"classes": list(CLASSES),
            "intercept": [round(float(classifier.intercept_[k]), DIGITS) for k in order],
            "weights": dict(sorted(weights.items()))}


def train(path, limit: int | None = None, min_count: int = 2, seed: int = 13,
          c: float | None = None, class_weight=None, report=print) -> dict:
    """The exported model trained on the NewsMTSC file at ``path``; ``c`` given skips the selection."""
    rows = examples(path, limit)
    report(f"{len(rows)} targets from {len({r[0] for r in rows})} sentences")
    if c is None:
        c, class_weight = select(rows, min_count, seed, report)
    report(f"fitting C={c} class_weight={class_weight} on all targets")
    model = export(*fit(rows, c, class_weight, min_count, seed))
    model["training"] = {"source": SOURCE, "data": Path(path).name, "targets": len(rows), "C": c,
                         "class_weight": class_weight, "min_count": min_count, "seed": seed}
    return model


@click.command()
@click.option("--train", "train_path", required=True, type=click.Path(exists=True, dir_okay=False),
              help="NewsMTSC train.jsonl")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="where to write the model JSON")
@click.option("--limit", type=int, default=None, help="read only the first N lines (for a quick run)")
@click.option("--min-count", type=int, default=2, show_default=True, help="drop features seen in fewer targets")
@click.option("--seed", type=int, default=13, show_default=True)
@click.option("--C", "c", type=float, default=None, help="skip model selection and use this C")
def main(train_path, output, limit, min_count, seed, c):
    """Train the targeted-polarity model from NewsMTSC and write its weights as JSON."""
    began = time.perf_counter()
    model = train(train_path, limit, min_count, seed, c, report=click.echo)
    Path(output).write_text(json.dumps(model, separators=(",", ":"), sort_keys=False) + "\n", encoding="utf-8")
    click.echo(f"{len(model['weights'])} features written to {output} in {time.perf_counter() - began:.1f} s")


if __name__ == "__main__":
    main()
