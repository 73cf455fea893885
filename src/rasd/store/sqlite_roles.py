"""Roles in SQLite: who a title points to, by name, within the article, or by date.

A title attached to a name is that person's role on the article's date.  A
title standing alone (``الوزير الأميركي``) is the person the same article gave
a compatible title to, else the person whose compatible title is recorded
nearest to the article's date (within a year), and stays unresolved when two
people are equally near or nobody is.  The first two are stored as articles
are linked; the last is answered when asked (``holder_on``), from everything
stored by then, so it does not depend on the order articles arrived in, and
linking an article costs the same however large the store.

A knowledge base with offices held by date comes first when it knows the
office: the one person who held it that day is the answer (and with several
matching offices held that day, only one of them may be the corpus's answer).
"""

from __future__ import annotations

import sqlite3
from datetime import date

from ..entities.roles import compatible, role_key
from .sqlite_kb import KnowledgeBase

# How far from an article's date a recorded title may be to resolve a lone one.
WINDOW_DAYS = 365
# Recorded titles looked at on each side of a date.
_NEAREST = 50


class RoleLinks:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def add(self, article_id: int, published: str | None, titles: list, mention_ids_by_start: dict[int, int]) -> None:
        """Store an article's titles, attached ones with the mention of the person they introduce."""
        rows = []
        for title in titles:
            head, key = role_key(title.text)
            if not head:
                continue
            mention = mention_ids_by_start.get(title.person_start) if title.person_start is not None else None
            rows.append((article_id, title.start, title.end, title.text, head, key, mention, published))
        self.db.executemany(
            'INSERT INTO roles (article_id, start, "end", text, head, role_key, mention_id, date)'
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )

    def link_article(self, article_id: int) -> None:
        """Resolve an article's titles by name and within the article (after its mentions are linked)."""
        self.db.execute(
            "UPDATE roles SET entity_id = (SELECT entity_id FROM mentions WHERE id = roles.mention_id),"
            " resolved_by = 'name' WHERE article_id = ? AND mention_id IS NOT NULL",
            (article_id,),
        )
        attached = self.db.execute(
            "SELECT head, role_key, entity_id FROM roles WHERE article_id = ? AND resolved_by = 'name'"
            " AND entity_id IS NOT NULL",
            (article_id,),
        ).fetchall()
        for role_id, head, key in self.db.execute(
            "SELECT id, head, role_key FROM roles WHERE article_id = ? AND mention_id IS NULL", (article_id,)
        ).fetchall():
            owners = {entity for h, k, entity in attached if h == head and compatible(k, key)}
            if len(owners) == 1:
                self.db.execute(
                    "UPDATE roles SET entity_id = ?, resolved_by = 'article' WHERE id = ?", (owners.pop(), role_id)
                )

    def holder_on(self, head: str, key: str, published: str | None) -> tuple[int | None, str | None]:
        """Who a lone title on ``published`` points to, and how it was found ('kb' or 'date').

        Asked when a lone title is read, not stored, so the answer always reflects the whole store
        whatever the ingest order.
        """
        if not head or not published:
            return None, None
        kb = KnowledgeBase(self.db)
        holders = kb.holders(head, key, published)
        if holders is not None and len(holders) == 1:
            entity = kb.entity_of(holders.pop())
            return (entity, "kb") if entity is not None else (None, None)
        nearest = self._nearest_holder(head, key, published)
        if nearest is not None and holders is not None:
            row = self.db.execute("SELECT wikidata_id FROM entities WHERE id = ?", (nearest,)).fetchone()
            if row is None or row[0] not in holders:
                return None, None
        return nearest, "date" if nearest is not None else None

    def _nearest_holder(self, head: str, key: str, published: str) -> int | None:
        """The person whose compatible title is recorded nearest to ``published`` (within the window):
        two bounded index scans, one each side of the date."""
        nearest: dict[int, int] = {}
        before = (
            "SELECT role_key, entity_id, date FROM roles WHERE head = ? AND resolved_by = 'name' AND entity_id IS NOT"
            f" NULL AND date <= ? AND date >= date(?, '-{WINDOW_DAYS} days') ORDER BY date DESC LIMIT {_NEAREST}"
        )
        after = (
            "SELECT role_key, entity_id, date FROM roles WHERE head = ? AND resolved_by = 'name' AND entity_id IS NOT"
            f" NULL AND date > ? AND date <= date(?, '+{WINDOW_DAYS} days') ORDER BY date ASC LIMIT {_NEAREST}"
        )
        for query in (before, after):
            for other_key, entity_id, other_date in self.db.execute(query, (head, published, published)):
                if compatible(other_key, key):
                    gap = abs((date.fromisoformat(other_date) - date.fromisoformat(published)).days)
                    nearest[entity_id] = min(gap, nearest.get(entity_id, gap))
        if not nearest:
            return None
        best = min(nearest.values())
        winners = [entity_id for entity_id, gap in nearest.items() if gap == best]
        return winners[0] if len(winners) == 1 else None
