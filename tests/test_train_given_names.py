"""Tests for kg.train.given_names: which of Faker's first names are kept (Faker itself is needed only to rebuild)."""

from __future__ import annotations

import pytest

from kg.train.given_names import given_names, latin_name_part


def test_latin_script_one_word_names_that_are_no_common_noun():
    names = {"Jasim", "Oleg", "Will", "Mary Ann", "Олег", "al", "Anne-Marie", "Łukasz"}
    assert given_names(names, common={"will"}) == ["Anne-Marie", "Jasim", "Oleg", "Łukasz"]


@pytest.mark.parametrize("part, kept", [
    ("Łukasz", True), ("Oleg", True), ("Олег", False), ("al", False), ("J", False), ("McKay", False), ("Jo3", False),
])
def test_a_name_part_is_a_capital_then_small_latin_letters(part, kept):
    assert latin_name_part(part) is kept
