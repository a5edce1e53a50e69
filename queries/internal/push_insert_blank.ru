# Push, SPARQL 1.1 Update transport: the triples with blank nodes, in one request.
# A template (not INSERT DATA, which Virtuoso refuses blank nodes in) makes each
# blank node label one fresh node for the whole batch.
INSERT { GRAPH $GRAPH {
$TRIPLES
} } WHERE {}
