"""Progress on stderr while a long command runs: a rich bar on a terminal, nothing on a pipe.

The library reports progress through a callback the command passes in (it
never prints); :func:`progress_bar` makes that callback. Off a terminal, and
with ``--quiet``, it is a no-op, and the command ends with its one summary line.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator


class Bar:
    """A running bar: ``advance(n)`` counts ``n`` more units; ``stage(label, done, total, unit)`` shows where a job of several steps is."""

    def __init__(self, progress, task) -> None:
        self._progress, self._task = progress, task

    def advance(self, amount: int = 1) -> None:
        self._progress.advance(self._task, amount)
        speed = next(task.speed for task in self._progress.tasks if task.id == self._task)
        self._progress.update(self._task, rate=f"{speed:,.1f}/s" if speed else "")

    def stage(self, label: str, done: int, total: int, unit: str | None = None) -> None:
        fields = {"unit": unit} if unit else {}
        self._progress.update(self._task, description=label, completed=done, total=total, **fields)


class _Silent:
    def advance(self, amount: int = 1) -> None:
        pass

    def stage(self, label: str, done: int, total: int, unit: str | None = None) -> None:
        pass


def shows_progress(quiet: bool = False) -> bool:
    """True when a bar is drawn: stderr is a terminal and ``--quiet`` was not given."""
    return not quiet and sys.stderr.isatty()


@contextlib.contextmanager
def progress_bar(label: str, total: int | None, unit: str, *, quiet: bool = False, console=None) -> Iterator[Bar | _Silent]:
    """A bar counting ``unit`` up to ``total`` (None: unknown) with rate, elapsed and remaining time.

    Drawn on ``console`` (default: stderr, when it is a terminal); gone once the block ends.
    """
    if console is None and not shows_progress(quiet):
        yield _Silent()
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[unit]}"),
               TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("elapsed"), TimeRemainingColumn(),
               TextColumn("left"))
    with Progress(*columns, console=console or Console(stderr=True), transient=True) as progress:
        task = progress.add_task(label, total=total, rate="", unit=unit)
        bar = Bar(progress, task)
        yield bar


def counter(bar: Bar | _Silent) -> Callable[..., None]:
    """A callback for the library that advances ``bar`` by one, whatever it is called with."""
    return lambda *args: bar.advance(1)
