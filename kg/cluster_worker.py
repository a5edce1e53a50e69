"""What runs on a Dask worker for ``--dask``: the pipeline loaded once per worker, and one batch's graphs.

The client (:mod:`kg.distributed`) sends references to these functions, so
every worker needs newskg, at the client's version, with its ``dask`` extra
installed. :class:`LoadedPipeline` loads spaCy when a worker starts or joins;
:func:`kg.nlp.load_nlp` keeps it for the worker's life. :func:`graphs_of` is
a pure function of its batch, so the scheduler may run a batch again on
another worker (after one died) and get the same bytes.
"""

from __future__ import annotations

import threading

from distributed.diagnostics.plugin import WorkerPlugin

from kg.documents import Document
from kg.errors import ClusterError
from kg.pipeline import build_batch

# A worker given several threads parses one batch at a time: the threads share
# one spaCy pipeline and its vocabulary's memory zones, and the GIL leaves no
# gain in running them side by side (give a machine more single-threaded workers).
_ONE_BATCH_AT_A_TIME = threading.Lock()


class LoadedPipeline(WorkerPlugin):
    """Loads the spaCy pipeline as a worker starts, so its first batch does not wait for it.

    ``expected`` is the client's :func:`versions`: a worker with another
    newskg or model would write other graphs than a local run, so it refuses.
    """

    name = "newskg-pipeline"

    def __init__(self, expected: str) -> None:
        self.expected = expected

    def setup(self, worker) -> None:
        from kg.nlp import load_nlp

        if versions() != self.expected:
            raise ClusterError(f"worker {worker.address} runs {versions()}, the client {self.expected}")
        load_nlp()


def versions() -> str:
    """'newskg 0.1.4, en_core_web_sm 3.8.0': what decides the graphs a document gives."""
    from kg import __version__
    from kg.nlp import model_version

    return f"newskg {__version__}, {model_version()}"


def graphs_of(batch: list[Document]) -> list[tuple[bytes, bytes, int]]:
    """Each document's graph as (body, seal, triples) of :class:`kg.pipeline.Built`, in batch order.

    The documents themselves stay with the client, which sent them; only the
    graphs travel back.
    """
    with _ONE_BATCH_AT_A_TIME:
        return [(built.body, built.seal, built.triples) for built in build_batch(batch)]
