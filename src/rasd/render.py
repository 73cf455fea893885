"""How the CLI shows things to people: rich text for terminals, JSON for programs."""

from __future__ import annotations

import json
import sys
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from .store.records import ArticleRecord, SearchHit
from .workflow import IngestReport

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def print_json(data: Any) -> None:
    """Write ``data`` as JSON to standard output, Arabic as written (not \\u escapes)."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def ingest_summary(report: IngestReport, database: str) -> None:
    counts = report.counts()
    out.print(
        f"[bold]{counts['new']}[/] new, [bold]{counts['duplicate']}[/] duplicate, "
        f"[bold]{counts['failed']}[/] failed → {escape(database)}"
    )
    for duplicate in report.duplicates[:20]:
        out.print(f"  duplicate: {escape(duplicate.origin)} (already stored as document {duplicate.document_id})")
    if len(report.duplicates) > 20:
        out.print(f"  … and {len(report.duplicates) - 20} more duplicates")
    for failure in report.failures:
        err.print(f"[red]failed:[/] {escape(failure.origin)}: {escape(failure.reason)}")


def search_hits(hits: list[SearchHit], query: str) -> None:
    if not hits:
        out.print(f"no results for {escape(query)!s}")
        return
    for hit in hits:
        meta = " · ".join(part for part in (hit.outlet, hit.published) if part)
        out.print(f"[bold cyan]#{hit.article_id}[/] [bold]{escape(hit.title or '(no title)')}[/]  [dim]{escape(meta)}[/]")
        snippet = Text(hit.snippet)
        for start, end in hit.highlights:
            snippet.stylize("bold yellow", start, end)
        out.print(Text("   ") + snippet)


def article(record: ArticleRecord, removed: list[dict] | None, raw: str | None) -> None:
    table = Table.grid(padding=(0, 2))
    for label, value in (
        ("id", record.id), ("title", record.title), ("outlet", record.outlet), ("published", record.published),
        ("author", record.author), ("language", record.language), ("origin", record.origin), ("url", record.url),
        ("encoding", record.encoding), ("cleaner", record.cleaner), ("sha256", record.content_hash),
        ("ingested", record.ingested_at),
    ):
        if value is not None:
            table.add_row(f"[dim]{label}[/]", escape(str(value)))
    out.print(table)
    out.print()
    out.print(escape(record.text))
    if removed is not None and raw is not None:
        out.print()
        out.print(f"[dim]removed by cleaning ({len(removed)} lines):[/]")
        for span in removed:
            out.print(f"  [dim]{escape(span['reason'])}:[/] {escape(raw[span['start']:span['end']])}")


def stats(data: dict) -> None:
    out.print(f"[bold]{escape(data['database'])}[/]")
    out.print(
        f"{data['articles']} articles from {data['documents']} documents, {data['outlets']} outlets, "
        f"{data['failures']} failed inputs, {data['raw_bytes'] / 1048576:.1f} MiB raw"
    )
    if data["published_first"]:
        out.print(f"published {data['published_first']} … {data['published_last']}")
    if data["by_outlet"]:
        table = Table("outlet", "articles", box=None)
        for name, count in data["by_outlet"].items():
            table.add_row(escape(name), str(count))
        out.print(table)
