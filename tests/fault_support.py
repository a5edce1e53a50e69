"""Setups and after-checks for the fault catalogue (tests/test_faults.py): inputs made in a case's folder, damage done to its store, what must hold once it ran.

A setup takes the case's work folder (or, for a store setup, its copy of the
store); an after-check takes the work folder and the run's outcome and raises
AssertionError when what the case had to deliver is not there.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.fault_harness import Outcome


def files_under(top: Path) -> list[Path]:
    """Every path under ``top``, walked without recursion (a case may nest folders 1,000 deep)."""
    found, folders = [], [top]
    while folders:
        with os.scandir(folders.pop()) as entries:
            for entry in entries:
                found.append(Path(entry.path))
                if entry.is_dir(follow_symlinks=False):
                    folders.append(Path(entry.path))
    return found


def _write(work: Path, name: str, data: bytes) -> None:
    (work / name).parent.mkdir(parents=True, exist_ok=True)
    (work / name).write_bytes(data)


def nested(depth: int) -> Callable[[Path], None]:
    """A setup: a folder nested ``depth`` deep (named 'deep'), with no article in it."""

    def setup(work: Path) -> None:
        path = work / "deep"
        path.mkdir()
        for _ in range(depth):  # one level at a time: Path.mkdir(parents=True) recurses
            path = path / "d"
            path.mkdir()

    return setup


def remove_nested(work: Path, outcome: Outcome) -> None:
    """An after-check that only tidies: removes the nested folders deepest first (shutil.rmtree would recurse too deep)."""
    paths = sorted(files_under(work / "deep"), key=lambda path: len(path.parts), reverse=True)
    for path in [*paths, work / "deep"]:
        path.rmdir()


def locked(name: str, mode: int, files: dict[str, bytes]) -> Callable[[Path], None]:
    """A setup: folder ``name`` holding ``files``, then set to ``mode`` (kept after the run only by pytest's cleanup)."""

    def setup(work: Path) -> None:
        (work / name).mkdir(parents=True, exist_ok=True)
        for file, data in files.items():
            _write(work, f"{name}/{file}", data)
        os.chmod(work / name, mode)

    return setup


def locked_file(name: str, data: bytes) -> Callable[[Path], None]:
    def setup(work: Path) -> None:
        _write(work, name, data)
        os.chmod(work / name, 0)

    return setup


def link(name: str, target: str) -> Callable[[Path], None]:
    return lambda work: os.symlink(target, work / name)


def folder(name: str) -> Callable[[Path], None]:
    return lambda work: (work / name).mkdir()


def all_of(*setups: Callable[[Path], None]) -> Callable[[Path], None]:
    def setup(work: Path) -> None:
        for one in setups:
            one(work)

    return setup


def holds(name: str, *needles: bytes) -> Callable[[Path, Outcome], None]:
    """An after-check: the file ``name`` in work holds every needle."""

    def after(work: Path, outcome: Outcome) -> None:
        data = (work / name).read_bytes()
        assert all(needle in data for needle in needles), f"{name} lacks the export ({len(data)} bytes)"

    return after


def stdout_holds(*needles: bytes) -> Callable[[Path, Outcome], None]:
    def after(work: Path, outcome: Outcome) -> None:
        missing = [needle for needle in needles if needle not in outcome.stdout]
        assert not missing, f"stdout ({len(outcome.stdout)} bytes) lacks {missing}"

    return after


def is_link(name: str) -> Callable[[Path, Outcome], None]:
    def after(work: Path, outcome: Outcome) -> None:
        assert (work / name).is_symlink(), f"{name} is no longer a symbolic link"

    return after


def both(*checks: Callable[[Path, Outcome], None]) -> Callable[[Path, Outcome], None]:
    def after(work: Path, outcome: Outcome) -> None:
        for check in checks:
            check(work, outcome)

    return after


READERS: dict[Path, subprocess.Popen] = {}  # the reader started on each case's named pipe, by work folder


def pipe_with_reader(work: Path) -> None:
    """A setup: a named pipe 'pipe' and a 'cat' reading it into 'piped.txt' (stopped by its id after the run)."""
    os.mkfifo(work / "pipe")
    with open(work / "piped.txt", "wb") as sink:
        READERS[work] = subprocess.Popen(["cat", str(work / "pipe")], stdout=sink)


def reader_got_export(work: Path, outcome: Outcome) -> None:
    reader = READERS.pop(work)
    try:
        reader.wait(timeout=10)
    except subprocess.TimeoutExpired:
        reader.kill()
        reader.wait()
    import stat

    assert stat.S_ISFIFO(os.lstat(work / "pipe").st_mode), "the named pipe was replaced by a regular file"
    holds("piped.txt", b"newskg")(work, outcome)


def character_device(work: Path) -> None:
    """A setup: 'null', a character device like /dev/null (1, 3) made in the case's folder (root only)."""
    import stat

    if os.geteuid() != 0:
        pytest.skip("making a device file needs root; kg's own tests of write_in_place cover the other kinds")
    os.mknod(work / "null", stat.S_IFCHR | 0o666, os.makedev(1, 3))


def still_a_device(work: Path, outcome: Outcome) -> None:
    import stat

    assert stat.S_ISCHR(os.lstat(work / "null").st_mode), "the device file was replaced by a regular file"


def stored_texts(work: Path) -> set[str]:
    """The texts (nif:isString) the case's store holds."""
    import pyoxigraph

    store = pyoxigraph.Store.read_only(str(work.parent / "store"))
    return {q.object.value for q in store.quads_for_pattern(None, pyoxigraph.NamedNode(
        "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString"), None, None)}


def holds_texts(*texts: bytes) -> Callable[[Path, Outcome], None]:
    """An after-check: the store holds each of ``texts`` as a document's text (none was replaced)."""

    def after(work: Path, outcome: Outcome) -> None:
        missing = {text.decode() for text in texts} - stored_texts(work)
        assert not missing, f"the store lost the text(s) {sorted(missing)}"

    return after


def holds_text(name: str, text: bytes) -> Callable[[Path, Outcome], None]:
    """An after-check: the store's document ``name`` has ``text`` as its text."""

    def after(work: Path, outcome: Outcome) -> None:
        import pyoxigraph

        store = pyoxigraph.Store.read_only(str(work.parent / "store"))
        graph = pyoxigraph.NamedNode(f"https://w3id.org/newskg/id/doc/{name}")
        texts = {q.object.value for q in store.quads_for_pattern(None, pyoxigraph.NamedNode(
            "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString"), None, graph)}
        assert texts == {text.decode()}, f"document {name} holds {texts}"

    return after


def without_file(pattern: str) -> Callable[[Path], None]:
    """A store setup: delete the store's largest file matching ``pattern`` (as a disk fault or a careless hand does).

    The largest table file holds data every command reads; a small one may
    belong to data that only some commands reach.
    """

    def setup(store: Path) -> None:
        victims = sorted(store.glob(pattern), key=lambda path: (path.stat().st_size, path.name))
        assert victims, f"the seed store has no {pattern} to delete"
        victims[-1].unlink()

    return setup


def anchors_deleted(store: Path) -> None:
    """A store setup: delete every nif:anchorOf of the seed document's graph."""
    import pyoxigraph

    db = pyoxigraph.Store(str(store))
    db.update("DELETE WHERE { GRAPH ?g { ?s <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf> ?o } }")
    db.flush()
    del db


def anchors_restored(work: Path, outcome: Outcome) -> None:
    import pyoxigraph

    store = pyoxigraph.Store.read_only(str(work.parent / "store"))
    anchors = store.quads_for_pattern(None, pyoxigraph.NamedNode(
        "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf"), None, None)
    assert any(True for _ in anchors), "the damaged graph was not re-extracted"


REMOVED = "https://w3id.org/newskg/id/doc/removed.txt"  # a document the remote store holds and the local one does not
FOREIGN = "urn:kg-test:not-a-document"  # a graph of someone else's on the remote store
REMOTES: dict[Path, str] = {}  # the remote store's query URL, by the case's work folder


def remote_graphs(work: Path) -> dict[str, int]:
    from kg.remote.query import remote_graph_counts

    return remote_graph_counts(REMOTES[work], [REMOVED, FOREIGN])


def remote_holds(removed: int) -> Callable[[Path, Outcome], None]:
    """An after-check: the remote store still holds the foreign graph, and the removed document ``removed`` times."""

    def after(work: Path, outcome: Outcome) -> None:
        graphs = remote_graphs(work)
        assert graphs[FOREIGN] == 1, "push deleted a graph that is not a document"
        assert graphs[REMOVED] == removed, f"the removed document is {'still' if graphs[REMOVED] else 'no longer'} remote"

    return after


def write(name: str, data: bytes) -> Callable[[Path], None]:
    """A setup that writes one input file."""

    def setup(work: Path) -> None:
        _write(work, name, data)

    return setup
