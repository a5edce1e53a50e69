"""tests/conftest.py's helpers: data tests skip without ../shared on a clean clone, and fail under CI."""

from __future__ import annotations

import pytest

from tests.conftest import require_shared


def test_shared_data_that_exists_is_returned(tmp_path, monkeypatch):
    monkeypatch.setattr("tests.conftest.SHARED", tmp_path)
    (tmp_path / "gold").mkdir()
    assert require_shared("gold") == tmp_path / "gold"


def test_absent_shared_data_skips_with_the_reason(tmp_path, monkeypatch):
    monkeypatch.setattr("tests.conftest.SHARED", tmp_path)
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match=r"gold is absent.*CI has them"):
        require_shared("gold")


def test_absent_shared_data_fails_under_ci(tmp_path, monkeypatch):
    monkeypatch.setattr("tests.conftest.SHARED", tmp_path)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match=r"gold is absent, but CI"):
        require_shared("gold")

