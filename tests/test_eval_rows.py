"""kg.eval.rows: a row's values, IRIs' local names and document names as the scorers read them."""

from __future__ import annotations

import pytest

from kg.eval.rows import by_doc, cell, doc_name, local_name


def test_cell_reads_plain_values_and_raw_bindings():
    row = {"name": " Jane Doe ", "type": {"type": "uri", "value": "http://x/nkg#Person"}, "wikidata": None}
    assert (cell(row, "name"), cell(row, "type")) == ("Jane Doe", "http://x/nkg#Person")
    assert cell(row, "wikidata") == cell(row, "absent") == ""


@pytest.mark.parametrize("value, expected", [
    ("http://x/nkg#Person", "Person"), ("https://w3id.org/newskg/plover/CONSULT", "CONSULT"),
    ("negative", "negative"), ("", "")])
def test_local_name(value, expected):
    assert local_name(value) == expected


@pytest.mark.parametrize("value, expected", [
    ("a.txt", "a.txt"), ("corpus/2024/a.txt", "a.txt"), ("C:\\news\\a.txt", "a.txt"),
    ("https://w3id.org/newskg/id/doc/a.txt", "a.txt"), ("", "")])
def test_doc_name_is_the_last_segment(value, expected):
    assert doc_name(value) == expected


def test_by_doc_groups_rows_in_order():
    rows = [{"doc": "x/a.txt", "n": "1"}, {"doc": "b.txt", "n": "2"}, {"doc": "http://h/a.txt", "n": "3"}]
    assert {d: [r["n"] for r in rs] for d, rs in by_doc(rows).items()} == {"a.txt": ["1", "3"], "b.txt": ["2"]}
