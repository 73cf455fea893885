"""The store: one interface, SQLite by default; only this package talks to a database."""

from __future__ import annotations

from pathlib import Path

from ..errors import StoreError
from .base import Store
from .event_records import EventFilters, EventGroup, EventRecord
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
from .sqlite import SQLiteStore

__all__ = [
    "ArticleRecord", "EntityDetail", "EntityRecord", "MentionRecord", "SQLiteStore", "SaveResult", "SearchFilters", "SearchHit", "Store", "StoredFailure",
    "open_store", "ArticleSummary", "OutletRecord", "QuotationRecord",
    "EventFilters", "EventGroup", "EventRecord",
]


def open_store(location: str | Path) -> Store:
    """Open (and migrate) the store at ``location``: a SQLite path, or ``:memory:``."""
    text = str(location)
    if text.startswith(("postgresql://", "postgres://")):
        raise StoreError("PostgreSQL stores are not available in this version of rasd; use a SQLite path")
    store = SQLiteStore(text)
    store.migrate()
    return store
