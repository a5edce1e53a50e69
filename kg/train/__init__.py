"""Reproducible builds of shipped resources from public data (run offline; see each module)."""
