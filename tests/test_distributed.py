"""kg.distributed: --dask runs on a real Dask scheduler and workers on 127.0.0.1, as a local run does.

The cluster is real processes (``python -m dask scheduler`` and ``dask worker
--nthreads 1``) started here on free ports and stopped by process id. Batches
are cut to two documents, so eight documents (the seed and seven Wikinews
articles) make enough tasks to kill a worker or the scheduler in the middle
of a run. Select these tests with ``-m dask``.
"""

from __future__ import annotations

import io
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from kg.build import extract_nquads
from kg.errors import ClusterError
from kg.store import open_store
from tests.conftest import ROOT, SEEDS, SHARED
from tests.test_cli import run, snapshot

WIKINEWS = SHARED / "corpus" / "wikinews"
START_TIMEOUT = 90  # seconds for a worker to start and load spaCy on a busy two-core machine

pytestmark = pytest.mark.dask
needs_wikinews = pytest.mark.skipif(not WIKINEWS.is_dir(), reason=f"shared Wikinews corpus {WIKINEWS} is absent")


DOCUMENTS = 8


def inputs() -> list[str]:
    return [str(SEEDS), *(str(p) for p in sorted(WIKINEWS.glob("*.txt"))[:DOCUMENTS - 1])]


@pytest.fixture(autouse=True)
def small_batches(monkeypatch):
    """Two documents a batch, and a lost scheduler given up on after 5 s."""
    import dask
    import distributed  # noqa: F401  (its config defaults go in first, so leaving the block below keeps them)

    monkeypatch.setattr("kg.pipeline.BATCH_DOCUMENTS", 2)
    with dask.config.set({"distributed.comm.timeouts.connect": "5s"}):
        yield


class Cluster:
    """A scheduler and workers as subprocesses of this test, on 127.0.0.1."""

    def __init__(self) -> None:
        self.port = _free_port()
        self.address = f"tcp://127.0.0.1:{self.port}"
        self.env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
        self.scheduler = self._start("scheduler", "--host", "127.0.0.1", "--port", str(self.port), "--no-dashboard",
                                     "--dashboard-address", "127.0.0.1:0")
        self.workers: list[subprocess.Popen] = []

    def add_workers(self, count: int) -> None:
        from distributed import Client

        self.workers += [self._start("worker", self.address, "--nthreads", "1", "--no-nanny", "--host", "127.0.0.1",
                                     "--no-dashboard") for _ in range(count)]
        with Client(self.address, timeout=START_TIMEOUT) as client:
            client.wait_for_workers(len(self.running_workers()), timeout=START_TIMEOUT)

    def running_workers(self) -> list[subprocess.Popen]:
        return [worker for worker in self.workers if worker.poll() is None]

    def _start(self, role: str, *args: str) -> subprocess.Popen:
        return subprocess.Popen([sys.executable, "-m", "dask", role, *args], env=self.env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def stop(self) -> None:
        for process in [*self.workers, self.scheduler]:
            if process.poll() is None:
                os.kill(process.pid, signal.SIGKILL)
            process.wait()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def shared_cluster():
    started = Cluster()
    try:
        yield started
    finally:
        started.stop()


@pytest.fixture
def cluster(shared_cluster):
    """A scheduler and two single-threaded workers, shared by this module's tests (a killed one is replaced)."""
    missing = 2 - len(shared_cluster.running_workers())
    if missing:
        shared_cluster.add_workers(missing)
    return shared_cluster


@pytest.fixture
def own_cluster():
    """A scheduler and one worker for a test that stops the scheduler."""
    started = Cluster()
    try:
        started.add_workers(1)
        yield started
    finally:
        started.stop()


@pytest.fixture(scope="module")
def local_nquads(tmp_path_factory) -> bytes:
    """What a local `kg extract -j 1` writes for the inputs."""
    buffer = io.BytesIO()
    extract_nquads(inputs(), buffer, jobs=1)
    return buffer.getvalue()


def graphs_with_hash(nquads: bytes) -> list[str]:
    """The graph of every content-hash triple: one per document written."""
    import pyoxigraph as ox

    from kg.namespaces import NKG

    return [q.graph_name.value for q in ox.parse(nquads, format=ox.RdfFormat.N_QUADS) if q.predicate.value == str(NKG.contentHash)]


@needs_wikinews
def test_extract_on_the_cluster_writes_exactly_what_a_local_extract_writes(runner, cluster, local_nquads, tmp_path):
    target = tmp_path / "dask.nq"
    result = run(runner, "extract", *inputs(), "-o", target, "--dask", cluster.address)
    assert result.exit_code == 0, result.output
    assert target.read_bytes() == local_nquads
    assert len(graphs_with_hash(local_nquads)) == len(set(graphs_with_hash(local_nquads))) == DOCUMENTS


@needs_wikinews
def test_build_on_the_cluster_fills_the_store_as_a_local_build_and_skips_as_one(runner, cluster, local_nquads, tmp_path):
    import pyoxigraph as ox

    store = tmp_path / "store"
    first = run(runner, "build", *inputs(), "--store", store, "--dask", cluster.address)
    assert first.exit_code == 0 and f"built {DOCUMENTS} document(s), skipped 0" in first.output
    assert snapshot(store) == sorted(str(q) for q in ox.parse(local_nquads, format=ox.RdfFormat.N_QUADS))
    again = run(runner, "build", *inputs(), "--store", store, "--dask", cluster.address)
    assert f"built 0 document(s), skipped {DOCUMENTS} unchanged" in again.output


@needs_wikinews
def test_a_worker_killed_mid_run_has_its_batches_run_elsewhere_and_every_document_written_once(cluster, local_nquads):
    from distributed import Client

    from kg.distributed import cluster_builder

    with Client(cluster.address) as watcher:
        killer = _KillWhenBusy(watcher, {pid: address for address, pid in watcher.run(os.getpid).items()})
        buffer = io.BytesIO()
        with cluster_builder(cluster.address) as builder:
            killer.start()
            extract_nquads(inputs(), buffer, builder=builder)
        killer.join()
    assert killer.had_tasks, "the worker was killed while it held a batch"
    assert len(cluster.running_workers()) == 1
    assert len(graphs_with_hash(buffer.getvalue())) == len(set(graphs_with_hash(buffer.getvalue()))) == DOCUMENTS
    assert buffer.getvalue() == local_nquads


class _KillWhenBusy(threading.Thread):
    """SIGKILLs the first worker (of ``addresses``, by process id) seen holding a batch."""

    def __init__(self, client, addresses: dict[int, str]) -> None:
        super().__init__(daemon=True)
        self.client, self.addresses = client, addresses
        self.had_tasks: list = []

    def run(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            processing = self.client.processing()
            for pid, address in self.addresses.items():
                if processing.get(address):
                    self.had_tasks = list(processing[address])
                    os.kill(pid, signal.SIGKILL)
                    return
            time.sleep(0.02)


@needs_wikinews
def test_the_scheduler_gone_mid_build_is_one_line_and_the_store_keeps_what_came_back(runner, own_cluster, tmp_path, monkeypatch):
    import kg.distributed

    streamed = kg.distributed.build_on_cluster

    def scheduler_dies_after_the_first_batch(client, documents, input_done=None):
        for count, built in enumerate(streamed(client, documents, input_done)):
            yield built
            if count == DOCUMENTS - 3:  # three batches back, the fourth and last out
                os.kill(own_cluster.scheduler.pid, signal.SIGKILL)
                own_cluster.scheduler.wait()

    monkeypatch.setattr(kg.distributed, "build_on_cluster", scheduler_dies_after_the_first_batch)
    store = tmp_path / "store"
    result = run(runner, "build", *inputs(), "--store", store, "--dask", own_cluster.address)
    assert result.exit_code == 1 and "Traceback" not in result.output
    (line,) = result.output.strip().splitlines()
    assert line.startswith(f"Error: lost the Dask scheduler at {own_cluster.address}")
    kept = int(line.split("the store keeps the ")[1].split()[0])
    assert kept == DOCUMENTS - 2
    assert len(open_store(store, read_only=True).graphs()) == kept  # each with its hash: whole
    rest = run(runner, "build", *inputs(), "--store", store, "-j", "1")
    assert f"built 2 document(s), skipped {kept} unchanged" in rest.output


def test_workers_that_run_another_version_than_the_client_refuse_in_one_line(runner, cluster, tmp_path, monkeypatch):
    monkeypatch.setattr("kg.cluster_worker.versions", lambda: "newskg 0.0.0, en_core_web_sm 0.0.0")
    result = run(runner, "extract", str(SEEDS), "-o", tmp_path / "out.nq", "--dask", cluster.address)
    assert result.exit_code == 1 and not (tmp_path / "out.nq").exists()
    (line,) = result.output.strip().splitlines()
    assert line.startswith(f"Error: a worker of the Dask cluster at {cluster.address} cannot build: worker tcp://127.0.0.1:")
    assert line.endswith("the client newskg 0.0.0, en_core_web_sm 0.0.0")


def test_a_scheduler_that_cannot_be_reached_is_one_line(runner, tmp_path):
    result = run(runner, "extract", str(SEEDS), "-o", tmp_path / "out.nq", "--dask", f"tcp://127.0.0.1:{_free_port()}")
    assert result.exit_code == 1 and not (tmp_path / "out.nq").exists()
    (line,) = result.output.strip().splitlines()
    assert line.startswith("Error: cannot reach the Dask scheduler at tcp://127.0.0.1:")


def test_a_local_cluster_of_one_worker_writes_what_a_local_extract_writes(runner, tmp_path, nlp):
    local, on_cluster = tmp_path / "local.nq", tmp_path / "cluster.nq"
    assert run(runner, "extract", str(SEEDS), "-o", local, "-j", "1").exit_code == 0
    assert run(runner, "extract", str(SEEDS), "-o", on_cluster, "--dask", "local:1").exit_code == 0
    assert on_cluster.read_bytes() == local.read_bytes()


def test_without_dask_installed_the_option_says_how_to_get_it_in_one_line(runner, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed now raises ImportError
    result = run(runner, "extract", str(SEEDS), "-o", tmp_path / "out.nq", "--dask", "local:1")
    assert result.exit_code == 1 and not (tmp_path / "out.nq").exists()
    assert result.output.strip().splitlines() == ['Error: --dask needs Dask: pip install "newskg[dask]"']


@needs_wikinews
def test_ctrl_c_on_a_local_cluster_is_one_line_from_kg_and_none_from_its_workers(tmp_path):
    """Ctrl-C goes to the whole process group: the local cluster's workers must leave it to kg."""
    target = tmp_path / "out.nq"
    partial = Path(f"{target}.partial")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    argv = [sys.executable, "-m", "kg.cli", "extract", str(WIKINEWS), "-o", str(target), "--dask", "local:1"]
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, start_new_session=True)
    deadline = time.monotonic() + START_TIMEOUT
    while not (partial.exists() and partial.stat().st_size) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)  # until the first graphs came back from the worker
    os.killpg(proc.pid, signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 1, err
    assert err.strip().splitlines() == ["Error: interrupted"]
    assert not target.exists() and not partial.exists()


@pytest.mark.parametrize("address, workers", [("local:3", 3), ("local:1", 1), ("local", os.cpu_count() or 1)])
def test_local_address_gives_the_number_of_workers(address, workers):
    from kg.distributed import local_workers

    assert local_workers(address) == workers


@pytest.mark.parametrize("address", ["local:0", "local:two", "local:-1"])
def test_a_bad_local_address_is_refused(address):
    from kg.distributed import local_workers

    with pytest.raises(ClusterError, match="local:N"):
        local_workers(address)
