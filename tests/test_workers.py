"""kg.workers: the process pool leaves Ctrl-C to the main process."""

from kg.workers import worker_pool

_initialised_with = None


def _remember(value):
    global _initialised_with
    _initialised_with = value


def _worker_state(_):
    import signal

    return signal.getsignal(signal.SIGINT) == signal.SIG_IGN, _initialised_with


def test_pool_workers_leave_ctrl_c_to_the_main_process_and_run_their_initializer():
    import signal

    before = signal.getsignal(signal.SIGINT)
    with worker_pool(2, _remember, ("ready",)) as pool:
        assert pool.map(_worker_state, range(4)) == [(True, "ready")] * 4
    assert signal.getsignal(signal.SIGINT) is before


def _sigpipe(_):
    import signal

    return signal.getsignal(signal.SIGPIPE) == signal.SIG_DFL


def test_pool_workers_end_quietly_when_the_main_process_is_gone():
    """SIGPIPE has its default action in the workers: a write to a main process that was killed ends them without a traceback."""
    with worker_pool(1) as pool:
        assert pool.map(_sigpipe, [0]) == [True]
