"""Whole jobs over a store: ingest inputs, reprocess stored documents, import a knowledge base.

The per-article work (``pipeline.process``) is pure; this module feeds it and
hands the results to the store, one writer, in batches, so an interrupted
run leaves every finished batch stored and nothing half-written.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import BinaryIO

from .entities.wikidata import ReadReport, read_dump
from .ingest.document import InputFailure, RawDocument
from .ingest.sources import SourceOptions, iter_inputs
from .scale.runner import Runner, process_outcome
from .store.base import Store

# What a progress callback hears about each input: its origin and "new", "duplicate" or "failed".
Progress = Callable[[str, str], None]
NEW, DUPLICATE, FAILED, UPDATED = "new", "duplicate", "failed", "updated"
# With workers, how many batches are being processed while the writer stores one.
BATCHES_AHEAD = 2


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
    runner: Runner | None = None,
) -> IngestReport:
    """Read, clean, annotate and store every input under ``paths``; bad inputs are reported, never raised.

    ``annotate=False`` stores clean articles without entity mentions (cleaning-only runs, benchmarks).
    ``runner`` runs the per-article work elsewhere (local processes, Dask); this process stays the
    only writer and stores the outcomes in input order, so the store ends up as a serial run leaves it.
    """
    return ingest_documents(
        store, iter_inputs(paths, options or SourceOptions(), stdin), batch_size, progress, annotate, runner
    )


def ingest_documents(
    store: Store,
    items: Iterable[RawDocument | InputFailure],
    batch_size: int = 200,
    progress: Progress | None = None,
    annotate: bool = True,
    runner: Runner | None = None,
) -> IngestReport:
    """Clean, annotate and store raw documents from any source (files, feeds); failures are recorded, never raised."""
    report = IngestReport()
    notify = progress or (lambda origin, status: None)
    runner = runner or Runner()
    started = (_start_batch(store, batch, annotate, runner) for batch in _chunks(items, batch_size))
    for batch, processed in _overlapped(started, runner):
        _store_batch(store, batch, processed, report, notify, annotate)
    return report


def _overlapped(started: Iterator, runner: Runner) -> Iterator:
    """The started batches in order; with a concurrent runner ``BATCHES_AHEAD`` more batches are started
    before the caller stores each one, so the workers process while the writer writes.

    One batch ahead is not enough: the writer waits for the whole of the next batch, and while its last
    chunk is processed the other workers would have nothing to do.
    """
    if not runner.concurrent:
        yield from started
        return
    queued = deque(islice(started, BATCHES_AHEAD))
    while queued:
        current = queued.popleft()
        queued.extend(islice(started, 1))
        yield current


def _start_batch(store: Store, batch: list, annotate: bool, runner: Runner) -> tuple[list, Iterator]:
    """Send a batch's new documents to the runner; the batch and its outcomes, to be read when stored.

    Documents already stored are not processed again; the rest are processed outside the batch's
    transaction, so a slow cluster never holds the store's write lock.
    """
    known = {
        item.content_hash: store.find_document(item.content_hash) for item in batch if isinstance(item, RawDocument)
    }
    first: dict[str, RawDocument] = {}
    for item in batch:
        if isinstance(item, RawDocument) and known[item.content_hash] is None:
            first.setdefault(item.content_hash, item)
    fresh = list(first.values())
    return batch, zip((item.content_hash for item in fresh), runner.map(fresh, annotate, store.search_rows))


def _store_batch(
    store: Store, batch: list, outcomes_by_hash: Iterator, report: IngestReport, notify: Progress, annotate: bool
) -> None:
    processed = dict(outcomes_by_hash)
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
                outcome = processed.pop(item.content_hash, None)
                if outcome is None:  # stored by another writer since: process it here
                    outcome = process_outcome(item, annotate, store.search_rows)
                if outcome.article is None:
                    failure = InputFailure(item.origin, outcome.error, item.content_hash)
                else:
                    saved = store.save(item, outcome.article, outcome.prepared)
                    if saved.duplicate:
                        done.duplicates.append(Duplicate(item.origin, saved.document_id))
                        outcomes.append((item.origin, DUPLICATE))
                    else:
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


def reprocess(
    store: Store, batch_size: int = 200, progress: Progress | None = None, runner: Runner | None = None
) -> ReprocessReport:
    """Clean every stored document again from its raw bytes; a document that now fails keeps its old article."""
    report = ReprocessReport()
    notify = progress or (lambda origin, status: None)
    runner = runner or Runner()
    # Documents are read a page at a time and never rewritten, so paging while replacing articles is safe.
    started = (
        (pending, runner.map([document for _, document in pending], True, store.search_rows))
        for pending in _chunks(store.iter_documents(), batch_size)
    )
    for pending, processing in _overlapped(started, runner):
        outcomes = []
        processed = list(processing)
        with store.transaction():
            for (document_id, document), outcome in zip(pending, processed):
                if outcome.article is None:
                    report.failures.append(InputFailure(document.origin, outcome.error, document.content_hash))
                    outcomes.append((document.origin, FAILED))
                    continue
                store.replace_article(document_id, outcome.article, outcome.prepared)
                report.updated += 1
                outcomes.append((document.origin, UPDATED))
        for origin, status in outcomes:
            notify(origin, status)
    # Entities are a function of all mentions; the replaced articles' links are rebuilt in one pass.
    store.relink()
    return report


@dataclass(slots=True)
class KbImport:
    lines: int
    unreadable: int
    kept: dict[str, int]
    offices_labelled_later: int
    entities: int | None  # after relinking; None when not relinked


def import_wikidata(store: Store, path: Path, relink: bool = True, batch_size: int = 2000) -> KbImport:
    """Import a Wikidata JSON dump into the store's knowledge base, then relink the stored mentions.

    Offices people held are labelled from the items the first pass recognised as offices; offices
    it did not recognise are looked up by id in a second pass over the file.
    """
    report = ReadReport()
    for chunk in _chunks(read_dump(path, report), batch_size):
        store.import_kb(chunk)
    missing = store.kb_missing_offices()
    later = 0
    if missing:
        second = ReadReport()
        for chunk in _chunks(read_dump(path, second, wanted=frozenset(missing)), batch_size):
            store.import_kb(chunk)
            later += len(chunk)
        report.kept["OFFICE"] += later
    entities = store.relink() if relink else None
    return KbImport(report.lines, report.unreadable, report.kept, later, entities)


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
