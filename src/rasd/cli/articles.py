"""Commands over articles: ingest, search, show, stats, failures, reprocess, export articles, demo."""

from __future__ import annotations

import sys
from dataclasses import asdict
from typing import Optional

import typer
from rich.markup import escape

from .. import render
from ..export import ARTICLE_COLUMNS, article_row
from ..ingest.sources import SourceOptions, survey_files
from ..scale import make_runner
from ..settings import load_settings
from ..store import open_store
from ..stories.collapse import GROUP_COLUMNS, collapsed_rows, collapsed_search, group_fields
from ..workflow import ingest as run_ingest
from ..workflow import reprocess as run_reprocess
from .common import (
    EXIT_INPUT_FAILED,
    DaskOption,
    DbOption,
    FormatOption,
    JsonOption,
    OutletOption,
    OutputOption,
    SinceOption,
    UntilOption,
    WorkersOption,
    app,
    export_app,
    fails_cleanly,
    open_db,
    progress_bar,
    search_filters,
    stop_on_sigterm,
    write_export,
)


@app.command()
@fails_cleanly
def ingest(
    paths: list[str] = typer.Argument(..., help="Files, directories (read recursively) or - for standard input."),
    db: Optional[str] = DbOption,
    outlet: Optional[str] = typer.Option(None, help="Outlet name for every input (overrides what pages say)."),
    max_input_mb: Optional[int] = typer.Option(None, help="Largest input in MiB (default 20, or RASD_MAX_INPUT_MB)."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar on a terminal."),
    workers: Optional[int] = WorkersOption,
    dask: Optional[str] = DaskOption,
    as_json: bool = JsonOption,
) -> None:
    """Read .txt, .html, .json and .jsonl inputs, clean them and store them (each input once)."""
    settings = load_settings({"db": db, "max_input_mb": max_input_mb})
    options = SourceOptions(max_input_bytes=settings["max_input_mb"] * 1024 * 1024, outlet=outlet)
    stop_on_sigterm()
    with open_store(settings["db"]) as store, progress_bar(progress and sys.stderr.isatty() and not as_json) as bar:
        total, skipped = survey_files(paths)
        task = bar.add_task("ingesting", total=total)
        current = {"file": None}

        def advance(origin: str, status: str) -> None:
            file = origin.split("#", 1)[0]
            if file != current["file"]:
                current["file"] = file
                bar.advance(task)

        with make_runner(workers, dask) as runner:
            report = run_ingest(
                store, paths, options, stdin=sys.stdin.buffer, batch_size=settings["batch_size"], progress=advance,
                runner=runner,
            )
    if as_json:
        render.print_json(
            report.counts()
            | {
                "skipped": dict(sorted(skipped.items())),
                "database": settings["db"],
                "new_article_ids": report.new,
                "duplicates": [{"origin": d.origin, "document_id": d.document_id} for d in report.duplicates],
                "failures": [{"origin": f.origin, "reason": f.reason} for f in report.failures],
            }
        )
    else:
        render.ingest_summary(report, settings["db"], skipped)
    if not report.ok:
        raise typer.Exit(EXIT_INPUT_FAILED)


@app.command()
@fails_cleanly
def search(
    query: str = typer.Argument(..., help='Words to find (all must match); "a phrase"; OR; -exclude.'),
    db: Optional[str] = DbOption,
    outlet: Optional[str] = OutletOption,
    since: Optional[str] = SinceOption,
    until: Optional[str] = UntilOption,
    limit: int = typer.Option(20, min=1, max=1000, help="How many results."),
    offset: int = typer.Option(0, min=0, help="Skip this many results (for paging)."),
    collapse: bool = typer.Option(False, "--collapse", help="One line per near-duplicate group, with its outlets."),
    as_json: bool = JsonOption,
) -> None:
    """Full-text search over normalised Arabic: احمد finds أحمد, الولايات finds بالولايات."""
    filters = search_filters(outlet, since, until)
    with open_db(db) as store:
        if collapse:
            hits, groups = collapsed_search(store, query, filters, limit, offset)
        else:
            hits, groups = store.search(query, filters, limit=limit, offset=offset), None
    if as_json:
        render.print_json([hit.as_dict() | (group_fields(groups[hit.article_id]) if groups else {}) for hit in hits])
    else:
        render.search_hits(hits, query, groups)


@app.command()
@fails_cleanly
def stats(db: Optional[str] = DbOption, as_json: bool = JsonOption) -> None:
    """Counts of what is stored: documents, articles, outlets, failures, dates."""
    with open_db(db) as store:
        data = store.stats()
    render.print_json(data) if as_json else render.stats(data)


@app.command()
@fails_cleanly
def show(
    article_id: int = typer.Argument(..., help="Article id (from search, stats or export)."),
    db: Optional[str] = DbOption,
    removed: bool = typer.Option(False, "--removed", help="Also list the lines cleaning removed, and why."),
    as_json: bool = JsonOption,
) -> None:
    """One article: metadata and clean text."""
    with open_db(db) as store:
        record = store.article(article_id)
        mentions = store.mentions(article_id)
        raw, spans = store.raw_text(article_id) if removed else (None, None)
    if as_json:
        data = record.as_dict() | {"mentions": [m.as_dict() for m in mentions]}
        if spans is not None:
            data["removed"] = [span | {"text": raw[span["start"] : span["end"]]} for span in spans]
        render.print_json(data)
    else:
        render.article(record, spans, raw, mentions)


@app.command()
@fails_cleanly
def failures(
    db: Optional[str] = DbOption,
    limit: int = typer.Option(100, min=1, help="How many, newest first."),
    as_json: bool = JsonOption,
) -> None:
    """Inputs that could not be read, with the reason."""
    with open_db(db) as store:
        rows = store.failures(limit)
    if as_json:
        render.print_json([asdict(row) for row in rows])
        return
    if not rows:
        render.out.print("no failed inputs")
    for row in rows:
        render.out.print(f"{escape(row.failed_at)}  {escape(row.origin)}: {escape(row.reason)}")


@app.command()
@fails_cleanly
def reprocess(
    db: Optional[str] = DbOption,
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar on a terminal."),
    workers: Optional[int] = WorkersOption,
    dask: Optional[str] = DaskOption,
    as_json: bool = JsonOption,
) -> None:
    """Clean every stored document again from its raw bytes (after an upgrade), keeping ids."""
    stop_on_sigterm()
    with open_db(db) as store, progress_bar(progress and sys.stderr.isatty() and not as_json) as bar:
        task = bar.add_task("reprocessing", total=store.stats()["documents"])
        with make_runner(workers, dask) as runner:
            report = run_reprocess(store, progress=lambda origin, status: bar.advance(task), runner=runner)
    if as_json:
        failed = [{"origin": failure.origin, "reason": failure.reason} for failure in report.failures]
        render.print_json({"updated": report.updated, "failures": failed})
    else:
        render.out.print(f"{report.updated} articles reprocessed, {len(report.failures)} failed (old version kept)")
        for failure in report.failures:
            render.err.print(f"[red]failed:[/] {escape(failure.origin)}: {escape(failure.reason)}")
    if report.failures:
        raise typer.Exit(EXIT_INPUT_FAILED)



@export_app.command("articles")
@fails_cleanly
def export_articles(
    fmt: str = FormatOption,
    output: str = OutputOption,
    db: Optional[str] = DbOption,
    outlet: Optional[str] = OutletOption,
    since: Optional[str] = SinceOption,
    until: Optional[str] = UntilOption,
    collapse: bool = typer.Option(False, "--collapse", help="One row per near-duplicate group, with its counts."),
) -> None:
    """Export articles with id, origin, outlet, title, published, language, text and more."""
    filters = search_filters(outlet, since, until)
    with open_db(db) as store:
        if collapse:
            rows = collapsed_rows(store, store.iter_articles(filters), article_row)
            write_export(rows, ARTICLE_COLUMNS + GROUP_COLUMNS, fmt, output, "articles")
        else:
            rows = (article_row(r) for r in store.iter_articles(filters))
            write_export(rows, ARTICLE_COLUMNS, fmt, output, "articles")



@app.command()
@fails_cleanly
def demo(db: Optional[str] = DbOption) -> None:
    """Ingest the bundled sample articles and show what rasd made of them."""
    from ..samples import articles_dir

    settings = load_settings({"db": db})
    with open_store(settings["db"]) as store:
        report = run_ingest(store, [str(articles_dir())], SourceOptions())
        render.ingest_summary(report, settings["db"])
        render.out.print()
        render.stats(store.stats())
        render.out.print("\n[bold]rasd entities --top 8[/]")
        render.entity_list(store.entities(limit=8))
        # Written without hamza, shadda or ta marbuta, to show that spelling variants still match.
        for query in ("الامم المتحده", "عمان", "ستيفنسون"):
            render.out.print(f"\n[bold]rasd search {escape(query)}[/]")
            render.search_hits(store.search(query, limit=3), query)
    db_flag = f"--db {escape(settings['db'])}"
    render.out.print(f"\nNext: rasd search 'مذكرة تفاهم' {db_flag}  ·  rasd show 1 {db_flag}  ·  rasd entity ستيفنسن {db_flag}")
