"""kg.cli.progress: a bar on a terminal that counts what the library reports; nothing off a terminal."""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys

from rich.console import Console

from kg.cli.progress import counter, progress_bar, shows_progress
from tests.conftest import SEEDS


def _drawn(steps) -> str:
    out = io.StringIO()
    with progress_bar("build", 3, "documents", console=Console(file=out, force_terminal=True, width=120)) as bar:
        steps(bar)
    return out.getvalue()  # the bar's last frame is drawn as it closes


def test_the_bar_counts_each_callback():
    def three(bar):
        advance = counter(bar)
        for _ in range(3):
            advance("a document")

    drawn = _drawn(three)
    assert "3/3" in drawn and "documents" in drawn


def test_a_stage_shows_its_name_count_and_unit():
    drawn = _drawn(lambda bar: bar.stage("HermiT", 2, 5, "graphs"))
    assert "HermiT" in drawn and "2/5" in drawn and "graphs" in drawn


def test_off_a_terminal_nothing_is_drawn(capsys):
    with progress_bar("build", 3, "documents") as bar:  # pytest's stderr is no terminal
        bar.advance(3)
        bar.stage("x", 1, 2)
    assert capsys.readouterr().err == ""
    assert not shows_progress(quiet=True)


def test_build_on_a_terminal_draws_a_bar_then_its_summary(tmp_path):
    """A real kg build with its stderr on a pseudo-terminal: the bar reaches 1/1, then the summary line."""
    main, secondary = pty.openpty()
    env = {**os.environ, "COLUMNS": "120"}
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", "-j", "1", str(SEEDS), "--store", str(tmp_path / "s")],
                               stdout=subprocess.DEVNULL, stderr=secondary, env=env)
    os.close(secondary)
    drawn = b""
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:
            break
        if not chunk:
            break
        drawn += chunk
    assert process.wait() == 0
    text = drawn.decode("utf-8", "replace")
    assert "build" in text and "1/1" in text and "documents" in text
    assert text.rstrip().splitlines()[-1].split("\x1b[2K")[-1].startswith("built 1 document(s)")


def test_build_off_a_terminal_prints_one_summary_line(tmp_path):
    result = subprocess.run([sys.executable, "-m", "kg.cli", "build", "-j", "1", str(SEEDS), "--store", str(tmp_path / "s")],
                            capture_output=True, text=True)
    assert result.returncode == 0
    assert result.stderr.splitlines() == [result.stderr.strip()] and result.stderr.startswith("built 1 document(s)")
