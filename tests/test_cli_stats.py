"""kg stats on the command line: lines for people, JSON for code, a clear error without a store."""

from __future__ import annotations

import json

from kg.cli import main
from kg.stats import store_stats


def test_text_names_every_count(runner, seed_store_dir, seed_store):
    result = runner.invoke(main, ["stats", "--store", str(seed_store_dir)])
    assert result.exit_code == 0, result.output
    counted = store_stats(seed_store)
    lines = dict(line.split(None, 1) for line in result.stdout.splitlines())
    assert lines["documents"] == f"1 ({counted.first_date} to {counted.last_date})"
    assert lines["statements"] == str(counted.statements)
    assert lines["quads"] == f"{counted.quads:,}"
    assert lines["stances"].startswith(f"{sum(n for _, n in counted.stances)}: ")


def test_json_holds_the_same_counts(runner, seed_store_dir, seed_store):
    result = runner.invoke(main, ["stats", "--store", str(seed_store_dir), "--format", "json"])
    data = json.loads(result.stdout)
    assert data["statements"] == store_stats(seed_store).statements
    assert data["actors"]["total"] == sum(v for k, v in data["actors"].items() if k != "total")


def test_no_store_is_one_line(runner, tmp_path):
    result = runner.invoke(main, ["stats", "--store", str(tmp_path / "none")])
    assert result.exit_code == 1 and result.output.strip().startswith("Error: no store at")
    assert len(result.output.strip().splitlines()) == 1 and not (tmp_path / "none").exists()
