"""MentionIndex: named mentions, pronoun antecedents and role nouns."""

from __future__ import annotations

import pytest

from kg.extract.coref import MentionIndex
from kg.extract.records import Actor, Span


def index_for(text: str, names: dict[str, str]) -> tuple[MentionIndex, dict[str, Actor]]:
    """Actors whose mentions are every occurrence of each given surface form."""
    actors = {}
    for surface, kind in names.items():
        mentions = []
        at = text.find(surface)
        while at >= 0:
            mentions.append(Span(at, at + len(surface), surface))
            at = text.find(surface, at + 1)
        actors[surface] = Actor(surface, surface, kind, (), tuple(mentions))
    return MentionIndex(list(actors.values())), actors


def token(doc, word: str, nth: int = 0):
    return [t for t in doc if t.text == word][nth]


def test_actor_in_overlap():
    index, actors = index_for("Tom Baker met Acme Corp.", {"Tom Baker": "Person", "Acme Corp": "Organization"})
    assert index.actor_in(0, 3) is actors["Tom Baker"]
    assert index.actor_in(14, 30) is actors["Acme Corp"]
    assert index.actor_in(9, 13) is None


def test_pronoun_prefers_main_clause_subject(nlp):
    text = "Tom Baker said Maria Lopez was wrong. He left early."
    index, actors = index_for(text, {"Tom Baker": "Person", "Maria Lopez": "Person"})
    doc = nlp(text)
    assert index.actor_for(token(doc, "He")) is actors["Tom Baker"]


def test_it_goes_to_organisation(nlp):
    text = "Tom Baker criticised Acme Corp on Monday. It rejected the claims."
    index, actors = index_for(text, {"Tom Baker": "Person", "Acme Corp": "Organization"})
    doc = nlp(text)
    assert index.actor_for(token(doc, "It")) is actors["Acme Corp"]


def test_role_noun_person_title(nlp):
    text = "President Elena Novak met Tom Baker. The president said little."
    index, actors = index_for(text, {"Elena Novak": "Person", "Tom Baker": "Person"})
    doc = nlp(text)
    assert index.actor_for(token(doc, "president")) is actors["Elena Novak"]


def test_role_noun_organisation_word(nlp):
    text = "The Finance Ministry of Norland rejected the plan. The ministry said it was too costly."
    index, actors = index_for(text, {"Finance Ministry of Norland": "Organization"})
    doc = nlp(text)
    assert index.actor_for(token(doc, "ministry")) is actors["Finance Ministry of Norland"]


def test_indefinite_role_noun_is_not_resolved(nlp):
    text = "President Elena Novak spoke. A president from abroad answered."
    index, _ = index_for(text, {"Elena Novak": "Person"})
    doc = nlp(text)
    assert index.actor_for(token(doc, "president")) is None


def test_compound_and_apposition_name(nlp):
    text = "The company's chief, Maria Lopez, resigned."
    index, actors = index_for(text, {"Maria Lopez": "Person"})
    doc = nlp(text)
    assert index.actor_for(token(doc, "chief")) is actors["Maria Lopez"]


GENDER_CASES = [
    # (first names Faker's locales give both genders, so that only the honorific or pronoun tells)
    # an honorific before a mention
    ("Mrs Kim Ruiz met Jean Baker. Mr Baker left.", {"Kim Ruiz": "f", "Baker": "m"}),
    # a pronoun where only that person is named so far, and is a subject
    ("Kim Ruiz arrived late because she was ill.", {"Kim Ruiz": "f"}),
    # two people named before the pronoun: no vote; a pronoun inside a quote: no vote
    ("Kim Ruiz met Jean Baker. He smiled.", {}),
    ('Kim Ruiz spoke. "He will lose," she said.', {"Kim Ruiz": "f"}),
]


@pytest.mark.parametrize("text, expected", GENDER_CASES)
def test_person_genders(nlp, text, expected):
    names = {name: "Person" for name in ("Kim Ruiz", "Jean Baker", "Baker") if name in text}
    index, actors = index_for(text, names)
    genders = index.genders(nlp(text))
    assert {name: genders[a.key] for name, a in actors.items() if a.key in genders} == expected


def test_pronoun_of_a_speech_verb_goes_to_the_last_speaker(nlp):
    text = "Kim Ruiz said the plan was sound. Jean Baker was also there. She added that it was cheap."
    index, actors = index_for(text, {"Kim Ruiz": "Person", "Jean Baker": "Person"})
    doc = nlp(text)
    assert index.speaker_antecedent(token(doc, "She"), "Person") is actors["Kim Ruiz"]
    assert index.antecedent(token(doc, "She"), "Person") is actors["Jean Baker"]


def test_the_source_of_according_to_is_a_speaker(nlp):
    text = 'Maria Lopez said the clinic would close. According to Tom Baker, the outbreak is serious. He said, "It grows."'
    index, actors = index_for(text, {"Tom Baker": "Person", "Maria Lopez": "Person"})
    doc = nlp(text)
    assert index.speaker_antecedent(token(doc, "He"), "Person") is actors["Tom Baker"]


@pytest.mark.parametrize("text, expected", [
    # a first name Faker's locales give one gender, where no pronoun or honorific tells it
    ("Mary Holm met Peter Dahl in the port.", {"Mary Holm": "f", "Peter Dahl": "m"}),
    # an honorific outweighs the first name
    ("Mr Mary Holm met Peter Dahl in the port.", {"Mary Holm": "m", "Peter Dahl": "m"}),
])
def test_gender_from_the_first_name(nlp, text, expected):
    index, actors = index_for(text, {"Mary Holm": "Person", "Peter Dahl": "Person"})
    genders = index.genders(nlp(text))
    assert {name: genders.get(a.key) for name, a in actors.items()} == expected


def test_she_goes_to_the_person_whose_first_name_is_female(nlp):
    text = "Peter Dahl met Mary Holm in the port. She said the ships would leave at dawn."
    index, actors = index_for(text, {"Peter Dahl": "Person", "Mary Holm": "Person"})
    doc = nlp(text)
    assert index.antecedent(token(doc, "She"), "Person") is actors["Mary Holm"]
