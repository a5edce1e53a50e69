"""Reproducible builds of the shipped tables and models from public data: the event lexicon, the targeted-polarity classifier (run offline; see each module)."""
