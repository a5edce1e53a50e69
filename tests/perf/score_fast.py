"""Score extraction against gold folders in seconds, over spaCy parses kept from an earlier run (run by hand).

    python tests/perf/score_fast.py GOLD_DIR [GOLD_DIR ...] [--texts DIR ...] [--cache DIR] [--store DIR] [--json]

The documents the gold files name are looked up in the ``--texts`` folders,
first match wins (default: the repository's ``seeds/``, ``../shared/seeds``,
``../shared/corpus/wikinews``), read as ``kg build`` reads them, and parsed by
spaCy once: the parses are kept (a spaCy ``DocBin`` and each Doc's tensor) in
``--cache`` (default
``kg-score-fast`` in the system's temporary folder), one file per set of
texts and model, named by a hash of the spaCy and model versions and of every
document's name and the text spaCy is given. Every later run with the same
texts reads them back and runs only what the extractors' code decides:
``kg.extract``, ``kg.emit``, the store (``kg.build.build`` with
``kg.pipeline.parsed_builder``) and ``kg.eval`` (the contract queries scored
as ``kg eval --gold`` scores them), so a rule change is scored in 10-30
seconds (78 articles) instead of minutes. The store (``--store``, default
``kg-score-fast-store`` in the temporary folder) is built afresh each run and
kept, for ``kg eval --gold DIR --store STORE -v``; a folder there that is
not a kg store is refused, never removed.

Prints one line per gold folder, aggregate only (never a document's figures:
a dev set scored with it stays unread): F1 (precision, recall) of actors,
statements, stances and events, then type, PLOVER and date accuracy over
matched items. ``--json`` prints the counts of each folder instead. The parses
read back carry every annotation the extractors read, the tensors too, so the
figures are those of a full ``kg build`` of the same documents.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import SEEDS, SHARED  # noqa: E402

DEFAULT_TEXTS = (SEEDS, SHARED / "seeds", SHARED / "corpus" / "wikinews")
SECTIONS = ("actors", "statements", "stances", "events")
ACCURACIES = ("type_accuracy", "plover_accuracy", "date_accuracy")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", type=Path, help="folders of gold .json files")
    parser.add_argument("--texts", type=Path, action="append", help="folder where the gold's documents are (repeat; "
                        f"first match wins) [default {', '.join(map(str, DEFAULT_TEXTS))}]")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "kg-score-fast",
                        help="folder of the kept parses [default %(default)s]")
    parser.add_argument("--store", type=Path, default=Path(tempfile.gettempdir()) / "kg-score-fast-store",
                        help="store built afresh and kept [default %(default)s]")
    parser.add_argument("--json", action="store_true", help="print each folder's counts as JSON")
    args = parser.parse_args()
    try:
        scores = score_fast(args.gold, args.texts or list(DEFAULT_TEXTS), args.cache, args.store)
    except (OSError, ValueError) as err:
        sys.exit(f"score_fast: {err}")
    if args.json:
        print(json.dumps({str(gold): aggregate(score) for gold, score in scores.items()}, indent=2))
        return
    width = max(len(gold.name) for gold in scores)
    for gold, score in scores.items():
        print(f"{gold.name:{width}}  {summary_line(score)}")


def score_fast(gold_dirs: list[Path], text_dirs: list[Path], cache_dir: Path, store_dir: Path) -> dict:
    """Build the gold folders' documents from kept parses into ``store_dir``; a GoldScore per folder."""
    from kg.build import build, checked_documents
    from kg.errors import KgError
    from kg.eval.gold import load_gold
    from kg.eval.run import evaluate_store
    from kg.pipeline import parsed_builder
    from kg.store import open_store

    try:
        names = sorted({doc.doc for gold in gold_dirs for doc in load_gold(gold)})
        documents = list(checked_documents([str(text_path(name, text_dirs)) for name in names], None))
        fresh_store(store_dir)
        parses = kept_parses(documents, cache_dir)
        with open_store(store_dir) as store:
            build(store, [], documents=documents, force=True, builder=parsed_builder(parses))
            return {gold: evaluate_store(store, gold) for gold in gold_dirs}
    except KgError as err:
        raise ValueError(str(err)) from None


def text_path(name: str, text_dirs: list[Path]) -> Path:
    for folder in text_dirs:
        if (folder / name).is_file():
            return folder / name
    raise ValueError(f"no text of the gold document {name} in {', '.join(map(str, text_dirs))} (--texts)")


def kept_parses(documents: list, cache_dir: Path) -> dict:
    """Document name -> spaCy Doc, read back from the cache file of these texts (parsed and written there first if
    there is none), so the first run scores what every later one does."""
    from kg.nlp import load_nlp, parse

    path = cache_dir / f"parses-{cache_key(documents)}.npz"
    if not path.is_file():
        cache_dir.mkdir(parents=True, exist_ok=True)
        write_parses([spacy_doc for _, spacy_doc in parse(documents)], path)
    parsed = read_parses(path, load_nlp().vocab)
    return {document.name: spacy_doc for document, spacy_doc in zip(documents, parsed, strict=True)}


def write_parses(parsed: list, path: Path) -> None:
    """The parses in one file, whole or not at all: a ``DocBin`` and each Doc's tensor, which a DocBin leaves out and
    the stance polarity classifier reads (``kg.extract.targeted_polarity``)."""
    import numpy
    from spacy.tokens import DocBin

    kept = DocBin(store_user_data=True)
    for spacy_doc in parsed:
        kept.add(spacy_doc)
    tensors = {f"tensor{i}": spacy_doc.tensor for i, spacy_doc in enumerate(parsed)}
    with open(path.with_suffix(".tmp"), "wb") as out:
        numpy.savez(out, docbin=numpy.frombuffer(kept.to_bytes(), dtype=numpy.uint8), **tensors)
    os.replace(path.with_suffix(".tmp"), path)


def read_parses(path: Path, vocab) -> list:
    import numpy
    from spacy.tokens import DocBin

    with numpy.load(path) as kept:
        parsed = list(DocBin().from_bytes(kept["docbin"].tobytes()).get_docs(vocab))
        for i, spacy_doc in enumerate(parsed):
            spacy_doc.tensor = kept[f"tensor{i}"]
    return parsed


def cache_key(documents: list) -> str:
    """A hash of the spaCy and model versions and of each document's name and the text spaCy is given."""
    import spacy

    from kg.nlp import model_version, parse_input

    digest = hashlib.sha1(f"{spacy.__version__}\0{model_version()}".encode())
    for document in documents:
        digest.update(f"\0{document.name}\0{parse_input(document)}".encode())
    return digest.hexdigest()[:16]


def fresh_store(store_dir: Path) -> None:
    """Remove a store left by an earlier run (whole or damaged); refuse anything else but an empty folder."""
    from kg.store import looks_like_store

    empty = store_dir.is_dir() and not any(store_dir.iterdir())
    if store_dir.exists() and not empty and not looks_like_store(store_dir):
        raise ValueError(f"{store_dir} exists and is not a kg store: give --store a new folder or a store to replace")
    shutil.rmtree(store_dir, ignore_errors=True)


def summary_line(score) -> str:
    """'acto=0.89(P0.88,R0.91) ... type_=0.96 plove=0.67 date_=0.66': F1 (P, R) per section, then accuracies."""
    counts = aggregate(score)
    line = [f"{s[:4]}={counts[s]['f1']:.2f}(P{counts[s]['precision']:.2f},R{counts[s]['recall']:.2f})" for s in SECTIONS]
    line += [f"{a[:5]}={counts[a]['accuracy']:.2f}" for a in ACCURACIES if counts[a]["accuracy"] is not None]
    return " ".join(line)


def aggregate(score) -> dict:
    """The folder's counts and figures, without the misses and false hits of each document."""
    whole = score.to_dict()
    return {key: whole[key] for key in ("documents", *SECTIONS, *ACCURACIES)}


if __name__ == "__main__":
    main()
