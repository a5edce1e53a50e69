"""Tests for kg.extract.event_mood: which verb clauses tell a habit or a state, not an event."""

from __future__ import annotations

import pytest

from kg.extract.event_mood import describes_no_happening, habitual_present


def _verb(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize("text, word, expected", [
    ("The charity raises money for hospitals.", "raises", True),
    ("The charity meets the minister on Friday.", "meets", False),  # a time of its own: scheduled
    ("The ministers argue that the plan is too costly.", "argue", True),
    ("The charity raised money for hospitals last year.", "raised", False),
    ("The charity has raised money for hospitals.", "raised", False),
    ("The charity is raising money for hospitals.", "raising", False),
    ("The charity will raise money for hospitals.", "raise", False),
])
def test_only_the_simple_present_is_habitual(nlp, text, word, expected):
    verb = _verb(nlp, text, word)
    assert habitual_present(verb) is expected
    assert describes_no_happening(verb) is expected
