"""Groups named by a common noun that act (kg/extract/groups.py), and their actors and event roles.

Sentences here are made up for the tests; none comes from the gold files or the seed.
"""

from __future__ import annotations

import pytest

from kg.extract.actors import find_actors
from kg.extract.groups import group_mentions
from kg.extract.mentions import find_mentions


def groups(nlp, text: str) -> dict[str, list[str]]:
    doc = nlp(text)
    return {name: [m.text for m in found] for name, _, found in group_mentions(doc, find_mentions(doc, text))}


@pytest.mark.parametrize("text, name, kind", [
    ("Police closed the road. The police said it was safe.", "police", "Organization"),
    ("Soldiers closed the road. The soldiers said it was safe.", "soldiers", "Group"),
])
def test_a_collective_noun_is_one_body_a_plural_noun_a_group(nlp, text, name, kind):
    doc = nlp(text)
    assert {n: k for n, k, _ in group_mentions(doc, find_mentions(doc, text))}[name] == kind


@pytest.mark.parametrize("text, name, mentions", [
    # subject of a verb, twice; a later mention that does not act joins it
    ("Farmers blocked the road on Monday. The farmers left at noon. The mayor met the farmers later.", "farmers",
     ["Farmers", "farmers", "farmers"]),
    # the speaker of a statement
    ("Officials said the bridge would reopen in May. The officials thanked the mayor.", "officials",
     ["Officials", "officials"]),
    # agent of a passive
    ("The square was occupied by students for a week. The students said they would return.", "students",
     ["students", "students"]),
    # 'thousands of X' as the subject
    ("Thousands of nurses marched through Lyon on Friday. The nurses demanded higher pay.", "nurses",
     ["nurses", "nurses"]),
    # a place modifier makes it specific; the bare form later joins it
    ("Hundreds of Lyon taxi drivers protested on Sunday. The drivers said fares were too low.",
     "Lyon taxi drivers", ["Lyon taxi drivers", "drivers"]),
    # a nationality adjective
    ("Peruvian farmers rejected the offer. The farmers went home.", "Peruvian farmers",
     ["Peruvian farmers", "farmers"]),
    # a hyphenated modifier
    ("Anti-mining activists filed a complaint. The activists waited for a judge.", "anti-mining activists",
     ["Anti-mining activists", "activists"]),
    # a quantity is no part of the name
    ("About 300 volunteers searched the forest. The volunteers found the boy.", "volunteers",
     ["volunteers", "volunteers"]),
    # a plain adjective is part of the name, a stop word ("other", "many") is not
    ("Foreign ministers met in Oslo. Other foreign ministers stayed away.", "foreign ministers",
     ["Foreign ministers", "foreign ministers"]),
    ("Many officials left early. The officials said the talks failed.", "officials", ["officials", "officials"]),
    # a conjunct of an acting noun
    ("Teachers and parents signed the petition. The parents met on Monday.", "parents", ["parents", "parents"]),
])
def test_a_common_noun_group_that_acts_is_found(nlp, text, name, mentions):
    assert groups(nlp, text)[name] == mentions


@pytest.mark.parametrize("text, absent", [
    # no part in any verb: a group only mentioned
    ("The report is about the rights of workers. It lists the pay of workers.", "workers"),
    # acting once, mentioned once or twice: not salient enough to be an actor
    ("Bakers praised the law on Monday.", "bakers"),
    ("Bakers praised the law on Monday. The mayor thanked the bakers.", "bakers"),
    # only the object of a verb
    ("The army arrested miners near the pit. The miners were released.", "miners"),
    # named by whose they are
    ("His associates said the tea was poisoned. His associates left.", "associates"),
    # pronoun-like nouns
    ("Others said the decision was wrong. Others disagreed.", "others"),
    ("Many people attended the concert. People sang.", "people"),
    # singular nouns and nouns of things
    ("The official said the road was closed. The official left.", "official"),
    ("Buildings collapsed after the quake. Buildings burned.", "buildings"),
    # inside a name the document already has
    ("The Union of Concerned Farmers criticised the bill. The Union of Concerned Farmers met.", "farmers"),
])
def test_nouns_that_are_no_acting_group_are_skipped(nlp, text, absent):
    assert not any(absent in name.casefold().split() for name in groups(nlp, text))


def test_the_most_frequent_form_names_a_group_that_no_place_ties_down(nlp):
    found = groups(nlp, "Elderly tenants blocked the doors. The tenants said rents had doubled. Tenants left at noon.")
    assert list(found) == ["tenants"] and found["tenants"] == ["Elderly tenants", "tenants", "Tenants"]


@pytest.mark.parametrize("text, name", [
    # an adjective of Hu and Liu's opinion lexicon judges the group, no word of its name
    ("Arrogant ministers rejected the plan. The ministers left early.", "ministers"),
    ("On Monday, brave Lyon firefighters saved the school. The firefighters said the roof fell.", "Lyon firefighters"),
])
def test_an_evaluative_adjective_is_no_part_of_a_groups_name(nlp, text, name):
    assert list(groups(nlp, text)) == [name]


def test_places_or_nationalities_keep_two_groups_of_one_noun_apart(nlp):
    found = groups(nlp, "Chilean miners went on strike. Bolivian miners joined them. The miners demanded pay. "
                        "The Bolivian miners won.")
    assert set(found) == {"Chilean miners", "Bolivian miners"}
    assert found["Chilean miners"] == ["Chilean miners", "miners"]
    assert found["Bolivian miners"] == ["Bolivian miners", "Bolivian miners"]


def test_a_group_is_one_actor_of_type_group_with_its_shorter_forms_as_aliases(nlp):
    text = "Hundreds of Lyon taxi drivers protested on Sunday. Police arrested the drivers. Drivers' unions objected. " \
           "The police said the drivers went home."
    actors, _ = find_actors(nlp(text), text)
    by_name = {a.name: a for a in actors}
    drivers = by_name["Lyon taxi drivers"]
    assert drivers.type == "Group" and drivers.aliases == ("Drivers", "drivers") and len(drivers.mentions) == 4
    assert by_name["police"].type == "Organization"  # a collective noun: one body
    assert not any(a.name.casefold().startswith("drivers") and a is not drivers for a in actors)


def test_events_statements_and_stances_find_the_group(nlp):
    from kg.documents import parse_text
    from kg.extract import extract
    from kg.nlp import parse_input

    doc = parse_text("t.txt", "Farmers blocked the main road into Lyon on Monday. The farmers said the new tax would "
                              "ruin them. The farmers condemned the new tax. Officers arrested the farmers in the evening.")
    found = extract(doc, nlp(parse_input(doc)))
    assert [a.key for a in found.actors if a.type == "Group"] == ["Group:farmers"]
    assert any(s.speaker == "Group:farmers" for s in found.statements)
    assert any(e.sources == ("Group:farmers",) for e in found.events if "blocked" in e.label)
    assert any(e.targets == ("Group:farmers",) for e in found.events if "arrested" in e.label)
    assert any(s.holder == "Group:farmers" and s.polarity == "negative" for s in found.stances)
