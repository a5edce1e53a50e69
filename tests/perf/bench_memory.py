"""Peak memory of ``kg build``: 500 articles against the whole corpus (run by hand).

    python tests/perf/bench_memory.py [--small 500] [--limit N] [--jobs N]

Each build runs as a subprocess (``kg build ... --store TMP -j N --force -q``)
into a fresh store. While it runs, the whole process tree (kg and spaCy's
worker processes when ``-j`` > 1) is sampled from ``/proc`` every
``--interval`` seconds, and these are printed:

* peak tree RSS: the largest sum of VmRSS over the tree at one sample (counts
  pages shared by forked workers once per process, so it overstates);
* peak tree PSS: the largest sum of Pss (``/proc/PID/smaps_rollup``), shared
  pages split between the processes that share them: the honest total;
* sum of each process's own VmHWM (its high-water mark, read at its last
  sample): an upper bound, as the peaks need not coincide;
* ru_maxrss from ``os.wait4`` on the kg process: the largest single process
  in the tree (the kernel's figure, no sampling);
* the peak PSS of the kg (main) process and of the largest worker, each on its
  own, to tell the store's growth from the language model's.

The large build is the whole corpus unless ``--limit`` is given. Targets
(issue 5): full-corpus peak < 1.5 GB and within 10% of the 500-article one.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import build_paths, corpus_args, cpu_count, figure, kg_command, note_load, run_sampled  # noqa: E402


def measure(paths: list[str], jobs: int, interval: float) -> dict:
    with tempfile.TemporaryDirectory(prefix="kg-bench-memory-") as tmp:
        cmd = [*kg_command(), "build", *paths, "--store", str(Path(tmp) / "store"), "-j", str(jobs), "--force", "-q"]
        result = run_sampled(cmd, interval)
    if result["returncode"] != 0:
        sys.exit(f"kg build failed ({result['returncode']}):\n{result['stderr'][-2000:]}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    corpus_args(parser)
    parser.add_argument("--small", type=int, default=500, help="articles in the small build [500]")
    parser.add_argument("--jobs", "-j", type=int, default=cpu_count(), help="processes for spaCy [all cores]")
    parser.add_argument("--interval", type=float, default=0.1, help="seconds between /proc samples")
    args = parser.parse_args()
    note_load("at start")

    results = {}
    for label, limit in (("small", args.small), ("large", args.limit)):
        paths = build_paths(args.corpus, limit)
        n = limit or len(list(args.corpus.rglob("*.txt")))
        r = measure(paths, args.jobs, args.interval)
        results[label] = r
        prefix = f"build {n} articles -j {args.jobs}"
        figure(f"{prefix}: wall", r["seconds"], "s")
        figure(f"{prefix}: peak tree PSS", r["peak_pss"] / 1e6, "MB")
        figure(f"{prefix}: peak tree RSS", r["peak_rss"] / 1e6, "MB")
        figure(f"{prefix}: sum of per-process VmHWM", r["sum_hwm"] / 1e6, "MB")
        figure(f"{prefix}: largest process (ru_maxrss)", r["maxrss"] / 1e6, "MB")
        figure(f"{prefix}: peak PSS of the kg process", r["main_pss"] / 1e6, "MB")
        figure(f"{prefix}: peak PSS of the largest worker", r["worker_pss"] / 1e6, "MB")
        figure(f"{prefix}: processes in tree", r["procs"])
    small, large = results["small"], results["large"]
    figure("large / small peak tree PSS (target <= 1.10)", large["peak_pss"] / small["peak_pss"], "x")
    figure("large / small peak tree RSS", large["peak_rss"] / small["peak_rss"], "x")
    figure("large / small largest process", large["maxrss"] / small["maxrss"], "x")
    figure("large / small kg process PSS", large["main_pss"] / small["main_pss"], "x")
    figure("large / small largest worker PSS", large["worker_pss"] / small["worker_pss"], "x")
    figure("large peak tree PSS (target < 1500)", large["peak_pss"] / 1e6, "MB")


if __name__ == "__main__":
    main()
    note_load("at end")
