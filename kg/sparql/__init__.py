"""SPARQL in kg: named queries (files), query text (text), the one table of output formats (formats),
results as tables, rows and W3C formats (results), and running a query on the local store (local)."""
