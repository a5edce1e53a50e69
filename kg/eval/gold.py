"""Gold files: the hand-made truth per document, loaded and checked.

The file format is ``../shared/gold/README.md``'s: one JSON object per
document with ``doc``, ``date`` and the lists ``actors``, ``places``,
``statements``, ``stances`` and ``events``; an item with ``optional: true``
need not be found. Bad input raises GoldError naming the file and the item.

Names refer to gold actors by the README's rule: a predicted name matches a
gold actor when it equals the name or an alias (normalised, see
:mod:`kg.eval.matching`); for a Person also when its last word equals the last
word of the name or of a several-word alias (one-word aliases such as a first
name only match whole). Speakers, holders and participants in gold are names:
when one names a gold actor of the document (name or alias), the prediction
must match that actor; otherwise it must equal the gold string (normalised).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import GoldError, choices
from kg.eval.matching import normalize_name
from kg.namespaces import ACTOR_TYPES, PLOVER_CATEGORIES, POLARITIES


@dataclass(frozen=True)
class GoldActor:
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    optional: bool = False

    def forms(self) -> set[tuple[str, ...]]:
        """Normalised name and aliases (empty forms left out)."""
        return {f for f in map(normalize_name, (self.name, *self.aliases)) if f}

    def match_strength(self, predicted: str) -> int:
        """2: equals name or alias; 1: a person's surname; 0: no match."""
        p = normalize_name(predicted)
        if not p:
            return 0
        forms = self.forms()
        if p in forms:
            return 2
        if self.type == "Person":
            own = normalize_name(self.name)
            surnames = {f[-1] for f in forms if len(f) > 1} | ({own[-1]} if own else set())
            if p[-1] in surnames:
                return 1
        return 0


@dataclass(frozen=True)
class GoldPlace:
    name: str
    wikidata: str | None = None
    optional: bool = False


@dataclass(frozen=True)
class GoldStatement:
    speaker: str
    cue: str
    content: str
    direct: bool
    optional: bool = False


@dataclass(frozen=True)
class GoldStance:
    holder: str
    target: str
    target_keywords: tuple[str, ...]
    polarity: str
    optional: bool = False


@dataclass(frozen=True)
class GoldEvent:
    label: str
    plover: str
    participants: tuple[str, ...]
    triggers: tuple[str, ...]
    date: str | None = None
    place: str | None = None
    planned: bool = False
    optional: bool = False


@dataclass(frozen=True)
class GoldDoc:
    """One gold file: a document's actors, places, statements, stances and events."""

    doc: str
    date: str
    actors: tuple[GoldActor, ...]
    places: tuple[GoldPlace, ...]
    statements: tuple[GoldStatement, ...]
    stances: tuple[GoldStance, ...]
    events: tuple[GoldEvent, ...]
    path: str = ""

    def actor_named(self, name: str) -> GoldActor | None:
        """The gold actor whose name or alias equals ``name`` (normalised)."""
        key = normalize_name(name)
        return next((a for a in self.actors if key and key in a.forms()), None)

    def refers_to(self, predicted: str, gold_name: str) -> bool:
        """Whether a predicted speaker/holder/participant matches a gold one."""
        actor = self.actor_named(gold_name)
        if actor is not None:
            return actor.match_strength(predicted) > 0
        p = normalize_name(predicted)
        return bool(p) and p == normalize_name(gold_name)

    def names_place(self, predicted: str) -> bool:
        """Whether a predicted name equals a gold place's (places are not scored as actors)."""
        p = normalize_name(predicted)
        return bool(p) and any(p == normalize_name(pl.name) for pl in self.places)


# ------------------------------------------------------------------ loading

_REQUIRED = {
    "": ("doc", "date", "actors", "places", "statements", "stances", "events"),
    "actors": ("name", "type", "aliases"),
    "places": ("name",),
    "statements": ("speaker", "cue", "content", "direct"),
    "stances": ("holder", "target", "target_keywords", "polarity"),
    "events": ("label", "plover", "participants", "triggers"),
}
_ENUMS = {("actors", "type"): ACTOR_TYPES, ("stances", "polarity"): POLARITIES, ("events", "plover"): PLOVER_CATEGORIES}
_LISTS = {"aliases", "target_keywords", "participants", "triggers"}


def _check_item(path: Path, section: str, index: int, item: Any) -> dict:
    where = f"{path}: {section}[{index}]"
    if not isinstance(item, dict):
        raise GoldError(f"{where} is not an object")
    missing = [k for k in _REQUIRED[section] if k not in item]
    if missing:
        raise GoldError(f"{where} lacks {', '.join(missing)}")
    for key in _LISTS & item.keys():
        if not isinstance(item[key], list) or not all(isinstance(v, str) for v in item[key]):
            raise GoldError(f"{where}.{key} is not a list of strings")
    for (sec, key), values in _ENUMS.items():
        if sec == section and item[key] not in values:
            raise GoldError(f"{where}.{key} {item[key]!r} is not one of {choices(values)}")
    return item


def _items(path: Path, data: dict, section: str) -> list[dict]:
    items = data[section]
    if not isinstance(items, list):
        raise GoldError(f"{path}: {section} is not a list")
    return [_check_item(path, section, i, item) for i, item in enumerate(items)]


def _gold_doc(path: Path, data: Any) -> GoldDoc:
    if not isinstance(data, dict):
        raise GoldError(f"{path}: the top level is not an object")
    missing = [k for k in _REQUIRED[""] if k not in data]
    if missing:
        raise GoldError(f"{path}: lacks {', '.join(missing)}")
    opt = lambda item: bool(item.get("optional", False))  # noqa: E731
    return GoldDoc(
        doc=str(data["doc"]),
        date=str(data["date"]),
        actors=tuple(
            GoldActor(a["name"], a["type"], tuple(a["aliases"]), a.get("wikidata"), opt(a))
            for a in _items(path, data, "actors")
        ),
        places=tuple(GoldPlace(p["name"], p.get("wikidata"), opt(p)) for p in _items(path, data, "places")),
        statements=tuple(
            GoldStatement(s["speaker"], s["cue"], s["content"], bool(s["direct"]), opt(s))
            for s in _items(path, data, "statements")
        ),
        stances=tuple(
            GoldStance(s["holder"], s["target"], tuple(s["target_keywords"]), s["polarity"], opt(s))
            for s in _items(path, data, "stances")
        ),
        events=tuple(
            GoldEvent(
                e["label"], e["plover"], tuple(e["participants"]), tuple(e["triggers"]),
                e.get("date"), e.get("place"), bool(e.get("planned", False)), opt(e),
            )
            for e in _items(path, data, "events")
        ),
        path=str(path),
    )


def load_gold_file(path: str | Path) -> GoldDoc:
    """One gold JSON file; GoldError names the file when it is malformed."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot be read ({exc})") from exc
    except json.JSONDecodeError as exc:
        raise GoldError(f"{path}: not valid JSON ({exc})") from exc
    return _gold_doc(path, data)


def load_gold(gold_dir: str | Path) -> list[GoldDoc]:
    """Every ``*.json`` gold file in a directory, in name order."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise GoldError(f"gold directory {gold_dir} does not exist")
    docs = [load_gold_file(p) for p in sorted(gold_dir.glob("*.json"))]
    if not docs:
        raise GoldError(f"gold directory {gold_dir} holds no *.json files")
    seen: dict[str, str] = {}
    for d in docs:
        if d.doc in seen:
            raise GoldError(f"{d.path}: doc {d.doc!r} is also the doc of {seen[d.doc]}")
        seen[d.doc] = d.path
    return docs
