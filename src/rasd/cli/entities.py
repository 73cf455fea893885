"""Commands over entities: list, one entity, relink, export entities and mentions."""

from __future__ import annotations

from typing import Optional

import typer

from .. import render
from ..errors import RasdError
from ..export import ENTITY_COLUMNS, MENTION_COLUMNS
from .common import (
    DbOption,
    FormatOption,
    JsonOption,
    OutletOption,
    OutputOption,
    SinceOption,
    UntilOption,
    app,
    export_app,
    fails_cleanly,
    open_db,
    search_filters,
    write_export,
)


@app.command()
@fails_cleanly
def entities(
    db: Optional[str] = DbOption,
    kind: Optional[str] = typer.Option(None, "--type", help="Only PER, ORG, LOC or MISC."),
    top: int = typer.Option(30, "--top", min=1, max=10000, help="How many, most mentioned first."),
    as_json: bool = JsonOption,
) -> None:
    """Canonical entities, most mentioned first, with the names they were written under."""
    if kind is not None and kind.upper() not in ("PER", "ORG", "LOC", "MISC"):
        raise RasdError(f"--type takes PER, ORG, LOC or MISC, not {kind!r}")
    with open_db(db) as store:
        rows = store.entities(kind.upper() if kind else None, limit=top)
    if as_json:
        render.print_json([row.as_dict() for row in rows])
    else:
        render.entity_list(rows)


@app.command()
@fails_cleanly
def entity(
    name_or_id: str = typer.Argument(..., help="An entity id, its name, or any name it was written under."),
    db: Optional[str] = DbOption,
    as_json: bool = JsonOption,
) -> None:
    """One entity: aliases, mentions per day, the entities it appears with, and its articles."""
    with open_db(db) as store:
        detail = store.entity(store.find_entity(name_or_id))
    render.print_json(detail.as_dict()) if as_json else render.entity_detail(detail)


@app.command()
@fails_cleanly
def relink(db: Optional[str] = DbOption) -> None:
    """Rebuild every entity from the stored mentions (the result is the same whatever the ingest order)."""
    with open_db(db) as store:
        count = store.relink()
    render.out.print(f"{count} entities")


@export_app.command("entities")
@fails_cleanly
def export_entities(fmt: str = FormatOption, output: str = OutputOption, db: Optional[str] = DbOption) -> None:
    """Export entities: id, name, type, mention_count, first_seen, last_seen, aliases."""
    with open_db(db) as store:
        rows = (
            row.as_dict() | {"aliases": " | ".join(name for name, _ in row.aliases)}
            for row in store.entities(limit=10**9)
        )
        write_export(rows, ENTITY_COLUMNS, fmt, output, "entities")


@export_app.command("mentions")
@fails_cleanly
def export_mentions(
    fmt: str = FormatOption,
    output: str = OutputOption,
    db: Optional[str] = DbOption,
    outlet: Optional[str] = OutletOption,
    since: Optional[str] = SinceOption,
    until: Optional[str] = UntilOption,
) -> None:
    """Export entity mentions: article_id, origin, start, end, surface, name (without clitics), type, entity."""
    filters = search_filters(outlet, since, until)
    with open_db(db) as store:
        write_export((m.as_dict() for m in store.iter_mentions(filters)), MENTION_COLUMNS, fmt, output, "mentions")

