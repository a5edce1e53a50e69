"""The fault catalogue: bad input and faults, each run as a user runs it, in its own ``kg`` process.

Every case names what is run, the exit code it must end with and the first
line it must print on stderr, and it checks that nothing was lost: the store's
quads are the same after the run as before (unless the case is about a store
that is meant to change), and every file in the case's folder is unchanged
except the outputs the case names. No case may print a traceback.

Cases are grouped by kind in lists (``INPUT_FAULTS``, ...); each list is one
parametrized test, so ``pytest -k`` picks a kind, and the ids name the case.
The harness (the case records, running ``kg``, the checks) is in
``tests/fault_harness.py``; setups and after-checks in ``tests/fault_support.py``.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.fault_harness import (
    KG,
    Checked,
    Fault,
    How,
    _children,
    _stop_all,
    check_checked,
    check_how,
    servers,  # noqa: F401  (a fixture: the remote cases' real servers)
    )
from tests.fault_support import (
    FOREIGN,
    REMOTES,
    REMOVED,
    all_of,
    anchors_deleted,
    anchors_restored,
    both,
    character_device,
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
    write,
)

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

#: The seed article as its author might correct it: a paragraph added at the end.
EDITED_SEED = SEED_FILE.read_bytes().rstrip() + b"\n\nThis article was updated to correct the date of the meeting.\n"


def edited_seed(work: Path) -> None:
    write(f"edited/{SEED_NAME}", EDITED_SEED)(work)


def built_from_stdin(text: bytes) -> Callable[[Path], None]:
    """A store setup: build ``text`` from stdin into the case's store, as an earlier run did."""

    def setup(store: Path) -> None:
        subprocess.run([*KG, "build", "-", "--store", str(store), "-j", "1"], input=text, check=True, capture_output=True)

    return setup


NAME_FAULTS = [
    Checked("another article under a stored name", ("build", "other", "--store", "{store}"), 1,
            rf"^Error: other/{re.escape(SEED_NAME)}: .* another article named '{re.escape(SEED_NAME)}'.*--replace", setup=other_text_named_like_the_seed),
    Checked("stdin under a stored name", ("build", "-", "--name", SEED_NAME, "--store", "{store}"), 1,
            rf"^Error: stdin: .*'{re.escape(SEED_NAME)}'.*--replace", stdin=ARTICLE),
    Checked("--name without stdin", ("build", "a.txt", "--name", "x.txt", "--store", "{store}"), 1, r"--name.*stdin",
            setup=write("a.txt", ARTICLE)),
    Checked("the same text from another folder is skipped", ("build", "other", "--store", "{store}"), 0, r"skipped 1",
            setup=lambda work: write(f"other/{SEED_NAME}", SEED_FILE.read_bytes())(work)),
    Checked("an edited article replaces its stored version", ("build", "edited", "-j", "1", "--store", "{store}"), 0,
            r"built 1 document", setup=edited_seed, store_changes=True, after=holds_text(SEED_NAME, EDITED_SEED),
            timeout=300),
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
            r"^$", store_setup=anchors_deleted, after=stdout_holds(b"to repair, run kg build on their files again"),
            timeout=300),
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


COMMAND_FAULTS = [  # the other commands' bad options and unknown names: each refused in one line, nothing written
    Checked("said_by without its name", ("query", "said_by", "--store", "{store}"), 1, r"said_by is about one actor.*--param speaker"),
    Checked("--limit 0", ("query", "actors", "--limit", "0", "--store", "{store}"), 2, r"^Usage"),
    Checked("query format unknown", ("query", "actors", "--format", "docx", "--store", "{store}"), 1, r"unknown format 'docx'"),
    Checked("query file missing", ("query", "nosuch.rq", "--store", "{store}"), 1, r"query file 'nosuch\.rq' does not exist"),
    Checked("--param for no variable", ("query", "-e", "SELECT * WHERE { ?s ?p ?o }", "-p", "x=<not an iri", "--store", "{store}"),
            1, r"--param 'x': .*no variable \?x"),
    Checked("--param without a value", ("query", "-e", "SELECT * WHERE { ?s ?p ?o }", "-p", "novalue", "--store", "{store}"), 1,
            r"--param 'novalue' is not of the form name=value"),
    Checked("export of an unknown document", ("export", "--graph", "nosuch.txt", "--store", "{store}"), 1, r"no document 'nosuch\.txt'"),
    Checked("remove an unknown document", ("remove", "nosuch.txt", "--store", "{store}"), 1, r"no document 'nosuch\.txt'"),
    Checked("remove from a missing store", ("remove", "x.txt", "--store", "{work}/nostore"), 1, r"no store at"),
    Checked("validate an unknown document", ("validate", "--graph", "nosuch.txt", "--no-reason", "--store", "{store}"), 1,
            r"no document 'nosuch\.txt'"),
    Checked("stats of a missing store", ("stats", "--store", "{work}/nostore"), 1, r"no store at"),
    Checked("stats format unknown", ("stats", "--format", "xml", "--store", "{store}"), 2, r"^Usage"),
    Checked("report with an impossible --since", ("report", "--since", "2024-13", "-o", "r.html", "--store", "{store}"), 1,
            r"--since '2024-13' is not a date"),
    Checked("report --top -1", ("report", "--top", "-1", "--store", "{store}"), 2, r"^Usage"),
    Checked("report into the store", ("report", "-o", "{store}/r.html", "--store", "{store}"), 1, r"inside the store"),
    Checked("report of an unknown document", ("report", "--doc", "nosuch.txt", "-o", "r.html", "--store", "{store}"), 1,
            r"no document named 'nosuch\.txt'"),
    Checked("report of an unknown actor", ("report", "--actor", "Nobody Atall", "-o", "r.html", "--store", "{store}"), 1,
            r"no actor named 'Nobody Atall'"),
    Checked("eval of a missing gold folder", ("eval", "--gold", "nosuch", "--store", "{store}"), 2, r"^Usage"),
    Checked("eval without a gold source", ("eval", "--store", "{store}"), 2, r"^Usage"),
    Checked("eval of a gold file that is not JSON", ("eval", "--gold", "gold", "--store", "{store}"), 1, r"gold/g\.json: not valid JSON",
            setup=write("gold/g.json", b'{"doc": 1\n')),
    Checked("eval of a NewsMTSC file that is not NewsMTSC", ("eval", "--newsmtsc", "n.jsonl"), 1, r"n\.jsonl:1: not a NewsMTSC line",
            setup=write("n.jsonl", b"not json\n")),
    Checked("serve on port 0", ("serve", "--port", "0", "--store", "{store}"), 2, r"^Usage"),
    Checked("push to no URL", ("push", "--endpoint", "not-a-url", "--store", "{store}"), 1, r"'not-a-url' is not an http\(s\) URL"),
    Checked("push of a missing file", ("push", "--endpoint", "http://127.0.0.1:9/query", "--file", "missing.nq"), 2, r"^Usage"),
    Checked("push of a file that is not RDF", ("push", "--endpoint", "http://127.0.0.1:9/query", "--file", "bad.nq", "--dry-run"), 1,
            r"cannot read bad\.nq as N-Quads", setup=write("bad.nq", b"not rdf at all <<<\n")),
    Checked("unknown command", ("frobnicate",), 2, r"^Usage"),
]


@pytest.mark.parametrize("case", COMMAND_FAULTS, ids=lambda case: case.name)
def test_command_faults(case, tmp_path, seed_store_dir):
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
    check_how(case, None, tmp_path, seed_store_dir)


@pytest.mark.parametrize("case", QUERY_FAULTS, ids=lambda case: case.name)
def test_query_faults(case, tmp_path, seed_store_dir):
    check_how(case, None, tmp_path, seed_store_dir)


# --------------------------------------------------------------------------- streams, remote stores, stopping
#
# The cases below run as the ones above, with more ways to run: stdout on a
# file such as /dev/full, a file-size limit (a disk that fills up), Ctrl-C
# (SIGINT) after a delay, and real servers on 127.0.0.1 ({http}: Python's
# http.server, which is no SPARQL endpoint and answers POST with 501;
# {oxigraph}: an Oxigraph server's query URL; {dead}: a port nothing listens on).

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s ?p ?o } GRAPH ?b { ?t ?q ?r } GRAPH ?c { ?u ?v ?w } }"
SERVICE_QUERY = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
SEED_DOC = "000_b2008785d766f160.txt"
STOP_ARTICLE = b"Angela Merkel said on Monday that the talks in Berlin had failed.\n"


FULL = How(stdout="/dev/full")
NO_SPACE = r"standard output.*(No space left|full)"

STREAM_FAULTS = [
    (Fault("query table to a full device", ("query", "actors", "--store", "{store}"), 1, NO_SPACE), FULL),
    (Fault("query json to a full device", ("query", "statements", "-f", "json", "--store", "{store}"), 1, NO_SPACE), FULL),
    (Fault("query CONSTRUCT to a full device", ("query", "-e", "CONSTRUCT WHERE { ?s ?p ?o }", "--store", "{store}"), 1, NO_SPACE), FULL),
    (Fault("query ASK to a full device", ("query", "-e", "ASK { ?s ?p ?o }", "--store", "{store}"), 1, NO_SPACE), FULL),
    (Fault("query list to a full device", ("query", "--list"), 1, NO_SPACE), FULL),
    (Fault("export to a full device", ("export", "--store", "{store}"), 1, NO_SPACE), FULL),
    (Fault("export one graph nq to a full device", ("export", "-f", "nq", "--graph", SEED_DOC, "--store", "{store}"), 1, NO_SPACE), FULL),
    (Fault("extract to a full device", ("extract", "a.txt", "-j", "1"), 1, NO_SPACE, setup=write("a.txt", STOP_ARTICLE)), FULL),
    (Fault("remove on a full disk", ("remove", SEED_DOC, "--store", "{store}"), 1, r"cannot remove.*nothing was removed"),
     How(file_size_limit=128 * 1024)),
]


@pytest.mark.parametrize("case, how", STREAM_FAULTS, ids=lambda item: getattr(item, "name", ""))
def test_stream_faults(case, how, tmp_path, seed_store_dir):
    check_how(case, how, tmp_path, seed_store_dir)


def query(*argv: str) -> tuple[str, ...]:
    return ("query", *argv, "--store", "{store}")


SPARQL_FAULTS = [
    Fault("empty -e", query("-e", ""), 1, r"query given with -e is empty"),
    Fault("-e of blanks and a comment", query("-e", "  # nothing\n"), 1, r"query given with -e is empty"),
    Fault("empty query file", query("empty.rq"), 1, r"empty\.rq is empty", setup=write("empty.rq", b"\n")),
    Fault("query file not UTF-8", query("latin.rq"), 1, r"latin\.rq.*UTF-8", setup=write("latin.rq", "SELECT * { ?s ?p \"é\" }".encode("latin-1"))),
    Fault("missing query file", query("nothere.rq"), 1, r"nothere\.rq"),
    Fault("name and -e both", query("actors", "-e", "ASK {}"), 1, r"either"),
    Fault("no query", query(), 1, r"no query given"),
    Fault("SPARQL update to query", query("-e", "DELETE WHERE { ?s ?p ?o }"), 1, r"SPARQL update"),
    Fault("unknown query format", query("actors", "-f", "docx"), 1, r"docx"),
    Fault("table for CONSTRUCT", query("-e", "CONSTRUCT WHERE { ?s ?p ?o }", "-f", "table"), 1, r"table.*CONSTRUCT"),
    Fault("graph format for SELECT", query("actors", "-f", "nt"), 1, r"nt"),
    Fault("--param without =", query("said_by", "-p", "speaker"), 1, r"name=value"),
    Fault("--param unknown variable", query("said_by", "-p", "nobody=x"), 1, r"no variable \?nobody"),
    Fault("--param bad IRI", query("said_by", "-p", "speaker=<a b>"), 1, r"not a valid IRI"),
    Fault("--param bad literal", query("said_by", "-p", 'speaker="open'), 1, r"not a valid RDF literal"),
    Fault("--param injection stays a value", query("said_by", "-p", 'speaker=x" } ; DROP ALL ; #', "-f", "csv"), 1,
          r"""no actor named 'x" \} ; DROP ALL ; #'"""),
    Fault("query on a missing store", ("query", "actors", "--store", "{work}/nostore"), 1, r"no store"),
    Fault("SERVICE without --allow-service", query("-e", SERVICE_QUERY), 1, r"SERVICE.*--allow-service"),
    Fault("SERVICE SILENT, lower case", query("-e", "select * { service silent <http://127.0.0.1:9/> { ?s ?p ?o } }"), 1,
          r"SERVICE.*--allow-service"),
    Fault("SERVICE in a query file", query("far.rq"), 1, r"far\.rq.*SERVICE.*--allow-service",
          setup=write("far.rq", b"SELECT * {\n  ?s ?p ?o .SERVICE ?where { ?s ?p ?o }\n}\n")),
    Fault("SERVICE allowed, endpoint unreachable", query("-e", SERVICE_QUERY, "--allow-service"), 1, r"failed.*127\.0\.0\.1:9|port 9"),
    Fault("a name ending in service is no SERVICE", query("-e", "PREFIX ex: <http://example.org/> SELECT * { ?s ex:service ?o }", "-f", "csv"), 0, r"^$"),
    Fault("REGEX with an invalid pattern", query("-e", 'SELECT ?s { ?s ?p ?o FILTER(REGEX(STR(?o), "(")) }'), 1, r"REGEX.*\(.*not a valid"),
    Fault("REGEX with invalid flags", query("-e", 'SELECT ?s { ?s ?p ?o FILTER(REGEX(?o, "a", "z")) }'), 1, r"REGEX.*flags.*not valid"),
    Fault("REGEX pattern Oxigraph rejects", query("-e", "SELECT ?s { ?s ?p ?o FILTER regex(?o, '(?=a)') }"), 1, r"REGEX.*not a valid"),
    Fault("REPLACE with an invalid pattern", query("-e", 'SELECT (REPLACE(STR(?o), "[", "") AS ?x) { ?s ?p ?o }'), 1, r"REPLACE.*not a valid"),
    Fault("REGEX with a valid pattern", query("-e", 'SELECT ?s { ?s ?p ?o FILTER(REGEX(STR(?o), "^Mer", "i")) }', "-f", "csv"), 0, r"^$"),
    Fault("--timeout on a runaway query", query("-e", RUNAWAY, "--timeout", "1"), 1, r"--timeout 1", timeout=30),
    Fault("--timeout not a number", query("actors", "--timeout", "soon"), 2, r"Usage|timeout"),
    Fault("--timeout zero", query("actors", "--timeout", "0"), 2, r"Usage|timeout"),
]

EXPORT_FAULTS = [
    Fault("export unknown graph", ("export", "--graph", "nothere.txt", "--store", "{store}"), 1, r"no document 'nothere\.txt'"),
    Fault("export a results format", ("export", "-f", "csv", "--store", "{store}"), 1, r"csv"),
    Fault("export a missing store", ("export", "--store", "{work}/nostore"), 1, r"no store"),
    Fault("remove an unknown document", ("remove", "nothere.txt", "--store", "{store}"), 1, r"no document 'nothere\.txt'"),
    Fault("remove from a missing store", ("remove", SEED_DOC, "--store", "{work}/nostore"), 1, r"no store"),
]


@pytest.mark.parametrize("case", SPARQL_FAULTS + EXPORT_FAULTS, ids=lambda case: case.name)
def test_sparql_and_export_faults(case, tmp_path, seed_store_dir):
    check_how(case, None, tmp_path, seed_store_dir)


def push(*argv: str) -> tuple[str, ...]:
    return ("push", *argv, "--store", "{store}")


REMOTE_FAULTS = [
    Fault("query a server that is no SPARQL endpoint", ("query", "actors", "--endpoint", "{http}"), 1,
          r"^Error: query to \S+ failed: HTTP 501[^<]*(SPARQL endpoint)[^<]*$"),
    Fault("push to a server that is no SPARQL endpoint", push("--endpoint", "{http}"), 1, r"HTTP 501[^<]*SPARQL endpoint[^<]*$"),
    Fault("push by Graph Store to a server that is no store", push("--endpoint", "{http}", "--profile", "oxigraph"), 1,
          r"HTTP 501[^<]*SPARQL endpoint[^<]*$"),
    Fault("query a dead port", ("query", "actors", "--endpoint", "{dead}"), 1, r"cannot connect \(connection refused\)"),
    Fault("push to a dead port", push("--endpoint", "{dead}", "--retries", "0"), 1, r"connection refused"),
    Fault("query an endpoint that is no URL", ("query", "actors", "--endpoint", "ftp://x/sparql"), 1, r"not an http"),
    Fault("push to an endpoint that is no URL", push("--endpoint", "localhost:7878"), 1, r"not an http"),
    Fault("push with an unknown profile", push("--endpoint", "{oxigraph}", "--profile", "blazegraph"), 2, r"Usage|blazegraph"),
    Fault("push an unknown graph", push("--endpoint", "{oxigraph}", "--graph", "nothere.txt"), 1, r"no document 'nothere\.txt'"),
    Fault("push a missing file", push("--endpoint", "{oxigraph}", "--file", "nothere.nq"), 2, r"Usage|nothere"),
    Fault("push --user without a password, no terminal", push("--endpoint", "{oxigraph}", "--user", "bob"), 1, r"--user bob.*password"),
    Fault("query --user without a password, no terminal", ("query", "actors", "--endpoint", "{oxigraph}", "--user", "bob"), 1,
          r"--user bob.*password"),
    Fault("a password without a user", push("--endpoint", "{oxigraph}", "--password", "x"), 1, r"password was given without a user"),
    Fault("a user and a token", push("--endpoint", "{oxigraph}", "--user", "bob", "--password", "x", "--token", "t"), 1,
          r"either a user and password or a bearer token"),
    Fault("malformed SPARQL to a real endpoint", ("query", "-e", "SELEC *", "--endpoint", "{oxigraph}"), 1,
          r"not a SPARQL query|HTTP 400"),
    Fault("a runaway query on a remote store, --timeout", ("query", "-e", RUNAWAY, "--endpoint", "{oxigraph}", "--timeout", "1"), 1,
          r"timed out|--timeout", timeout=60),
]


@pytest.mark.parametrize("case", REMOTE_FAULTS, ids=lambda case: case.name)
def test_remote_faults(case, tmp_path, seed_store_dir, servers):  # noqa: F811  (the fixture imported above)
    outcome = check_how(case, How(), tmp_path, seed_store_dir, servers)
    if "HTTP 501" in outcome.stderr:  # said at once, without the server's web page
        assert "Error response" not in outcome.stderr and "attempts" not in outcome.stderr, outcome.stderr


STOP_FAULTS = [
    (Fault("Ctrl-C on a runaway query", query("-e", RUNAWAY), 1, r"interrupted"), How(interrupt_after=2.5, stops_within=1.5)),
    (Fault("Ctrl-C on a runaway query as csv", query("-e", RUNAWAY, "-f", "csv"), 1, r"interrupted"),
     How(interrupt_after=2.5, stops_within=1.5)),
    (Fault("-j over the cores", ("build", "a.txt", "-j", "64", "--store", "{store}"), 0, r"-j 64 .*core.*: using \d+",
           setup=write("a.txt", STOP_ARTICLE), store_changes=True), How()),
]


@pytest.mark.parametrize("case, how", STOP_FAULTS, ids=lambda item: getattr(item, "name", ""))
def test_stop_faults(case, how, tmp_path, seed_store_dir):
    check_how(case, how, tmp_path, seed_store_dir)


def test_kg_serve_stops_a_runaway_query(tmp_path, seed_store_dir):
    """kg serve --timeout 1: the served runaway query ends in one line, and the server keeps answering."""
    from kg.serve import stop_server
    from tests.servers import free_port, wait_for_sparql

    port = free_port()
    server = subprocess.Popen([*KG, "serve", "--store", str(seed_store_dir), "--port", str(port), "--report-port", "0",
                               "--timeout", "1"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/query"
    try:
        wait_for_sparql(url, server, timeout=60)
        case = Fault("a runaway query on kg serve", ("query", "-e", RUNAWAY, "--endpoint", "{served}"), 1,
                     r"query to \S+ failed: .*cancelled", timeout=60)
        check_how(case, How(), tmp_path, seed_store_dir, {"served": url})
        assert server.poll() is None
    finally:
        stop_server(server)


def test_sigterm_to_kg_serve_stops_its_oxigraph_server(seed_store_dir, tmp_path):
    """SIGTERM to kg serve ends it and the oxigraph server it started: nothing is left serving the port."""
    import signal

    from tests.servers import free_port, wait_for_sparql

    port = free_port()
    log = tmp_path / "stderr"
    with open(log, "wb") as stderr:  # a file, not a pipe: a server that outlived kg serve would hold a pipe open
        serve = subprocess.Popen([*KG, "serve", "--store", str(seed_store_dir), "--port", str(port), "--report-port", "0"],
                                 stdout=subprocess.DEVNULL, stderr=stderr)
    try:
        wait_for_sparql(f"http://127.0.0.1:{port}/query", serve, timeout=60)
        servers = _children(serve.pid)
        assert servers, "kg serve started no server process"
    except BaseException:
        _stop_all(serve)
        raise
    serve.send_signal(signal.SIGTERM)
    serve.wait(timeout=30)
    left = [pid for pid in servers if Path(f"/proc/{pid}").exists() and "zombie" not in Path(f"/proc/{pid}/status").read_text()]
    for pid in left:
        os.kill(pid, 9)  # the orphan this case found: stopped by its id
    assert not left, "the oxigraph server outlived kg serve"
    assert "Traceback" not in log.read_text(errors="replace")


def test_a_killed_build_leaves_no_worker_tracebacks(tmp_path):
    """kill -9 of kg build while its workers hold batches: the workers end without a word (issue 17)."""
    import time

    for number in range(12):
        (tmp_path / f"a{number}.txt").write_bytes(STOP_ARTICLE * (number + 3))
    proc = subprocess.Popen([*KG, "build", str(tmp_path), "-j", "2", "--store", str(tmp_path / "store")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 60
    while not _children(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    workers = _children(proc.pid)
    assert workers, "the build started no workers"
    time.sleep(4)  # the workers load the model and take batches
    proc.kill()
    _, err = proc.communicate(timeout=120)  # stderr closes when the last worker has ended
    assert "Traceback" not in err.decode("utf-8", errors="replace"), err.decode()


