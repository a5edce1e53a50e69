"""Build throughput: ``kg build`` against bare spaCy ``nlp.pipe`` (run by hand).

    python tests/perf/bench_build.py [--limit N] [--jobs N] [--repeat R] [--corpus DIR]

Side by side, in this order, over the same texts:

1. bare spaCy, stock: a fresh Python process loads ``en_core_web_sm`` as it
   ships (``kg.nlp.load_stock_nlp()``, all six components) and runs
   ``nlp.pipe`` with ``n_process=N`` and ``batch_size=kg.nlp.BATCH_SIZE`` over
   the texts the build parses (``kg.nlp.parse_input`` of each document),
   consuming every Doc;
2. bare spaCy, kg's pipeline: the same with ``kg.nlp.load_nlp()``, the very
   pipeline the build runs (the same components, the two rule components
   replaced by :mod:`kg.spacy_rules`'s exact stand-ins);
3. ``kg build CORPUS --store TMP -j N --force -q`` as a subprocess;
4. the same ``kg build`` again without ``--force`` (every document unchanged).

1 to 3 are timed from outside, so all include interpreter start-up, imports
and model loading; the bare processes also report their pipe-only time. Words
are whitespace-separated tokens of the parsed texts (the same count for all,
so the ratios do not depend on it). Targets (issue 5): build >= 0.9x bare
spaCy (1), better than 1.0x where the pipeline is lighter; unchanged rebuild
>= 20x faster than the first build. Build against 2 is what the extractors and
the store cost on their own.
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


def bare_worker(paths: list[str], jobs: int, pipeline: str) -> None:
    """Runs in a fresh process: load the pipeline, pipe the texts, report as JSON."""
    began = time.perf_counter()
    from kg.nlp import BATCH_SIZE, load_nlp, load_stock_nlp

    nlp = load_stock_nlp() if pipeline == "stock" else load_nlp()
    loaded = time.perf_counter()
    items = texts(paths)
    read = time.perf_counter()
    tokens = 0
    for doc in nlp.pipe(items, n_process=jobs, batch_size=BATCH_SIZE):
        tokens += len(doc)
    done = time.perf_counter()
    print(json.dumps({
        "load_s": loaded - began, "read_s": read - loaded, "pipe_s": done - read, "tokens": tokens,
        "pipes": [f"{name}({type(pipe).__name__})" for name, pipe in nlp.pipeline], "batch_size": BATCH_SIZE,
    }))


PIPELINES = {"stock": "stock en_core_web_sm", "kg": "kg's pipeline"}


def run_bare(args: argparse.Namespace, pipeline: str) -> tuple[float, dict]:
    """Wall seconds of one bare spaCy process, and what it reported."""
    cmd = [sys.executable, __file__, "--bare-worker", pipeline, "--corpus", str(args.corpus), "--jobs", str(args.jobs)]
    if args.limit:
        cmd += ["--limit", str(args.limit)]
    began = time.perf_counter()
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return time.perf_counter() - began, json.loads(next(line for line in out.splitlines() if line.startswith("{")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    corpus_args(parser)
    parser.add_argument("--jobs", "-j", type=int, default=cpu_count(), help="processes for both [default: all cores]")
    parser.add_argument("--repeat", type=int, default=1, help="alternate bare/build this many times, keep the best of each")
    parser.add_argument("--keep-store", type=Path, default=None, help="build into this directory and keep it (for bench_query/export)")
    parser.add_argument("--bare-worker", choices=PIPELINES, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    from kg.nlp import BATCH_SIZE

    note_load("at start")
    paths = build_paths(args.corpus, args.limit)
    if args.bare_worker:
        bare_worker(paths, args.jobs, args.bare_worker)
        return

    items = texts(paths)
    words = sum(len(t.split()) for t in items)
    figure("articles", len(items))
    figure("words", words)
    figure("jobs", args.jobs)

    bare_runs: dict[str, list] = {name: [] for name in PIPELINES}
    build_runs = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-build-") as tmp:
        store = args.keep_store or Path(tmp) / "store"
        for _ in range(args.repeat):  # alternate, so a change in machine load hits every side
            for name in PIPELINES:
                bare_runs[name].append(run_bare(args, name))
                note_load(f"after bare spaCy ({name})")
            build_runs.append(kg_build(paths, store, args.jobs, force=True))
            note_load("after kg build")
        rebuild_s = kg_build(paths, store, args.jobs, force=False)
        size = dir_size(store)
    build_s = min(build_runs)
    print(f"# batch size {BATCH_SIZE}; best of {args.repeat}", flush=True)
    best = {name: min(runs, key=lambda r: r[0]) for name, runs in bare_runs.items()}
    for name, label in PIPELINES.items():
        bare_s, bare = best[name]
        print(f"# {label}: {' '.join(bare['pipes'])}", flush=True)
        figure(f"bare spaCy, {label}: wall (start-up + load + pipe)", bare_s, "s")
        figure(f"bare spaCy, {label}: model load", bare["load_s"], "s")
        figure(f"bare spaCy, {label}: pipe only", bare["pipe_s"], "s")
        figure(f"bare spaCy, {label}: throughput (wall)", words / bare_s, "words/s")
    figure("kg build wall", build_s, "s")
    figure("kg build throughput", words / build_s, "words/s")
    stock_s, kg_s = best["stock"][0], best["kg"][0]
    figure("build / bare stock spaCy throughput (wall vs wall; target >= 0.9)", stock_s / build_s, "x")
    figure("build / bare spaCy of kg's own pipeline (the extractors' and store's share)", kg_s / build_s, "x")
    figure("kg's pipeline / stock pipeline, bare (the stand-ins' gain)", stock_s / kg_s, "x")
    figure("build overhead over bare stock spaCy", build_s - stock_s, "s")
    figure("unchanged rebuild wall", rebuild_s, "s")
    figure("unchanged rebuild speed-up over first build (target >= 20)", build_s / rebuild_s, "x")
    figure("store size on disk", size / 1e6, "MB")


if __name__ == "__main__":
    main()
    note_load("at end")
