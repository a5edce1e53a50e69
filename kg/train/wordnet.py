"""A small offline reader of the Princeton WordNet 3.0 database files.

Reads ``index.<pos>``, ``data.<pos>`` and ``<pos>.exc`` as Debian's
``wordnet-base`` package installs them under /usr/share/wordnet (format:
wndb(5WN)); used by the build scripts of :mod:`kg.train` that read WordNet.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

#: where Debian's wordnet-base installs the database files: every build script's default --wordnet
WORDNET_DIR = "/usr/share/wordnet"

POS_FILES = {"n": "noun", "v": "verb"}

# lexicographer file numbers of WordNet 3.0 (lexnames(5WN)) for the two parts of speech read here
LEXNAMES = {
    3: "noun.Tops", 4: "noun.act", 5: "noun.animal", 6: "noun.artifact", 7: "noun.attribute",
    8: "noun.body", 9: "noun.cognition", 10: "noun.communication", 11: "noun.event",
    12: "noun.feeling", 13: "noun.food", 14: "noun.group", 15: "noun.location",
    16: "noun.motive", 17: "noun.object", 18: "noun.person", 19: "noun.phenomenon",
    20: "noun.plant", 21: "noun.possession", 22: "noun.process", 23: "noun.quantity",
    24: "noun.relation", 25: "noun.shape", 26: "noun.state", 27: "noun.substance",
    28: "noun.time", 29: "verb.body", 30: "verb.change", 31: "verb.cognition",
    32: "verb.communication", 33: "verb.competition", 34: "verb.consumption",
    35: "verb.contact", 36: "verb.creation", 37: "verb.emotion", 38: "verb.motion",
    39: "verb.perception", 40: "verb.possession", 41: "verb.social", 42: "verb.stative",
    43: "verb.weather",
}


@dataclass(frozen=True)
class Pointer:
    symbol: str        # "@" hypernym, "~" hyponym, "+" derivationally related, ...
    target: str        # synset id of the target, "<pos><offset>"
    source_word: int   # 1-based word number in this synset, 0 for the whole synset
    target_word: int   # 1-based word number in the target synset, 0 for the whole synset


@dataclass(frozen=True)
class Synset:
    id: str                   # "<pos><offset>", e.g. "v01126378"
    lexname: str              # e.g. "verb.competition"
    words: tuple[str, ...]    # lemmas, lower case, spaces for underscores
    pointers: tuple[Pointer, ...]
    gloss: str


class WordNet:
    """Synsets and sense-ordered lemma index of nouns and verbs."""

    def __init__(self, directory: str | Path):
        self.directory = Path(directory)
        self.synsets: dict[str, Synset] = {}
        self.index: dict[tuple[str, str], tuple[str, ...]] = {}
        self.exceptions: dict[tuple[str, str], str] = {}
        for pos, name in POS_FILES.items():
            for synset in _read_data(self.directory / f"data.{name}", pos):
                self.synsets[synset.id] = synset
            self.index.update(_read_index(self.directory / f"index.{name}", pos))
            self.exceptions.update(_read_exceptions(self.directory / f"{name}.exc", pos))

    def senses(self, lemma: str, pos: str) -> tuple[Synset, ...]:
        """Synsets of a lemma, most frequent sense first."""
        return tuple(self.synsets[i] for i in self.index.get((lemma, pos), ()))

    def is_mainly(self, lemma: str, pos: str, ids: set[str], top: int = 1) -> bool:
        """True when one of the lemma's ``top`` most frequent senses is among the synset ``ids``."""
        return any(s.id in ids for s in self.senses(lemma, pos)[:top])

    def morphy(self, word: str, pos: str) -> str | None:
        """The base form of an inflected word that WordNet lists, or None."""
        word = word.lower().replace("_", " ")
        if (word, pos) in self.index:
            return word
        if (word, pos) in self.exceptions:
            return self.exceptions[(word, pos)]
        for suffix, ending in _SUFFIXES[pos]:
            if word.endswith(suffix):
                base = word[: len(word) - len(suffix)] + ending
                if (base, pos) in self.index:
                    return base
        return None

    def derived(self, synset: Synset, word: str, pos: str) -> Iterator[tuple[str, Synset]]:
        """(lemma, synset) pairs of part of speech pos derivationally related to one word."""
        number = synset.words.index(word) + 1
        for pointer in synset.pointers:
            if pointer.symbol != "+" or pointer.source_word != number or pointer.target[0] != pos:
                continue
            target = self.synsets[pointer.target]
            yield target.words[pointer.target_word - 1], target

    def hyponyms(self, synset: Synset, depth: int | None = None) -> Iterator[Synset]:
        """The synset and the synsets below it (hyponyms, instances excluded) up to depth levels."""
        seen = set()
        stack = [(synset, 0)]
        while stack:
            current, level = stack.pop()
            if current.id in seen:
                continue
            seen.add(current.id)
            yield current
            if depth is None or level < depth:
                stack.extend((self.synsets[p.target], level + 1) for p in current.pointers if p.symbol == "~")

    def neighbourhood(self, ids: list[str], depth: int) -> set[str]:
        """Synset ids within depth hypernym, hyponym or verb-group steps of the given ones."""
        seen, frontier = set(ids), set(ids)
        for _ in range(depth):
            frontier = {p.target for i in frontier for p in self.synsets[i].pointers
                        if p.symbol in _NEAR and p.target[0] == i[0]} - seen
            seen |= frontier
        return seen


_NEAR = frozenset({"@", "~", "@i", "~i", "$"})  # hypernym, hyponym (and instance), verb group

_SUFFIXES = {
    "n": (("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
          ("men", "man"), ("ies", "y"), ("s", "")),
    "v": (("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""),
          ("ing", "e"), ("ing", ""), ("s", "")),
}


def noun_synsets_as_written(directory: str | Path = WORDNET_DIR) -> Iterator[tuple[str, int, tuple[str, ...]]]:
    """(offset, lexicographer file number, words as WordNet writes them) of each noun synset of ``data.noun``.

    Unlike :class:`WordNet`, which folds every word to lower case, this keeps the case ("Republican
    Party", "GOP"), which tells a name's sense from a common noun's; underscores become spaces.
    """
    with (Path(directory) / "data.noun").open(encoding="latin-1") as lines:
        for line in lines:
            if line.startswith("  "):
                continue  # licence header
            fields = line.split()
            words = tuple(fields[4 + 2 * i].split("(")[0].replace("_", " ") for i in range(int(fields[3], 16)))
            yield fields[0], int(fields[1]), words


def _lemma(word: str) -> str:
    return word.split("(")[0].replace("_", " ").lower()


def _read_data(path: Path, pos: str) -> Iterator[Synset]:
    with path.open(encoding="utf-8", errors="replace") as lines:
        for line in lines:
            if line.startswith("  "):
                continue  # licence header
            fields, _, gloss = line.partition(" | ")
            yield _synset(fields.split(), pos, gloss.strip())


def _synset(fields: list[str], pos: str, gloss: str) -> Synset:
    offset, lexfile, count = fields[0], int(fields[1]), int(fields[3], 16)
    words = tuple(_lemma(fields[4 + 2 * i]) for i in range(count))
    at = 4 + 2 * count
    pointers = []
    for i in range(int(fields[at])):
        symbol, target, target_pos, numbers = fields[at + 1 + 4 * i: at + 5 + 4 * i]
        if target_pos in POS_FILES or target_pos == "s":
            target_pos = "n" if target_pos == "n" else ("v" if target_pos == "v" else "a")
        pointers.append(Pointer(symbol, target_pos + target, int(numbers[:2], 16), int(numbers[2:], 16)))
    return Synset(pos + offset, LEXNAMES.get(lexfile, str(lexfile)), words, tuple(pointers), gloss)


def _read_index(path: Path, pos: str) -> Iterator[tuple[tuple[str, str], tuple[str, ...]]]:
    with path.open(encoding="utf-8", errors="replace") as lines:
        for line in lines:
            if line.startswith("  "):
                continue
            fields = line.split()
            synset_count, pointer_count = int(fields[2]), int(fields[3])
            offsets = fields[6 + pointer_count: 6 + pointer_count + synset_count]
            yield (_lemma(fields[0]), pos), tuple(pos + o for o in offsets)


def _read_exceptions(path: Path, pos: str) -> Iterator[tuple[tuple[str, str], str]]:
    with path.open(encoding="utf-8", errors="replace") as lines:
        for line in lines:
            fields = line.split()
            if len(fields) >= 2:
                yield (_lemma(fields[0]), pos), _lemma(fields[1])
