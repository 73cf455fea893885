"""The PostgreSQL store: a shared server for a newsroom's archive, the same results as SQLite.

It is the SQLite store's code running on PostgreSQL: the SQL of every mixin (linking, roles,
quotations, browsing, the knowledge base) is written once in the dialect both speak, and
``postgres_connection.Connection`` gives psycopg the sqlite3 interface that code expects.  What
PostgreSQL does its own way is here: connecting, migrating (``postgres_schema``), the full-text
index and ranked search (``postgres_search``), query time limits and integrity checks.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit, urlunsplit

import psycopg

from ..errors import QueryTimeoutError, SearchQueryError, StoreError
from ..ingest.document import utc_now
from ..search import make_snippet, parse_query
from .postgres_connection import WRITER_LOCK, Connection
from .postgres_schema import migrations
from .postgres_search import RankedMatch, index_row, lexeme, prefilter
from .records import SearchFilters, SearchHit
from .sqlite import _BM25_WEIGHTS, SQLiteStore, _filter_sql
from .sqlite_browse import name_has_key


def redacted(url: str) -> str:
    """A connection URL without its password, fit to show."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)
    return urlunsplit(parts._replace(netloc=netloc[0].split(":", 1)[0] + ":***@" + netloc[1]))


class PostgresStore(SQLiteStore):
    """Store in a PostgreSQL database (``postgresql://user@host:port/dbname``), one writer at a time."""

    def __init__(self, url: str) -> None:
        self.location = redacted(url)
        try:
            self._db = Connection(url)
        except psycopg.Error as error:
            raise StoreError(
                f"cannot connect to {self.location}: {str(error).strip()}"
                " (is the server running, the database created?)"
            ) from None
        self._depth = 0

    # -- schema -------------------------------------------------------------------------------

    def migrate(self) -> list[str]:
        raw = self._db.raw
        try:
            # Two processes opening a new store at once: the second waits, then finds it migrated.
            raw.execute("SELECT pg_advisory_lock(%s)", (WRITER_LOCK,))
            try:
                raw.execute(
                    "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL,"
                    " position BIGINT GENERATED ALWAYS AS IDENTITY)"
                )
                done = []
                for migration in migrations.pending(set(self.applied_migrations())):
                    with raw.transaction():
                        migration.apply(raw)
                        raw.execute("INSERT INTO _migrations (name, applied_at) VALUES (%s, %s)",
                                    (migration.name, utc_now()))
                    done.append(migration.name)
            finally:
                raw.execute("SELECT pg_advisory_unlock(%s)", (WRITER_LOCK,))
        except psycopg.Error as error:
            raise StoreError(f"cannot prepare {self.location}: {str(error).strip()} (is it a rasd database?)") from None
        self._db.forget_tables()
        return done

    def applied_migrations(self) -> list[str]:
        rows = self._db.raw.execute("SELECT name FROM _migrations ORDER BY position").fetchall()
        return [name for (name,) in rows]

    # -- the full-text index ------------------------------------------------------------------

    # Workers build each article's index row (``store.prepared``), so the single writer does not.
    search_rows = True

    def _index_article(self, article_id: int, title_terms: str, body_terms: str, row: tuple | None = None) -> None:
        terms, counts, length = row or index_row(title_terms, body_terms)
        self._db.execute(
            "INSERT INTO articles_fts (article_id, terms, counts, length)"
            " VALUES (?, CAST(? AS tsvector), CAST(? AS jsonb), ?)",
            (article_id, terms, counts, length),
        )
        self._db.execute("UPDATE search_totals SET articles = articles + 1, terms = terms + ?", (length,))

    def _unindex_article(self, article_id: int) -> None:
        self._db.execute(
            "WITH gone AS (DELETE FROM articles_fts WHERE article_id = ? RETURNING length)"
            " UPDATE search_totals SET articles = articles - (SELECT COUNT(*) FROM gone),"
            " terms = terms - (SELECT COALESCE(SUM(length), 0) FROM gone)",
            (article_id,),
        )

    def search(self, query: str, filters: SearchFilters | None = None, limit: int = 20,
               offset: int = 0) -> list[SearchHit]:
        parsed = parse_query(query)
        where, params = _filter_sql(filters)
        typed, typed_params = self._entity_type_clause(parsed.keys, filters.entity_type if filters else None)
        articles, terms = self._db.execute("SELECT articles, terms FROM search_totals").fetchone()
        keys = sorted({key for group in parsed.groups for clause in group for key in clause.keys})
        hits = {key: self._articles_with(key) for key in keys}
        match = RankedMatch(parsed, hits, articles, terms / articles if articles else 1.0, _BM25_WEIGHTS)
        try:
            # Ranked on the index alone; the page's articles are read afterwards.
            rows = self._db.execute(
                "SELECT r.id, r.score, a.title, s.name, a.published, d.origin, a.text FROM ("
                f" SELECT a.id, {match.score} AS score FROM articles_fts f {match.joins}"
                " JOIN articles a ON a.id = f.article_id"
                f" WHERE f.terms @@ CAST(? AS tsquery) {match.condition} {where} {typed}"
                " ORDER BY score DESC, a.id LIMIT ? OFFSET ?) r"
                " JOIN articles a ON a.id = r.id JOIN documents d ON d.id = a.document_id"
                " LEFT JOIN sources s ON s.id = a.source_id ORDER BY r.score DESC, r.id",
                (*match.join_params, prefilter(parsed), *match.condition_params, *params, *typed_params, limit,
                 offset),
            ).fetchall()
        except (psycopg.errors.SyntaxError, psycopg.errors.DataError) as error:
            raise SearchQueryError(f"cannot run the query {query!r}: {error}") from None
        found = []
        for article_id, score, title, outlet, published, origin, text in rows:
            snippet = make_snippet(text, parsed.keys)
            found.append(SearchHit(article_id, score, title, outlet, published, origin, snippet.text,
                                   list(snippet.highlights)))
        return found

    def _articles_with(self, key: str) -> int:
        return self._db.execute(
            "SELECT COUNT(*) FROM articles_fts WHERE terms @@ CAST(? AS tsquery)", (lexeme(key),)
        ).fetchone()[0]

    def _entity_type_clause(self, keys: set[str], entity_type: str | None) -> tuple[str, list]:
        """Hits narrowed to articles where a query word is part of a name of ``entity_type`` (as SQLite's)."""
        if not entity_type:
            return "", []
        names = [
            name for (name,) in self._db.execute("SELECT DISTINCT name FROM mentions WHERE type = ?", (entity_type,))
            if name_has_key(name, keys)
        ]
        clause = (
            " AND EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id AND m.type = ?"
            " AND m.name = ANY(CAST(? AS text[])))"
        )
        return clause, [entity_type, names]

    # -- the rest of what differs -------------------------------------------------------------

    @contextmanager
    def time_limit(self, seconds: float | None) -> Iterator[None]:
        if not seconds:
            yield
            return
        self._db.execute(f"SET statement_timeout = {max(1, int(seconds * 1000))}")
        try:
            yield
        except psycopg.errors.QueryCanceled:
            raise QueryTimeoutError(
                f"the query ran longer than {seconds:g} s and was stopped; narrow it (an outlet, a date range)"
            ) from None
        finally:
            self._db.execute("SET statement_timeout = 0")

    def check_integrity(self) -> list[str]:
        """Articles without documents or missing from the search index; empty when sound."""
        orphans, unindexed = self._db.execute(
            "SELECT (SELECT COUNT(*) FROM articles WHERE document_id NOT IN (SELECT id FROM documents)),"
            " (SELECT COUNT(*) FROM articles WHERE id NOT IN (SELECT article_id FROM articles_fts))"
        ).fetchone()
        problems = []
        if orphans:
            problems.append(f"{orphans} articles without a document")
        if unindexed:
            problems.append(f"{unindexed} articles missing from the search index")
        return problems
