"""Corrections to typed name mentions (kg.extract.mention_fixes), on made-up mentions."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from kg.extract.mention_fixes import retype_people


def mention(text: str, kind: str, label: str = "ORG"):
    return SimpleNamespace(text=text, kind=kind, label=label, tokens=text.split(), key=None, root=None)


@pytest.mark.parametrize("people, other, kind", [
    (["Bernie Sandoval"], "Bernie", "Person"),                    # the given name of the one person who has it
    (["Bernie Sandoval", "Bernie Okafor"], "Bernie", "Organization"),  # two people have it: no one's
    (["Ilse Marrow"], "Zorvex", "Organization"),                  # no given name
    (["Ilse Marrow"], "Marrow", "Person"),                        # a surname, as before
])
def test_a_given_name_of_one_person_or_a_surname_is_that_person(people, other, kind):
    found = mention(other, "Organization")
    retype_people([mention(p, "Person", "PERSON") for p in people] + [found])
    assert found.kind == kind


@pytest.mark.parametrize("text, zone", [
    ("The quake struck at 4:53 a.m. on Thursday (2053 Wednesday night, UTC) near the coast.", True),
    ("The launch was set for 1930 UTC on Friday.", True),
    ("UTC said on Monday that it would cut jobs.", False),
])
def test_a_time_zone_after_a_clock_time_is_no_actor(nlp, text, zone):
    from kg.extract.mentions import find_mentions
    assert ("UTC" not in {m.text for m in find_mentions(nlp(text), text)}) is zone
