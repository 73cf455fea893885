"""Exports users open in pandas or a spreadsheet: JSON lines, CSV, Parquet."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import IO

import pyarrow as pa
import pyarrow.parquet as pq

from .errors import ExportError
from .store.records import ArticleRecord

FORMATS = ("jsonl", "csv", "parquet")
ARTICLE_COLUMNS = (
    "id", "origin", "outlet", "title", "published", "language", "text", "url", "author",
    "document_id", "content_hash", "encoding", "cleaner", "media_type", "fetched_at", "ingested_at",
)
MENTION_COLUMNS = (
    "id", "article_id", "origin", "start", "end", "surface", "name", "type", "entity_id", "entity_name",
)
QUOTATION_COLUMNS = (
    "id", "article_id", "origin", "start", "end", "kind", "cue", "speaker_name", "speaker_entity_id",
    "speaker_entity_name", "text", "outlet", "published",
)
EVENT_COLUMNS = (
    "id", "article_id", "origin", "outlet", "published", "type", "mode", "source_name", "source_entity_id",
    "target_name", "target_entity_id", "location_name", "location_entity_id", "date", "date_text", "trigger",
    "start", "end", "sentence", "confidence",
)
STORY_COLUMNS = (
    "id", "label", "first_seen", "last_seen", "articles", "outlets", "independent_outlets", "top_entities", "article_ids",
)
ENTITY_COLUMNS = ("id", "name", "type", "mention_count", "first_seen", "last_seen", "aliases", "wikidata_id")
_PARQUET_BATCH = 1000


def article_row(record: ArticleRecord) -> dict:
    """One article as an export row, columns in ``ARTICLE_COLUMNS`` order."""
    data = record.as_dict()
    return {column: data[column] for column in ARTICLE_COLUMNS}


def export_rows(rows: Iterable[dict], columns: tuple[str, ...], fmt: str, out: str | Path | IO[str]) -> int:
    """Write rows in ``fmt`` to a path (or, for text formats, an open stream); return how many."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    if fmt == "parquet":
        if not isinstance(out, (str, Path)) or str(out) == "-":
            raise ExportError("Parquet is binary: give a file with --output, e.g. --output articles.parquet")
        return _write_parquet(rows, columns, Path(out))
    if isinstance(out, (str, Path)):
        with open(out, "w", encoding="utf-8", newline="") as handle:
            return _write_text(rows, columns, fmt, handle)
    return _write_text(rows, columns, fmt, out)


def _write_text(rows: Iterable[dict], columns: tuple[str, ...], fmt: str, handle: IO[str]) -> int:
    count = 0
    if fmt == "csv":
        # A BOM-less UTF-8 CSV with a header; spreadsheets that need a BOM can import it as UTF-8.
        writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
            count += 1
        return count
    for row in rows:
        handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


# Integer columns of any export; everything else is a string, so empty and partly-null batches agree.
_INTEGER_COLUMNS = {
    "id", "document_id", "article_id", "start", "end", "speaker_entity_id", "source_entity_id", "target_entity_id",
    "entity_id", "mention_count", "location_entity_id", "duplicate_group", "group_articles", "group_outlets",
    "articles", "independent_outlets",
}
# Probabilities (0 to 1), kept as numbers so a filter in pandas needs no conversion.
_FLOAT_COLUMNS = {"confidence"}


def _write_parquet(rows: Iterable[dict], columns: tuple[str, ...], path: Path) -> int:
    schema = pa.schema([(name, _parquet_type(name)) for name in columns])
    count = 0
    batch: list[dict] = []
    with pq.ParquetWriter(str(path), schema) as writer:
        for row in rows:
            batch.append({column: row.get(column) for column in columns})
            if len(batch) >= _PARQUET_BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count += len(batch)
                batch = []
        writer.write_table(pa.Table.from_pylist(batch, schema=schema))
        count += len(batch)
    return count


def _parquet_type(column: str) -> pa.DataType:
    if column in _INTEGER_COLUMNS:
        return pa.int64()
    if column in _FLOAT_COLUMNS:
        return pa.float64()
    return pa.string()
