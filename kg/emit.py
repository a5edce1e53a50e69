"""Records to triples: one document's extraction as quads in its named graph.

The shape of the graph is described in ``ontology/README.md``; every IRI
comes from :mod:`kg.iris`, so the same input always gives the same graph.
Quads are pyoxigraph terms, written
straight to the store without an rdflib round trip.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pyoxigraph as ox

from kg import __version__
from kg.documents import Document
from kg.extract.records import Extraction, Span
from kg import namespaces
from kg.iris import (actor_iri, doc_iri, event_iri, place_iri, run_iri, span_iri, stance_iri, statement_iri,
                     topic_iri)
from kg.namespaces import WD

_NN = ox.NamedNode


class _Terms:
    """A namespace whose terms come out as pyoxigraph NamedNodes, each built once.

    Looking a term up in an rdflib namespace builds and checks a new URIRef
    every time, which was a tenth of the emitter's time; the first lookup of a
    name still goes through the namespace, so a misspelt term still fails.
    """

    def __init__(self, namespace):
        self._namespace = namespace

    def __getattr__(self, name: str) -> ox.NamedNode:
        node = _NN(str(getattr(self._namespace, name)))
        setattr(self, name, node)
        return node


# The vocabularies as pyoxigraph terms, named in lower case as Turtle prefixes are, so they are not
# taken for kg.namespaces' rdflib namespaces of the same names.
nif, nkg, owl, plover, prov, rdf, rdfs, sdo, sem, skos, xsd = (
    _Terms(getattr(namespaces, n)) for n in ("NIF", "NKG", "OWL", "PLOVER", "PROV", "RDF", "RDFS", "SDO", "SEM", "SKOS", "XSD"))


class _Graph:
    """Collects the quads of one named graph."""

    def __init__(self, graph: str):
        self.graph = _NN(graph)
        self.quads: list[ox.Quad] = []
        self.labels: dict[str, str] = {}

    def label(self, s: str, text: str) -> None:
        """The node's one rdfs:label in this graph; another spelling of a node with the same IRI is an alternative label.

        Rows of the named queries are read per label, so two labels would be two rows for one entity.
        """
        first = self.labels.setdefault(s, text)
        self.lit(s, rdfs.label if first == text else skos.altLabel, text)

    def add(self, s: str, p: ox.NamedNode, o) -> None:
        obj = o if isinstance(o, (ox.Literal, ox.NamedNode)) else _NN(o)
        self.quads.append(ox.Quad(_NN(s), p, obj, self.graph))

    def lit(self, s: str, p: ox.NamedNode, value, datatype: ox.NamedNode | None = None) -> None:
        if value is None:
            return
        if isinstance(value, bool):
            literal = ox.Literal("true" if value else "false", datatype=xsd.boolean)
        elif isinstance(value, int):
            literal = ox.Literal(str(value), datatype=datatype or xsd.integer)
        elif isinstance(value, float):
            literal = ox.Literal(str(Decimal(str(round(value, 3)))), datatype=xsd.decimal)
        else:
            literal = ox.Literal(value, datatype=datatype) if datatype else ox.Literal(value)
        self.quads.append(ox.Quad(_NN(s), p, literal, self.graph))


def emit(document: Document, extraction: Extraction, model: str) -> list[ox.Quad]:
    """All quads for one document, in its named graph."""
    doc = doc_iri(document.name)
    g = _Graph(doc)
    run = run_iri(model)
    _document(g, doc, document, run)
    _run(g, run, model)
    actors = {a.key: _actor(g, doc, a) for a in extraction.actors}
    places = {p.key: _place(g, doc, p) for p in extraction.places}
    events = {e.key: _event(g, doc, run, e, actors, places) for e in extraction.events}
    statements, speakers_of = {}, Counter()   # "X and Y said Z": one statement of each speaker over the same span
    for s in extraction.statements:
        nth = speakers_of[s.content]
        if s not in statements:
            speakers_of[s.content] += 1
        statements[s] = _statement(g, doc, run, s, actors, events, nth)
    for stance in extraction.stances:
        _stance(g, doc, run, stance, actors, events, statements)
    return list(dict.fromkeys(g.quads))  # a span shared by two records is written once


def _document(g: _Graph, doc: str, document: Document, run: str) -> None:
    for cls in (nkg.Document, sdo.NewsArticle, nif.Context):
        g.add(doc, rdf.type, cls)
    g.lit(doc, sdo.name, document.name)
    g.lit(doc, sdo.headline, document.title)
    g.lit(doc, sdo.datePublished, document.date, xsd.date)
    g.lit(doc, sdo.url, document.url, xsd.anyURI)
    g.lit(doc, nif.isString, document.text)
    g.lit(doc, nkg.contentHash, document.content_hash)
    g.add(doc, prov.wasGeneratedBy, run)


def _run(g: _Graph, run: str, model: str) -> None:
    g.add(run, rdf.type, nkg.ExtractionRun)
    g.add(run, rdf.type, prov.Activity)
    g.lit(run, rdfs.label, f"newskg {__version__} with {model}")
    g.lit(run, nkg.extractorVersion, __version__)
    g.lit(run, nkg.languageModel, model)


def _span(g: _Graph, doc: str, span: Span) -> str:
    iri = span_iri(doc, span)
    g.add(iri, rdf.type, nkg.TextSpan)
    g.add(iri, rdf.type, nif.String)
    g.add(iri, nif.referenceContext, doc)
    g.lit(iri, nif.beginIndex, span.start)
    g.lit(iri, nif.endIndex, span.end)
    g.lit(iri, nif.anchorOf, span.text)
    return iri


def _mention(g: _Graph, doc: str, span: Span, target: str, confidence: float) -> None:
    iri = _span(g, doc, span)
    g.add(iri, rdf.type, nkg.Mention)
    g.add(iri, nkg.denotes, target)
    g.lit(iri, nkg.confidence, confidence)


def _actor(g: _Graph, doc: str, actor) -> str:
    iri = actor_iri(actor.type, actor.name)
    g.add(iri, rdf.type, getattr(nkg, actor.type))
    g.label(iri, actor.name)
    for alias in actor.aliases:
        g.lit(iri, skos.altLabel, alias)
    if actor.wikidata:
        g.add(iri, owl.sameAs, f"{WD}{actor.wikidata}")
    for span in actor.mentions:
        _mention(g, doc, span, iri, actor.confidence)
    return iri


def _place(g: _Graph, doc: str, place) -> str:
    iri = place_iri(place.name)
    g.add(iri, rdf.type, nkg.Place)
    g.label(iri, place.name)
    if place.wikidata:
        g.add(iri, owl.sameAs, f"{WD}{place.wikidata}")
    for span in place.mentions:
        _mention(g, doc, span, iri, place.confidence)
    return iri


def _provenance(g: _Graph, iri: str, doc: str, run: str, confidence: float) -> None:
    g.lit(iri, nkg.confidence, confidence)
    g.add(iri, prov.wasDerivedFrom, doc)
    g.add(iri, prov.wasGeneratedBy, run)


def _statement(g: _Graph, doc: str, run: str, st, actors: dict, events: dict, nth: int = 0) -> str:
    iri = statement_iri(doc, st.content, nth)
    g.add(iri, rdf.type, nkg.Statement)
    if st.speaker in actors:
        g.add(iri, nkg.speaker, actors[st.speaker])
    g.lit(iri, nkg.speakerText, st.speaker_text)
    if st.cue:
        g.lit(iri, nkg.cue, st.cue.text)
        g.add(iri, nkg.cueSpan, _span(g, doc, st.cue))
    g.lit(iri, nkg.content, st.content.text)
    g.add(iri, nkg.span, _span(g, doc, st.content))
    g.lit(iri, nkg.isDirect, st.direct)
    if st.about_event in events:
        g.add(iri, nkg.about, events[st.about_event])
    _date(g, iri, nkg.statementDate, st.date)
    _provenance(g, iri, doc, run, st.confidence)
    return iri


def _event(g: _Graph, doc: str, run: str, ev, actors: dict, places: dict) -> str:
    first = min(ev.triggers, key=lambda s: s.start)
    iri = event_iri(doc, first)
    g.add(iri, rdf.type, nkg.Event)
    g.lit(iri, rdfs.label, ev.label)
    g.add(iri, nkg.plover, getattr(plover, ev.plover))
    for trigger in ev.triggers:
        g.lit(iri, nkg.trigger, trigger.text)
        g.add(iri, nkg.span, _span(g, doc, trigger))
    for key in ev.participants:
        if key in actors:
            g.add(iri, sem.hasActor, actors[key])
    for role, keys in ((nkg.sourceActor, ev.sources), (nkg.targetActor, ev.targets)):
        for key in keys:
            if key in actors:
                g.add(iri, role, actors[key])
    if ev.place in places:
        g.add(iri, sem.hasPlace, places[ev.place])
    _event_time(g, iri, ev.date)
    g.add(iri, nkg.status, nkg.planned if ev.planned else nkg.happened)
    _provenance(g, iri, doc, run, ev.confidence)
    return iri


def _date(g: _Graph, iri: str, prop: ox.NamedNode, date: str | None) -> None:
    if date and "/" not in date:
        g.lit(iri, prop, date, xsd.date)


def _event_time(g: _Graph, iri: str, date: str | None) -> None:
    if not date:
        return
    if "/" in date:
        begin, end = date.split("/", 1)
        g.lit(iri, sem.hasBeginTimeStamp, begin, xsd.date)
        g.lit(iri, sem.hasEndTimeStamp, end, xsd.date)
    else:
        g.lit(iri, sem.hasTimeStamp, date, xsd.date)


def _stance(g: _Graph, doc: str, run: str, st, actors: dict, events: dict, statements: dict) -> None:
    if st.holder not in actors:
        return
    iri = stance_iri(doc, st.holder, st.target_label, st.polarity, st.span.start)
    g.add(iri, rdf.type, nkg.Stance)
    g.add(iri, nkg.holder, actors[st.holder])
    g.add(iri, nkg.target, _stance_target(g, doc, st, actors, events))
    g.lit(iri, nkg.targetLabel, st.target_label)
    g.add(iri, nkg.polarity, getattr(nkg, st.polarity))
    evidence = statements.get(st.evidence_statement) if st.evidence_statement is not None else None
    evidence = evidence or events.get(st.evidence_event)
    g.add(iri, nkg.evidence, evidence or _span(g, doc, st.span))
    g.add(iri, nkg.span, _span(g, doc, st.span))
    _provenance(g, iri, doc, run, st.confidence)


def _stance_target(g: _Graph, doc: str, st, actors: dict, events: dict) -> str:
    if st.target_actor in actors:
        return actors[st.target_actor]
    if st.target_event in events:
        return events[st.target_event]
    topic = topic_iri(doc, st.target_label)
    g.add(topic, rdf.type, nkg.Topic)
    g.label(topic, st.target_label)
    return topic
