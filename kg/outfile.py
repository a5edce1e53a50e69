"""Output files written whole or not at all, and XML output that an XML parser can read.

``kg export -o``, ``kg extract -o`` and ``kg report -o`` (:func:`write_output`) write a
regular file beside the target and rename it when done, so a failed or
interrupted run leaves the old file (or none), never half of a new one. A
symbolic link is followed: the file it points to is written, the link stays.
Anything else (a device such as ``/dev/null``, a named pipe, ``/dev/stdout``
or the ``/dev/fd/N`` that a shell's ``>(cmd)`` gives) is written in place,
as a shell's ``>`` would: renaming over it would replace it with a regular
file. A path inside a store's folder is refused: a file there damages it.
Anything that stops the file being written (a missing folder, no
permission, a full disk) is an :class:`OutputError` naming the file.

Texts keep every character as read (offsets index them), so a vertical tab
or form feed from a word processor reaches the literals. XML 1.0 cannot hold
those control characters, not even as ``&#...;``, and pyoxigraph writes them
raw; RDF/XML and SPARQL Results XML with one are refused with a
:class:`FormatError` that names the character and the formats that can.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO

from kg.errors import FormatError, OutputError, choices

XML_FORBIDDEN = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def write_output(path: str | os.PathLike, write: Callable[[BinaryIO], object]) -> None:
    """Call ``write`` with a binary handle on ``path``: whole-or-nothing for a regular file, in place for anything else."""
    if _in_place(path):
        _write_in_place(path, write)
        return
    from kg.store import store_folder_of  # not at import: query results use this module without a store

    target = Path(os.path.realpath(path))  # through any symbolic links, to the file they name
    store = store_folder_of(target)
    if store is not None:
        raise OutputError(f"cannot write {os.fspath(path)}: it is inside the store {store}, and a file there damages "
                          "the store; write it outside")
    write_atomically(target, write, shown=path)


def _in_place(path: str | os.PathLike) -> bool:
    """True for what exists and is not a regular file (a device, a pipe), or is a process's file descriptor."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return False
    except OSError as err:
        raise OutputError(f"cannot write {os.fspath(path)}: {err.strerror or err}") from None
    return not stat.S_ISREG(mode) or os.path.realpath(path).startswith("/proc/")


def _write_in_place(path: str | os.PathLike, write: Callable[[BinaryIO], object]) -> None:
    try:
        with open(path, "wb") as handle:
            write(handle)
    except OSError as err:
        raise OutputError(f"cannot write {os.fspath(path)}: {err.strerror or err}") from None


def write_atomically(path: str | os.PathLike, write: Callable[[BinaryIO], object],
                     shown: str | os.PathLike | None = None) -> None:
    """Call ``write`` with a binary handle on a file beside ``path``, then move it into place (``shown`` names it in errors)."""
    partial = f"{os.fspath(path)}.partial"
    try:
        with open(partial, "wb") as handle:
            write(handle)
        os.replace(partial, path)
    except OSError as err:
        raise OutputError(f"cannot write {os.fspath(shown or path)}: {err.strerror or err}") from None
    finally:
        if os.path.exists(partial):
            os.remove(partial)


def check_xml_characters(data: bytes, alternatives: Iterable[str]) -> bytes:
    """``data`` unchanged, or a FormatError if it holds a character XML 1.0 cannot."""
    bad = XML_FORBIDDEN.search(data)
    if bad:
        raise FormatError(f"XML cannot hold the control character U+{bad.group()[0]:04X} that a text in this graph "
                          f"contains; use one of: {choices(alternatives)}")
    return data


class XmlCharacterGuard:
    """A binary stream that passes XML on and refuses what :func:`check_xml_characters` refuses."""

    def __init__(self, output: BinaryIO, alternatives: Iterable[str]):
        self._output = output
        self._alternatives = tuple(alternatives)

    def write(self, data: bytes) -> int:
        return self._output.write(check_xml_characters(data, self._alternatives))

    def flush(self) -> None:
        self._output.flush()
