"""Near-duplicate groups for the SQLite store (a mixin of ``SQLiteStore``).

Each article's MinHash signature is stored with its LSH band keys; a new article looks its keys up
in an index (cost independent of the store's size), checks the candidates' signatures, and joins
their group. Groups are the connected components of "one text" (``stories.minhash.same_text``: estimated
Jaccard over the threshold, and the same names when the similarity is marginal), named by their smallest
article id, so they do not depend on the order articles arrive in.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from ..stories.minhash import BANDS, band_keys, from_bytes, name_set, same_text, signature, similarity, to_bytes
from .monitoring import DuplicateGroup

_NAME_SEPARATOR = "\x1f"
_CANDIDATES = " UNION ".join(["SELECT article_id FROM minhash_bands WHERE band = ? AND key = ?"] * BANDS)


# An article's row replaced when it is stored again (written so both SQLite and PostgreSQL accept it).
_REPLACE = (
    " ON CONFLICT (article_id) DO UPDATE SET group_id = excluded.group_id, signature = excluded.signature,"
    " names = excluded.names"
)

class SQLiteDuplicates:
    """Near-duplicate signatures, band keys and groups; expects ``self._db`` and ``self.transaction``."""

    def _group_near_duplicates(self, article_id: int, values: np.ndarray | None, names: frozenset[str]) -> int:
        """Record ``article_id``'s signature and names, and put it in the group of the stored articles it copies.

        ``values`` is the text's MinHash signature (``stories.minhash.signature``); ``names`` the loose keys of
        the names it mentions (``name_set``): templated announcements about different people are told apart by
        them (``stories.minhash.same_text``).
        """
        # A reprocessed article may have named a group: its old copies keep their group under a name of their own,
        # and the article rejoins them below only if its new text still matches.
        self._db.execute(
            "UPDATE near_duplicates SET group_id = (SELECT MIN(article_id) FROM near_duplicates"
            " WHERE group_id = ? AND article_id != ?) WHERE group_id = ? AND article_id != ?",
            (article_id,) * 4,
        )
        stored_names = _NAME_SEPARATOR.join(sorted(names))
        if values is None:
            self._db.execute(
                "INSERT INTO near_duplicates VALUES (?, ?, NULL, ?)" + _REPLACE, (article_id, article_id, stored_names)
            )
            return article_id
        keys = band_keys(values)
        params = [value for pair in enumerate(keys) for value in pair]
        candidates = [row[0] for row in self._db.execute(_CANDIDATES, params) if row[0] != article_id]
        groups = {article_id}
        for start in range(0, len(candidates), 500):
            chunk = candidates[start : start + 500]
            rows = self._db.execute(
                "SELECT group_id, signature, names FROM near_duplicates"
                f" WHERE article_id IN ({','.join('?' * len(chunk))}) AND signature IS NOT NULL",
                chunk,
            )
            groups.update(
                group
                for group, data, other in rows
                if same_text(similarity(values, from_bytes(data)), names, _names(other))
            )
        group_id = min(groups)
        others = sorted(groups - {group_id, article_id})
        if others:
            self._db.execute(
                f"UPDATE near_duplicates SET group_id = ? WHERE group_id IN ({','.join('?' * len(others))})",
                (group_id, *others),
            )
        self._db.execute(
            "INSERT INTO near_duplicates VALUES (?, ?, ?, ?)" + _REPLACE,
            (article_id, group_id, to_bytes(values), stored_names),
        )
        self._db.execute("DELETE FROM minhash_bands WHERE article_id = ?", (article_id,))
        self._db.executemany(
            "INSERT INTO minhash_bands (band, key, article_id) VALUES (?, ?, ?)",
            [(band, key, article_id) for band, key in enumerate(keys)],
        )
        return group_id

    def index_near_duplicates(self) -> int:
        """Group the stored articles that have no signature yet (stored before this stage existed)."""
        missing = self._db.execute(
            "SELECT a.id, a.text FROM articles a LEFT JOIN near_duplicates n ON n.article_id = a.id"
            " WHERE n.article_id IS NULL ORDER BY a.id"
        ).fetchall()
        with self.transaction():
            for article_id, text in missing:
                mentions = self._db.execute("SELECT name, type FROM mentions WHERE article_id = ?", (article_id,))
                self._group_near_duplicates(article_id, signature(text), name_set(mentions.fetchall()))
        return len(missing)

    def duplicate_groups(self, article_ids: Iterable[int]) -> dict[int, DuplicateGroup]:
        """The group of each article (articles without a row stand alone)."""
        result: dict[int, DuplicateGroup] = {}
        for article_id in dict.fromkeys(article_ids):
            row = self._db.execute(
                "SELECT group_id FROM near_duplicates WHERE article_id = ?", (article_id,)
            ).fetchone()
            group_id = row[0] if row else article_id
            articles, outlets = self._db.execute(
                "SELECT COUNT(*), COUNT(DISTINCT a.source_id)"
                " FROM near_duplicates n JOIN articles a ON a.id = n.article_id"
                " WHERE n.group_id = ?",
                (group_id,),
            ).fetchone()
            result[article_id] = DuplicateGroup(group_id, max(articles, 1), outlets)
        return result

    def duplicate_group_list(self, min_articles: int = 2, limit: int = 50) -> list[DuplicateGroup]:
        """Groups with at least ``min_articles`` articles, those run by most outlets first."""
        rows = self._db.execute(
            "SELECT n.group_id, COUNT(*), COUNT(DISTINCT a.source_id), MIN(a.published), MAX(a.published)"
            " FROM near_duplicates n JOIN articles a ON a.id = n.article_id GROUP BY n.group_id"
            " HAVING COUNT(*) >= ? ORDER BY 3 DESC, 2 DESC, 1 LIMIT ?",
            (min_articles, limit),
        ).fetchall()
        groups = []
        for group_id, articles, outlets, first, last in rows:
            title = self._db.execute("SELECT title FROM articles WHERE id = ?", (group_id,)).fetchone()
            groups.append(DuplicateGroup(group_id, articles, outlets, title[0] if title else None, first, last))
        return groups

    def duplicate_group_members(self, group_id: int) -> list[tuple[int, str | None, str | None, str | None]]:
        """(article id, outlet, title, published) of every article in a group, in id order."""
        return self._db.execute(
            "SELECT a.id, s.name, a.title, a.published FROM near_duplicates n JOIN articles a ON a.id = n.article_id"
            " LEFT JOIN sources s ON s.id = a.source_id WHERE n.group_id = ? ORDER BY a.id",
            (group_id,),
        ).fetchall()


def _names(stored: str) -> frozenset[str]:
    return frozenset(stored.split(_NAME_SEPARATOR)) if stored else frozenset()
