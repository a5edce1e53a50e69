"""Tests for kg.train.lexicon_coverage: counting gold triggers a lexicon covers."""

from __future__ import annotations

from kg.train.lexicon_coverage import measure

TABLE = {("invade", "VERB"): ("ASSAULT", ()), ("talk", "NOUN"): ("CONSULT", ("REJECT",))}
EVENTS = [
    {"plover": "ASSAULT", "triggers": ["invaded", "offensive"]},
    {"plover": "REJECT", "triggers": ["talks"]},
    {"plover": "OTHER", "triggers": ["fire"]},
]


def lookup(lemma, pos):
    return TABLE.get((lemma, pos))


def lemmatise(text):
    lemma = {"invaded": "invade", "talks": "talk"}.get(text, text)
    pos = "VERB" if lemma == "invade" else "NOUN"
    return lemma, lemma, pos


def test_counts_triggers_events_and_category_agreement():
    coverage = measure(EVENTS, lookup, lemmatise)
    assert (coverage.triggers, coverage.triggers_covered) == (4, 2)
    assert (coverage.events, coverage.events_covered) == (3, 2)
    assert (coverage.category_agrees, coverage.category_listed) == (1, 2)
