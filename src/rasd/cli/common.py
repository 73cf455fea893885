"""Shared pieces of the ``rasd`` command: the app, its sub-commands, common options, error handling.

Library errors (``RasdError``) become one line on standard error and exit code 2;
inputs that fail during ingest give exit code 1; an interrupted run gives 130.
"""

from __future__ import annotations

import functools
import signal
import sys
from datetime import date

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .. import render
from ..errors import RasdError
from ..export import FORMATS, export_rows
from ..settings import load_settings
from ..store import SearchFilters, Store, open_store

EXIT_INPUT_FAILED, EXIT_ERROR, EXIT_INTERRUPTED = 1, 2, 130

app = typer.Typer(
    name="rasd",
    help="rasd (رصد): read Arabic news, keep every article, search what was said.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
export_app = typer.Typer(help="Write what is stored as JSON lines, CSV or Parquet.", no_args_is_help=True)
evaluate_app = typer.Typer(help="Measure rasd's quality against gold files.", no_args_is_help=True)
train_app = typer.Typer(help="Train rasd's models from annotated corpora.", no_args_is_help=True)
app.add_typer(export_app, name="export")
app.add_typer(train_app, name="train")
app.add_typer(evaluate_app, name="evaluate")

DbOption = typer.Option(None, "--db", help="Store location (default: rasd.db, or RASD_DB).", show_default=False)
JsonOption = typer.Option(False, "--json", help="Print JSON instead of text.")
FormatOption = typer.Option("jsonl", "--format", "-f", help=f"One of: {', '.join(FORMATS)}.")
OutputOption = typer.Option("-", "--output", "-o", help="File to write (- for standard output; Parquet needs a file).")
OutletOption = typer.Option(None, help="Only articles from outlets whose name contains this.")
SinceOption = typer.Option(None, help="Only articles published on or after YYYY-MM-DD.")
UntilOption = typer.Option(None, help="Only articles published on or before YYYY-MM-DD.")
WorkersOption = typer.Option(None, "--workers", help="Process articles in N local processes while this one stores them (N=1 included).")
DaskOption = typer.Option(
    None, "--dask", help="Process articles on a Dask cluster: a scheduler address, or local:N to start N workers here."
)


def fails_cleanly(command):
    """Turn rasd's own errors into one line and an exit code; Ctrl-C into a short note."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except RasdError as error:
            render.err.print(f"[red]error:[/] {escape(str(error))}")
            raise typer.Exit(EXIT_ERROR) from None
        except KeyboardInterrupt:
            render.err.print("[yellow]interrupted:[/] finished batches are stored; run the same command again to finish")
            raise typer.Exit(EXIT_INTERRUPTED) from None

    return wrapper


def open_db(db: str | None) -> Store:
    return open_store(load_settings({"db": db})["db"])


def search_filters(outlet: str | None, since: str | None, until: str | None) -> SearchFilters:
    for name, value in (("--since", since), ("--until", until)):
        if value is not None and not is_iso_date(value):
            raise RasdError(f"{name} takes a date as YYYY-MM-DD, not {value!r}")
    return SearchFilters(outlet=outlet, since=since, until=until)


def is_iso_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def progress_bar(enabled: bool) -> Progress:
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=render.err,
        transient=True,
        disable=not enabled,
    )


def stop_on_sigterm() -> None:
    """Let ``kill`` stop a run the way Ctrl-C does: the open batch is rolled back, the rest kept."""

    def handler(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, handler)



def write_export(rows, columns: tuple[str, ...], fmt: str, output: str, noun: str) -> None:
    count = export_rows(rows, columns, fmt, sys.stdout if output == "-" and fmt != "parquet" else output)
    if output != "-":
        render.err.print(f"{count} {noun} written to {escape(output)}")

