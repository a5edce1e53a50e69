"""kg.nlp: the language model as the build runs it."""

from __future__ import annotations

from kg.documents import MAX_CHARACTERS, parse_text
from kg.nlp import parse_input


def test_the_pipeline_takes_every_text_reading_lets_through(nlp):
    assert nlp.max_length == MAX_CHARACTERS


def test_the_date_marker_is_blanked_to_the_same_length():
    document = parse_text("a.txt", "date 2024-05-01 Vote\n\nThe mayor spoke.")
    text = parse_input(document)
    assert len(text) == len(document.text) and text.endswith("Vote\n\nThe mayor spoke.") and "2024" not in text


def test_a_leading_byte_order_mark_is_blanked():
    document = parse_text("a.txt", "\ufeffThe mayor spoke.")
    assert parse_input(document) == " The mayor spoke."
