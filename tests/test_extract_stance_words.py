"""The stance extractor's word lists: event categories are PLOVER's, polarities positive or negative."""

from __future__ import annotations

from kg.extract.stance_words import EVENT_STANCE_POLARITY, STANCE_NOUN_CATEGORIES, STANCE_VERB_CATEGORIES
from kg.namespaces import PLOVER_CATEGORIES


def test_event_categories_are_plover_and_polarities_are_positive_or_negative():
    polarities = [*EVENT_STANCE_POLARITY.values(), *(p for p, _ in STANCE_VERB_CATEGORIES.values()),
                  *(p for p, _ in STANCE_NOUN_CATEGORIES.values())]
    categories = {*EVENT_STANCE_POLARITY, *STANCE_VERB_CATEGORIES, *STANCE_NOUN_CATEGORIES}
    assert categories <= set(PLOVER_CATEGORIES)
    assert set(polarities) == {"positive", "negative"}
    assert all(slots for _, slots in [*STANCE_VERB_CATEGORIES.values(), *STANCE_NOUN_CATEGORIES.values()])
