"""Event triggers: the lexicon and which tokens it matches."""

from __future__ import annotations

import pytest

from kg.extract.triggers import lexicon, trigger
from kg.namespaces import PLOVER_CATEGORIES


def test_lexicon_categories_are_plover():
    assert set(lexicon().values()) <= set(PLOVER_CATEGORIES)


def first_trigger(nlp, text: str):
    found = [trigger(t, lexicon()) for t in nlp(text)]
    return next(([t.text for t in tokens], category) for tokens, category in (f for f in found if f))


@pytest.mark.parametrize("text, tokens", [
    ("The rebels attacked the town.", ["attacked"]),
    ("The minister asked for help.", ["asked", "for"]),  # the phrase, not the bare verb
])
def test_trigger_tokens(nlp, text, tokens):
    assert first_trigger(nlp, text)[0] == tokens


def test_negated_verbs_and_idioms_are_no_triggers(nlp):
    doc = nlp("They did not attack. It was a great deal of money.")
    assert trigger(next(t for t in doc if t.lemma_ == "attack"), lexicon()) is None
    assert trigger(next(t for t in doc if t.lower_ == "deal"), lexicon()) is None
