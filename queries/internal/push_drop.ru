# Push, SPARQL 1.1 Update transport: a graph with no triples leaves nothing remotely.
DROP SILENT GRAPH $GRAPH
