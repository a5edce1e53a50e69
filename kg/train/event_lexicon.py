"""Build the event lexicon (lemma, part of speech -> PLOVER category) from public resources.

    python -m kg.train.event_lexicon --petrarch DIR --plover DIR --wordnet /usr/share/wordnet -o kg/extract/data/

Sources (see kg/extract/data/README.md for licences):
- the CAMEO verb dictionary of PETRARCH2 (``DIR/petrarch2/data/dictionaries/CAMEO.2.0.txt``):
  verbs with their CAMEO code, and verb patterns (verb + particle/object/preposition);
- PLOVER's CAMEO-to-PLOVER tables (``DIR/CAMEO2PLOVER-2021.txt`` and the cue-category
  table of ``DIR/PLOVER_MANUAL.tex``): CAMEO code -> PLOVER category; CAMEO 01 (public
  statement), which PLOVER dropped, gives no entry; 02 (appeal), also dropped there, is
  REQUEST ("All requests, demands, and orders" in PLOVER's definition) unless --no-appeals;
- WordNet 3.0: event nouns derivationally related (pointer "+") to the verbs, and verbs and
  nouns of events outside PLOVER (category OTHER) below the root synsets in OTHER_ROOTS.

Writes ``plover_lexicon.tsv`` (one entry per lemma and part of speech),
``plover_patterns.tsv`` (verb patterns whose object or preposition decides the category)
and ``plover_pattern_sets.tsv`` (the words of the synonym sets patterns name).
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import product
from pathlib import Path

from kg.train.cameo import (
    NULL_CODE,
    Block,
    Pattern,
    plover_category,
    read_cue_mapping,
    read_detailed_mapping,
    read_dictionary,
)
from kg.train.wordnet import WORDNET_DIR, Synset, WordNet

DICTIONARY = "petrarch2/data/dictionaries/CAMEO.2.0.txt"
DETAILED_TABLE = "CAMEO2PLOVER-2021.txt"
MANUAL = "PLOVER_MANUAL.tex"
OTHER = "OTHER"
APPEAL = "02"
# verbs so general that only a pattern (their object) can make them an event: English light verbs
GENERIC_VERBS = frozenset("be have do say make take go get give put set come keep let".split())
# WordNet noun files whose words can denote an event or act
EVENT_NOUN_FILES = frozenset({"noun.act", "noun.event", "noun.communication", "noun.phenomenon", "noun.process"})
# how many of a verb's most frequent WordNet senses give its derived nouns
DERIVATION_SENSES = 3
# a verb with no code of its own takes the category its patterns give when at least this
# many of them agree and they are the majority
PATTERN_MAJORITY = 3
# an object noun of verbs that are no event alone becomes an event noun when this many verbs agree
OBJECT_VERBS = 2
# WordNet root synsets of events outside PLOVER: (lemma, part of speech, sense number)
OTHER_ROOTS = (
    ("accident", "n", 1), ("fire", "n", 1), ("explosion", "n", 1), ("death", "n", 1),
    ("election", "n", 1), ("resignation", "n", 2), ("disaster", "n", 2), ("earthquake", "n", 1),
    ("flood", "n", 1), ("storm", "n", 1), ("epidemic", "n", 1),
    ("die", "v", 1), ("explode", "v", 1), ("crash", "v", 1), ("resign", "v", 1),
    ("elect", "v", 1), ("vote", "v", 1), ("burn", "v", 1),
)


@dataclass
class Votes:
    """Evidence for one (lemma, part of speech): categories with their codes and sources."""
    categories: Counter = field(default_factory=Counter)
    codes: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    source: str = ""
    via: str = ""

    def add(self, category: str, code: str, weight: int = 1) -> None:
        self.categories[category] += weight
        self.codes[category][code] += weight


@dataclass(frozen=True)
class Entry:
    lemma: str
    pos: str
    category: str
    alternatives: tuple[str, ...]
    code: str
    source: str
    via: str


@dataclass(frozen=True)
class Options:
    """Choices of the derivation method (the defaults are what the shipped files use)."""
    mapping: str = "cue"           # "cue": the manual's cue-category table; "detailed": CAMEO2PLOVER-2021
    appeals: bool = True           # CAMEO 02 (appeal) -> REQUEST, PLOVER's "all requests, demands, and orders"
    synonym_depth: int | None = 2  # WordNet steps from a block's head verb within which a verb takes its code
    hyponym_depth: int = 0         # 0, or synonyms and N hyponym levels of a derived event noun share its category
    pattern_votes: bool = False    # the patterns written for a verb vote for its category beside its code
    other_roots: tuple = OTHER_ROOTS


def build(petrarch: Path, plover: Path, wordnet: Path, options: Options = Options()) -> tuple[list, list, list]:
    """Lexicon entries, pattern rows and the (set, word) rows of the sets patterns name."""
    wn = WordNet(wordnet)
    category = _category_function(plover, options)
    dictionary = read_dictionary(petrarch / DICTIONARY)
    verbs, patterns = _cameo_verbs(dictionary.blocks, wn, category, options.synonym_depth)
    entries = _verb_entries(verbs, patterns, category, options.pattern_votes)
    nouns = _pattern_nouns(verbs, patterns, wn, category)
    hyponyms = _derived_nouns(entries, wn, nouns, options.hyponym_depth)
    entries.update(_noun_entries(nouns, entries))
    _other_events(entries, wn, options.other_roots)
    entries.update(_noun_entries(hyponyms, entries))  # last: the weakest evidence
    rows = _pattern_rows(patterns, wn, category)
    used = {word for row in rows for word in row if word.startswith("&")}
    sets = sorted((name.lower(), member) for name, members in dictionary.synonyms.items()
                  if name.lower() in used for member in members)
    return sorted(entries.values(), key=lambda e: (e.lemma, e.pos)), rows, sets


def _category_function(plover: Path, options: Options):
    """CAMEO code -> PLOVER category (or None) under the chosen table."""
    detailed = read_detailed_mapping(plover / DETAILED_TABLE)
    cue = read_cue_mapping(plover / MANUAL, detailed)
    if options.appeals:
        detailed, cue = dict(detailed, **{APPEAL: "REQUEST"}), dict(cue, **{APPEAL: "REQUEST"})
    table, fallback = (cue, detailed) if options.mapping == "cue" else (detailed, cue)
    return lambda code: plover_category(code, table, fallback)


def _cameo_verbs(blocks: tuple[Block, ...], wn: WordNet, category, depth: int | None) -> tuple[dict, dict]:
    """(phrase -> Votes from isolated-verb codes, phrase -> [Pattern]) of the dictionary."""
    verbs: dict[str, Votes] = defaultdict(Votes)
    patterns: dict[str, list[Pattern]] = defaultdict(list)
    for block in blocks:
        head = _head_verb(block, wn)
        for verb in block.verbs:
            base = wn.morphy(verb.verb, "v")
            if base is None:
                continue
            phrase = verb.phrase.replace(verb.verb, base, 1)
            code = verb.code or (block.code if _synonyms(wn, base, head, depth) else NULL_CODE)
            votes = verbs[phrase]
            if not votes.source:
                votes.source, votes.via = "cameo", block.name.lower()
            if category(code):
                votes.add(category(code), code)
            patterns[phrase].extend(block.patterns)
    return verbs, patterns


def _head_verb(block: Block, wn: WordNet) -> str | None:
    """The verb a block is named after, as WordNet's base form; None for a descriptive name.

    A block named after one of its verbs gathers WordNet synonyms of its members
    (INVADE: infest, inhabit, occupy, overrun, reside); a descriptive name
    (PHYSICAL_CONFLICT) heads a block whose verbs were grouped by hand.
    """
    name = block.name.lower().replace("_", " ")
    names = [v for v in block.verbs if v.phrase == name]
    return wn.morphy(names[0].verb, "v") if names else None


def _synonyms(wn: WordNet, verb: str, head: str | None, depth: int | None) -> bool:
    """Whether a verb is within depth WordNet steps of its block's head verb (or is the head).

    The dictionary's blocks gather WordNet synonyms of their verbs across all their senses
    ("reside" under "invade"): a verb inherits the block's code only when one of its synsets
    is one of the head's or within depth hypernym/hyponym/verb-group steps of one.
    """
    if head is None or verb == head or depth is None:
        return True
    near = wn.neighbourhood([s.id for s in wn.senses(head, "v")], depth)
    return any(s.id in near for s in wn.senses(verb, "v"))


def _verb_entries(verbs: dict[str, Votes], patterns: dict[str, list[Pattern]], category,
                  own_votes: bool) -> dict:
    entries = {}
    for phrase, votes in verbs.items():
        if phrase in GENERIC_VERBS:
            continue
        if not votes.categories:
            votes = _pattern_majority(phrase, votes, patterns[phrase], category)
        elif own_votes:
            _add_own_patterns(phrase, votes, patterns[phrase], category)
        if votes.categories:
            extra = _pattern_counts(_own_patterns(phrase, patterns[phrase]), category)
            entries[(phrase, "VERB")] = _entry(phrase, "VERB", votes, extra)
    return entries


def _add_own_patterns(phrase: str, votes: Votes, patterns: list[Pattern], category) -> None:
    """Let the patterns written for a verb vote beside its own code ("agree" + "to plan": AGREE)."""
    for pattern in _own_patterns(phrase, patterns):
        if pattern.found_under and category(pattern.code):
            votes.add(category(pattern.code), pattern.code)


def _pattern_majority(phrase: str, votes: Votes, patterns: list[Pattern], category) -> Votes:
    """Votes of a verb without an event code of its own from the patterns written for it.

    Only patterns whose comment names the verb count, and patterns that give no event
    (null code, statements) count against: "reject" + most objects is REJECT.
    """
    own = [p for p in _own_patterns(phrase, patterns) if p.found_under]
    counts = _pattern_counts(own, category)
    if not counts:
        return votes
    best, count = counts.most_common(1)[0]
    if count >= PATTERN_MAJORITY and count * 2 > len(own):
        result = Votes(source="cameo-patterns", via=votes.via)
        for pattern in own:
            if category(pattern.code) == best:
                result.add(best, pattern.code)
        return result
    return votes


def _pattern_counts(patterns: list[Pattern], category) -> Counter:
    return Counter(c for c in (category(p.code) for p in patterns) if c)


def _entry(lemma: str, pos: str, votes: Votes, extra: Counter | None = None) -> Entry:
    main = votes.categories.most_common(1)[0][0]
    others = (votes.categories + (extra or Counter()))
    alternatives = tuple(c for c, _ in others.most_common() if c != main)
    code = votes.codes[main].most_common(1)[0][0]
    return Entry(lemma, pos, main, alternatives, code, votes.source, votes.via)


def _pattern_nouns(verbs: dict[str, Votes], patterns: dict[str, list[Pattern]], wn: WordNet, category) -> dict:
    """Event nouns: objects of verbs that are no event alone ("stage" a "rally")."""
    nouns: dict[str, Votes] = defaultdict(Votes)
    verbs_of: dict[tuple[str, str], set[str]] = defaultdict(set)
    for phrase, votes in verbs.items():
        if votes.categories:
            continue
        for pattern in _own_patterns(phrase, patterns[phrase]):
            noun = _object_noun(wn, pattern)
            if noun and category(pattern.code) and _event_noun(wn, noun):
                nouns[noun].add(category(pattern.code), pattern.code)
                nouns[noun].source, nouns[noun].via = "cameo-object", phrase
                verbs_of[(noun, category(pattern.code))].add(phrase)
    return defaultdict(Votes, {n: v for n, v in nouns.items() if _agreed(n, v, verbs_of)})


def _object_noun(wn: WordNet, pattern: Pattern) -> str | None:
    """The direct object of a pattern as a noun lemma; None for a set or a prepositional pattern."""
    if not pattern.object or pattern.preposition or pattern.object.startswith("&"):
        return None
    return wn.morphy(pattern.object, "n")


def _agreed(noun: str, votes: Votes, verbs_of: dict) -> bool:
    """Whether most of a noun's votes, from at least OBJECT_VERBS verbs, give one category."""
    best, count = votes.categories.most_common(1)[0]
    return count * 2 > sum(votes.categories.values()) and len(verbs_of[(noun, best)]) >= OBJECT_VERBS


def _own_patterns(phrase: str, patterns: list[Pattern]) -> list[Pattern]:
    """The patterns written for this verb (their comment names it, or names none)."""
    key = phrase.replace(" ", "_")
    return [p for p in patterns if p.found_under in (key, None)]


def _event_noun(wn: WordNet, noun: str) -> bool:
    """Whether one of the two most frequent WordNet senses of a noun is an act or event."""
    return any(s.lexname in EVENT_NOUN_FILES for s in wn.senses(noun, "n")[:2])


def _derived_nouns(entries: dict, wn: WordNet, nouns: dict[str, Votes], depth: int) -> dict[str, Votes]:
    """Add to nouns the event nouns WordNet derives from each verb entry ("invade" -> "invasion").

    Returns the votes of their synonyms and of the nouns up to depth hyponym levels below
    them ("meeting" -> "summit"); none for depth 0.
    """
    hyponyms: dict[str, Votes] = defaultdict(Votes)
    for (lemma, pos), entry in list(entries.items()):
        if pos != "VERB" or " " in lemma:
            continue
        for noun, synset in _derivations(wn, lemma, "v", "n"):
            if synset.lexname in EVENT_NOUN_FILES:
                _vote(nouns[noun], entry, 2, "wordnet-derivation", lemma)
                for below in wn.hyponyms(synset, depth) if depth else ():
                    for word in below.words[1:] if below is synset else below.words:
                        _vote(hyponyms[word], entry, 1, "wordnet-hyponym-of", noun)
    return hyponyms


def _vote(votes: Votes, entry: Entry, weight: int, source: str, via: str) -> None:
    votes.add(entry.category, entry.code, weight)
    if not votes.source:
        votes.source, votes.via = source, via


def _derivations(wn: WordNet, lemma: str, pos: str, target_pos: str) -> set[tuple[str, Synset]]:
    found = set()
    for synset in wn.senses(lemma, pos)[:DERIVATION_SENSES]:
        found.update(wn.derived(synset, lemma, target_pos))
    return found


def _noun_entries(nouns: dict[str, Votes], entries: dict) -> dict:
    return {(noun, "NOUN"): _entry(noun, "NOUN", votes) for noun, votes in nouns.items()
            if (noun, "NOUN") not in entries and votes.categories}


def _other_events(entries: dict, wn: WordNet, roots: tuple) -> None:
    """Add OTHER entries for the lemmas below the root synsets and their derivations."""
    for lemma, pos, sense in roots:
        root = wn.senses(lemma, pos)[sense - 1]
        for synset in wn.hyponyms(root):
            for word in synset.words:
                _add_other(entries, word, pos, synset, f"{lemma}.{pos}.{sense:02d}")
                other_pos = "n" if pos == "v" else "v"
                for derived, target in wn.derived(synset, word, other_pos):
                    if other_pos == "v" or target.lexname in EVENT_NOUN_FILES:
                        _add_other(entries, derived, other_pos, target, word)


def _add_other(entries: dict, lemma: str, pos: str, synset: Synset, via: str) -> None:
    key = (lemma, "NOUN" if pos == "n" else "VERB")
    if key[0] in GENERIC_VERBS and key[1] == "VERB":
        return
    entry = entries.get(key)
    if entry is None:
        entries[key] = Entry(lemma, key[1], OTHER, (), synset.id, "wordnet-hyponym", via)
    elif entry.category != OTHER and OTHER not in entry.alternatives:
        entries[key] = Entry(entry.lemma, entry.pos, entry.category, entry.alternatives + (OTHER,),
                             entry.code, entry.source, entry.via)


def _pattern_rows(patterns: dict[str, list[Pattern]], wn: WordNet, category) -> list[tuple]:
    """Unique (verb, particle, object, preposition, prep_object, subject, category, code) rows."""
    rows = set()
    for phrase, found in patterns.items():
        for pattern in _own_patterns(phrase, found):
            if not category(pattern.code) or not (pattern.object or pattern.prep_object or pattern.particle):
                continue
            for obj, prep, prep_obj in product(*map(_alternatives, (pattern.object, pattern.preposition,
                                                                     pattern.prep_object))):
                rows.add((phrase, pattern.particle or "", _noun(wn, obj), prep or "", _noun(wn, prep_obj),
                          _noun(wn, pattern.subject), category(pattern.code), pattern.code))
    return sorted(rows)


def _alternatives(word: str | None) -> list[str | None]:
    """The words of "attack/bombing/raid" (the dictionary's "or" inside one slot)."""
    return word.split("/") if word else [word]


def _noun(wn: WordNet, word: str | None) -> str:
    if not word or word.startswith("&"):
        return word or ""
    return wn.morphy(word, "n") or word


def write(entries: list[Entry], rows: list[tuple], sets: list[tuple], out: Path, header: str) -> None:
    out.mkdir(parents=True, exist_ok=True)
    lines = [f"# {header}", "lemma\tpos\tcategory\talternatives\tcode\tsource\tvia"]
    lines += ["\t".join((e.lemma, e.pos, e.category, ",".join(e.alternatives), e.code, e.source, e.via))
              for e in entries]
    (out / "plover_lexicon.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    lines = [f"# {header}", "verb\tparticle\tobject\tpreposition\tprep_object\tsubject\tcategory\tcode"]
    lines += ["\t".join(row) for row in rows]
    (out / "plover_patterns.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    lines = [f"# {header}", "set\tword"] + ["\t".join(row) for row in sets]
    (out / "plover_pattern_sets.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--petrarch", type=Path, required=True, help="checkout of openeventdata/petrarch2")
    parser.add_argument("--plover", type=Path, required=True, help="checkout of openeventdata/PLOVER")
    parser.add_argument("--wordnet", type=Path, default=Path(WORDNET_DIR), help="WordNet 3.0 dict folder")
    parser.add_argument("--mapping", choices=("cue", "detailed"), default=Options.mapping,
                        help="CAMEO->PLOVER: the manual's cue-category table or CAMEO2PLOVER-2021.txt")
    parser.add_argument("--no-appeals", action="store_true", help="leave CAMEO 02 (appeal) out, as PLOVER's table does")
    parser.add_argument("--synonym-depth", type=int, default=2, help="-1: every verb of a block takes its code")
    parser.add_argument("--hyponym-depth", type=int, default=Options.hyponym_depth, help="0: no hyponyms of derived nouns")
    parser.add_argument("--pattern-votes", action="store_true", help="patterns written for a verb vote for its category")
    parser.add_argument("-o", "--out", type=Path, required=True, help="output folder")
    args = parser.parse_args(argv)
    options = Options(args.mapping, not args.no_appeals, None if args.synonym_depth < 0 else args.synonym_depth,
                      args.hyponym_depth, args.pattern_votes)
    entries, rows, sets = build(args.petrarch, args.plover, args.wordnet, options)
    header = (f"built by kg.train.event_lexicon (mapping={options.mapping} appeals={options.appeals} "
              f"synonym_depth={options.synonym_depth} hyponym_depth={options.hyponym_depth} "
              f"pattern_votes={options.pattern_votes}); see README.md in this folder")
    write(entries, rows, sets, args.out, header)
    print(f"{len(entries)} entries, {len(rows)} patterns -> {args.out}")


if __name__ == "__main__":
    main()
