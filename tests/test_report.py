"""kg.report: the data gathered from the store, the HTML drawn from it, its filters, and the CLI command."""

from __future__ import annotations

import re

import pyoxigraph as ox
import pytest

from kg.errors import InputError, QueryError
from kg.namespaces import NKG
from kg.report import report_html, write_report
from kg.report.data import ReportFilter, gather
from kg.report.network import stance_network
from kg.store import open_store

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
HOSTILE = "<script>alert('x')</script>"
TRIG = """
@prefix nkg: <https://w3id.org/newskg/ontology#> .
@prefix schema: <https://schema.org/> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<urn:doc:evil> {
  <urn:doc:evil> a nkg:Document ; schema:name "evil.txt" ; schema:headline "A <b>bold</b> headline" ;
      schema:datePublished "2024-05-01"^^xsd:date ;
      nif:isString "Mayor <img src=x onerror=alert(1)> said: <script>alert('x')</script> is bad." .
  <urn:actor:mayor> a nkg:Person ; rdfs:label "Mayor <img src=x onerror=alert(1)>" .
  <urn:doc:evil#m1> nkg:denotes <urn:actor:mayor> ; nif:beginIndex 0 ; nif:endIndex 35 .
  <urn:doc:evil#topic> a nkg:Topic ; rdfs:label "<script>alert('x')</script>" .
  <urn:doc:evil#s1> a nkg:Stance ; nkg:holder <urn:actor:mayor> ; nkg:target <urn:doc:evil#topic> ;
      nkg:targetLabel "<script>alert('x')</script>" ; nkg:polarity nkg:negative ; nkg:span <urn:doc:evil#char=0,72> .
  <urn:doc:evil#char=0,72> nif:beginIndex 0 ; nif:endIndex 72 .
  <urn:doc:evil#st1> a nkg:Statement ; nkg:speaker <urn:actor:mayor> ; nkg:speakerText "Mayor" ;
      nkg:content "<script>alert('x')</script> is bad" ; nkg:span <urn:doc:evil#char=41,75> .
  <urn:doc:evil#char=41,75> nif:beginIndex 41 ; nif:endIndex 75 .
}
"""


def store_stance_counts(store) -> tuple[int, int]:
    """Holders and targets, and holder -> target pairs, read from the store's quads (no SPARQL)."""
    holder, target = ox.NamedNode(str(NKG.holder)), ox.NamedNode(str(NKG.target))
    holders = {q.subject: q.object for q in store.quads_for_pattern(None, holder, None)}
    targets = {q.subject: q.object for q in store.quads_for_pattern(None, target, None)}
    pairs = {(holders[s], targets[s]) for s in holders}
    return len(set(holders.values()) | set(targets.values())), len(pairs)


def drawn_counts(html: str) -> tuple[int, int]:
    return len(re.findall(r'<g class="node[ "]', html)), len(re.findall(r'<path class="edge"', html))


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("hostile") / "store"
    quads = list(ox.parse(TRIG.encode(), format=ox.RdfFormat.TRIG))
    with open_store(path) as store:
        store.replace_graph("urn:doc:evil", quads)
    return path


def test_network_has_every_stance_holder_target_and_pair_of_the_seed(seed_store):
    nodes, pairs = store_stance_counts(seed_store)
    data = gather(seed_store, ReportFilter(top=0))
    network = stance_network(data)
    assert (len(network.nodes), len(network.edges)) == (nodes, pairs)
    assert nodes > 0 and pairs > 0
    assert drawn_counts(report_html(seed_store, ReportFilter(top=0))) == (nodes, pairs)


def test_every_statement_mention_and_event_of_the_seed_is_gathered(seed_store):
    def subjects(predicate, obj=None):
        return {q.subject for q in seed_store.quads_for_pattern(None, ox.NamedNode(str(predicate)), obj)}

    data = gather(seed_store, ReportFilter(top=0))
    statement = ox.NamedNode(str(NKG.Statement))
    assert {ox.NamedNode(s.iri) for s in data.statements} == subjects(RDF_TYPE, statement)
    assert len(data.mentions) == len(subjects(NKG.denotes))
    assert {ox.NamedNode(e.iri) for e in data.events} == subjects(NKG.plover)


def unpacked_documents(html: str) -> dict:
    """The report's documents as its script unpacks them: page id -> [text, [[begin, end, class, tooltip], ...]]."""
    payload = unpacked(html)
    return {page: [text, [[b, e, kind, payload["tips"][tip]] for b, e, kind, tip in marks]]
            for page, (text, marks) in payload["docs"].items()}


def unpacked(html: str) -> dict:
    """The report's packed payload: {"tips", "docs", "evidence"}."""
    import base64
    import gzip
    import json

    packed = re.search(r'<script type="application/octet-stream" id="report-data" data-encoding="gzip\+base64">'
                       r'([A-Za-z0-9+/=]*)</script>', html).group(1)
    return json.loads(gzip.decompress(base64.b64decode(packed)))


def test_documents_travel_packed_with_their_marks(seed_store):
    data = gather(seed_store)
    (text, marks), = unpacked_documents(report_html(seed_store)).values()
    assert text == next(iter(data.documents.values())).text
    assert len([m for m in marks if m[2] == "s"]) == len(data.statements)
    assert any(m[2] == "m" and m[3] == "mention: Donald Trump" for m in marks)
    assert all(text[b:e] for b, e, _, _ in marks)


def test_actor_pages_travel_packed(seed_store):
    data = gather(seed_store)
    html = report_html(seed_store)
    shells = re.findall(r'<section id="(a\d+)" class="page" data-packed hidden></section>', html)
    pages = unpacked(html)["pages"]
    assert len(shells) == len(data.actors) and set(shells) == set(pages)
    assert all("<h3>What they said (" in body for body in pages.values())
    assert any("Donald Trump" in body.split("</h2>")[0] for body in pages.values())


def test_every_clickable_element_has_its_evidence_packed(seed_store):
    html = report_html(seed_store)
    keys = set(re.findall(r'data-ev="([^"]+)"', html))
    evidence = unpacked(html)["evidence"]
    assert keys and keys == set(evidence)
    assert all(block.startswith("<h3>") and "<blockquote>" in block for block in evidence.values())


def test_seed_report_has_every_page(seed_store):
    data = gather(seed_store)
    html = report_html(seed_store)
    assert len(data.documents) == 1 and data.statements and data.events
    for page in ("network", "timeline", "actors", "documents", "a0", "d0"):
        assert f'<section id="{page}" class="page"' in html
    assert html.count('class="event"') == len([e for e in data.timeline if e.date])
    assert "Donald Trump" in html


def test_nothing_is_fetched_when_opened(seed_store):
    html = report_html(seed_store)
    assert not re.search(r'(src|href)="(https?:)?//', html)
    assert "default-src 'none'" in html


def test_text_from_the_store_is_escaped(hostile_store):
    with open_store(hostile_store, read_only=True) as store:
        html = report_html(store)
    assert HOSTILE not in html and "<img src=x" not in html and "<b>bold" not in html
    assert html.count("<script") == 2  # the documents' JSON and the page's own script
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html  # labels, escaped
    evidence = "".join(unpacked(html)["evidence"].values())
    assert HOSTILE not in evidence and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in evidence
    assert any(HOSTILE in text for text, _ in unpacked_documents(html).values())  # the text, packed whole
    assert drawn_counts(html) == (2, 1)


def test_top_keeps_the_most_mentioned_actors(seed_store):
    every = gather(seed_store, ReportFilter(top=0))
    top = gather(seed_store, ReportFilter(top=2))
    assert len(every.actors) > 2 and len(top.actors) == 2
    assert list(top.actors) == list(every.actors)[:2]
    assert all(s.holder in top.actors for s in top.stances)
    assert all(set(e.actors) & set(top.actors) for e in top.timeline)
    assert len(top.events) == len(every.events)  # document pages keep every event


def test_actor_filter_is_case_and_accent_blind(seed_store):
    data = gather(seed_store, ReportFilter(actors=("dónald TRUMP",)))
    trump = next(iri for iri, a in data.actors.items() if a.label == "Donald Trump")
    assert data.statements and all(s.speaker == trump for s in data.statements)
    assert data.stances and all(trump in (s.holder, s.target) for s in data.stances)
    assert data.events and all(trump in e.actors for e in data.events)
    with pytest.raises(QueryError, match="no actor named 'Nobody'"):
        gather(seed_store, ReportFilter(actors=("Nobody",)))


def test_document_and_date_filters(seed_store):
    name = next(iter(gather(seed_store).documents.values())).name
    assert len(gather(seed_store, ReportFilter(docs=(name,))).documents) == 1
    with pytest.raises(QueryError, match="no document named 'missing.txt'"):
        gather(seed_store, ReportFilter(docs=("missing.txt",)))
    date = next(iter(gather(seed_store).documents.values())).date
    assert gather(seed_store, ReportFilter(since=date[:7], until=date)).documents
    later = gather(seed_store, ReportFilter(since=str(int(date[:4]) + 1)))
    assert not later.documents and not later.stances
    assert 'No stances in the chosen documents' in report_html(seed_store, ReportFilter(since=str(int(date[:4]) + 1)))
    with pytest.raises(InputError, match="--until '2024-5' is not a date"):
        gather(seed_store, ReportFilter(until="2024-5"))


@pytest.mark.parametrize("bound", ["2024-13", "2024-02-30", "2024-13-40"])
def test_a_date_bound_names_a_real_month_and_day(bound):
    from kg.report.data import check_date_bound

    with pytest.raises(InputError, match=f"--since '{bound}' is not a date"):
        check_date_bound(bound, "--since")
    assert check_date_bound("2024-02-29", "--since") == "2024-02-29"


def test_write_report_and_cli(seed_store_dir, runner, tmp_path):
    from kg.cli import main

    out = tmp_path / "report.html"
    result = runner.invoke(main, ["report", "--store", str(seed_store_dir), "-o", str(out), "--top", "5"])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "top 5 actors" in out.read_text(encoding="utf-8")
    bad = runner.invoke(main, ["report", "--store", str(seed_store_dir), "-o", str(out), "--actor", "Nobody"])
    assert bad.exit_code == 1 and "no actor named 'Nobody'" in bad.output
    with open_store(seed_store_dir, read_only=True) as store:
        assert write_report(store, tmp_path / "again.html") == len((tmp_path / "again.html").read_bytes())
