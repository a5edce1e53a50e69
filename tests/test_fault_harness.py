"""tests/fault_harness.py: the catalogue's checks can fail (a case that breaks a promise is caught)."""

from __future__ import annotations

import pytest

from tests.fault_harness import Fault, check_how
from tests.fault_support import write


def test_the_harness_sees_a_changed_file(tmp_path, seed_store_dir):
    """A case that overwrites an input it did not name as output must fail the check."""
    case = Fault("overwrites its input", ("export", "-o", "keep.ttl", "--store", "{store}"), 0, r"", setup=write("keep.ttl", b"mine"))
    with pytest.raises(AssertionError):
        check_how(case, None, tmp_path, seed_store_dir)


def test_the_harness_sees_a_changed_store(tmp_path, seed_store_dir):
    """A case that removes a document without saying the store changes must fail the check."""
    case = Fault("removes a document", ("remove", "000_b2008785d766f160.txt", "--store", "{store}"), 0, r"")
    with pytest.raises(AssertionError):
        check_how(case, None, tmp_path, seed_store_dir)
