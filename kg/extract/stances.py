"""Stances: who stands how toward what, with the evidence."""

from __future__ import annotations

from kg.extract.records import Stance


def find_stances(spacy_doc, document, actors, statements, events) -> list[Stance]:
    """Stances of one document (being written: finds none yet)."""
    return []
