"""Push throughput into a local Oxigraph server (run by hand; prints one figure a line).

    python tests/perf/bench_push.py [--docs 1000] [--file GRAPH.nq]

The data: a synthetic graph in the shape of ontology/README.md (documents,
mentions with spans, actors shared across documents, statements, events,
stances), about 520 triples per document graph; 1,000 documents give
~520,000 triples. It is synthetic (replicated structure, not extracted text)
so the bench needs no NLP model and runs the same everywhere; pass ``--file``
with an N-Quads export of a real build (``kg export --format nq``) instead.

Measured, each into a fresh on-disk server on 127.0.0.1:

* ``kg push`` over the Graph Store Protocol (PUT per document graph), from the
  local KgStore, serialisation included;
* a bare HTTP POST of the same triples as one N-Triples file to ``/store?graph=``;
* ``oxigraph load --location EMPTYDIR --file F.nt`` into a stopped store;
* ``kg push`` over SPARQL Update: per document graph (~520 triples each, so
  one request per graph whatever the batch size), and with all triples in one
  graph at batch sizes 1k, 10k, 50k, where the batch size decides.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from kg.remote.endpoints import resolve_endpoints  # noqa: E402
from kg.remote.push import push  # noqa: E402
from kg.remote.query import remote_graph_counts  # noqa: E402
from kg.store import open_store  # noqa: E402
from tests.servers import OxigraphServer  # noqa: E402

NKG = "https://w3id.org/newskg/ontology#"
ID = "https://w3id.org/newskg/id/"
SCHEMA = "https://schema.org/"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
PROV = "http://www.w3.org/ns/prov#"
SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
XSD = "http://www.w3.org/2001/XMLSchema#"


def synthetic_nquads(docs: int, out: Path) -> int:
    """Write ~520 triples per document graph as N-Quads; return the triple count."""
    n = 0
    with open(out, "w", encoding="utf-8") as f:
        for d in range(docs):
            doc = f"{ID}doc/bench-{d:05d}"
            g = f"<{doc}>"
            lines = [
                f"<{doc}> <{RDF_TYPE}> <{NKG}Document>",
                f"<{doc}> <{RDF_TYPE}> <{SCHEMA}NewsArticle>",
                f'<{doc}> <{SCHEMA}name> "bench_{d:05d}.txt"',
                f'<{doc}> <{SCHEMA}headline> "Bench article {d} \\u2013 caf\\u00e9 \\"quoted\\""@en',
                f'<{doc}> <{SCHEMA}datePublished> "2025-10-{1 + d % 28:02d}"^^<{XSD}date>',
                f'<{doc}> <{NIF}isString> "Line one of article {d}.\\nLine two."',
                f'<{doc}> <{NKG}contentHash> "{d:064x}"',
                f"<{doc}> <{PROV}wasGeneratedBy> <{ID}run/newskg-bench>",
            ]
            for m in range(40):  # mentions: 8 triples each
                span = f"<{doc}#char={m * 10},{m * 10 + 5}>"
                actor = f"<{ID}actor/person-{(d * 7 + m) % 5000}>"
                lines += [
                    f"{span} <{RDF_TYPE}> <{NKG}Mention>",
                    f"{span} <{NIF}referenceContext> <{doc}>",
                    f'{span} <{NIF}beginIndex> "{m * 10}"^^<{XSD}nonNegativeInteger>',
                    f'{span} <{NIF}endIndex> "{m * 10 + 5}"^^<{XSD}nonNegativeInteger>',
                    f'{span} <{NIF}anchorOf> "Name {m}"',
                    f"{span} <{NKG}denotes> {actor}",
                    f'{span} <{NKG}confidence> "0.8"^^<{XSD}decimal>',
                    f"{actor} <{RDFS_LABEL}> \"Person {(d * 7 + m) % 5000}\"",
                ]
            for s in range(10):  # statements: 11 triples each
                st = f"<{doc}#statement-{s}>"
                lines += [
                    f"{st} <{RDF_TYPE}> <{NKG}Statement>",
                    f"{st} <{NKG}speaker> <{ID}actor/person-{(d + s) % 5000}>",
                    f'{st} <{NKG}speakerText> "speaker {s}"',
                    f'{st} <{NKG}cue> "said"',
                    f'{st} <{NKG}content> "statement {s} of document {d}, with \\"quotes\\""',
                    f"{st} <{NKG}span> <{doc}#char={s * 50},{s * 50 + 40}>",
                    f'{st} <{NKG}isDirect> "true"^^<{XSD}boolean>',
                    f'{st} <{NKG}confidence> "0.9"^^<{XSD}decimal>',
                    f"{st} <{PROV}wasDerivedFrom> <{doc}>",
                    f"{st} <{PROV}wasGeneratedBy> <{ID}run/newskg-bench>",
                    f'{st} <{NKG}statementDate> "2025-10-16"^^<{XSD}date>',
                ]
            for e in range(5):  # events: 10 triples each
                ev = f"<{doc}#event-{e}>"
                lines += [
                    f"{ev} <{RDF_TYPE}> <{NKG}Event>",
                    f'{ev} <{RDFS_LABEL}> "event {e}"',
                    f"{ev} <{NKG}plover> <https://w3id.org/newskg/plover#CONSULT>",
                    f'{ev} <{NKG}trigger> "met"',
                    f"{ev} <{SEM}hasActor> <{ID}actor/person-{(d + e) % 5000}>",
                    f"{ev} <{SEM}hasPlace> <{ID}place/city-{e}>",
                    f'{ev} <{SEM}hasTimeStamp> "2025-10-16"^^<{XSD}date>',
                    f"{ev} <{NKG}status> <{NKG}happened>",
                    f'{ev} <{NKG}confidence> "0.6"^^<{XSD}decimal>',
                    f"{ev} <{PROV}wasDerivedFrom> <{doc}>",
                ]
            for t in range(5):  # stances: 7 triples each
                sn = f"<{doc}#stance-{t}>"
                lines += [
                    f"{sn} <{RDF_TYPE}> <{NKG}Stance>",
                    f"{sn} <{NKG}holder> <{ID}actor/person-{(d + t) % 5000}>",
                    f"{sn} <{NKG}target> <{doc}#event-{t}>",
                    f'{sn} <{NKG}targetLabel> "event {t}"',
                    f"{sn} <{NKG}polarity> <{NKG}negative>",
                    f"{sn} <{NKG}evidence> <{doc}#statement-{t}>",
                    f'{sn} <{NKG}confidence> "0.6"^^<{XSD}decimal>',
                ]
            f.write("".join(f"{line} {g} .\n" for line in lines))
            n += len(lines)
    return n


def to_ntriples(nquads: Path, out: Path) -> int:
    triples = (ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(path=str(nquads), format=ox.RdfFormat.N_QUADS))
    ox.serialize(triples, str(out), format=ox.RdfFormat.N_TRIPLES)
    with open(out, "rb") as f:
        return sum(1 for _ in f)


def rate(n: int, seconds: float) -> float:
    return n / seconds if seconds else 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--file", type=Path, help="an N-Quads file to use instead of synthetic data")
    ap.add_argument("--skip-update", action="store_true")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        nq = args.file or work / "bench.nq"
        if not args.file:
            synthetic_nquads(args.docs, nq)
        with open_store(work / "local") as store:
            store.oxigraph.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
            store.flush()
        nt = work / "bench.nt"
        total = to_ntriples(nq, nt)
        with open_store(work / "local", read_only=True) as store:
            graphs = store.graphs()
            print(f"triples: {total}")
            print(f"graphs: {len(graphs)}")
            print(f"n-triples file MB: {nt.stat().st_size / 1e6:.1f}")

            with OxigraphServer(work / "srv-gsp") as srv:
                ends = resolve_endpoints(srv.query_url, "oxigraph")
                report = push(store, ends, transport="gsp")
                assert sum(remote_graph_counts(ends, graphs).values()) == total
            gsp = report.triples_per_second
            print(f"kg push gsp triples/s: {gsp:,.0f} ({report.seconds:.2f} s)")

            with OxigraphServer(work / "srv-post") as srv:
                started = time.perf_counter()
                with open(nt, "rb") as body:
                    resp = requests.post(
                        srv.store_url,
                        params={"graph": "urn:kg-bench:all"},
                        data=body,
                        headers={"Content-Type": "application/n-triples"},
                        timeout=600,
                    )
                resp.raise_for_status()
                seconds = time.perf_counter() - started
            post = rate(total, seconds)
            print(f"bare POST /store triples/s: {post:,.0f} ({seconds:.2f} s)")
            print(f"ratio kg push gsp / bare POST: {gsp / post:.2f}")

            target = work / "loaded"
            started = time.perf_counter()
            subprocess.run(
                [shutil.which("oxigraph") or "oxigraph", "load", "--location", str(target), "--file", str(nt)],
                check=True,
                capture_output=True,
            )
            seconds = time.perf_counter() - started
            load = rate(total, seconds)
            print(f"oxigraph load triples/s: {load:,.0f} ({seconds:.2f} s)")
            print(f"ratio kg push gsp / oxigraph load: {gsp / load:.2f}")

            with OxigraphServer(work / "srv-gsp-one") as srv:
                ends = resolve_endpoints(srv.query_url, "oxigraph")
                report = push([("urn:kg-bench:all", nt.read_bytes())], ends, transport="gsp", timeout=600)
            print(f"kg push gsp, all in one graph, triples/s: {report.triples_per_second:,.0f} ({report.seconds:.2f} s)")

            if not args.skip_update:
                with OxigraphServer(work / "srv-update-docs") as srv:
                    ends = resolve_endpoints(srv.query_url, "oxigraph")
                    report = push(store, ends, transport="update", timeout=600)
                    assert sum(remote_graph_counts(ends, graphs).values()) == total
                print(f"kg push update, per document graph, triples/s: {report.triples_per_second:,.0f} ({report.seconds:.2f} s)")
                body = nt.read_bytes()
                distinct = len(set(body.splitlines()))  # actor labels repeat across documents
                for size in (1_000, 10_000, 50_000):
                    with OxigraphServer(work / f"srv-update-{size}") as srv:
                        ends = resolve_endpoints(srv.query_url, "oxigraph")
                        report = push([("urn:kg-bench:all", body)], ends, transport="update", batch_size=size, timeout=600)
                        assert remote_graph_counts(ends, ["urn:kg-bench:all"])["urn:kg-bench:all"] == distinct
                    print(f"kg push update batch {size}, one graph, triples/s: {report.triples_per_second:,.0f} ({report.seconds:.2f} s)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
