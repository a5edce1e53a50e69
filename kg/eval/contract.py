"""The contract queries' rows scored against gold documents, by ``../shared/gold/README.md``.

Predictions are the rows of the query contract's named queries
(``CONTRACT_QUERIES``), as :mod:`kg.eval.rows` reads them; names match by
:mod:`kg.eval.gold`'s rule, texts by :mod:`kg.eval.matching`'s. The rules, as
the README states them, and the decisions taken where it is silent:

* Actors: one-to-one per document. Predictions that equal a gold name or
  alias are paired first, then the rest by name, so the pairing does not hang
  on the order the store returns rows in. A prediction matches only the gold
  actors it matches best (a name or alias it equals, else a person's surname);
  it takes the first unmatched non-optional one of them; when all the
  non-optional actors it matches are taken it is a duplicate, a false
  positive. A prediction that matches only optional actors is left out of both
  counts; so is one that matches no actor but names a gold place ("places are
  not scored as actors": naming a place is neither right nor wrong).
  Type accuracy: predicted type equals gold type, over matched actors.
* Statements: speaker matches and the contents overlap enough
  (:func:`~kg.eval.matching.word_overlap` >= 0.6).
* Stances: holder matches, polarity equal, and the target holds a keyword
  (:func:`~kg.eval.matching.target_matches`).
* Events: prediction rows are grouped by (doc, event). At least one predicted
  participant matches a gold participant (or both have none), and the label
  contains a trigger (as a word sequence) or shares a content word (not in a
  small English stopword list) with the gold label. PLOVER and date accuracy
  are taken over the matched non-optional gold events, each paired with the
  matching prediction whose label is closest to the gold label (Jaccard
  index of the word sets; the earliest on ties); dates are equal when they name the same period
  ("2018" = "2018-01-01/2018-12-31", :func:`~kg.eval.matching.same_date`); matched
  events without a gold date are counted apart (and how many of them got a
  predicted date).
* Statements, stances and events are not one-to-one: a prediction counts
  as right when it matches some non-optional gold item, is left out when it
  matches only optional ones, and is a false positive otherwise. Recall
  counts non-optional gold items matched by some prediction. Counts are
  summed over documents (micro). Only documents with a gold file are scored;
  a gold document without predictions scores all misses.

The library only computes; the CLI formats.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Callable, Iterable, Mapping, Sequence

from kg.errors import choices
from kg.eval.gold import GoldDoc, GoldEvent, GoldStance, GoldStatement
from kg.eval.matching import (
    OVERLAP_THRESHOLD, contains_sequence, content_words, jaccard, same_date, target_matches, word_overlap, words,
)
from kg.eval.rows import by_doc, cell, local_name
from kg.eval.scores import Accuracy, DateAccuracy, Note, SectionScore

#: the query contract's named queries (gold/README.md), which are also the scored sections of a gold file
CONTRACT_QUERIES = ("actors", "statements", "stances", "events")


@dataclass
class GoldScore:
    """Counts per contract section, the accuracies over matched items, and notes of misses and false hits."""

    actors: SectionScore = field(default_factory=SectionScore)
    statements: SectionScore = field(default_factory=SectionScore)
    stances: SectionScore = field(default_factory=SectionScore)
    events: SectionScore = field(default_factory=SectionScore)
    type: Accuracy = field(default_factory=Accuracy)
    plover: Accuracy = field(default_factory=Accuracy)
    date: DateAccuracy = field(default_factory=DateAccuracy)
    documents: int = 0
    misses: list[Note] = field(default_factory=list)
    false_hits: list[Note] = field(default_factory=list)
    unbuilt: list[str] = field(default_factory=list)  # gold documents the graph does not hold (all missed)

    def section(self, name: str) -> SectionScore:
        """The counts of one contract section."""
        if name not in CONTRACT_QUERIES:
            raise KeyError(f"{name!r} is not one of {choices(CONTRACT_QUERIES)}")
        return getattr(self, name)

    @property
    def type_accuracy(self) -> float | None:
        return self.type.value

    @property
    def plover_accuracy(self) -> float | None:
        return self.plover.value

    @property
    def date_accuracy(self) -> float | None:
        return self.date.value

    def to_dict(self) -> dict:
        return {
            "documents": self.documents,
            "unbuilt": self.unbuilt,
            **{name: self.section(name).to_dict() for name in CONTRACT_QUERIES},
            "type_accuracy": self.type.to_dict(),
            "plover_accuracy": self.plover.to_dict(),
            "date_accuracy": self.date.to_dict(),
            "misses": [asdict(n) for n in self.misses],
            "false_hits": [asdict(n) for n in self.false_hits],
        }


# ------------------------------------------------------------------ predicted events


@dataclass(frozen=True)
class PredEvent:
    """The rows of one predicted event (same doc and ``event``) merged."""

    event: str
    label: str
    plover: str
    participants: tuple[str, ...]
    place: str
    date: str


def group_events(rows: Iterable[Mapping[str, Any]]) -> list[PredEvent]:
    """Event rows (one per participant) merged per ``event``, first-seen order."""
    merged: dict[str, list[Mapping[str, Any]]] = {}
    for row in rows:
        merged.setdefault(cell(row, "event") or f"#row{len(merged)}", []).append(row)

    def first(rs, key):
        return next((v for v in (cell(r, key) for r in rs) if v), "")

    return [
        PredEvent(
            event=key,
            label=first(rs, "label"),
            plover=local_name(first(rs, "plover")),
            participants=tuple(dict.fromkeys(v for v in (cell(r, "participant") for r in rs) if v)),
            place=first(rs, "place"),
            date=first(rs, "date"),
        )
        for key, rs in merged.items()
    ]


# ----------------------------------------------------------------- match rules


def statement_matches(doc: GoldDoc, row: Mapping[str, Any], gold: GoldStatement) -> bool:
    return doc.refers_to(cell(row, "speaker"), gold.speaker) and (
        word_overlap(cell(row, "content"), gold.content) >= OVERLAP_THRESHOLD
    )


def stance_matches(doc: GoldDoc, row: Mapping[str, Any], gold: GoldStance) -> bool:
    return (
        doc.refers_to(cell(row, "holder"), gold.holder)
        and local_name(cell(row, "polarity")).casefold() == gold.polarity.casefold()
        and target_matches(cell(row, "target"), gold.target_keywords)
    )


def participants_match(doc: GoldDoc, predicted: Sequence[str], gold: Sequence[str]) -> bool:
    if not predicted and not gold:
        return True
    return any(doc.refers_to(p, g) for p in predicted for g in gold)


def label_matches(label: str, gold: GoldEvent) -> bool:
    label_words = words(label)
    if any(contains_sequence(label_words, words(t)) for t in gold.triggers):
        return True
    return bool(content_words(label) & content_words(gold.label))


def event_matches(doc: GoldDoc, pred: PredEvent, gold: GoldEvent) -> bool:
    return participants_match(doc, pred.participants, gold.participants) and label_matches(pred.label, gold)


# --------------------------------------------------------------- doc scoring


@dataclass
class _DocResult:
    score: SectionScore = field(default_factory=SectionScore)
    pairs: list[tuple[Any, Any]] = field(default_factory=list)  # (gold, paired prediction)
    misses: list[str] = field(default_factory=list)
    false_hits: list[str] = field(default_factory=list)


def _strongest_first(doc: GoldDoc, rows: Sequence[Mapping[str, Any]]) -> list[tuple[Mapping[str, Any], list]]:
    """Each row with the gold actors ranked by match strength, rows that name an actor in full first.

    The store returns rows in no fixed order; taking them as they come let a
    surname ("Smith") take the gold actor that a full name ("Ann Smith") of a
    later row equals. Full names first, then by name, makes the pairing the
    same for any order of the same rows.
    """
    ranked_rows = []
    for row in rows:
        name = cell(row, "name")
        ranked = sorted(((a.match_strength(name), i) for i, a in enumerate(doc.actors)), key=lambda s: (-s[0], s[1]))
        ranked_rows.append((row, ranked))
    ranked_rows.sort(key=lambda rr: (-(rr[1][0][0] if rr[1] else 0), cell(rr[0], "name") or "",
                                     sorted((k, str(v)) for k, v in rr[0].items())))
    return ranked_rows


def score_actors(doc: GoldDoc, rows: Sequence[Mapping[str, Any]]) -> _DocResult:
    """One-to-one actor matching in one document (see the module docstring)."""
    result = _DocResult()
    required = [a for a in doc.actors if not a.optional]
    taken: set[int] = set()
    for row, ranked in _strongest_first(doc, rows):
        name = cell(row, "name")
        best = ranked[0][0] if ranked else 0
        hits = [i for strength, i in ranked if strength > 0 and strength == best]  # a full name is no one's surname
        needed = [i for i in hits if not doc.actors[i].optional]
        free = [i for i in needed if i not in taken]
        if free:
            taken.add(free[0])
            result.score.tp_pred += 1
            result.pairs.append((doc.actors[free[0]], row))
        elif needed:
            result.false_hits.append(f"actor {name!r} duplicates {doc.actors[needed[0]].name!r}")
        elif hits or doc.names_place(name):
            continue
        else:
            result.false_hits.append(f"actor {name!r}")
        result.score.n_pred += 1
    result.score.n_gold = len(required)
    result.score.tp_gold = len(taken)
    result.misses = [f"actor {a.name!r} ({a.type})" for i, a in enumerate(doc.actors)
                     if not a.optional and i not in taken]
    return result


def _score_loose(
    gold: Sequence[Any],
    preds: Sequence[Any],
    matches: Callable[[Any, Any], bool],
    describe_gold: Callable[[Any], str],
    describe_pred: Callable[[Any], str],
    closeness: Callable[[Any, Any], float] = lambda pred, gold: 0.0,
) -> _DocResult:
    """Many-to-many matching: statements, stances, events.

    Each matched gold item is paired (for the accuracies) with the matching
    prediction closest to it, the earliest on ties.
    """
    result = _DocResult()
    best: dict[int, tuple[float, Any]] = {}
    for pred in preds:
        hits = [i for i, g in enumerate(gold) if matches(pred, g)]
        needed = [i for i in hits if not gold[i].optional]
        if hits and not needed:
            continue
        result.score.n_pred += 1
        if needed:
            result.score.tp_pred += 1
            for i in needed:
                near = closeness(pred, gold[i])
                if i not in best or near > best[i][0]:
                    best[i] = (near, pred)
        else:
            result.false_hits.append(describe_pred(pred))
    required = [i for i, g in enumerate(gold) if not g.optional]
    result.score.n_gold = len(required)
    result.score.tp_gold = sum(1 for i in required if i in best)
    result.pairs = [(gold[i], best[i][1]) for i in required if i in best]
    result.misses = [describe_gold(gold[i]) for i in required if i not in best]
    return result


def score_statements(doc: GoldDoc, rows: Sequence[Mapping[str, Any]]) -> _DocResult:
    return _score_loose(
        doc.statements, rows, lambda r, g: statement_matches(doc, r, g),
        lambda g: f"statement {g.speaker}: {g.content[:80]!r}",
        lambda r: f"statement {cell(r, 'speaker')}: {cell(r, 'content')[:80]!r}",
    )


def score_stances(doc: GoldDoc, rows: Sequence[Mapping[str, Any]]) -> _DocResult:
    return _score_loose(
        doc.stances, rows, lambda r, g: stance_matches(doc, r, g),
        lambda g: f"stance {g.holder} {g.polarity} {g.target!r}",
        lambda r: f"stance {cell(r, 'holder')} {local_name(cell(r, 'polarity'))} {cell(r, 'target')!r}",
    )


def score_events(doc: GoldDoc, rows: Sequence[Mapping[str, Any]]) -> _DocResult:
    return _score_loose(
        doc.events, group_events(rows), lambda p, g: event_matches(doc, p, g),
        lambda g: f"event {g.label!r} ({g.plover}; {', '.join(g.participants)})",
        lambda p: f"event {p.label!r} ({p.plover or '-'}; {', '.join(p.participants)})",
        lambda p, g: jaccard(p.label, g.label),
    )


_SCORERS = {
    "actors": score_actors,
    "statements": score_statements,
    "stances": score_stances,
    "events": score_events,
}


def _count_accuracies(score: GoldScore, section: str, pairs: list[tuple[Any, Any]]) -> None:
    for gold, pred in pairs:
        if section == "actors":
            score.type.count(local_name(cell(pred, "type")).casefold() == gold.type.casefold())
        elif section == "events":
            score.plover.count(pred.plover.upper() == gold.plover.upper())
            if gold.date:
                score.date.count(same_date(pred.date, gold.date))
            else:
                score.date.without_gold += 1
                score.date.predicted_without_gold += int(bool(pred.date))


def score_gold(
    gold_docs: Iterable[GoldDoc], predictions: Mapping[str, Iterable[Mapping[str, Any]]],
    stored: set[str] | None = None,
) -> GoldScore:
    """Score query rows per section against gold documents (README rules).

    ``stored`` names the documents the graph holds; a gold document outside
    it is listed in ``unbuilt`` (it still counts, every item missed).
    """
    rows = {section: by_doc(predictions.get(section) or ()) for section in CONTRACT_QUERIES}
    score = GoldScore()
    for doc in gold_docs:
        score.documents += 1
        if stored is not None and doc.doc not in stored:
            score.unbuilt.append(doc.doc)
        for section in CONTRACT_QUERIES:
            result = _SCORERS[section](doc, rows[section].get(doc.doc, []))
            score.section(section).add(result.score)
            _count_accuracies(score, section, result.pairs)
            score.misses += [Note(section, doc.doc, m) for m in result.misses]
            score.false_hits += [Note(section, doc.doc, f) for f in result.false_hits]
    return score
