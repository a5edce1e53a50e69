"""Tables on the terminal: query results and scores."""

from __future__ import annotations


def print_table(columns, rows):
    from rich.console import Console
    from rich.table import Table

    table = Table(*columns, show_lines=False, highlight=False)
    for row in rows:
        table.add_row(*row)
    console = Console(soft_wrap=False)
    console.print(table)
    console.print(f"{len(rows)} row(s)", style="dim")
