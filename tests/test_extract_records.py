"""kg.extract.records: what the extractors hand on is what a reader sees."""

from __future__ import annotations

import pytest

from kg.extract.records import Actor, Span, Statement


@pytest.mark.parametrize("raw, shown", [
    ("Daily Xtra\u200d", "Daily Xtra"),        # a zero-width joiner the page left after the name
    ("\ufeffReuters", "Reuters"),              # a byte-order mark inside the text
    ("Anna\u200b Berg", "Anna Berg"),          # a zero-width space
    ("\u200bAnna\u2060 Berg", "Anna Berg"),     # and a word joiner
    ("Zoë Berg", "Zoë Berg"),                  # letters with marks stay
])
def test_names_drop_invisible_characters(raw, shown):
    actor = Actor("Person:x", raw, "Person", aliases=(raw, "\u200d"))
    assert actor.name == shown and actor.aliases == (shown,)


def test_a_speaker_text_drops_invisible_characters():
    content = Span(0, 4, "text")
    assert Statement(None, "\ufeff", None, content, False).speaker_text == ""
    assert Statement(None, "officials\u200d", None, content, False).speaker_text == "officials"
