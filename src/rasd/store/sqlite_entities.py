"""Entity reading and relinking for the SQLite store (a mixin of ``SQLiteStore``)."""

from __future__ import annotations

import re

from ..entities.local import local_clusters
from ..errors import NotFoundError
from .records import EntityDetail, EntityRecord
from .sqlite_kb import KnowledgeBase
from .sqlite_links import EntityLinks
from .sqlite_roles import RoleLinks


class SQLiteEntities:
    """Entities, their aliases, roles and neighbours; expects ``self._db``, ``self._pages``,
    ``self._link`` and ``self.transaction`` from the store."""

    def relink(self) -> int:
        """Rebuild every entity from the stored mentions (after reprocessing); returns the entity count."""
        with self.transaction():
            EntityLinks(self._db).clear()
            for article_id, published in self._pages("SELECT id, published FROM articles WHERE id > ? ORDER BY id"):
                mentions = self._db.execute(
                    "SELECT id, name, type FROM mentions WHERE article_id = ? ORDER BY start", (article_id,)
                ).fetchall()
                self._link(
                    article_id, published, [m[0] for m in mentions], [m[1] for m in mentions],
                    local_clusters([(m[1], m[2]) for m in mentions]),
                )
            return self._db.execute("SELECT COUNT(*) FROM entities").fetchone()[0]

    def entities(self, kind: str | None = None, limit: int = 50, offset: int = 0) -> list[EntityRecord]:
        rows = self._db.execute(
            "SELECT id, name, type, mention_count, first_seen, last_seen, wikidata_id FROM entities"
            " WHERE type = COALESCE(?, type) ORDER BY mention_count DESC, name, id LIMIT ? OFFSET ?",
            (kind, limit, offset),
        ).fetchall()
        return [EntityRecord(*row[:6], aliases=self._aliases(row[0]), wikidata_id=row[6]) for row in rows]

    def _aliases(self, entity_id: int) -> list[tuple[str, int]]:
        return [
            (name, count)
            for name, count in self._db.execute(
                "SELECT kn.name, SUM(kn.count) FROM key_names kn JOIN name_keys nk ON nk.key = kn.key"
                " WHERE nk.entity_id = ? GROUP BY kn.name ORDER BY 2 DESC, 1",
                (entity_id,),
            )
        ]

    def find_entity(self, name_or_id: str) -> int:
        """The id of an entity given its id, its name, or any name it was mentioned by."""
        if name_or_id.strip().isdigit():
            row = self._db.execute("SELECT id FROM entities WHERE id = ?", (int(name_or_id),)).fetchone()
        elif re.fullmatch(r"Q\d+", name_or_id.strip()):
            row = self._db.execute("SELECT id FROM entities WHERE wikidata_id = ?", (name_or_id.strip(),)).fetchone()
        else:
            row = self._db.execute(
                "SELECT id FROM entities WHERE name = ? ORDER BY mention_count DESC, id", (name_or_id.strip(),)
            ).fetchone() or self._entity_by_alias(name_or_id)
        if row is None:
            raise NotFoundError(f"no entity named {name_or_id!r} (see `rasd entities` for what is stored)")
        return row[0]

    def _entity_by_alias(self, name: str) -> tuple[int] | None:
        from ..entities.keys import name_keys

        for kind in ("PER", "ORG", "LOC", "MISC"):
            keys = name_keys(name, kind)
            for key in (f"{kind}|{keys.loose}", f"PER~|{keys.loose}"):
                row = self._db.execute("SELECT entity_id FROM name_keys WHERE key = ?", (key,)).fetchone()
                if row and row[0] is not None:
                    return row
        row = self._db.execute(
            "SELECT nk.entity_id FROM key_names kn JOIN name_keys nk ON nk.key = kn.key WHERE kn.name = ?"
            " GROUP BY 1 ORDER BY SUM(kn.count) DESC, 1",
            (name.strip(),),
        ).fetchone()
        if row is None:
            # A family name alone finds the only person stored with that family name (شكري → سامح شكري).
            owners = self._db.execute(
                "SELECT DISTINCT entity_id FROM name_keys WHERE short = 0 AND last_key = ? AND entity_id IS NOT NULL"
                " ORDER BY 1 LIMIT 2",
                (f"PER|{name_keys(name, 'PER').loose}",),
            ).fetchall()
            row = owners[0] if len(owners) == 1 else None
        return row

    def entity(self, entity_id: int, limit: int = 20) -> EntityDetail:
        row = self._db.execute(
            "SELECT id, name, type, mention_count, first_seen, last_seen, wikidata_id FROM entities WHERE id = ?",
            (entity_id,),
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no entity with id {entity_id}")
        record = EntityRecord(*row[:6], aliases=self._aliases(entity_id), wikidata_id=row[6])
        timeline = self._db.execute(
            "SELECT a.published, COUNT(*) FROM mentions m JOIN articles a ON a.id = m.article_id"
            " WHERE m.entity_id = ? AND a.published IS NOT NULL GROUP BY 1 ORDER BY 1",
            (entity_id,),
        ).fetchall()
        # Each shared article once (not once per mention of the entity in it), names joined for the top only.
        cooccurring = self._db.execute(
            "SELECT e.id, e.name, e.type, c.shared FROM (SELECT m.entity_id AS id, COUNT(DISTINCT m.article_id)"
            " AS shared FROM mentions m WHERE m.article_id IN (SELECT article_id FROM mentions WHERE entity_id = ?)"
            " AND m.entity_id != ? GROUP BY m.entity_id) c JOIN entities e ON e.id = c.id"
            " ORDER BY c.shared DESC, e.mention_count DESC, e.id LIMIT ?",
            (entity_id, entity_id, limit),
        ).fetchall()
        articles = self._db.execute(
            "SELECT a.id, a.title, s.name, a.published, COUNT(*) FROM mentions m JOIN articles a ON a.id = m.article_id"
            " LEFT JOIN sources s ON s.id = a.source_id WHERE m.entity_id = ?"
            " GROUP BY a.id, s.name ORDER BY a.published DESC NULLS LAST, a.id DESC LIMIT ?",
            (entity_id, limit),
        ).fetchall()
        roles = self._db.execute(
            "SELECT MIN(text), MIN(date), MAX(date), COUNT(*) FROM roles WHERE entity_id = ? AND resolved_by = 'name'"
            " GROUP BY role_key ORDER BY MIN(date) NULLS FIRST, COUNT(*) DESC LIMIT ?",
            (entity_id, limit),
        ).fetchall()
        offices = KnowledgeBase(self._db).offices_of(record.wikidata_id) if record.wikidata_id else []
        return EntityDetail(record, timeline, cooccurring, articles, roles, offices,
                            events=self.entity_events(entity_id, limit))

    def roles_overview(self) -> list[dict]:
        """Every title in the store with where it stands and whom it resolved to (for checks and exports)."""
        rows = self._db.execute(
            "SELECT d.origin, r.article_id, r.start, r.end, r.text, r.head, r.role_key, r.date, r.resolved_by,"
            " r.entity_id, e.name"
            " FROM roles r JOIN articles a ON a.id = r.article_id JOIN documents d ON d.id = a.document_id"
            " LEFT JOIN entities e ON e.id = r.entity_id ORDER BY r.id"
        ).fetchall()
        keys = ("origin", "article_id", "start", "end", "text", "head", "role_key", "date", "resolved_by",
                "entity_id", "entity")
        result = [dict(zip(keys, row)) for row in rows]
        roles = RoleLinks(self._db)
        for row in result:
            if row["entity_id"] is None:
                row["entity_id"], row["resolved_by"] = roles.holder_on(row["head"], row["role_key"], row["date"])
            row["entity"] = self._entity_name(row["entity_id"])
            row["aliases"] = [name for name, _ in self._aliases(row["entity_id"])] if row["entity_id"] else []
        return result

    def _entity_name(self, entity_id: int | None) -> str | None:
        row = self._db.execute("SELECT name FROM entities WHERE id = ?", (entity_id,)).fetchone() if entity_id else None
        return row[0] if row else None

