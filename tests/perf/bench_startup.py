"""Start-up: wall time of ``kg --help`` and ``kg query actors`` (run by hand).

    python tests/perf/bench_startup.py [--runs 10] [--seeds DIR]

A small store is built from the seed articles (``seeds/``) in a temporary
folder, then each command runs ``--runs`` times as a subprocess and the
median wall time is printed, next to the floor every Python command pays:
``python -c pass`` and ``python -c "import pyoxigraph"``. The ``kg`` run is
the entry point installed beside this interpreter, not a pyenv shim.
Targets (issue 5): ``kg --help`` < 0.3 s; ``kg query actors`` < 1 s.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import SEEDS, figure, kg_build, kg_command, median, run_timed, note_load  # noqa: E402


def median_wall(cmd: list[str], runs: int) -> float:
    run_timed(cmd)  # warm the file cache
    return median([run_timed(cmd) for _ in range(runs)])


def import_breakdown(cmd_args: list[str]) -> list[tuple[float, str]]:
    """The slowest top-level imports of a kg command (python -X importtime)."""
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "kg.cli", *cmd_args],
                          capture_output=True, text=True)
    rows = []
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:"):
            continue
        parts = line[len("import time:"):].split("|")
        if len(parts) != 3 or not parts[1].strip().isdigit():
            continue
        raw = parts[2]
        if len(raw) - len(raw.lstrip()) == 1:  # top level: one space, nested ones indent further
            rows.append((int(parts[1]) / 1e6, raw.strip()))
    return sorted(rows, reverse=True)[:6]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--seeds", type=Path, default=SEEDS)
    args = parser.parse_args()
    note_load("at start")

    kg = kg_command()
    with tempfile.TemporaryDirectory(prefix="kg-bench-startup-") as tmp:
        store = Path(tmp) / "store"
        figure("seed store build", kg_build([str(args.seeds)], store, jobs=1), "s")
        python_floor = median_wall([sys.executable, "-c", "pass"], args.runs)
        oxigraph_floor = median_wall([sys.executable, "-c", "import pyoxigraph"], args.runs)
        help_s = median_wall([*kg, "--help"], args.runs)
        query_s = median_wall([*kg, "query", "actors", "--store", str(store)], args.runs)
        csv_s = median_wall([*kg, "query", "actors", "--store", str(store), "--format", "csv"], args.runs)
        help_imports = import_breakdown(["--help"])
        query_imports = import_breakdown(["query", "actors", "--store", str(store)])

    figure("python -c pass", python_floor, "s")
    figure("python -c 'import pyoxigraph'", oxigraph_floor, "s")
    figure("kg --help (target < 0.3)", help_s, "s")
    figure("kg --help / bare python", help_s / python_floor, "x")
    figure("kg query actors, seed store (target < 1)", query_s, "s")
    figure("kg query actors / python + pyoxigraph import", query_s / oxigraph_floor, "x")
    figure("kg query actors --format csv", csv_s, "s")
    for label, rows in (("kg --help", help_imports), ("kg query actors", query_imports)):
        print(f"# slowest top-level imports of {label}: "
              + ", ".join(f"{name} {secs:.3f} s" for secs, name in rows), flush=True)


if __name__ == "__main__":
    main()
    note_load("at end")
