"""Polarity toward a target: how one sentence portrays a person or thing (scored on NewsMTSC).

Broader than the stance extractor (:mod:`kg.extract.stances`), which keeps
only the cue words of ``data/polarity.tsv`` with a grammar slot so that its
stances stay precise, and does not use this path. :func:`polarity_toward`
adds to those same evaluations aimed at the target the valence of every word
in the target's syntactic neighbourhood (:func:`neighbourhood_score`): the
VADER lexicon of the ``vaderSentiment`` package (MIT), plus the rows of
``polarity.tsv`` that VADER lacks (``tone`` rows exist only for this), over
the dependency tree around the target, so verbs it is subject or object of
("X lied", "critics slammed X"), words attached to it ("the disgraced X", "X,
a fraud"), possessed nouns ("X's failure") and, more weakly, words further
away count, each weighted by ``DECAY`` per edge. Negation flips and dampens a
word (x -0.74, as VADER), VADER's intensifiers strengthen it; what the target
itself says (the clausal complement of a speech verb it is subject of) does
not count toward it. Scores inside ``NEUTRAL_BAND`` are neutral. A trained
classifier would replace :func:`polarity_and_found` here.
"""

from __future__ import annotations

from functools import lru_cache

from kg.extract.evaluations import FLIP, evaluations, lexicon
from kg.extract.lexicon import NEGATIONS, REPORT_VERBS
from kg.extract.tokens import sentence_of


def polarity_toward(sentence, target_start: int, target_end: int) -> str:
    """How one sentence portrays the target at [target_start, target_end) (character
    offsets in the spaCy doc's text): 'positive', 'negative' or 'neutral'."""
    return polarity_and_found(sentence, target_start, target_end)[0]


def polarity_and_found(sentence, target_start: int, target_end: int) -> tuple[str, bool]:
    """The polarity toward the target, and whether any evaluative word bears on it.

    The score is the stance extractor's own evaluations aimed at the target
    (weighted by their confidence) plus :func:`neighbourhood_score`, the
    valence of the words in the target's syntactic neighbourhood; it is
    'neutral' within ``NEUTRAL_BAND``."""
    aimed = [ev for ev in evaluations(sentence) if _aims_at(ev.target, target_start, target_end)]
    score = sum(EVALUATION_WEIGHT * ev.confidence * (1 if ev.polarity == "positive" else -1)
                for ev in aimed if ev.polarity in FLIP)
    near, found = neighbourhood_score(sentence, target_start, target_end)
    score += near
    found = found or bool(aimed)
    if score > NEUTRAL_BAND[1]:
        return "positive", found
    if score < NEUTRAL_BAND[0]:
        return "negative", found
    return "neutral", found


# Tuned on a sample of NewsMTSC train.jsonl (2,500 lines), never on devtest.
EVALUATION_WEIGHT = 2.0  # per unit of confidence of an extractor evaluation aimed at the target
NEUTRAL_BAND = (-0.2, 0.6)
DECAY = 0.7
MAX_DISTANCE = 6


def _aims_at_a_clause(entry) -> bool:
    """Whether a lexicon row is for what a clause says ("vowed to ...", "plans to ..."): the word has no valence."""
    return all(slot.partition("@")[0] in ("xcomp", "ccomp") for slot in entry.slots)


@lru_cache(maxsize=1)
def valences() -> dict[str, float]:
    """word -> valence (-4 .. 4): the VADER lexicon shipped with the vaderSentiment
    package, completed by the words of ``data/polarity.tsv`` it lacks (+-2), but for words that
    are only for what a clause says ("plan", "vow")."""
    from importlib.resources import files

    table: dict[str, float] = {}
    text = (files("vaderSentiment") / "vader_lexicon.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            try:
                table[parts[0]] = float(parts[1])
            except ValueError:
                continue
    for (lemma, _), entries in lexicon().items():
        pols = {e.polarity for e in entries if e.polarity in FLIP and not _aims_at_a_clause(e)}
        if len(pols) == 1 and lemma not in table:
            table[lemma] = 2.0 if pols == {"positive"} else -2.0
    return table


@lru_cache(maxsize=1)
def _boosters() -> tuple[dict[str, float], frozenset[str]]:
    from vaderSentiment.vaderSentiment import BOOSTER_DICT, NEGATE

    return dict(BOOSTER_DICT), frozenset(NEGATE) | NEGATIONS


VALENCE_POS = frozenset({"ADJ", "VERB", "NOUN", "ADV", "INTJ"})


def _valence(tok) -> float:
    if tok.pos_ not in VALENCE_POS or tok.ent_type_:
        return 0.0
    table = valences()
    value = table.get(tok.lower_)
    if value is None:
        value = table.get(tok.lemma_.lower(), 0.0)
    if value == 0.0:
        return 0.0
    boosters, negations = _boosters()
    for child in tok.children:
        if child.dep_ == "advmod" and child.lower_ in boosters:
            value += boosters[child.lower_] * (1 if value > 0 else -1)
    if _negated_word(tok, negations):
        value *= -0.74
    return value


def _negated_word(tok, negations) -> bool:
    """'not honest', 'did not lie', 'no success', 'never praised'."""
    if any(c.dep_ in ("neg", "det", "advmod") and c.lower_ in negations for c in tok.children):
        return True
    head = tok.head
    return tok.dep_ in ("acomp", "attr", "dobj", "xcomp", "oprd", "advmod") and head.i != tok.i \
        and any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in negations) for c in head.children)


SPEAKER_CONTENT = 0.0
HOLDER_FACTOR = 1.0
CONJ_FACTOR = 1.0


def _edge_factor(came_from, going_to) -> float:
    """How much of an evaluation carries over one dependency edge."""
    if going_to.head.i == came_from.i and came_from.i != going_to.i:  # downward
        if came_from.lemma_ in REPORT_VERBS and going_to.dep_ in ("ccomp", "parataxis", "xcomp"):
            return SPEAKER_CONTENT  # what the target says is not said of the target
        if going_to.dep_ == "conj":
            return CONJ_FACTOR
        return 1.0
    if came_from.dep_ in ("nsubj", "agent") or (came_from.dep_ == "pobj" and came_from.head.dep_ == "agent"):
        return HOLDER_FACTOR
    if came_from.dep_ == "conj":
        return CONJ_FACTOR
    return 1.0


def neighbourhood_score(sentence, start: int, end: int) -> tuple[float, bool]:
    """Valence of the words near the target at [start, end) in the dependency tree,
    each weighted by ``DECAY`` per edge away from the target; and whether any word
    with a valence was found within ``MAX_DISTANCE`` edges."""
    tokens = [t for t in sentence if start <= t.idx < end]
    if not tokens:
        return 0.0, False
    sent = sentence_of(tokens[0])
    weight = {t.i: 1.0 / DECAY for t in tokens}
    frontier = list(tokens)
    score, found = 0.0, False
    for _ in range(MAX_DISTANCE):
        nxt = []
        for tok in frontier:
            for nb in (*tok.children, tok.head):
                if nb.i in weight or not (sent.start <= nb.i < sent.end):
                    continue
                w = weight[tok.i] * DECAY * _edge_factor(tok, nb)
                weight[nb.i] = w
                nxt.append(nb)
                value = _valence(nb) if w else 0.0
                if value:
                    score += value * w
                    found = True
        frontier = nxt
    return score, found


def _aims_at(target, start: int, end: int) -> bool:
    """The target phrase is the mention, or is possessed by / named with it."""
    def inside(tok):
        return start <= tok.idx < end
    if inside(target):
        return True
    return any(inside(c) for c in target.children if c.dep_ in ("poss", "compound", "appos"))
