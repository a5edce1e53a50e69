"""Organisation names spaCy cut short, made whole again (kg/extract/cut_names.py).

Sentences here are made up for the tests; none comes from the gold files or the seed.
"""

from __future__ import annotations

import pytest

from kg.extract.actors import find_actors


def names(nlp, text: str) -> set[str]:
    actors, _ = find_actors(nlp(text), text)
    return {a.name for a in actors}


@pytest.mark.parametrize("text, whole, fragment", [
    ("The Costa Rica Center for Civic Reporting published the leaked chats.",
     "Costa Rica Center for Civic Reporting", "Costa Rica Center"),
    ("The plan drew criticism from the Norland Maritime, Fisheries and Coastal Organization (NMFCO) on Monday.",
     "Norland Maritime, Fisheries and Coastal Organization", "Norland Maritime"),
    ("Ilse Marrow, a rapporteur for the Office of the Norland High Commissioner for Minorities, visited the camp.",
     "Office of the Norland High Commissioner for Minorities", "Office of the Norland"),
])
def test_a_name_cut_short_is_made_whole(nlp, text, whole, fragment):
    found = names(nlp, text)
    assert whole in found and fragment not in found


@pytest.mark.parametrize("text, kept, not_joined", [
    ("The bill passed the Senate and House of Representatives of Norland on Tuesday.", "Senate",
     "Senate and House of Representatives of Norland"),
    ("The letter was signed by the Norland Heart Foundation, Brookfield Cancer Society and two charities.",
     "Norland Heart Foundation", "Norland Heart Foundation, Brookfield Cancer Society"),
])
def test_two_bodies_named_together_stay_two(nlp, text, kept, not_joined):
    found = names(nlp, text)
    assert kept in found and not_joined not in found


def test_a_body_joined_to_the_role_after_it_leaves_no_fragment(nlp):
    text = "Both he and the county's Fire and Rescue Commissioner Tomas Vell urged the driver to return."
    found = names(nlp, text)
    assert "Fire and Rescue" not in found and "Tomas Vell" in found


@pytest.mark.parametrize("text, first, second", [
    ("The study was led by researchers from the University of Zell and Brevik University.",
     "University of Zell", "Brevik University"),
])
def test_an_organisation_tagged_on_its_own_after_and_is_a_second_body(nlp, text, first, second):
    found = names(nlp, text)
    assert {first, second} <= found and f"{first} and {second}" not in found
