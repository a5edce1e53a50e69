"""Shared fixtures: the seed article, a store built from it once, the CLI runner, a store another process holds, data in ../shared."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_FILE = next(SEEDS.glob("*.txt"))
SHARED = ROOT.parent / "shared"


def require_shared(*parts: str) -> Path:
    """A path under ``../shared`` (the data beside the clone) that a test needs.

    Where it is absent the test is skipped, saying so, on a developer's clean
    clone; but it fails when the environment variable ``CI`` is set, because
    CI always has ``../shared`` beside the clone, so a data test that does not
    run there is broken, not optional.
    """
    path = SHARED.joinpath(*parts)
    if path.exists():
        return path
    if os.environ.get("CI"):
        pytest.fail(f"{path} is absent, but CI (the CI environment variable is set) always has ../shared beside the clone")
    pytest.skip(f"{path} is absent: these data live in ../shared beside the clone (CI has them; with CI set this fails)")


@contextmanager
def held_by_another_process(store: Path):
    """A real second process has the store open for writing (holds its lock) until the block ends."""
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, pyoxigraph; s = pyoxigraph.Store(sys.argv[1]); print('open', flush=True); sys.stdin.read()", str(store)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        yield
    finally:
        holder.communicate("")


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="Rewrite the golden graphs from the current extractors.")


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def seed_store_dir(tmp_path_factory, nlp) -> Path:
    """A store holding the seed article, built once per test session (do not write to it)."""
    from kg.build import build
    from kg.store import open_store

    path = tmp_path_factory.mktemp("seed") / "store"
    with open_store(path) as store:
        build(store, [str(SEEDS)])
    return path


@pytest.fixture
def seed_store(seed_store_dir):
    from kg.store import open_store

    return open_store(seed_store_dir, read_only=True)


@pytest.fixture
def store_copy(seed_store_dir, tmp_path) -> Path:
    """A private, writable copy of the seed store."""
    target = tmp_path / "store"
    shutil.copytree(seed_store_dir, target)
    return target


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()
