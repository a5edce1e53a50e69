# Replace one document's named graph in one transaction.
# kg.store fills in the graph IRI (minted by newskg) and the N-Triples body
# (written by pyoxigraph), never user text.
DROP SILENT GRAPH $GRAPH ;
INSERT DATA { GRAPH $GRAPH {
$TRIPLES
} }
