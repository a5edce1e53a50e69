"""Events: triggers, PLOVER category, participants, place, date, planned or happened."""

from __future__ import annotations

from kg.extract.records import Event


def find_events(spacy_doc, document, actors, places) -> list[Event]:
    """Events of one document (being written: finds none yet)."""
    return []
