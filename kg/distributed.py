"""Extraction on a Dask distributed cluster: ``kg build --dask`` and ``kg extract --dask``.

This process (the client) reads and checks the documents, cuts them into the
batches a local build uses (:func:`kg.pipeline.batches_of`, capped by count
and characters) and submits each batch as a task; a worker runs
:func:`kg.cluster_worker.graphs_of` on it with the spaCy pipeline it loaded
once. Only the documents' graphs come back, taken in input order, and
:mod:`kg.build` writes them exactly as it writes a local build's: the output
is byte for byte a local run's, and a store gets the same content hashes,
skips and whole-or-nothing graphs. At most two batches per worker thread are
out at a time, so input streams from disk.

Faults: a task is a pure function of its batch, so when a worker dies the
scheduler runs its batches again elsewhere, and as results are taken once per
batch each document is written once. A scheduler that goes away cancels
every outstanding task; that, a scheduler that cannot be reached, or a batch
that killed several workers in turn becomes a :class:`~kg.errors.ClusterError`.

``local`` or ``local:N`` starts a cluster on this machine of N
single-threaded worker processes (default: one per core), for a quick try.
Dask itself is an optional extra: ``pip install "newskg[dask]"``.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from kg.documents import Document
from kg.errors import ClusterError, one_line
from kg.pipeline import Built, batches_of, in_order

LOCAL = "local"
BATCHES_PER_THREAD = 2  # batches out per worker thread: one being built, one waiting
QUIETED_LOGGERS = ("distributed", "distributed.client")
INSTALL_HINT = 'pip install "newskg[dask]"'


@contextmanager
def cluster_builder(address: str) -> Iterator[Callable[..., Iterator[Built]]]:
    """A :data:`kg.build.Builder` whose batches run on the Dask cluster at ``address`` (or ``local[:N]``).

    The connection (and a local cluster) lasts as long as the ``with`` block.
    Each worker is asked to load the pipeline first (:class:`kg.cluster_worker.LoadedPipeline`).
    """
    with _quiet_client_logs(), connected(address) as client:
        _load_pipeline_on_workers(client, address)
        yield lambda documents, input_done=None: build_on_cluster(client, documents, input_done)


@contextmanager
def connected(address: str):
    """A Dask client of the scheduler at ``address``, or of a new local cluster for ``local[:N]``; closed after."""
    distributed = _dask()
    cluster = _local_cluster(distributed, local_workers(address)) if _is_local(address) else None
    try:
        client = distributed.Client(cluster or address)
    except (OSError, TimeoutError, ValueError) as err:
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {_one_line(err)}") from None
    try:
        yield client
    finally:
        _close(client)
        if cluster is not None:
            cluster.close(timeout=10)


def _is_local(address: str) -> bool:
    return address == LOCAL or address.startswith(LOCAL + ":")


def _local_cluster(distributed, workers: int):
    """A cluster of ``workers`` single-threaded worker processes on this machine.

    Ctrl-C reaches every process of the terminal's group; the workers are
    started with it ignored, so only this process acts on it (and the CLI
    says so in one line) instead of each worker printing a traceback.
    """
    in_main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN) if in_main_thread else None
    try:
        return distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                        dashboard_address=":0", silence_logs=logging.ERROR)
    finally:
        if in_main_thread:
            signal.signal(signal.SIGINT, previous)


def _load_pipeline_on_workers(client, address: str) -> None:
    """Every worker loads the pipeline now, and says so if it runs another newskg or model than this process."""
    from kg.cluster_worker import LoadedPipeline, versions

    try:
        client.register_plugin(LoadedPipeline(versions()))
    except Exception as err:  # raised on a worker, of whatever type it was there
        raise ClusterError(f"a worker of the Dask cluster at {address} cannot build: {_one_line(err)}") from None


def local_workers(address: str) -> int:
    """N in ``local:N`` (one per core for ``local``)."""
    count = address[len(LOCAL) + 1:]
    if not count:
        return os.cpu_count() or 1
    if not count.isdigit() or int(count) < 1:
        raise ClusterError(f"--dask {address}: give local or local:N with N a number of workers of 1 or more")
    return int(count)


def build_on_cluster(client, documents: Iterable[Document],
                     input_done: Callable[[], None] | None = None) -> Iterator[Built]:
    """Built records of the documents, built in batches on the client's cluster, in input order."""
    from kg.cluster_worker import graphs_of

    def submit(batch: list[Document]) -> _OnCluster:
        if client.status != "running":
            raise ClusterError(f"lost the Dask scheduler at {client.scheduler.address} ({client.status})")
        return _OnCluster(batch, client.submit(graphs_of, batch, pure=False))

    yield from in_order(batches_of(documents), submit, window(client), input_done)


def window(client) -> int:
    """Batches out at a time: two per worker thread the cluster has now (at least two)."""
    return max(BATCHES_PER_THREAD, BATCHES_PER_THREAD * sum(client.nthreads().values()))


class _OnCluster:
    """One batch's task; ``get()`` waits for its graphs and pairs them with the batch's documents again."""

    def __init__(self, batch: list[Document], future) -> None:
        self.batch = batch
        self.future = future

    def get(self) -> list[Built]:
        graphs = _result(self.future, self.batch)
        if len(graphs) != len(self.batch):
            raise ClusterError(f"a worker returned {len(graphs)} graphs for a batch of {len(self.batch)} documents")
        return [Built(document, *graph) for document, graph in zip(self.batch, graphs)]


def _result(future, batch: list[Document]):
    from distributed.client import FutureCancelledError
    from distributed.scheduler import KilledWorker

    try:
        return future.result()
    except FutureCancelledError as err:
        raise ClusterError(f"lost the Dask scheduler at {future.client.scheduler.address} ({err.reason})") from None
    except KilledWorker:
        raise ClusterError(f"the batch starting with {batch[0].name} killed every worker that ran it "
                           "(distributed.scheduler.allowed-failures); is a worker short of memory?") from None


def _close(client) -> None:
    try:
        client.close(timeout=10)
    except (OSError, TimeoutError):  # the scheduler already gone: nothing left to close cleanly
        pass


def _dask():
    try:
        import distributed
    except ImportError:
        raise ClusterError(f"--dask needs Dask: {INSTALL_HINT}") from None
    return distributed


@contextmanager
def _quiet_client_logs():
    """Dask's client logs a lost scheduler at length on stderr; the error raised here says it in one line.

    ``distributed.client`` has a level of its own in Dask's logging config, so it is quieted by name.
    """
    loggers = [logging.getLogger(name) for name in QUIETED_LOGGERS]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels):
            logger.setLevel(level)


def _one_line(err: Exception) -> str:
    return one_line(err) or type(err).__name__
