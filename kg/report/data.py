"""What ``kg report`` shows, gathered from the store: plain records, no HTML.

Every fact comes from the named queries in ``queries/internal/report/``; this
module only joins their rows, applies the report's filters (documents, actors,
date range, top N actors by mentions) and returns immutable records that
:mod:`kg.report.html` renders.

Filters: ``docs`` and ``since``/``until`` (on the documents' publication date;
an undated document is left out when a date bound is given) choose the
documents; ``actors`` keeps the documents that mention one of those actors and
the facts that involve them; ``top`` keeps the N actors with the most mentions
(plus the chosen ones) for the network, the actor pages and the timeline's
actor filter, so a large store stays readable.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from kg.errors import InputError, QueryError
from kg.names import closest_names, matching_names
from kg.sparql.files import load_internal
from kg.report import DEFAULT_TOP


@dataclass(frozen=True)
class ReportFilter:
    docs: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    top: int = DEFAULT_TOP  # 0: every actor


@dataclass(frozen=True)
class Span:
    graph: str
    begin: int
    end: int


@dataclass(frozen=True)
class Document:
    graph: str
    name: str
    title: str
    date: str
    text: str


@dataclass(frozen=True)
class Actor:
    iri: str
    label: str
    type: str
    mentions: int


@dataclass(frozen=True)
class Stance:
    iri: str
    holder: str
    target: str
    target_type: str  # an actor type, "Event" or "Topic"
    target_label: str
    polarity: str
    evidence: Span


@dataclass(frozen=True)
class Statement:
    iri: str
    speaker: str  # actor IRI, "" for an unnamed source
    speaker_text: str
    cue: str
    content: str
    span: Span


@dataclass(frozen=True)
class Event:
    iri: str
    label: str
    plover: str
    date: str  # the event's date, else its document's; "" when neither is known
    actors: tuple[str, ...]
    spans: tuple[Span, ...]


@dataclass(frozen=True)
class Mention:
    entity: str
    span: Span


@dataclass(frozen=True)
class ReportData:
    documents: dict[str, Document]  # by graph IRI
    actors: dict[str, Actor]  # the shown actors, by IRI, most mentioned first
    names: dict[str, str]  # every actor in the chosen documents: IRI -> its most used label
    stances: tuple[Stance, ...]  # those drawn in the network
    statements: tuple[Statement, ...]
    events: tuple[Event, ...]  # every event in the chosen documents (of the chosen actors)
    timeline: tuple[Event, ...]  # those with a shown actor when --top left actors out, else all
    mentions: tuple[Mention, ...]
    filters: ReportFilter = field(default_factory=ReportFilter)


def check_date_bound(value: str | None, option: str) -> str | None:
    """A --since/--until bound: YYYY, YYYY-MM or YYYY-MM-DD, a real month and day."""
    if value is not None and not _is_date_prefix(value):
        raise InputError(f"{option} '{value}' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def _is_date_prefix(value: str) -> bool:
    from datetime import date

    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        return False
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        date(*parts[:3])
    except ValueError:
        return False
    return True


def select(store, name: str) -> list[dict[str, str]]:
    """Rows of queries/internal/report/NAME.rq as plain values; unbound variables left out."""
    results = store.query(load_internal(f"report/{name}"))
    names = [v.value for v in results.variables]
    return [{n: sol[n].value for n in names if sol[n] is not None} for sol in results]


def gather(store, filters: ReportFilter = ReportFilter()) -> ReportData:
    """The report's records for ``store`` under ``filters``."""
    check_date_bound(filters.since, "--since")
    check_date_bound(filters.until, "--until")
    documents = _documents(store, filters)
    actor_rows = select(store, "actors")
    mentions = tuple(Mention(row["entity"], _span(row)) for row in select(store, "mentions") if row["g"] in documents)
    focus = _focus_actors(filters.actors, _actor_names(actor_rows, documents)[1])
    if focus:
        chosen = {m.span.graph for m in mentions if m.entity in focus}
        documents = {g: d for g, d in documents.items() if g in chosen}
        mentions = tuple(m for m in mentions if m.span.graph in documents)
    types, labels = _actor_names(actor_rows, documents)
    counts = Counter(m.entity for m in mentions if m.entity in types)
    shown = _top_actors(counts, types, focus, filters.top)
    names = {iri: _best_label(forms) for iri, forms in labels.items()}
    actors = {iri: Actor(iri, names[iri], types[iri], counts[iri]) for iri in shown}
    stances = _stances(store, documents, actors, types, focus)
    statements = _statements(store, documents, focus)
    events = _events(store, documents, focus)
    timeline = tuple(e for e in events if set(e.actors) & set(actors)) if len(actors) < len(types) else events
    return ReportData(documents, actors, names, stances, statements, events, timeline, mentions, filters)


def _span(row: dict[str, str]) -> Span:
    return Span(row["g"], int(row["begin"]), int(row["end"]))


def _documents(store, filters: ReportFilter) -> dict[str, Document]:
    found = {
        row["g"]: Document(row["g"], row["doc"], row.get("title", ""), row.get("date", ""), row["text"])
        for row in select(store, "documents")
    }
    if filters.docs:
        by_name = {d.name: g for g, d in found.items()} | {g: g for g in found}
        missing = [name for name in filters.docs if name not in by_name]
        if missing:
            raise QueryError(f"no document named '{missing[0]}' in the store; kg query documents lists them")
        found = {by_name[name]: found[by_name[name]] for name in filters.docs}
    if filters.since or filters.until:
        low, high = filters.since or "0000", filters.until or "9999"
        found = {g: d for g, d in found.items() if d.date and d.date[: len(low)] >= low and d.date[: len(high)] <= high}
    return found


def _actor_names(rows: list[dict[str, str]], documents) -> tuple[dict[str, str], dict[str, Counter]]:
    """Each actor's type and how often each label names it, over ``documents``."""
    types: dict[str, str] = {}
    labels: dict[str, Counter] = defaultdict(Counter)
    for row in rows:
        if row["g"] in documents:
            types[row["actor"]] = row["type"]
            labels[row["actor"]][row["label"]] += 1
    return types, labels


def _best_label(labels: Counter) -> str:
    """The label most documents use; ties go to the longer, then the alphabetically first."""
    return min(labels, key=lambda label: (-labels[label], -len(label), label))


def _focus_actors(names: tuple[str, ...], labels: dict[str, Counter]) -> set[str]:
    """The actors the --actor names mean: any case or accents, or the surname alone (kg.names)."""
    focus: set[str] = set()
    every = {form for forms in labels.values() for form in forms}
    for name in names:
        meant = set(matching_names(name, every))
        hits = {iri for iri, forms in labels.items() if meant & set(forms)}
        if not hits:
            closest = closest_names(name, every)
            raise QueryError(f"no actor named '{name}' in the chosen documents"
                             + (f"; closest: {', '.join(closest)}" if closest else ""))
        focus |= hits
    return focus


def _top_actors(counts: Counter, types: dict[str, str], focus: set[str], top: int) -> list[str]:
    ranked = sorted(types, key=lambda iri: (-counts[iri], iri))
    chosen = ranked if top <= 0 else ranked[:top]
    return chosen + sorted(focus - set(chosen))


def _stances(store, documents, actors, types, focus) -> tuple[Stance, ...]:
    """Stances whose holder is shown and whose target is a shown actor or not an actor at all."""
    seen: dict[str, Stance] = {}
    for row in select(store, "stances"):
        holder, target = row["holder"], row["target"]
        if row["g"] not in documents or holder not in actors or row["stance"] in seen:
            continue
        if (target in types and target not in actors) or (focus and not {holder, target} & focus):
            continue
        kind = types.get(target) or row.get("targetType") or "Topic"
        seen[row["stance"]] = Stance(
            row["stance"], holder, target, kind, row["targetLabel"], row["polarity"], _span(row)
        )
    return tuple(sorted(seen.values(), key=lambda s: (s.evidence.graph, s.evidence.begin, s.iri)))


def _statements(store, documents, focus) -> tuple[Statement, ...]:
    found = [
        Statement(row["statement"], row.get("speaker", ""), row["speakerText"], row.get("cue", ""), row["content"], _span(row))
        for row in select(store, "statements")
        if row["g"] in documents and (not focus or row.get("speaker") in focus)
    ]
    return tuple(sorted(found, key=lambda s: (s.span.graph, s.span.begin, s.iri)))


def _events(store, documents, focus) -> tuple[Event, ...]:
    actors: dict[str, set[str]] = defaultdict(set)
    for row in select(store, "event_actors"):
        actors[row["event"]].add(row["actor"])
    spans: dict[str, set[Span]] = defaultdict(set)
    first: dict[str, dict[str, str]] = {}
    for row in select(store, "events"):
        if row["g"] in documents and (not focus or actors[row["event"]] & focus):
            spans[row["event"]].add(_span(row))
            first.setdefault(row["event"], row)
    events = [
        Event(
            iri, row["label"], row["plover"], (row.get("when") or documents[row["g"]].date)[:10],
            tuple(sorted(actors[iri])), tuple(sorted(spans[iri], key=lambda s: s.begin)),
        )
        for iri, row in first.items()
    ]
    return tuple(sorted(events, key=lambda e: (e.date or "~", e.spans[0].graph, e.spans[0].begin)))
