"""Tests for kg.train.given_names: which of Faker's first names are kept (Faker itself is needed only to rebuild)."""

from __future__ import annotations

from kg.train.given_names import given_names


def test_latin_script_one_word_names_that_are_no_common_noun():
    names = {"Jasim", "Oleg", "Will", "Mary Ann", "Олег", "al", "Anne-Marie", "Łukasz"}
    assert given_names(names, common={"will"}) == ["Anne-Marie", "Jasim", "Oleg", "Łukasz"]
