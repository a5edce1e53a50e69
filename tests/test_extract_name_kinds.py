"""What a capitalised name's words say it is: WordNet's kinds of meaning, and the rules that drop or retype mentions."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from kg.extract.mentions import find_mentions
from kg.extract.name_kinds import (
    cannot_act, is_common, names_happening, names_role, names_weather, only_a_role, retype_bodies, senses,
)


def kinds(nlp, text: str) -> dict[str, str]:
    return {m.text: m.kind for m in find_mentions(nlp(text), text)}


@pytest.mark.parametrize("word, expected", [
    ("Photographs", True), ("Rage", True), ("Medicare", True), ("Millions", True),
    ("Army", False), ("Lion", False), ("Nike", False), ("Kremlin", False), ("Zorblatt", False),
])
def test_a_word_that_cannot_act_has_no_sense_for_who_or_where(word, expected):
    assert cannot_act(word) is expected


@pytest.mark.parametrize("word, weather, happening", [
    ("Hurricane", True, True), ("Storm", True, True), ("Typhoon", True, True), ("Campaign", False, True),
    ("Spike", False, True), ("Army", False, False), ("Zorblatt", False, False),
])
def test_happenings_and_weather(word, weather, happening):
    assert names_weather(word) is weather and names_happening(word) is happening


@pytest.mark.parametrize("word, role, only_role", [
    ("Broadcaster", True, False), ("Voter", True, True), ("Assemblywoman", True, True), ("Franklin", False, False),
    ("Guard", True, False), ("Monitor", True, False), ("Press", False, False),
])
def test_roles_are_nouns_for_kinds_of_person_that_name_nobody(word, role, only_role):
    assert names_role(word) is role and only_a_role(word) is only_role


def test_plural_and_capitalised_senses():
    assert "artifact" in senses("Photographs")
    assert "^person" in senses("Franklin") and "person" in senses("Franklin")
    assert set(senses("Services")) >= {"act", "group"}  # the plural's own senses and the singular's
    assert is_common("Briefing") and not is_common("Dana") and senses("Zorblatt") is None


@pytest.mark.parametrize("text, dropped", [
    ("Hurricane Belinda struck the coast of Norland on Tuesday.", "Hurricane Belinda"),
    ("Photographs published on Sunday showed the flooded streets of the town.", "Photographs"),
    ("Interior Minister Jorun Vaskel said the police had arrested three men.", "Interior"),
    ("The hashtag #FreeTheRiver trended on Monday after Ilse Marrow posted a video.", "FreeTheRiver"),
    ("Senator Ilse Marrow said on Twitter that the Rage would not stop her.", "Rage"),
])
def test_names_that_are_no_actors_are_dropped(nlp, text, dropped):
    assert dropped not in kinds(nlp, text)


@pytest.mark.parametrize("text, before, after", [
    ("Republican Assemblywoman Dora Quintell introduced the bill on Monday.", "Assemblywoman Dora Quintell",
     "Dora Quintell"),
    ("The Green Party - 4 seats - and the Unity Party - 12 seats - gained ground.", "Green Party - 4", "Green Party"),
])
def test_a_role_or_a_tally_beside_a_name_is_no_part_of_it(nlp, text, before, after):
    found = kinds(nlp, text)
    assert before not in found and after in found


def test_a_common_noun_used_for_people_or_by_a_title_stays(nlp):
    text = "President Trump said the Trump administration would respond."
    assert "Trump" in kinds(nlp, text)


@pytest.mark.parametrize("text, name, kind", [
    ("The hashtag trended on Monday after Ilse Quandt posted a video.", "Ilse Quandt", "Person"),
    ("Oleg Vartanov, a local farmer, said the river had risen overnight.", "Oleg Vartanov", "Person"),
    ("Georgia Power said on Monday it would raise prices.", "Georgia Power", "Organization"),
])
def test_an_organisation_named_by_a_given_name_and_no_common_word_is_a_person(nlp, text, name, kind):
    assert kinds(nlp, text).get(name) == kind


@pytest.mark.parametrize("text, name, kept", [
    ("Labour MP (Member of Parliament) Tilda Ferrant spoke against the plan.", "Member of Parliament", False),
    ("The Church of Norland said on Monday it would open its doors.", "Church of Norland", True),
])
def test_an_organisation_named_by_a_role_before_of_is_a_role(nlp, text, name, kept):
    assert (name in kinds(nlp, text)) is kept


def forced(nlp, text: str, name: str, label: str):
    """The text parsed, with spaCy's entities replaced by one ``label`` entity over ``name`` (a slip spaCy makes
    on other sentences, made here on purpose)."""
    from spacy.tokens import Span as SpacySpan
    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name), alignment_mode="expand")
    doc.ents = [SpacySpan(doc, span.start, span.end, label=label)]
    return doc


@pytest.mark.parametrize("text, name", [
    ("Doctors said the outbreak of FLURA-21 had spread to three towns.", "FLURA-21"),
    ("The air force ordered twelve Kx-35 jets on Monday.", "Kx-35"),
])
def test_a_disease_or_model_code_is_no_actor(nlp, text, name):
    doc = forced(nlp, text, name, "ORG")
    assert name not in {m.text for m in find_mentions(doc, text)}


@pytest.mark.parametrize("text, name, kept", [
    ("The planned Nordlink gas pipeline would cross Estonian waters. The Nordlink pipeline is years late.", "Nordlink",
     False),
    ("A Nordlink spokesman said the pipeline was late.", "Nordlink", True),
    ("The Orvane Council think tank published a report on Monday.", "Orvane Council", True),
])
def test_a_name_that_only_modifies_a_thing_is_no_actor(nlp, text, name, kept):
    found = kinds(nlp, text)
    assert (found.get(name, "") != "") is kept


@pytest.mark.parametrize("text, body", [
    ("The chairman of the Oakridge Harmony Society, Lena Brandt, said the vote was fair.", "Oakridge Harmony Society"),
    ("The commander of the Popular Defence Forces, Omar Haddad, said the troops would stay.", "Popular Defence Forces"),
])
def test_a_body_after_a_title_of_is_not_cut_into_a_place_and_a_person(nlp, text, body):
    assert kinds(nlp, text).get(body) == "Organization"


def test_a_capitalised_kind_after_an_indefinite_article_is_no_actor(nlp):
    found = kinds(nlp, "The group is a designated Foreign Terrorist Organization, officials said.")
    assert found.get("Foreign Terrorist Organization", "") == ""
    assert kinds(nlp, "A Northwind Holdings spokesman said the plant would close.").get("Northwind Holdings") == "Organization"


def test_a_role_right_before_a_persons_name_is_a_title(nlp):
    from spacy.tokens import Span as SpacySpan
    text = "Ruritania Police Constable Jane Roe said the drug had become a problem."
    doc = nlp(text)
    doc.ents = [SpacySpan(doc, 0, 3, label="PERSON"), SpacySpan(doc, 3, 5, label="PERSON")]  # a slip spaCy makes
    found = {m.text: m.kind for m in find_mentions(doc, text)}
    assert found.get("Ruritania Police Constable", "") == "" and found["Jane Roe"] == "Person"


@pytest.mark.parametrize("text, name, kept", [
    ("Trade Insider reported that the factory would close.", "Trade Insider", True),
    ("The Trade Insider met the mayor on Monday.", "Trade Insider", False),
])
def test_a_name_ending_in_a_role_is_a_source_when_it_speaks(nlp, text, name, kept):
    doc = forced(nlp, text, name, "ORG")
    found = {m.text: m.kind for m in find_mentions(doc, text)}
    assert (found.get(name, "") == "Organization") is kept


@pytest.mark.parametrize("text, name, kept", [
    ("Terminals for liquefied natural gas (LNG) opened on Monday. LNG prices fell.", "LNG", False),
    ("The Norland Gas Board (NGB) opened a terminal. NGB said prices would fall.", "NGB", True),
])
def test_an_acronym_spelled_out_in_lower_case_words_is_no_actor(nlp, text, name, kept):
    doc = forced(nlp, text, name, "ORG")
    found = {m.text: m.kind for m in find_mentions(doc, text)}
    assert (found.get(name, "") == "Organization") is kept


@pytest.mark.parametrize("text, name, kept", [
    ("The Norland Wildlife Protection Act lists jackals as protected.", "Norland Wildlife Protection Act", False),
    ("The Treaty of Zell was signed on Monday.", "Treaty of Zell", False),
    ("The Norland Development Bank lent the city money.", "Norland Development Bank", True),
    ("The Zell School of Law admitted more students.", "Zell School of Law", True),
    ("Riders may be fined under the Norland Vehicle Regulations for Buses.", "Norland Vehicle Regulations for Buses",
     False),
    ("The Norland Centre for Bus Safety said fines were fair.", "Norland Centre for Bus Safety", True),
])
def test_a_name_headed_by_a_noun_for_a_law_or_an_agreement_is_no_actor(nlp, text, name, kept):
    doc = forced(nlp, text, name, "ORG")
    found = {m.text: m.kind for m in find_mentions(doc, text)}
    assert (found.get(name, "") == "Organization") is kept


@pytest.mark.parametrize("text, name, kept", [
    ("Households paid more for power this winter.", "Households", False),
    ("Observers said the vote was fair.", "Observers", True),        # speaks
    ("Politico regarded the debate as civil.", "Politico", True),     # singular: may be a name
])
def test_a_plural_common_noun_that_only_opens_sentences_is_no_name(nlp, text, name, kept):
    doc = forced(nlp, text, name, "ORG")
    found = {m.text: m.kind for m in find_mentions(doc, text)}
    assert (found.get(name, "") == "Organization") is kept


def test_a_storms_name_after_a_capitalised_adjective_is_no_actor(nlp):
    text = "Forecasters said Tropical Storm Zelda would weaken on Tuesday."
    doc = forced(nlp, text, "Tropical Storm Zelda", "ORG")  # spaCy's slip on other sentences
    assert "Tropical Storm Zelda" not in {m.text for m in find_mentions(doc, text) if m.kind}


@pytest.mark.parametrize("name, kind", [
    ("Brenmoor Hospital", "Organization"), ("Saint Agnes Institute", "Organization"), ("Kestrel Holdings", "Organization"),
    ("Condoleezza Rice", "Person"), ("Jane Guard", "Person"), ("Olga Council", "Person"), ("Tom Davis", "Person"),
])
def test_a_person_ending_in_a_body_noun_is_a_body(name, kind):
    mention = SimpleNamespace(kind="Person", tokens=name.split(), key=None)
    retype_bodies([mention])
    assert mention.kind == kind


@pytest.mark.parametrize("text, dropped, kept", [
    ("Zephyr Airways Flight 2117 crashed into the sea shortly after take-off.", "Zephyr Airways Flight 2117", None),
    ("Investigators said Zephyr Air Flight 311 lost contact with controllers.", "Zephyr Air Flight 311", None),
    ("The 116th Norland Congress opened on Thursday.", None, "116th Norland Congress"),
])
def test_a_name_holding_a_number_names_a_flight_or_an_edition(nlp, text, dropped, kept):
    found = kinds(nlp, text)
    assert dropped not in found and (kept is None or kept in found)


@pytest.mark.parametrize("text, name, kind", [
    ('Speaking to Reuters, an attendee Om Prakash said, "We have been drinking it for years."', "Om Prakash", "Person"),
    ("Speaking to Reuters, an attendee Vikram Sethi said the rally was peaceful.", "Vikram Sethi", "Person"),
    ("The broadcaster Sky News said the rally was peaceful.", "Sky News", "Organization"),
])
def test_a_name_right_after_a_noun_for_a_kind_of_person_is_that_persons(nlp, text, name, kind):
    assert kinds(nlp, text).get(name) == kind


@pytest.mark.parametrize("text, name, kind", [
    ("Marrow flew the Sky Lantern to the coast, Tide Clock reported.", "Tide Clock", "Organization"),
    ("Jane Rice said the talks would go on.", "Jane Rice", "Person"),  # a given name first
    ("Senator Ilse Marrow said the talks would go on.", "Ilse Marrow", "Person"),
])
def test_a_person_named_only_by_common_nouns_is_an_organisation(nlp, text, name, kind):
    assert kinds(nlp, text).get(name) == kind


@pytest.mark.parametrize("text, name, kind", [
    ("Officials said Dominic Wolf had resigned.", "Dominic Wolf", "Person"),  # a surname that is an animal's name
    ("Officials said Oscar Network had resigned.", "Oscar Network", "Organization"),  # a noun a body's name ends in
    ("Officials said Ellen Forum had closed.", "Ellen Forum", "Organization"),
])
def test_a_given_name_then_a_common_noun_that_names_no_body_is_a_person(nlp, text, name, kind):
    from spacy.tokens import Span as SpacySpan
    doc = nlp(text)
    doc.ents = [SpacySpan(doc, 2, 4, label="ORG")]  # tagged as an organisation, a slip the model makes
    assert {m.text: m.kind for m in find_mentions(doc, text)}.get(name) == kind
