"""``kg report``: the store as one self-contained HTML page people read.

:mod:`kg.report.data` gathers plain records from the store through the named
queries in ``queries/internal/report/``; :mod:`kg.report.network` lays out
the stance network; :mod:`kg.report.html` and :mod:`kg.report.pages` render
them; :mod:`kg.report.server` serves the pages beside ``kg serve``'s SPARQL
endpoint.
"""

from __future__ import annotations

import os

#: actors shown by default (by mentions); here, not in data.py, so the CLI reads it without importing the rest
DEFAULT_TOP = 40

__all__ = ["DEFAULT_TOP", "report_html", "write_report"]


def report_html(store, filters=None) -> str:
    """The report on ``store`` (a :class:`kg.store.KgStore`) under ``filters``
    (a :class:`kg.report.data.ReportFilter`; default: every document, the top actors), as HTML."""
    from kg.report.data import ReportFilter, gather
    from kg.report.html import render_report

    return render_report(gather(store, filters or ReportFilter()))


def write_report(store, path: str | os.PathLike, filters=None) -> int:
    """Write the report to ``path`` (a regular file whole or not at all; a device or pipe in place); returns its size in bytes."""
    from kg.outfile import write_output

    data = report_html(store, filters).encode("utf-8")
    write_output(path, lambda handle: handle.write(data))
    return len(data)
