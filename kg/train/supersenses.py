"""WordNet's supersense of the words event typing asks about: builds ``data/wordnet_supersenses.tsv``.

    python -m kg.train.supersenses --wordnet /usr/share/wordnet -o kg/extract/data/

A supersense is the lexicographer file of a word's most frequent WordNet 3.0 sense
("verb.change" for "die", "noun.event" for "fire", "noun.attribute" for "corruption").
Rows (lemma, pos "n" or "v", supersense) are written for

* every verb and noun of the event lexicons (``event_triggers.tsv``, ``plover_lexicon.tsv``):
  whether an event word names a change that comes about without an agent;
* every one-word noun whose supersense is abstract (``ABSTRACT_SUPERSENSES``), so that a
  target such as "corruption" or "poverty" is told apart from a person, group or thing;
* every two-word lower-case WordNet noun whose second word is a one-word noun of the event
  lexicons ("cardiac arrest", noun.state; "house arrest", noun.act), so that a modifier that
  makes an event word a condition or a phenomenon is seen;
* every one-word verb whose supersense is one in which a deed outside the event lexicons
  is rarely news (``NARRATION_SKIPPED_VERB_SUPERSENSES``: states, thinking, changes of state:
  "lived", "judged", "heated"), so that :func:`kg.extract.triggers.narrated` can pass them over.

Read by :func:`kg.extract.plover_lexicon.supersense`. Same inputs, same file; sources and
licence: ``kg/extract/data/README.md``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kg.extract.lexicon import ABSTRACT_SUPERSENSES
from kg.extract.plover_lexicon import read_table
from kg.extract.triggers import NARRATION_SKIPPED_VERB_SUPERSENSES, read_trigger_table
from kg.train.wordnet import WORDNET_DIR, WordNet

FILE_NAME = "wordnet_supersenses.tsv"
WORDNET_POS = {"VERB": "v", "NOUN": "n"}


def lexicon_words(data: Path) -> set[tuple[str, str]]:
    """(lemma, "n" or "v") of the event lexicons' one-word entries (``event_triggers.tsv``, ``plover_lexicon.tsv``)."""
    entries = set(read_trigger_table(data / "event_triggers.tsv"))
    entries.update((fields[0], fields[1]) for fields in read_table(data / "plover_lexicon.tsv"))
    return {(lemma, WORDNET_POS[pos]) for lemma, pos in entries if pos in WORDNET_POS and " " not in lemma}


def build(wn: WordNet, event_words: set[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """Sorted (lemma, pos, supersense) rows."""
    rows = set()
    for lemma, pos in event_words:
        senses = wn.senses(lemma, pos)
        if senses:
            rows.add((lemma, pos, senses[0].lexname))
    event_nouns = {lemma for lemma, pos in event_words if pos == "n"}
    for (lemma, pos), ids in wn.index.items():
        if not lemma.islower() or not ids:
            continue
        lexname = wn.synsets[ids[0]].lexname
        if pos == "v":
            if lemma.isalpha() and lexname in NARRATION_SKIPPED_VERB_SUPERSENSES:
                rows.add((lemma, pos, lexname))
            continue
        if lemma.isalpha() and lexname in ABSTRACT_SUPERSENSES:
            rows.add((lemma, pos, lexname))
        elif _compound_of(lemma, event_nouns):
            rows.add((lemma, pos, lexname))
    return sorted(rows)


def _compound_of(lemma: str, event_nouns: set[str]) -> bool:
    words = lemma.split(" ")
    return len(words) == 2 and all(w.replace("-", "").isalpha() for w in words) and words[1] in event_nouns


def write(rows: list[tuple[str, str, str]], out: Path) -> None:
    lines = ["# built by kg.train.supersenses from WordNet 3.0; see README.md in this folder", "lemma\tpos\tsupersense"]
    lines += ["\t".join(row) for row in rows]
    (out / FILE_NAME).write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wordnet", type=Path, default=Path(WORDNET_DIR), help="WordNet 3.0 dict folder")
    parser.add_argument("-o", "--out", type=Path, required=True, help="the data folder (holds the event lexicons)")
    args = parser.parse_args(argv)
    rows = build(WordNet(args.wordnet), lexicon_words(args.out))
    write(rows, args.out)
    print(f"{len(rows)} supersenses -> {args.out / FILE_NAME}")


if __name__ == "__main__":
    main()
