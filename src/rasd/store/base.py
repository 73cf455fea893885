"""The store interface every backend implements (SQLite now, PostgreSQL later)."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager

from ..clean.article import Article
from ..ingest.document import InputFailure, RawDocument
from .event_records import EventFilters, EventGroup, EventRecord
from .monitoring import DuplicateStore, FeedStore
from .prepared import Prepared
from .records import (
    ArticleRecord,
    ArticleSummary,
    EntityDetail,
    EntityRecord,
    MentionRecord,
    OutletRecord,
    QuotationRecord,
    SaveResult,
    SearchFilters,
    SearchHit,
    StoredFailure,
)
from .story_records import StoryStore


class Store(FeedStore, DuplicateStore, StoryStore, ABC):
    """Documents, articles and everything derived from them; the only code that talks to a database."""

    location: str
    # Whether workers should also build this store's own search-index row (``store.prepared``).
    search_rows: bool = False

    @abstractmethod
    def migrate(self) -> list[str]:
        """Apply pending named migrations; return the names applied."""

    @abstractmethod
    def applied_migrations(self) -> list[str]:
        """Names of the migrations recorded in the database, in order."""

    @abstractmethod
    def transaction(self) -> AbstractContextManager[None]:
        """Group writes: all of them land, or none (on error or interruption)."""

    @abstractmethod
    def find_document(self, content_hash: str) -> int | None:
        """The id of the stored document with these bytes, if any."""

    @abstractmethod
    def save(self, document: RawDocument, article: Article, prepared: Prepared | None = None) -> SaveResult:
        """Store a document and its article, unless the same bytes are already stored (``prepared``: what
        ``store.prepared.prepare`` derives from the article, when it was computed with it)."""

    @abstractmethod
    def record_failure(self, failure: InputFailure) -> None:
        """Remember an input that could not be read."""

    @abstractmethod
    def failures(self, limit: int = 100) -> list[StoredFailure]:
        """The most recent failures."""

    @abstractmethod
    def iter_documents(self) -> Iterator[tuple[int, RawDocument]]:
        """Every stored document with its raw bytes, for reprocessing."""

    @abstractmethod
    def replace_article(self, document_id: int, article: Article, prepared: Prepared | None = None) -> int:
        """Store a new cleaning of a document in place of the old one; return the article id."""

    @abstractmethod
    def article(self, article_id: int) -> ArticleRecord:
        """One article; raise NotFoundError when there is none with that id."""

    @abstractmethod
    def raw_text(self, article_id: int) -> tuple[str, list[dict]]:
        """The decoded raw text of an article's document and what cleaning removed from it."""

    @abstractmethod
    def mentions(self, article_id: int) -> list[MentionRecord]:
        """The entity mentions of one article, in text order."""

    @abstractmethod
    def iter_mentions(self, filters: SearchFilters | None = None) -> Iterator[MentionRecord]:
        """Every mention, optionally only those of articles matching the filters."""

    @abstractmethod
    def relink(self) -> int:
        """Rebuild every entity from the stored mentions; return how many entities there are."""

    @abstractmethod
    def entities(self, kind: str | None = None, limit: int = 50, offset: int = 0) -> list[EntityRecord]:
        """Entities by number of mentions, optionally of one type."""

    @abstractmethod
    def find_entity(self, name_or_id: str) -> int:
        """An entity's id from its id, name or any alias; raise NotFoundError when unknown."""

    @abstractmethod
    def entity(self, entity_id: int, limit: int = 20) -> EntityDetail:
        """One entity with aliases, mentions per day, co-occurring entities and articles."""

    @abstractmethod
    def roles_overview(self) -> list[dict]:
        """Every title with its origin, offsets, role key and the entity it resolved to."""

    @abstractmethod
    def import_kb(self, items: Iterable) -> None:
        """Store knowledge-base items (``entities.wikidata.KbItem``), replacing earlier imports of the same ids."""

    @abstractmethod
    def kb_missing_offices(self) -> set[str]:
        """QIDs of offices people held whose own item was not imported."""

    @abstractmethod
    def kb_counts(self) -> dict[str, int]:
        """Imported items by kind, and offices held."""

    @abstractmethod
    def quotations(self, speaker: str | None = None, filters: SearchFilters | None = None, limit: int = 50,
                   offset: int = 0, kind: str | None = None) -> list[QuotationRecord]:
        """Quotations, newest first; ``speaker`` is an entity (id or any name) or a description as written;
        ``kind`` is direct or indirect."""

    @abstractmethod
    def article_quotations(self, article_id: int) -> list[QuotationRecord]:
        """One article's quotations in the order of its text."""

    @abstractmethod
    def iter_quotations(self, filters: SearchFilters | None = None, speaker: str | None = None
                        ) -> Iterator[QuotationRecord]:
        """Every quotation in id order, optionally filtered (for exports)."""

    @abstractmethod
    def iter_events(self, filters: EventFilters | None = None) -> Iterator[EventRecord]:
        """Every stored event (one report in one article), optionally filtered."""

    @abstractmethod
    def event_groups(self, filters: EventFilters | None = None, limit: int = 50, offset: int = 0) -> list[EventGroup]:
        """Events counted once across the articles that report them, with reports and outlets."""

    @abstractmethod
    def event_reports(self, filters: EventFilters | None = None, limit: int = 50, offset: int = 0) -> list[EventRecord]:
        """Single reports (one event in one article), newest first."""

    @abstractmethod
    def article_events(self, article_id: int) -> list[EventRecord]:
        """The events of one article, in text order."""

    @abstractmethod
    def iter_articles(self, filters: SearchFilters | None = None) -> Iterator[ArticleRecord]:
        """Articles in id order, optionally filtered."""

    @abstractmethod
    def search(self, query: str, filters: SearchFilters | None = None, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        """Ranked full-text search over normalised text; raise SearchQueryError on a bad query."""

    @abstractmethod
    def stats(self) -> dict:
        """Counts for a summary: documents, articles, outlets, failures, date range, per outlet."""

    # -- browsing (the web UI and API) ----------------------------------------------------------

    @abstractmethod
    def time_limit(self, seconds: float | None) -> AbstractContextManager[None]:
        """Stop any query that runs past ``seconds`` inside the block, raising QueryTimeoutError."""

    @abstractmethod
    def article_list(self, filters: SearchFilters | None = None, entity_id: int | None = None,
                     limit: int = 20, offset: int = 0) -> list[ArticleSummary]:
        """Articles newest first, optionally filtered, optionally only those mentioning one entity."""

    @abstractmethod
    def article_offsets(self, article_id: int) -> list[list[int]]:
        """Rows of (clean start, raw start, length) mapping an article's text to its raw text."""

    @abstractmethod
    def outlets(self, limit: int = 50, offset: int = 0, dates: bool = True) -> list[OutletRecord]:
        """Outlets with article counts (and their date ranges unless ``dates`` is False), largest first."""

    @abstractmethod
    def latest_published(self) -> str | None:
        """The most recent publication date stored."""

    @abstractmethod
    def entity_record(self, entity_id: int) -> EntityRecord:
        """One entity without its neighbours and timeline; raise NotFoundError when unknown."""

    @abstractmethod
    def top_entities(self, since: str, until: str | None = None, kind: str | None = None,
                     limit: int = 20) -> list[tuple[EntityRecord, int]]:
        """Entities most mentioned in articles published in [since, until], with that count."""

    @abstractmethod
    def close(self) -> None:
        """Release the connection."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
