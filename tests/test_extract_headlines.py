"""kg.extract.headlines: names in a title-case headline cut back to the name the body gives."""

from __future__ import annotations

import pytest

from kg.extract.actors import find_actors
from kg.extract.headlines import title_case_lines

HEADLINE = ("Gold Star Dad Corners Hallorand On His Refusal To Use The Word\n\n"
            "President Mark Hallorand answered a Gold Star father on Wednesday night.\n\n"
            "Hallorand said the issue was manufactured.")


@pytest.mark.parametrize("text, lines", [
    ("date 2024-01-02 Farmer Corners Senator On Taxes\n\nThe senator said no.", [(0, 47)]),
    ("Senator says no to the tax plan\n\nThe Senator Said So.", []),
    ("Short Title\n\nBody text here.", []),
])
def test_a_line_whose_long_words_are_capitalised_is_in_title_case(text, lines):
    assert title_case_lines(text) == lines


def test_a_headline_name_is_cut_to_the_person_the_body_names(nlp):
    actors, _ = find_actors(nlp(HEADLINE), HEADLINE)
    assert [(a.name, a.type) for a in actors] == [("Mark Hallorand", "Person")]
