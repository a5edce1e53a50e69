"""``kg report``: the store as one self-contained HTML page people read.

:mod:`kg.report.data` gathers plain records from the store through the named
queries in ``queries/internal/report/``; :mod:`kg.report.network` lays out
the stance network; :mod:`kg.report.html` and :mod:`kg.report.pages` render
them; :mod:`kg.report.server` serves the pages beside ``kg serve``'s SPARQL
endpoint.
"""

from __future__ import annotations

import os

from kg.report.data import DEFAULT_TOP, ReportFilter, gather

__all__ = ["DEFAULT_TOP", "ReportFilter", "report_html", "write_report"]


def report_html(store, filters: ReportFilter = ReportFilter()) -> str:
    """The report on ``store`` (a :class:`kg.store.KgStore`) under ``filters``, as HTML."""
    from kg.report.html import render_report

    return render_report(gather(store, filters))


def write_report(store, path: str | os.PathLike, filters: ReportFilter = ReportFilter()) -> int:
    """Write the report to ``path`` whole or not at all; returns its size in bytes."""
    from kg.outfile import write_atomically

    data = report_html(store, filters).encode("utf-8")
    write_atomically(path, lambda handle: handle.write(data))
    return len(data)
