"""The event lexicon built from public resources: (lemma, part of speech) -> PLOVER category.

Reads ``data/plover_lexicon.tsv``, ``data/plover_patterns.tsv`` and
``data/plover_pattern_sets.tsv``, which ``python -m kg.train.event_lexicon`` builds from
PETRARCH2's CAMEO verb dictionary, PLOVER's CAMEO-to-PLOVER tables and WordNet 3.0, and
``data/wordnet_supersenses.tsv`` (WordNet's supersense of event words and of abstract nouns,
built by ``python -m kg.train.supersenses``) and ``data/plover_gsr_votes.tsv`` (the categories
PLOVER's own coders gave event words in its gold standard records, built by
``python -m kg.train.plover_gsr``) (sources, licences and how to rebuild: ``data/README.md``).
Where the sources disagree on a word (an entry with ``alternatives``) and PLOVER's coders agree
on one of them, theirs is the entry's category (:func:`gsr_choice`). Lemmas are lower case;
a multi-word verb is "call off". The tables are read once and are immutable.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

DATA = Path(__file__).with_name("data")
# the fewest records of PLOVER's gold standard, all coding a word alike, that settle its category
GSR_MIN_VOTES = 3


@dataclass(frozen=True)
class LexiconEntry:
    lemma: str
    pos: str                        # "VERB" or "NOUN"
    category: str                   # a PLOVER category, or "OTHER" for events outside PLOVER
    alternatives: tuple[str, ...]   # other categories the sources give, most frequent first
    code: str                       # CAMEO code, or WordNet 3.0 synset ("n07301336")
    source: str                     # cameo, cameo-patterns, cameo-object, wordnet-derivation, wordnet-hyponym, plover-gsr
    via: str                        # the CAMEO block, verb or WordNet root it came through


@dataclass(frozen=True)
class VerbPattern:
    """A verb whose dependents decide the category ("deliver" + object "aid" -> AID).

    Empty slots are None; a slot "&name" stands for any word of the set ``pattern_sets()[name]``.
    """
    verb: str
    particle: str | None
    object: str | None
    preposition: str | None
    prep_object: str | None
    subject: str | None
    category: str
    code: str


def read_table(path: Path) -> list[list[str]]:
    """The fields of each row of one of the lexicon's tables (its first two lines: how it was built, the header)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines[2:] if line and not line.startswith("#")]


def _rows(name: str) -> list[list[str]]:
    return read_table(DATA / name)


@lru_cache(maxsize=1)
def plover_lexicon() -> Mapping[tuple[str, str], LexiconEntry]:
    """(lemma, "VERB" or "NOUN") -> its entry."""
    table = {}
    for lemma, pos, category, alternatives, code, source, via in _rows("plover_lexicon.tsv"):
        others = tuple(alternatives.split(",")) if alternatives else ()
        table[(lemma, pos)] = gsr_choice(LexiconEntry(lemma, pos, category, others, code, source, via))
    return MappingProxyType(table)


@lru_cache(maxsize=1)
def gsr_votes() -> Mapping[tuple[str, str], Mapping[str, int]]:
    """(lemma, "VERB" or "NOUN") -> {category: how many of PLOVER's gold standard records code the word so}."""
    table: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    for lemma, pos, category, votes in _rows("plover_gsr_votes.tsv"):
        table[(lemma, pos)][category] = int(votes)
    return MappingProxyType({key: MappingProxyType(found) for key, found in table.items()})


def gsr_choice(entry: LexiconEntry) -> LexiconEntry:
    """The entry with PLOVER's coders' category when the sources give it as an alternative and at
    least :data:`GSR_MIN_VOTES` gold standard records code the word, all alike ("agree": CAMEO's
    block is diplomatic cooperation, SUPPORT; PLOVER's coders code it AGREE 14 times of 14)."""
    votes = gsr_votes().get((entry.lemma, entry.pos), {})
    if len(votes) != 1:
        return entry
    (category, count), = votes.items()
    if count < GSR_MIN_VOTES or category not in entry.alternatives:
        return entry
    others = (entry.category,) + tuple(c for c in entry.alternatives if c != category)
    return replace(entry, category=category, alternatives=others, source="plover-gsr")


@dataclass(frozen=True)
class ModeEntry:
    """A word the PLOVER manual's modes file under another category than CAMEO ("convict": SANCTION), or a
    verb of making information public, OTHER when aimed at information ("release": "released a survey")."""
    lemma: str
    pos: str
    category: str
    mode: str     # the manual's mode ("allege", "convict", "expel", "discontinue")
    target: str   # "any"; "collective": only aimed at an organisation, a country, a group or a diplomat;
                  # "information": only aimed at information ("released a survey")


@lru_cache(maxsize=1)
def plover_modes() -> Mapping[tuple[str, str], ModeEntry]:
    """(lemma, "VERB" or "NOUN") -> its mode entry (``data/plover_modes.tsv``, built by ``python -m kg.train.plover_modes``)."""
    return MappingProxyType({(row[0], row[1]): ModeEntry(*row) for row in _rows("plover_modes.tsv")
                             if row[3] not in ("diplomat", "command")})


@lru_cache(maxsize=1)
def diplomat_nouns() -> frozenset[str]:
    """Nouns naming a diplomat (WordNet 3.0's synset of a diplomat and those below it: "ambassador", "envoy")."""
    return frozenset(row[0] for row in _rows("plover_modes.tsv") if row[3] == "diplomat")


@lru_cache(maxsize=1)
def command_verbs() -> frozenset[str]:
    """Verbs of commanding (WordNet 3.0's synset of "order" and its direct hyponyms: "order", "instruct", "direct")."""
    return frozenset(row[0] for row in _rows("plover_modes.tsv") if row[3] == "command")


@lru_cache(maxsize=1)
def plover_senses() -> Mapping[tuple[str, str], str]:
    """(phrase or lemma, "VERB" or "NOUN") -> the category of an event word the lexicon would type by another
    word's sense: a phrasal verb WordNet lists on its own ("break down": not its bare verb's), a noun whose
    most frequent sense is not the one derived from its verb ("bill": OTHER) (``data/plover_senses.tsv``,
    built by ``python -m kg.train.plover_senses``)."""
    return MappingProxyType({(row[0], row[1]): row[2] for row in _rows("plover_senses.tsv")})


@lru_cache(maxsize=1)
def verb_patterns() -> Mapping[str, tuple[VerbPattern, ...]]:
    """Verb lemma -> its patterns."""
    table: dict[str, list[VerbPattern]] = defaultdict(list)
    for row in _rows("plover_patterns.tsv"):
        verb, *slots, category, code = row
        table[verb].append(VerbPattern(verb, *(s or None for s in slots), category, code))
    return MappingProxyType({verb: tuple(found) for verb, found in table.items()})


@lru_cache(maxsize=1)
def pattern_sets() -> Mapping[str, frozenset[str]]:
    """Set name ("&food") -> its words (lower case; phrases keep their spaces)."""
    table: dict[str, set[str]] = defaultdict(set)
    for name, word in _rows("plover_pattern_sets.tsv"):
        table[name].add(word)
    return MappingProxyType({name: frozenset(words) for name, words in table.items()})


@lru_cache(maxsize=1)
def supersenses() -> Mapping[tuple[str, str], str]:
    """(lemma, "v" or "n") -> WordNet supersense of its most frequent sense ("verb.change")."""
    return MappingProxyType({(lemma, pos): sense for lemma, pos, sense in _rows("wordnet_supersenses.tsv")})


def supersense(lemma: str, pos: str) -> str | None:
    """The supersense of an event word or an abstract noun ("n"/"v"), None for words the table leaves out."""
    return supersenses().get((lemma, pos))


def pattern_category(verb: str, *, particle: str | None = None, objects: tuple[str, ...] = (),
                     prepositions: tuple[tuple[str, str], ...] = ()) -> str | None:
    """Category of the most specific pattern of a verb that its dependents satisfy, or None.

    objects: lemmas of the verb's direct objects; prepositions: (preposition, lemma of its
    object) pairs. A pattern matches when each of its filled slots is met.
    """
    best, best_slots = None, 0
    for pattern in verb_patterns().get(verb, ()):
        if pattern.subject or not _matches(pattern, particle, objects, prepositions):
            continue
        slots = sum(bool(s) for s in (pattern.particle, pattern.object, pattern.preposition, pattern.prep_object))
        if slots > best_slots:
            best, best_slots = pattern.category, slots
    return best


def _matches(pattern: VerbPattern, particle, objects, prepositions) -> bool:
    if pattern.particle and pattern.particle != particle:
        return False
    if pattern.object and not any(_word_fits(pattern.object, o) for o in objects):
        return False
    if pattern.preposition:
        return any(p == pattern.preposition and (not pattern.prep_object or _word_fits(pattern.prep_object, w))
                   for p, w in prepositions)
    return True


def _word_fits(slot: str, word: str) -> bool:
    return word in pattern_sets().get(slot, ()) if slot.startswith("&") else word == slot
