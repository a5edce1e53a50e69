# Push, SPARQL 1.1 Update transport: add a later batch to a named graph.
# kg.remote fills in the graph IRI and the N-Triples batch (written by pyoxigraph).
INSERT DATA { GRAPH $GRAPH {
$TRIPLES
} }
