"""Extraction: from a parsed document to plain records (no RDF here).

``extract(document, spacy_doc)`` runs every extractor in order (actors and
places, statements, events, stances) and returns an
:class:`~kg.extract.records.Extraction`; ``kg.emit`` turns it into triples.
"""

from __future__ import annotations

from kg.documents import Document
from kg.extract.actors import find_actors
from kg.extract.events import find_events
from kg.extract.records import Extraction
from kg.extract.stances import find_stances
from kg.extract.statements import find_statements


def extract(document: Document, spacy_doc) -> Extraction:
    """All records for one document."""
    actors, places = find_actors(spacy_doc, document.text)
    statements = find_statements(spacy_doc, document, actors)
    events = find_events(spacy_doc, document, actors, places)
    stances = find_stances(spacy_doc, document, actors, statements, events)
    return Extraction(actors=actors, places=places, statements=statements, events=events, stances=stances)
