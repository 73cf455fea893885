"""Moving a store from SQLite to PostgreSQL: every table, raw documents included, resumably.

Rows keep their ids, so whatever points at them (mentions at articles, quotations at mentions) still
does, and the copy answers every query as the original did.  Tables are copied parents first (read
from the foreign keys, so tables added later need nothing here).  A table with an ``id`` is copied
in id order, a batch per transaction, from the highest id the target already holds: a stopped copy
goes on where it stopped.  A table without one (linking keys, the knowledge base) is replaced whole
in one transaction.  Articles enter the target's search index in the transaction that copies them,
and the id sequences are moved past the copied ids at the end.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from graphlib import TopologicalSorter

from ..errors import StoreError
from ..search import index_terms
from .postgres import PostgresStore
from .sqlite import SQLiteStore

_BATCH = 500
# The target records its own migrations and keeps its own kind of search index.
_NOT_COPIED = ("_migrations", "articles_fts", "sqlite_")


@dataclass(frozen=True, slots=True)
class CopyReport:
    counts: dict[str, tuple[int, int]]  # table: (rows in the source, rows in the target)
    copied: int  # rows written by this run

    @property
    def complete(self) -> bool:
        return all(source == target for source, target in self.counts.values())


def copy_store(source: SQLiteStore, target: PostgresStore,
               progress: Callable[[str, int], None] | None = None) -> CopyReport:
    """Copy ``source`` into ``target`` (empty, or partly filled by an earlier copy of the same source)."""
    if source.applied_migrations() != target.applied_migrations():
        raise StoreError(
            "the two stores are at different schema versions; open the SQLite store with this version of rasd"
            " first (any rasd command migrates it)"
        )
    _check_same_documents(source._db, target)
    copied = 0
    tables = _tables_parents_first(source._db)
    for table in tables:
        columns = _columns(source._db, table)
        if "id" in columns:
            copied += _copy_by_id(source._db, target, table, columns, progress)
        else:
            copied += _replace(source._db, target, table, columns, progress)
    with target.transaction():
        for table in tables:
            if "id" in _columns(source._db, table):
                target._db.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), GREATEST(MAX(id), 1), MAX(id) IS NOT NULL)"
                    f" FROM {table}"
                )
    counts = {table: (_count(source._db, table), _count(target._db, table)) for table in tables}
    return CopyReport(counts, copied)


def _check_same_documents(db: sqlite3.Connection, target: PostgresStore) -> None:
    """Refuse a target that holds documents other than the source's (a copy of another store)."""
    row = target._db.execute("SELECT id, content_hash FROM documents ORDER BY id DESC LIMIT 1").fetchone()
    if row is None:
        return
    mine = db.execute("SELECT content_hash FROM documents WHERE id = ?", (row[0],)).fetchone()
    if mine is None or mine[0] != row[1]:
        raise StoreError(
            f"{target.location} already holds other documents than this SQLite store; copy into an empty database"
        )


def _tables_parents_first(db: sqlite3.Connection) -> list[str]:
    names = [
        name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")
        if not name.startswith(_NOT_COPIED)
    ]
    graph = {
        name: {parent for (parent,) in db.execute(f"SELECT \"table\" FROM pragma_foreign_key_list('{name}')")} - {name}
        for name in names
    }
    return list(TopologicalSorter(graph).static_order())


def _columns(db: sqlite3.Connection, table: str) -> list[str]:
    """Column names, ``id`` first when there is one (batches are paged on it)."""
    names = [name for (name,) in db.execute(f"SELECT name FROM pragma_table_info('{table}') ORDER BY cid")]
    return sorted(names, key=lambda name: name != "id")


def _count(db, table: str) -> int:
    return db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def _insert_sql(table: str, columns: list[str]) -> str:
    quoted = ", ".join(f'"{name}"' for name in columns)
    return f"INSERT INTO {table} ({quoted}) VALUES ({', '.join('?' * len(columns))})"


def _copy_by_id(db: sqlite3.Connection, target: PostgresStore, table: str, columns: list[str],
                progress: Callable[[str, int], None] | None) -> int:
    last = target._db.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()[0]
    selected = ", ".join(f'"{name}"' for name in columns)
    copied = 0
    while True:
        rows = db.execute(
            f"SELECT {selected} FROM {table} WHERE id > ? ORDER BY id LIMIT {_BATCH}", (last,)
        ).fetchall()
        if not rows:
            return copied
        with target.transaction():
            target._db.executemany(_insert_sql(table, columns), rows)
            if table == "articles":
                title, text = columns.index("title"), columns.index("text")
                for row in rows:
                    target._index_article(row[0], index_terms(row[title]), index_terms(row[text]))
        last, copied = rows[-1][0], copied + len(rows)
        if progress:
            progress(table, len(rows))


def _replace(db: sqlite3.Connection, target: PostgresStore, table: str, columns: list[str],
             progress: Callable[[str, int], None] | None) -> int:
    selected = ", ".join(f'"{name}"' for name in columns)
    cursor = db.execute(f"SELECT {selected} FROM {table}")
    copied = 0
    with target.transaction():
        target._db.execute(f"DELETE FROM {table}")
        while rows := cursor.fetchmany(_BATCH):
            target._db.executemany(_insert_sql(table, columns), rows)
            copied += len(rows)
            if progress:
                progress(table, len(rows))
    return copied
