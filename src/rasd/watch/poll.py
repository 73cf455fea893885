"""One pass over the watched feeds, and the loop that repeats it.

A feed is fetched with a conditional GET; each item page not seen before is fetched and handed to the
same ingest path as files (``workflow.ingest_documents``: raw bytes kept, cleaned, annotated, stored).
A feed that fails is logged in one line, recorded, and put off with exponential backoff; the others go on.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from ..errors import FetchError
from ..ingest.document import HTML, TEXT, InputFailure, RawDocument, utc_now
from ..store.base import Store
from ..workflow import DUPLICATE, NEW, ingest_documents
from .feeds import FeedItem, parse_feed
from .http import Fetcher, FetchOptions
from .sources import FeedSource

Log = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class WatchOptions:
    fetch: FetchOptions = field(default_factory=FetchOptions)
    backoff_base: float = 600.0  # seconds to wait after a feed's first failure; doubled after each further one
    backoff_max: float = 6 * 3600.0
    max_items: int = 100  # item pages fetched per feed and pass; the rest wait for the next pass
    max_attempts: int = 3  # an item page that keeps failing transiently is given up after this many tries
    commit_every: int = 10  # fetched pages stored per transaction
    annotate: bool = True


@dataclass(slots=True)
class FeedReport:
    """What one feed gave in one pass: ``status`` is ok, not-modified, failed or waiting."""

    url: str
    status: str
    new: int = 0
    duplicates: int = 0
    failed: int = 0
    message: str | None = None


@dataclass(slots=True)
class PassReport:
    feeds: list[FeedReport] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {
            "feeds": len(self.feeds),
            "failed_feeds": sum(1 for feed in self.feeds if feed.status == "failed"),
            "new": sum(feed.new for feed in self.feeds),
            "duplicate": sum(feed.duplicates for feed in self.feeds),
            "failed_items": sum(feed.failed for feed in self.feeds),
        }


def later(seconds: float) -> str:
    """An ISO UTC time ``seconds`` from now, in the store's format (so times compare as strings)."""
    return (datetime.now(timezone.utc) + timedelta(seconds=seconds)).replace(microsecond=0).isoformat()


class Watcher:
    """Polls feeds into a store; ``log`` hears one line per feed and per failed item page."""

    def __init__(self, store: Store, options: WatchOptions | None = None, log: Log | None = None) -> None:
        self.store = store
        self.options = options or WatchOptions()
        self.fetcher = Fetcher(self.options.fetch)
        self._log = log or (lambda line: None)

    def add(self, sources: list[FeedSource]) -> list[str]:
        """Record the feeds to watch (kept in the store); return their URLs."""
        return [self.store.add_feed(source.url, source.outlet).url for source in sources]

    def poll(self, urls: list[str]) -> PassReport:
        """Check each feed once, in order; never raises for a feed or page that fails."""
        return PassReport([self._poll_feed(url) for url in urls])

    def run(self, urls: list[str], interval: float, stop: threading.Event | None = None) -> Iterator[PassReport]:
        """Poll every ``interval`` seconds until ``stop`` is set (or the caller stops iterating)."""
        stop = stop or threading.Event()
        while not stop.is_set():
            yield self.poll(urls)
            stop.wait(interval)

    def _poll_feed(self, url: str) -> FeedReport:
        feed = self.store.feed(url) or self.store.add_feed(url)
        if feed.next_check and feed.next_check > utc_now():
            message = f"backing off after {feed.failures} failures until {feed.next_check} ({feed.last_error})"
            self._log(f"waiting {url}: {message}")
            return FeedReport(url, "waiting", message=message)
        headers = {}
        if feed.etag:
            headers["If-None-Match"] = feed.etag
        if feed.last_modified:
            headers["If-Modified-Since"] = feed.last_modified
        try:
            response = self.fetcher.get(url, headers)
            if response.status == 304:
                self.store.record_feed_success(feed.id, None, None, None)
                self._log(f"not modified {url}")
                return FeedReport(url, "not-modified")
            parsed = parse_feed(response.content, response.url, response.headers.get("content-type"))
        except FetchError as error:
            return self._feed_failed(feed.id, feed.failures, url, str(error))
        report = FeedReport(url, "ok", message=parsed.warning)
        self._fetch_items(feed.id, feed.outlet, parsed.items[: self.options.max_items], report)
        self.store.record_feed_success(
            feed.id, parsed.title, response.headers.get("etag"), response.headers.get("last-modified"), parsed.warning
        )
        note = f" (warning: {parsed.warning})" if parsed.warning else ""
        self._log(f"ok {url}: {report.new} new, {report.duplicates} duplicate, {report.failed} failed{note}")
        return report

    def _feed_failed(self, feed_id: int, failures: int, url: str, error: str) -> FeedReport:
        wait = min(self.options.backoff_max, self.options.backoff_base * 2**failures)
        next_check = later(wait)
        count = self.store.record_feed_failure(feed_id, error, next_check)
        self._log(f"failed {url}: {error} (failure {count}; next try after {next_check})")
        return FeedReport(url, "failed", message=error)

    def _fetch_items(self, feed_id: int, outlet: str | None, items: list[FeedItem], report: FeedReport) -> None:
        by_url = {item.url: item for item in items}
        pending = self.store.pending_item_urls(by_url, self.options.max_attempts)
        documents: list[RawDocument] = []
        for url in pending:
            try:
                page = self.fetcher.get(url)
            except FetchError as error:
                self.store.record_failure(InputFailure(url, f"cannot fetch: {error}"))
                status = "failed" if error.transient else "gone"
                self.store.record_item(url, feed_id, by_url[url].guid, status, error=str(error))
                self._log(f"item failed {url}: {error}")
                report.failed += 1
                continue
            media_type = TEXT if page.headers.get("content-type", "").startswith("text/plain") else HTML
            documents.append(RawDocument(url, page.content, media_type, url=page.url, outlet=outlet))
            if len(documents) >= self.options.commit_every:
                self._store_pages(feed_id, by_url, documents, report)
                documents = []
        if documents:
            self._store_pages(feed_id, by_url, documents, report)

    def _store_pages(
        self, feed_id: int, by_url: dict[str, FeedItem], documents: list[RawDocument], report: FeedReport
    ) -> None:
        """Ingest fetched pages; the articles and the items that name them land together, so a stop loses
        at most the pages of this chunk (fetched again next time) and never stores one twice."""
        outcomes: dict[str, str] = {}
        with self.store.transaction():
            ingest_documents(
                self.store,
                documents,
                len(documents),
                lambda origin, status: outcomes.setdefault(origin, status),
                self.options.annotate,
            )
            for document in documents:
                status = {NEW: "stored", DUPLICATE: "duplicate"}.get(outcomes.get(document.origin), "unreadable")
                document_id = self.store.find_document(document.content_hash)
                error = None if document_id else "no article could be read from the page (see `rasd failures`)"
                guid = by_url[document.origin].guid
                self.store.record_item(document.origin, feed_id, guid, status, document_id, error)
                report.new += status == "stored"
                report.duplicates += status == "duplicate"
                report.failed += status == "unreadable"

    def close(self) -> None:
        self.fetcher.close()
