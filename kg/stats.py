"""What a store holds, counted: documents and their dates, actors by type, statements, stances by polarity, events by category, quads.

``kg stats`` prints it; the counting is two queries (``queries/internal/stats_*.rq``)
and the store's quad count.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.sparql.files import load_internal


@dataclass(frozen=True)
class StoreStats:
    """Counts of what one store holds; each breakdown is (sort, count) pairs, the largest first."""

    documents: int
    dated: int
    first_date: str | None
    last_date: str | None
    actors: tuple[tuple[str, int], ...]
    statements: int
    stances: tuple[tuple[str, int], ...]
    events: tuple[tuple[str, int], ...]
    quads: int

    def to_dict(self) -> dict:
        """Plain values for JSON: breakdowns as {sort: count} with their totals.

        >>> StoreStats(1, 1, "2025-10-16", "2025-10-16", (("Person", 2),), 3, (), (("CONSULT", 1),), 40).to_dict()["actors"]
        {'total': 2, 'Person': 2}
        """
        return {
            "documents": self.documents,
            "dates": {"dated": self.dated, "first": self.first_date, "last": self.last_date},
            "actors": {"total": total(self.actors), **dict(self.actors)},
            "statements": self.statements,
            "stances": {"total": total(self.stances), **dict(self.stances)},
            "events": {"total": total(self.events), **dict(self.events)},
            "quads": self.quads,
        }


def total(breakdown: tuple[tuple[str, int], ...]) -> int:
    return sum(count for _, count in breakdown)


def store_stats(store) -> StoreStats:
    """Count what ``store`` (a :class:`kg.store.KgStore`) holds."""
    dates = next(iter(store.query(load_internal("stats_documents"))))
    kinds: dict[str, list[tuple[str, int]]] = {"actors": [], "statements": [], "stances": [], "events": []}
    for row in store.query(load_internal("stats_kinds")):
        kinds[row["kind"].value].append((row["sort"].value, int(row["count"].value)))
    return StoreStats(
        documents=int(dates["documents"].value),
        dated=int(dates["dated"].value),
        first_date=_value(dates["first"]),
        last_date=_value(dates["last"]),
        actors=tuple(kinds["actors"]),
        statements=total(tuple(kinds["statements"])),
        stances=tuple(kinds["stances"]),
        events=tuple(kinds["events"]),
        quads=len(store),
    )


def _value(term) -> str | None:
    return None if term is None else term.value
