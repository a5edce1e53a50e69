"""Tables on the terminal: query results and scores, fitted to the terminal's width.

Plain text, written row by row (a 20,000-row table prints as fast as CSV):
short columns keep their width, long text columns (a statement's content, a
sentence) take what is left, wrapped; where that would leave a long column
too narrow to read, it goes on its own indented lines under its row. A
document column shows each name's shortest distinct part (the shared prefix
and extension dropped), so rows of different articles stay apart.
"""

from __future__ import annotations

import math
import os
import shutil
import sys
from collections.abc import Iterable, Iterator, Sequence

import click
from rich.cells import cell_len, chop_cells

from kg.cli.app import CLOSED_PIPE_EXIT

#: columns that hold document names, shown by short distinct labels
DOCUMENT_COLUMNS = frozenset({"doc"})
#: a document name up to this long is shown whole
LABEL_MAX = 16
#: a shortened document label keeps at least this many characters
LABEL_MIN = 10
#: a column is "long text" (it may wrap or go under its row) when its widest cell is wider than this
LONG = 30
#: the space between two columns, and the indent of a column under its row
GAP = "  "
INDENT = "    "
#: shortened document labels are spelled out under the table when there are at most this many
LEGEND_MAX = 20
#: a table of more rows than this is measured on its first rows only
MEASURED_ROWS = 2000


def _cells(text: str) -> int:
    """The terminal columns ``text`` takes: a wide (CJK) character two, a zero-width one none."""
    return len(text) if text.isascii() else cell_len(text)


def short_labels(names: Iterable[str]) -> dict[str, str]:
    """Each name's shortest distinct label: the shared prefix and extension dropped, then cut with "…".

    >>> short_labels(["000_b2008785d766f160.txt"])
    {'000_b2008785d766f160.txt': '000_b20087…'}
    >>> short_labels(["fnc1-00000.txt", "fnc1-00001.txt"])
    {'fnc1-00000.txt': 'fnc1-00000.txt', 'fnc1-00001.txt': 'fnc1-00001.txt'}
    >>> labels = short_labels(["wikinews-2019-01-04-magnitogorsk-collapse.txt", "wikinews-2019-01-04-nancy-pelosi.txt"])
    >>> list(labels.values())
    ['magnitogor…', 'nancy-pelo…']
    """
    unique = sorted(set(names))
    if all(len(name) <= LABEL_MAX for name in unique):
        return {name: name for name in unique}
    extensions = {ext for ext in map(lambda n: os.path.splitext(n)[1], unique) if ext}
    shared_extensions = {ext for ext in extensions if all(n.endswith(ext) for n in unique)}
    cut = _shared_prefix_end(unique)
    cores = {name: _core(name, shared_extensions, cut) for name in unique}
    length = LABEL_MIN
    while length < max(map(len, cores.values()), default=0) and len({c[:length] for c in cores.values()}) < len(cores):
        length += 1
    return {name: core if len(core) <= length else core[:length] + "…" for name, core in cores.items()}


def _shared_prefix_end(names: Sequence[str]) -> int:
    """Where the prefix every name shares ends, at its last separator (0 for a single name)."""
    if len(names) <= 1:
        return 0
    shared = os.path.commonprefix(list(names))
    return max(shared.rfind(sep) for sep in "-_/. ") + 1


def _core(name: str, shared_extensions: set[str], cut: int) -> str:
    """``name`` without an extension every name shares and without the prefix every name shares (up to ``cut``).

    Both are measured once per table by :func:`short_labels`, not once per name.
    """
    stem = name
    extension = os.path.splitext(name)[1]
    if extension in shared_extensions:
        stem = name[: -len(extension)]
    return stem[cut:] or stem


def column_widths(columns: Sequence[str], rows: Sequence[Sequence[str]], width: int) -> tuple[list[int], list[bool]]:
    """Each column's width and whether it goes under its row, to fit ``width`` characters.

    Short columns keep their natural width; the long ones share the rest.

    >>> column_widths(["doc", "content"], [["a", "x" * 100]], 80)
    ([3, 75], [False, False])
    >>> column_widths(["n", "text"], [["1", "some words"]], 80)
    ([1, 10], [False, False])
    """
    natural = [_typical_width(c, [row[i] for row in rows]) for i, c in enumerate(columns)]
    below = [False] * len(columns)
    while True:
        inline = [i for i in range(len(columns)) if not below[i]]
        shares = _water_fill([natural[i] for i in inline], width - len(GAP) * (len(inline) - 1))
        cramped = [i for i, share in zip(inline, shares) if natural[i] > LONG and share < min(natural[i], LONG)]
        if not cramped or len(inline) == 1:
            break
        below[max(cramped, key=lambda i: natural[i])] = True
    widths = list(natural)
    for i, share in zip(inline, shares):
        widths[i] = share
    for i in range(len(columns)):
        if below[i]:
            widths[i] = max(1, min(natural[i], width - len(INDENT)))
    return widths, below


def _typical_width(header: str, cells: Sequence[str]) -> int:
    """The width that fits nine cells in ten (and the header): one long outlier wraps instead of widening its column.

    >>> _typical_width("who", ["Ann", "Bob", "Eve", "Kim", "Lee", "Max", "Ned", "Oto", "Pam", "a long speaker's name"])
    3
    """
    lengths = sorted(map(_cells, cells))
    typical = lengths[math.ceil(len(lengths) * 0.9) - 1] if lengths else 0
    return max(_cells(header), typical)


def _water_fill(natural: list[int], room: int) -> list[int]:
    """Widths that fit ``room``: a column narrower than an equal share keeps its width, the rest split what is left.

    >>> _water_fill([5, 100, 100], 85)
    [5, 40, 40]
    """
    widths = [0] * len(natural)
    open_ = set(range(len(natural)))
    while open_:
        share = max(1, (room - sum(widths[i] for i in range(len(natural)) if i not in open_)) // len(open_))
        fitting = {i for i in open_ if natural[i] <= share}
        if not fitting:
            for i in open_:
                widths[i] = share
            break
        for i in fitting:
            widths[i] = natural[i]
        open_ -= fitting
    return widths


def table_lines(columns: Sequence[str], rows: Sequence[Sequence[str]], width: int) -> Iterator[str]:
    """The table's lines: header, rule, each row (wrapped), then what its shortened document labels stand for."""
    rows, legend = _displayed(columns, rows)
    widths, below = column_widths(columns, rows[:MEASURED_ROWS], width)
    inline = [i for i in range(len(columns)) if not below[i]]
    yield _joined([columns[i] for i in inline], [widths[i] for i in inline])
    for i in range(len(columns)):
        if below[i]:
            yield INDENT + columns[i]
    yield GAP.join("─" * widths[i] for i in inline).rstrip()
    for row in rows:
        yield from _row_lines(row, inline, widths, below)
    yield from _legend_lines(legend)


def _displayed(columns: Sequence[str], rows: Sequence[Sequence[str]]) -> tuple[list[list[str]], dict[str, str]]:
    """Rows with their whitespace on one line and document names as short labels, and the labels that were cut."""
    rows = [[" ".join(cell.split()) for cell in row] for row in rows]
    legend: dict[str, str] = {}
    for i, column in enumerate(columns):
        if column in DOCUMENT_COLUMNS:
            labels = short_labels(row[i] for row in rows)
            legend.update((label, name) for name, label in labels.items() if label != name)
            for row in rows:
                row[i] = labels[row[i]]
    return rows, legend


def _legend_lines(legend: dict[str, str]) -> Iterator[str]:
    if len(legend) > LEGEND_MAX:
        yield f"doc: {len(legend)} documents shown by the distinct part of their names (full names: --format csv)"
    elif legend:
        yield "doc:"
        for label, name in sorted(legend.items()):
            yield f"{INDENT}{label}  {name}"


def _row_lines(row: Sequence[str], inline: list[int], widths: list[int], below: list[bool]) -> Iterator[str]:
    cells = [_wrap(row[i], widths[i]) for i in inline]
    for depth in range(max(map(len, cells), default=1)):
        yield _joined([cell[depth] if depth < len(cell) else "" for cell in cells], [widths[i] for i in inline])
    for i, is_below in enumerate(below):
        if is_below and row[i]:
            for line in _wrap(row[i], widths[i]):
                yield INDENT + line


def _wrap(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` terminal columns, broken at spaces where it has them.

    Wide characters (Chinese, Japanese, Korean) take two columns each:

    >>> _wrap("北京上海广州", 5)
    ['北京', '上海', '广州']
    """
    if _cells(text) <= width:
        return [text]
    lines: list[str] = []
    line = ""
    for word in text.split():
        joined = f"{line} {word}" if line else word
        if _cells(joined) <= width:
            line = joined
            continue
        if line:
            lines.append(line)
        pieces = chop_cells(word, width) if _cells(word) > width else [word]
        lines.extend(pieces[:-1])
        line = pieces[-1]
    return lines + [line] if line or not lines else lines


def _joined(cells: Sequence[str], widths: Sequence[int]) -> str:
    """The cells side by side, each padded to its column's width in terminal columns (a wide character takes two)."""
    return GAP.join(cell + " " * (w - _cells(cell)) for cell, w in zip(cells, widths)).rstrip()


def terminal_width() -> int:
    """The terminal's width (``COLUMNS`` when set), 80 for a pipe."""
    return shutil.get_terminal_size((80, 24)).columns


def print_table(columns: Sequence[str], rows: Sequence[Sequence[str]], *, more: bool = False) -> None:
    """Write the table and its row count to stdout; ``more`` says rows were left out (``--limit``)."""
    out = sys.stdout
    try:
        for line in table_lines(columns, rows, terminal_width()):
            out.write(line + "\n")
        out.write(f"{len(rows)} row(s){' shown' if more else ''}\n")
        out.flush()
    except BrokenPipeError:  # the reader (head, less) stopped early: nothing is wrong, but the shell is told
        os.dup2(os.open(os.devnull, os.O_WRONLY), out.fileno())
        raise click.exceptions.Exit(CLOSED_PIPE_EXIT) from None
