"""Demands listed: what someone's demands are said to include, as evaluations for each item.

"The protesters' demands include an inquiry into the raids and the repeal of
the law", "their demands have expanded to the dismissal of the bill", "the
union's main demand is a higher wage": a noun of demanding (``DEMAND_NOUNS``)
with its holder as possessor is for each item it is said to be or include, or,
for an item of stopping or removing, against what it would stop ("the repeal of
the law": against the law).
:mod:`kg.extract.stances` reads these beside the evaluations.
"""

from __future__ import annotations

from kg.extract.evaluations import Evaluation, _negated, _stopped
from kg.extract.subjects import prep_object
from kg.extract.lexicon import DEMAND_NOUNS
from kg.extract.tokens import span_tokens

# Verbs that say what a demand holds: "demands include X", "the demand is X", "demands expanded to X".
LISTING_VERBS = frozenset({"include", "be", "remain", "expand", "extend", "range"})
DEMAND_CONFIDENCE = 0.65


def demands(sent) -> list[Evaluation]:
    """The items a sentence lists as someone's demands, each with the holder the demand noun's possessor names."""
    found: list[Evaluation] = []
    for noun in span_tokens(sent):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in DEMAND_NOUNS or noun.dep_ != "nsubj" \
                or noun.head.lemma_ not in LISTING_VERBS or _negated(noun.head):
            continue
        holder = next((c for c in noun.children if c.dep_ == "poss"), None)
        if holder is None:
            continue
        for item in _items(noun.head):
            stopped = _stopped(noun.head, item) if item.pos_ == "NOUN" else None
            if stopped is not None:  # "the dismissal of the bill": against the bill
                found.append(Evaluation(noun, stopped, "negative", holder, DEMAND_CONFIDENCE, expand=False))
            else:
                found.append(Evaluation(noun, item, "positive", holder, DEMAND_CONFIDENCE, expand=False))
    return found


def _items(verb) -> list:
    """What the listing verb says the demands are: its object or complement ("to" for "expanded to"), and the
    items conjoined with it."""
    first = next((c for c in verb.children if c.dep_ in ("dobj", "attr")), None) \
        or prep_object(verb, {"to"})
    if first is None or first.pos_ not in ("NOUN", "PROPN"):
        return []
    return [first, *(c for c in first.conjuncts if c.pos_ in ("NOUN", "PROPN"))]
