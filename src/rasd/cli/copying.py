"""``rasd copy``: move a whole SQLite store to a PostgreSQL server, resumably."""

from __future__ import annotations

from pathlib import Path

import typer

from .. import render
from ..errors import RasdError
from ..store import open_store
from .common import JsonOption, app, fails_cleanly


@app.command("copy")
@fails_cleanly
def copy(
    source: str = typer.Option(..., "--from", help="The SQLite store to copy (a file path)."),
    target: str = typer.Option(
        ..., "--to", help="The PostgreSQL store to fill (postgresql://…): empty, or left by a stopped copy."
    ),
    as_json: bool = JsonOption,
) -> None:
    """Copy a SQLite store, raw documents included, into PostgreSQL; run it again to finish a stopped copy."""
    from ..store.copy import copy_store

    if not Path(source).is_file():
        raise RasdError(f"no SQLite store at {source}")
    if not target.startswith(("postgresql://", "postgres://")):
        raise RasdError(f"--to takes a PostgreSQL URL (postgresql://user@host/dbname), not {target!r}")
    with open_store(source) as sqlite_store, open_store(target) as postgres_store:
        report = copy_store(sqlite_store, postgres_store)
    if as_json:
        render.print_json({"copied": report.copied, "complete": report.complete,
                           "tables": {table: {"source": a, "target": b} for table, (a, b) in report.counts.items()}})
    else:
        for table, (in_source, in_target) in report.counts.items():
            mark = "" if in_source == in_target else "  [red]differs[/]"
            render.out.print(f"{table:<16} {in_source:>9} → {in_target:>9}{mark}")
        verdict = "every table matches" if report.complete else "incomplete"
        render.out.print(f"{report.copied} rows copied; {verdict}")
    if not report.complete:
        raise typer.Exit(1)
