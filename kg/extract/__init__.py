"""Extraction: from a parsed document to plain records (no RDF here).

``extract(document, spacy_doc)`` runs every extractor in order (actors and
places, statements, events, stances), then links them: a speaker left as
text that names an actor becomes that actor, a statement is dated
(the date named around its cue, else the publication date) and points to the
event its content is about. ``kg.emit`` turns the records into triples.
"""

from __future__ import annotations

from kg.documents import Document
from kg.extract.actors import find_actors
from kg.extract.events import find_events
from kg.extract.records import Actor, Event, Extraction, Statement
from kg.extract.stances import find_stances
from kg.extract.statements import find_statements
from kg.extract.time import date_for_span


def extract(document: Document, spacy_doc) -> Extraction:
    """All records for one document."""
    actors, places = find_actors(spacy_doc, document.text)
    statements = find_statements(spacy_doc, document, actors)
    events = find_events(spacy_doc, document, actors, places)
    link_statements(spacy_doc, document, statements, events)
    link_speakers(statements, actors)
    stances = find_stances(spacy_doc, document, actors, statements, events)
    return Extraction(actors=actors, places=places, statements=statements, events=events, stances=stances)


def link_speakers(statements: list[Statement], actors: list[Actor]) -> None:
    """A speaker left as text that names an actor (name, alias or a person's surname) is that actor."""
    names: dict[str, Actor] = {}
    for actor in actors:
        forms = [actor.name, *actor.aliases] + ([actor.name.split()[-1]] if actor.type == "Person" else [])
        for form in forms:
            names.setdefault(form.casefold(), actor)
    for statement in statements:
        actor = names.get(statement.speaker_text.casefold()) if statement.speaker is None else None
        if actor is not None:
            statement.speaker, statement.speaker_text = actor.key, actor.name


def link_statements(spacy_doc, document: Document, statements: list[Statement], events: list[Event]) -> None:
    """Date each statement and point it to the first event triggered inside its content."""
    for statement in statements:
        anchor = statement.cue or statement.content
        statement.date = date_for_span(spacy_doc, anchor.start, anchor.end, document.date, future=False) or document.date
        statement.about_event = next(
            (e.key for e in events
             if any(statement.content.start <= t.start and t.end <= statement.content.end for t in e.triggers)),
            None,
        )
