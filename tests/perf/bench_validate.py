"""SHACL validation of a whole store: kg's chunked check against the union in one piece (run by hand).

    python tests/perf/bench_validate.py [--store DIR] [--limit N] [--jobs N]

The store is ``--store`` if that directory exists, else one built now from
the corpus (``--limit`` articles) in a temporary folder, or at ``--store``.
Both sides run as subprocesses while their process tree is sampled from
``/proc`` (see ``_common.run_sampled``):

* kg: ``kg validate --store DIR --no-reason -j N``: focus nodes a chunk at a
  time against the triples their shapes can reach (``kg.shacl_scope``), in N
  processes;
* one piece: ``kg.validate.shacl_problems`` over ``store_dataset``, the
  store's whole union loaded into rdflib and handed to pySHACL once (what
  ``kg validate`` did before).

Printed: wall time, peak tree PSS and the largest process of each, their
ratios, and whether the two printed the same problem lines (they must).
HermiT is left out on both sides (``--no-reason``): it reads one document
graph at a time either way.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import corpus_args, ensure_store, figure, kg_command, note_load, run_sampled, store_args  # noqa: E402

ONE_PIECE = """
import sys
from kg import validate as kv
from kg.store import open_store
store = open_store(sys.argv[1], read_only=True)
sys.stdout.write("".join(line + "\\n" for line in kv.shacl_problems(kv.store_dataset(store))))
"""


def run(name: str, cmd: list[str], out: Path, interval: float) -> dict:
    with out.open("wb") as handle:
        result = run_sampled(cmd, interval, stdout=handle)
    if result["returncode"] not in (0, 1):  # 1: validation found problems, which is an answer
        sys.exit(f"{name} failed ({result['returncode']}):\n{result['stderr'][-2000:]}")
    figure(f"{name}: wall", result["seconds"], "s")
    figure(f"{name}: peak tree PSS", result["peak_pss"] / 1e6, "MB")
    figure(f"{name}: largest process (ru_maxrss)", result["maxrss"] / 1e6, "MB")
    figure(f"{name}: processes in tree", result["procs"])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    corpus_args(parser)
    store_args(parser, "validate")
    parser.add_argument("--interval", type=float, default=0.2, help="seconds between /proc samples")
    args = parser.parse_args()
    note_load("at start")
    with tempfile.TemporaryDirectory(prefix="kg-bench-validate-") as tmp:
        tmp = Path(tmp)
        store = ensure_store(args.store, args.corpus, args.limit, args.jobs, tmp)
        chunked = run(f"kg validate -j {args.jobs}",
                      [*kg_command(), "validate", "--store", str(store), "--no-reason", "-j", str(args.jobs)],
                      tmp / "chunked.txt", args.interval)
        whole = run("one piece", [sys.executable, "-c", ONE_PIECE, str(store)], tmp / "whole.txt", args.interval)
        lines = (tmp / "chunked.txt").read_text().splitlines()
        same = lines == (tmp / "whole.txt").read_text().splitlines()
    figure("problem lines", len(lines))
    figure("same lines on both sides", "yes" if same else "NO")
    figure("one piece / kg wall", whole["seconds"] / chunked["seconds"], "x")
    figure("one piece / kg peak tree PSS", whole["peak_pss"] / chunked["peak_pss"], "x")
    figure("one piece / kg largest process", whole["maxrss"] / chunked["maxrss"], "x")
    if not same:
        sys.exit("the chunked check and the one-piece check disagree")


if __name__ == "__main__":
    main()
    note_load("at end")
