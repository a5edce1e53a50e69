"""Output files written whole or not at all.

``kg export -o`` and ``kg extract -o`` write beside the target and rename
when done, so a failed or interrupted run leaves the old file (or none),
never half of a new one. Anything that stops the file being written (a
missing folder, no permission, a full disk) is an :class:`OutputError`
naming the file.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import BinaryIO

from kg.errors import OutputError


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
