"""Extraction's share of the work, in one process (run by hand).

    python tests/perf/bench_extract.py [--limit N] [--repeat R] [--profile K] [--corpus DIR]

Parses the first N articles (default 200) once with kg's pipeline
(``nlp.pipe`` in this process, ``kg.nlp.BATCH_SIZE``), then runs
``kg.extract.extract`` and ``kg.emit.emit`` over the parsed documents R times
(default 3) and keeps the best pass. Times are CPU seconds of this process
(``time.process_time``), which another process on a busy machine disturbs less
than the wall clock; wall seconds are printed beside them. The shares say
what ``kg build`` spends beyond spaCy in its workers: extraction and emission
against parsing plus extraction plus emission (the store's writing, in the
main process, is not in them). With ``--profile K`` one more extraction pass
runs under cProfile and the K functions with the most own time are printed.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import corpus_args, corpus_files, figure, note_load  # noqa: E402


def timed(run) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of ``run()``."""
    cpu, wall = time.process_time(), time.perf_counter()
    run()
    return time.process_time() - cpu, time.perf_counter() - wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    corpus_args(parser)
    parser.set_defaults(limit=200)
    parser.add_argument("--repeat", type=int, default=3, help="extraction passes; the best is kept [default 3]")
    parser.add_argument("--profile", type=int, default=0, metavar="K", help="print the K functions with most own time")
    args = parser.parse_args()
    from kg.documents import read_documents
    from kg.emit import emit
    from kg.extract import extract
    from kg.nlp import BATCH_SIZE, load_nlp, model_version, parse_input

    note_load("at start")
    documents = list(read_documents([str(p) for p in corpus_files(args.corpus, args.limit)]))
    nlp = load_nlp()
    model = model_version()
    parsed: list = []
    parse_cpu, parse_wall = timed(lambda: parsed.extend(
        zip(documents, nlp.pipe([parse_input(d) for d in documents], batch_size=BATCH_SIZE))))
    extractions: list = []
    extract_runs = []
    for _ in range(args.repeat):
        extractions.clear()
        extract_runs.append(timed(lambda: extractions.extend(extract(d, sd) for d, sd in parsed)))
        note_load("after an extraction pass")
    emit_cpu, emit_wall = timed(lambda: [emit(d, x, model) for (d, _), x in zip(parsed, extractions)])
    extract_cpu, extract_wall = min(extract_runs)
    total = parse_cpu + extract_cpu + emit_cpu
    figure("articles", len(documents))
    figure("tokens", sum(len(sd) for _, sd in parsed))
    figure("parse (kg's pipeline, one process): CPU", parse_cpu, "s")
    figure("parse: wall", parse_wall, "s")
    figure(f"extract, best of {args.repeat}: CPU", extract_cpu, "s")
    figure("extract: wall", extract_wall, "s")
    figure("extract: CPU per article", extract_cpu / len(documents) * 1000, "ms")
    figure("emit: CPU", emit_cpu, "s")
    figure("extraction's share of parse + extract + emit (CPU)", extract_cpu / total * 100, "%")
    figure("extraction and emission's share (CPU)", (extract_cpu + emit_cpu) / total * 100, "%")
    if args.profile:
        profile = cProfile.Profile()
        profile.runcall(lambda: [extract(d, sd) for d, sd in parsed])
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(args.profile)
        print("\n".join("# " + line for line in out.getvalue().splitlines() if line.strip()), flush=True)


if __name__ == "__main__":
    main()
    note_load("at end")
