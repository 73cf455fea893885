"""Reading for people browsing the store (the web UI and API): listings, outlets, recent
most-mentioned entities, and a time limit on any query (a mixin of ``SQLiteStore``)."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager

from ..errors import NotFoundError, QueryTimeoutError
from ..search import ParsedQuery
from ..search.terms import word_keys
from .records import ArticleSummary, EntityRecord, OutletRecord, SearchFilters

# SQLite virtual-machine steps between two looks at the clock: about a millisecond of work.
_PROGRESS_STEPS = 20_000


class SQLiteBrowse:
    """Listings for browsing; expects ``self._db`` (and ``_filter_sql`` rules) from the store."""

    @contextmanager
    def time_limit(self, seconds: float | None) -> Iterator[None]:
        """Stop any query of this connection that runs past ``seconds``, raising QueryTimeoutError."""
        if not seconds:
            yield
            return
        deadline = time.monotonic() + seconds
        expired = False

        def past_deadline() -> int:
            nonlocal expired
            expired = expired or time.monotonic() > deadline
            return int(expired)

        self._db.set_progress_handler(past_deadline, _PROGRESS_STEPS)
        try:
            yield
        except Exception:
            if expired:
                raise QueryTimeoutError(
                    f"the query ran longer than {seconds:g} s and was stopped; narrow it (an outlet, a date range)"
                ) from None
            raise
        finally:
            self._db.set_progress_handler(None, 0)

    def article_list(self, filters: SearchFilters | None = None, entity_id: int | None = None,
                     limit: int = 20, offset: int = 0) -> list[ArticleSummary]:
        """Articles newest first, optionally filtered and only those mentioning one entity."""
        from .sqlite import _filter_sql

        where, params = _filter_sql(filters)
        if entity_id is not None:
            where += " AND a.id IN (SELECT article_id FROM mentions WHERE entity_id = ?)"
            params.append(entity_id)
        rows = self._db.execute(
            "SELECT a.id, a.title, s.name, a.published, COALESCE(a.url, d.url), d.origin"
            " FROM articles a JOIN documents d ON d.id = a.document_id LEFT JOIN sources s ON s.id = a.source_id"
            f" WHERE 1 = 1 {where} ORDER BY a.published DESC NULLS LAST, a.id DESC LIMIT ? OFFSET ?",
            (*params, limit, offset),
        ).fetchall()
        return [ArticleSummary(*row) for row in rows]

    def article_offsets(self, article_id: int) -> list[list[int]]:
        """The map of an article's text back to its raw text: rows of (clean start, raw start, length)."""
        row = self._db.execute("SELECT offsets FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no article with id {article_id}")
        return json.loads(row[0])

    def outlets(self, limit: int = 50, offset: int = 0, dates: bool = True) -> list[OutletRecord]:
        """Outlets with their article counts and (unless ``dates`` is False) date range, largest first.

        Counting reads only an index; the date range reads every article row, about 60 times slower
        on a large store, so lists that only show names and counts go without it.
        """
        if dates:
            rows = self._db.execute(
                "SELECT s.id, s.name, s.domain, COUNT(a.id), MIN(a.published), MAX(a.published)"
                " FROM sources s JOIN articles a ON a.source_id = s.id GROUP BY s.id ORDER BY 4 DESC, s.name"
                " LIMIT ? OFFSET ?",
                (limit, offset),
            ).fetchall()
        else:
            rows = self._db.execute(
                "SELECT s.id, s.name, s.domain, c.n, NULL, NULL FROM (SELECT source_id, COUNT(*) AS n FROM articles"
                " WHERE source_id IS NOT NULL GROUP BY source_id) c JOIN sources s ON s.id = c.source_id"
                " ORDER BY 4 DESC, s.name LIMIT ? OFFSET ?",
                (limit, offset),
            ).fetchall()
        return [OutletRecord(*row) for row in rows]

    def latest_published(self) -> str | None:
        """The most recent publication date stored (the end of 'the last days' for a dated archive)."""
        row = self._db.execute("SELECT MAX(published) FROM articles").fetchone()
        return row[0]

    def entity_record(self, entity_id: int) -> EntityRecord:
        """One entity without its neighbours and timeline (cheap, for headings)."""
        row = self._db.execute(
            "SELECT id, name, type, mention_count, first_seen, last_seen FROM entities WHERE id = ?", (entity_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no entity with id {entity_id}")
        return EntityRecord(*row)

    def top_entities(self, since: str, until: str | None = None, kind: str | None = None,
                     limit: int = 20) -> list[tuple[EntityRecord, int]]:
        """Entities most mentioned in articles published in [since, until], with that count."""
        # Counted on the mentions alone, entities joined for the leaders only: twice as fast on a busy week.
        # Articles by date drive the join (CROSS JOIN fixes the order), conditions left out rather than
        # neutralised (? IS NULL OR ...): either way the planner may walk every mention instead.
        where, params = "a.published >= ?", [since]
        if until:
            where, params = where + " AND a.published <= ?", [*params, until]
        if kind:
            where, params = where + " AND m.type = ?", [*params, kind]
        rows = self._db.execute(
            "SELECT e.id, e.name, e.type, e.mention_count, e.first_seen, e.last_seen, c.recent"
            " FROM (SELECT m.entity_id AS id, COUNT(*) AS recent"
            " FROM articles a CROSS JOIN mentions m"
            f" WHERE m.article_id = a.id AND {where} AND m.entity_id IS NOT NULL GROUP BY m.entity_id"
            " ORDER BY recent DESC, m.entity_id LIMIT ?) c JOIN entities e ON e.id = c.id"
            " WHERE e.type = COALESCE(?, e.type) ORDER BY c.recent DESC, e.mention_count DESC, e.id LIMIT ?",
            (*params, 4 * limit, kind, limit),
        ).fetchall()
        return [(EntityRecord(*row[:6]), row[6]) for row in rows]


def entity_type_clause(db: sqlite3.Connection, parsed: ParsedQuery, entity_type: str | None) -> tuple[str, list]:
    """SQL narrowing search hits to articles where a query word is part of a name of ``entity_type``
    (``عمان`` as a place); registers the word test on the connection for this query."""
    if not entity_type:
        return "", []
    keys = set(parsed.keys)
    db.create_function("rasd_names_query", 1, lambda name: name_has_key(name, keys), deterministic=True)
    clause = (
        " AND EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id AND m.type = ?"
        " AND rasd_names_query(m.name))"
    )
    return clause, [entity_type]


def name_has_key(name: str, keys: set[str]) -> bool:
    """Whether a word of an entity name is one a query key finds (``عمان`` in ``سلطنة عمان``)."""
    return any(keys.intersection(word_keys(word)) for word in name.split())
