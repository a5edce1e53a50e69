# Push, SPARQL 1.1 Update transport: replace a remote named graph with the first batch.
# kg.remote fills in the graph IRI and the N-Triples batch (both written by
# pyoxigraph), never user text. Run again, it drops and inserts again.
DROP SILENT GRAPH $GRAPH ;
INSERT DATA { GRAPH $GRAPH {
$TRIPLES
} }
