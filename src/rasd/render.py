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


def search_hits(hits: list[SearchHit], query: str, groups: dict | None = None) -> None:
    """Ranked hits; with ``groups`` (article id to near-duplicate group), how many outlets ran each text."""
    if not hits:
        out.print(f"no results for {escape(query)!s}")
        return
    for hit in hits:
        group = (groups or {}).get(hit.article_id)
        copies = f"ran by {group.outlets} outlets ({group.articles} articles)" if group and group.articles > 1 else None
        meta = " · ".join(part for part in (hit.outlet, hit.published, copies) if part)
        out.print(f"[bold cyan]#{hit.article_id}[/] [bold]{escape(hit.title or '(no title)')}[/]  [dim]{escape(meta)}[/]")
        snippet = Text(hit.snippet)
        for start, end in hit.highlights:
            snippet.stylize("bold yellow", start, end)
        out.print(Text("   ") + snippet)


ENTITY_STYLES = {"PER": "bold magenta", "ORG": "bold cyan", "LOC": "bold green", "MISC": "bold yellow"}


def article(record: ArticleRecord, removed: list[dict] | None, raw: str | None, mentions: list | None = None) -> None:
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
    text = Text(record.text)
    for mention in mentions or []:
        text.stylize(ENTITY_STYLES.get(mention.type, "bold"), mention.start, mention.end)
    out.print(text)
    if mentions:
        out.print()
        legend = "  ".join(f"[{style}]{kind}[/]" for kind, style in ENTITY_STYLES.items())
        out.print(f"[dim]entities ({len(mentions)}):[/] {legend}")
        seen = {}
        for mention in mentions:
            seen.setdefault((mention.name, mention.type), 0)
            seen[(mention.name, mention.type)] += 1
        for (name, kind), count in seen.items():
            out.print(f"  [{ENTITY_STYLES.get(kind, 'bold')}]{kind}[/] {escape(name)}" + (f" ×{count}" if count > 1 else ""))
    if removed is not None and raw is not None:
        out.print()
        out.print(f"[dim]removed by cleaning ({len(removed)} lines):[/]")
        for span in removed:
            out.print(f"  [dim]{escape(span['reason'])}:[/] {escape(raw[span['start']:span['end']])}")


def entity_list(rows) -> None:
    if not rows:
        out.print("no entities yet (ingest some Arabic articles first)")
        return
    table = Table("id", "type", "name", "mentions", "seen", "also written", box=None)
    for row in rows:
        others = ", ".join(name for name, _ in row.aliases if name != row.name)[:80]
        seen = f"{row.first_seen} … {row.last_seen}" if row.first_seen else ""
        table.add_row(str(row.id), f"[{ENTITY_STYLES.get(row.type, 'bold')}]{row.type}[/]", escape(row.name),
                      str(row.mention_count), seen, escape(others))
    out.print(table)


def entity_detail(detail) -> None:
    entity = detail.entity
    out.print(f"[{ENTITY_STYLES.get(entity.type, 'bold')}]{entity.type}[/] [bold]{escape(entity.name)}[/]  "
              f"[dim]#{entity.id} · {entity.mention_count} mentions · {entity.first_seen or '?'} … {entity.last_seen or '?'}[/]")
    out.print("[dim]written as:[/] " + "، ".join(f"{escape(n)} ({c})" for n, c in entity.aliases))
    if detail.roles:
        out.print("[dim]roles:[/]")
        for title, first, last, times in detail.roles:
            span = first if first == last else f"{first} … {last}"
            out.print(f"  {escape(title)} [dim]({span}, {times}×)[/]")
    if detail.timeline:
        out.print("[dim]mentions per day:[/]")
        peak = max(count for _, count in detail.timeline)
        for day, count in detail.timeline[-30:]:
            out.print(f"  {day} {'█' * max(1, round(20 * count / peak))} {count}")
    if detail.cooccurring:
        out.print("[dim]appears with:[/] " + "، ".join(f"{escape(n)} ({c})" for _, n, _, c in detail.cooccurring))
    out.print("[dim]articles:[/]")
    for article_id, title, outlet, published, count in detail.articles:
        meta = " · ".join(part for part in (outlet, published) if part)
        out.print(f"  [bold cyan]#{article_id}[/] {escape(title or '(no title)')} [dim]{escape(meta)} · {count}×[/]")


def ner_score(score) -> None:
    table = Table("type", "precision", "recall", "F1", "gold", "predicted", box=None)
    for kind, item in sorted(score.per_type.items()):
        table.add_row(kind, f"{item.precision:.1%}", f"{item.recall:.1%}", f"{item.f1:.1%}", str(item.support),
                      str(item.predicted))
    micro = score.micro
    table.add_row("[bold]all[/]", f"{micro.precision:.1%}", f"{micro.recall:.1%}", f"[bold]{micro.f1:.1%}[/]",
                  str(micro.support), str(micro.predicted))
    out.print(table)
    out.print(f"{score.words:,} words in {score.sentences:,} sentences, {score.words_per_second:,.0f} words/s")


def stats(data: dict) -> None:
    out.print(f"[bold]{escape(data['database'])}[/]")
    out.print(
        f"{data['articles']} articles from {data['documents']} documents, {data['outlets']} outlets, "
        f"{data.get('mentions', 0)} entity mentions, "
        f"{data['failures']} failed inputs, {data['raw_bytes'] / 1048576:.1f} MiB raw"
    )
    if data["published_first"]:
        out.print(f"published {data['published_first']} … {data['published_last']}")
    if data["by_outlet"]:
        table = Table("outlet", "articles", box=None)
        for name, count in data["by_outlet"].items():
            table.add_row(escape(name), str(count))
        out.print(table)
