"""kg.extract.noun_bodies: bodies named by a lower-case noun after whose they are are organisations."""

from __future__ import annotations

import pytest

from kg.extract.actors import find_actors


@pytest.mark.parametrize("text, name", [
    ("At the direction of the President, the U.S. military has taken decisive action.", "U.S. military"),
    ("The senator has enormous respect for America’s military.", "America’s military"),
    ("The Turkish army shelled the town on Monday.", "Turkish army"),
])
def test_a_countrys_military_or_army_is_an_organisation(nlp, text, name):
    actors, _ = find_actors(nlp(text), text)
    assert (name, "Organization") in [(a.name, a.type) for a in actors]


def test_a_forces_noun_without_a_country_is_no_actor(nlp):
    text = "The army said it would leave the town."
    actors, _ = find_actors(nlp(text), text)
    assert actors == ()


@pytest.mark.parametrize("text, name", [
    ("The Trump campaign has stayed vague on the details, the analyst said.", "Trump campaign"),
    ("President Tom Harlow spoke on Monday. Officials in the Harlow administration refused to hand over documents.",
     "Harlow administration"),
])
def test_a_leaders_campaign_or_administration_is_an_organisation(nlp, text, name):
    actors, _ = find_actors(nlp(text), text)
    assert (name, "Organization") in [(a.name, a.type) for a in actors]


def test_a_campaign_named_by_no_one_is_no_actor(nlp):
    text = "The campaign said it would appeal."
    actors, _ = find_actors(nlp(text), text)
    assert actors == ()
