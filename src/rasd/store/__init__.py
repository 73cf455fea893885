"""The store: one interface, SQLite by default; only this package talks to a database."""

from __future__ import annotations

from pathlib import Path

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
    """Open (and migrate) the store at ``location``: a SQLite path, ``:memory:``, or a ``postgresql://`` URL."""
    text = str(location)
    if text.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresStore  # psycopg is loaded only by those who use a server

        store: Store = PostgresStore(text)
    else:
        store = SQLiteStore(text)
    try:
        store.migrate()
    except BaseException:
        store.close()
        raise
    return store
