"""Commands over stories: list them, show one, export them, score them against a gold clustering."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.markup import escape

from .. import render
from ..export import STORY_COLUMNS
from ..store.story_records import StoryRecord
from .common import (
    DbOption,
    FormatOption,
    JsonOption,
    OutputOption,
    SinceOption,
    app,
    evaluate_app,
    export_app,
    fails_cleanly,
    is_iso_date,
    open_db,
    write_export,
)

MinArticlesOption = typer.Option(2, "--min-articles", min=1, help="Only stories with at least this many articles.")


def _check_since(since: str | None) -> None:
    if since is not None and not is_iso_date(since):
        raise typer.BadParameter(f"--since takes a date as YYYY-MM-DD, not {since!r}")


@app.command()
@fails_cleanly
def stories(
    db: Optional[str] = DbOption,
    since: Optional[str] = SinceOption,
    min_articles: int = MinArticlesOption,
    top: int = typer.Option(30, "--top", min=1, help="How many, the largest first."),
    rebuild: bool = typer.Option(False, "--rebuild", help="Group every stored article again (after an upgrade)."),
    as_json: bool = JsonOption,
) -> None:
    """Stories (articles about one happening across outlets and days), the largest first."""
    _check_since(since)
    with open_db(db) as store:
        store.rebuild_stories() if rebuild else store.index_stories()
        found = store.stories(since, min_articles, limit=top)
    if as_json:
        render.print_json([story.as_dict(with_members=False) for story in found])
        return
    if not found:
        render.out.print("no stories yet" + (f" since {since}" if since else ""))
    for story in found:
        _print_summary(story)


@app.command()
@fails_cleanly
def story(
    story_id: int = typer.Argument(..., help="A story id (from `rasd stories`)."),
    db: Optional[str] = DbOption,
    as_json: bool = JsonOption,
) -> None:
    """One story: its outlets, top entities, and every article in publication order."""
    with open_db(db) as store:
        store.index_stories()
        found = store.story(story_id)
    if as_json:
        render.print_json(found.as_dict())
        return
    _print_summary(found)
    render.out.print(f"  outlets: {escape(' · '.join(found.outlets) or '(unknown)')}")
    for member in found.members:
        copy = f" [dim](copy of #{member.duplicate_group})[/]" if member.duplicate_group != member.id else ""
        meta = " · ".join(part for part in (member.outlet, member.published) if part)
        render.out.print(
            f"  [bold cyan]#{member.id}[/] {escape(member.title or '(no title)')}  [dim]{escape(meta)}[/]{copy}"
        )


def _print_summary(story: StoryRecord) -> None:
    entities = ", ".join(f"{e['name']} ({e['articles']})" for e in story.top_entities)
    render.out.print(
        f"[bold cyan]story {story.id}[/] {escape(story.label or '(no title)')}\n"
        f"  [dim]{story.articles} articles · {len(story.outlets)} outlets ({story.independent_outlets} independent)"
        f" · {story.first_seen or '?'} .. {story.last_seen or '?'}[/]"
        + (f"\n  [dim]{escape(entities)}[/]" if entities else "")
    )


def story_row(story: StoryRecord) -> dict:
    """One story as an export row, columns in ``STORY_COLUMNS`` order."""
    return {
        "id": story.id,
        "label": story.label,
        "first_seen": story.first_seen,
        "last_seen": story.last_seen,
        "articles": story.articles,
        "outlets": " | ".join(story.outlets),
        "independent_outlets": story.independent_outlets,
        "top_entities": " | ".join(f"{e['name']} ({e['type']}, {e['articles']})" for e in story.top_entities),
        "article_ids": " ".join(str(member.id) for member in story.members),
    }


@export_app.command("stories")
@fails_cleanly
def export_stories(
    fmt: str = FormatOption,
    output: str = OutputOption,
    db: Optional[str] = DbOption,
    since: Optional[str] = SinceOption,
    min_articles: int = MinArticlesOption,
) -> None:
    """Export stories: id, label, first/last seen, counts, outlets, top entities and article ids."""
    _check_since(since)
    with open_db(db) as store:
        store.index_stories()

        def rows():
            offset = 0
            while page := store.stories(since, min_articles, limit=500, offset=offset):
                for summary in page:
                    yield story_row(store.story(summary.id))
                offset += len(page)

        write_export(rows(), STORY_COLUMNS, fmt, output, "stories")


@evaluate_app.command("stories")
@fails_cleanly
def evaluate_stories(
    gold: Path = typer.Argument(..., help="Gold clustering: a TSV with the header 'story<TAB>article'."),
    db: Optional[str] = DbOption,
    as_json: bool = JsonOption,
) -> None:
    """B-cubed precision, recall and F1 of the stored stories on the gold articles the store holds."""
    from ..eval.stories import evaluate_stories as run

    with open_db(db) as store:
        result = run(store, gold)
    if as_json:
        render.print_json(result)
        return
    render.out.print(
        f"{result['scored_articles']} of {result['gold_articles']} gold articles stored;"
        f" {result['gold_stories']} gold stories, {result['found_stories']} found among them\n"
        f"B-cubed precision {result['precision']:.3f}  recall {result['recall']:.3f}  F1 {result['f1']:.3f}"
    )
    if result["missing"]:
        render.out.print(f"[dim]not stored (first {len(result['missing'])}): {escape(', '.join(result['missing']))}[/]")


@app.command()
@fails_cleanly
def trends(
    db: Optional[str] = DbOption,
    window: str = typer.Option("24h", "--window", help="The window: hours or days, e.g. 24h or 7d."),
    at: Optional[str] = typer.Option(None, "--at", help="End of the window (default: the latest stored date)."),
    baseline: int = typer.Option(7, "--baseline", min=1, help="How many earlier windows make the baseline."),
    min_count: int = typer.Option(3, "--min-count", min=1, help="Least articles in the window to be listed."),
    min_score: float = typer.Option(2.0, "--min-score", help="Least z-score against the baseline."),
    top: int = typer.Option(15, "--top", min=1, help="How many of each."),
    as_json: bool = JsonOption,
) -> None:
    """Entities and stories whose article counts in the window stand out against their own recent baseline."""
    from ..stories.trends import find_trends

    with open_db(db) as store:
        result = find_trends(store, window, at, baseline, min_count, min_score, top)
    if as_json:
        render.print_json(result)
        return
    if result["at"] is None:
        render.out.print("nothing stored yet")
        return
    render.out.print(
        f"[bold]window {result['window']}[/] {result['window_start']} .. {result['at']}"
        f" [dim]against the {result['baseline_windows']} windows before[/]"
    )
    for heading, key in (("rising entities", "entities"), ("rising stories", "stories")):
        render.out.print(f"[bold]{heading}[/]" + ("" if result[key] else " [dim]none[/]"))
        for trend in result[key]:
            render.out.print(
                f"  [bold cyan]{trend['kind']} {trend['id']}[/] {escape(trend['name'] or '?')}  "
                f"[dim]{trend['count']} articles · baseline mean {trend['baseline_mean']:.1f}"
                f" (sd {trend['baseline_sd']:.1f}) · ×{trend['ratio']:.1f} · z {trend['score']:.1f}[/]"
            )
