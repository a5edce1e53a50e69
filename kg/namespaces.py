"""Every namespace and vocabulary term newskg writes, in one place.

No IRI is spelled out anywhere else in the code: modules import the
namespaces from here. The project's own vocabulary ``NKG`` is an rdflib
``DefinedNamespace`` with ``_fail = True``, so a typo is an error at import
time, and ``tests/test_namespaces.py`` checks every term listed here is
declared in ``ontology/newskg.ttl``. The external vocabularies follow the
specs named beside them (SEM, GRaSP, NIF 2.0, Web Annotation, PROV-O,
schema.org, FOAF, SKOS, OWL-Time).
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import (
    DefinedNamespace,
    FOAF,
    OWL,
    PROV,
    RDF,
    RDFS,
    SDO,
    SKOS,
    TIME,
    XSD,
)

#: base of the ontology (classes and properties)
NKG_BASE = "https://w3id.org/newskg/ontology#"
#: base of the data the extractors mint (documents, actors, runs)
ID_BASE = "https://w3id.org/newskg/id/"


class NKG(DefinedNamespace):
    """The newskg ontology: only what no reused vocabulary has."""

    _fail = True
    _NS = Namespace(NKG_BASE)

    # classes
    Actor: URIRef
    Person: URIRef
    Organization: URIRef
    Country: URIRef
    Group: URIRef
    Place: URIRef
    Document: URIRef
    TextSpan: URIRef
    Mention: URIRef
    Statement: URIRef
    Event: URIRef
    Stance: URIRef
    Topic: URIRef
    Polarity: URIRef
    EventStatus: URIRef
    ExtractionRun: URIRef

    # individuals
    positive: URIRef
    negative: URIRef
    neutral: URIRef
    planned: URIRef
    happened: URIRef
    ploverScheme: URIRef

    # provenance and spans
    span: URIRef
    denotes: URIRef
    confidence: URIRef
    contentHash: URIRef
    sourceFile: URIRef
    extractorVersion: URIRef
    languageModel: URIRef

    # statements
    speaker: URIRef
    speakerText: URIRef
    cue: URIRef
    cueSpan: URIRef
    content: URIRef
    isDirect: URIRef
    about: URIRef
    statementDate: URIRef

    # events
    plover: URIRef
    trigger: URIRef
    status: URIRef
    sourceActor: URIRef
    targetActor: URIRef

    # corpus-level identity (its own named graph)
    canonical: URIRef
    IdentityGraph: URIRef

    # stances
    holder: URIRef
    target: URIRef
    targetLabel: URIRef
    polarity: URIRef
    evidence: URIRef


SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
GRASP = Namespace("http://groundedannotationframework.org/grasp#")
GAF = Namespace("http://groundedannotationframework.org/gaf#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
OA = Namespace("http://www.w3.org/ns/oa#")
SH = Namespace("http://www.w3.org/ns/shacl#")
WD = Namespace("http://www.wikidata.org/entity/")
PLOVER = Namespace("https://w3id.org/newskg/plover#")
ID = Namespace(ID_BASE)

#: prefixes used when writing Turtle/TriG and when reading queries
PREFIXES: dict[str, str] = {
    "nkg": NKG_BASE,
    "plover": str(PLOVER),
    "sem": str(SEM),
    "grasp": str(GRASP),
    "gaf": str(GAF),
    "nif": str(NIF),
    "oa": str(OA),
    "prov": str(PROV),
    "schema": str(SDO),
    "foaf": str(FOAF),
    "skos": str(SKOS),
    "time": str(TIME),
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "wd": str(WD),
    "sh": str(SH),
}

#: the PLOVER event categories (https://github.com/openeventdata/PLOVER)
PLOVER_CATEGORIES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
    "MOBILIZE", "COERCE", "ASSAULT", "OTHER",
)

ACTOR_TYPES: tuple[str, ...] = ("Person", "Organization", "Country", "Group")
POLARITIES: tuple[str, ...] = ("positive", "negative", "neutral")

__all__ = [
    "NKG", "SEM", "GRASP", "GAF", "NIF", "OA", "SH", "WD", "PLOVER", "ID",
    "PROV", "SDO", "FOAF", "SKOS", "TIME", "OWL", "RDF", "RDFS", "XSD",
    "PREFIXES", "PLOVER_CATEGORIES", "ACTOR_TYPES", "POLARITIES",
    "NKG_BASE", "ID_BASE",
]
