"""Tests for kg.extract.participants: an event word's actors and their PLOVER roles, on hand-written sentences."""

from __future__ import annotations

import pytest

from kg.documents import Document
from kg.extract import extract
from kg.extract.coref import MentionIndex
from kg.extract.participants import find_participants


@pytest.mark.parametrize("text, word, sources, targets", [
    ("Interpol arrested Maria Lopez in Madrid.", "arrested", {"Interpol"}, {"Maria Lopez"}),
    ("Maria Lopez was arrested by Interpol.", "arrested", {"Interpol"}, {"Maria Lopez"}),
    ("Maria Lopez was arrested on Monday.", "arrested", set(), {"Maria Lopez"}),  # a passive without agent
    ("Egypt condemned the attack by Libya on Chad.", "attack", {"Libya"}, {"Chad"}),
])
def test_roles_follow_the_grammar(nlp, text, word, sources, targets):
    spacy_doc = nlp(text)
    actors = extract(Document(name="t.txt", text=text, date="2023-05-10"), spacy_doc).actors
    names = {a.key: a.name for a in actors}
    head = next(t for t in spacy_doc if t.text == word)
    verb = head if head.pos_ == "VERB" else None
    roles = find_participants(head, head, verb, MentionIndex(list(actors)), {head})
    assert {names[k] for k in roles.sources} >= sources
    assert targets <= {names[k] for k in roles.targets}
    assert set(roles.sources).isdisjoint(roles.targets)
