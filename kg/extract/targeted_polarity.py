"""A trained classifier of how one sentence portrays one target: positive, negative or neutral.

A multinomial logistic regression, trained on NewsMTSC ``train.jsonl``
(Hamborg and Donnay, EACL 2021; MIT licence) by :mod:`kg.train.targeted_polarity`,
over sparse features of the target's place in the sentence's dependency parse:
its syntactic role and head, the words on its path to the root and its
siblings, the words within a few dependency edges (with direction and
distance), the VADER valence of nearby words (negation flips it) and the
dependency path from the target to each of them, whether the target speaks
(subject of a speech verb) or stands in reported speech or a quotation, and the
sentence's overall VADER valence, and the pipeline's context vectors of the
target and its head (``Doc.tensor``, so the doc must come from the pipeline
itself, as in the build, not from storage without tensors). Names are never features: a named entity
stands as its entity type, so the model learns constructions, not people.

The weights ship as ``data/targeted_polarity.json`` (feature -> one weight per
class) and are applied here as a plain dot product: no scikit-learn at run
time, loaded once, offline. :func:`features` is shared with the training
script so that training and run time see the same features.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib.resources import files

from kg.extract.lexicon import COGNITION_VERBS, SPEECH_VERBS

MODEL_FILE = "targeted_polarity.json"
MAX_DISTANCE = 10  # dependency edges from the target within which words are features
PATH_DISTANCE = 3  # evaluative words up to this far also give their dependency path
DECAY = 0.7  # weight of a valence per edge away from the target
VECTOR_SCALE = 0.3  # the context vectors' share, chosen with the model on a split of train
QUOTE_MARKS = ('"', "“", "”")
CONTENT_POS = frozenset({"ADJ", "ADV", "NOUN", "VERB"})
SKIP_POS = frozenset({"PUNCT", "SPACE", "DET", "X", "SYM"})
REPORT_VERBS = SPEECH_VERBS | COGNITION_VERBS


# ------------------------------------------------------------------ VADER valence


@lru_cache(maxsize=1)
def _vader():
    """(lexicon word -> valence -4..4, negation words, booster word -> increment) from vaderSentiment."""
    from vaderSentiment.vaderSentiment import BOOSTER_DICT, NEGATE, SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    return analyzer, analyzer.lexicon, frozenset(NEGATE) | {"n't", "no", "without"}, dict(BOOSTER_DICT)


def valence(tok) -> float:
    """The VADER valence of a word (by form, else lemma), boosted by its adverbs, flipped when negated."""
    if tok.ent_type_ or tok.pos_ in SKIP_POS:
        return 0.0
    _, lexicon, negations, boosters = _vader()
    value = lexicon.get(tok.lower_) or lexicon.get(tok.lemma_.lower(), 0.0)
    if not value:
        return 0.0
    for child in tok.children:
        if child.dep_ == "advmod" and child.lower_ in boosters:
            value += boosters[child.lower_] * (1 if value > 0 else -1)
    if _negated(tok, negations):
        value *= -0.74  # VADER's own negation factor
    return value


def _negated(tok, negations) -> bool:
    """'not honest', 'did not lie', 'no success', 'never praised'."""
    if any(c.dep_ in ("neg", "det", "advmod") and c.lower_ in negations for c in tok.children):
        return True
    head = tok.head
    return tok.dep_ in ("acomp", "attr", "dobj", "xcomp", "oprd") and head.i != tok.i \
        and any(c.dep_ == "neg" or c.lower_ in negations for c in head.children)


# ------------------------------------------------------------------ features


def _word(tok) -> str:
    """A token as a feature word: its entity type for names (never the name), else its lower-case lemma."""
    if tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC") or tok.pos_ == "PROPN":
        return f"<{tok.ent_type_ or 'PROPN'}>"
    return tok.lemma_.lower()


def target_tokens(sentence, start: int, end: int) -> list:
    """The tokens of ``sentence`` whose first character lies in [start, end) (character offsets in the doc's text)."""
    return [t for t in sentence if start <= t.idx < end]


def _target_root(tokens):
    inside = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), tokens[0])


def _neighbourhood(tokens):
    """token index -> (token, distance, path): breadth-first over the dependency tree from the target;
    a path is the steps taken, '^dep' up from a child with that relation, 'v dep' down to one."""
    seen = {t.i: (t, 0, ()) for t in tokens}
    frontier = list(tokens)
    for distance in range(1, MAX_DISTANCE + 1):
        nxt = []
        for tok in frontier:
            path = seen[tok.i][2]
            steps = [(c, f"v{c.dep_}") for c in tok.children]
            if tok.head.i != tok.i:
                steps.append((tok.head, f"^{tok.dep_}"))
            for nb, step in steps:
                if nb.i not in seen:
                    seen[nb.i] = (nb, distance, path + (step,))
                    nxt.append(nb)
        frontier = nxt
    return seen


def _role_features(root, add) -> None:
    head = root.head
    add(f"dep={root.dep_}")
    add(f"pos={root.pos_}")
    if head.i == root.i:
        return
    add(f"dep={root.dep_}|head={_word(head)}")
    add(f"headpos={head.pos_}|dep={root.dep_}")
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children):
        add(f"passive|dep={root.dep_}")
    if root.dep_ == "pobj" and head.head.i != head.i:
        add(f"prep={head.lower_}|over={_word(head.head)}")
    if root.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in REPORT_VERBS:
        add("speaker")
    for sibling in head.children:
        if sibling.i != root.i and sibling.pos_ not in SKIP_POS:
            add(f"sib={sibling.dep_}:{_word(sibling)}")
    for ancestor in root.ancestors:
        add(f"anc={_word(ancestor)}")
        if ancestor.lemma_.lower() in REPORT_VERBS and ancestor.i != head.i:
            add("in_reported")


def _context_features(sentence, tokens, add) -> None:
    text = sentence.text
    before = text[:tokens[0].idx - tokens[0].doc[sentence[0].i].idx]
    if sum(before.count(q) for q in QUOTE_MARKS) % 2:
        add("in_quote")
    for word in sorted({tok.lemma_.lower() for tok in sentence if tok.pos_ in CONTENT_POS and not tok.ent_type_}):
        add(f"bow={word}")
    for key, value in _sentence_valence(text).items():
        add(f"sent_{key}", value)


@lru_cache(maxsize=256)
def _sentence_valence(text: str) -> dict[str, float]:
    """VADER's scores of the whole sentence (cached: a sentence's targets are classified one after another)."""
    scores = _vader()[0].polarity_scores(text)
    return {key: scores[key] for key in ("compound", "pos", "neg")}


def _vector_features(tokens, root, add) -> None:
    """The pipeline's context vectors (``Doc.tensor``, from its tok2vec) of the target and of its head:
    what the words around them mean there. Absent when the doc carries no tensor."""
    tensor = root.doc.tensor
    if tensor is None or len(tensor) != len(root.doc):
        return
    target = sum(tensor[t.i] for t in tokens) / len(tokens)
    for tag, vector in (("vec_t", target), ("vec_h", tensor[root.head.i])):
        for k, x in enumerate(vector):
            add(f"{tag}{k}", float(x) * VECTOR_SCALE)


def features(sentence, start: int, end: int) -> dict[str, float]:
    """The sparse features of the target at character offsets [start, end) of ``sentence`` (a spaCy Span or Doc)."""
    feats: dict[str, float] = {"bias": 1.0}

    def add(name: str, value: float = 1.0) -> None:
        feats[name] = feats.get(name, 0.0) + value

    tokens = target_tokens(sentence, start, end)
    if not tokens:
        return feats
    root = _target_root(tokens)
    _role_features(root, add)
    _context_features(sentence, tokens, add)
    _vector_features(tokens, root, add)
    near = {"up": 0.0, "down": 0.0}
    for tok, distance, path in _neighbourhood(tokens).values():
        if not distance or tok.pos_ in SKIP_POS:
            continue
        word = _word(tok)
        direction = "up" if path[0][0] == "^" else "down"
        add(f"w={word}", DECAY ** (distance - 1))
        add(f"w{min(distance, 3)}{direction}={word}")
        value = valence(tok)
        if value:
            sign = "+" if value > 0 else "-"
            near[direction] += value / 4 * DECAY ** (distance - 1)
            if distance <= PATH_DISTANCE:
                add(f"vpath{sign}={' '.join(path)}")
                add(f"vword={word}|{' '.join(path)}")
    for direction, value in near.items():
        if value:
            add(f"val_{direction}", value)
            add(f"val_{direction}_{'+' if value > 0 else '-'}")
    return feats


# ------------------------------------------------------------------ the model


class Model:
    """Shipped weights: per feature one weight per class, and the classes' intercepts."""

    def __init__(self, data: dict):
        self.classes: list[str] = list(data["classes"])
        self.intercept: list[float] = list(data["intercept"])
        self.weights: dict[str, list[float]] = data["weights"]

    def probabilities(self, feats: dict[str, float]) -> dict[str, float]:
        scores = list(self.intercept)
        for name, value in feats.items():
            row = self.weights.get(name)
            if row:
                for k, w in enumerate(row):
                    scores[k] += w * value
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps)}


def load_model(path=None) -> Model:
    """The model at ``path`` (a JSON file written by the training script), or the shipped one (cached)."""
    if path is None:
        return _shipped_model()
    with open(path, encoding="utf-8") as handle:
        return Model(json.load(handle))


@lru_cache(maxsize=1)
def _shipped_model() -> Model:
    return Model(json.loads((files("kg.extract") / "data" / MODEL_FILE).read_text(encoding="utf-8")))


def classify(sentence_span, target_start: int, target_end: int, model: Model | None = None) -> tuple[str, float]:
    """(polarity, confidence) of the sentence toward the target at character offsets
    [target_start, target_end) of the doc's text (as :func:`kg.extract.stances.polarity_toward`
    takes them): polarity is 'positive', 'negative' or 'neutral', confidence its probability."""
    probabilities = (model or _shipped_model()).probabilities(features(sentence_span, target_start, target_end))
    polarity = max(probabilities, key=lambda c: (probabilities[c], c))
    return polarity, probabilities[polarity]


def polarity_and_found(sentence, target_start: int, target_end: int) -> tuple[str, bool]:
    """The polarity toward the target, and whether an evaluative word lies within
    ``PATH_DISTANCE`` dependency edges of it (the
    interface of :func:`kg.extract.stances.polarity_and_found`, for scoring on NewsMTSC)."""
    polarity, _ = classify(sentence, target_start, target_end)
    tokens = target_tokens(sentence, target_start, target_end)
    found = any(valence(tok) for tok, d, _ in _neighbourhood(tokens).values() if 0 < d <= PATH_DISTANCE) if tokens else False
    return polarity, found
