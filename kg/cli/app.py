"""The ``kg`` group and what its commands share: store and auth options, error reporting.

Each command parses options, calls one library function and prints the
result. Domain errors (:class:`kg.errors.KgError`) become a one-line message
on stderr and exit code 1; heavy imports (spaCy, rdflib, pySHACL) happen
inside the commands that need them, so ``kg --help`` starts fast.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import sys

import click

from kg import __version__
from kg.errors import KgError

STORE_OPTION = click.option(
    "--store", "store_dir", envvar="KG_STORE", type=click.Path(file_okay=False),
    help="Store directory [env KG_STORE; default ./.kg-store].",
)


CLOSED_PIPE_EXIT = 141  # 128 + SIGPIPE: what a shell reports for a writer whose reader left (git log | head)

DASK_OPTION = click.option(
    "--dask", "dask_address", metavar="ADDRESS",
    help="Build on a Dask cluster: its scheduler's address (tcp://host:8786), or local[:N] for N local "
         "single-threaded workers; --jobs is then unused. Needs pip install \"newskg[dask]\".",
)


def _builder(dask_address):
    """Where the graphs are built: a Dask cluster's context (kg.distributed), or local processes (None)."""
    if not dask_address:
        return contextlib.nullcontext(None)
    from kg.distributed import cluster_builder

    return cluster_builder(dask_address)


def capped_jobs_noted(jobs: int | None, *, quiet: bool = False) -> int:
    """-j as given, or all cores; more than the cores is capped, with a note on stderr unless ``quiet``."""
    from kg.build import capped_jobs

    jobs, note = capped_jobs(jobs)
    if note and not quiet:
        click.echo(note, err=True)
    return jobs


def auth_options(func):
    """--user/--password/--token/--auth-type, also read from KG_USER, KG_PASSWORD, KG_TOKEN."""
    for option in reversed([
        click.option("--user", help="User for HTTP auth [env KG_USER]."),
        click.option("--password", help="Password for HTTP auth [env KG_PASSWORD]; never printed."),
        click.option("--token", help="Bearer token [env KG_TOKEN]; never printed."),
        click.option("--auth-type", type=click.Choice(["basic", "digest"]), default="basic", show_default=True),
    ]):
        func = option(func)
    return func


def _auth(user, password, token, auth_type):
    """Credentials from the options and environment; a password asked for on a terminal, refused missing elsewhere."""
    import os

    from kg.remote.endpoints import PASSWORD_ENV, TOKEN_ENV, USER_ENV, Auth

    named = user or os.environ.get(USER_ENV)
    if named and password is None and not (token or os.environ.get(TOKEN_ENV)) and os.environ.get(PASSWORD_ENV) is None:
        if not sys.stdin.isatty():
            given = f"--user {user}" if user else f"{USER_ENV}={named}"
            raise KgError(f"{given} has no password and there is no terminal to ask for one: "
                          f"pass --password or set {PASSWORD_ENV} (--password '' for an empty one)")
        password = click.prompt("password", hide_input=True)
    return Auth.from_options(user=user, password=password, token=token, kind=auth_type)


INTERRUPTED = {  # what Ctrl-C leaves behind, where a command writes something that stays
    "build": "interrupted; the store keeps every document written so far",
    "remove": "interrupted; every document is either removed whole or still whole in the store",
    "push": "interrupted; pushing again ends with the same remote triples as an uninterrupted push",
}


def reports_errors(func):
    """Turn library errors into one-line messages and a non-zero exit."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except KgError as err:
            raise click.ClickException(str(err)) from None
        except (OSError, RuntimeError) as err:  # a store file found missing or corrupt by a read
            from kg.store import damage_error

            damaged = damage_error(err)
            if damaged is None:
                raise
            raise click.ClickException(str(damaged)) from None
        except KeyboardInterrupt:
            command = click.get_current_context().command.name
            raise click.ClickException(INTERRUPTED.get(command, "interrupted")) from None

    return wrapper


@contextlib.contextmanager
def writing_stdout():
    """Around writes to stdout: a full device becomes one line and exit 1; a closed pipe, silence and exit 141.

    Only errors that carry an operating-system error number count as the
    output's: the store's own I/O errors (pyoxigraph's) carry none and go on.
    After a failed write, stdout is pointed at the null device so that the
    interpreter's last flush of what is still buffered cannot fail again.
    """
    try:
        yield
        sys.stdout.flush()
    except OSError as err:
        if err.errno is None:
            raise
        _drop_stdout()
        if err.errno == errno.EPIPE:  # the reader left (kg query ... | head): nothing to say
            raise click.exceptions.Exit(CLOSED_PIPE_EXIT) from None
        raise click.ClickException(f"cannot write to standard output: {err.strerror or err}") from None


def _drop_stdout() -> None:
    import os

    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, sys.stdout.fileno())
    os.close(null)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newskg")
def main():
    """newskg: news articles into a knowledge graph of who said and did what.

    \b
    kg build seeds/                 articles -> graph in the embedded store
    kg query statements             a named query, as a table
    kg export --format trig -o news.trig
    """
