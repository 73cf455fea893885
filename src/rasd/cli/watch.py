"""Commands for monitoring: watch feeds, list them, list near-duplicate groups, evaluate duplicates."""

from __future__ import annotations

import threading
from dataclasses import asdict
from pathlib import Path
from typing import Optional

import typer
from rich.markup import escape

from .. import render
from ..settings import load_settings
from ..store import open_store
from ..watch import FeedSource, FetchOptions, Watcher, WatchOptions, read_sources
from .common import EXIT_INPUT_FAILED, DbOption, JsonOption, app, evaluate_app, fails_cleanly, open_db, stop_on_sigterm

DEFAULT_SILVER = Path("..") / "shared" / "data" / "news" / "saudinewsnet"


@app.command()
@fails_cleanly
def watch(
    sources: list[str] = typer.Argument(..., help="Feed URLs (RSS or Atom), OPML files, or files with one URL a line."),
    db: Optional[str] = DbOption,
    outlet: Optional[str] = typer.Option(None, help="Outlet name for the articles of every feed given here."),
    once: bool = typer.Option(False, "--once", help="Check every feed once and exit (for cron)."),
    interval: float = typer.Option(10.0, min=0.1, help="Minutes between passes when not --once."),
    host_delay: float = typer.Option(1.0, min=0.0, help="Seconds between two requests to one host."),
    timeout: float = typer.Option(30.0, min=0.1, help="Seconds of silence after which a request is given up."),
    deadline: float = typer.Option(60.0, min=0.1, help="Seconds after which a response still arriving is cut off."),
    as_json: bool = JsonOption,
) -> None:
    """Poll feeds; fetch, clean, annotate and store every new item's page (Ctrl-C stops cleanly)."""
    settings = load_settings({"db": db})
    feeds = [FeedSource(feed.url, outlet or feed.outlet) for feed in read_sources(sources)]
    options = WatchOptions(
        fetch=FetchOptions(
            read_timeout=timeout,
            deadline=deadline,
            host_delay=host_delay,
            max_bytes=settings["max_input_mb"] * 1024 * 1024,
        ),
    )
    log = (lambda line: None) if as_json else (lambda line: render.err.print(escape(line)))
    stop_on_sigterm()
    failed = False
    with open_store(settings["db"]) as store:
        watcher = Watcher(store, options, log)
        try:
            urls = watcher.add(feeds)
            passes = [watcher.poll(urls)] if once else watcher.run(urls, interval * 60, threading.Event())
            for report in passes:
                counts = report.counts()
                failed = bool(counts["failed_feeds"])
                if as_json:
                    render.print_json(counts | {"feeds": [asdict(feed) for feed in report.feeds]})
                else:
                    render.err.print(
                        f"pass done: {counts['new']} new articles, {counts['duplicate']} duplicates, "
                        f"{counts['failed_items']} failed pages, "
                        f"{counts['failed_feeds']} of {counts['feeds']} feeds failed"
                    )
        except KeyboardInterrupt:
            render.err.print("stopped: every finished feed is stored; `rasd watch` again resumes where this left off")
            return
        finally:
            watcher.close()
    if once and failed:
        raise typer.Exit(EXIT_INPUT_FAILED)


@app.command("sources")
@fails_cleanly
def sources_command(db: Optional[str] = DbOption, as_json: bool = JsonOption) -> None:
    """Watched feeds: last success, last error, failures in a row, articles stored from each."""
    with open_db(db) as store:
        feeds = store.feeds()
    if as_json:
        render.print_json([feed.as_dict() for feed in feeds])
        return
    if not feeds:
        render.out.print("no feeds watched yet (add some with `rasd watch URL --once`)")
    for feed in feeds:
        name = feed.outlet or feed.title or ""
        render.out.print(f"[bold cyan]#{feed.id}[/] {escape(feed.url)}  [bold]{escape(name)}[/]")
        render.out.print(
            f"   {feed.articles} articles, {feed.failed_items} failed pages"
            f" · last success {feed.last_success or 'never'}"
        )
        if feed.last_error:
            waiting = f"; next try after {feed.next_check}" if feed.next_check else ""
            render.out.print(
                f"   [red]last error[/] {escape(feed.last_error_at or '')}: {escape(feed.last_error)}"
                f" ({feed.failures} failures in a row{waiting})"
            )


@app.command()
@fails_cleanly
def duplicates(
    db: Optional[str] = DbOption,
    group: Optional[int] = typer.Option(None, help="List the articles of this group."),
    top: int = typer.Option(20, min=1, help="How many groups."),
    as_json: bool = JsonOption,
) -> None:
    """Near-duplicate groups (one text run by several outlets), those run by most outlets first."""
    with open_db(db) as store:
        store.index_near_duplicates()
        if group is not None:
            keys = ("id", "outlet", "title", "published")
            members = [dict(zip(keys, row)) for row in store.duplicate_group_members(group)]
        else:
            groups = store.duplicate_group_list(limit=top)
    if group is not None:
        if as_json:
            render.print_json(members)
        for row in [] if as_json else members:
            meta = " · ".join(part for part in (row["outlet"], row["published"]) if part)
            render.out.print(
                f"[bold cyan]#{row['id']}[/] {escape(row['title'] or '(no title)')}  [dim]{escape(meta)}[/]"
            )
        return
    if as_json:
        render.print_json([g.as_dict() for g in groups])
        return
    if not groups:
        render.out.print("no near-duplicate groups yet")
    for g in groups:
        render.out.print(
            f"[bold cyan]group {g.group_id}[/] {escape(g.title or '(no title)')}  "
            f"[dim]{g.outlets} outlets · {g.articles} articles"
            f" · {g.first_published or '?'} .. {g.last_published or '?'}[/]"
        )


@evaluate_app.command("duplicates")
@fails_cleanly
def evaluate_duplicates(
    data: Path = typer.Option(DEFAULT_SILVER, help="The SaudiNewsNet folder (full_zips/ and the silver pairs)."),
    sample: int = typer.Option(0, min=0, help="Also print this many found pairs to check by hand."),
    seed: int = typer.Option(13, help="Random seed of the sample."),
    days: Optional[int] = typer.Option(None, min=1, help="Read only the first N daily zips (a quicker check)."),
    sample_under: float = typer.Option(1.01, help="Sample only pairs whose similarity is under this (the margin)."),
    names: bool = typer.Option(True, "--names/--no-names", help="Find names with the entity model (slower)."),
    as_json: bool = JsonOption,
) -> None:
    """Recall of near-duplicate grouping on SaudiNewsNet's silver pairs; a sample of found pairs to check."""
    from ..eval.duplicates import evaluate_silver

    result = evaluate_silver(data, sample, seed, days, sample_under, names)
    if as_json:
        render.print_json(result)
        return
    render.out.print(
        f"{result['articles']} articles, {result['groups']} groups with copies, {result['found_pairs']} pairs found; "
        f"silver pairs: {result['silver_pairs']} ({result['silver_missing']} not in the articles read)"
    )
    for row in result["recall_by_jaccard"]:
        render.out.print(
            f"  silver jaccard_5gram >= {row['min_jaccard']:.1f}:"
            f" recall {row['recall']:.3f} ({row['found']}/{row['pairs']})"
        )
    render.out.print(f"recall (same group): {result['recall']:.3f}  ·  {result['seconds']:.1f} s")
    for group in result["largest_groups"]:
        titles = " | ".join(title.strip() for title in group["titles"][:3])
        render.out.print(f"  largest group: {group['articles']} articles: {escape(titles)} ...")
    for pair in result.get("sample", []):
        render.out.print(f"\n[bold]pair {pair['a']['id']} / {pair['b']['id']}[/] similarity {pair['similarity']:.2f}")
        for side in ("a", "b"):
            render.out.print(
                f"  {escape(pair[side]['source'])}: {escape(pair[side]['title'])}\n    {escape(pair[side]['text'])}"
            )
