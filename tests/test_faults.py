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

try:
    from tests.fault_support import (
        FOREIGN,
        REMOTES,
        REMOVED,
        all_of,
        anchors_deleted,
        anchors_restored,
        both,
        character_device,
        files_under,
        folder,
        holds,
        holds_text,
        holds_texts,
        is_link,
        link,
        locked,
        locked_file,
        nested,
        pipe_with_reader,
        reader_got_export,
        remote_holds,
        remove_nested,
        stdout_holds,
        still_a_device,
        without_file,
    )
except ImportError:  # tests/ itself on sys.path (pytest rootdir-less runs)
    from fault_support import (
        FOREIGN,
        REMOTES,
        REMOVED,
        all_of,
        anchors_deleted,
        anchors_restored,
        both,
        character_device,
        files_under,
        folder,
        holds,
        holds_text,
        holds_texts,
        is_link,
        link,
        locked,
        locked_file,
        nested,
        pipe_with_reader,
        reader_got_export,
        remote_holds,
        remove_nested,
        stdout_holds,
        still_a_device,
        without_file,
    )

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
    for path in sorted(files_under(work)):
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


# --- Nothing lost (issue 17, part A): input files, output files, document names, damaged stores, push ---
#
# These cases run through :func:`fault_problems`, which also damages or fills the store
# copy when a case says so, checks that no document graph the store held is gone, runs
# a case's own check of what it delivered, and can run kg without root's power to read
# any file (so an unreadable folder is unreadable even on a machine where tests run as
# root). It returns the broken promises by kind, so the catalogue can be counted.

ROOT = Path(__file__).resolve().parent.parent
SEED_NAME = "000_b2008785d766f160.txt"
SEED_FILE = ROOT / "seeds" / SEED_NAME
ARTICLE = b"The minister said on Monday that the talks would resume next week.\n"
SECOND_ARTICLE = b"The union said on Tuesday that the strike would go on.\n"
NO_ROOT_POWERS = ("setpriv", "--inh-caps=-dac_override,-dac_read_search",
                  "--bounding-set=-dac_override,-dac_read_search", "--")


@dataclass(frozen=True)
class Checked(Fault):
    """A Fault with more to hold: a store setup, a check of what was delivered, no root powers."""

    store_setup: Callable[[Path], None] | None = None  # damages or fills the case's copy of the store
    after: Callable[[Path, Outcome], None] | None = None  # asserts what must hold in work afterwards
    unprivileged: bool = False  # run without root's CAP_DAC_OVERRIDE, so file modes bind
    repairs: bool = False  # the case repairs a damaged store: afterwards it must hold the seed's quads


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


def run_checked(case: Checked, work: Path, store: Path, endpoint: str = "") -> Outcome:
    """Run the case like :func:`run_fault`; {endpoint} is filled in, and root's powers dropped if asked."""
    prefix: tuple[str, ...] = ()
    if case.unprivileged and os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("runs as root and setpriv (util-linux) is missing, so file modes cannot bind")
        prefix = NO_ROOT_POWERS
    argv = [arg.replace("{store}", str(store)).replace("{work}", str(work)).replace("{endpoint}", endpoint)
            for arg in case.argv]
    env = {key: value for key, value in os.environ.items() if key not in ("KG_STORE", "KG_USER", "KG_PASSWORD", "KG_TOKEN")}
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


def data_files(store: Path, digests: dict[str, str] | None = None) -> dict[str, str]:
    """A store's files by digest (now, or from ``digests``), without RocksDB's info log."""
    digests = file_digests(store, ()) if digests is None else digests
    return {name: digest for name, digest in digests.items() if not name.startswith("LOG")}


def check_checked(case: Checked, tmp_path: Path, seed_store_dir: Path, endpoint: str = "") -> None:
    problems = fault_problems(case, tmp_path, seed_store_dir, endpoint)
    assert not problems, problems


FILE_FAULTS = [
    Checked("missing folder", ("build", "nowhere/", "--store", "{store}"), 1, r"nowhere"),
    Checked("unsupported file type", ("build", "a.pdf", "--store", "{store}"), 1, r"a\.pdf.*\.txt", setup=write("a.pdf", b"%PDF-1.4")),
    Checked("binary file", ("build", "a.txt", "--store", "{store}"), 1, r"a\.txt", setup=write("a.txt", bytes(range(256)) * 4)),
    Checked("Latin-1 text", ("build", "a.txt", "--store", "{store}"), 1, r"a\.txt: not UTF-8",
            setup=write("a.txt", "Le café a dit que les négociations reprendront.".encode("latin-1"))),
    Checked("white space only", ("build", "a.txt", "--store", "{store}"), 1, r"a\.txt: empty", setup=write("a.txt", b" \n\t\n")),
    Checked("text over the length limit", ("build", "a.txt", "--store", "{store}"), 1, r"a\.txt: 1,100,005 characters",
            setup=write("a.txt", b"word " * 220_001)),
    Checked("impossible --date", ("build", "a.txt", "--date", "2024-13-40", "--store", "{store}"), 1, r"2024-13-40",
            setup=write("a.txt", ARTICLE)),
    Checked("impossible date marker", ("build", "a.txt", "--store", "{store}"), 1, r"a\.txt.*2024-02-30",
            setup=write("a.txt", b"date 2024-02-30\n\n" + ARTICLE)),
    Checked("JSON Lines row not JSON", ("build", "a.jsonl", "--store", "{store}"), 1, r"a\.jsonl:1: not valid JSON",
            setup=write("a.jsonl", b"{text: 'x'}\n")),
    Checked("JSON Lines row not an object", ("build", "a.jsonl", "--store", "{store}"), 1, r"a\.jsonl:1: .*JSON object",
            setup=write("a.jsonl", b"[1, 2]\n")),
    Checked("JSON Lines row without text", ("build", "a.jsonl", "--store", "{store}"), 1, r"a\.jsonl:1: .*'text'",
            setup=write("a.jsonl", b'{"title": "x"}\n')),
    Checked("JSON Lines row with a bad date", ("build", "a.jsonl", "--store", "{store}"), 1, r"a\.jsonl:1: 'yesterday'",
            setup=write("a.jsonl", b'{"text": "Talks resume.", "date": "yesterday"}\n')),
    Checked("JSON Lines text with a NUL", ("build", "a.jsonl", "--store", "{store}"), 1, r"a\.jsonl:1: .*NUL",
            setup=write("a.jsonl", b'{"text": "Talks\\u0000 resume."}\n')),
    Checked("CSV without a text column", ("build", "a.csv", "--store", "{store}"), 1, r"a\.csv: .*'text' column",
            setup=write("a.csv", b"title,body\nA,B\n")),
    Checked("CSV header only", ("build", "a.csv", "--store", "{store}"), 1, r"a\.csv: .*no rows", setup=write("a.csv", b"id,text\n")),
    Checked("CSV row without text", ("build", "a.csv", "--store", "{store}"), 1, r"a\.csv:2: .*'text'",
            setup=write("a.csv", b"id,text\nx,\n")),
    Checked("CSV with an unbalanced quote", ("build", "a.csv", "--store", "{store}"), 1, r"a\.csv:2: .*quote",
            setup=write("a.csv", b'id,text\none,"The minister said talks resume.\ntwo,The second row is an article too.\n')),
    Checked("UTF-16 text without a byte order mark", ("build", "a.txt", "--store", "{store}"), 1, r"a\.txt: .*UTF-16",
            setup=write("a.txt", ARTICLE.decode().encode("utf-16-le"))),
    Checked("UTF-16 big-endian text without a byte order mark", ("build", "a.txt", "--store", "{store}"), 1,
            r"a\.txt: .*UTF-16", setup=write("a.txt", ARTICLE.decode().encode("utf-16-be"))),
    Checked("text with a NUL byte", ("build", "a.txt", "--store", "{store}"), 1, r"a\.txt: .*NUL",
            setup=write("a.txt", b"The minister said\x00 talks resume.\n")),
    Checked("stdin empty", ("build", "-", "--store", "{store}"), 1, r"stdin: empty", stdin=b""),
    Checked("stdin not UTF-8", ("build", "-", "--store", "{store}"), 1, r"stdin: not UTF-8", stdin=b"caf\xe9 au lait\n"),
    Checked("empty folder", ("build", "news", "--store", "{store}"), 1, r"news: folder holds no", setup=folder("news")),
    Checked("folder of hidden files only", ("build", "news", "--store", "{store}"), 1, r"news: folder holds no",
            setup=write("news/.draft.txt", ARTICLE)),
    Checked("folder nested 1,000 deep", ("build", "deep", "--store", "{store}"), 1, r"deep: folder holds no", setup=nested(1000),
            after=remove_nested),
    Checked("folder that cannot be read", ("build", "news", "--store", "{store}"), 1, r"news: cannot read",
            setup=locked("news", 0, {"a.txt": ARTICLE}), unprivileged=True),
    Checked("file in a folder that cannot be searched", ("build", "news/a.txt", "--store", "{store}"), 1,
            r"news/a\.txt: cannot read", setup=locked("news", 0o600, {"a.txt": ARTICLE}), unprivileged=True),
    Checked("subfolder that cannot be read", ("build", "news", "--store", "{store}"), 1, r"news/closed: cannot read",
            setup=all_of(write("news/a.txt", ARTICLE), locked("news/closed", 0, {"b.txt": ARTICLE})), unprivileged=True),
    Checked("file that cannot be read", ("build", "a.txt", "--store", "{store}"), 1, r"a\.txt: cannot read",
            setup=locked_file("a.txt", ARTICLE), unprivileged=True),
    Checked("two texts under one name in one run", ("build", "x", "y", "--store", "{store}"), 1, r"a\.txt.*already taken",
            setup=all_of(write("x/a.txt", ARTICLE), write("y/a.txt", b"Another article about the talks.\n"))),
    Checked("extract of a missing file", ("extract", "nothing.txt"), 1, r"nothing\.txt"),
    Checked("extract with an impossible --date", ("extract", "a.txt", "--date", "2024-02-30"), 1, r"--date: '2024-02-30'",
            setup=write("a.txt", ARTICLE)),
    Checked("a named pipe as input", ("build", "pipe", "--store", "{store}"), 1, r"pipe: not a file or folder .*'-'",
            setup=lambda work: os.mkfifo(work / "pipe")),
    Checked("stdin given twice", ("build", "-", "-", "--store", "{store}"), 1, r"stdin\) is given more than once",
            stdin=ARTICLE),
    Checked("CSV text with a NUL", ("build", "a.csv", "--store", "{store}"), 1, r"a\.csv: holds a NUL",
            setup=write("a.csv", b"id,text\none,Talks\x00 resume.\n")),
    Checked("a folder whose only subfolder links back to it", ("build", "news", "--store", "{store}"), 1,
            r"news: folder holds no", setup=all_of(folder("news"), link("news/loop", "."))),
]

OPTION_FAULTS = [
    Checked("--jobs 0", ("build", "a.txt", "-j", "0", "--store", "{store}"), 2, r"^Usage", setup=write("a.txt", ARTICLE)),
    Checked("unknown option", ("build", "a.txt", "--frobnicate", "--store", "{store}"), 2, r"^Usage"),
    Checked("build without a path", ("build", "--store", "{store}"), 2, r"^Usage"),
    Checked("--store is a file", ("build", "a.txt", "--store", "a.txt"), 2, r"^Usage", setup=write("a.txt", ARTICLE)),
    Checked("--store is a folder of other files", ("build", "a.txt", "--store", "docs"), 1, r"docs holds other files",
            setup=all_of(write("a.txt", ARTICLE), write("docs/notes.md", b"mine"))),
    Checked("remove an unknown document", ("remove", "nope.txt", "--store", "{store}"), 1, r"no document 'nope\.txt'"),
    Checked("export an unknown document", ("export", "--graph", "nope.txt", "--store", "{store}"), 1, r"nope\.txt"),
    Checked("validate an unknown document", ("validate", "--graph", "nope.txt", "--store", "{store}"), 1, r"nope\.txt"),
    Checked("query a store that is not there", ("query", "statements", "--store", "{work}/none"), 1, r"no store at"),
    Checked("remove from a store that is not there", ("remove", "a.txt", "--store", "{work}/none"), 1, r"no store at"),
    Checked("push a file that is not there", ("push", "--endpoint", "http://127.0.0.1:9/query", "--file", "none.nq"), 2, r"^Usage"),
    Checked("push an unknown document", ("push", "--endpoint", "http://127.0.0.1:9/query", "--graph", "nope.txt",
                                         "--store", "{store}"), 1, r"nope\.txt"),
    Checked("export to a folder that cannot be written", ("export", "-o", "closed/x.ttl", "--store", "{store}"), 1,
            r"cannot write closed/x\.ttl: Permission denied", setup=locked("closed", 0o500, {}), unprivileged=True),
    Checked("query a store that cannot be read", ("query", "statements", "--store", "{work}/closed"), 2,
            r"^Usage", setup=locked("closed", 0, {}), unprivileged=True),
    Checked("export with --store a file", ("export", "--store", "a.txt"), 2, r"^Usage", setup=write("a.txt", ARTICLE)),
    Checked("validate a store that is not there", ("validate", "--store", "{work}/none"), 1, r"no store at"),
    Checked("export a store that is not there", ("export", "--store", "{work}/none"), 1, r"no store at"),
    Checked("eval with two sources", ("eval", "--gold", ".", "--newsmtsc", "a.jsonl"), 2, r"^Usage",
            setup=write("a.jsonl", b"{}\n")),
]


OUTPUT_FAULTS = [
    Checked("export into a missing folder", ("export", "-o", "nofolder/x.ttl", "--store", "{store}"), 1,
            r"cannot write nofolder/x\.ttl"),
    Checked("export onto a folder", ("export", "-o", "sub", "--store", "{store}"), 2, r"^Usage", setup=folder("sub")),
    Checked("export to a named pipe", ("export", "-o", "pipe", "--store", "{store}"), 0, r"^$",
            setup=pipe_with_reader, outputs=("piped.txt",), after=reader_got_export),
    Checked("export through a symbolic link", ("export", "-o", "link.ttl", "--store", "{store}"), 0, r"^$",
            setup=all_of(write("real.ttl", b"old"), link("link.ttl", "real.ttl")), outputs=("real.ttl",),
            after=both(is_link("link.ttl"), holds("real.ttl", b"newskg"))),
    Checked("export to a link to stdout, as /dev/stdout is", ("export", "-o", "out", "--store", "{store}"), 0, r"^$",
            setup=link("out", "/proc/self/fd/1"), after=both(is_link("out"), stdout_holds(b"newskg"))),
    Checked("export to /dev/fd/1, as >(cmd) gives", ("export", "-f", "nt", "-o", "/dev/fd/1", "--store", "{store}"), 0, r"^$",
            after=stdout_holds(b"newskg")),
    Checked("export to a character device", ("export", "-o", "null", "--store", "{store}"), 0, r"^$",
            setup=character_device, after=still_a_device),
    Checked("export onto the store's CURRENT file", ("export", "-o", "{store}/CURRENT", "--store", "{store}"), 1,
            r"inside the store"),
    Checked("export into the store's folder", ("export", "-o", "{store}/dump.ttl", "--store", "{store}"), 1,
            r"inside the store"),
    Checked("extract into a store's folder", ("extract", "a.txt", "-o", "{store}/x.nq"), 1, r"inside the store",
            setup=write("a.txt", ARTICLE)),
    Checked("extract of a missing file keeps the old output", ("extract", "none.txt", "-o", "keep.nq"), 1, r"none\.txt",
            setup=write("keep.nq", b"mine")),
]


def other_text_named_like_the_seed(work: Path) -> None:
    write(f"other/{SEED_NAME}", ARTICLE)(work)

def built_from_stdin(text: bytes) -> Callable[[Path], None]:
    """A store setup: build ``text`` from stdin into the case's store, as an earlier run did."""

    def setup(store: Path) -> None:
        subprocess.run([*KG, "build", "-", "--store", str(store), "-j", "1"], input=text, check=True, capture_output=True)

    return setup


NAME_FAULTS = [
    Checked("a different text under a stored name", ("build", "other", "--store", "{store}"), 1,
            rf"^Error: other/{re.escape(SEED_NAME)}: .*'{re.escape(SEED_NAME)}'.*--replace", setup=other_text_named_like_the_seed),
    Checked("stdin under a stored name", ("build", "-", "--name", SEED_NAME, "--store", "{store}"), 1,
            rf"^Error: stdin: .*'{re.escape(SEED_NAME)}'.*--replace", stdin=ARTICLE),
    Checked("--name without stdin", ("build", "a.txt", "--name", "x.txt", "--store", "{store}"), 1, r"--name.*stdin",
            setup=write("a.txt", ARTICLE)),
    Checked("the same text from another folder is skipped", ("build", "other", "--store", "{store}"), 0, r"skipped 1",
            setup=lambda work: write(f"other/{SEED_NAME}", SEED_FILE.read_bytes())(work)),
    Checked("--replace replaces a stored name", ("build", "other", "--replace", "-j", "1", "--store", "{store}"), 0,
            r"built 1 document", setup=other_text_named_like_the_seed, store_changes=True,
            after=holds_text(SEED_NAME, ARTICLE), timeout=300),
    Checked("a second stdin text keeps the first", ("build", "-", "-j", "1", "--store", "{store}"), 0, r"built 1 document",
            stdin=SECOND_ARTICLE, store_setup=built_from_stdin(ARTICLE), store_changes=True,
            after=holds_texts(ARTICLE, SECOND_ARTICLE), timeout=300),
]


STORE_FAULTS = [
    Checked("query a store missing a table file", ("query", "statements", "--store", "{store}"), 1,
            r"store .* is damaged.*kg build", store_setup=without_file("*.sst")),
    Checked("export a store missing a table file", ("export", "--store", "{store}"), 1, r"store .* is damaged",
            store_setup=without_file("*.sst")),
    Checked("build into a store missing a table file", ("build", "a.txt", "--store", "{store}"), 1, r"store .* is damaged",
            setup=write("a.txt", ARTICLE), store_setup=without_file("*.sst")),
    Checked("query a store without its CURRENT file", ("query", "statements", "--store", "{store}"), 1,
            r"store .* is damaged.*CURRENT", store_setup=without_file("CURRENT")),
    Checked("remove from a store missing a table file", ("remove", SEED_NAME, "--store", "{store}"), 1,
            r"store .* is damaged", store_setup=without_file("*.sst")),
    Checked("validate a store missing a table file", ("validate", "--store", "{store}"), 1,
            r"store .* is damaged", store_setup=without_file("*.sst")),
    Checked("push a store missing a table file", ("push", "--endpoint", "http://127.0.0.1:9/query", "--store", "{store}"),
            1, r"store .* is damaged", store_setup=without_file("*.sst")),
    Checked("export a store without its CURRENT file", ("export", "--store", "{store}"), 1,
            r"store .* is damaged.*CURRENT", store_setup=without_file("CURRENT")),
    Checked("validate --repair a store without its CURRENT file", ("validate", "--repair", "--no-reason", "--store",
            "{store}"), 0, r"repaired store .* CURRENT file, naming MANIFEST-", store_setup=without_file("CURRENT"),
            repairs=True, timeout=300),
    Checked("validate --repair a store missing a table file", ("validate", "--repair", "--store", "{store}"), 1,
            r"store .* is damaged \(", store_setup=without_file("*.sst")),
    Checked("build into a store without its CURRENT file", ("build", "a.txt", "--store", "{store}"), 1,
            r"store .* is damaged", setup=write("a.txt", ARTICLE), store_setup=without_file("CURRENT")),
    Checked("rebuild a document whose anchors were deleted", ("build", str(SEED_FILE), "-j", "1", "--store", "{store}"), 0,
            r"built 1 document", store_setup=anchors_deleted, store_changes=True, after=anchors_restored, timeout=300),
    Checked("validate a document whose anchors were deleted", ("validate", "--no-reason", "--store", "{store}"), 1,
            r"kg build", store_setup=anchors_deleted, timeout=300),
]


PUSH = ("push", "--endpoint", "{endpoint}", "--profile", "oxigraph", "--store", "{store}")
PUSH_FAULTS = [
    Checked("push after a local remove says what it left", PUSH, 0, r"left 1 remote document\(s\) .*--prune",
            after=remote_holds(1)),
    Checked("push --prune deletes the removed document only", (*PUSH, "--prune"), 0, r"deleted 1 remote document",
            after=remote_holds(0)),
    Checked("push --prune --dry-run deletes nothing", (*PUSH, "--prune", "--dry-run"), 0, r"^$",
            after=both(remote_holds(1), stdout_holds(b"would delete 1 remote document"))),
    Checked("push --prune with --file", ("push", "--endpoint", "{endpoint}", "--file", "news.nq", "--prune"), 1,
            r"--prune .*needs the store", setup=write("news.nq", b'<urn:kg-test:s> <urn:kg-test:p> "x" .\n'),
            after=remote_holds(1)),
]


@pytest.mark.parametrize("case", FILE_FAULTS, ids=lambda case: case.name)
def test_file_faults(case, tmp_path, seed_store_dir):
    check_checked(case, tmp_path, seed_store_dir)


@pytest.mark.parametrize("case", OPTION_FAULTS, ids=lambda case: case.name)
def test_option_faults(case, tmp_path, seed_store_dir):
    check_checked(case, tmp_path, seed_store_dir)


@pytest.mark.parametrize("case", OUTPUT_FAULTS, ids=lambda case: case.name)
def test_output_faults(case, tmp_path, seed_store_dir):
    check_checked(case, tmp_path, seed_store_dir)


@pytest.mark.parametrize("case", NAME_FAULTS, ids=lambda case: case.name)
def test_name_faults(case, tmp_path, seed_store_dir):
    check_checked(case, tmp_path, seed_store_dir)


@pytest.mark.parametrize("case", STORE_FAULTS, ids=lambda case: case.name)
def test_store_faults(case, tmp_path, seed_store_dir):
    check_checked(case, tmp_path, seed_store_dir)


@pytest.mark.parametrize("case", PUSH_FAULTS, ids=lambda case: case.name)
def test_push_faults(case, tmp_path, seed_store_dir):
    """Each case pushes the seed store to a real Oxigraph server that holds a removed document and a foreign graph."""
    from kg.remote.endpoints import resolve_endpoints
    from kg.remote.push import push

    try:
        from tests.servers import OxigraphServer
    except ImportError:  # tests/ itself on sys.path
        from servers import OxigraphServer

    extra = b'<urn:kg-test:s> <urn:kg-test:p> "x" .'
    with OxigraphServer() as server:
        push([(REMOVED, extra), (FOREIGN, extra)], resolve_endpoints(server.query_url, "oxigraph"))
        REMOTES[tmp_path / "work"] = server.query_url
        try:
            check_checked(case, tmp_path, seed_store_dir, endpoint=server.query_url)
        finally:
            REMOTES.pop(tmp_path / "work")


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
