"""``kg stats``: what a store holds, in a few lines or as JSON."""

from __future__ import annotations

import json
import textwrap

import click

from kg.cli.app import STORE_OPTION, main, reports_errors
from kg.cli.tables import terminal_width


@main.command()
@click.option("--format", "-f", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="A few lines for people, or JSON.")
@STORE_OPTION
@reports_errors
def stats(fmt, store_dir):
    """Count what the store holds: documents and dates, actors by type, statements, stances, events, quads.

    Example: kg stats --store news.db --format json
    """
    from kg.stats import store_stats
    from kg.store import open_store

    store = open_store(store_dir, read_only=True, create=False)
    counted = store_stats(store)
    if fmt == "json":
        click.echo(json.dumps({"store": str(store.path), **counted.to_dict()}, indent=2))
        return
    for name, value in _lines(counted):
        click.echo(_field(name, value, terminal_width()))


def _lines(counted) -> list[tuple[str, str]]:
    return [
        ("documents", f"{counted.documents:,}{_dates(counted)}"),
        ("actors", _breakdown(counted.actors)),
        ("statements", f"{counted.statements:,}"),
        ("stances", _breakdown(counted.stances)),
        ("events", _breakdown(counted.events)),
        ("quads", f"{counted.quads:,}"),
    ]


def _dates(counted) -> str:
    if not counted.dated:
        return ", none dated"
    some = "" if counted.dated == counted.documents else f"{counted.dated:,} dated, "
    return f" ({some}{counted.first_date} to {counted.last_date})"


def _breakdown(pairs) -> str:
    from kg.stats import total

    parts = ", ".join(f"{count:,}\u00a0{sort}" for sort, count in pairs)  # wrapped between pairs, never inside one
    return f"{total(pairs):,}: {parts}" if parts else "0"


def _field(name: str, value: str, width: int) -> str:
    label = f"{name:<12}"
    return "\n".join(textwrap.wrap(value, max(40, width), initial_indent=label,
                                   subsequent_indent=" " * len(label), break_on_hyphens=False)).replace("\u00a0", " ")
