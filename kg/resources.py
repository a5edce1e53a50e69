"""Where the files that ship beside the package live: ontology/ and queries/.

In a source checkout (and an editable install) they sit at the top of the
repository; a wheel carries them inside the package as ``kg/_data/``.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent

#: the ontology proper (classes, properties, PLOVER scheme), without the shapes
ONTOLOGY_FILES = ("newskg.ttl", "plover.ttl")


def resource_dir(name: str) -> Path:
    """The folder ``name`` (``ontology`` or ``queries``) wherever it was installed."""
    bundled = _PACKAGE / "_data" / name
    return bundled if bundled.is_dir() else _PACKAGE.parent / name
