"""kg.extract.place_votes: place or actor, voted over all mentions of a name."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions


def kinds(nlp, text: str) -> dict[str, str]:
    return {m.text: m.kind for m in find_mentions(nlp(text), text)}


def test_a_name_met_after_place_prepositions_is_a_place_whatever_its_label(nlp):
    text = "Flights from Karvik were cancelled; residents in Karvik stayed home."  # tagged ORG by the model
    assert kinds(nlp, text).get("Karvik") == "Place"


def test_the_surname_of_a_named_person_stays_that_person(nlp):
    text = "Senator Ana Kostelic spoke on Monday. Reporters waited outside for Kostelic."
    assert kinds(nlp, text).get("Kostelic") == "Person"


@pytest.mark.parametrize("text, name", [
    ("Mark Dolan, an analyst at the libertarian Brenner Institute, said the plan was vague.", "Brenner Institute"),
    ("The bill now goes to the National Congress, where it faces a vote in the National Congress next week.",
     "National Congress"),
])
def test_an_organisation_ending_in_a_body_word_stays_one_after_place_prepositions(nlp, text, name):
    assert kinds(nlp, text).get(name) == "Organization"


@pytest.mark.parametrize("text, name, kind", [
    ("They checked the Denver Tribune–which keeps a running tally on homicides–and found more.", "Denver Tribune",
     "Organization"),
    ("On Monday, the Kalvex Tower reported that the lifts were broken.", "Kalvex Tower", "Organization"),
    ("Tourists visited the Kalvex Tower on Monday.", "Kalvex Tower", "Place"),
])
def test_a_building_that_speaks_or_ends_in_a_firms_designator_is_an_organisation(nlp, text, name, kind):
    assert kinds(nlp, text).get(name) == kind
