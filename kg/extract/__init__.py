"""Extraction: from a parsed document to plain records (no RDF here).

``extract(document, spacy_doc)`` runs every extractor in order (actors and
places, statements, events, stances), then links them: a speaker left as
text that names an actor becomes that actor, a statement is dated
(the date named around its cue, else the publication date) and points to the
event its content is about. ``kg.emit`` turns the records into triples.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kg.documents import Document
from kg.extract.actors import find_actors
from kg.extract.events import find_events
from kg.extract.records import Actor, Event, Extraction, Statement
from kg.extract.stances import find_stances
from kg.extract.statements import find_statements
from kg.extract.time_grammar import date_for_span


def extract(document: Document, spacy_doc) -> Extraction:
    """All records for one document."""
    actors, places = find_actors(spacy_doc, document.text)
    statements = find_statements(spacy_doc, document, actors)
    events = find_events(spacy_doc, document, actors, places)
    statements = link_speakers(link_statements(spacy_doc, document, statements, events), actors)
    stances = find_stances(spacy_doc, document, actors, statements, events)
    return Extraction(actors=actors, places=places, statements=statements, events=events, stances=stances)


def link_speakers(statements: Sequence[Statement], actors: Sequence[Actor]) -> tuple[Statement, ...]:
    """The statements, a speaker left as text that names an actor (name, alias or a person's surname) made that actor."""
    names: dict[str, Actor] = {}
    for actor in actors:
        forms = [actor.name, *actor.aliases] + ([actor.name.split()[-1]] if actor.type == "Person" else [])
        for form in forms:
            names.setdefault(form.casefold(), actor)
    return tuple(_with_speaker(statement, names) for statement in statements)


def _with_speaker(statement: Statement, names: dict[str, Actor]) -> Statement:
    actor = names.get(statement.speaker_text.casefold()) if statement.speaker is None else None
    return replace(statement, speaker=actor.key, speaker_text=actor.name) if actor is not None else statement


def link_statements(spacy_doc, document: Document, statements: Sequence[Statement],
                    events: Sequence[Event]) -> tuple[Statement, ...]:
    """The statements, each dated and pointed to the first event triggered inside its content."""
    return tuple(replace(statement, date=_statement_date(spacy_doc, document, statement),
                         about_event=_event_inside(statement, events)) for statement in statements)


def _statement_date(spacy_doc, document: Document, statement: Statement) -> str | None:
    """The date named around the statement's cue (else its content), else the publication date."""
    anchor = statement.cue or statement.content
    return date_for_span(spacy_doc, anchor.start, anchor.end, document.date, future=False) or document.date


def _event_inside(statement: Statement, events: Sequence[Event]) -> str | None:
    """The key of the first event with a trigger inside the statement's content."""
    content = statement.content
    return next((e.key for e in events if any(content.start <= t.start and t.end <= content.end for t in e.triggers)),
                None)
