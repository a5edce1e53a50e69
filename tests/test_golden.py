"""Golden cases: each folder under tests/golden holds an article and the graph it must give.

The graphs are compared with ``rdflib.compare.isomorphic``. After a deliberate
change to the extractors, rewrite them with ``pytest tests/test_golden.py
--update-golden`` and review the diff like any other change.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.documents import parse_text
from kg.emit import emit
from kg.extract import extract
from kg.nlp import model_version, parse

CASES = sorted(p for p in (Path(__file__).parent / "golden").iterdir() if p.is_dir())


def built_graph(folder: Path) -> bytes:
    article = folder / "article.txt"
    document = parse_text(article.name, article.read_text(encoding="utf-8"))
    ((doc, spacy_doc),) = list(parse([document]))
    return ox.serialize(emit(doc, extract(doc, spacy_doc), model_version()), format=ox.RdfFormat.N_QUADS)


def as_graph(data: bytes):
    ds = Dataset()
    ds.parse(data=data, format="nquads")
    (graph,) = [g for g in ds.graphs() if len(g)]
    return graph


@pytest.mark.parametrize("folder", CASES, ids=[c.name for c in CASES])
def test_golden_graph(folder, nlp, request):
    expected_file = folder / "expected.nq"
    got = built_graph(folder)
    if request.config.getoption("--update-golden"):
        expected_file.write_bytes(got)
    assert expected_file.exists(), f"{expected_file} is missing: run pytest --update-golden"
    expected, actual = as_graph(expected_file.read_bytes()), as_graph(got)
    if not isomorphic(expected, actual):
        _, missing, extra = graph_diff(to_isomorphic(expected), to_isomorphic(actual))
        lines = [f"- {t}" for t in list(missing)[:10]] + [f"+ {t}" for t in list(extra)[:10]]
        pytest.fail(f"graph of {folder.name} differs from expected.nq:\n" + "\n".join(lines))
