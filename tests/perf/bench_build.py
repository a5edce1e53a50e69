"""Build throughput: ``kg build`` against bare spaCy ``nlp.pipe`` (run by hand).

    python tests/perf/bench_build.py [--limit N] [--jobs N] [--repeat R] [--corpus DIR]

Side by side, in this order, over the same texts:

1. bare spaCy: a fresh Python process loads ``kg.nlp.load_nlp()`` (the very
   pipeline and components the build uses) and runs ``nlp.pipe`` with
   ``n_process=N`` and ``batch_size=kg.nlp.BATCH_SIZE`` over the texts the build
   parses (``kg.nlp.parse_input`` of each document), consuming every Doc;
2. ``kg build CORPUS --store TMP -j N --force -q`` as a subprocess;
3. the same ``kg build`` again without ``--force`` (every document unchanged).

Both 1 and 2 are timed from outside, so both include interpreter start-up,
imports and model loading; the bare process also reports its pipe-only time.
Words are whitespace-separated tokens of the parsed texts (the same count for
both, so the ratio does not depend on it). Targets (issue 5): build >= 0.9x
bare spaCy; unchanged rebuild >= 20x faster than the first build.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import build_paths, corpus_args, cpu_count, dir_size, figure, kg_build, note_load  # noqa: E402


def texts(paths: list[str]) -> list[str]:
    from kg.documents import read_documents
    from kg.nlp import parse_input

    return [parse_input(d) for d in read_documents(paths)]


def bare_worker(paths: list[str], jobs: int) -> None:
    """Runs in a fresh process: load the pipeline, pipe the texts, report as JSON."""
    began = time.perf_counter()
    from kg.nlp import BATCH_SIZE, load_nlp

    nlp = load_nlp()
    loaded = time.perf_counter()
    items = texts(paths)
    read = time.perf_counter()
    tokens = 0
    for doc in nlp.pipe(items, n_process=jobs, batch_size=BATCH_SIZE):
        tokens += len(doc)
    done = time.perf_counter()
    print(json.dumps({
        "load_s": loaded - began, "read_s": read - loaded, "pipe_s": done - read, "tokens": tokens,
        "pipes": nlp.pipe_names, "batch_size": BATCH_SIZE,
    }))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    corpus_args(parser)
    parser.add_argument("--jobs", "-j", type=int, default=cpu_count(), help="processes for both [default: all cores]")
    parser.add_argument("--repeat", type=int, default=1, help="alternate bare/build this many times, keep the best of each")
    parser.add_argument("--keep-store", type=Path, default=None, help="build into this directory and keep it (for bench_query/export)")
    parser.add_argument("--bare-worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    note_load("at start")
    paths = build_paths(args.corpus, args.limit)
    if args.bare_worker:
        bare_worker(paths, args.jobs)
        return

    items = texts(paths)
    words = sum(len(t.split()) for t in items)
    figure("articles", len(items))
    figure("words", words)
    figure("jobs", args.jobs)

    cmd = [sys.executable, __file__, "--bare-worker", "--corpus", str(args.corpus), "--jobs", str(args.jobs)]
    if args.limit:
        cmd += ["--limit", str(args.limit)]
    bare_runs, build_runs = [], []
    with tempfile.TemporaryDirectory(prefix="kg-bench-build-") as tmp:
        store = args.keep_store or Path(tmp) / "store"
        for _ in range(args.repeat):  # alternate, so a change in machine load hits both sides
            began = time.perf_counter()
            out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
            bare_runs.append((time.perf_counter() - began, json.loads(next(l for l in out.splitlines() if l.startswith("{")))))
            note_load("after bare spaCy")
            build_runs.append(kg_build(paths, store, args.jobs, force=True))
            note_load("after kg build")
        rebuild_s = kg_build(paths, store, args.jobs, force=False)
        size = dir_size(store)
    bare_s, bare = min(bare_runs, key=lambda r: r[0])
    build_s = min(build_runs)
    print(f"# spaCy pipes: {' '.join(bare['pipes'])}; batch size {bare['batch_size']}; best of {args.repeat}", flush=True)

    figure("bare spaCy wall (start-up + load + pipe)", bare_s, "s")
    figure("bare spaCy model load", bare["load_s"], "s")
    figure("bare spaCy pipe only", bare["pipe_s"], "s")
    figure("bare spaCy throughput (wall)", words / bare_s, "words/s")
    figure("bare spaCy throughput (pipe only)", words / bare["pipe_s"], "words/s")
    figure("kg build wall", build_s, "s")
    figure("kg build throughput", words / build_s, "words/s")
    figure("build / bare spaCy throughput (wall vs wall; target >= 0.9)", bare_s / build_s, "x")
    figure("build overhead over bare spaCy", build_s - bare_s, "s")
    figure("unchanged rebuild wall", rebuild_s, "s")
    figure("unchanged rebuild speed-up over first build (target >= 20)", build_s / rebuild_s, "x")
    figure("store size on disk", size / 1e6, "MB")


if __name__ == "__main__":
    main()
    note_load("at end")
