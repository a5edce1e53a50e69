# Push, SPARQL 1.1 Update transport: a graph with no triples leaves nothing remotely; kg push
# --prune drops a remote document graph the local store no longer holds with it too.
DROP SILENT GRAPH $GRAPH
