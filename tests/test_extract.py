"""kg.extract: the extractors run together and linked (speakers, dates, events)."""

from __future__ import annotations

import pytest

from kg.documents import parse_text
from kg.extract import extract
from kg.extract.gazetteer import leader_lookup


@pytest.fixture(scope="module")
def run(nlp):
    def go(text: str):
        doc = parse_text("t.txt", text)
        from kg.nlp import parse_input

        return extract(doc, nlp(parse_input(doc)))

    return go


def test_title_and_surname_complete_to_a_listed_leader(run):
    x = run("date 2024-02-01 Talks.\n\nPresident Macron said \"we will keep talking with everyone\".")
    (person,) = [a for a in x.actors if a.type == "Person"]
    assert (person.name, person.wikidata) == ("Emmanuel Macron", "Q3052772")
    assert "Macron" in person.aliases
    assert x.statements and x.statements[0].speaker == person.key


def test_surname_without_a_listed_title_stays_as_written(run):
    x = run("Senator Macron said \"this is a test of the rule\".")
    assert [a.name for a in x.actors if a.type == "Person"] == ["Macron"]


@pytest.mark.parametrize("surname, title, expected", [
    ("Merkel", "Chancellor", "Angela Merkel"), ("Xi", "President", "Xi Jinping"),
    ("Merkel", "President", None), ("Nobody", "President", None),
])
def test_leader_lookup(surname, title, expected):
    found = leader_lookup(surname, title)
    assert (found.name if found else None) == expected


def test_statement_is_dated_and_linked_to_its_event(run):
    x = run("date 2024-03-06 Visit.\n\nOn Monday, Foreign Minister Lena Vogt said her country would sign an agreement with Chile next week.")
    (st,) = x.statements
    assert st.date == "2024-03-04"
    assert x.events, "the signing is an event"
    assert st.about_event == x.events[0].key  # the first event triggered inside the content
    assert x.events[0].triggers[0].text == "sign"


def test_undated_statement_takes_the_publication_date(run):
    x = run("date 2024-03-06 Visit.\n\nMinister Lena Vogt said \"we are ready for more talks soon\".")
    assert [s.date for s in x.statements] == ["2024-03-06"]


def test_records_are_immutable_and_linking_makes_new_ones(run):
    from dataclasses import FrozenInstanceError

    from kg.extract import link_speakers
    from kg.extract.records import Actor, Span, Statement

    x = run("date 2024-03-06 Visit.\n\nMinister Lena Vogt said \"we are ready for more talks soon\".")
    assert all(isinstance(records, tuple) for records in (x.actors, x.places, x.statements, x.events, x.stances))
    with pytest.raises(FrozenInstanceError):
        x.statements[0].speaker = None
    vogt = Actor("Person:lena-vogt", "Lena Vogt", "Person", ["Vogt"], [Span(0, 9, "Lena Vogt")])
    unlinked = Statement(None, "Vogt", None, Span(10, 20, "ready now"), False)
    (linked,) = link_speakers([unlinked], [vogt])
    assert (linked.speaker, linked.speaker_text) == (vogt.key, "Lena Vogt")
    assert (unlinked.speaker, unlinked.speaker_text) == (None, "Vogt")
    assert isinstance(vogt.aliases, tuple) and isinstance(vogt.mentions, tuple)

