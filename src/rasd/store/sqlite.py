"""The SQLite store: the embedded default, one file, WAL mode, FTS5 over normalised text."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse

from ..arabic.normalize import normalize_for_search
from ..clean.article import Article
from ..errors import NotFoundError, SearchQueryError, StoreError
from ..ingest.decode import decode_as
from ..ingest.document import InputFailure, RawDocument, utc_now
from ..search import make_snippet, parse_query
from .base import Store
from .prepared import Prepared, prepare
from .records import ArticleRecord, MentionRecord, SaveResult, SearchFilters, SearchHit, StoredFailure
from .sqlite_browse import SQLiteBrowse, entity_type_clause
from .sqlite_duplicates import SQLiteDuplicates
from .sqlite_entities import SQLiteEntities
from .sqlite_events import SQLiteEvents
from .sqlite_feeds import SQLiteFeeds
from .sqlite_kb import SQLiteKnowledge
from .sqlite_links import EntityLinks, mention_links
from .sqlite_quotes import SQLiteQuotes
from .sqlite_roles import RoleLinks
from .sqlite_schema import migrations
from .sqlite_stories import SQLiteStories

_BUSY_TIMEOUT_MS = 30_000
# Six values a mention, well under SQLite's 32,766 variables a statement.
_MENTIONS_PER_INSERT = 1000
# Title words weigh more than body words in ranking.
_BM25_WEIGHTS = (4.0, 1.0)
_ARTICLE_COLUMNS = """
    a.id, a.document_id, d.origin, COALESCE(a.url, d.url), s.name, a.title, a.published, a.author,
    a.language, a.text, a.encoding, a.cleaner, d.media_type, d.content_hash, d.fetched_at, d.ingested_at
"""
_MENTION_COLUMNS = "m.id, m.article_id, m.start, m.end, m.surface, m.name, m.type, m.entity_id, e.name, d.origin"
_MENTION_FROM = """
    FROM mentions m JOIN articles a ON a.id = m.article_id JOIN documents d ON d.id = a.document_id
    LEFT JOIN entities e ON e.id = m.entity_id
"""
_ARTICLE_FROM = """
    FROM articles a JOIN documents d ON d.id = a.document_id LEFT JOIN sources s ON s.id = a.source_id
"""


class SQLiteStore(
    SQLiteQuotes, SQLiteEntities, SQLiteEvents, SQLiteKnowledge, SQLiteBrowse, SQLiteDuplicates, SQLiteFeeds,
    SQLiteStories, Store,
):
    """Store backed by one SQLite file (or ``:memory:`` for tests)."""

    def __init__(self, path: str | Path) -> None:
        self.location = str(path)
        if self.location != ":memory:":
            parent = Path(self.location).expanduser().resolve().parent
            if not parent.is_dir():
                raise StoreError(f"cannot create the database {self.location}: folder {parent} does not exist")
        try:
            self._db = sqlite3.connect(self.location, isolation_level=None, check_same_thread=False)
            self._db.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute("PRAGMA synchronous = NORMAL")
            self._db.execute("PRAGMA foreign_keys = ON")
        except sqlite3.DatabaseError as error:
            raise StoreError(f"cannot open {self.location} as a rasd database: {error}") from None
        self._depth = 0

    # -- schema -------------------------------------------------------------------------------

    def migrate(self) -> list[str]:
        try:
            self._db.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
            applied = set(self.applied_migrations())
            done = []
            for migration in migrations.pending(applied):
                with self.transaction():
                    migration.apply(self._db)
                    self._db.execute("INSERT INTO _migrations VALUES (?, ?)", (migration.name, utc_now()))
                done.append(migration.name)
            return done
        except sqlite3.DatabaseError as error:
            raise StoreError(f"cannot prepare {self.location}: {error} (is it a rasd database?)") from None

    def applied_migrations(self) -> list[str]:
        rows = self._db.execute("SELECT name FROM _migrations ORDER BY rowid").fetchall()
        return [name for (name,) in rows]

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._db.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        else:
            self._db.execute("COMMIT")
        finally:
            self._depth = 0

    # -- writing ------------------------------------------------------------------------------

    def find_document(self, content_hash: str) -> int | None:
        row = self._db.execute("SELECT id FROM documents WHERE content_hash = ?", (content_hash,)).fetchone()
        return row[0] if row else None

    def save(self, document: RawDocument, article: Article, prepared: Prepared | None = None) -> SaveResult:
        content_hash = document.content_hash
        with self.transaction():
            existing = self.find_document(content_hash)
            if existing is not None:
                return SaveResult(existing, None, duplicate=True)
            cursor = self._db.execute(
                "INSERT INTO documents (content_hash, origin, url, media_type, outlet_hint, size, fetched_at,"
                " ingested_at, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    content_hash, document.origin, document.url, document.media_type, document.outlet,
                    len(document.content), document.fetched_at, utc_now(), document.content,
                ),
            )
            document_id = cursor.lastrowid
            article_id = self._insert_article(document_id, article, prepared=prepared)
            self._db.execute("DELETE FROM failures WHERE content_hash = ?", (content_hash,))
        return SaveResult(document_id, article_id, duplicate=False)

    def _insert_article(
        self, document_id: int, article: Article, article_id: int | None = None, prepared: Prepared | None = None
    ) -> int:
        prepared = prepared or prepare(article)
        cursor = self._db.execute(
            "INSERT INTO articles (id, document_id, source_id, title, published, author, url, language, encoding,"
            " text, cleaner, offsets, removed, processed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article_id, document_id, self._source_id(article.outlet, article.url), article.title,
                article.published, article.author, article.url, article.language, article.encoding, article.text,
                article.cleaner, json.dumps(article.offsets.as_rows()),
                json.dumps([[r.raw_start, r.raw_end, r.reason] for r in article.removed], ensure_ascii=False),
                utc_now(),
            ),
        )
        new_id = cursor.lastrowid
        self._index_article(new_id, prepared.title_terms, prepared.body_terms, prepared.search_row)
        # New articles link at once, their mentions going in with their entities; a replaced one waits
        # for relink(), as the old links are stale.
        linked = article_id is None
        links = None
        if linked and article.mentions:
            entities = EntityLinks(self._db).resolve(
                article.published, prepared.clusters, [m.name for m in article.mentions]
            )
            links = mention_links(prepared.clusters, entities, len(article.mentions))
        mention_ids = self._insert_mentions(new_id, article.mentions, links)
        RoleLinks(self._db).add(
            new_id, article.published, article.titles, {m.start: i for m, i in zip(article.mentions, mention_ids)}
        )
        self._add_quotations(new_id, article.text, article.quotations, mention_ids)
        self._insert_events(new_id, article.events, mention_ids)
        if linked:
            RoleLinks(self._db).link_article(new_id)
        self._group_near_duplicates(new_id, prepared.signature, prepared.names)
        self._group_story(new_id, article.published, prepared.names, prepared.lead_hashes)
        return new_id

    def _insert_mentions(self, article_id: int, mentions: list, links: list[tuple] | None = None) -> list[int]:
        """Store an article's mentions, with their (key, entity) ``links`` when linked, a thousand per statement
        (one round trip to a server); their ids in order."""
        ids: list[int] = []
        links = links or [(None, None)] * len(mentions)
        for first in range(0, len(mentions), _MENTIONS_PER_INSERT):
            last = first + _MENTIONS_PER_INSERT
            chunk = list(zip(mentions[first:last], links[first:last]))
            rows = self._db.execute(
                'INSERT INTO mentions (article_id, start, "end", surface, name, type, name_key, entity_id) VALUES '
                + ", ".join(["(?, ?, ?, ?, ?, ?, ?, ?)"] * len(chunk)) + " RETURNING id",
                [value for m, (key, entity) in chunk
                 for value in (article_id, m.start, m.end, m.surface, m.name, m.type, key, entity)],
            ).fetchall()
            # Ids are handed out in the order the rows are inserted (one writer at a time); RETURNING
            # itself promises no order.
            ids += sorted(row[0] for row in rows)
        return ids

    def _index_article(self, article_id: int, title_terms: str, body_terms: str, row: tuple | None = None) -> None:
        """Add an article's ``search.index_terms`` to the full-text index (each backend keeps its own kind;
        ``row`` is the one a backend asked workers to build, ``search_rows``)."""
        self._db.execute(
            "INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)", (article_id, title_terms, body_terms)
        )

    def _unindex_article(self, article_id: int) -> None:
        self._db.execute("DELETE FROM articles_fts WHERE rowid = ?", (article_id,))

    def _link(
        self, article_id: int, published: str | None, mention_ids: list[int], names: list[str], clusters: list
    ) -> None:
        """Link an article's mentions (``names`` as written, ``clusters`` from ``entities.local``) and titles."""
        if mention_ids:
            EntityLinks(self._db).link_article(published, clusters, mention_ids, names)
        RoleLinks(self._db).link_article(article_id)

    def _source_id(self, outlet: str | None, url: str | None) -> int | None:
        if not outlet:
            return None
        row = self._db.execute("SELECT id FROM sources WHERE name = ?", (outlet,)).fetchone()
        if row:
            return row[0]
        domain = urlparse(url).hostname if url else None
        cursor = self._db.execute(
            "INSERT INTO sources (name, key, domain, created_at) VALUES (?, ?, ?, ?)",
            (outlet, normalize_for_search(outlet), domain, utc_now()),
        )
        return cursor.lastrowid

    def record_failure(self, failure: InputFailure) -> None:
        with self.transaction():
            self._db.execute(
                "INSERT INTO failures (origin, content_hash, reason, failed_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (origin, content_hash) DO UPDATE SET reason = excluded.reason,"
                " failed_at = excluded.failed_at",
                (failure.origin, failure.content_hash or "", failure.reason, utc_now()),
            )

    def failures(self, limit: int = 100) -> list[StoredFailure]:
        rows = self._db.execute(
            "SELECT origin, reason, NULLIF(content_hash, ''), failed_at FROM failures ORDER BY id DESC LIMIT ?",
            (limit,),
        ).fetchall()
        return [StoredFailure(*row) for row in rows]

    def _pages(self, sql: str, params: list | tuple = (), size: int = 500) -> Iterator[tuple]:
        """Rows of ``sql`` page by page on their first column (an id), which ``sql`` compares
        with its first placeholder (``WHERE x.id > ?``) and orders by; no cursor stays open."""
        last = 0
        while True:
            rows = self._db.execute(f"{sql} LIMIT {size}", (last, *params)).fetchall()
            if not rows:
                return
            yield from rows
            last = rows[-1][0]

    def iter_documents(self) -> Iterator[tuple[int, RawDocument]]:
        for document_id, origin, content, media_type, fetched_at, url, outlet in self._pages(
            "SELECT id, origin, content, media_type, fetched_at, url, outlet_hint FROM documents"
            " WHERE id > ? ORDER BY id"
        ):
            yield document_id, RawDocument(origin, bytes(content), media_type, fetched_at, url, outlet)

    def replace_article(self, document_id: int, article: Article, prepared: Prepared | None = None) -> int:
        with self.transaction():
            row = self._db.execute("SELECT id FROM articles WHERE document_id = ?", (document_id,)).fetchone()
            if row:
                # Annotations of the old text point at offsets that no longer hold.
                for table in ("roles", "mentions", "quotations", "events", "article_stories"):
                    self._db.execute(f"DELETE FROM {table} WHERE article_id = ?", (row[0],))
                self._unindex_article(row[0])
                self._db.execute("DELETE FROM articles WHERE id = ?", (row[0],))
            return self._insert_article(document_id, article, row[0] if row else None, prepared)

    # -- reading ------------------------------------------------------------------------------

    def article(self, article_id: int) -> ArticleRecord:
        row = self._db.execute(f"SELECT {_ARTICLE_COLUMNS} {_ARTICLE_FROM} WHERE a.id = ?", (article_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no article with id {article_id} (see `rasd stats` for what is stored)")
        return ArticleRecord(*row)

    def raw_text(self, article_id: int) -> tuple[str, list[dict]]:
        row = self._db.execute(
            "SELECT d.content, a.encoding, a.removed FROM articles a JOIN documents d ON d.id = a.document_id"
            " WHERE a.id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no article with id {article_id}")
        content, encoding, removed = row
        removed_spans = [{"start": s, "end": e, "reason": r} for s, e, r in json.loads(removed)]
        return decode_as(bytes(content), encoding or "utf-8"), removed_spans

    def mentions(self, article_id: int) -> list[MentionRecord]:
        rows = self._db.execute(
            f"SELECT {_MENTION_COLUMNS} {_MENTION_FROM} WHERE m.article_id = ? ORDER BY m.start", (article_id,)
        ).fetchall()
        return [MentionRecord(*row) for row in rows]

    def iter_mentions(self, filters: SearchFilters | None = None) -> Iterator[MentionRecord]:
        where, params = _filter_sql(filters)
        sql = f"SELECT {_MENTION_COLUMNS} {_MENTION_FROM} WHERE m.id > ? {where} ORDER BY m.id"
        return (MentionRecord(*row) for row in self._pages(sql, params, size=2000))

    def iter_articles(self, filters: SearchFilters | None = None) -> Iterator[ArticleRecord]:
        where, params = _filter_sql(filters)
        sql = f"SELECT {_ARTICLE_COLUMNS} {_ARTICLE_FROM} WHERE a.id > ? {where} ORDER BY a.id"
        return (ArticleRecord(*row) for row in self._pages(sql, params))

    def search(self, query: str, filters: SearchFilters | None = None, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        parsed = parse_query(query)
        where, params = _filter_sql(filters)
        typed, typed_params = entity_type_clause(self._db, parsed, filters.entity_type if filters else None)
        where, params = where + typed, params + typed_params
        try:
            rows = self._db.execute(
                f"SELECT a.id, bm25(articles_fts, ?, ?) AS score, a.title, s.name, a.published, d.origin, a.text"
                f" FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
                f" JOIN documents d ON d.id = a.document_id LEFT JOIN sources s ON s.id = a.source_id"
                f" WHERE articles_fts MATCH ? {where} ORDER BY score, a.id LIMIT ? OFFSET ?",
                (*_BM25_WEIGHTS, parsed.fts_expression(), *params, limit, offset),
            ).fetchall()
        except sqlite3.OperationalError as error:
            raise SearchQueryError(f"cannot run the query {query!r}: {error}") from None
        keys = parsed.keys
        hits = []
        for article_id, score, title, outlet, published, origin, text in rows:
            snippet = make_snippet(text, keys)
            hits.append(
                SearchHit(article_id, -score, title, outlet, published, origin, snippet.text, list(snippet.highlights))
            )
        return hits

    def stats(self) -> dict:
        one = lambda sql: self._db.execute(sql).fetchone()[0]  # noqa: E731
        per_outlet = self._db.execute(
            "SELECT COALESCE(s.name, '(unknown)'), COUNT(*) FROM articles a LEFT JOIN sources s ON s.id = a.source_id"
            " GROUP BY 1 ORDER BY 2 DESC, 1"
        ).fetchall()
        first, last = self._db.execute("SELECT MIN(published), MAX(published) FROM articles").fetchone()
        return {
            "database": self.location,
            "documents": one("SELECT COUNT(*) FROM documents"),
            "articles": one("SELECT COUNT(*) FROM articles"),
            "mentions": one("SELECT COUNT(*) FROM mentions"),
            "entities": one("SELECT COUNT(*) FROM entities"),
            "events": one("SELECT COUNT(*) FROM events"),
            "outlets": one("SELECT COUNT(DISTINCT source_id) FROM articles WHERE source_id IS NOT NULL"),
            "failures": one("SELECT COUNT(*) FROM failures"),
            "raw_bytes": one("SELECT COALESCE(SUM(size), 0) FROM documents"),
            "published_first": first,
            "published_last": last,
            "by_outlet": {name: count for name, count in per_outlet},
            "by_language": dict(self._db.execute("SELECT language, COUNT(*) FROM articles GROUP BY 1").fetchall()),
            "migrations": self.applied_migrations(),
            **self._quotation_stats(),
        }

    def check_integrity(self) -> list[str]:
        """Problems SQLite finds in the file, and articles without documents; empty when sound."""
        problems = [row[0] for row in self._db.execute("PRAGMA integrity_check").fetchall() if row[0] != "ok"]
        orphans = one_value(self._db, "SELECT COUNT(*) FROM articles WHERE document_id NOT IN (SELECT id FROM documents)")
        unindexed = one_value(self._db, "SELECT COUNT(*) FROM articles WHERE id NOT IN (SELECT rowid FROM articles_fts)")
        if orphans:
            problems.append(f"{orphans} articles without a document")
        if unindexed:
            problems.append(f"{unindexed} articles missing from the search index")
        return problems

    def close(self) -> None:
        self._db.close()


def one_value(db: sqlite3.Connection, sql: str) -> int:
    return db.execute(sql).fetchone()[0]


def _filter_sql(filters: SearchFilters | None) -> tuple[str, list]:
    if filters is None:
        return "", []
    clauses, params = [], []
    if filters.outlet:
        clauses.append("a.source_id IN (SELECT id FROM sources WHERE key LIKE ? ESCAPE '\\')")
        escaped = normalize_for_search(filters.outlet).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params.append(f"%{escaped}%")
    if filters.since:
        clauses.append("a.published >= ?")
        params.append(filters.since)
    if filters.until:
        clauses.append("a.published <= ?")
        params.append(filters.until)
    return "".join(f" AND {clause}" for clause in clauses), params
