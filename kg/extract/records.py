"""Plain records the extractors yield: what was found, where, and how sure.

Extractors never touch RDF; ``kg.emit`` turns these records into triples.
Every record carries character offsets into the document text exactly as read
(Python string indices over the decoded text, header line included) and a
confidence in [0, 1].
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field


def name_key(name: str) -> str:
    """What two spellings of one name share: case, accents and punctuation dropped.

    "J.J. Abrams" and "J.J Abrams", or "St. Louis" and "St Louis", give the
    same key, so they are one entity within a document and one IRI
    (``kg.emit.slug`` is this key); a name with no Latin letters or digits
    keeps its case-folded self.
    """
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.casefold()).strip("-") or name.casefold()


@dataclass(frozen=True)
class Span:
    """A stretch of the document text: ``text == doc_text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass
class Actor:
    """One real entity in a document (all its mentions merged).

    ``key`` identifies the actor within the document; extractors refer to the
    actor by it. ``type`` is one of Person, Organization, Country, Group.
    """

    key: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    wikidata: str | None = None
    confidence: float = 0.8


@dataclass
class Place:
    """A location named in the document that is not acting as an actor."""

    key: str
    name: str
    mentions: list[Span] = field(default_factory=list)
    wikidata: str | None = None
    confidence: float = 0.8


@dataclass
class Statement:
    """Who said what: speaker, cue, content; direct quote or reported speech.

    ``speaker`` is an actor key, or None when the source is unnamed; then
    ``speaker_text`` keeps the source phrase ("officials").
    """

    speaker: str | None
    speaker_text: str
    cue: Span | None
    content: Span
    direct: bool
    confidence: float = 0.8
    about_event: str | None = None
    date: str | None = None


@dataclass
class Event:
    """Something that happened or is planned, typed by a PLOVER category.

    ``key`` identifies the event within the document; ``date`` is an ISO date
    or a ``start/end`` interval; ``participants`` and ``place`` are actor and
    place keys.
    """

    key: str
    label: str
    plover: str
    triggers: list[Span]
    participants: list[str] = field(default_factory=list)
    place: str | None = None
    date: str | None = None
    planned: bool = False
    confidence: float = 0.6


@dataclass
class Stance:
    """Who stands how toward what, with the evidence for it.

    ``target_actor``/``target_event`` point to an actor or event key where the
    target is one; ``target_label`` always names the target.
    """

    holder: str
    target_label: str
    polarity: str
    span: Span
    target_actor: str | None = None
    target_event: str | None = None
    evidence_statement: int | None = None
    confidence: float = 0.6


@dataclass
class Extraction:
    """Everything extracted from one document."""

    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    stances: list[Stance] = field(default_factory=list)
