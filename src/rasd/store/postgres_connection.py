"""A psycopg connection that reads the store's shared SQL as sqlite3 would.

The store's SQL (``sqlite*.py``) is written once, in the dialect both backends speak; what the
two drivers disagree on is translated here, and only that:

- ``?`` placeholders become PostgreSQL's own ``$1``, ``$2``…, sent through a raw cursor, so psycopg
  does not parse the statement again (it caches that parse only for statements of up to 50
  parameters, and the store's multi-row statements have more);
- ``cursor.lastrowid`` after an INSERT into a table with an ``id`` is read through ``RETURNING id``;
- ``BEGIN IMMEDIATE`` (SQLite's "take the write lock now") becomes ``BEGIN`` and a transaction-level
  advisory lock, so writers to one PostgreSQL store take turns as they do on one SQLite file;
- Python strings are sent as ``text``, so ``? IS NULL`` and ``date(?, ...)`` know their type.

SQL functions SQLite has and PostgreSQL lacks (``min(a, b)``, ``date(day, modifier)``) are created
by the schema (``postgres_schema``), not rewritten here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

import psycopg
from psycopg.types.string import StrDumper

# One number for "the writer of this rasd database" (any 64-bit value; this one spells rasd in ASCII).
WRITER_LOCK = 0x72617364
_INSERT = re.compile(r"^\s*INSERT\s+INTO\s+(\w+)", re.IGNORECASE)


@lru_cache(maxsize=4096)
def translate(sql: str) -> str:
    """The PostgreSQL form of a statement written with ``?`` placeholders: ``$1``, ``$2``…"""
    pieces = sql.split("?")
    return "".join(f"{piece}${number}" for number, piece in enumerate(pieces[:-1], 1)) + pieces[-1]


class Cursor:
    """What the store uses of a sqlite3 cursor: fetching rows, iterating, ``lastrowid``."""

    def __init__(self, cursor: psycopg.Cursor, lastrowid: int | None = None) -> None:
        self._cursor = cursor
        self.lastrowid = lastrowid

    def fetchone(self) -> tuple | None:
        return self._cursor.fetchone()

    def fetchall(self) -> list[tuple]:
        return self._cursor.fetchall()

    def __iter__(self) -> Iterator[tuple]:
        return iter(self._cursor)

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount


class Connection:
    """A psycopg connection in autocommit mode (the store opens its own transactions) with sqlite3's API."""

    def __init__(self, conninfo: str) -> None:
        self.raw = psycopg.connect(conninfo, autocommit=True)
        self.raw.adapters.register_dumper(str, StrDumper)
        self._id_tables: set[str] | None = None
        self._pipeline: psycopg.Pipeline | None = None

    def execute(self, sql: str, params: Sequence = ()) -> Cursor:
        if sql == "BEGIN IMMEDIATE":
            self.raw.execute("BEGIN")
            self.raw.execute("SELECT pg_advisory_xact_lock(%s)", (WRITER_LOCK,))
            # Inside a write transaction, statements whose results nobody reads (most UPDATEs) are sent
            # without waiting for the server; reading a result waits for what was sent before it.
            self._pipeline = self.raw.pipeline()
            self._pipeline.__enter__()
            return Cursor(self.raw.cursor())
        if sql in ("COMMIT", "ROLLBACK") and self._pipeline is not None:
            return self._end_transaction(sql)
        table = _INSERT.match(sql)
        returning = bool(table) and table.group(1).lower() in self.id_tables() and "RETURNING" not in sql.upper()
        if returning:
            sql += " RETURNING id"
        # Without parameters psycopg sends the text as it is: no placeholders, no %% to undo.
        cursor = psycopg.RawCursor(self.raw).execute(translate(sql), params) if params else self.raw.execute(sql)
        if returning:
            row = cursor.fetchone()
            return Cursor(cursor, row[0] if row else None)
        return Cursor(cursor)

    def _end_transaction(self, sql: str) -> Cursor:
        pipeline, self._pipeline = self._pipeline, None
        try:
            pipeline.__exit__(None, None, None)  # a statement still in flight may fail here
        except psycopg.Error:
            self.raw.execute("ROLLBACK")
            if sql == "COMMIT":
                raise
            return Cursor(self.raw.cursor())
        return Cursor(self.raw.execute(sql))

    def executemany(self, sql: str, rows: Iterable[Sequence]) -> None:
        rows = list(rows)
        if rows:
            with psycopg.RawCursor(self.raw) as cursor:
                cursor.executemany(translate(sql), rows)

    def id_tables(self) -> set[str]:
        """Tables with an ``id`` column (read once from the catalogue; ``forget_tables`` after migrating)."""
        if self._id_tables is None:
            rows = self.raw.execute(
                "SELECT table_name FROM information_schema.columns WHERE column_name = 'id'"
                " AND table_schema = current_schema()"
            ).fetchall()
            self._id_tables = {name for (name,) in rows}
        return self._id_tables

    def forget_tables(self) -> None:
        self._id_tables = None

    def close(self) -> None:
        self.raw.close()
