"""Roles in SQLite: who a title points to, by name, within the article, or by date.

A title attached to a name is that person's role on the article's date.  A
title standing alone (``الوزير الأميركي``) is the person the same article gave
a compatible title to, else the person whose compatible title is recorded
nearest to the article's date (within a year), and stays unresolved when two
people are equally near or nobody is.  When a new attached title arrives, the
lone titles around its date are looked at again, so the result does not depend
on the order articles arrive in.
"""

from __future__ import annotations

import sqlite3
from datetime import date

from ..entities.roles import compatible, role_key

# How far from an article's date a recorded title may be to resolve a lone one.
WINDOW_DAYS = 365


class RoleLinks:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def add(self, article_id: int, published: str | None, titles: list, mention_ids_by_start: dict[int, int]) -> None:
        """Store an article's titles, attached ones with the mention of the person they introduce."""
        for title in titles:
            head, key = role_key(title.text)
            if not head:
                continue
            mention = mention_ids_by_start.get(title.person_start) if title.person_start is not None else None
            self.db.execute(
                "INSERT INTO roles (article_id, start, end, text, head, role_key, mention_id, date)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (article_id, title.start, title.end, title.text, head, key, mention, published),
            )

    def link_article(self, article_id: int) -> None:
        """Resolve an article's titles (after its mentions are linked to entities)."""
        self.db.execute(
            "UPDATE roles SET entity_id = (SELECT entity_id FROM mentions WHERE id = roles.mention_id),"
            " resolved_by = 'name' WHERE article_id = ? AND mention_id IS NOT NULL",
            (article_id,),
        )
        attached = self.db.execute(
            "SELECT head, role_key, entity_id, date FROM roles WHERE article_id = ? AND resolved_by = 'name'"
            " AND entity_id IS NOT NULL",
            (article_id,),
        ).fetchall()
        for role_id, head, key, published in self.db.execute(
            "SELECT id, head, role_key, date FROM roles WHERE article_id = ? AND mention_id IS NULL", (article_id,)
        ).fetchall():
            owners = {entity for h, k, entity, _ in attached if h == head and compatible(k, key)}
            if len(owners) == 1:
                self.db.execute(
                    "UPDATE roles SET entity_id = ?, resolved_by = 'article' WHERE id = ?", (owners.pop(), role_id)
                )
            else:
                self._resolve_by_date(role_id, head, key, published)
        # New holders of an office may change who the lone titles around their dates point to.
        for head, key, _, published in attached:
            if published:
                self._revisit(head, key, published)

    def _resolve_by_date(self, role_id: int, head: str, key: str, published: str | None) -> None:
        entity = None
        if published:
            nearest: dict[int, int] = {}
            for other_key, entity_id, other_date in self.db.execute(
                "SELECT role_key, entity_id, date FROM roles WHERE head = ? AND resolved_by = 'name'"
                " AND entity_id IS NOT NULL AND date BETWEEN date(?, ?) AND date(?, ?)",
                (head, published, f"-{WINDOW_DAYS} days", published, f"+{WINDOW_DAYS} days"),
            ):
                if compatible(other_key, key):
                    gap = abs((date.fromisoformat(other_date) - date.fromisoformat(published)).days)
                    nearest[entity_id] = min(gap, nearest.get(entity_id, gap))
            if nearest:
                best = min(nearest.values())
                winners = [entity_id for entity_id, gap in nearest.items() if gap == best]
                entity = winners[0] if len(winners) == 1 else None
        self.db.execute(
            "UPDATE roles SET entity_id = ?, resolved_by = ? WHERE id = ?",
            (entity, "date" if entity else None, role_id),
        )

    def _revisit(self, head: str, key: str, published: str) -> None:
        for role_id, other_key, other_date in self.db.execute(
            "SELECT id, role_key, date FROM roles WHERE head = ? AND mention_id IS NULL"
            " AND COALESCE(resolved_by, '') != 'article' AND date BETWEEN date(?, ?) AND date(?, ?)",
            (head, published, f"-{WINDOW_DAYS} days", published, f"+{WINDOW_DAYS} days"),
        ).fetchall():
            if compatible(other_key, key):
                self._resolve_by_date(role_id, head, other_key, other_date)
