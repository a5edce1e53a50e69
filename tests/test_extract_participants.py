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


@pytest.mark.parametrize("text, word, fallback, expected", [
    # an event noun that names no one takes the doers of the clause it is an object or complement of
    ("Maria Lopez and Tom Berg clashed in the debate.", "debate", True, {"Maria Lopez", "Tom Berg"}),
    ("Interpol completed the deployment.", "deployment", True, {"Interpol"}),
    ("Interpol welcomed the deployment.", "deployment", True, {"Interpol"}),
    ("Interpol reported the deployment.", "deployment", True, set()),  # a report of saying names no doer
    ("Interpol welcomed the deployment.", "deployment", False, set()),  # no fallback: a happening alone
    ("Interpol welcomed the deployment of Chad.", "deployment", True, {"Chad"}),  # the noun's own actor first
])
def test_an_event_noun_without_actors_takes_its_clauses_doers(nlp, text, word, fallback, expected):
    spacy_doc = nlp(text)
    actors = extract(Document(name="t.txt", text=text, date="2023-05-10"), spacy_doc).actors
    names = {a.key: a.name for a in actors}
    head = next(t for t in spacy_doc if t.text == word)
    verb = next(t for t in head.ancestors if t.pos_ == "VERB")
    roles = find_participants(head, head, verb, MentionIndex(list(actors)), {head}, clause_fallback=fallback)
    assert {names[k] for k in roles.keys} == expected


def participant_names(nlp, text, word):
    """The names of the actors find_participants gives the first token spelled `word`."""
    spacy_doc = nlp(text)
    actors = extract(Document(name="t.txt", text=text, date="2023-05-10"), spacy_doc).actors
    names = {a.key: a.name for a in actors}
    head = next(t for t in spacy_doc if t.text == word)
    roles = find_participants(head, head, head, MentionIndex(list(actors)), {head})
    return {names[k] for k in roles.keys}


@pytest.mark.parametrize("text, word, expected", [
    # "IT" in "an IT consultant" is a noun modifier, not the pronoun "it": it stands for no earlier actor
    ("France praised the police. Later an IT consultant attacked a bank.", "attacked", set()),
    ("Interpol praised the police. Later an IT consultant attacked a bank.", "attacked", set()),
    # the pronoun itself still takes its antecedent
    ("Interpol praised the police. Later it attacked a bank.", "attacked", {"Interpol"}),
])
def test_a_word_spelled_like_a_pronoun_has_no_antecedent(nlp, text, word, expected):
    assert participant_names(nlp, text, word) == expected


@pytest.mark.parametrize("text, word, expected", [
    # "it" in what a body's spokesperson says is the body, not the last organisation named before
    ("Reuters reported on the raid. Interpol's spokesman Tom Berg said it had arrested Maria Lopez.",
     "arrested", {"Interpol", "Maria Lopez"}),
    # a speaker without a body in its phrase: "it" keeps its usual antecedent
    ("Interpol praised the police. Tom Berg said it had arrested Maria Lopez.", "arrested", {"Interpol", "Maria Lopez"}),
])
def test_it_in_a_spokespersons_words_is_the_body_they_speak_for(nlp, text, word, expected):
    assert participant_names(nlp, text, word) == expected
