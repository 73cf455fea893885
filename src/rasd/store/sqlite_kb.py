"""The knowledge base in SQLite: imported items, their names by linking key, offices held by date.

Linking asks it two things: which item a name key stands for (``qid_for_key``)
and who held an office matching a title on a date (``holders``). Both are
index lookups, so linking with a knowledge base costs what it costs without.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from ..entities.local import strong_key
from ..entities.offices import office_role_keys
from ..entities.roles import compatible
from ..entities.wikidata import KbItem

# A name shared by several items stands for the most prominent only when it is this many times
# more prominent (in wikis that have a page on it) than the next; otherwise for none.
_DOMINANCE = 2


class KnowledgeBase:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self._has_names: bool | None = None

    def has_names(self) -> bool:
        """Whether any item's names were imported (read once: linking without a knowledge base then asks nothing)."""
        if self._has_names is None:
            self._has_names = self.db.execute("SELECT EXISTS (SELECT 1 FROM kb_names)").fetchone()[0] == 1
        return self._has_names

    def add(self, items: Iterable[KbItem]) -> None:
        """Insert or replace items with their names, offices held and (for offices) role keys."""
        for item in items:
            self.db.execute("DELETE FROM kb_items WHERE qid = ?", (item.qid,))
            self.db.execute(
                "INSERT INTO kb_items (qid, kind, label, description, sitelinks) VALUES (?, ?, ?, ?, ?)",
                (item.qid, item.kind, item.label, item.description, item.sitelinks),
            )
            if item.kind == "OFFICE":
                self.db.executemany(
                    "INSERT INTO kb_office_keys (office, head, role_key) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    [(item.qid, head, key) for name in [item.label, *item.aliases] for head, key in
                     office_role_keys(name)],
                )
                continue
            names = {name: strong_key(name, item.kind) for name in [item.label, *item.aliases]}
            self.db.executemany(
                "INSERT INTO kb_names (qid, name, key) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                [(item.qid, name, key) for name, key in names.items() if key],
            )
            self.db.executemany(
                'INSERT INTO kb_offices (person, office, start, "end") VALUES (?, ?, ?, ?)',
                [(item.qid, office.office, office.start, office.end) for office in item.offices],
            )

    def missing_offices(self) -> set[str]:
        """Offices people held whose own item (and so Arabic label) was not imported."""
        return {
            qid
            for (qid,) in self.db.execute(
                "SELECT DISTINCT office FROM kb_offices WHERE office NOT IN (SELECT qid FROM kb_items)"
            )
        }

    def qid_for_key(self, key: str) -> str | None:
        """The item a linking key stands for: the only one with that name, or a far more prominent one."""
        if not self.has_names():
            return None
        rows = self.db.execute(
            "SELECT i.qid, i.sitelinks FROM kb_names n JOIN kb_items i ON i.qid = n.qid WHERE n.key = ?"
            " GROUP BY i.qid ORDER BY i.sitelinks DESC, i.qid LIMIT 2",
            (key,),
        ).fetchall()
        if not rows:
            return None
        if len(rows) == 1 or rows[0][1] >= _DOMINANCE * max(rows[1][1], 1):
            return rows[0][0]
        return None

    def entity_of(self, qid: str | None) -> int | None:
        """The corpus entity that stands for an item, if the corpus has one."""
        row = self.db.execute("SELECT id FROM entities WHERE wikidata_id = ?", (qid,)).fetchone() if qid else None
        return row[0] if row else None

    def holders(self, head: str, key: str, on: str) -> set[str] | None:
        """Who held an office matching a title on a date (YYYY-MM-DD).

        Offices whose key is the title's key decide first; failing those, offices whose key is
        compatible with it. None when the knowledge base knows no dated office that matches.
        """
        rows = self.db.execute(
            "SELECT k.role_key, o.person FROM kb_office_keys k JOIN kb_offices o ON o.office = k.office"
            " WHERE k.head = ? AND o.start IS NOT NULL AND o.start <= ? AND (o.end IS NULL OR o.end >= ?)",
            (head, on, on),
        ).fetchall()
        exact = {person for office_key, person in rows if office_key == key}
        if exact:
            return exact
        near = {person for office_key, person in rows if compatible(office_key, key)}
        return near or None

    def offices_of(self, qid: str) -> list[tuple[str, str | None, str | None]]:
        """(office label, start, end) for a person, earliest first."""
        return self.db.execute(
            "SELECT COALESCE(i.label, o.office), o.start, o.end FROM kb_offices o"
            " LEFT JOIN kb_items i ON i.qid = o.office WHERE o.person = ? ORDER BY o.start IS NULL, o.start",
            (qid,),
        ).fetchall()

    def counts(self) -> dict[str, int]:
        counts = dict(self.db.execute("SELECT kind, COUNT(*) FROM kb_items GROUP BY kind").fetchall())
        counts["offices_held"] = self.db.execute("SELECT COUNT(*) FROM kb_offices").fetchone()[0]
        return counts


class SQLiteKnowledge:
    """Knowledge-base import for ``SQLiteStore`` (a mixin; expects ``self._db`` and ``self.transaction``)."""

    def import_kb(self, items: Iterable[KbItem]) -> None:
        with self.transaction():
            KnowledgeBase(self._db).add(items)

    def kb_missing_offices(self) -> set[str]:
        return KnowledgeBase(self._db).missing_offices()

    def kb_counts(self) -> dict[str, int]:
        return KnowledgeBase(self._db).counts()
