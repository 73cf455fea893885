"""The ``rasd`` command: declares arguments, opens the store, calls the library, shows the result.

Library errors (``RasdError``) become one line on standard error and exit code 2;
inputs that fail during ingest give exit code 1; an interrupted run gives 130.
"""

from __future__ import annotations

import functools
import signal
import sys
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Optional

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from . import __version__, render
from .errors import RasdError
from .export import ARTICLE_COLUMNS, ENTITY_COLUMNS, FORMATS, MENTION_COLUMNS, article_row, export_rows
from .ingest.sources import SourceOptions, count_files
from .settings import load_settings
from .store import SearchFilters, Store, open_store
from .workflow import ingest as run_ingest
from .workflow import reprocess as run_reprocess

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


def _fails_cleanly(command):
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


def _open(db: str | None) -> Store:
    return open_store(load_settings({"db": db})["db"])


def _filters(outlet: str | None, since: str | None, until: str | None) -> SearchFilters:
    for name, value in (("--since", since), ("--until", until)):
        if value is not None and not _is_iso_date(value):
            raise RasdError(f"{name} takes a date as YYYY-MM-DD, not {value!r}")
    return SearchFilters(outlet=outlet, since=since, until=until)


def _is_iso_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def _progress(enabled: bool) -> Progress:
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=render.err,
        transient=True,
        disable=not enabled,
    )


def _stop_on_sigterm() -> None:
    """Let ``kill`` stop a run the way Ctrl-C does: the open batch is rolled back, the rest kept."""

    def handler(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, handler)


@app.command()
@_fails_cleanly
def ingest(
    paths: list[str] = typer.Argument(..., help="Files, directories (read recursively) or - for standard input."),
    db: Optional[str] = DbOption,
    outlet: Optional[str] = typer.Option(None, help="Outlet name for every input (overrides what pages say)."),
    max_input_mb: Optional[int] = typer.Option(None, help="Largest input in MiB (default 20, or RASD_MAX_INPUT_MB)."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar on a terminal."),
    as_json: bool = JsonOption,
) -> None:
    """Read .txt, .html, .json and .jsonl inputs, clean them and store them (each input once)."""
    settings = load_settings({"db": db, "max_input_mb": max_input_mb})
    options = SourceOptions(max_input_bytes=settings["max_input_mb"] * 1024 * 1024, outlet=outlet)
    _stop_on_sigterm()
    with open_store(settings["db"]) as store, _progress(progress and sys.stderr.isatty() and not as_json) as bar:
        task = bar.add_task("ingesting", total=count_files(paths))
        current = {"file": None}

        def advance(origin: str, status: str) -> None:
            file = origin.split("#", 1)[0]
            if file != current["file"]:
                current["file"] = file
                bar.advance(task)

        report = run_ingest(
            store, paths, options, stdin=sys.stdin.buffer, batch_size=settings["batch_size"], progress=advance
        )
    if as_json:
        render.print_json(
            report.counts()
            | {
                "database": settings["db"],
                "new_article_ids": report.new,
                "duplicates": [{"origin": d.origin, "document_id": d.document_id} for d in report.duplicates],
                "failures": [{"origin": f.origin, "reason": f.reason} for f in report.failures],
            }
        )
    else:
        render.ingest_summary(report, settings["db"])
    if not report.ok:
        raise typer.Exit(EXIT_INPUT_FAILED)


@app.command()
@_fails_cleanly
def search(
    query: str = typer.Argument(..., help='Words to find (all must match); "a phrase"; OR; -exclude.'),
    db: Optional[str] = DbOption,
    outlet: Optional[str] = OutletOption,
    since: Optional[str] = SinceOption,
    until: Optional[str] = UntilOption,
    limit: int = typer.Option(20, min=1, max=1000, help="How many results."),
    offset: int = typer.Option(0, min=0, help="Skip this many results (for paging)."),
    as_json: bool = JsonOption,
) -> None:
    """Full-text search over normalised Arabic: احمد finds أحمد, الولايات finds بالولايات."""
    filters = _filters(outlet, since, until)
    with _open(db) as store:
        hits = store.search(query, filters, limit=limit, offset=offset)
    if as_json:
        render.print_json([hit.as_dict() for hit in hits])
    else:
        render.search_hits(hits, query)


@app.command()
@_fails_cleanly
def stats(db: Optional[str] = DbOption, as_json: bool = JsonOption) -> None:
    """Counts of what is stored: documents, articles, outlets, failures, dates."""
    with _open(db) as store:
        data = store.stats()
    render.print_json(data) if as_json else render.stats(data)


@app.command()
@_fails_cleanly
def show(
    article_id: int = typer.Argument(..., help="Article id (from search, stats or export)."),
    db: Optional[str] = DbOption,
    removed: bool = typer.Option(False, "--removed", help="Also list the lines cleaning removed, and why."),
    as_json: bool = JsonOption,
) -> None:
    """One article: metadata and clean text."""
    with _open(db) as store:
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
@_fails_cleanly
def failures(
    db: Optional[str] = DbOption,
    limit: int = typer.Option(100, min=1, help="How many, newest first."),
    as_json: bool = JsonOption,
) -> None:
    """Inputs that could not be read, with the reason."""
    with _open(db) as store:
        rows = store.failures(limit)
    if as_json:
        render.print_json([asdict(row) for row in rows])
        return
    if not rows:
        render.out.print("no failed inputs")
    for row in rows:
        render.out.print(f"{escape(row.failed_at)}  {escape(row.origin)}: {escape(row.reason)}")


@app.command()
@_fails_cleanly
def reprocess(
    db: Optional[str] = DbOption,
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar on a terminal."),
    as_json: bool = JsonOption,
) -> None:
    """Clean every stored document again from its raw bytes (after an upgrade), keeping ids."""
    _stop_on_sigterm()
    with _open(db) as store, _progress(progress and sys.stderr.isatty() and not as_json) as bar:
        task = bar.add_task("reprocessing", total=store.stats()["documents"])
        report = run_reprocess(store, progress=lambda origin, status: bar.advance(task))
    if as_json:
        failed = [{"origin": failure.origin, "reason": failure.reason} for failure in report.failures]
        render.print_json({"updated": report.updated, "failures": failed})
    else:
        render.out.print(f"{report.updated} articles reprocessed, {len(report.failures)} failed (old version kept)")
        for failure in report.failures:
            render.err.print(f"[red]failed:[/] {escape(failure.origin)}: {escape(failure.reason)}")
    if report.failures:
        raise typer.Exit(EXIT_INPUT_FAILED)


def _export(rows, columns: tuple[str, ...], fmt: str, output: str, noun: str) -> None:
    count = export_rows(rows, columns, fmt, sys.stdout if output == "-" and fmt != "parquet" else output)
    if output != "-":
        render.err.print(f"{count} {noun} written to {escape(output)}")


@export_app.command("articles")
@_fails_cleanly
def export_articles(
    fmt: str = FormatOption,
    output: str = OutputOption,
    db: Optional[str] = DbOption,
    outlet: Optional[str] = OutletOption,
    since: Optional[str] = SinceOption,
    until: Optional[str] = UntilOption,
) -> None:
    """Export articles with id, origin, outlet, title, published, language, text and more."""
    filters = _filters(outlet, since, until)
    with _open(db) as store:
        _export((article_row(r) for r in store.iter_articles(filters)), ARTICLE_COLUMNS, fmt, output, "articles")


@app.command()
@_fails_cleanly
def entities(
    db: Optional[str] = DbOption,
    kind: Optional[str] = typer.Option(None, "--type", help="Only PER, ORG, LOC or MISC."),
    top: int = typer.Option(30, "--top", min=1, max=10000, help="How many, most mentioned first."),
    as_json: bool = JsonOption,
) -> None:
    """Canonical entities, most mentioned first, with the names they were written under."""
    if kind is not None and kind.upper() not in ("PER", "ORG", "LOC", "MISC"):
        raise RasdError(f"--type takes PER, ORG, LOC or MISC, not {kind!r}")
    with _open(db) as store:
        rows = store.entities(kind.upper() if kind else None, limit=top)
    if as_json:
        render.print_json([row.as_dict() for row in rows])
    else:
        render.entity_list(rows)


@app.command()
@_fails_cleanly
def entity(
    name_or_id: str = typer.Argument(..., help="An entity id, its name, or any name it was written under."),
    db: Optional[str] = DbOption,
    as_json: bool = JsonOption,
) -> None:
    """One entity: aliases, mentions per day, the entities it appears with, and its articles."""
    with _open(db) as store:
        detail = store.entity(store.find_entity(name_or_id))
    render.print_json(detail.as_dict()) if as_json else render.entity_detail(detail)


@app.command()
@_fails_cleanly
def relink(db: Optional[str] = DbOption) -> None:
    """Rebuild every entity from the stored mentions (the result is the same whatever the ingest order)."""
    with _open(db) as store:
        count = store.relink()
    render.out.print(f"{count} entities")


@export_app.command("entities")
@_fails_cleanly
def export_entities(fmt: str = FormatOption, output: str = OutputOption, db: Optional[str] = DbOption) -> None:
    """Export entities: id, name, type, mention_count, first_seen, last_seen, aliases."""
    with _open(db) as store:
        rows = (
            row.as_dict() | {"aliases": " | ".join(name for name, _ in row.aliases)}
            for row in store.entities(limit=10**9)
        )
        _export(rows, ENTITY_COLUMNS, fmt, output, "entities")


@export_app.command("mentions")
@_fails_cleanly
def export_mentions(
    fmt: str = FormatOption,
    output: str = OutputOption,
    db: Optional[str] = DbOption,
    outlet: Optional[str] = OutletOption,
    since: Optional[str] = SinceOption,
    until: Optional[str] = UntilOption,
) -> None:
    """Export entity mentions: article_id, origin, start, end, surface, name (without clitics), type, entity."""
    filters = _filters(outlet, since, until)
    with _open(db) as store:
        _export((m.as_dict() for m in store.iter_mentions(filters)), MENTION_COLUMNS, fmt, output, "mentions")


@evaluate_app.command("cleaning")
@_fails_cleanly
def evaluate_cleaning(
    gold: Optional[Path] = typer.Option(None, help="Gold file (default: the bundled samples' EXPECTED.json)."),
    files: Optional[Path] = typer.Option(None, help="Folder holding the files the gold file names."),
    as_json: bool = JsonOption,
) -> None:
    """Share of body lines kept and boilerplate lines dropped, per file and overall."""
    from .eval.cleaning import score_cleaning
    from .samples import articles_dir, samples_dir

    if gold is None:
        gold, files = samples_dir() / "EXPECTED.json", files or articles_dir()
    score = score_cleaning(gold, files or gold.parent)
    if as_json:
        render.print_json(score.as_dict())
        return
    for item in score.files:
        render.out.print(
            f"{escape(item.file)}: body kept {item.body_kept}/{item.body_lines} ({item.body_recall:.1%}), "
            f"boilerplate dropped {item.boilerplate_dropped}/{item.boilerplate_lines} ({item.boilerplate_removal:.1%})"
        )
        if item.lost_body or item.kept_boilerplate:
            render.out.print(f"   lost body lines {item.lost_body}, kept boilerplate lines {item.kept_boilerplate}")
    render.out.print(
        f"[bold]overall: body kept {score.body_recall:.1%}, boilerplate dropped {score.boilerplate_removal:.1%}[/]"
    )


@evaluate_app.command("ner")
@_fails_cleanly
def evaluate_ner(
    gold: Path = typer.Argument(..., help="CoNLL-style file: token and tag per line, blank line between sentences."),
    tag_map: Optional[str] = typer.Option(
        None, "--map", help="Tag map for the gold file: a JSON file or a bundled map (anercorp, fane, aqmar, wojood)."
    ),
    model: Optional[Path] = typer.Option(None, help="Model folder (default: the shipped model)."),
    as_json: bool = JsonOption,
) -> None:
    """Precision, recall and F1 per type and overall (exact spans, CoNLL rules), and words per second."""
    from .eval.conll import load_tag_map, read_conll
    from .eval.ner import evaluate
    from .nlp.ner import load_recognizer

    if not gold.is_file():
        raise RasdError(f"no such gold file: {gold}")
    sentences = read_conll(gold, load_tag_map(tag_map) if tag_map else None)
    recognizer = load_recognizer(model)
    score = evaluate(sentences, recognizer.tag_tokens)
    if as_json:
        render.print_json(score.as_dict())
    else:
        render.ner_score(score)


@train_app.command("ner")
@_fails_cleanly
def train_ner(
    data: Path = typer.Option(..., help="NER data folder holding anercorp/train.txt (and wikifane/, aqmar/, wojood-sample/)."),
    out: Path = typer.Option(..., help="Folder to write the trained model to."),
    news: Optional[Path] = typer.Option(None, help="News archive (zipped JSON arrays or .jsonl) to train word vectors on."),
    gazetteers: Optional[Path] = typer.Option(None, help="Folder of name lists (anetac/, anergazet/, ...) for the gazetteer."),
    max_steps: Optional[int] = typer.Option(None, min=1, help="Stop after this many updates (default: the config's)."),
) -> None:
    """Train the NER model from the Arabic NER corpora, reproducibly (fixed seeds, committed config)."""
    from .nlp.training import train_ner as run_training

    scores = run_training(
        data, out, news=news, gazetteers=gazetteers, max_steps=max_steps, log=render.err.print
    )
    render.out.print(f"model written to {escape(str(out))}; dev F1 {scores.get('ents_f', 0):.1%}")


@app.command()
@_fails_cleanly
def demo(db: Optional[str] = DbOption) -> None:
    """Ingest the bundled sample articles and show what rasd made of them."""
    from .samples import articles_dir

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


def _version(value: bool) -> None:
    if value:
        render.out.print(f"rasd {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version."),
) -> None:
    """rasd (رصد): read Arabic news, keep every article, search what was said."""


def main() -> None:
    """Console-script entry point."""
    app()
