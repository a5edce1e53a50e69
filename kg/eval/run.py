"""The contract queries run where the graph is, and their answers scored against gold files.

``select`` is the path ``kg query`` takes (``query_text -> rows``, local store
or remote endpoint), so what is scored is what a user gets. This is the only
module of :mod:`kg.eval` that runs queries; it builds nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable

from kg.eval.contract import CONTRACT_QUERIES, GoldScore, score_gold
from kg.eval.gold import load_gold
from kg.eval.rows import cell, doc_name
from kg.sparql.files import QueryText, load_query
from kg.sparql.local import run_query
from kg.sparql.results import plain_rows

Select = Callable[[str], list[dict[str, str]]]


def contract_predictions(select: Select, names: Iterable[str] = CONTRACT_QUERIES) -> dict[str, list[dict[str, str]]]:
    """Rows of the contract queries (all four, or ``names``), each run through ``select(query_text)``."""
    return {name: select(load_query(name).text) for name in names}


def stored_documents(select: Select) -> set[str]:
    """Names of the documents the graph holds, from the ``documents`` query run through ``select``."""
    return {doc_name(cell(row, "doc")) for row in select(load_query("documents").text)}


def local_select(store) -> Select:
    """A ``select`` over the local store, as ``kg query`` runs it."""
    return lambda text: plain_rows(run_query(store, QueryText(text, "eval")))


def evaluate_gold(select: Select, gold_dir: str | Path) -> GoldScore:
    """Score the contract query answers ``select`` gives (local store or remote endpoint) against the gold files."""
    return score_gold(load_gold(gold_dir), contract_predictions(select), stored_documents(select))


def evaluate_store(store, gold_dir: str | Path) -> GoldScore:
    """Score the store's contract query answers against the gold files."""
    return evaluate_gold(local_select(store), gold_dir)
