"""Watched feeds and the item pages seen in them, for the SQLite store (a mixin of ``SQLiteStore``).

Kept in the store, not in memory, so a restarted watcher sends the same conditional GETs, waits out
the same backoff and fetches no item page twice.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..ingest.document import utc_now
from .monitoring import FeedRecord

# Item states that mean "never fetch this page again"; others are retried up to a number of attempts.
FINAL_ITEM_STATES = ("stored", "duplicate", "gone", "unreadable")
_FEED_COLUMNS = (
    "f.id, f.url, f.outlet, f.title, f.etag, f.last_modified, f.added_at, f.last_checked, f.last_success,"
    " f.last_error, f.last_error_at, f.failures, f.next_check"
)


class SQLiteFeeds:
    """Feed state and seen items; expects ``self._db`` and ``self.transaction`` from the store."""

    def add_feed(self, url: str, outlet: str | None = None) -> FeedRecord:
        """Start watching ``url`` (or return it when already watched); a given outlet name replaces the old one."""
        with self.transaction():
            self._db.execute(
                "INSERT INTO feeds (url, outlet, added_at) VALUES (?, ?, ?)"
                " ON CONFLICT (url) DO UPDATE SET outlet = COALESCE(excluded.outlet, feeds.outlet)",
                (url, outlet, utc_now()),
            )
        return self.feed(url)

    def feed(self, url: str) -> FeedRecord | None:
        row = self._db.execute(f"SELECT {_FEED_COLUMNS} FROM feeds f WHERE f.url = ?", (url,)).fetchone()
        return self._feed_record(row) if row else None

    def feeds(self) -> list[FeedRecord]:
        rows = self._db.execute(f"SELECT {_FEED_COLUMNS} FROM feeds f ORDER BY f.id").fetchall()
        return [self._feed_record(row) for row in rows]

    def _feed_record(self, row: tuple) -> FeedRecord:
        counts = dict(
            self._db.execute("SELECT status, COUNT(*) FROM feed_items WHERE feed_id = ? GROUP BY status", (row[0],))
        )
        return FeedRecord(*row, articles=counts.get("stored", 0), failed_items=counts.get("failed", 0))

    def record_feed_success(
        self, feed_id: int, title: str | None, etag: str | None, last_modified: str | None, note: str | None = None
    ) -> None:
        """A fetch that worked (200 or 304): validators kept for the next conditional GET, backoff cleared."""
        now = utc_now()
        with self.transaction():
            self._db.execute(
                "UPDATE feeds SET title = COALESCE(?, title), etag = COALESCE(?, etag),"
                " last_modified = COALESCE(?, last_modified), last_checked = ?, last_success = ?, failures = 0,"
                " next_check = NULL, last_error = COALESCE(?, last_error), last_error_at = CASE WHEN ? IS NULL"
                " THEN last_error_at ELSE ? END WHERE id = ?",
                (title, etag, last_modified, now, now, note, note, now, feed_id),
            )

    def record_feed_failure(self, feed_id: int, error: str, next_check: str) -> int:
        """A failed fetch: the error kept, the failure counted, the next try put off; returns the failure count."""
        now = utc_now()
        with self.transaction():
            self._db.execute(
                "UPDATE feeds SET last_checked = ?, last_error = ?, last_error_at = ?, failures = failures + 1,"
                " next_check = ? WHERE id = ?",
                (now, error, now, next_check, feed_id),
            )
        return self._db.execute("SELECT failures FROM feeds WHERE id = ?", (feed_id,)).fetchone()[0]

    def pending_item_urls(self, urls: Iterable[str], max_attempts: int) -> list[str]:
        """The URLs among ``urls`` still to fetch: never seen, or failed fewer than ``max_attempts`` times."""
        wanted = list(dict.fromkeys(urls))
        done: set[str] = set()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            done.update(
                url
                for url, status, attempts in self._db.execute(
                    f"SELECT url, status, attempts FROM feed_items WHERE url IN ({','.join('?' * len(chunk))})", chunk
                )
                if status in FINAL_ITEM_STATES or attempts >= max_attempts
            )
        return [url for url in wanted if url not in done]

    def record_item(
        self,
        url: str,
        feed_id: int,
        guid: str | None,
        status: str,
        document_id: int | None = None,
        error: str | None = None,
    ) -> None:
        """Remember what fetching one item page gave; each call counts one attempt."""
        now = utc_now()
        with self.transaction():
            self._db.execute(
                "INSERT INTO feed_items (url, feed_id, guid, status, attempts, document_id, first_seen, last_attempt,"
                " error) VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET status = excluded.status,"
                " attempts = feed_items.attempts + 1, document_id = COALESCE(excluded.document_id,"
                " feed_items.document_id), last_attempt = excluded.last_attempt, error = excluded.error",
                (url, feed_id, guid, status, document_id, now, now, error),
            )
