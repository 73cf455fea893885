"""Commands over quotations: list them, export them, score them against gold."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .. import render
from ..export import QUOTATION_COLUMNS
from .common import (
    DbOption,
    FormatOption,
    JsonOption,
    OutletOption,
    OutputOption,
    SinceOption,
    UntilOption,
    app,
    evaluate_app,
    export_app,
    fails_cleanly,
    open_db,
    search_filters,
    write_export,
)

SpeakerOption = typer.Option(
    None, "--speaker", help="An entity (id or any name it was written under) or a speaker as written (مسؤول أميركي)."
)


@app.command()
@fails_cleanly
def quotes(
    db: Optional[str] = DbOption,
    speaker: Optional[str] = SpeakerOption,
    outlet: Optional[str] = OutletOption,
    since: Optional[str] = SinceOption,
    until: Optional[str] = UntilOption,
    limit: int = typer.Option(50, min=1, max=100000, help="How many, newest articles first."),
    offset: int = typer.Option(0, min=0, help="Skip this many (for paging)."),
    as_json: bool = JsonOption,
) -> None:
    """Who said what: quotations with speaker, outlet, date and the words reported."""
    filters = search_filters(outlet, since, until)
    with open_db(db) as store:
        rows = store.quotations(speaker, filters, limit=limit, offset=offset)
    if as_json:
        render.print_json([row.as_dict() for row in rows])
    else:
        render.quotation_list(rows)


@export_app.command("quotes")
@fails_cleanly
def export_quotes(
    fmt: str = FormatOption,
    output: str = OutputOption,
    db: Optional[str] = DbOption,
    speaker: Optional[str] = SpeakerOption,
    outlet: Optional[str] = OutletOption,
    since: Optional[str] = SinceOption,
    until: Optional[str] = UntilOption,
) -> None:
    """Export quotations: article_id, origin, start, end, kind, cue, speaker_name, speaker_entity_id, text..."""
    filters = search_filters(outlet, since, until)
    with open_db(db) as store:
        rows = (row.as_dict() for row in store.iter_quotations(filters, speaker))
        write_export(rows, QUOTATION_COLUMNS, fmt, output, "quotations")


@evaluate_app.command("quotes")
@fails_cleanly
def evaluate_quotes(
    gold: Path = typer.Argument(..., help="Gold JSON lines: doc (or text), sha1, quotes with start, end, kind, speaker."),
    texts: Optional[Path] = typer.Option(None, "--texts", help="Folder holding the files the gold lines name."),
    as_json: bool = JsonOption,
) -> None:
    """Precision, recall and F1 of quotation spans, and of spans with the right speaker, per kind."""
    from ..eval.quotes import evaluate_quotes as run

    score = run(gold, texts)
    if as_json:
        render.print_json(score.as_dict())
    else:
        render.quotation_score(score)
