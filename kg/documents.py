"""Documents in: news texts from files, folders, JSON Lines, CSV or stdin.

A ``.txt`` file is one document (a folder gives its files, hidden ones
aside); a leading ``date YYYY-MM-DD`` marker (after optional white space)
sets its date, and the rest of that line, when it is short and followed by a
blank line, is its title. ``.jsonl`` and ``.csv``
(comma, semicolon or tab separated) hold one document a row with a ``text``
field and optional ``date``, ``title``, ``url`` and ``id``. ``-`` reads one
document from stdin, named after its content (:func:`stdin_name`) unless a
name is given. The text is kept exactly as read, so character offsets
index the file's decoded text. A document's name (file name or ``id``) is its
identity in the store, and its text may be at most :data:`MAX_CHARACTERS`
long. Documents are yielded one at a time; nothing holds the whole corpus.

What cannot be read as news text is refused with an :class:`InputError`
naming it, never stored half right: a text that is not UTF-8, or holds a NUL
(UTF-16 saved without a byte order mark looks like that), a CSV row whose
quote does not close, a folder that cannot be read.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import itertools
import json
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.errors import InputError, choices

SUFFIXES = (".txt", ".jsonl", ".csv")
CSV_DELIMITERS = (",", ";", "\t")
BOM = "\ufeff"  # a byte order mark some editors (and Excel's CSV export) put first
DATE_MARKER = re.compile(r"\A\ufeff?\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")
MAX_TITLE = 160
#: The longest text one document may have: the language model's own limit
#: (spaCy's ``nlp.max_length``; its parser and entity recogniser need working
#: memory in proportion to a text's length). A news article is a few thousand.
MAX_CHARACTERS = 1_000_000
#: How much of the shorter of two texts must recur, as runs of three words, in
#: the other for them to count as one article revised (:func:`is_revision`).
#: An edit keeps most of them; two articles that only share a file name share
#: almost none (a few common phrases).
REVISION_OVERLAP = 0.5


@dataclass(frozen=True)
class Document:
    """One news text; ``name`` is unique in the store and gives the IRI.

    ``source`` says where it was read (a path, ``path:row`` or ``stdin``), for
    messages only: it is not part of the document.
    """

    name: str
    text: str
    date: str | None = None
    title: str | None = None
    url: str | None = None
    header_end: int = 0
    source: str = field(default="", compare=False)

    @property
    def content_hash(self) -> str:
        meta = "\x1f".join([self.text, self.date or "", self.title or "", self.url or ""])
        return hashlib.sha256(meta.encode("utf-8")).hexdigest()


def read_documents(paths: Iterable[str], date: str | None = None, stdin_as: str | None = None) -> Iterator[Document]:
    """Yield the documents under the given paths, in a stable order; ``stdin_as`` names the one read from ``-``."""
    if date is not None:
        check_date(date, "--date")
    paths = list(paths)
    if paths.count("-") > 1:
        raise InputError("- (stdin) is given more than once; stdin holds one document")
    for path in paths:
        for doc in _read_path(path, stdin_as):
            _check_length(doc)
            yield _with_date(doc, date) if date else doc


def _check_length(doc: Document) -> None:
    if len(doc.text) > MAX_CHARACTERS:
        raise InputError(f"{doc.source or doc.name}: {len(doc.text):,} characters, more than the {MAX_CHARACTERS:,} "
                         "one document may have (the language model's limit); split it into articles")


def unique_documents(docs: Iterable[Document]) -> Iterator[Document]:
    """Each document name once: a repeat with the same text and metadata is dropped.

    A name is a file's name or a row's ``id``, so two different files called
    ``a.txt`` in two folders would be one document, the later silently
    replacing the earlier; that is an InputError naming both.
    """
    seen: dict[str, tuple[str, str]] = {}
    for doc in docs:
        first = seen.get(doc.name)
        if first is None:
            seen[doc.name] = (doc.content_hash, doc.source)
            yield doc
        elif first[0] != doc.content_hash:
            raise InputError(f"{doc.source or doc.name}: the name '{doc.name}' is already taken by "
                             f"{first[1] or 'another document'}, which has a different text; a document is named "
                             "by its file name (or its row's 'id'), so rename one")


def check_date(value: str, where: str) -> str:
    """An ISO date (YYYY-MM-DD), or InputError naming where it came from."""
    try:
        dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise InputError(f"{where}: '{value}' is not a date in the form YYYY-MM-DD") from None
    return value


def _with_date(doc: Document, date: str) -> Document:
    return replace(doc, date=date)


def is_revision(old: str, new: str) -> bool:
    """True when ``new`` is ``old`` edited rather than another article: most of the shorter text's word runs recur.

    >>> is_revision("The minister said talks resume on Monday in Oslo.", "The minister said talks resume on Tuesday in Oslo.")
    True
    >>> is_revision("The minister said talks resume on Monday in Oslo.", "Floods closed three roads near the river today.")
    False
    """
    before, after = _word_runs(old), _word_runs(new)
    if not before or not after:
        return False
    return len(before & after) >= REVISION_OVERLAP * min(len(before), len(after))


def _word_runs(text: str, size: int = 3) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", DATE_MARKER.sub("", text, count=1).casefold())
    return {tuple(words[i:i + size]) for i in range(max(len(words) - size + 1, 1 if words else 0))}


def stdin_name(text: str) -> str:
    """The name of a document read from stdin: from its text's hash, so two different texts never share one."""
    return f"stdin-{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"


def _read_path(path: str, stdin_as: str | None = None) -> Iterator[Document]:
    if path == "-":
        text = _decode(sys.stdin.buffer.read(), "stdin")
        yield replace(parse_text(stdin_as or stdin_name(text), text), source="stdin")
        return
    p = Path(path)
    kind = _kind(p)
    if kind == "folder":
        files = sorted(f for f in _files_under(p) if f.suffix.lower() in SUFFIXES and not _hidden(f.relative_to(p)))
        if not files:
            raise InputError(f"{path}: folder holds no {', '.join(SUFFIXES)} files")
        for f in files:
            yield from _read_file(f)
    elif kind == "file":
        yield from _read_file(p)
    elif kind == "other":
        raise InputError(f"{path}: not a file or folder (a device or pipe); pipe a text into '-' to read it from stdin")
    else:
        raise InputError(f"{path}: no such file or folder")


def _kind(path: Path) -> str | None:
    """'folder', 'file', 'other' (a device, a pipe) or None (nothing there); InputError when a folder on the way cannot be searched."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return None
    except OSError as err:
        raise InputError(f"{path}: cannot read: {err.strerror}") from None
    return "folder" if stat.S_ISDIR(mode) else "file" if stat.S_ISREG(mode) else "other"


def _files_under(top: Path) -> list[Path]:
    """The regular files under ``top``, however deep, walked without recursion; InputError for a folder that cannot be read."""
    files, folders = [], [top]
    while folders:
        folder = folders.pop()
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    if entry.is_dir(follow_symlinks=False):  # as rglob: a linked folder is not walked (it may loop)
                        folders.append(Path(entry.path))
                    elif entry.is_file():
                        files.append(Path(entry.path))
        except OSError as err:
            raise InputError(f"{folder}: cannot read: {err.strerror}") from None
    return files


def _hidden(relative: Path) -> bool:
    """A dot file or a file in a dot folder (``.git/``, macOS's ``._name.txt`` companions): not an article."""
    return any(part.startswith(".") for part in relative.parts)


def _read_file(path: Path) -> Iterator[Document]:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(f"{path}: unsupported file type '{suffix}'; use one of {choices(SUFFIXES)} or -")
    text = _decode(_read_bytes(path), str(path))
    if suffix == ".txt":  # a byte order mark stays: offsets index the decoded file
        yield replace(parse_text(path.name, text), source=str(path))
        return
    rows = text.removeprefix(BOM)  # before rows, a mark is no part of the first field
    yield from (_json_lines if suffix == ".jsonl" else _csv_rows)(path, rows)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read: {err.strerror}") from err


def _decode(data: bytes, where: str) -> str:
    _check_no_nul(data, where)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(f"{where}: not UTF-8 text (bad byte at offset {err.start})") from None
    if not text.strip():
        raise InputError(f"{where}: empty document")
    return text


def _check_no_nul(data: bytes | str, where: str) -> None:
    """InputError for a NUL, which no news text holds; UTF-16 saved without a byte order mark is full of them."""
    nul = b"\x00" if isinstance(data, bytes) else "\x00"
    at = data.find(nul)
    if at < 0:
        return
    if isinstance(data, bytes) and data.count(nul) * 3 >= len(data):
        order = "little-endian" if data[1::2].count(nul) > data[0::2].count(nul) else "big-endian"
        raise InputError(f"{where}: looks like UTF-16 ({order}) text without a byte order mark; save it as UTF-8")
    raise InputError(f"{where}: holds a NUL character (offset {at}), which no text has: is it a binary file?")


def parse_text(name: str, text: str) -> Document:
    """A document from raw text, reading the optional date marker and title."""
    marker = DATE_MARKER.match(text)
    if not marker:
        return Document(name, text)
    date = check_date(marker.group(1), f"{name}: date marker")
    line_end = text.find("\n", marker.end())
    line_end = len(text) if line_end < 0 else line_end
    rest = text[marker.end():line_end].strip()
    followed_by_blank = text[line_end:line_end + 3].replace("\r", "").startswith("\n\n")
    title = rest if rest and len(rest) <= MAX_TITLE and followed_by_blank else None
    return Document(name, text, date, title, None, marker.end())


def _row_document(row: dict, default_name: str, where: str) -> Document:
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{where}: row has no 'text' field with content")
    _check_no_nul(text, where)
    date = row.get("date") or None
    if date is not None:
        check_date(str(date), where)
    name = str(row.get("id") or default_name)
    return Document(name, text, date, row.get("title") or None, row.get("url") or None, source=where)


def _csv_delimiter(text: str) -> str:
    """The separator whose header has a 'text' field: ',' as written by most tools, ';' by Excel in many locales, or tab."""
    header = text.partition("\n")[0]
    for delimiter in CSV_DELIMITERS:
        if "text" in next(csv.reader([header], delimiter=delimiter), []):
            return delimiter
    return ","


def _json_lines(path: Path, text: str) -> Iterator[Document]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"{where}: not valid JSON ({err.msg})") from None
        if not isinstance(row, dict):
            raise InputError(f"{where}: a row must be a JSON object with a 'text' field")
        yield _row_document(row, f"{path.name}#{number}", where)


def _csv_rows(path: Path, text: str) -> Iterator[Document]:
    """One document a row. A quote that does not close is refused (a lenient reader would take the next rows into its text)."""
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=_csv_delimiter(text), strict=True)
    try:
        fields = reader.fieldnames
    except csv.Error as err:
        raise InputError(f"{path}:1: the header's quotes do not close ({err})") from None
    if not fields or "text" not in fields:
        raise InputError(f"{path}: CSV needs a header with a 'text' column (fields separated by commas, semicolons or tabs)")
    rows = 0
    for number in itertools.count(2):
        try:
            row = next(reader, None)
        except csv.Error as err:
            raise InputError(f"{path}:{number}: a quote in this row does not close where a field ends ({err}); "
                             'a quote inside a field is written twice ("")') from None
        if row is None:
            break
        rows += 1
        yield _row_document(row, f"{path.name}#{number}", f"{path}:{number}")
    if not rows:
        raise InputError(f"{path}: CSV has a header but no rows")
