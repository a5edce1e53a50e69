"""Shared bits of the hand-run benchmarks in tests/perf/ (not a test module).

The corpus is never copied into the repository: it is read in place from
``../shared/corpus/fnc1`` (``--corpus`` overrides), and ``--limit N`` takes
the first N ``.txt`` files in sorted order, passed to ``kg`` as file paths.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(__file__).resolve().parents[3] / "shared"
DEFAULT_CORPUS = SHARED / "corpus" / "fnc1"
SEEDS = REPO / "seeds"

try:  # the installed kg (or one put first on PYTHONPATH, e.g. a snapshot of a commit)
    import kg  # noqa: F401
except ImportError:
    sys.path.insert(0, str(REPO))


def kg_command() -> list[str]:
    """The installed ``kg`` entry point beside this interpreter (not a pyenv shim,
    which adds ~0.1 s of shell start-up that is not kg's), else ``python -m kg.cli``."""
    beside = Path(sys.executable).parent / "kg"
    if beside.is_file():
        return [str(beside)]
    found = shutil.which("kg")
    if found and "shims" not in found:
        return [found]
    return [sys.executable, "-m", "kg.cli"]


def corpus_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help=f"folder of .txt articles [default {DEFAULT_CORPUS}]")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles (sorted), for a quick run")


def store_args(parser: argparse.ArgumentParser, purpose: str) -> None:
    """--store and --jobs for a benchmark that needs a built store (see :func:`ensure_store`)."""
    parser.add_argument("--store", type=Path, default=None, help=f"store to {purpose} (built from the corpus if missing)")
    parser.add_argument("--jobs", "-j", type=int, default=cpu_count(), help="processes if the store must be built")


def corpus_files(corpus: Path, limit: int | None) -> list[Path]:
    files = sorted(p for p in corpus.rglob("*.txt") if p.is_file())
    if not files:
        sys.exit(f"no .txt files under {corpus}")
    return files[:limit] if limit else files


def build_paths(corpus: Path, limit: int | None) -> list[str]:
    """What to hand ``kg build``: the folder itself for the whole corpus, else the files."""
    if not limit:
        return [str(corpus)]
    return [str(p) for p in corpus_files(corpus, limit)]


def median(values: list[float]) -> float:
    return statistics.median(values)


def median_ms(run, times: int) -> float:
    """Median wall time of ``run()`` over ``times`` calls, in milliseconds."""
    taken = []
    for _ in range(times):
        began = time.perf_counter()
        run()
        taken.append(time.perf_counter() - began)
    return median(taken) * 1000


def figure(name: str, value, unit: str = "") -> None:
    """One figure a line: ``name: value unit``."""
    if isinstance(value, float):
        text = f"{value:.3f}" if abs(value) < 10 else f"{value:,.1f}"
    elif isinstance(value, int):
        text = f"{value:,}"
    else:
        text = str(value)
    print(f"{name}: {text} {unit}".rstrip(), flush=True)


def run_timed(cmd: list[str], **kwargs) -> float:
    """Wall seconds of a subprocess; raises if it fails."""
    began = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kwargs)
    elapsed = time.perf_counter() - began
    if proc.returncode != 0:
        sys.exit(f"command failed ({proc.returncode}): {' '.join(cmd[:6])} ...\n{proc.stderr.decode(errors='replace')[-2000:]}")
    return elapsed


def kg_build(paths: list[str], store: Path, jobs: int, force: bool = True) -> float:
    cmd = [*kg_command(), "build", *paths, "--store", str(store), "-j", str(jobs), "-q"]
    if force:
        cmd.append("--force")
    return run_timed(cmd)


def ensure_store(store: Path | None, corpus: Path, limit: int | None, jobs: int, tmp: Path) -> Path:
    """The given store if it exists, else one built now from the corpus (printed)."""
    if store is not None and store.is_dir():
        print(f"# using existing store {store}", flush=True)
        return store
    target = store or tmp / "store"
    print(f"# building store {target} from {corpus} (limit {limit}) with -j {jobs} ...", flush=True)
    seconds = kg_build(build_paths(corpus, limit), target, jobs)
    figure("store build time", seconds, "s")
    return target


def dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def note_load(when: str) -> None:
    """A note of the load average: figures taken on a busy machine are not comparable."""
    one, five, _ = os.getloadavg()
    print(f"# load average {when}: {one:.2f} (1 min), {five:.2f} (5 min) on {cpu_count()} cores", flush=True)


def cpu_count() -> int:
    return os.cpu_count() or 1


# ------------------------------------------------------------- process-tree memory, sampled from /proc

def children_of(pid: int) -> list[int]:
    found = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                found += [int(c) for c in handle.read().split()]
    except OSError:
        pass
    return found


def tree(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        p = todo.pop()
        pids.append(p)
        todo += children_of(p)
    return pids


def status_kb(pid: int, field: str) -> int:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def run_sampled(cmd: list[str], interval: float, stdout=subprocess.DEVNULL) -> dict:
    """Run ``cmd``, sampling its process tree from /proc every ``interval`` s; wall time and peaks (bytes).

    peak_pss: the largest sum of Pss over the tree at one sample (shared pages
    split between their processes: the honest total); peak_rss: the same with
    VmRSS (overstates shared pages); sum_hwm: each process's own VmHWM added
    up; maxrss: ``ru_maxrss`` from ``os.wait4``, the largest single process;
    main_pss / worker_pss: the peak Pss of the command's own process and of
    its largest child.
    """
    import tempfile

    with tempfile.TemporaryFile() as errors:
        began = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=stdout, stderr=errors)
        peak_rss = peak_pss = most_procs = 0
        hwm: dict[int, int] = {}
        own_pss: dict[int, int] = {}
        while True:
            done, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if done:
                break
            pids = tree(proc.pid)
            most_procs = max(most_procs, len(pids))
            peak_rss = max(peak_rss, sum(status_kb(p, "VmRSS") for p in pids))
            sample = {p: pss_kb(p) for p in pids}
            peak_pss = max(peak_pss, sum(sample.values()))
            for p, kb in sample.items():
                own_pss[p] = max(own_pss.get(p, 0), kb)
            for p in pids:
                hwm[p] = max(hwm.get(p, 0), status_kb(p, "VmHWM"))
            time.sleep(interval)
        seconds = time.perf_counter() - began
        proc.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        err = errors.read().decode(errors="replace")
    return {
        "seconds": seconds, "returncode": proc.returncode, "stderr": err,
        "peak_rss": peak_rss * 1024, "peak_pss": peak_pss * 1024,
        "sum_hwm": sum(hwm.values()) * 1024, "maxrss": usage.ru_maxrss * 1024, "procs": most_procs,
        "main_pss": own_pss.get(proc.pid, 0) * 1024,
        "worker_pss": max((kb for p, kb in own_pss.items() if p != proc.pid), default=0) * 1024,
    }
