"""Entity linking in SQLite: name keys → entities, incrementally, the same whatever the order.

An entity is a function of the keys the corpus holds: each strong key (a
person's full name key, an organisation's or place's name or alias group) is
one entity; a lone family name joins the only person the corpus knows with
that family name, and stays an entity of its own while there is none or more
than one.  With a knowledge base imported, keys that name the same item (``محمود
عباس`` and ``أبو مازن``) are one entity, which takes the item's Arabic label as
its name, and a lone family name shared by several people goes to the one the
knowledge base gives that short name to.  Linking an article touches only its own keys and the lone family
names they affect, through indexes: its cost does not grow with the corpus.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from ..entities.local import Cluster
from .sqlite_kb import KnowledgeBase


def _canonical_rank(kind: str, name: str, count: int) -> tuple:
    """People go by their full name (مايك بومبيو over بومبيو); the rest by the name used most (داعش)."""
    full = len(name.split()) > 1 if kind == "PER" else False
    return full, count, len(name.split()), name


class EntityLinks:
    """The linking tables of one SQLite connection (used inside the store's transactions)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.kb = KnowledgeBase(db)

    def link_article(self, article_id: int, published: str | None, clusters: Iterable[Cluster],
                     mention_ids: list[int], names: list[str]) -> None:
        touched_entities: set[int] = set()
        lone_names: set[str] = set()
        for cluster in clusters:
            ids = [mention_ids[i] for i in cluster.mentions]
            self._count_key(cluster, len(ids), published, [names[i] for i in cluster.mentions])
            self.db.execute(
                f"UPDATE mentions SET name_key = ? WHERE id IN ({','.join('?' * len(ids))})", (cluster.key, *ids)
            )
            if cluster.short:
                lone_names.add(cluster.key)
                continue
            if cluster.parts == 2:
                touched_entities |= self._resolve_middle(cluster.key, cluster.span_key)
                lone_names.add("PER~|" + cluster.last_key.split("|", 1)[1])
                lone_names |= self._short_names_known_for(self._entity_of_name_key(cluster.key))
                continue
            entity, created = self._entity_of_key(cluster)
            self.db.execute(
                f"UPDATE mentions SET entity_id = ? WHERE id IN ({','.join('?' * len(ids))})", (entity, *ids)
            )
            touched_entities.add(entity)
            if created and cluster.last_key:
                lone_names.add("PER~|" + cluster.last_key.split("|", 1)[1])
            if created and cluster.parts >= 3:
                for (shorter,) in self.db.execute(
                    "SELECT key FROM name_keys WHERE span_key = ? AND parts = 2", (cluster.span_key,)
                ).fetchall():
                    touched_entities |= self._resolve_middle(shorter, cluster.span_key)
            if created:
                lone_names |= self._short_names_known_for(entity)
        for key in lone_names:
            touched_entities |= self._resolve_lone_name(key)
        # Lone family names first seen here take the entity their key now resolves to.
        self.db.execute(
            "UPDATE mentions SET entity_id = (SELECT entity_id FROM name_keys WHERE key = mentions.name_key)"
            " WHERE article_id = ? AND entity_id IS NULL",
            (article_id,),
        )
        for entity in touched_entities:
            self.refresh_entity(entity)

    def _count_key(self, cluster: Cluster, count: int, published: str | None, names: list[str]) -> None:
        self.db.execute(
            "INSERT INTO name_keys (key, type, short, last_key, span_key, parts, mentions, first_seen, last_seen)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET"
            " mentions = name_keys.mentions + excluded.mentions,"
            " first_seen = MIN(COALESCE(name_keys.first_seen, excluded.first_seen),"
            " COALESCE(excluded.first_seen, name_keys.first_seen)),"
            " last_seen = MAX(COALESCE(name_keys.last_seen, excluded.last_seen),"
            " COALESCE(excluded.last_seen, name_keys.last_seen))",
            (cluster.key, cluster.type, int(cluster.short), cluster.last_key, cluster.span_key, cluster.parts, count,
             published, published),
        )
        self.db.executemany(
            "INSERT INTO key_names (key, name, count) VALUES (?, ?, 1)"
            " ON CONFLICT (key, name) DO UPDATE SET count = key_names.count + 1",
            [(cluster.key, name) for name in names],
        )

    def _entity_of_key(self, cluster: Cluster) -> tuple[int, bool]:
        """The entity a strong key stands for, created on first sight."""
        existing = self._entity_of_name_key(cluster.key)
        if existing is not None:
            return existing, False
        entity = self._own_entity(cluster.key, cluster.type)
        self.db.execute("UPDATE name_keys SET entity_id = ? WHERE key = ?", (entity, cluster.key))
        return entity, True

    def _own_entity(self, key: str, kind: str) -> int:
        """The entity a key stands for on its own: the one of its knowledge-base item when the corpus has it,
        else the key's own (created with the item's QID on first sight)."""
        qid = self.kb.qid_for_key(key)
        known = self.kb.entity_of(qid)
        return known if known is not None else self._ensure_entity(key, kind, qid)

    def _ensure_entity(self, key: str, kind: str, qid: str | None = None) -> int:
        row = self.db.execute("SELECT id FROM entities WHERE key = ?", (key,)).fetchone()
        if row:
            return row[0]
        cursor = self.db.execute(
            "INSERT INTO entities (name, type, key, wikidata_id) VALUES ('', ?, ?, ?)", (kind, key, qid)
        )
        return cursor.lastrowid

    def _entity_of_name_key(self, key: str) -> int | None:
        row = self.db.execute("SELECT entity_id FROM name_keys WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def _resolve_middle(self, key: str, span: str) -> set[int]:
        """Point a two-part name at the only person with a longer name between the same first and
        family names (مهدي العبيدي → مهدي كاظم العبيدي), or at its own entity."""
        owners = [
            entity
            for (entity,) in self.db.execute(
                "SELECT DISTINCT entity_id FROM name_keys WHERE span_key = ? AND parts >= 3 AND entity_id IS NOT NULL",
                (span,),
            )
        ]
        target = owners[0] if len(owners) == 1 else self._own_entity(key, "PER")
        return self._point(key, target)

    def _point(self, key: str, target: int) -> set[int]:
        """Make every mention under ``key`` belong to ``target``; returns the entities touched."""
        previous = self._entity_of_name_key(key)
        self.db.execute("UPDATE name_keys SET entity_id = ? WHERE key = ?", (target, key))
        self.db.execute("UPDATE mentions SET entity_id = ? WHERE name_key = ?", (target, key))
        if previous != target:
            self.db.execute(
                "UPDATE roles SET entity_id = ? WHERE mention_id IN (SELECT id FROM mentions WHERE name_key = ?)",
                (target, key),
            )
        return {target} | ({previous} if previous is not None else set())

    def _resolve_lone_name(self, key: str) -> set[int]:
        """Point a lone family name at the only person with that family name, or at its own entity."""
        row = self.db.execute("SELECT entity_id FROM name_keys WHERE key = ?", (key,)).fetchone()
        if row is None:
            return set()
        owners = [
            entity
            for (entity,) in self.db.execute(
                "SELECT DISTINCT entity_id FROM name_keys WHERE short = 0 AND last_key = ?",
                ("PER|" + key.split("|", 1)[1],),
            )
        ]
        if len(owners) != 1:
            owners = self._known_as(key, owners)
        target = owners[0] if len(owners) == 1 else self._ensure_entity(key, "PER")
        return self._point(key, target)

    def _known_as(self, key: str, owners: list[int]) -> list[int]:
        """The person the knowledge base gives this one-part name to (ترامب, أبو مازن) when the corpus
        holds them: of several people with that family name, or when no one has it as family name."""
        known = self.kb.entity_of(self.kb.qid_for_key(key))
        if known is None or (owners and known not in owners):
            return owners
        return [known]

    def _short_names_known_for(self, entity: int) -> set[str]:
        """Lone names already in the store that the knowledge base gives to a newly created entity."""
        return {
            key
            for (key,) in self.db.execute(
                "SELECT n.key FROM entities e JOIN kb_names n ON n.qid = e.wikidata_id"
                " JOIN name_keys k ON k.key = n.key WHERE e.id = ? AND n.key LIKE 'PER~|%'",
                (entity,),
            )
        }

    def refresh_entity(self, entity: int) -> None:
        """Recompute an entity's counts, dates and canonical name from its keys (a few rows)."""
        mentions, first, last = self.db.execute(
            "SELECT COALESCE(SUM(mentions), 0), MIN(first_seen), MAX(last_seen) FROM name_keys WHERE entity_id = ?",
            (entity,),
        ).fetchone()
        if not mentions:
            # Lone titles that pointed at the vanished entity are unresolved until linked again.
            self.db.execute("UPDATE roles SET entity_id = NULL, resolved_by = NULL WHERE entity_id = ?", (entity,))
            self.db.execute("DELETE FROM entities WHERE id = ?", (entity,))
            return
        names = self.db.execute(
            "SELECT kn.name, SUM(kn.count) FROM key_names kn JOIN name_keys nk ON nk.key = kn.key"
            " WHERE nk.entity_id = ? GROUP BY kn.name",
            (entity,),
        ).fetchall()
        kind, qid = self.db.execute("SELECT type, wikidata_id FROM entities WHERE id = ?", (entity,)).fetchone()
        canonical = (qid and self.kb.label(qid)) or max(names, key=lambda row: _canonical_rank(kind, row[0], row[1]))[0]
        self.db.execute(
            "UPDATE entities SET name = ?, mention_count = ?, first_seen = ?, last_seen = ? WHERE id = ?",
            (canonical, mentions, first, last, entity),
        )

    def clear(self) -> None:
        """Forget every link (before relinking the whole store)."""
        self.db.execute("UPDATE mentions SET entity_id = NULL, name_key = NULL")
        self.db.execute("UPDATE roles SET entity_id = NULL, resolved_by = NULL")
        for table in ("name_keys", "key_names", "entities"):
            self.db.execute(f"DELETE FROM {table}")
