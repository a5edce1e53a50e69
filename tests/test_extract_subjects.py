"""Subjects: who does what a verb says, and prepositions' objects."""

from __future__ import annotations

import pytest

from kg.extract.subjects import agent, prep_object, subject


def _token(doc, text):
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize("text, verb, expected", [
    ("Leo Park condemned the strike.", "condemned", "Park"),
    ("Leo Park met the board and praised the plan.", "praised", "Park"),  # conjoined
    ("Leo Park vowed to rebuild the bridge.", "rebuild", "Park"),  # control
    ("Leo Park posted a message on Twitter blaming the mayor.", "blaming", "Park"),  # hung on where it was posted
    ("The plan, which Leo Park opposes, passed.", "opposes", "Park"),
])
def test_the_subject_is_inherited_through_the_clauses_a_verb_stands_in(nlp, text, verb, expected):
    doc = nlp(text)
    assert subject(_token(doc, verb)).text == expected


def test_a_subject_left_to_a_clause_without_one_is_none(nlp):
    doc = nlp("To rebuild the bridge.")
    assert subject(_token(doc, "rebuild")) is None


def test_the_object_of_a_preposition_and_the_agent_of_a_passive(nlp):
    doc = nlp("The plan was rejected by the council in May.")
    verb = _token(doc, "rejected")
    assert agent(verb).text == "council"
    assert prep_object(verb, {"in"}).text == "May"
    assert prep_object(verb, {"with"}) is None
