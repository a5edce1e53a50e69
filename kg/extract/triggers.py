"""Event triggers: which words name an event, and its PLOVER category.

The general lexicon ``data/event_triggers.tsv`` lists trigger lemmas and
phrases (a lemma with a particle, preposition, object or modifier: "ask for",
"phone call"), each with its part of speech (VERB, NOUN or ANY) and PLOVER
category (https://github.com/openeventdata/PLOVER). :func:`trigger` matches
a token against it, longest phrase first; negated verbs, "be"/"have", idioms
("a great deal") and the modifier half of a longer trigger are no triggers.
:mod:`kg.extract.events` builds events around the triggers.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from kg.extract.lexicon import NOT_EVENT_IDIOMS

LEXICON_PATH = Path(__file__).with_name("data") / "event_triggers.tsv"


@lru_cache(maxsize=1)
def lexicon() -> dict[tuple[str, str], str]:
    """(trigger lemma or two-word phrase, part of speech) -> PLOVER category."""
    table: dict[tuple[str, str], str] = {}
    for line in LEXICON_PATH.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        phrase, pos, category = line.split("\t")
        for p in ("NOUN", "VERB") if pos == "ANY" else (pos,):
            table[(phrase, p)] = category
    return table


def trigger(token, table) -> tuple[list, str] | None:
    """(trigger tokens with the head token first, category), or None."""
    pos = "VERB" if token.pos_ in ("VERB", "AUX") else "NOUN" if token.pos_ == "NOUN" else None
    if pos is None:
        return None
    lemma = token.lemma_.lower()
    if pos == "VERB":
        if lemma in ("be", "have") or any(c.dep_ == "neg" for c in token.children):
            return None
        for child in token.children:
            if child.dep_ == "prep" and child.i > token.i:
                for obj in child.children:
                    category = table.get((f"{lemma} {child.lower_} {obj.lemma_.lower()}", pos))
                    if category:
                        return [token, child, obj], category
            if child.dep_ in ("prt", "prep", "dobj", "acomp") and child.i > token.i:
                category = table.get((f"{lemma} {child.lemma_.lower()}", pos))
                if category:
                    return [token, child], category
        category = table.get((lemma, pos))
        return ([token], category) if category else None
    if token.dep_ in ("compound", "amod") and token.head.pos_ == "NOUN":
        if (token.head.lemma_.lower(), "NOUN") in table or token.lower_.endswith("ing"):
            return None  # part of a longer trigger ("peace deal"), or a modifier ("fighting force")
    for child in token.children:
        if child.dep_ in ("compound", "amod") and child.i == token.i - 1:
            category = table.get((f"{child.lemma_.lower()} {lemma}", pos))
            if category:
                return [token, child], category
    if any((lemma, c.lower_) in NOT_EVENT_IDIOMS for c in token.children):
        return None
    category = table.get((lemma, pos)) or table.get((token.lower_, pos))
    return ([token], category) if category else None
