"""PLOVER's gold standard records as votes: the category PLOVER's coders gave each event word.

    python -m kg.train.plover_gsr --plover DIR -o kg/extract/data/

Reads ``DIR/gold_standard_records/PLOVER_GSR_CAMEO.txt`` of a checkout of
https://github.com/openeventdata/PLOVER (322 news sentences, each coded with one PLOVER
category, the words of its event marked "(EVT: ...)"; CC BY-SA 4.0). Each sentence is parsed
with the project's spaCy pipeline; the first word of its first event span gives a lemma and
part of speech, which gets one vote for the record's category (PLOVER 0.5's names in today's:
DEMAND is REQUEST, DISAPPROVE and INVESTIGATE are ACCUSE, FIGHT is ASSAULT). Writes
``plover_gsr_votes.tsv`` (lemma, pos, category, votes), read by
:func:`kg.extract.plover_lexicon.gsr_votes`. Same inputs, same file; licence:
``kg/extract/data/README.md``.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

RECORDS = "gold_standard_records/PLOVER_GSR_CAMEO.txt"
FILE_NAME = "plover_gsr_votes.tsv"
# PLOVER 0.5 category names (the records' version) -> the names of PLOVER today
RENAMED = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
_EVENT_SPAN = re.compile(r"\(EVT: ([^)]*)\)")


def read_records(path: Path) -> list[dict]:
    """The coded records of the file (its documentation record left out)."""
    return [r for r in json.loads(path.read_text(encoding="utf-8")) if r.get("event") not in (None, "DOCUMENT")]


def event_word(record: dict) -> str | None:
    """The first word of the record's first marked event span ("agreed" of "(EVT: agreed)")."""
    info = record.get("textInfo")
    markup = info.get("markup", "") if isinstance(info, dict) else ""
    found = _EVENT_SPAN.search(markup)
    words = (found.group(1) if found else record.get("eventText", "")).split()
    return words[0] if words else None


def category(record: dict) -> str:
    return RENAMED.get(record["event"], record["event"])


def votes(records: list[dict], docs: Iterable) -> Counter:
    """(lemma, "VERB" or "NOUN", category) -> how many records code that word so; ``docs`` are the
    records' texts parsed, in order. A word the parse does not find, or finds as another part of
    speech, gives no vote."""
    counts: Counter = Counter()
    for record, doc in zip(records, docs):
        word = event_word(record)
        token = next((t for t in doc if t.text == word), None)
        if token is None:
            continue
        pos = "VERB" if token.pos_ in ("VERB", "AUX") else "NOUN" if token.pos_ == "NOUN" else None
        if pos:
            counts[(token.lemma_.lower(), pos, category(record))] += 1
    return counts


def write(counts: Counter, out: Path) -> None:
    lines = ["# built by kg.train.plover_gsr from PLOVER's PLOVER_GSR_CAMEO.txt (CC BY-SA 4.0); see README.md in this folder",
             "lemma\tpos\tcategory\tvotes"]
    lines += [f"{lemma}\t{pos}\t{cat}\t{n}" for (lemma, pos, cat), n in sorted(counts.items())]
    (out / FILE_NAME).write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--plover", type=Path, required=True, help="checkout of openeventdata/PLOVER")
    parser.add_argument("-o", "--out", type=Path, required=True, help="output folder")
    args = parser.parse_args(argv)
    from kg.nlp import load_nlp

    records = read_records(args.plover / RECORDS)
    counts = votes(records, load_nlp().pipe(r["text"] for r in records))
    write(counts, args.out)
    print(f"{sum(counts.values())} votes on {len({k[:2] for k in counts})} words -> {args.out / FILE_NAME}")


if __name__ == "__main__":
    main()
