"""kg report on a built store: generation time, file size, and the time Chromium takes to open it.

Generation is ``kg report`` run as a command (wall, start-up included), best
of ``--repeat``. Opening is headless Chromium's ``--dump-dom`` of the report
(load, parse, script run) against the same for an empty page, both best of
``--repeat``; the difference is what the report itself costs to open.

    python tests/perf/bench_report.py --store /tmp/wn-store
    python tests/perf/bench_report.py --store /tmp/fnc1.kg --top 40
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import kg_command


def best_of(repeat: int, argv: list[str]) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return min(times)


def chromium_argv(url: str, profile: str) -> list[str]:
    browser = shutil.which("chromium") or sys.exit("no chromium on PATH (apt-get install chromium)")
    return [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
            "--dump-dom", url]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--top", type=int, default=None, help="kg report --top N [default: kg's]")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-report-bench-") as tmp:
        out = Path(tmp) / "report.html"
        argv = [*kg_command(), "report", "--store", str(args.store), "-o", str(out)]
        argv += ["--top", str(args.top)] if args.top is not None else []
        generate = best_of(args.repeat, argv)
        print(f"report generation (kg report, wall): {generate:.2f} s")
        print(f"report size: {out.stat().st_size / 1e6:.2f} MB")
        empty = Path(tmp) / "empty.html"
        empty.write_text("<!DOCTYPE html><html><body></body></html>")
        profile = str(Path(tmp) / "profile")
        opened = best_of(args.repeat, chromium_argv(out.as_uri(), profile))
        baseline = best_of(args.repeat, chromium_argv(empty.as_uri(), profile))
        print(f"chromium --dump-dom, report: {opened:.2f} s; empty page: {baseline:.2f} s; report's own share: {opened - baseline:.2f} s")


if __name__ == "__main__":
    main()
