"""How the CLI shows things to people: rich text for terminals, JSON for programs."""

from __future__ import annotations

import json
import sys
from collections import Counter
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


def ingest_summary(report: IngestReport, database: str, skipped: Counter[str] | None = None) -> None:
    """What an ingest stored, found stored already, and could not read; ``skipped``: files in the folders
    given that were left unread for their suffix, counted by suffix."""
    counts = report.counts()
    out.print(
        f"[bold]{counts['new']}[/] new, [bold]{counts['duplicate']}[/] duplicate, "
        f"[bold]{counts['failed']}[/] failed → {escape(database)}"
    )
    if skipped:
        kinds = ", ".join(f"{suffix or 'no suffix'}: {count}" for suffix, count in sorted(skipped.items()))
        count = skipped.total()
        out.print(f"  skipped {count} file{'' if count == 1 else 's'} of other kinds ({escape(kinds)}); "
                  "rasd reads .txt, .html, .json and .jsonl")
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
    if entity.wikidata_id:
        out.print(f"[dim]wikidata:[/] {escape(entity.wikidata_id)}")
    if detail.offices:
        out.print("[dim]offices held (knowledge base):[/]")
        for office, start, end in detail.offices:
            out.print(f"  {escape(office)} [dim]({start or '?'} … {end or 'now'})[/]")
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
    if getattr(detail, "quotations", None):
        out.print("[dim]said:[/]")
        quotation_list(detail.quotations, speaker=False)
    for role, label in (("as_source", "events as source"), ("as_target", "events as target")):
        if detail.events.get(role):
            out.print(f"[dim]{label}:[/]")
            for event in detail.events[role]:
                out.print("  " + event_line(event))
    out.print("[dim]articles:[/]")
    for article_id, title, outlet, published, count in detail.articles:
        meta = " · ".join(part for part in (outlet, published) if part)
        out.print(f"  [bold cyan]#{article_id}[/] {escape(title or '(no title)')} [dim]{escape(meta)} · {count}×[/]")


def quotation_list(rows, speaker: bool = True) -> None:
    """Quotations: who, where and when, then the words (direct ones between «»)."""
    if not rows:
        out.print("no quotations (ingest Arabic articles, or widen the filters)")
        return
    for row in rows:
        who = row.speaker_entity_name or row.speaker_name or "(speaker unknown)"
        meta = " · ".join(part for part in (row.outlet, row.published, f"#{row.article_id}") if part)
        words = f"«{row.text}»" if row.kind == "direct" else row.text
        lead = f"  [bold magenta]{escape(who)}[/] [dim]{escape(row.cue or '')}[/]" if speaker else " "
        out.print(f"{lead} {escape(words)} [dim]({escape(meta)})[/]")


def quotation_score(score) -> None:
    data = score.as_dict()
    table = Table("", "precision", "recall", "F1", "detection F1", "gold", "predicted", box=None)
    for kind, item in data["per_kind"].items():
        table.add_row(kind, f"{item['precision']:.1%}", f"{item['recall']:.1%}", f"{item['f1']:.1%}",
                      f"{item['detection']['f1']:.1%}", str(item["gold"]), str(item["predicted"]))
    table.add_row("[bold]all[/]", f"{data['precision']:.1%}", f"{data['recall']:.1%}", f"[bold]{data['f1']:.1%}[/]",
                  f"{data['detection_f1']:.1%}", str(data["gold"]), str(data["predicted"]))
    out.print("span + speaker (precision, recall, F1) and span alone (detection F1):")
    out.print(table)
    for doc in data["docs"]:
        flag = "" if doc["sha1_ok"] else " [yellow](text differs from the one annotated: check the offsets)[/]"
        out.print(f"{escape(doc['doc'])}: F1 {doc['f1']:.1%}, detection F1 {doc['detection']['f1']:.1%}{flag}")


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
    if score.context > 1:
        out.print(f"names repeated across up to {score.context} consecutive sentences (--context 1: each alone)")


def stats(data: dict) -> None:
    out.print(f"[bold]{escape(data['database'])}[/]")
    out.print(
        f"{data['articles']} articles from {data['documents']} documents, {data['outlets']} outlets, "
        f"{data.get('mentions', 0)} entity mentions, "
        f"{data.get('quotations', 0)} quotations, "
        f"{data['failures']} failed inputs, {data['raw_bytes'] / 1048576:.1f} MiB raw"
    )
    if data["published_first"]:
        out.print(f"published {data['published_first']} … {data['published_last']}")
    if data["by_outlet"]:
        table = Table("outlet", "articles", box=None)
        for name, count in data["by_outlet"].items():
            table.add_row(escape(name), str(count))
        out.print(table)


def event_line(event) -> str:
    """One event in a line: date, type and mode, who → whom, where, the article, and how likely it is right."""
    who = escape(event.source_name or "?")
    whom = escape(event.target_name or "-")
    where = f" @ {escape(event.location_name)}" if event.location_name else ""
    when = event.date or event.date_text or event.published or "?"
    mode = "" if event.mode == "happened" else f" ({event.mode})"
    return (f"{escape(when)} [bold]{event.type}[/]{mode} {who} → {whom}{where} "
            f"[dim]«{escape(event.trigger)}» #{event.article_id}{confidence_mark(event.confidence)}[/]")


def confidence_mark(confidence: float | None) -> str:
    """`` p=0.82`` for an event's confidence; nothing for an event stored unscored."""
    return "" if confidence is None else f" p={confidence:.2f}"


def event_groups(groups) -> None:
    if not groups:
        out.print("no events (ingest or reprocess some Arabic articles first)")
        return
    for group in groups:
        out.print(event_line(group.event) + f" [cyan]{group.outlets} outlet(s), {group.reports} report(s)[/]")
        out.print(f"    [dim]{escape(group.event.sentence[:160])}[/]")


def event_score(score) -> None:
    table = Table("type", "precision", "recall", "F1", "gold", "predicted", box=None)
    for kind, item in sorted(score.per_type.items()):
        table.add_row(kind, f"{item.precision:.1%}", f"{item.recall:.1%}", f"{item.f1:.1%}", str(item.support),
                      str(item.predicted))
    micro = score.micro
    table.add_row("[bold]all[/]", f"{micro.precision:.1%}", f"{micro.recall:.1%}", f"[bold]{micro.f1:.1%}[/]",
                  str(micro.support), str(micro.predicted))
    out.print(table)
    out.print(f"on {score.matched} matched events: mode {score.mode_accuracy:.1%}, "
              f"place {score.location_accuracy:.1%}, date {score.date_accuracy:.1%}; {score.articles} articles in {score.seconds:.1f} s")
