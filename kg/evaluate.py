"""Scoring: the knowledge graph's answers against gold files and PolNeAR.

Gold scoring follows ``../shared/gold/README.md`` (file format, query
contract, matching rules). Predictions are the rows of the contract's named
queries (``actors``, ``statements``, ``stances``, ``events``), one dict of
variable -> plain string per row, exactly as ``kg query NAME --format json``
gives them. ``type``, ``plover`` and ``polarity`` may be IRIs; their local name
(after the last ``#`` or ``/``) is the value. ``doc`` may be a file name, a
path or an IRI; its last path segment is the document name.

Rules, as the README states them, and the decisions taken where it is silent:

* Names are case-folded, diacritics folded (``Charité`` = ``Charite``), dots
  and apostrophes dropped (``U.S.`` = ``US``), other punctuation split words
  (``al-Assad`` = ``al Assad``); leading titles are dropped: President,
  Secretary of State, Prime Minister, Chancellor, Minister, the, Mr, Mrs, Ms,
  Dr, and a nationality adjective directly before one of those titles (a
  capitalised word ending in -an, -ian, -ese, -ish, -i or -ch: "Russian
  President ..."). A name left empty matches nothing.
* A predicted name matches a gold actor when it equals the name or an alias;
  for a Person also when its last word equals the last word of the name or of
  a several-word alias (one-word aliases such as a first name only match
  whole). Speakers, holders and participants in gold are names: when one names
  a gold actor of the document (name or alias), the prediction must match that
  actor; otherwise it must equal the gold string (normalised).
* Actors: one-to-one per document. A prediction takes the best unmatched
  non-optional gold actor it matches (name/alias before surname); when all the
  non-optional actors it matches are taken it is a duplicate, a false
  positive. A prediction that matches only optional actors is left out of both
  counts; so is one that matches no actor but names a gold place ("places are
  not scored as actors": naming a place is neither right nor wrong).
  Type accuracy: predicted type equals gold type, over matched actors.
* Statements: speaker matches and, with word sets (``\\w+``, lower-cased) P
  and G of the contents, |P & G| / min(|P|, |G|) >= 0.6.
* Stances: holder matches, polarity equal, and the target's word sequence
  contains a keyword's word sequence, the keyword's last word allowed to be a
  prefix of the target's word ("negotiation" matches "negotiations").
* Events: prediction rows are grouped by (doc, event). At least one predicted
  participant matches a gold participant (or both have none), and the label
  contains a trigger (as a word sequence) or shares a content word (not in a
  small English stopword list) with the gold label. PLOVER and date accuracy
  are taken over the matched non-optional gold events, each paired with the
  matching prediction whose label is closest to the gold label (Jaccard
  index of the word sets; the earliest on ties); dates compare as exact strings; matched
  events without a gold date are counted apart (and how many of them got a
  predicted date).
* Statements, stances and events are not one-to-one: a prediction counts
  as right when it matches some non-optional gold item, is left out when it
  matches only optional ones, and is a false positive otherwise. Recall
  counts non-optional gold items matched by some prediction. Counts are
  summed over documents (micro). Only documents with a gold file are scored;
  a gold document without predictions scores all misses.

PolNeAR (``../shared/eval/polnear``; brat standoff, one ``.ann`` per
annotator named ``<article>_<annotator>.ann`` beside ``text/<article>.txt``):

* The first annotation file of an article in name order is used.
* An attribution is a brat event (``E`` line) whose trigger is an
  ``Attribution`` or ``Attribution-no-source`` span, with role arguments
  ``Source``, ``Cue``, ``Content`` and sometimes ``Content2``. Its gold
  content span is the union of all its content spans and their fragments
  (``start end;start end``). Attributions without content, content spans no
  event links, and ``Discuss``/``Discard`` spans are left out.
* Offsets are Python string indices into the UTF-8 text read with
  ``newline=''`` (checked: every span's text equals the text slice; there is
  no BOM and no CR in the files; a span's text may hold a newline, which
  breaks its ``.ann`` line, so lines not starting with an id are skipped).
* A predicted span matches a gold span when their overlap is at least half
  the shorter one; matching is one-to-one, greedy by that ratio. A prediction
  without usable ``start``/``end`` is located by the first occurrence of its
  content in the text, or counts as a false positive.
* Speaker accuracy is taken over matched pairs whose gold source is named:
  the source holds a capitalised word (not a pronoun or determiner) that
  either is not sentence-initial or never occurs in lower case in the
  document. The speaker is right when, normalised as above, it equals the
  source, shares its last word, or is a word sequence inside it.

The library only computes; the CLI formats. Bad gold input raises GoldError.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from kg.errors import GoldError, choices
from kg.namespaces import ACTOR_TYPES, PLOVER_CATEGORIES, POLARITIES

#: the query contract's named queries (gold/README.md), which are also the scored sections of a gold file
CONTRACT_QUERIES = ("actors", "statements", "stances", "events")
OVERLAP_THRESHOLD = 0.6

_TITLES = (
    ("secretary", "of", "state"),
    ("prime", "minister"),
    ("president",),
    ("chancellor",),
    ("minister",),
    ("the",),
    ("mr",),
    ("mrs",),
    ("ms",),
    ("dr",),
)
_TITLE_WORDS = frozenset(t[0] for t in _TITLES if t != ("the",))
_NATIONALITY = re.compile(r"[A-Z][a-z]*(?:an|ian|ese|ish|i|ch)")
_DROPPED = re.compile(r"[.'’‘`´]")
_STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be
    been before being below between both but by can could did do does doing
    down during each few for from further had has have having he her here hers
    him his how i if in into is it its itself just me more most my no nor not
    now of off on once only or other our ours out over own s same she should so
    some such t than that the their theirs them then there these they this
    those through to too under until up very was we were what when where which
    while who whom why will with would you your""".split()
)


# ---------------------------------------------------------------- text helpers


def local_name(value: str) -> str:
    """The local name of an IRI (after the last '#' or '/'); strings as is."""
    value = (value or "").strip()
    return re.split(r"[#/]", value)[-1] if value else ""


def words(text: str) -> list[str]:
    """Lower-cased ``\\w+`` words of a text."""
    return re.findall(r"\w+", (text or "").casefold())


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _strip_titles(tokens: list[str]) -> list[str]:
    while tokens:
        lowered = [t.casefold() for t in tokens]
        title = next((t for t in _TITLES if tuple(lowered[: len(t)]) == t), None)
        if title:
            tokens = tokens[len(title):]
        elif len(tokens) > 1 and _NATIONALITY.fullmatch(tokens[0]) and lowered[1] in _TITLE_WORDS:
            tokens = tokens[1:]
        else:
            break
    return tokens


def normalize_name(name: str) -> tuple[str, ...]:
    """A name as case-folded words without punctuation and leading titles."""
    tokens = re.findall(r"[^\W_]+", _DROPPED.sub("", _fold(name or "")))
    return tuple(t.casefold() for t in _strip_titles(tokens))


def contains_sequence(haystack: Sequence[str], needle: Sequence[str], prefix_last: bool = False) -> bool:
    """Whether ``needle`` occurs as consecutive words in ``haystack``.

    With ``prefix_last`` the needle's last word need only begin the word it
    is set against.
    """
    n = len(needle)
    if n == 0:
        return False
    for i in range(len(haystack) - n + 1):
        last = haystack[i + n - 1]
        last_ok = last.startswith(needle[-1]) if prefix_last else last == needle[-1]
        if last_ok and list(haystack[i : i + n - 1]) == list(needle[:-1]):
            return True
    return False


def word_overlap(predicted: str, gold: str) -> float:
    """|P & G| / min(|P|, |G|) over lower-cased word sets; 0 if one is empty."""
    p, g = set(words(predicted)), set(words(gold))
    if not p or not g:
        return 0.0
    return len(p & g) / min(len(p), len(g))


def jaccard(a: str, b: str) -> float:
    """|A & B| / |A | B| over lower-cased word sets; 0 if both are empty."""
    x, y = set(words(a)), set(words(b))
    return len(x & y) / len(x | y) if x | y else 0.0


def content_words(text: str) -> set[str]:
    return {w for w in words(text) if w not in _STOPWORDS}


# ------------------------------------------------------------------ gold model


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
        p = normalize_name(predicted)
        return bool(p) and any(p == normalize_name(pl.name) for pl in self.places)


# ----------------------------------------------------------------- gold loading

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


# ----------------------------------------------------------------- score model


@dataclass
class SectionScore:
    """Counts for one section: predictions right of those counted, gold found."""

    tp_pred: int = 0
    n_pred: int = 0
    tp_gold: int = 0
    n_gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp_pred / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: SectionScore) -> None:
        self.tp_pred += other.tp_pred
        self.n_pred += other.n_pred
        self.tp_gold += other.tp_gold
        self.n_gold += other.n_gold

    def to_dict(self) -> dict:
        return {**asdict(self), "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def count(self, ok: bool) -> None:
        self.correct += int(ok)
        self.total += 1

    def to_dict(self) -> dict:
        return {"correct": self.correct, "total": self.total, "accuracy": self.value}


@dataclass
class DateAccuracy(Accuracy):
    """Over matched events with a gold date; those without one counted apart."""

    without_gold: int = 0
    predicted_without_gold: int = 0

    def to_dict(self) -> dict:
        return {**super().to_dict(), "without_gold": self.without_gold,
                "predicted_without_gold": self.predicted_without_gold}


@dataclass(frozen=True)
class Note:
    """A missed gold item or a false hit, for verbose reports."""

    section: str
    doc: str
    description: str


@dataclass
class GoldScore:
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


# ---------------------------------------------------------- prediction shaping


def _value(row: Mapping[str, Any], key: str) -> str:
    value = row.get(key)
    if isinstance(value, Mapping):  # a raw SPARQL JSON binding
        value = value.get("value")
    return "" if value is None else str(value).strip()


def doc_name(value: str) -> str:
    """A document name from a file name, path or IRI: its last segment."""
    return re.split(r"[/\\]", value.strip())[-1] if value else ""


def _by_doc(rows: Iterable[Mapping[str, Any]]) -> dict[str, list[Mapping[str, Any]]]:
    grouped: dict[str, list[Mapping[str, Any]]] = {}
    for row in rows:
        grouped.setdefault(doc_name(_value(row, "doc")), []).append(row)
    return grouped


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
        merged.setdefault(_value(row, "event") or f"#row{len(merged)}", []).append(row)

    def first(rs, key):
        return next((v for v in (_value(r, key) for r in rs) if v), "")

    return [
        PredEvent(
            event=key,
            label=first(rs, "label"),
            plover=local_name(first(rs, "plover")),
            participants=tuple(dict.fromkeys(v for v in (_value(r, "participant") for r in rs) if v)),
            place=first(rs, "place"),
            date=first(rs, "date"),
        )
        for key, rs in merged.items()
    ]


# ----------------------------------------------------------------- match rules


def statement_matches(doc: GoldDoc, row: Mapping[str, Any], gold: GoldStatement) -> bool:
    return doc.refers_to(_value(row, "speaker"), gold.speaker) and (
        word_overlap(_value(row, "content"), gold.content) >= OVERLAP_THRESHOLD
    )


def target_matches(target: str, keywords: Iterable[str]) -> bool:
    """Whether a target text holds a keyword (last keyword word as a prefix)."""
    target_words = words(target)
    return any(contains_sequence(target_words, words(k), prefix_last=True) for k in keywords)


def stance_matches(doc: GoldDoc, row: Mapping[str, Any], gold: GoldStance) -> bool:
    return (
        doc.refers_to(_value(row, "holder"), gold.holder)
        and local_name(_value(row, "polarity")).casefold() == gold.polarity.casefold()
        and target_matches(_value(row, "target"), gold.target_keywords)
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


def score_actors(doc: GoldDoc, rows: Sequence[Mapping[str, Any]]) -> _DocResult:
    """One-to-one actor matching in one document (see the module docstring)."""
    result = _DocResult()
    required = [a for a in doc.actors if not a.optional]
    taken: set[int] = set()
    for row in rows:
        name = _value(row, "name")
        ranked = sorted(
            ((a.match_strength(name), i) for i, a in enumerate(doc.actors)), key=lambda s: (-s[0], s[1])
        )
        hits = [i for strength, i in ranked if strength > 0]
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
        lambda r: f"statement {_value(r, 'speaker')}: {_value(r, 'content')[:80]!r}",
    )


def score_stances(doc: GoldDoc, rows: Sequence[Mapping[str, Any]]) -> _DocResult:
    return _score_loose(
        doc.stances, rows, lambda r, g: stance_matches(doc, r, g),
        lambda g: f"stance {g.holder} {g.polarity} {g.target!r}",
        lambda r: f"stance {_value(r, 'holder')} {local_name(_value(r, 'polarity'))} {_value(r, 'target')!r}",
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
            score.type.count(local_name(_value(pred, "type")).casefold() == gold.type.casefold())
        elif section == "events":
            score.plover.count(pred.plover.upper() == gold.plover.upper())
            if gold.date:
                score.date.count(pred.date == gold.date)
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
    rows = {section: _by_doc(predictions.get(section) or ()) for section in CONTRACT_QUERIES}
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


# ------------------------------------------------------------------- PolNeAR

Fragments = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Attribution:
    """One PolNeAR attribution: content fragments and the source's text."""

    id: str
    content: Fragments
    source: Fragments = ()
    source_text: str = ""
    cue_text: str = ""

    @property
    def length(self) -> int:
        return sum(e - s for s, e in self.content)


@dataclass(frozen=True)
class PolnearDoc:
    name: str
    text: str
    attributions: tuple[Attribution, ...]
    ann_path: str = ""


_ANN_SPAN = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t")
_ANN_EVENT = re.compile(r"^(E\d+)\t(\S+)")


def _fragments(offsets: str) -> Fragments:
    return tuple((int(a), int(b)) for a, b in (f.split() for f in offsets.split(";")))


def _span_text(text: str, fragments: Fragments) -> str:
    return " ".join(text[s:e] for s, e in fragments)


def parse_ann(ann: str, text: str) -> tuple[Attribution, ...]:
    """Attributions of a brat ``.ann`` text over its article ``text``."""
    spans: dict[str, tuple[str, Fragments]] = {}
    events: list[tuple[str, list[str]]] = []
    for line in ann.split("\n"):
        if m := _ANN_SPAN.match(line):
            spans[m.group(1)] = (m.group(2), _fragments(m.group(3)))
        elif m := _ANN_EVENT.match(line):
            events.append((m.group(1), line.split("\t")[1].split()))
    found = []
    for event_id, args in events:
        roles: dict[str, list[Fragments]] = {}
        for arg in args[1:]:
            role, _, ref = arg.partition(":")
            if ref in spans:
                roles.setdefault(re.sub(r"\d+$", "", role), []).append(spans[ref][1])
        content = tuple(sorted(f for frags in roles.get("Content", []) for f in frags))
        if not content:
            continue
        source = tuple(f for frags in roles.get("Source", []) for f in frags)
        cue = tuple(f for frags in roles.get("Cue", []) for f in frags)
        found.append(Attribution(event_id, content, source, _span_text(text, source), _span_text(text, cue)))
    return tuple(found)


def _read_text(path: Path) -> str:
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            return handle.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot be read ({exc})") from exc


def _split_dirs(split_dir: str | Path) -> tuple[Path, Path]:
    split_dir = Path(split_dir)
    text_dir, ann_dir = split_dir / "text", split_dir / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise GoldError(f"{split_dir} lacks text/ and attributions/ (a PolNeAR split such as dev/ or train/)")
    return text_dir, ann_dir


def polnear_documents(split_dir: str | Path) -> Iterator[tuple[str, str]]:
    """(file name, text) of each article of a PolNeAR split, in name order."""
    text_dir, _ = _split_dirs(split_dir)
    for path in sorted(text_dir.glob("*.txt")):
        yield path.name, _read_text(path)


def load_polnear(split_dir: str | Path) -> list[PolnearDoc]:
    """Articles of a split with the attributions of their first annotation file."""
    text_dir, ann_dir = _split_dirs(split_dir)
    docs = []
    for name, text in polnear_documents(split_dir):
        anns = sorted(ann_dir.glob(f"{glob_escape(Path(name).stem)}_*.ann"))
        anns = [a for a in anns if a.stem.rsplit("_", 1)[0] == Path(name).stem]
        if not anns:
            continue
        docs.append(PolnearDoc(name, text, parse_ann(_read_text(anns[0]), text), str(anns[0])))
    if not docs:
        raise GoldError(f"{split_dir} holds no article with an annotation file")
    return docs


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def span_overlap(a: Fragments, b: Fragments) -> int:
    """Characters the two fragment sets share."""
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def spans_match(predicted: Fragments, gold: Fragments) -> bool:
    """Overlap at least half of the shorter span."""
    shorter = min(sum(e - s for s, e in predicted), sum(e - s for s, e in gold))
    return shorter > 0 and 2 * span_overlap(predicted, gold) >= shorter


def _int(value: str) -> int | None:
    try:
        return int(float(value))
    except ValueError:
        return None


def predicted_span(row: Mapping[str, Any], text: str) -> Fragments:
    """The row's content span: its offsets, else the content found in the text."""
    start, end = _int(_value(row, "start")), _int(_value(row, "end"))
    if start is not None and end is not None and 0 <= start < end:
        return ((start, end),)
    content = _value(row, "content")
    at = text.find(content) if content else -1
    return ((at, at + len(content)),) if at >= 0 else ()


_NOT_NAMES = frozenset(
    """a an the this that these those he she it we they i you his her its our
    their my your who which what some many most one both each all another other
    several any no according""".split()
)


def is_named_source(text: str, source: Fragments) -> bool:
    """Whether a source span names someone (see the module docstring)."""
    lower_words = {w for w in re.findall(r"\w+", text) if w[0].islower()}
    for s, e in source:
        for m in re.finditer(r"\w+", text[s:e]):
            token, at = m.group(), s + m.start()
            if not token[0].isupper() or token.casefold() in _NOT_NAMES:
                continue
            before = text[:at].rstrip(" \t\"'“‘(")
            initial = not before or before[-1] in ".!?:\n"
            if not initial or token.lower() not in lower_words:
                return True
    return False


def speaker_matches_source(speaker: str, source_text: str) -> bool:
    p, g = normalize_name(speaker), normalize_name(source_text)
    if not p or not g:
        return False
    return p == g or p[-1] == g[-1] or contains_sequence(g, p)


@dataclass
class PolnearScore:
    spans: SectionScore = field(default_factory=SectionScore)
    speaker: Accuracy = field(default_factory=Accuracy)
    documents: int = 0
    misses: list[Note] = field(default_factory=list)
    false_hits: list[Note] = field(default_factory=list)

    precision = property(lambda self: self.spans.precision)
    recall = property(lambda self: self.spans.recall)
    f1 = property(lambda self: self.spans.f1)

    @property
    def speaker_accuracy(self) -> float | None:
        return self.speaker.value

    def to_dict(self) -> dict:
        return {
            "documents": self.documents,
            "content_spans": self.spans.to_dict(),
            "speaker_accuracy": self.speaker.to_dict(),
            "misses": [asdict(n) for n in self.misses],
            "false_hits": [asdict(n) for n in self.false_hits],
        }


def _greedy_pairs(preds: Sequence[Fragments], gold: Sequence[Attribution]) -> list[tuple[int, int]]:
    candidates = []
    for i, p in enumerate(preds):
        for j, g in enumerate(gold):
            if spans_match(p, g.content):
                shorter = min(sum(e - s for s, e in p), g.length)
                candidates.append((-span_overlap(p, g.content) / shorter, i, j))
    pairs, used_p, used_g = [], set(), set()
    for _, i, j in sorted(candidates):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def _score_polnear_doc(score: PolnearScore, doc: PolnearDoc, rows: Sequence[Mapping[str, Any]]) -> None:
    spans = [predicted_span(r, doc.text) for r in rows]
    pairs = _greedy_pairs(spans, doc.attributions)
    score.spans.add(SectionScore(len(pairs), len(rows), len(pairs), len(doc.attributions)))
    for i, j in pairs:
        gold = doc.attributions[j]
        if gold.source and is_named_source(doc.text, gold.source):
            score.speaker.count(speaker_matches_source(_value(rows[i], "speaker"), gold.source_text))
    matched_p, matched_g = {i for i, _ in pairs}, {j for _, j in pairs}
    score.false_hits += [Note("polnear", doc.name, f"content {_value(r, 'content')[:80]!r}")
                         for i, r in enumerate(rows) if i not in matched_p]
    score.misses += [
        Note("polnear", doc.name, f"{a.source_text or '-'}: {_span_text(doc.text, a.content)[:80]!r}")
        for j, a in enumerate(doc.attributions) if j not in matched_g
    ]


def score_polnear_docs(docs: Iterable[PolnearDoc], predictions: Iterable[Mapping[str, Any]]) -> PolnearScore:
    """Score statement rows against loaded PolNeAR documents."""
    rows = _by_doc(predictions)
    score = PolnearScore()
    for doc in docs:
        score.documents += 1
        _score_polnear_doc(score, doc, rows.get(doc.name) or rows.get(Path(doc.name).stem) or [])
    return score


def score_polnear(split_dir: str | Path, predictions: Iterable[Mapping[str, Any]]) -> PolnearScore:
    """Score statement rows (doc = text file name) against a PolNeAR split."""
    return score_polnear_docs(load_polnear(split_dir), predictions)


# ------------------------------------------------------------ the CLI's glue


def contract_predictions(select: Callable[[str], list[dict[str, str]]]) -> dict[str, list[dict[str, str]]]:
    """Rows of the four contract queries, each run through ``select(query_text)``.

    ``select`` is the same path ``kg query`` takes (local store or remote
    endpoint), so what is scored is what a user gets.
    """
    from kg.queries import load_query

    return {name: select(load_query(name).text) for name in CONTRACT_QUERIES}


def stored_documents(select: Callable[[str], list[dict[str, str]]]) -> set[str]:
    """Names of the documents the graph holds, from the ``documents`` query run through ``select``."""
    from kg.queries import load_query

    return {doc_name(_value(row, "doc")) for row in select(load_query("documents").text)}


def local_select(store) -> Callable[[str], list[dict[str, str]]]:
    """A ``select`` over the local store, as ``kg query`` runs it."""
    from kg.query import QueryText, plain_rows, run_query

    return lambda text: plain_rows(run_query(store, QueryText(text, "eval")))


def evaluate_gold(select: Callable[[str], list[dict[str, str]]], gold_dir: str | Path) -> GoldScore:
    """Score the contract query answers ``select`` gives (local store or remote endpoint) against the gold files."""
    return score_gold(load_gold(gold_dir), contract_predictions(select), stored_documents(select))


def evaluate_store(store, gold_dir: str | Path) -> GoldScore:
    """Score the store's contract query answers against the gold files."""
    return evaluate_gold(local_select(store), gold_dir)


def evaluate_polnear(split_dir: str | Path, store_dir: str | Path, jobs: int = 1) -> PolnearScore:
    """Build a PolNeAR split's texts into ``store_dir`` and score its statements."""
    from kg.build import build
    from kg.documents import parse_text
    from kg.store import open_store

    docs = [parse_text(name, text) for name, text in polnear_documents(split_dir)]
    with open_store(store_dir) as store:
        build(store, [], documents=docs, jobs=jobs)
        rows = contract_predictions(local_select(store))["statements"]
    return score_polnear(split_dir, rows)
