"""kg.iris: the IRIs minted for documents, actors, spans and records are stable and valid."""

import pyoxigraph as ox
import pytest

from kg.extract.records import Span
from kg.iris import actor_iri, doc_iri, event_iri, slug, span_iri, stance_iri, statement_iri, topic_iri


@pytest.mark.parametrize("name, expected", [("Donald Trump", "donald-trump"), ("Zelenskyy", "zelenskyy"), ("U.S.", "u-s"), ("Charité", "charite"),
                                            ("习近平", "%E4%B9%A0%E8%BF%91%E5%B9%B3")])
def test_slug(name, expected):
    assert slug(name) == expected


def test_doc_iri_escapes_names():
    assert doc_iri("news.jsonl#3").endswith("doc/news.jsonl%233")
    ox.NamedNode(doc_iri("a b/c.txt"))  # a valid IRI


def test_same_name_in_other_spellings_is_one_actor():
    assert actor_iri("Place", "St. Louis") == actor_iri("Place", "St Louis")
    assert actor_iri("Person", "Ann Lee") != actor_iri("Organization", "Ann Lee")


def test_record_iris_come_from_the_document_and_the_span():
    doc, span = doc_iri("a.txt"), Span(4, 9, "hello")
    assert span_iri(doc, span) == f"{doc}#char=4,9"
    assert statement_iri(doc, span) == f"{doc}#statement-4-9"
    assert statement_iri(doc, span, 1) == f"{doc}#statement-4-9-2"      # the second speaker of "X and Y said"
    assert event_iri(doc, span) == f"{doc}#event-4-9"
    first = stance_iri(doc, "p:ann", "the plan", "negative", 4)
    assert first == stance_iri(doc, "p:ann", "the plan", "negative", 4)
    assert first != stance_iri(doc, "p:ann", "the plan", "positive", 4)
    for iri in (first, topic_iri(doc, "a very long topic " * 10)):
        ox.NamedNode(iri)
    assert len(topic_iri(doc, "x " * 100)) <= len(doc) + len("#topic-") + 60
