"""Actors and places: merging, typing, linking (kg/extract/actors.py, kg/extract/gazetteer.py).

Sentences here are made up for the tests; none comes from the gold files or the seed.
"""

from __future__ import annotations

import csv
import re
from importlib import resources
from types import SimpleNamespace

import pytest

from kg.extract import gazetteer
from kg.extract.actors import _first_word_of_a_body, _initials_then_words, _one_kind_per_name, _shortens, _singular, find_actors


def run(nlp, text: str):
    actors, places = find_actors(nlp(text), text)
    return {a.name: a for a in actors}, {p.name for p in places}


def test_a_titled_person_after_a_locative_preposition_is_no_place(nlp):
    actors, places = run(nlp, "The council opened an inquiry into President Ana Ruiz on Monday. Ruiz said she would cooperate.")
    assert actors["Ana Ruiz"].type == "Person" and len(actors["Ana Ruiz"].mentions) == 2 and not places
    _, places = run(nlp, "Protesters marched into Lyon on Saturday.")
    assert places == {"Lyon"}


def test_an_entity_run_on_across_blank_lines_gives_one_name_a_paragraph(nlp):
    actors, _ = run(nlp, "Fans came dressed as Shrek\n\nPinocchio\n\nMulan at the fair on Sunday.")
    assert {"Shrek", "Pinocchio", "Mulan"} <= set(actors) and not any("\n" in name for name in actors)


@pytest.mark.parametrize("text, name, kind, mentions", [
    ("Senator Maria Lopez visited the factory on Monday. Lopez said the plant would stay open.",
     "Maria Lopez", "Person", 2),
    ("President Anna Kowalski spoke to reporters on Tuesday.", "Anna Kowalski", "Person", 1),
    ("Peter J. Hollis resigned on Friday. Later, Peter Hollis said he was proud of the work.",
     "Peter J. Hollis", "Person", 2),
])
def test_people_merge_by_surname_and_drop_titles(nlp, text, name, kind, mentions):
    actors, _ = run(nlp, text)
    people = [a for a in actors.values() if a.type == "Person"]
    assert [a.name for a in people] == [name]
    assert len(people[0].mentions) == mentions


@pytest.mark.parametrize("text, name, qid", [
    ("The International Monetary Fund (IMF) warned of a slowdown. The IMF said growth would fall.",
     "International Monetary Fund", "Q7804"),
    ("The National Farmers Alliance (NFA) held a rally. The NFA said prices were too low.",
     "National Farmers Alliance", None),
])
def test_acronym_joins_its_long_form(nlp, text, name, qid):
    actors, _ = run(nlp, text)
    orgs = [a for a in actors.values() if a.type == "Organization"]
    assert [a.name for a in orgs] == [name]
    assert orgs[0].wikidata == qid
    assert len(orgs[0].mentions) == 2


def test_an_acronym_and_a_name_wordnet_gives_one_synset_are_one_organisation(nlp):
    # WordNet 3.0 puts 'USDA' and 'Department of Agriculture' in one synset (data/acronyms.tsv); the text never
    # spells the acronym out, and its letters are not the name's initials
    text = "The Department of Agriculture raised its subsidies on Monday. The USDA said farmers needed help."
    orgs = [a for a in run(nlp, text)[0].values() if a.type == "Organization"]
    assert [(a.name, a.aliases, len(a.mentions)) for a in orgs] == [("Department of Agriculture", ("USDA",), 2)]


def test_acronyms_read_from_wordnet_skip_forms_two_synsets_share():
    from kg.extract.word_files import acronym_names
    table = acronym_names()
    assert table["USDA"] == table["department of agriculture"] != table["FBI"]
    assert all(len(form) > 1 for form in table)


@pytest.mark.parametrize("text, country", [
    ("Moscow rejected the proposal on Friday.", "Russia"),
    ("Kyiv denied the report, and officials said Kiev would respond.", "Ukraine"),
    ("The minister said Beijing had agreed to the plan.", "China"),
])
def test_capital_used_for_its_government_is_the_country(nlp, text, country):
    actors, _ = run(nlp, text)
    assert country in actors and actors[country].type == "Country"


@pytest.mark.parametrize("text, place", [
    ("The delegates met in Paris on Sunday.", "Paris"),
    ("Protesters gathered in Lyon on Saturday.", "Lyon"),
])
def test_locations_stay_places(nlp, text, place):
    actors, places = run(nlp, text)
    assert place in places
    assert not actors


@pytest.mark.parametrize("text, expected, absent", [
    ("Russian officials said the talks would continue.", "Russia", "Russian"),
    ("Talks resumed after the Brazilian side accepted the offer.", "Brazil", "Brazilian"),
])
def test_nationality_standing_for_its_country(nlp, text, expected, absent):
    actors, _ = run(nlp, text)
    assert expected in actors and absent not in actors


def test_nationality_adjective_alone_is_dropped(nlp):
    actors, _ = run(nlp, "A Canadian tourist was injured in the storm.")
    assert not actors


def test_demonym_government_is_one_organisation(nlp):
    text = "The Peruvian government announced new elections. The government of Peru said the vote would be fair."
    actors, _ = run(nlp, text)
    assert actors["Government of Peru"].type == "Organization"
    assert len(actors["Government of Peru"].mentions) == 2


def test_title_fragment_is_not_an_organisation(nlp):
    actors, _ = run(nlp, "The plan was announced by Secretary of State Laura Becker on Monday.")
    assert "State" not in actors
    assert "Laura Becker" in actors


def test_group_adjective_joins_the_group(nlp):
    text = "Catholics marched through the capital. Catholic leaders called for calm."
    actors, _ = run(nlp, text)
    groups = [a for a in actors.values() if a.type == "Group"]
    assert [g.name for g in groups] == ["Catholics"]


@pytest.mark.parametrize("text, name, qid", [
    ("Germany and France signed the treaty.", "Germany", "Q183"),
    ("The U.S. imposed new tariffs.", "United States", "Q30"),
    ("Türkiye closed its airspace.", "Turkey", "Q43"),
    ("NATO held an emergency meeting.", "NATO", "Q7184"),
])
def test_wikidata_ids_from_the_tables(nlp, text, name, qid):
    actors, _ = run(nlp, text)
    assert actors[name].wikidata == qid


def _table(name: str) -> list[dict]:
    text = resources.files("kg.extract").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader((line for line in text.splitlines() if not line.startswith("#")), delimiter="\t"))


@pytest.mark.parametrize("text, country", [
    ("Wales will be the only country in the United Kingdom to require masks, and Scotland may follow.", "Scotland"),
])
def test_the_countries_of_the_united_kingdom_are_countries(nlp, text, country):
    actors, _ = find_actors(nlp(text), text)
    assert (country, "Country") in [(a.name, a.type) for a in actors]


def test_country_table_is_sound():
    import pycountry

    rows = _table("countries.tsv")
    assert len(rows) >= 197  # 193 UN members, 2 observers, Taiwan, Kosovo
    user_assigned = {"XKX"}  # Kosovo: no ISO 3166-1 code; XKX is the code in common use
    for row in rows:
        code = row["alpha3"]
        part = pycountry.subdivisions.get(code=code) if code.startswith("GB-") else None  # the UK's four countries
        assert code in user_assigned or pycountry.countries.get(alpha_3=code) or part and part.parent_code is None, row
    assert len({r["alpha3"] for r in rows}) == len(rows)
    _check_qids(rows)


def test_organization_table_is_sound():
    _check_qids(_table("organizations.tsv"))


def _check_qids(rows: list[dict]) -> None:
    qids = [r["qid"] for r in rows if r["qid"]]
    assert all(re.fullmatch(r"Q\d+", q) for q in qids)
    assert len(set(qids)) == len(qids)


@pytest.mark.parametrize("name, code", [("Kiev", "UKR"), ("Kyiv", "UKR"), ("Washington", "USA")])
def test_capital_spelling_variants(name, code):
    assert gazetteer.capital_lookup(name) == code


@pytest.mark.parametrize("name, code", [("the United States", "USA"), ("Czechia", "CZE"), ("Burma", "MMR")])
def test_country_name_variants(name, code):
    assert gazetteer.country_lookup(name) == code


@pytest.mark.parametrize("text", [
    "Settlers moved back into the West Bank after the talks failed.",
    "The award was handed out at the Humane Society on Friday.",
])
def test_a_span_names_one_thing(nlp, text):
    """A suffix pattern ('... Bank', '... Society') and spaCy's entity on the same words give one mention."""
    actors, places = find_actors(nlp(text), text)
    actor_spans = [(m.start, m.end) for a in actors for m in a.mentions]
    place_spans = [(m.start, m.end) for p in places for m in p.mentions]
    assert actor_spans + place_spans
    assert len(set(actor_spans + place_spans)) == len(actor_spans + place_spans)


def test_spellings_that_differ_in_punctuation_are_one_actor(nlp):
    text = "Director R.J. Kellerman spoke on Monday. Later, R.J Kellerman said the film was done."
    actors, _ = run(nlp, text)
    people = [a for a in actors.values() if a.type == "Person"]
    assert [(a.name, a.aliases, len(a.mentions)) for a in people] == [("R.J. Kellerman", ("R.J Kellerman",), 2)]


def test_merging_same_name_pools_mentions_and_keeps_the_fuller_spelling():
    from kg.extract.actors import _merge_same_name, actor_key
    from kg.extract.records import Actor, Span

    short = Actor(actor_key("Organization", "Dalton Inc"), "Dalton Inc", "Organization", ["Dalton"],
                  [Span(40, 50, "Dalton Inc")], confidence=0.6)
    full = Actor(actor_key("Organization", "Dalton Inc."), "Dalton Inc.", "Organization", [],
                 [Span(0, 11, "Dalton Inc.")], wikidata="Q1")
    other = Actor(actor_key("Person", "Dalton Inc"), "Dalton Inc", "Person", [], [Span(60, 70, "Dalton Inc")])
    merged = _merge_same_name([short, full, other])
    assert [(a.name, a.type, a.aliases, [s.start for s in a.mentions], a.wikidata, a.confidence) for a in merged] == [
        ("Dalton Inc.", "Organization", ("Dalton", "Dalton Inc"), [0, 40], "Q1", 0.8),
        ("Dalton Inc", "Person", (), [60], None, 0.8),
    ]


def test_place_spellings_that_differ_in_punctuation_are_one_place(nlp):
    text = "Flooding closed roads in St. Pierre on Monday. Schools in St Pierre stayed shut."
    places = find_actors(nlp(text), text)[1]
    assert [(p.name, len(p.mentions)) for p in places] == [("St. Pierre", 2)]


@pytest.mark.parametrize("text, name, short", [
    ("The Andean Trade Board raised tariffs on Monday. The Trade Board said prices would rise.",
     "Andean Trade Board", "Trade Board"),
    ("The Department of Fisheries closed the bay. The Fisheries Department said stocks were low.",
     "Department of Fisheries", "Fisheries Department"),
])
def test_an_organisations_short_form_joins_its_full_name(nlp, text, name, short):
    actors, _ = run(nlp, text)
    assert short in actors[name].aliases and short not in actors


@pytest.mark.parametrize("short, long, joins", [
    ("Trade Board", "Andean Trade Board", True),
    ("Fisheries Department", "Department of Fisheries", True),
    ("Kestrel", "Kestrel Broadcasting", True),
    ("ULF", "Coalition Against ULF", False),       # an acronym ending a name is what the name is about
    ("Kestrel", "Kestrel Valley Farmers", False),  # more than one word left over
    ("Andean Trade Board", "Trade Board", False),
    ("Veltra", "Veltra Air", True),                # one word that is no common noun
    ("Oversight Committee", "House Oversight and Budget Committee", True),  # some of its words, ending in its last
    ("Budget Office", "House Budget Committee", False),
    ("Committee Budget", "House Budget Committee", False),
])
def test_a_short_form_shortens_a_name_that_it_ends_or_begins_with_one_noun_left(short, long, joins):
    assert _shortens(short, long) is joins


@pytest.mark.parametrize("name, singular", [("NGOs", "NGO"), ("JWs", "JW"), ("Lyons", "Lyons"), ("NATO", "NATO")])
def test_a_plural_acronym_is_read_in_the_singular(name, singular):
    assert _singular(name) == singular


@pytest.mark.parametrize("text, name", [
    ("Crown Prince Omar bin Khalid opened the summit. Omar bin Khalid said the talks would last a week.",
     "Omar bin Khalid"),
    ("Cardinal Pietro Malvezzi celebrated Mass. Later, Pietro Malvezzi met the mayor.", "Pietro Malvezzi"),
])
def test_a_noble_or_church_title_is_no_part_of_the_name(nlp, text, name):
    actors, _ = run(nlp, text)
    assert [a.name for a in actors.values() if a.type == "Person"] == [name]


@pytest.mark.parametrize("text, name, short", [
    ("The U.S. Embassy in Lima issued a warning on Monday. The United States Embassy said travellers should stay away.",
     "United States Embassy", "U.S. Embassy"),
    ("The US Coast Guard searched the bay on Monday. The United States Coast Guard said no one was found.",
     "United States Coast Guard", "US Coast Guard"),
])
def test_a_body_named_after_its_country_in_two_spellings_is_one_organisation(nlp, text, name, short):
    actors, _ = run(nlp, text)
    assert short in actors[name].aliases and short not in actors


@pytest.mark.parametrize("text, kept", [
    ("Nurses met the Speaker of the House on Monday to ask for higher pay.", False),
    ("The House voted on Monday. The Speaker of the House said the bill passed.", True),
])
def test_the_body_in_a_title_is_an_actor_only_where_it_acts_itself(nlp, text, kept):
    actors, _ = run(nlp, text)
    assert ("House" in actors) is kept


@pytest.mark.parametrize("text, found", [
    ("Lutherans protested against the law on Monday. Farmers met on Tuesday.", True),  # named once, acts
    ("The law worried Lutherans in the north. The new tax also worried Lutherans.", True),  # named twice
    ("The new law worried many Lutherans in the north. Farmers met on Monday.", False),  # once, only talked about
])
def test_a_group_named_once_is_an_actor_only_where_it_acts(nlp, text, found):
    actors, _ = run(nlp, text)
    assert ("Lutherans" in actors) is found


def test_a_state_run_into_a_persons_name_does_not_name_the_person(nlp):
    text = "On Tuesday, United States Senator from Vermont Bernie Sanders praised the plan. Sanders said it was fair."
    actors, _ = run(nlp, text)
    assert actors["Bernie Sanders"].type == "Person" and "Vermont Bernie Sanders" in actors["Bernie Sanders"].aliases


@pytest.mark.parametrize("text, name", [
    ("Republican senators in Norland rejected the budget on Monday.", "Republicans"),
    ("Democratic lawmakers in Norland said the budget would fail.", "Democrats"),
])
def test_a_group_named_only_by_its_adjective_is_named_by_its_people(nlp, text, name):
    actors, _ = run(nlp, text)
    assert actors[name].type == "Group"


@pytest.mark.parametrize("short, long, expected", [
    ("ut brevik", "university of talmor at brevik", True),
    ("u.t. brevik", "university of talmor at brevik", True),
    ("ut", "university of talmor at brevik", False),
    ("uk brevik", "university of talmor at brevik", False),
    ("ut oslo", "university of talmor at brevik", False),
])
def test_initials_then_last_words_shorten_a_name(short, long, expected):
    assert _initials_then_words(short, long) is expected


@pytest.mark.parametrize("text, name, mentions", [
    ("Officers of the Wexford police arrested two men on Friday. Wexford police said the men were released.",
     "Wexford police", 2),
    ("The Ohio government announced new rules. Ohio's government said the rules would start in May.",
     "Ohio government", 2),
])
def test_the_government_or_police_of_a_place_that_is_no_country_is_an_organisation(nlp, text, name, mentions):
    actors, _ = run(nlp, text)
    assert actors[name].type == "Organization" and len(actors[name].mentions) == mentions


def test_a_place_before_a_police_building_stays_a_place(nlp):
    actors, places = run(nlp, "Crowds gathered near Wexford's main police station on Friday.")
    assert not actors and places == {"Wexford"}


@pytest.mark.parametrize("text, country, place", [
    ("Pilgrims carried the relic of Nairobi through the old town on Sunday.", False, True),
    ("The demands of the leaders of Nairobi were rejected.", True, False),
    ("Nairobi rejected the offer on Monday.", True, False),
])
def test_a_capital_after_of_and_a_noun_for_a_thing_is_a_place(nlp, text, country, place):
    actors, places = run(nlp, text)
    assert ("Kenya" in actors) is country and ("Nairobi" in places) is place


def test_one_person_spelled_with_and_without_accents_is_one_actor(nlp):
    actors, _ = run(nlp, "Jarosław Kowalczyk spoke in Warsaw on Monday. Later, Jaroslaw Kowalczyk said the plan would pass.")
    people = [a for a in actors.values() if a.type == "Person"]
    assert len(people) == 1 and len(people[0].mentions) == 2


@pytest.mark.parametrize("text, name, alone", [
    ("Wanda Quintero Salgado took office on Friday. In a statement, Quintero said, \"I understand.\"",
     "Wanda Quintero Salgado", "Quintero"),
    ("Jorge Castaño Ribera won the vote. Castaño thanked his supporters on Sunday.", "Jorge Castaño Ribera", "Castaño"),
])
def test_the_first_of_two_surnames_alone_is_the_same_person(nlp, text, name, alone):
    actors, _ = run(nlp, text)
    assert alone not in actors and actors[name].type == "Person" and len(actors[name].mentions) == 2


def test_a_given_name_inside_a_full_name_joins_no_one_alone(nlp):
    actors, _ = run(nlp, "Anna Maria Kowalczyk and Maria Lenk met on Monday. Maria said the talks went well.")
    assert "Anna Maria Kowalczyk" in actors and all(len(a.mentions) == 1 for a in actors.values() if "Kowalczyk" in a.name)




@pytest.mark.parametrize("text, body", [
    ("A spokesman for Kestrel Police said on Monday that the driver had fled. The police said he was arrested in "
     "Zell. Police later charged him.", "Kestrel Police"),
])
def test_a_common_noun_group_that_names_the_one_named_body_is_that_body(nlp, text, body):
    actors, _ = run(nlp, text)
    assert body in actors and "police" not in {n.casefold() for n in actors if n != body}
    assert len(actors[body].mentions) >= 3


@pytest.mark.parametrize("text, expected", [
    ("The Zorvi movement claimed the attack. The Zorvis said more would follow. Zorvi fighters fired rockets.",
     [("Zorvis", "Group")]),
    ("Jane Flowers spoke on Monday. Flowers said Flower would sue.", [("Jane Flowers", "Person")]),
])
def test_a_plural_person_whose_singular_names_a_body_is_that_group(nlp, text, expected):
    actors, _ = find_actors(nlp(text), text)
    assert [(a.name, a.type) for a in actors if a.type == "Group" or a.name in ("Zorvis", "Jane Flowers")] == expected


@pytest.mark.parametrize("text, expected", [
    ("Earlier on Friday, the island's House of Representatives confirmed him. The House of Representatives will meet "
     "again. The island has a delegate to the U.S. House of Representatives.",
     {"House of Representatives", "U.S. House of Representatives"}),
    ("The U.S. House of Representatives voted on Monday. The House of Representatives will meet again on Friday.",
     {"U.S. House of Representatives"}),
    ("The Senate had not confirmed him. The Senate was set to meet on Wednesday. The island has no seat in the U.S. "
     "Senate.", {"Senate", "U.S. Senate"}),
    ("The Kenyan Parliament voted on Monday. Parliament will meet again on Friday.", {"Kenyan Parliament"}),
])
def test_a_short_form_met_before_a_countrys_body_of_that_name_is_another_body(nlp, text, expected):
    actors, _ = find_actors(nlp(text), text)
    assert {a.name for a in actors if a.type == "Organization"} == expected


@pytest.mark.parametrize("names, word, kind", [
    ([("Kestrova Air", "Organization")], "Kestrova", "Organization"),  # opens one body's name
    ([("Kestrova Air", "Organization"), ("Kestrova Bank", "Organization")], "Kestrova", "Person"),  # two bodies
    ([("Kestrova Air", "Organization"), ("Ilse Kestrova", "Person")], "Kestrova", "Person"),  # a person's name too
    ([("Helena Air", "Organization")], "Helena", "Person"),  # a given name
    ([("Kestrova Air", "Organization", ("led", "kestrova", "air"))], "Kestrova", "Person"),  # a body named after a leader
])
def test_a_one_word_person_opening_one_bodys_name_is_that_body(names, word, kind):
    def mention(text, k, key=None):
        return SimpleNamespace(text=text, kind=k, key=key, tokens=text.split())
    found = mention(word, "Person")
    _first_word_of_a_body([mention(*n) for n in names] + [found])
    assert found.kind == kind


@pytest.mark.parametrize("text, kept", [
    ("The attack on the election offices can be traced to the Kenyan government, experts said.", False),  # once, talked about
    ("The Kenyan government said on Monday that the talks had failed.", True),  # once, acting
    ("Ana Ruiz met officials within the Kenyan government. Later the Kenyan government was criticised.", True),  # twice
])
def test_a_government_named_once_is_an_actor_only_where_it_acts(nlp, text, kept):
    actors, _ = find_actors(nlp(text), text)
    assert ("Government of Kenya" in {a.name for a in actors}) is kept


@pytest.mark.parametrize("text, group", [
    ("The law worried Basque voters. Police arrested Basque activists on Monday.", None),  # an adjective each time
    ("The new tax angered the Basque community. The rules hurt Basque politicians.", None),
    ("Basque leaders met in Bilbao.", "Basques"),  # the leaders act
])
def test_a_group_named_only_by_an_adjective_is_no_actor(nlp, text, group):
    actors, _ = find_actors(nlp(text), text)
    assert [a.name for a in actors if a.type == "Group"] == ([group] if group else [])


@pytest.mark.parametrize("word, kind", [
    ("Marrows", ""),         # the plural of a surname given in full: a family
    ("Marrow", "Person"),    # the surname itself
    ("Vintners", "Person"),  # no surname of the document
])
def test_the_plural_of_a_persons_surname_names_a_family_and_no_actor(word, kind):
    found = SimpleNamespace(text=word, kind="Person", key=None, tokens=[word])
    _one_kind_per_name([SimpleNamespace(text="Ilse Marrow", kind="Person", key=None, tokens=["Ilse", "Marrow"]), found])
    assert found.kind == kind
