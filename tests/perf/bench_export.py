"""Export throughput: ``kg export`` against pyoxigraph's own dump (run by hand).

    python tests/perf/bench_export.py [--store DIR] [--limit N] [--runs 3]

The store is ``--store`` if that directory exists, else one built now from
the corpus. Each side writes to a file in a temporary folder, best of
``--runs`` (after one warm-up pass that is not timed):

* ``nq``: ``kg.export.export(store, f, "nq")`` against
  ``Store.dump(f, N_QUADS)``; both write every quad, named graphs kept.
* ``ttl``: ``kg.export.export(store, f, "ttl")``, which writes the merge of
  all document graphs with each triple once, against pyoxigraph serialising
  the same merge on its own: ``Store.query("CONSTRUCT {?s ?p ?o} WHERE {?s ?p
  ?o}", use_default_graph_as_union=True)`` through ``ox.serialize`` to Turtle
  (``Store.dump(..., from_graph=...)`` takes one graph only and the default
  graph of kg's store is empty). ``Store.dump`` to TriG (the whole dataset) is
  printed as a further reference.

Throughput is quads/s for nq and distinct union triples/s for ttl (the same
denominator on both sides, so the ratio is the time ratio). The same export
through the CLI as a subprocess (``kg export --format F -o FILE``) is also
timed. Target (issue 5): export >= 0.8x pyoxigraph's dump.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import corpus_args, ensure_store, figure, kg_command, note_load, run_timed, store_args  # noqa: E402


def best_of(runs: int, write) -> tuple[float, int]:
    """(best seconds, bytes) of ``write(path)`` over ``runs`` timed runs after one warm-up."""
    times, size = [], 0
    for i in range(runs + 1):
        with tempfile.NamedTemporaryFile(prefix="kg-bench-export-", delete=False) as handle:
            path = handle.name
        try:
            began = time.perf_counter()
            with open(path, "wb") as out:
                write(out)
            elapsed = time.perf_counter() - began
            size = os.path.getsize(path)
        finally:
            os.remove(path)
        if i:
            times.append(elapsed)
    return min(times), size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    corpus_args(parser)
    store_args(parser, "export")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    note_load("at start")

    import pyoxigraph as ox

    from kg.export import export
    from kg.namespaces import PREFIXES
    from kg.store import open_store

    union = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    with tempfile.TemporaryDirectory(prefix="kg-bench-export-") as tmp:
        where = ensure_store(args.store, args.corpus, args.limit, args.jobs, Path(tmp))
        store = open_store(where, read_only=True)
        quads = len(store)
        seen: set = set()
        triples = 0
        for triple in store.oxigraph.query(union, use_default_graph_as_union=True):  # one pass for both counts
            triples += 1
            seen.add(triple)
        distinct = len(seen)
        del seen
        figure("store quads", quads)
        figure("union triples (CONSTRUCT rows)", triples)
        figure("union triples (distinct)", distinct)

        kg_nq, kg_nq_bytes = best_of(args.runs, lambda out: export(store, out, "nq"))
        ox_nq, ox_nq_bytes = best_of(args.runs, lambda out: store.oxigraph.dump(out, ox.RdfFormat.N_QUADS))
        kg_ttl, kg_ttl_bytes = best_of(args.runs, lambda out: export(store, out, "ttl"))
        ox_ttl, ox_ttl_bytes = best_of(args.runs, lambda out: ox.serialize(
            store.oxigraph.query(union, use_default_graph_as_union=True), out, ox.RdfFormat.TURTLE, prefixes=PREFIXES))
        ox_trig, _ = best_of(args.runs, lambda out: store.oxigraph.dump(out, ox.RdfFormat.TRIG, prefixes=PREFIXES))

        cli = {}
        for fmt in ("nq", "ttl"):
            target = Path(tmp) / f"cli.{fmt}"
            cli[fmt] = min(run_timed([*kg_command(), "export", "--store", str(where), "--format", fmt, "-o", str(target)])
                           for _ in range(args.runs))

    figure("kg export nq", kg_nq, "s")
    figure("pyoxigraph dump nq", ox_nq, "s")
    figure("kg export nq throughput", quads / kg_nq, "quads/s")
    figure("pyoxigraph dump nq throughput", quads / ox_nq, "quads/s")
    figure("nq kg / pyoxigraph throughput (target >= 0.8)", ox_nq / kg_nq, "x")
    figure("nq bytes kg / pyoxigraph", f"{kg_nq_bytes:,} / {ox_nq_bytes:,}")
    figure("kg export ttl", kg_ttl, "s")
    figure("pyoxigraph union CONSTRUCT -> ttl", ox_ttl, "s")
    figure("kg export ttl throughput", distinct / kg_ttl, "triples/s")
    figure("pyoxigraph union ttl throughput", distinct / ox_ttl, "triples/s")
    figure("ttl kg / pyoxigraph throughput (target >= 0.8)", ox_ttl / kg_ttl, "x")
    figure("ttl bytes kg / pyoxigraph", f"{kg_ttl_bytes:,} / {ox_ttl_bytes:,}")
    figure("pyoxigraph dump trig (whole dataset, reference)", ox_trig, "s")
    figure("pyoxigraph dump trig throughput", quads / ox_trig, "quads/s")
    figure("ttl kg / pyoxigraph trig dump throughput", (quads / kg_ttl) / (quads / ox_trig), "x")
    figure("kg export nq via CLI (wall, incl. start-up)", cli["nq"], "s")
    figure("kg export ttl via CLI (wall, incl. start-up)", cli["ttl"], "s")


if __name__ == "__main__":
    main()
    note_load("at end")
