"""Output files written whole or not at all, and XML output that an XML parser can read.

``kg export -o`` and ``kg extract -o`` write beside the target and rename
when done, so a failed or interrupted run leaves the old file (or none),
never half of a new one. Anything that stops the file being written (a
missing folder, no permission, a full disk) is an :class:`OutputError`
naming the file.

Texts keep every character as read (offsets index them), so a vertical tab
or form feed from a word processor reaches the literals. XML 1.0 cannot hold
those control characters, not even as ``&#...;``, and pyoxigraph writes them
raw; RDF/XML and SPARQL Results XML with one are refused with a
:class:`FormatError` that names the character and the formats that can.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from typing import BinaryIO

from kg.errors import FormatError, OutputError, choices

XML_FORBIDDEN = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def write_atomically(path: str | os.PathLike, write: Callable[[BinaryIO], object]) -> None:
    """Call ``write`` with a binary handle on a file beside ``path``, then move it into place."""
    partial = f"{os.fspath(path)}.partial"
    try:
        with open(partial, "wb") as handle:
            write(handle)
        os.replace(partial, path)
    except OSError as err:
        raise OutputError(f"cannot write {os.fspath(path)}: {err.strerror or err}") from None
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
