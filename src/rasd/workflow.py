"""Whole jobs over a store: ingest inputs, reprocess stored documents.

The per-article work (``pipeline.process``) is pure; this module feeds it and
hands the results to the store, one writer, in batches, so an interrupted
run leaves every finished batch stored and nothing half-written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import BinaryIO

from .errors import InputError
from .ingest.document import InputFailure, RawDocument
from .ingest.sources import SourceOptions, iter_inputs
from .pipeline import process
from .store.base import Store

# What a progress callback hears about each input: its origin and "new", "duplicate" or "failed".
Progress = Callable[[str, str], None]
NEW, DUPLICATE, FAILED, UPDATED = "new", "duplicate", "failed", "updated"


@dataclass(slots=True)
class Duplicate:
    origin: str
    document_id: int


@dataclass(slots=True)
class IngestReport:
    """What one ingest did; ``ok`` is False when any input failed."""

    new: list[int] = field(default_factory=list)  # article ids
    duplicates: list[Duplicate] = field(default_factory=list)
    failures: list[InputFailure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures

    def counts(self) -> dict[str, int]:
        return {"new": len(self.new), "duplicate": len(self.duplicates), "failed": len(self.failures)}


def ingest(
    store: Store,
    paths: Iterable[str],
    options: SourceOptions | None = None,
    stdin: BinaryIO | None = None,
    batch_size: int = 200,
    progress: Progress | None = None,
    annotate: bool = True,
) -> IngestReport:
    """Read, clean, annotate and store every input under ``paths``; bad inputs are reported, never raised.

    ``annotate=False`` stores clean articles without entity mentions (cleaning-only runs, benchmarks).
    """
    return ingest_documents(store, iter_inputs(paths, options or SourceOptions(), stdin), batch_size, progress, annotate)


def ingest_documents(
    store: Store,
    items: Iterable[RawDocument | InputFailure],
    batch_size: int = 200,
    progress: Progress | None = None,
    annotate: bool = True,
) -> IngestReport:
    """Clean, annotate and store raw documents from any source (files, feeds); failures are recorded, never raised."""
    report = IngestReport()
    notify = progress or (lambda origin, status: None)
    batch: list[RawDocument | InputFailure] = []
    for item in items:
        batch.append(item)
        if len(batch) >= batch_size:
            _ingest_batch(store, batch, report, notify, annotate)
            batch = []
    if batch:
        _ingest_batch(store, batch, report, notify, annotate)
    return report


def _ingest_batch(store: Store, batch: list, report: IngestReport, notify: Progress, annotate: bool) -> None:
    done = IngestReport()
    outcomes: list[tuple[str, str]] = []
    with store.transaction():
        for item in batch:
            if isinstance(item, InputFailure):
                failure = item
            else:
                existing = store.find_document(item.content_hash)
                if existing is not None:
                    done.duplicates.append(Duplicate(item.origin, existing))
                    outcomes.append((item.origin, DUPLICATE))
                    continue
                try:
                    article = process(item, annotate)
                except InputError as error:
                    failure = InputFailure(item.origin, str(error), item.content_hash)
                else:
                    saved = store.save(item, article)
                    done.new.append(saved.article_id)
                    outcomes.append((item.origin, NEW))
                    continue
            store.record_failure(failure)
            done.failures.append(failure)
            outcomes.append((failure.origin, FAILED))
    # Counted and told only once the batch is committed, so the report never claims what a stop undid.
    report.new += done.new
    report.duplicates += done.duplicates
    report.failures += done.failures
    for origin, status in outcomes:
        notify(origin, status)


@dataclass(slots=True)
class ReprocessReport:
    updated: int = 0
    failures: list[InputFailure] = field(default_factory=list)


def reprocess(store: Store, batch_size: int = 200, progress: Progress | None = None) -> ReprocessReport:
    """Clean every stored document again from its raw bytes; a document that now fails keeps its old article."""
    report = ReprocessReport()
    notify = progress or (lambda origin, status: None)
    pending: list[tuple[int, RawDocument]] = []

    def flush() -> None:
        outcomes = []
        with store.transaction():
            for document_id, document in pending:
                try:
                    article = process(document)
                except InputError as error:
                    report.failures.append(InputFailure(document.origin, str(error), document.content_hash))
                    outcomes.append((document.origin, FAILED))
                    continue
                store.replace_article(document_id, article)
                report.updated += 1
                outcomes.append((document.origin, UPDATED))
        pending.clear()
        for origin, status in outcomes:
            notify(origin, status)

    # Documents are read a page at a time and never rewritten, so paging while replacing articles is safe.
    for document_id, document in store.iter_documents():
        pending.append((document_id, document))
        if len(pending) >= batch_size:
            flush()
    if pending:
        flush()
    # Entities are a function of all mentions; the replaced articles' links are rebuilt in one pass.
    store.relink()
    return report
