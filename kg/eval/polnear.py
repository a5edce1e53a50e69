"""PolNeAR attribution: a brat standoff reader, and statement rows scored against it.

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
  document. The speaker is right when, normalised as a gold name is
  (:func:`kg.eval.matching.normalize_name`), it equals the source, shares
  its last word, or is a word sequence inside it; a source with an
  apposition or relative clause ("Khan, who is a lawyer,") is also set
  against the name before it (the last word of the whole span is no name).

The rows are the ``statements`` contract query's (``doc`` = the text's file
name), from a store the caller built from :func:`polnear_documents`: scoring
builds nothing. Bad input raises GoldError.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Sequence

from kg.errors import GoldError
from kg.eval.matching import contains_sequence, normalize_name
from kg.eval.rows import by_doc, cell
from kg.eval.scores import Accuracy, Note, SectionScore

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
    start, end = _int(cell(row, "start")), _int(cell(row, "end"))
    if start is not None and end is not None and 0 <= start < end:
        return ((start, end),)
    content = cell(row, "content")
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
    """Whether the speaker names the source, or the name a source's apposition or relative clause follows
    ("Khan, who is a lawyer," is Khan)."""
    return any(_names(speaker, source) for source in {source_text, source_head(source_text)})


def _names(speaker: str, source_text: str) -> bool:
    p, g = normalize_name(speaker), normalize_name(source_text)
    if not p or not g:
        return False
    return p == g or p[-1] == g[-1] or contains_sequence(g, p)


_SOURCE_HEAD_END = re.compile(r",|\(|\s(?:who|whose|which)\s")


def source_head(source_text: str) -> str:
    """The source's text before an apposition or relative clause; a list ("A, B and C") stays whole."""
    cut = _SOURCE_HEAD_END.search(source_text)
    if cut is None or re.search(r"\s(?:and|or)\s|&", source_text):
        return source_text
    return source_text[:cut.start()]


@dataclass
class PolnearScore:
    """Content span counts, speaker accuracy over named sources, and notes of misses and false hits."""

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
            score.speaker.count(speaker_matches_source(cell(rows[i], "speaker"), gold.source_text))
    matched_p, matched_g = {i for i, _ in pairs}, {j for _, j in pairs}
    score.false_hits += [Note("polnear", doc.name, f"content {cell(r, 'content')[:80]!r}")
                         for i, r in enumerate(rows) if i not in matched_p]
    score.misses += [
        Note("polnear", doc.name, f"{a.source_text or '-'}: {_span_text(doc.text, a.content)[:80]!r}")
        for j, a in enumerate(doc.attributions) if j not in matched_g
    ]


def score_polnear_docs(docs: Iterable[PolnearDoc], predictions: Iterable[Mapping[str, Any]]) -> PolnearScore:
    """Score statement rows against loaded PolNeAR documents."""
    rows = by_doc(predictions)
    score = PolnearScore()
    for doc in docs:
        score.documents += 1
        _score_polnear_doc(score, doc, rows.get(doc.name) or rows.get(Path(doc.name).stem) or [])
    return score


def score_polnear(split_dir: str | Path, predictions: Iterable[Mapping[str, Any]]) -> PolnearScore:
    """Score statement rows (doc = text file name) against a PolNeAR split."""
    return score_polnear_docs(load_polnear(split_dir), predictions)
