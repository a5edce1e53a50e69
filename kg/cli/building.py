"""``kg build``, ``kg remove`` and ``kg extract``: articles into graphs."""

from __future__ import annotations

import sys

import click

from kg.cli.app import DASK_OPTION, STORE_OPTION, _builder, capped_jobs_noted, main, reports_errors, writing_stdout
from kg.cli.progress import counter, progress_bar, shows_progress


@main.command()
@click.argument("paths", nargs=-1, required=True)
@STORE_OPTION
@click.option("--date", help="Publication date (YYYY-MM-DD) for every document, overriding date markers.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, help="Processes for spaCy [default: all cores].")
@click.option("--force", is_flag=True, help="Rebuild documents even when unchanged.")
@click.option("--replace", is_flag=True, help="Let a text replace another article the store holds under the same name (an edited one needs no flag).")
@click.option("--name", "stdin_as", metavar="NAME", help="Name of the document read from - (stdin) [default: stdin-HASH of its text].")
@DASK_OPTION
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary line (the bar is drawn only on a terminal).")
@reports_errors
def build(paths, store_dir, date, jobs, force, replace, stdin_as, dask_address, quiet):
    """Read articles (.txt, .jsonl, .csv, folders, or - for stdin) into the store.

    A document is named by its file name (or its row's id). An edited
    article replaces its stored version; a text that would replace another
    article stored under its name is refused unless --replace is given.

    Example: kg build seeds/ --store news.db
    """
    from kg.build import build as run_build
    from kg.build import checked_documents, stored_names_check
    from kg.store import open_store

    check = stored_names_check(store_dir, replace)
    documents = checked_documents(list(paths), date, stdin_as, check)  # bad input stops here, before the store is written
    total = len(documents) if shows_progress(quiet) else None
    jobs = _jobs(jobs, dask_address)
    with (_builder(dask_address) as builder, open_store(store_dir) as store,
          progress_bar("build", total, "documents", quiet=quiet) as bar):
        report = run_build(store, [], documents=documents, jobs=jobs, force=force, builder=builder,
                           progress=counter(bar))
    if not quiet:
        click.echo(
            f"built {report.documents} document(s), skipped {report.skipped} unchanged, "
            f"{report.triples} triples in {report.seconds:.1f} s -> {store.path}",
            err=True,
        )


@main.command()
@click.argument("documents", nargs=-1, required=True)
@STORE_OPTION
@click.option("--quiet", "-q", is_flag=True, help="No report.")
@reports_errors
def remove(documents, store_dir, quiet):
    """Take documents (by name, as kg query shows them, or graph IRI) out of the store.

    Example: kg remove draft.txt --store news.db
    """
    from kg.build import remove_documents
    from kg.store import open_store

    with open_store(store_dir, create=False) as store:
        removed = remove_documents(store, list(documents))
    if not quiet:
        click.echo(f"removed {len(removed)} document(s) from {store.path}", err=True)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), help="N-Quads file to write (default stdout).")
@click.option("--date", help="Publication date (YYYY-MM-DD) for every document, overriding date markers.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, help="Processes for spaCy [default: all cores].")
@DASK_OPTION
@reports_errors
def extract(paths, output, date, jobs, dask_address):
    """Extract without a store: N-Quads, one named graph per document.

    Run it over partitions of a corpus on many machines, then load the
    results with 'kg push --file' or a store's bulk loader.

    Example: ls corpus/*.txt | parallel -N 500 kg extract -o part-{#}.nq {}
    """
    from kg.build import checked_documents, extract_nquads
    from kg.outfile import write_output

    documents = checked_documents(list(paths), date)  # bad input stops here, before the output is opened
    total = len(documents) if shows_progress() else None
    jobs = _jobs(jobs, dask_address)
    done = []
    with _builder(dask_address) as builder, progress_bar("extract", total, "documents") as bar:
        def run(handle):
            done.append(extract_nquads([], handle, documents=documents, jobs=jobs, builder=builder,
                                       progress=counter(bar)))

        if output:
            write_output(output, run)
        else:
            with writing_stdout():
                run(sys.stdout.buffer)
    click.echo(f"extracted {done[0].documents} document(s), {done[0].triples} triples in {done[0].seconds:.1f} s"
               f" -> {output or 'stdout'}", err=True)


def _jobs(jobs, dask_address) -> int:
    """-j as given, or all cores, capped at the cores with a note (unused with --dask)."""
    return capped_jobs_noted(jobs, quiet=bool(dask_address))
