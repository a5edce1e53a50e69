"""The fault catalogue's harness (tests/test_faults.py): a case record, running ``kg`` as its own process, and the checks.

A :class:`Fault` says what is run and what must come out of it; :class:`How`
says how it runs beyond that (stdout on a file such as /dev/full, a file-size
limit, Ctrl-C after a delay). :func:`check_how` runs a case on a copy of the
seed store and asserts the catalogue's promises: no traceback, the exit code,
the first line, and nothing lost (the store's quads, every file the case did
not name as output). :class:`Checked` cases go through :func:`fault_problems`,
which also damages or fills the store copy when a case says so and returns the
broken promises by kind, so the catalogue can be counted.
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

from tests.fault_support import files_under

KG = (sys.executable, "-m", "kg.cli")


NO_ROOT_POWERS = ("setpriv", "--inh-caps=-dac_override,-dac_read_search",
                  "--bounding-set=-dac_override,-dac_read_search", "--")




def clean_env() -> dict[str, str]:
    """This process's environment without the variables that would point kg at another store or account."""
    return {key: value for key, value in os.environ.items() if key not in ("KG_STORE", "KG_USER", "KG_PASSWORD", "KG_TOKEN")}


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


@dataclass(frozen=True)
class Outcome:
    code: int
    stdout: bytes
    stderr: str

    @property
    def first_line(self) -> str:
        lines = [line for line in self.stderr.splitlines() if line.strip()]
        return lines[0] if lines else ""


@dataclass(frozen=True)
class Checked(Fault):
    """A Fault with more to hold: a store setup, a check of what was delivered, no root powers."""

    store_setup: Callable[[Path], None] | None = None  # damages or fills the case's copy of the store
    after: Callable[[Path, Outcome], None] | None = None  # asserts what must hold in work afterwards
    unprivileged: bool = False  # run without root's CAP_DAC_OVERRIDE, so file modes bind
    repairs: bool = False  # the case repairs a damaged store: afterwards it must hold the seed's quads


@dataclass(frozen=True)
class How:
    """How a case runs beyond its Fault: where stdout goes, a file-size limit, Ctrl-C after a delay."""

    stdout: str | None = None  # a path stdout is opened on for writing (/dev/full)
    file_size_limit: int | None = None  # RLIMIT_FSIZE in bytes: writes past it fail as on a full disk
    interrupt_after: float | None = None  # SIGINT this many seconds after the start
    stops_within: float = 5.0  # ... and the process must end within this many seconds of it


def file_digests(work: Path, outputs: tuple[str, ...]) -> dict[str, str]:
    """Every regular file under ``work`` but the named outputs, by its SHA-256."""
    skipped = {work / name for name in outputs}
    digests = {}
    for path in sorted(files_under(work)):
        if path.is_file() and not path.is_symlink() and path not in skipped:
            digests[str(path.relative_to(work))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return digests


def store_quads(store: Path) -> set[str]:
    """The store's quads as N-Quads lines (read-only: the running case may hold its lock)."""
    import pyoxigraph

    return {str(quad) for quad in pyoxigraph.Store.read_only(str(store))}


def document_graphs(store: Path) -> set[str]:
    """The document graphs' IRIs in a store (read-only)."""
    import pyoxigraph

    return {g.value for g in pyoxigraph.Store.read_only(str(store)).named_graphs() if "/doc/" in g.value}


def readable_state(store: Path):
    """(quads, document graphs) of the store, or None when the store cannot be read (a damaged store)."""
    try:
        return store_quads(store), document_graphs(store)
    except (OSError, RuntimeError, ValueError):
        return None


def data_files(store: Path, digests: dict[str, str] | None = None) -> dict[str, str]:
    """A store's files by digest (now, or from ``digests``), without RocksDB's info log."""
    digests = file_digests(store, ()) if digests is None else digests
    return {name: digest for name, digest in digests.items() if not name.startswith("LOG")}


def run_how(case: Fault, how: How, work: Path, store: Path, urls: dict[str, str]) -> Outcome:
    """Run the case's command in ``work``, as a separate process, with the store at ``store``, in the way ``how`` says."""
    import resource
    import signal
    import time

    def fill(arg: str) -> str:
        for key, url in urls.items():
            arg = arg.replace("{" + key + "}", url)
        return arg.replace("{store}", str(store)).replace("{work}", str(work))

    def limits() -> None:
        if how.file_size_limit:
            resource.setrlimit(resource.RLIMIT_FSIZE, (how.file_size_limit, how.file_size_limit))

    env = clean_env()
    stdout = open(how.stdout, "wb") if how.stdout else subprocess.PIPE
    try:
        proc = subprocess.Popen([*KG, *map(fill, case.argv)], cwd=work, env=env, stdout=stdout, stderr=subprocess.PIPE,
                                stdin=subprocess.PIPE if case.stdin is not None else subprocess.DEVNULL,
                                preexec_fn=limits if how.file_size_limit else None)
    finally:
        if how.stdout:
            stdout.close()
    if how.interrupt_after is None:
        try:
            out, err = proc.communicate(case.stdin, timeout=case.timeout)
        except subprocess.TimeoutExpired:
            _stop_all(proc)
            raise AssertionError(f"still running after {case.timeout} s") from None
        return Outcome(proc.returncode, out or b"", err.decode("utf-8", errors="replace"))
    time.sleep(how.interrupt_after)
    assert proc.poll() is None, "the command ended before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    try:
        out, err = proc.communicate(timeout=how.stops_within)
    except subprocess.TimeoutExpired:
        _stop_all(proc)
        raise AssertionError(f"still running {how.stops_within} s after Ctrl-C") from None
    return Outcome(proc.returncode, out or b"", err.decode("utf-8", errors="replace"))


def check_how(case: Fault, how: How | None, tmp_path: Path, seed_store_dir: Path, urls: dict[str, str] | None = None) -> Outcome:
    """Run one case on a private copy of the seed store, in the way ``how`` says, and check the catalogue's promises."""
    store = tmp_path / "store"
    shutil.copytree(seed_store_dir, store)
    work = tmp_path / "work"
    work.mkdir()
    if case.setup:
        case.setup(work)
    quads, files = store_quads(store), file_digests(work, case.outputs)
    outcome = run_how(case, how or How(), work, store, urls or {})
    assert "Traceback" not in outcome.stderr, outcome.stderr
    assert outcome.code == case.code, outcome.stderr
    assert re.search(case.first_line, outcome.first_line), outcome.stderr
    assert file_digests(work, case.outputs) == files
    if not case.store_changes:
        assert store_quads(store) == quads
    return outcome


def run_checked(case: Checked, work: Path, store: Path, endpoint: str = "") -> Outcome:
    """Run the case like :func:`run_how`; {endpoint} is filled in, and root's powers dropped if asked."""
    prefix: tuple[str, ...] = ()
    if case.unprivileged and os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("runs as root and setpriv (util-linux) is missing, so file modes cannot bind")
        prefix = NO_ROOT_POWERS
    argv = [arg.replace("{store}", str(store)).replace("{work}", str(work)).replace("{endpoint}", endpoint)
            for arg in case.argv]
    env = clean_env()
    proc = subprocess.run([*prefix, *KG, *argv], cwd=work, input=case.stdin, capture_output=True, timeout=case.timeout,
                          env=env, stdin=None if case.stdin is not None else subprocess.DEVNULL)
    return Outcome(proc.returncode, proc.stdout, proc.stderr.decode("utf-8", errors="replace"))


def fault_problems(case: Checked, tmp_path: Path, seed_store_dir: Path, endpoint: str = "") -> list[str]:
    """Run one case on a copy of the seed store; the promises it broke, each as 'kind: detail'.

    Kinds: ``traceback``; ``lost`` (a file, the store's quads, a document graph, or what
    the case must deliver); ``unclear`` (the wrong exit code or first line).
    """
    store, work = tmp_path / "store", tmp_path / "work"
    shutil.copytree(seed_store_dir, store)
    work.mkdir()
    if case.setup:
        case.setup(work)
    if case.store_setup:
        case.store_setup(store)
    before, store_files, files = readable_state(store), file_digests(store, ()), file_digests(work, case.outputs)
    outcome = run_checked(case, work, store, endpoint)
    problems = []
    if "Traceback" in outcome.stderr:
        problems.append(f"traceback: {outcome.stderr.strip().splitlines()[-1]}")
    if file_digests(work, case.outputs) != files:
        problems.append("lost: a file the case did not name as output changed")
    if case.repairs:
        repaired = readable_state(store)
        if repaired is None or repaired[0] != store_quads(seed_store_dir):
            problems.append("lost: the repaired store does not hold what the store held")
    else:
        problems += store_problems(case, store, before, store_files)
    if case.after:
        try:
            case.after(work, outcome)
        except AssertionError as err:
            problems.append(f"lost: {err}")
    if outcome.code != case.code:
        problems.append(f"unclear: exit code {outcome.code}, not {case.code}: {outcome.first_line}")
    elif not re.search(case.first_line, outcome.first_line):
        problems.append(f"unclear: first line {outcome.first_line!r} does not match {case.first_line!r}")
    return problems


def store_problems(case: Checked, store: Path, before, store_files: dict[str, str]) -> list[str]:
    """What the run lost from the store: its quads (or, for a damaged store, its files), or a document graph."""
    if before is None:  # RocksDB's own info log (LOG, rotated to LOG.old.*) is no part of the data
        return [] if data_files(store) == data_files(store, store_files) else ["lost: the damaged store's files changed"]
    after = readable_state(store)
    if after is None:
        return ["lost: the store cannot be read any more"]
    if not case.store_changes and after[0] != before[0]:
        return ["lost: the store's quads changed"]
    gone = before[1] - after[1]
    return [f"lost: document graph(s) gone: {sorted(gone)}"] if gone else []


def check_checked(case: Checked, tmp_path: Path, seed_store_dir: Path, endpoint: str = "") -> None:
    problems = fault_problems(case, tmp_path, seed_store_dir, endpoint)
    assert not problems, problems


def wait_for_http(url: str, proc: subprocess.Popen, timeout: float) -> None:
    """Poll ``url`` until it answers, the process dies, or time runs out."""
    import time
    import urllib.request

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer within {timeout} s")


def _stop_all(proc: subprocess.Popen) -> None:
    """Kill a case's process that ran too long, and the workers it started (each by its id)."""
    for child in _children(proc.pid):
        os.kill(child, 9)
    proc.kill()
    proc.communicate()


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(child) for child in path.read_text().split()] if path.exists() else []


@pytest.fixture(scope="module")
def servers(tmp_path_factory, seed_store_dir):
    """{http}: Python's http.server (no SPARQL endpoint); {oxigraph}: Oxigraph serving the seed; {dead}: nothing."""
    from tests.servers import OxigraphServer, free_port

    port = free_port()
    folder = tmp_path_factory.mktemp("http")
    web = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1"], cwd=folder,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_http(f"http://127.0.0.1:{port}/", web, timeout=30)
        served = folder / "seed"
        shutil.copytree(seed_store_dir, served)
        with OxigraphServer(served, read_only=True) as oxigraph:
            yield {"http": f"http://127.0.0.1:{port}/sparql", "oxigraph": oxigraph.query_url,
                   "dead": f"http://127.0.0.1:{free_port()}/sparql"}
    finally:
        from kg.serve import stop_server

        stop_server(web)
