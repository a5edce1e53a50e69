"""Real SPARQL servers on free loopback ports, for the push and remote tests.

``OxigraphServer`` runs ``oxigraph serve`` (from the ``oxigraph`` package);
``VirtuosoServer`` runs ``virtuoso-t`` (Debian ``virtuoso-opensource``, see
``.ci/install-virtuoso.sh``) on a copy of the packaged ``virtuoso.ini`` whose
database, log, lock and transaction files all live in a temporary directory.
Both only ever bind 127.0.0.1 and are stopped with terminate + wait. They are
plain context managers so that the perf scripts can use them too; the pytest
fixtures wrapping them live in the test modules.
"""

from __future__ import annotations

import configparser
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from kg.serve import stop_server

HOST = "127.0.0.1"
VIRTUOSO_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
ASK = "ASK { ?s ?p ?o }"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def wait_for_sparql(url: str, proc: subprocess.Popen, timeout: float, log: Path | None = None) -> None:
    """Poll ``url?query=ASK`` until it answers 200, the process dies, or time runs out."""
    probe = url + "?" + urllib.parse.urlencode({"query": ASK})
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            detail = log.read_text(errors="replace")[-2000:] if log and log.exists() else ""
            raise RuntimeError(f"server for {url} exited with {proc.returncode}: {detail}")
        try:
            with urllib.request.urlopen(probe, timeout=2) as resp:
                if resp.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer within {timeout} s")


def stop(proc: subprocess.Popen) -> None:
    stop_server(proc, timeout=20)


class OxigraphServer:
    """``oxigraph serve --location TMP --bind 127.0.0.1:PORT`` for the life of the context."""

    def __init__(self, location: str | Path | None = None, read_only: bool = False):
        self._tmp = None if location else tempfile.TemporaryDirectory(prefix="kg-oxigraph-")
        self.location = Path(location or self._tmp.name)
        self.read_only = read_only
        self.port = free_port()
        self.base = f"http://{HOST}:{self.port}"
        self.query_url = f"{self.base}/query"
        self.update_url = f"{self.base}/update"
        self.store_url = f"{self.base}/store"
        self.proc: subprocess.Popen | None = None

    def __enter__(self) -> "OxigraphServer":
        binary = shutil.which("oxigraph")
        if binary is None:
            raise RuntimeError("the 'oxigraph' binary is not on PATH: pip install oxigraph")
        mode = "serve-read-only" if self.read_only else "serve"
        self.log = self.location.parent / f"oxigraph-{self.port}.log"
        self._log = open(self.log, "wb")
        cmd = [binary, mode, "--location", str(self.location), "--bind", f"{HOST}:{self.port}"]
        self.proc = subprocess.Popen(cmd, stdout=self._log, stderr=subprocess.STDOUT)
        try:
            wait_for_sparql(self.query_url, self.proc, timeout=30, log=self.log)
        except Exception:
            self.__exit__()
            raise
        return self

    def __exit__(self, *exc) -> None:
        if self.proc is not None:
            stop(self.proc)
        self._log.close()
        self.log.unlink(missing_ok=True)
        if self._tmp is not None:
            self._tmp.cleanup()


def virtuoso_missing() -> str | None:
    """Why Virtuoso cannot run here, or None when it can."""
    for tool in ("virtuoso-t", "isql-vt"):
        if shutil.which(tool) is None:
            return f"'{tool}' is not installed (run .ci/install-virtuoso.sh: Debian package virtuoso-opensource)"
    if not VIRTUOSO_INI.is_file():
        return f"{VIRTUOSO_INI} is missing (Debian package virtuoso-opensource)"
    return None


class VirtuosoServer:
    """``virtuoso-t +foreground`` with every file in a temp dir and free ports.

    A fresh database has the account dba/dba; the anonymous ``SPARQL`` user
    gets ``SPARQL_UPDATE`` so that ``/sparql`` accepts updates, and the
    digest-authenticated endpoint ``/sparql-auth`` accepts dba/dba.
    """

    user = "dba"
    password = "dba"

    def __init__(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="kg-virtuoso-")
        self.dir = Path(self._tmp.name)
        self.sql_port = free_port()
        self.http_port = free_port()
        self.base = f"http://{HOST}:{self.http_port}"
        self.query_url = f"{self.base}/sparql"
        self.auth_url = f"{self.base}/sparql-auth"
        self.proc: subprocess.Popen | None = None

    def _write_ini(self) -> Path:
        ini = configparser.RawConfigParser(strict=False, inline_comment_prefixes=(";",))
        ini.optionxform = str  # keep the key case Virtuoso expects
        ini.read(VIRTUOSO_INI)
        db = self.dir
        ini["Database"].update(
            DatabaseFile=str(db / "virtuoso.db"),
            ErrorLogFile=str(db / "virtuoso.log"),
            LockFile=str(db / "virtuoso.lck"),
            TransactionFile=str(db / "virtuoso.trx"),
            xa_persistent_file=str(db / "virtuoso.pxa"),
        )
        ini["TempDatabase"].update(
            DatabaseFile=str(db / "virtuoso-temp.db"),
            TransactionFile=str(db / "virtuoso-temp.trx"),
        )
        ini["Parameters"]["ServerPort"] = f"{HOST}:{self.sql_port}"
        ini["Parameters"]["DirsAllowed"] = f"., {db}, /usr/share/virtuoso-opensource-7/vad"
        ini["HTTPServer"]["ServerPort"] = f"{HOST}:{self.http_port}"
        ini["URIQA"]["DefaultHost"] = f"{HOST}:{self.http_port}"
        if ini.has_section("SPARQL"):
            ini["SPARQL"]["ResultSetMaxRows"] = "1000000"
        path = db / "virtuoso.ini"
        with open(path, "w") as out:
            ini.write(out)
        return path

    def isql(self, sql: str) -> str:
        done = subprocess.run(
            ["isql-vt", f"{HOST}:{self.sql_port}", self.user, self.password, f"exec={sql}"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        if done.returncode != 0 or "*** Error" in done.stdout + done.stderr:
            raise RuntimeError(f"isql-vt failed on {sql!r}: {done.stdout}{done.stderr}")
        return done.stdout

    def __enter__(self) -> "VirtuosoServer":
        reason = virtuoso_missing()
        if reason:
            raise RuntimeError(reason)
        ini = self._write_ini()
        self.log = self.dir / "virtuoso.log"
        self._out = open(self.dir / "stdout.log", "wb")
        self.proc = subprocess.Popen(
            ["virtuoso-t", "+configfile", str(ini), "+foreground"],
            cwd=self.dir,
            stdout=self._out,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_for_sparql(self.query_url, self.proc, timeout=90, log=self.dir / "stdout.log")
            self.isql('grant SPARQL_UPDATE to "SPARQL";')
        except Exception:
            self.__exit__()
            raise
        return self

    def __exit__(self, *exc) -> None:
        if self.proc is not None:
            stop(self.proc)
        self._out.close()
        self._tmp.cleanup()


# --------------------------------------------------------------------------- sample data

#: three document graphs in the shape of ontology/README.md: a literal with
#: quotes, a newline and non-ASCII letters, a language tag, a blank node, and
#: an actor shared by two documents
SAMPLE_TRIG = r'''
@prefix nkg: <https://w3id.org/newskg/ontology#> .
@prefix id: <https://w3id.org/newskg/id/> .
@prefix doc: <https://w3id.org/newskg/id/doc/> .
@prefix schema: <https://schema.org/> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> .
@prefix plover: <https://w3id.org/newskg/plover#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

doc:test-one {
  doc:test-one a nkg:Document, schema:NewsArticle, nif:Context ;
    schema:name "test_one.txt" ;
    schema:headline "Orbán hosts \"peace\" summit"@en ;
    schema:datePublished "2025-10-16"^^xsd:date ;
    nif:isString "Trump said: \"We will meet in Budapest.\"\nOrbán welcomed the plan – a ‘great’ day." ;
    nkg:contentHash "9f2c" ;
    prov:wasGeneratedBy id:run-test .
  id:run-test a nkg:ExtractionRun, prov:Activity ; rdfs:label "newskg test run" ;
    nkg:extractorVersion "0.1.0" .
  id:actor-donald-trump a nkg:Person ; rdfs:label "Donald Trump" ; skos:altLabel "Trump" ;
    owl:sameAs <http://www.wikidata.org/entity/Q22686> .
  id:actor-viktor-orban a nkg:Person ; rdfs:label "Viktor Orbán" ; skos:altLabel "Orbán" .
  id:place-budapest a nkg:Place ; rdfs:label "Budapest" ; owl:sameAs <http://www.wikidata.org/entity/Q1781> .
  <https://w3id.org/newskg/id/doc/test-one#char=0,5> a nkg:TextSpan, nkg:Mention, nif:String ;
    nif:referenceContext doc:test-one ;
    nif:beginIndex "0"^^xsd:nonNegativeInteger ; nif:endIndex "5"^^xsd:nonNegativeInteger ;
    nif:anchorOf "Trump" ; nkg:denotes id:actor-donald-trump ; nkg:confidence 0.8 .
  <https://w3id.org/newskg/id/doc/test-one#char=13,38> a nkg:TextSpan, nif:String ;
    nif:referenceContext doc:test-one ;
    nif:beginIndex "13"^^xsd:nonNegativeInteger ; nif:endIndex "38"^^xsd:nonNegativeInteger ;
    nif:anchorOf "We will meet in Budapest." .
  <https://w3id.org/newskg/id/doc/test-one#statement-13-38> a nkg:Statement ;
    nkg:speaker id:actor-donald-trump ; nkg:speakerText "Trump" ; nkg:cue "said" ;
    nkg:content "We will meet in Budapest." ;
    nkg:span <https://w3id.org/newskg/id/doc/test-one#char=13,38> ;
    nkg:isDirect true ; nkg:statementDate "2025-10-16"^^xsd:date ; nkg:confidence 0.9 ;
    nkg:about <https://w3id.org/newskg/id/doc/test-one#event-21-25> ;
    prov:wasDerivedFrom doc:test-one ; prov:wasGeneratedBy id:run-test .
  <https://w3id.org/newskg/id/doc/test-one#event-21-25> a nkg:Event ;
    rdfs:label "meeting" ; nkg:plover plover:CONSULT ; nkg:trigger "meet" ;
    sem:hasActor id:actor-donald-trump, id:actor-viktor-orban ; sem:hasPlace id:place-budapest ;
    sem:hasTimeStamp "2025-10-20"^^xsd:date ; nkg:status nkg:planned ; nkg:confidence 0.6 ;
    prov:wasDerivedFrom doc:test-one .
  <https://w3id.org/newskg/id/doc/test-one#stance-1> a nkg:Stance ;
    nkg:holder id:actor-viktor-orban ; nkg:target <https://w3id.org/newskg/id/doc/test-one#event-21-25> ;
    nkg:targetLabel "the plan" ; nkg:polarity nkg:positive ;
    nkg:evidence <https://w3id.org/newskg/id/doc/test-one#statement-13-38> ; nkg:confidence 0.6 .
}

doc:test-two {
  doc:test-two a nkg:Document, schema:NewsArticle ;
    schema:name "test_two.txt" ;
    schema:headline "Kyiv rejects résignation"@fr ;
    nif:isString "Officials said the talks had failed.\nZelensky rejected it." ;
    prov:wasGeneratedBy id:run-test .
  id:actor-donald-trump a nkg:Person ; rdfs:label "Donald Trump" .
  id:actor-volodymyr-zelensky a nkg:Person ; rdfs:label "Volodymyr Zelensky" .
  id:org-un a nkg:Organization ; rdfs:label "United Nations" .
  <https://w3id.org/newskg/id/doc/test-two#char=19,35> a nkg:TextSpan, nif:String ;
    nif:beginIndex "19"^^xsd:nonNegativeInteger ; nif:endIndex "35"^^xsd:nonNegativeInteger .
  <https://w3id.org/newskg/id/doc/test-two#statement-19-35> a nkg:Statement ;
    nkg:speakerText "officials" ; nkg:content "the talks had failed" ; nkg:isDirect false ;
    nkg:span <https://w3id.org/newskg/id/doc/test-two#char=19,35> ; nkg:confidence 0.7 .
  <https://w3id.org/newskg/id/doc/test-two#event-23-28> a nkg:Event ;
    rdfs:label "talks" ; nkg:plover plover:CONSULT ; sem:hasActor id:org-un ;
    sem:hasBeginTimeStamp "2025-10-01"^^xsd:date ; sem:hasEndTimeStamp "2025-10-03"^^xsd:date ;
    nkg:status nkg:happened .
  <https://w3id.org/newskg/id/doc/test-two#stance-2> a nkg:Stance ;
    nkg:holder id:actor-volodymyr-zelensky ; nkg:targetLabel "the \"deal\" – ‘rejected’" ;
    nkg:polarity nkg:negative .
}

doc:test-three {
  doc:test-three a nkg:Document, schema:NewsArticle ; schema:name "test_three.txt" ;
    schema:author [ a schema:Person ; rdfs:label "Anonymous reporter" ] ;
    schema:mentions [ rdfs:label "a blank topic" ] .
}
'''


def sample_quads() -> list:
    import pyoxigraph as ox

    return list(ox.parse(SAMPLE_TRIG, format=ox.RdfFormat.TRIG))


def write_sample(path: str | Path) -> Path:
    """Write SAMPLE_TRIG to a file (the tests load stores from it)."""
    path = Path(path)
    path.write_text(SAMPLE_TRIG, encoding="utf-8")
    return path


def make_sample_store(path: str | Path) -> dict[str, int]:
    """Fill a KgStore at ``path`` from SAMPLE_TRIG with replace_graph; {graph: triples}."""
    from kg.store import open_store

    by_graph: dict[str, list] = {}
    for quad in sample_quads():
        by_graph.setdefault(quad.graph_name.value, []).append(quad)
    with open_store(path) as store:
        for graph, quads in by_graph.items():
            store.replace_graph(graph, quads)
        counts = {g: store.count(g) for g in store.graphs()}
    return counts
