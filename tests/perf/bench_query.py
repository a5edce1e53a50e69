"""Query latency: kg's Oxigraph store against rdflib's own SPARQL engine (run by hand).

    python tests/perf/bench_query.py [--store DIR] [--limit N] [--runs 7]

The store is ``--store`` if that directory exists, else one built now from
the corpus (``--limit`` articles) in a temporary folder, or at ``--store``.
Every named query in ``queries/`` (the contract ones: actors, statements,
stances, events; and the people-facing ones) runs through
``kg.sparql.local.run_query`` on the read-only store, ``--runs`` times, two ways:
answered as W3C SPARQL Results JSON by ``kg.sparql.results.serialize_results`` (what
``kg query NAME --format json``, the query contract, does; the < 100 ms
target is read off this figure), and with every solution and value turned
into a Python object (what ``--format table`` and library callers pay; the
speed-up over rdflib is taken from this one, since rdflib's answer is Python
objects too). Medians are printed. ``said_by`` and
``actor_profile`` get their parameter from the store: the speaker with the
most statements and the actor with the most mentions.

The same queries then run on rdflib's engine over the same triples: the
store's N-Quads dump loaded into ``rdflib.Dataset(default_union=True)``, the
same query text, the parameter as ``initBindings``. kg's store answers with
the default graph as the union of the document graphs; ``default_union=True``
is rdflib's matching setting (all queries here say ``GRAPH ?g`` anyway).
Row counts are printed for both and checked equal, and the rows themselves
compared as multisets of plain values. A query whose first rdflib run takes
longer than ``--slow`` seconds (default 60) is run once; one that passes
``--timeout`` (default 900) is stopped and reported as a lower bound.
Targets (issue 5): median < 100 ms each, >= 20x faster than rdflib.
"""

from __future__ import annotations

import argparse
import collections
import signal
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import corpus_args, ensure_store, figure, median, median_ms, note_load, store_args  # noqa: E402

CONTRACT = ("actors", "statements", "stances", "events")


class Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise Timeout()


def most_frequent_label(ox_store, predicate: str, label_preds: list[str]) -> str | None:
    """Label of the object seen most often with ``predicate`` (no SPARQL: quad patterns)."""
    import pyoxigraph as ox

    counts = collections.Counter(q.object for q in ox_store.quads_for_pattern(None, ox.NamedNode(predicate), None, None))
    for node, _ in counts.most_common(50):
        for lp in label_preds:
            for q in ox_store.quads_for_pattern(node, ox.NamedNode(lp), None, None):
                return q.object.value
    return None



def ox_consume(results) -> list[tuple]:
    variables = list(results.variables)
    return [tuple(None if sol[v] is None else sol[v].value for v in variables) for sol in results]


def rdf_consume(result) -> list[tuple]:
    return [tuple(None if t is None else str(t) for t in row) for row in result]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    corpus_args(parser)
    store_args(parser, "query")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--slow", type=float, default=60.0, help="rdflib: one run only when the first takes longer (s)")
    parser.add_argument("--timeout", type=float, default=900.0, help="rdflib: stop one run after this many seconds")
    parser.add_argument("--skip-rdflib", action="store_true", help="only time kg's store")
    args = parser.parse_args()
    note_load("at start")

    import pyoxigraph as ox
    import rdflib

    from kg.namespaces import NKG, RDFS, SKOS
    from kg.sparql.files import QueryText, load_query, query_names
    from kg.sparql.local import run_query
    from kg.sparql.results import serialize_results
    from kg.store import open_store

    with tempfile.TemporaryDirectory(prefix="kg-bench-query-") as tmp:
        where = ensure_store(args.store, args.corpus, args.limit, args.jobs, Path(tmp))
        store = open_store(where, read_only=True)
        quads = len(store)
        figure("store quads", quads)
        figure("store documents", len(store.graphs()))

        speaker = most_frequent_label(store.oxigraph, str(NKG.speaker), [str(RDFS.label), str(SKOS.altLabel)])
        actor = most_frequent_label(store.oxigraph, str(NKG.denotes), [str(RDFS.label), str(SKOS.altLabel)])
        params = {"said_by": ("speaker", speaker), "actor_profile": ("name", actor)}
        print(f"# said_by speaker={speaker!r}; actor_profile name={actor!r}", flush=True)

        names = [*CONTRACT, *[n for n in query_names() if n not in CONTRACT]]
        texts = {n: load_query(n).text for n in names}
        kg_ms: dict[str, float] = {}
        json_ms: dict[str, float] = {}
        kg_rows: dict[str, list[tuple]] = {}
        for name in names:
            bound = None
            if name in params:
                var, value = params[name]
                if value is None:
                    print(f"# {name}: no value for ?{var} in this store; skipped", flush=True)
                    continue
                bound = {ox.Variable(var): ox.Literal(value)}
            query = QueryText(texts[name], name)
            json_ms[name] = median_ms(lambda: serialize_results(run_query(store, query, bound), "json"), args.runs)
            kg_ms[name] = median_ms(lambda: ox_consume(run_query(store, query, bound)), args.runs)
            kg_rows[name] = ox_consume(run_query(store, query, bound))
            figure(f"kg {name} median, W3C JSON", json_ms[name], "ms")
            figure(f"kg {name} median, Python values", kg_ms[name], "ms")
            figure(f"kg {name} rows", len(kg_rows[name]))

        if args.skip_rdflib:
            return
        nq = Path(tmp) / "dump.nq"
        began = time.perf_counter()
        with open(nq, "wb") as out:
            store.oxigraph.dump(out, ox.RdfFormat.N_QUADS)
        figure("oxigraph N-Quads dump for rdflib", time.perf_counter() - began, "s")
        began = time.perf_counter()
        dataset = rdflib.Dataset(default_union=True)
        dataset.parse(str(nq), format="nquads")
        figure("rdflib load of the dump", time.perf_counter() - began, "s")
        figure("rdflib quads", sum(1 for _ in dataset.quads((None, None, None, None))))

    signal.signal(signal.SIGALRM, _alarm)
    worst = None
    for name in kg_ms:
        bindings = {}
        if name in params:
            var, value = params[name]
            bindings = {var: rdflib.Literal(value)}
        times, rows, timed_out = [], None, False
        for run in range(args.runs):
            signal.setitimer(signal.ITIMER_REAL, args.timeout)
            began = time.perf_counter()
            try:
                rows = rdf_consume(dataset.query(texts[name], initBindings=bindings))
            except Timeout:
                timed_out = True
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            times.append(time.perf_counter() - began)
            if timed_out or times[0] > args.slow:
                break
        ms = median(times) * 1000
        note = f" (stopped after {args.timeout:.0f} s: a lower bound)" if timed_out else (
            f" (1 run: first took > {args.slow:.0f} s)" if len(times) == 1 and args.runs > 1 else "")
        figure(f"rdflib {name} median{note}", ms, "ms")
        speedup = ms / kg_ms[name]
        figure(f"{name} speed-up kg over rdflib{' (at least)' if timed_out else ''}", speedup, "x")
        worst = speedup if worst is None else min(worst, speedup)
        if rows is not None:
            figure(f"rdflib {name} rows", len(rows))
            same_count = len(rows) == len(kg_rows[name])
            same_rows = collections.Counter(rows) == collections.Counter(kg_rows[name])
            figure(f"{name} row counts agree", "yes" if same_count else "NO")
            figure(f"{name} rows agree (plain values)", "yes" if same_rows else "no (see note in README)")
    if worst is not None:
        figure("smallest speed-up over rdflib (target >= 20)", worst, "x")
    figure("largest kg median, W3C JSON (target < 100)", max(json_ms.values()), "ms")
    figure("largest contract-query kg median, W3C JSON (target < 100)", max(json_ms[n] for n in CONTRACT if n in json_ms), "ms")
    figure("largest contract-query kg median, Python values", max(kg_ms[n] for n in CONTRACT if n in kg_ms), "ms")


if __name__ == "__main__":
    main()
    note_load("at end")
