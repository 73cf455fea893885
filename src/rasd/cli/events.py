"""Commands over events: list them (counted once across outlets), export them, evaluate extraction."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer
from rich.markup import escape

from .. import render
from ..errors import NotFoundError, RasdError
from ..events.lexicon import PLOVER_TYPES
from ..events.plover import write_plover
from ..export import EVENT_COLUMNS, FORMATS
from ..store import EventFilters
from .common import (
    DbOption,
    JsonOption,
    OutputOption,
    app,
    evaluate_app,
    export_app,
    fails_cleanly,
    is_iso_date,
    open_db,
    write_export,
)

EventFormatOption = typer.Option("jsonl", "--format", "-f", help=f"One of: {', '.join(FORMATS)}, plover.")
MinConfidenceOption = typer.Option(
    None, "--min-confidence", metavar="P",
    help="Only events at least this likely to be right (0 to 1); events stored unscored are left out.",
)


def _check_min_confidence(min_confidence: float | None) -> None:
    if min_confidence is not None and not 0.0 <= min_confidence <= 1.0:
        raise RasdError(f"--min-confidence takes a probability from 0 to 1 (0.8 for 80%), not {min_confidence:g}")


def _filters(store, kind: str | None, actor: str | None, since: str | None,
             min_confidence: float | None = None) -> EventFilters:
    if kind is not None and kind.upper() not in PLOVER_TYPES:
        raise RasdError(f"--type takes a PLOVER category ({', '.join(PLOVER_TYPES)}), not {kind!r}")
    if since is not None and not is_iso_date(since):
        raise RasdError(f"--since takes a date as YYYY-MM-DD, not {since!r}")
    _check_min_confidence(min_confidence)
    entity_id = None
    if actor:
        try:
            entity_id = store.find_entity(actor)
        except NotFoundError:
            entity_id = None  # a description such as الدول العشر: matched by name
    return EventFilters(kind.upper() if kind else None, entity_id, actor if entity_id is None else None, since,
                        min_confidence=min_confidence)


@app.command()
@fails_cleanly
def events(
    db: Optional[str] = DbOption,
    kind: Optional[str] = typer.Option(None, "--type", help="Only this PLOVER category (CONSULT, ASSAULT, ...)."),
    actor: Optional[str] = typer.Option(
        None, "--actor", help="Only events with this entity (any alias) as source or target."
    ),
    since: Optional[str] = typer.Option(None, "--since", help="Only events on or after YYYY-MM-DD."),
    min_confidence: Optional[float] = MinConfidenceOption,
    limit: int = typer.Option(50, min=1, max=100000, help="How many events."),
    as_json: bool = JsonOption,
) -> None:
    """Events, each counted once however many articles report it, with how many outlets did (and p=, how likely
    the first report is right)."""
    with open_db(db) as store:
        groups = store.event_groups(_filters(store, kind, actor, since, min_confidence), limit=limit)
    if as_json:
        render.print_json([group.as_dict() for group in groups])
    else:
        render.event_groups(groups)


@export_app.command("events")
@fails_cleanly
def export_events(
    fmt: str = EventFormatOption,
    output: str = OutputOption,
    db: Optional[str] = DbOption,
    kind: Optional[str] = typer.Option(None, "--type", help="Only this PLOVER category."),
    since: Optional[str] = typer.Option(None, "--since", help="Only events on or after YYYY-MM-DD."),
    min_confidence: Optional[float] = MinConfidenceOption,
) -> None:
    """Export events (one row per report): article_id, origin, type, mode, actors with their entities, place, date,
    trigger, offsets, sentence and confidence; --format plover writes PLOVER-style JSON records."""
    with open_db(db) as store:
        rows = store.iter_events(_filters(store, kind, None, since, min_confidence))
        if fmt == "plover":
            if output == "-":
                count = write_plover(rows, sys.stdout)
            else:
                with open(output, "w", encoding="utf-8") as handle:
                    count = write_plover(rows, handle)
                render.err.print(f"{count} events written to {escape(output)}")
            return
        write_export((row.as_dict() for row in rows), EVENT_COLUMNS, fmt, output, "events")


@evaluate_app.command("events")
@fails_cleanly
def evaluate_events(
    gold: Path = typer.Argument(..., help="Gold events, JSON lines in the format of the event guidelines."),
    texts: Optional[Path] = typer.Option(
        None, "--texts", help="Folder with the files (or JSON records) the gold names by 'doc'."
    ),
    min_confidence: Optional[float] = typer.Option(
        None, "--min-confidence", metavar="P",
        help="Score only the events at least this likely to be right (0 to 1), as a bar set at ingest would keep.",
    ),
    as_json: bool = JsonOption,
) -> None:
    """Precision, recall and F1 of events (type and actors), and mode, place and date accuracy on matches."""
    from ..eval.events import evaluate
    from ..ingest.document import RawDocument
    from ..pipeline import process

    _check_min_confidence(min_confidence)
    bar = min_confidence or 0.0

    def extract(name: str, content: bytes, media_type: str):
        article = process(RawDocument(name, content, media_type))
        return article.text, [event.as_dict() for event in article.events if (event.confidence or 0.0) >= bar]

    score = evaluate(gold, texts, extract)
    if as_json:
        render.print_json(score.as_dict())
    else:
        render.event_score(score)
