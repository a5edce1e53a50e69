"""The fault catalogue: bad input and faults, each run as a user runs it, in its own ``kg`` process.

Every case names what is run, the exit code it must end with and the first
line it must print on stderr, and it checks that nothing was lost: the store's
quads are the same after the run as before (unless the case is about a store
that is meant to change), and every file in the case's folder is unchanged
except the outputs the case names. No case may print a traceback.

Cases are grouped by kind in lists (``INPUT_FAULTS``, ...); each list is one
parametrized test, so ``pytest -k`` picks a kind, and the ids name the case.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

KG = (sys.executable, "-m", "kg.cli")


@dataclass(frozen=True)
class Fault:
    """One bad input or fault: what is run, and what must come out of it."""

    name: str
    argv: tuple[str, ...]  # arguments after 'kg'; {store} and {work} are filled in
    code: int  # the exit code
    first_line: str  # a regex the first non-empty line of stderr must match (re.search)
    setup: Callable[[Path], None] | None = None  # makes the case's inputs in its work folder
    stdin: bytes | None = None
    outputs: tuple[str, ...] = ()  # files under work the case may write or change
    store_changes: bool = False  # the run is meant to change the store's quads
    timeout: float = 120.0


def file_digests(work: Path, outputs: tuple[str, ...]) -> dict[str, str]:
    """Every regular file under ``work`` but the named outputs, by its SHA-256."""
    skipped = {work / name for name in outputs}
    digests = {}
    for path in sorted(work.rglob("*")):
        if path.is_file() and not path.is_symlink() and path not in skipped:
            digests[str(path.relative_to(work))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return digests


def store_quads(store: Path) -> set[str]:
    """The store's quads as N-Quads lines (read-only: the running case may hold its lock)."""
    import pyoxigraph

    return {str(quad) for quad in pyoxigraph.Store.read_only(str(store))}


@dataclass(frozen=True)
class Outcome:
    code: int
    stdout: bytes
    stderr: str

    @property
    def first_line(self) -> str:
        lines = [line for line in self.stderr.splitlines() if line.strip()]
        return lines[0] if lines else ""


def run_fault(case: Fault, work: Path, store: Path) -> Outcome:
    """Run the case's command in ``work``, as a separate process, with the store at ``store``."""
    argv = [arg.replace("{store}", str(store)).replace("{work}", str(work)) for arg in case.argv]
    env = {key: value for key, value in os.environ.items() if key not in ("KG_STORE", "KG_USER", "KG_PASSWORD", "KG_TOKEN")}
    proc = subprocess.run([*KG, *argv], cwd=work, input=case.stdin, capture_output=True, timeout=case.timeout, env=env,
                          stdin=None if case.stdin is not None else subprocess.DEVNULL)
    return Outcome(proc.returncode, proc.stdout, proc.stderr.decode("utf-8", errors="replace"))


def check_fault(case: Fault, tmp_path: Path, seed_store_dir: Path) -> Outcome:
    """Run one case on a private copy of the seed store and check the catalogue's promises."""
    store = tmp_path / "store"
    shutil.copytree(seed_store_dir, store)
    work = tmp_path / "work"
    work.mkdir()
    if case.setup:
        case.setup(work)
    quads, files = store_quads(store), file_digests(work, case.outputs)
    outcome = run_fault(case, work, store)
    assert "Traceback" not in outcome.stderr, outcome.stderr
    assert outcome.code == case.code, outcome.stderr
    assert re.search(case.first_line, outcome.first_line), outcome.stderr
    assert file_digests(work, case.outputs) == files
    if not case.store_changes:
        assert store_quads(store) == quads
    return outcome


def write(name: str, data: bytes) -> Callable[[Path], None]:
    """A setup that writes one input file."""

    def setup(work: Path) -> None:
        (work / name).parent.mkdir(parents=True, exist_ok=True)
        (work / name).write_bytes(data)

    return setup


INPUT_FAULTS = [
    Fault("missing file", ("build", "nothing-here.txt", "--store", "{store}"), 1, r"nothing-here\.txt"),
    Fault("empty text", ("build", "empty.txt", "--store", "{store}"), 1, r"empty\.txt", setup=write("empty.txt", b"")),
]

QUERY_FAULTS = [
    Fault("SPARQL syntax error", ("query", "-e", "SELEC ?x WHERE {}", "--store", "{store}"), 1, r"(?i)syntax|parse|expected"),
    Fault("unknown named query", ("query", "no_such_query", "--store", "{store}"), 1, r"no_such_query"),
    Fault("unknown export format", ("export", "-f", "docx", "--store", "{store}"), 1, r"docx"),
]


@pytest.mark.parametrize("case", INPUT_FAULTS, ids=lambda case: case.name)
def test_input_faults(case, tmp_path, seed_store_dir):
    check_fault(case, tmp_path, seed_store_dir)


@pytest.mark.parametrize("case", QUERY_FAULTS, ids=lambda case: case.name)
def test_query_faults(case, tmp_path, seed_store_dir):
    check_fault(case, tmp_path, seed_store_dir)


def test_the_harness_sees_a_changed_file(tmp_path, seed_store_dir):
    """A case that overwrites an input it did not name as output must fail the check."""
    case = Fault("overwrites its input", ("export", "-o", "keep.ttl", "--store", "{store}"), 0, r"", setup=write("keep.ttl", b"mine"))
    with pytest.raises(AssertionError):
        check_fault(case, tmp_path, seed_store_dir)


def test_the_harness_sees_a_changed_store(tmp_path, seed_store_dir):
    """A case that removes a document without saying the store changes must fail the check."""
    case = Fault("removes a document", ("remove", "000_b2008785d766f160.txt", "--store", "{store}"), 0, r"")
    with pytest.raises(AssertionError):
        check_fault(case, tmp_path, seed_store_dir)
