"""Commands over the knowledge base: import a Wikidata dump."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .. import render
from ..workflow import import_wikidata
from .common import DbOption, JsonOption, app, fails_cleanly, open_db

kb_app = typer.Typer(help="Knowledge base: names, aliases and offices held that improve linking.", no_args_is_help=True)
import_app = typer.Typer(help="Import a knowledge base into the store.", no_args_is_help=True)
kb_app.add_typer(import_app, name="import")
app.add_typer(kb_app, name="kb")


@import_app.command("wikidata")
@fails_cleanly
def kb_import_wikidata(
    dump: Path = typer.Argument(..., help="Wikidata JSON dump: .json, .json.gz or .json.bz2, one entity per line."),
    db: Optional[str] = DbOption,
    relink: bool = typer.Option(True, "--relink/--no-relink", help="Relink stored mentions afterwards."),
    as_json: bool = JsonOption,
) -> None:
    """Keep people, organisations, places and offices with Arabic names; relink entities with them."""
    with open_db(db) as store:
        result = import_wikidata(store, dump, relink=relink)
        counts = store.kb_counts()
    if as_json:
        render.print_json(
            {
                "lines": result.lines,
                "unreadable": result.unreadable,
                "kept": result.kept,
                "offices_labelled_later": result.offices_labelled_later,
                "entities": result.entities,
                "knowledge_base": counts,
            }
        )
        return
    kept = result.kept
    render.out.print(
        f"{result.lines:,} dump lines read, {result.unreadable} unreadable; kept {kept['PER']:,} people, "
        f"{kept['ORG']:,} organisations, {kept['LOC']:,} places, {kept['OFFICE']:,} offices"
    )
    render.out.print(
        f"knowledge base now: {sum(v for k, v in counts.items() if k != 'offices_held'):,} items, "
        f"{counts['offices_held']:,} offices held"
    )
    if result.entities is not None:
        render.out.print(f"relinked: {result.entities:,} entities")
