"""kg.emit: records to quads in the document's named graph, with stable IRIs."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from kg.documents import Document
from kg.emit import emit
from kg.iris import actor_iri, doc_iri, span_iri
from kg.extract.records import Actor, Event, Extraction, Place, Span, Stance, Statement
from kg.namespaces import NIF, NKG, PLOVER, RDF, RDFS, SEM, SKOS, XSD

TEXT = "date 2024-05-01 Alice Smith said: \"We will meet in Oslo.\" Smith praised Acme."
DOC = Document("note.txt", TEXT, "2024-05-01", None, None, 16)


def span(text: str) -> Span:
    """The span of ``text``'s first occurrence; "X praised" gives just X's span."""
    start = TEXT.index(text)
    word = text.split()[0] if text.endswith("praised") else text
    return Span(start, start + len(word), word)


def extraction() -> Extraction:
    alice = Actor("p:alice", "Alice Smith", "Person", ["Smith"], [span("Alice Smith"), span("Smith praised")])
    acme = Actor("o:acme", "Acme", "Organization", [], [span("Acme")], wikidata="Q1")
    oslo = Place("pl:oslo", "Oslo", [span("Oslo")])
    statement = Statement("p:alice", "Alice Smith", span("said"), span("We will meet in Oslo."), True, 0.9)
    meeting = Event("e1", "meet", "CONSULT", [span("meet")], ["p:alice"], "pl:oslo", "2024-05-02/2024-05-03", True)
    stance = Stance("p:alice", "Acme", "positive", span("Smith praised Acme."), target_actor="o:acme")
    return Extraction([alice, acme], [oslo], [statement], [meeting], [stance])


def triples(quads) -> set[tuple[str, str, str]]:
    return {(q.subject.value, q.predicate.value, q.object.value) for q in quads}


def test_all_quads_in_the_document_graph():
    quads = emit(DOC, extraction(), "model 1")
    assert {q.graph_name.value for q in quads} == {doc_iri("note.txt")}


def test_same_input_same_quads():
    assert emit(DOC, extraction(), "model 1") == emit(DOC, extraction(), "model 1")


def test_statement_points_to_its_span_with_exact_offsets():
    t = triples(emit(DOC, extraction(), "model 1"))
    content = span("We will meet in Oslo.")
    s = span_iri(doc_iri("note.txt"), content)
    assert (s, str(NIF.beginIndex), str(content.start)) in t
    assert (s, str(NIF.endIndex), str(content.end)) in t
    assert (s, str(NIF.anchorOf), content.text) in t
    st = f"{doc_iri('note.txt')}#statement-{content.start}-{content.end}"
    assert (st, str(NKG.speaker), actor_iri("Person", "Alice Smith")) in t
    assert (st, str(NKG.span), s) in t


def test_event_interval_place_and_category():
    t = triples(emit(DOC, extraction(), "model 1"))
    ev = next(s for s, p, o in t if p == str(RDF.type) and o == str(NKG.Event))
    assert (ev, str(NKG.plover), str(PLOVER.CONSULT)) in t
    assert (ev, str(SEM.hasBeginTimeStamp), "2024-05-02") in t
    assert (ev, str(SEM.hasEndTimeStamp), "2024-05-03") in t
    assert (ev, str(NKG.status), str(NKG.planned)) in t


def test_confidence_is_decimal_and_offsets_integer():
    quads = emit(DOC, extraction(), "model 1")
    conf = [q.object for q in quads if q.predicate.value == str(NKG.confidence)]
    assert conf and all(c.datatype.value == str(XSD.decimal) for c in conf)
    assert all(Decimal(c.value) <= 1 for c in conf)
    begins = [q.object for q in quads if q.predicate.value == str(NIF.beginIndex)]
    assert all(b.datatype.value == str(XSD.integer) for b in begins)


def test_stance_target_is_the_actor():
    t = triples(emit(DOC, extraction(), "model 1"))
    stance = next(s for s, p, o in t if p == str(RDF.type) and o == str(NKG.Stance))
    assert (stance, str(NKG.target), actor_iri("Organization", "Acme")) in t
    assert (stance, str(NKG.polarity), str(NKG.positive)) in t


def test_opposite_stances_in_one_sentence_are_two_nodes():
    ex = extraction()
    ex.stances.append(dataclasses.replace(ex.stances[0], polarity="negative", confidence=0.75))
    t = triples(emit(DOC, ex, "model 1"))
    stances = {s for s, p, o in t if p == str(RDF.type) and o == str(NKG.Stance)}
    assert len(stances) == 2
    for stance in stances:
        assert len({o for s, p, o in t if s == stance and p == str(NKG.polarity)}) == 1
        assert len({o for s, p, o in t if s == stance and p == str(NKG.confidence)}) == 1


def test_two_speakers_of_one_content_are_two_statement_nodes():
    ex = extraction()
    ex.statements.append(dataclasses.replace(ex.statements[0], speaker="o:acme", speaker_text="Acme"))
    t = triples(emit(DOC, ex, "model 1"))
    content = span("We will meet in Oslo.")
    first = f"{doc_iri('note.txt')}#statement-{content.start}-{content.end}"
    assert {(s, o) for s, p, o in t if p == str(NKG.speaker)} == {
        (first, actor_iri("Person", "Alice Smith")), (first + "-2", actor_iri("Organization", "Acme"))}


def test_a_node_has_one_label_in_its_graph_other_spellings_are_alternatives():
    ex = extraction()
    ex.actors.append(Actor("o:acme2", "ACME", "Organization", [], [span("Acme")]))
    ex.places.append(Place("pl:oslo2", "OSLO.", [span("Oslo")]))
    ex.stances += [Stance("p:alice", "the plan", "positive", span("Smith praised Acme.")),
                   Stance("p:alice", "The plan", "negative", span("Smith praised Acme."))]
    t = triples(emit(DOC, ex, "model 1"))
    for node in {s for s, p, o in t if p == str(RDF.type) and o in (str(NKG.Organization), str(NKG.Place), str(NKG.Topic))}:
        assert len({o for s, p, o in t if s == node and p == str(RDFS.label)}) == 1, node
    acme = actor_iri("Organization", "Acme")
    assert {(p, o) for s, p, o in t if s == acme and o in ("Acme", "ACME")} == {(str(RDFS.label), "Acme"), (str(SKOS.altLabel), "ACME")}


def test_a_misspelt_ontology_term_still_fails_in_the_emitter():
    from kg.emit import nkg

    assert nkg.Statement.value.endswith("#Statement") and nkg.Statement is nkg.Statement
    with pytest.raises(AttributeError):
        nkg.Statment


def test_event_roles_are_actors_and_a_stance_can_rest_on_an_event():
    ex = extraction()
    ex.events = (Event("e2", "sanctions", "SANCTION", [span("praised")], ["p:alice", "o:acme"],
                       sources=["p:alice"], targets=["o:acme"]),)
    ex.stances = (Stance("p:alice", "Acme", "negative", span("Smith praised Acme."), target_actor="o:acme",
                         evidence_event="e2"),)
    t = triples(emit(DOC, ex, "model 1"))
    event = f"{doc_iri('note.txt')}#event-{span('praised').start}-{span('praised').end}"
    alice, acme = actor_iri("Person", "Alice Smith"), actor_iri("Organization", "Acme")
    assert {(event, str(NKG.sourceActor), alice), (event, str(NKG.targetActor), acme),
            (event, str(SEM.hasActor), alice), (event, str(SEM.hasActor), acme)} <= t
    (stance,) = [s for s, p, o in t if p == str(NKG.evidence)]
    assert (stance, str(NKG.evidence), event) in t
