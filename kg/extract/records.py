"""Plain records the extractors yield: what was found, where, and how sure.

Extractors never touch RDF; ``kg.emit`` turns these records into triples.
Every record carries character offsets into the document text exactly as read
(Python string indices over the decoded text, header line included) and a
confidence in [0, 1]. Records are immutable (frozen, their sequences tuples:
a list given is stored as a tuple); a step that completes a record, such as
linking a statement to its speaker, makes a new one with
``dataclasses.replace``. Records refer to each other by key (actors, places,
events) or by the record itself (a stance's evidence statement).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


def name_key(name: str) -> str:
    """What two spellings of one name share: case, accents and punctuation dropped.

    "J.J. Abrams" and "J.J Abrams", or "St. Louis" and "St Louis", give the
    same key, so they are one entity within a document and one IRI
    (``kg.iris.slug`` is this key); a name with no Latin letters or digits
    keeps its case-folded self.
    """
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.casefold()).strip("-") or name.casefold()


def visible(text: str) -> str:
    """``text`` without Unicode format characters (a byte-order mark, zero-width joiners and spaces), trimmed:
    a name as a reader sees it.

    >>> visible("Daily Xtra\u200d"), visible("\ufeff")
    ('Daily Xtra', '')
    """
    if text.isascii():
        return text.strip()  # no format character is ASCII: the usual name needs no look-up per character
    return "".join(c for c in text if unicodedata.category(c) != "Cf").strip()


def _as_tuples(record, *names: str) -> None:
    """Store the named sequence fields of a frozen record as tuples."""
    for name in names:
        value = getattr(record, name)
        if not isinstance(value, tuple):
            object.__setattr__(record, name, tuple(value))


@dataclass(frozen=True)
class Span:
    """A stretch of the document text: ``text == doc_text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Actor:
    """One real entity in a document (all its mentions merged).

    ``key`` identifies the actor within the document; extractors refer to the
    actor by it. ``type`` is one of Person, Organization, Country, Group.
    """

    key: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()
    wikidata: str | None = None
    confidence: float = 0.8

    def __post_init__(self):
        object.__setattr__(self, "name", visible(self.name))
        object.__setattr__(self, "aliases", tuple(a for a in map(visible, self.aliases) if a))
        _as_tuples(self, "mentions")


@dataclass(frozen=True)
class Place:
    """A location named in the document that is not acting as an actor."""

    key: str
    name: str
    mentions: tuple[Span, ...] = ()
    wikidata: str | None = None
    confidence: float = 0.8

    def __post_init__(self):
        _as_tuples(self, "mentions")


@dataclass(frozen=True)
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

    def __post_init__(self):
        object.__setattr__(self, "speaker_text", visible(self.speaker_text))


@dataclass(frozen=True)
class Event:
    """Something that happened or is planned, typed by a PLOVER category.

    ``key`` identifies the event within the document; ``date`` is an ISO date
    or a ``start/end`` interval; ``participants`` and ``place`` are actor and
    place keys. ``sources`` and ``targets`` are the participants in PLOVER's
    roles: who does the event, and to whom.
    """

    key: str
    label: str
    plover: str
    triggers: tuple[Span, ...]
    participants: tuple[str, ...] = ()
    place: str | None = None
    date: str | None = None
    planned: bool = False
    confidence: float = 0.6
    sources: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()

    def __post_init__(self):
        _as_tuples(self, "triggers", "participants", "sources", "targets")


@dataclass(frozen=True)
class Stance:
    """Who stands how toward what, with the evidence for it.

    ``target_actor``/``target_event`` point to an actor or event key where the
    target is one; ``target_label`` always names the target.
    ``evidence_statement`` is the statement (the record itself) whose content
    holds the stance's cue, when its speaker is the holder; ``evidence_event``
    the key of the event that shows the stance (a source's sanction of its target).
    """

    holder: str
    target_label: str
    polarity: str
    span: Span
    target_actor: str | None = None
    target_event: str | None = None
    evidence_statement: Statement | None = None
    confidence: float = 0.6
    evidence_event: str | None = None


@dataclass
class Extraction:
    """Everything extracted from one document (``kg.extract.extract`` fills it with tuples)."""

    actors: tuple[Actor, ...] = ()
    places: tuple[Place, ...] = ()
    statements: tuple[Statement, ...] = ()
    events: tuple[Event, ...] = ()
    stances: tuple[Stance, ...] = ()
