"""Stories for the SQLite store (a mixin of ``SQLiteStore``).

A new article finds its candidates by look-ups, never by a scan: stored articles that share one of its names
within ``WINDOW_DAYS`` (``story_names`` is indexed by (name key, day)), and its near-duplicate group. Each
candidate that passes the pure link test (``stories.features.linked``) gets a link; a story is a connected
component of links, named by its smallest article id. The links are a function of the two articles only, so
the stories are a function of the stored set, whatever order the articles arrived in.
"""

from __future__ import annotations

import numpy as np

from ..errors import NotFoundError
from ..stories.features import (
    WINDOW_DAYS,
    day_number,
    from_bytes,
    jaccard,
    lead_words,
    linked,
    name_keys,
    to_bytes,
    word_hashes,
)
from .story_records import StoryArticle, StoryRecord

_CHUNK = 500


def _marks(values) -> str:
    return ",".join("?" * len(values))


# A story's row replaced when it is counted again (written so both SQLite and PostgreSQL accept it).
_STORY_UPSERT = (
    " ON CONFLICT (id) DO UPDATE SET articles = excluded.articles, first_seen = excluded.first_seen,"
    " last_seen = excluded.last_seen"
)

class SQLiteStories:
    """Story assignment and reading; expects ``self._db`` and ``self.transaction``."""

    def _group_story(
        self, article_id: int, published: str | None, names: frozenset[str], hashes: np.ndarray
    ) -> int:
        """Link ``article_id`` to the stored articles that report the same happening and merge their stories.

        ``names`` are the loose keys of the names it mentions (``stories.features.name_keys``), ``hashes``
        its title's and lead's words (``word_hashes(lead_words(...))``). Call after ``_group_near_duplicates``
        (copies of one text always share a story).
        """
        self._unlink_story(article_id)
        day = day_number(published)
        keys = sorted(names)
        neighbours = set(self._name_neighbours(article_id, day, keys, hashes))
        group = self._db.execute("SELECT group_id FROM near_duplicates WHERE article_id = ?", (article_id,)).fetchone()
        if group is not None:
            neighbours.update(
                row[0]
                for row in self._db.execute(
                    "SELECT n.article_id FROM near_duplicates n JOIN article_stories s ON s.article_id = n.article_id"
                    " WHERE n.group_id = ? AND n.article_id != ?",
                    (group[0], article_id),
                )
            )
        neighbours = sorted(neighbours)
        stories = set()
        for start in range(0, len(neighbours), _CHUNK):
            chunk = neighbours[start : start + _CHUNK]
            stories.update(
                row[0]
                for row in self._db.execute(
                    f"SELECT DISTINCT story_id FROM article_stories WHERE article_id IN ({_marks(chunk)})", chunk
                )
            )
        story_id = min(stories | {article_id})
        self._db.executemany(
            "INSERT INTO story_links VALUES (?, ?) ON CONFLICT DO NOTHING",
            [pair for other in neighbours for pair in ((article_id, other), (other, article_id))],
        )
        self._db.execute(
            "INSERT INTO article_stories VALUES (?, ?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET"
            " story_id = excluded.story_id, day = excluded.day, words = excluded.words",
            (article_id, story_id, day, to_bytes(hashes)),
        )
        if day is not None:
            self._db.executemany(
                "INSERT INTO story_names (key, day, article_id) VALUES (?, ?, ?)", [(k, day, article_id) for k in keys]
            )
        self._merge_stories(story_id, sorted(stories - {story_id}), published)
        return story_id

    def _name_neighbours(self, article_id: int, day: int | None, keys: list[str], hashes) -> list[int]:
        """Stored articles within the window that share names with this one and pass the link test."""
        if day is None or not keys:
            return []
        shared = dict(
            self._db.execute(
                f"SELECT article_id, COUNT(*) FROM story_names WHERE key IN ({_marks(keys)})"
                " AND day BETWEEN ? AND ? AND article_id != ? GROUP BY article_id",
                (*keys, day - WINDOW_DAYS, day + WINDOW_DAYS, article_id),
            ).fetchall()
        )
        candidates = sorted(shared)
        found = []
        for start in range(0, len(candidates), _CHUNK):
            chunk = candidates[start : start + _CHUNK]
            for other, data in self._db.execute(
                f"SELECT article_id, words FROM article_stories WHERE article_id IN ({_marks(chunk)})", chunk
            ):
                if linked(shared[other], jaccard(hashes, from_bytes(data))):
                    found.append(other)
        return found

    def _merge_stories(self, story_id: int, others: list[int], published: str | None) -> None:
        """Fold ``others`` into ``story_id`` and count the new article in it."""
        if others:
            self._db.execute(
                f"UPDATE article_stories SET story_id = ? WHERE story_id IN ({_marks(others)})", (story_id, *others)
            )
        rows = self._db.execute(
            f"SELECT articles, first_seen, last_seen FROM stories WHERE id IN ({_marks([story_id, *others])})",
            (story_id, *others),
        ).fetchall()
        dates = [value for _, first, last in rows for value in (first, last) if value] + ([published] if published else [])
        self._db.execute(
            "INSERT INTO stories VALUES (?, ?, ?, ?)" + _STORY_UPSERT,
            (story_id, 1 + sum(row[0] for row in rows), min(dates, default=None), max(dates, default=None)),
        )
        if others:
            self._db.execute(f"DELETE FROM stories WHERE id IN ({_marks(others)})", others)

    def _unlink_story(self, article_id: int) -> None:
        """Take a reprocessed article out of its story, splitting the story where it held parts together."""
        old = [row[0] for row in self._db.execute("SELECT other_id FROM story_links WHERE article_id = ?", (article_id,))]
        row = self._db.execute("SELECT story_id FROM article_stories WHERE article_id = ?", (article_id,)).fetchone()
        if not old and row is None:
            # A new article (or a reprocessed one that stood alone): nothing to split, only a stale story to drop.
            self._db.execute("DELETE FROM stories WHERE id = ?", (article_id,))
            self._db.execute("DELETE FROM story_names WHERE article_id = ?", (article_id,))
            return
        # Links are stored both ways; each way is deleted through the primary key (no scan of all links).
        self._db.execute("DELETE FROM story_links WHERE article_id = ?", (article_id,))
        self._db.executemany("DELETE FROM story_links WHERE article_id = ? AND other_id = ?", [(o, article_id) for o in old])
        self._db.execute("DELETE FROM story_names WHERE article_id = ?", (article_id,))
        self._db.execute("DELETE FROM article_stories WHERE article_id = ?", (article_id,))
        affected = {story for (story,) in self._db.execute(
            f"SELECT DISTINCT story_id FROM article_stories WHERE article_id IN ({_marks(old)})", old
        )} | ({row[0]} if row else set()) | {article_id}
        for story in affected:
            members = [m for (m,) in self._db.execute("SELECT article_id FROM article_stories WHERE story_id = ?", (story,))]
            self._db.execute("DELETE FROM stories WHERE id = ?", (story,))
            for component in self._components(members):
                self._write_story(component)

    def _components(self, members: list[int]) -> list[list[int]]:
        """Connected components of the links among ``members``."""
        left, components = set(members), []
        while left:
            start = min(left)
            left.discard(start)
            component, frontier = [start], [start]
            while frontier:
                current = frontier.pop()
                for (other,) in self._db.execute("SELECT other_id FROM story_links WHERE article_id = ?", (current,)):
                    if other in left:
                        left.discard(other)
                        component.append(other)
                        frontier.append(other)
            components.append(sorted(component))
        return components

    def _write_story(self, members: list[int]) -> None:
        story_id = members[0]
        for start in range(0, len(members), _CHUNK):
            chunk = members[start : start + _CHUNK]
            self._db.execute(
                f"UPDATE article_stories SET story_id = ? WHERE article_id IN ({_marks(chunk)})", (story_id, *chunk)
            )
        self._db.execute(
            "INSERT INTO stories SELECT ?, COUNT(*), MIN(a.published), MAX(a.published)"
            " FROM article_stories s JOIN articles a ON a.id = s.article_id WHERE s.story_id = ?" + _STORY_UPSERT,
            (story_id, story_id),
        )

    # -- maintenance --------------------------------------------------------------------------

    def index_stories(self) -> int:
        self.index_near_duplicates()
        missing = self._db.execute(
            "SELECT a.id, a.title, a.text, a.published FROM articles a LEFT JOIN article_stories s"
            " ON s.article_id = a.id WHERE s.article_id IS NULL ORDER BY a.id"
        ).fetchall()
        with self.transaction():
            for article_id, title, text, published in missing:
                mentions = self._db.execute("SELECT name, type FROM mentions WHERE article_id = ?", (article_id,))
                self._group_story(
                    article_id, published, name_keys(mentions.fetchall()), word_hashes(lead_words(title, text))
                )
        return len(missing)

    def rebuild_stories(self) -> int:
        with self.transaction():
            for table in ("story_links", "story_names", "article_stories", "stories"):
                self._db.execute(f"DELETE FROM {table}")
        return self.index_stories()

    # -- reading ------------------------------------------------------------------------------

    def trend_rows(self, kind: str, first: str, last: str) -> list[tuple[int, int, str]]:
        """(entity or story id, article id, published) of the articles published in [first, last)."""
        if kind == "entities":
            sql = (
                "SELECT m.entity_id, a.id, a.published FROM articles a JOIN mentions m ON m.article_id = a.id"
                " WHERE a.published >= ? AND a.published < ? AND m.entity_id IS NOT NULL"
            )
        elif kind == "stories":
            sql = (
                "SELECT s.story_id, a.id, a.published FROM articles a JOIN article_stories s ON s.article_id = a.id"
                " WHERE a.published >= ? AND a.published < ?"
            )
        else:
            raise ValueError(f"unknown trend kind {kind!r}")
        return self._db.execute(sql, (first, last)).fetchall()

    def entity_names(self, entity_ids: list[int]) -> dict[int, tuple[str, str]]:
        """The canonical name and type of each entity id."""
        if not entity_ids:
            return {}
        rows = self._db.execute(f"SELECT id, name, type FROM entities WHERE id IN ({_marks(entity_ids)})", entity_ids)
        return {entity_id: (name, kind) for entity_id, name, kind in rows}

    def stories(self, since: str | None = None, min_articles: int = 2, limit: int = 50,
                offset: int = 0) -> list[StoryRecord]:
        rows = self._db.execute(
            "SELECT id FROM stories WHERE articles >= ? AND (CAST(? AS TEXT) IS NULL OR last_seen >= ?)"
            " ORDER BY articles DESC, last_seen DESC NULLS LAST, id LIMIT ? OFFSET ?",
            (min_articles, since, since, limit, offset),
        ).fetchall()
        return [self._story(story_id, with_members=False) for (story_id,) in rows]

    def story(self, story_id: int) -> StoryRecord:
        return self._story(story_id, with_members=True)

    def story_of(self, article_ids: list[int]) -> dict[int, int]:
        found: dict[int, int] = {}
        for start in range(0, len(article_ids), _CHUNK):
            chunk = article_ids[start : start + _CHUNK]
            found.update(self._db.execute(
                f"SELECT article_id, story_id FROM article_stories WHERE article_id IN ({_marks(chunk)})", chunk
            ).fetchall())
        return found

    def _story(self, story_id: int, with_members: bool) -> StoryRecord:
        row = self._db.execute(
            "SELECT articles, first_seen, last_seen FROM stories WHERE id = ?", (story_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no story with id {story_id} (see `rasd stories`)")
        members = [
            StoryArticle(*member)
            for member in self._db.execute(
                "SELECT a.id, src.name, a.title, a.published, COALESCE(n.group_id, a.id),"
                " (SELECT COUNT(*) FROM story_links l WHERE l.article_id = a.id)"
                " FROM article_stories s JOIN articles a ON a.id = s.article_id"
                " LEFT JOIN sources src ON src.id = a.source_id LEFT JOIN near_duplicates n ON n.article_id = a.id"
                " WHERE s.story_id = ? ORDER BY a.published, a.id",
                (story_id,),
            )
        ]
        central = min(members, key=lambda m: (-m.links, m.id))
        originals: dict[int, StoryArticle] = {}
        for member in sorted(members, key=lambda m: m.id):
            originals.setdefault(member.duplicate_group, member)
        entities = self._db.execute(
            "SELECT e.id, e.name, e.type, COUNT(DISTINCT m.article_id) FROM article_stories s"
            " JOIN mentions m ON m.article_id = s.article_id JOIN entities e ON e.id = m.entity_id"
            " WHERE s.story_id = ? GROUP BY e.id ORDER BY 4 DESC, e.id LIMIT 5",
            (story_id,),
        ).fetchall()
        return StoryRecord(
            id=story_id,
            label=central.title,
            first_seen=row[1],
            last_seen=row[2],
            articles=row[0],
            outlets=sorted({m.outlet for m in members if m.outlet}),
            independent_outlets=len({m.outlet for m in originals.values() if m.outlet}),
            top_entities=[{"id": i, "name": n, "type": t, "articles": c} for i, n, t, c in entities],
            members=members if with_members else [],
        )
