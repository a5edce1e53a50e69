"""Name mentions: spaCy's entities typed by context, its slips corrected, before actors merge them."""

from __future__ import annotations

from kg.extract.mentions import acronym, find_mentions


def kinds(nlp, text: str) -> dict[str, str]:
    return {m.text: m.kind for m in find_mentions(nlp(text), text)}


def test_a_capital_that_acts_stands_for_its_country_and_one_where_talks_happen_is_a_place(nlp):
    assert kinds(nlp, "Nairobi rejected the offer.")["Nairobi"] == "Country"
    assert kinds(nlp, "The two sides held talks in Nairobi on Monday.")["Nairobi"] == "Place"


def test_a_capitalised_common_word_is_no_organisation(nlp):
    text = "Trade between the two countries fell, Secretary of State Mike Pompeo said."
    assert "Trade" not in kinds(nlp, text)


def test_a_demonym_that_does_not_stand_for_its_state_is_dropped(nlp):
    assert kinds(nlp, "Kenyan officials said the talks failed.")["Kenyan"] == "Country"
    assert "Kenyan" not in kinds(nlp, "A Kenyan jet landed in Rome.")


def test_acronym_skips_small_words():
    assert acronym("north atlantic treaty organization") == "nato"
    assert acronym("bank of england") == "be"
    assert acronym("parliament") == ""
