"""Domain errors the library raises; only ``kg.cli`` turns them into messages.

Each message names the bad value and, where there are choices, the valid ones
(the habit of spaCy's ``errors.py``). The library never prints or exits.
"""

from __future__ import annotations


class KgError(Exception):
    """Base of every error newskg raises on purpose; its text is one line."""


class InputError(KgError):
    """An input path, file or document cannot be read as news text."""


class QueryError(KgError):
    """A query name, file, text or parameter is wrong."""


class FormatError(KgError):
    """An output or input format is not one of those supported."""


class StoreError(KgError):
    """The store cannot be opened, read or written."""


class ValidationError(KgError):
    """The ontology or the validators cannot be loaded or run."""


class RemoteError(KgError):
    """A remote SPARQL endpoint refused, failed or could not be reached."""


class OutputError(KgError):
    """An output file cannot be written."""


class ClusterError(KgError):
    """A Dask cluster cannot be reached, or was lost mid-run (``--dask``)."""


class GoldError(KgError):
    """A gold or evaluation file is missing or malformed."""


def one_line(err: BaseException) -> str:
    """An underlying error's text on one line (libraries' messages may span several), for a KgError's message.

    >>> one_line(OSError("disk full:\\n  no space left"))
    'disk full: no space left'
    """
    return " ".join(str(err).split())


def choices(values) -> str:
    """Format valid choices for an error message: 'a, b, c'."""
    return ", ".join(sorted(values))
