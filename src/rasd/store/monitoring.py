"""The store interface of the monitoring stages: watched feeds and near-duplicate groups.

Declared apart from ``base.Store`` (which inherits it) so each backend implements them in mixins of their own.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import asdict, dataclass


@dataclass(slots=True)
class FeedRecord:
    """A watched feed with its HTTP state and what it brought in."""

    id: int
    url: str
    outlet: str | None
    title: str | None
    etag: str | None
    last_modified: str | None
    added_at: str
    last_checked: str | None
    last_success: str | None
    last_error: str | None
    last_error_at: str | None
    failures: int
    next_check: str | None
    articles: int = 0
    failed_items: int = 0

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(slots=True)
class DuplicateGroup:
    """A near-duplicate group: its id (smallest article id), how many articles and outlets ran it."""

    group_id: int
    articles: int
    outlets: int
    title: str | None = None
    first_published: str | None = None
    last_published: str | None = None

    def as_dict(self) -> dict:
        return asdict(self)


class FeedStore(ABC):
    """Feed state and the item pages seen, so a restarted watcher repeats no request."""

    @abstractmethod
    def add_feed(self, url: str, outlet: str | None = None) -> FeedRecord:
        """Start watching ``url`` (or return it when already watched); a given outlet name replaces the old one."""

    @abstractmethod
    def feed(self, url: str) -> FeedRecord | None:
        """One watched feed, or None."""

    @abstractmethod
    def feeds(self) -> list[FeedRecord]:
        """Every watched feed with its article and failed-page counts."""

    @abstractmethod
    def record_feed_success(
        self, feed_id: int, title: str | None, etag: str | None, last_modified: str | None, note: str | None = None
    ) -> None:
        """A fetch that worked: validators kept, failures and backoff cleared, an optional warning kept as error."""

    @abstractmethod
    def record_feed_failure(self, feed_id: int, error: str, next_check: str) -> int:
        """A failed fetch: error kept, failure counted, next try put off; returns the failures in a row."""

    @abstractmethod
    def pending_item_urls(self, urls: Iterable[str], max_attempts: int) -> list[str]:
        """The URLs still to fetch: never seen, or failed transiently fewer than ``max_attempts`` times."""

    @abstractmethod
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


class DuplicateStore(ABC):
    """Near-duplicate groups, kept up to date as articles are saved."""

    @abstractmethod
    def index_near_duplicates(self) -> int:
        """Group stored articles that have no signature yet; return how many."""

    @abstractmethod
    def duplicate_groups(self, article_ids: Iterable[int]) -> dict[int, DuplicateGroup]:
        """The group of each article (an article without copies is a group of one)."""

    @abstractmethod
    def duplicate_group_list(self, min_articles: int = 2, limit: int = 50) -> list[DuplicateGroup]:
        """Groups with at least ``min_articles`` articles, those run by most outlets first."""

    @abstractmethod
    def duplicate_group_members(self, group_id: int) -> list[tuple[int, str | None, str | None, str | None]]:
        """(article id, outlet, title, published) of every article in a group."""
