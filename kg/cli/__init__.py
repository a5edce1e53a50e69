"""The ``kg`` command line: thin click commands over the library.

Each command parses options, calls one library function and prints the
result. Domain errors (:class:`kg.errors.KgError`) become a one-line message
on stderr and exit code 1; heavy imports (spaCy, rdflib, pySHACL) happen
inside the commands that need them, so ``kg --help`` starts fast. The group
and its shared options are in :mod:`kg.cli.app`; each module beside it
registers the commands of one job.
"""

from kg.cli import building, checking, pushing, querying, serving, stats  # noqa: F401  (they register their commands)
from kg.cli.app import main

__all__ = ["main"]
