"""Worker processes: a pool whose workers leave Ctrl-C to the main process.

Used by the build (:mod:`kg.pipeline`) and by SHACL validation over a store
(:mod:`kg.validate`). Workers are forked where the platform can, so they
inherit the modules already loaded.
"""

from __future__ import annotations

import multiprocessing
import signal
import threading
from collections.abc import Callable


def process_context():
    """How worker processes start: forked where the platform can (they inherit loaded modules), else spawned."""
    return multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")


def worker_pool(processes: int, initializer: Callable[..., None] | None = None, initargs: tuple = ()):
    """A process pool whose workers leave Ctrl-C to this process.

    Ctrl-C reaches every process of the terminal's group. Only this process
    should act on it: it leaves the pool, which stops the workers, and the
    CLI reports one line. Workers that acted on it too would each print a
    traceback. They are started with SIGINT ignored (so none is caught
    between fork and initializer) and ignore it for good before
    ``initializer`` runs.

    A worker whose main process is gone (killed) ends quietly when it next
    writes to it: SIGPIPE gets its default action back in the workers
    (Python ignores it, so the write would raise a BrokenPipeError that
    multiprocessing prints as a traceback).
    """
    def start():
        return process_context().Pool(processes, initializer=_deaf_to_interrupts, initargs=(initializer, initargs))

    if threading.current_thread() is not threading.main_thread():
        return start()  # only the main thread may set signal handlers; the initializer still does
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        return start()
    finally:
        signal.signal(signal.SIGINT, previous)


def _deaf_to_interrupts(initializer: Callable[..., None] | None, initargs: tuple) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "SIGPIPE"):  # POSIX: a write to a main process that is gone ends the worker without a word
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    if initializer:
        initializer(*initargs)
