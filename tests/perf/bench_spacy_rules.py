"""spaCy's attribute ruler and lemmatizer against kg's stand-ins for them (run by hand).

    python tests/perf/bench_spacy_rules.py [--limit N] [--corpus DIR]

The corpus is parsed once by the components before the two rule components
(tok2vec, tagger, parser), in one process. Each copy of those parsed documents
is then run through the stock ``attribute_ruler`` + ``lemmatizer`` of
``kg.nlp.load_stock_nlp()`` and through :mod:`kg.spacy_rules`'s stand-ins, in
turn, timing only the two components. Every token's tag, part of speech,
morphology, lemma and dependency label are compared; the stand-ins are only
right if the count of differing tokens is 0.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import build_paths, corpus_args, figure  # noqa: E402

RULES = ("attribute_ruler", "lemmatizer")


def parsed(paths: list[str]):
    """The corpus through the components that come before the rule components."""
    from kg.documents import read_documents
    from kg.nlp import BATCH_SIZE, load_stock_nlp, parse_input

    nlp = load_stock_nlp()
    with nlp.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        return list(nlp.pipe((parse_input(d) for d in read_documents(paths)), batch_size=BATCH_SIZE))


def run_rules(nlp, docs) -> tuple[float, list]:
    """Seconds spent in the two rule components over copies of ``docs``, and the annotated copies."""
    copies = [doc.copy() for doc in docs]
    began = time.perf_counter()
    for name in RULES:
        component = nlp.get_pipe(name)
        copies = [component(doc) for doc in copies]
    return time.perf_counter() - began, copies


def differing_tokens(left, right) -> int:
    from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG

    attrs = [TAG, POS, MORPH, LEMMA, DEP]
    return sum(int((a.to_array(attrs) != b.to_array(attrs)).any(axis=1).sum()) for a, b in zip(left, right))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    corpus_args(parser)
    args = parser.parse_args()
    from kg import spacy_rules
    from kg.nlp import load_stock_nlp

    docs = parsed(build_paths(args.corpus, args.limit))
    tokens = sum(len(d) for d in docs)
    figure("articles", len(docs))
    figure("tokens", tokens)
    stock_s, stock_docs = run_rules(load_stock_nlp(), docs)
    kg_s, kg_docs = run_rules(spacy_rules.install(load_stock_nlp()), docs)
    figure("stock attribute_ruler + lemmatizer", stock_s, "s")
    figure("kg.spacy_rules stand-ins", kg_s, "s")
    figure("stand-ins speed-up", stock_s / kg_s, "x")
    figure("stock per token", stock_s / tokens * 1e6, "us")
    figure("stand-ins per token", kg_s / tokens * 1e6, "us")
    figure("tokens annotated differently (must be 0)", differing_tokens(stock_docs, kg_docs))


if __name__ == "__main__":
    main()
