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
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from ..entities.local import Cluster
from .sqlite_kb import KnowledgeBase

# Ids or keys per ``IN (...)`` list, well under SQLite's 32,766 variables a statement.
_PER_LIST = 500


def _canonical_rank(kind: str, name: str, count: int) -> tuple:
    """People go by their full name (مايك بومبيو over بومبيو); the rest by the name used most (داعش)."""
    full = len(name.split()) > 1 if kind == "PER" else False
    return full, count, len(name.split()), name


class EntityLinks:
    """The linking tables of one SQLite connection (used inside the store's transactions)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.kb = KnowledgeBase(db)
        # What this linker knows of ``name_keys``: the entity of each key it has read or written
        # (None: the key has no entity yet), and keys it found absent. Only this class writes
        # ``name_keys.entity_id``, inside the writer's transaction, so what it read stays true.
        self._entity_by_key: dict[str, int | None] = {}
        self._absent_keys: set[str] = set()
        # The entity whose own key each key is, where read (None: no entity has that key yet).
        self._entity_keyed: dict[str, int | None] = {}
        # Keys pointed at an entity whose row is not written yet (``_flush``).
        self._pending: dict[str, int] = {}

    def link_article(self, published: str | None, clusters: list[Cluster], mention_ids: list[int],
                     names: list[str]) -> None:
        """Link the stored mentions of an article (``names`` as written, ``mention_ids`` their ids, in order)."""
        self.resolve(published, clusters, names)
        self._set_mention_keys(clusters, mention_ids)

    def resolve(self, published: str | None, clusters: list[Cluster], names: list[str]) -> dict[str, int | None]:
        """Count an article's keys and resolve them, its mentions not stored yet; the entity of each key.

        The article's own mentions then go in with their key and entity (``mention_links``). Keys are
        resolved in three rounds, each with a few statements for all the article's keys rather than a few
        each (a round trip to a server apiece): strong keys; two-part names, which may belong to a longer
        name of the same person; lone family names, which may belong to the one person who bears them.
        """
        # One read for the keys this article will look up (a round trip each on a server otherwise).
        self._read_keys(
            {cluster.key for cluster in clusters}
            | {_lone_key(cluster.last_key) for cluster in clusters if cluster.last_key}
        )
        self._count_keys(clusters, published, names)
        self._create_entities(clusters)
        touched: set[int] = set()
        lone_names = {cluster.key for cluster in clusters if cluster.short}
        middles = {cluster.key: cluster.span_key for cluster in clusters if not cluster.short and cluster.parts == 2}
        lone_names |= {_lone_key(cluster.last_key) for cluster in clusters if cluster.key in middles}
        longer_spans: set[str] = set()
        for cluster in clusters:
            if cluster.short or cluster.parts == 2:
                continue
            entity, created = self._entity_of_key(cluster)
            touched.add(entity)
            if created and cluster.last_key:
                lone_names.add(_lone_key(cluster.last_key))
            if created and cluster.parts >= 3:
                longer_spans.add(cluster.span_key)
            if created:
                lone_names |= self._short_names_known_for(entity)
        # A new longer name may claim two-part names already in the store (مهدي العبيدي).
        for chunk in _chunks(sorted(longer_spans)):
            middles.update(self.db.execute(
                f"SELECT key, span_key FROM name_keys WHERE span_key IN ({','.join('?' * len(chunk))}) AND parts = 2",
                chunk,
            ).fetchall())
        touched |= self._resolve_middles(middles)
        for cluster in clusters:
            if cluster.key in middles:
                lone_names |= self._short_names_known_for(self._entity_of_name_key(cluster.key))
        touched |= self._resolve_lone_names(lone_names)
        self.refresh_entities(touched)
        # Every key of the article was read or written above, so its entity is known here.
        return {cluster.key: self._entity_by_key[cluster.key] for cluster in clusters}

    def _count_keys(self, clusters: list[Cluster], published: str | None, names: list[str]) -> None:
        """Add an article's keys and the names written under them to the counts, a few statements in all."""
        for chunk in _chunks(clusters):
            self.db.execute(
                "INSERT INTO name_keys (key, type, short, last_key, span_key, parts, mentions, first_seen, last_seen)"
                " VALUES " + ", ".join(["(?, ?, ?, ?, ?, ?, ?, ?, ?)"] * len(chunk))
                + " ON CONFLICT (key) DO UPDATE SET"
                " mentions = name_keys.mentions + excluded.mentions,"
                " first_seen = MIN(COALESCE(name_keys.first_seen, excluded.first_seen),"
                " COALESCE(excluded.first_seen, name_keys.first_seen)),"
                " last_seen = MAX(COALESCE(name_keys.last_seen, excluded.last_seen),"
                " COALESCE(excluded.last_seen, name_keys.last_seen))",
                [value for c in chunk for value in (c.key, c.type, int(c.short), c.last_key, c.span_key, c.parts,
                                                     len(c.mentions), published, published)],
            )
        for cluster in clusters:
            if cluster.key in self._absent_keys:
                self._absent_keys.discard(cluster.key)
                self._entity_by_key[cluster.key] = None
        written = Counter((cluster.key, names[i]) for cluster in clusters for i in cluster.mentions)
        for chunk in _chunks(sorted(written.items())):
            self.db.execute(
                "INSERT INTO key_names (key, name, count) VALUES " + ", ".join(["(?, ?, ?)"] * len(chunk))
                + " ON CONFLICT (key, name) DO UPDATE SET count = key_names.count + excluded.count",
                [value for (key, name), count in chunk for value in (key, name, count)],
            )

    def _set_mention_keys(self, clusters: list[Cluster], mention_ids: list[int]) -> None:
        """Give each of an article's stored mentions its key and the entity the key now stands for, once all its
        keys are resolved: one statement for a few hundred mentions."""
        pairs = [(mention_ids[i], cluster.key) for cluster in clusters for i in cluster.mentions]
        for chunk in _chunks(pairs):
            self.db.execute(
                "UPDATE mentions SET name_key = v.column2, entity_id = n.entity_id FROM (VALUES "
                + ", ".join(["(CAST(? AS INTEGER), ?)"] * len(chunk))
                + ") AS v JOIN name_keys n ON n.key = v.column2 WHERE mentions.id = v.column1",
                [value for pair in chunk for value in pair],
            )

    def _create_entities(self, clusters: list[Cluster]) -> None:
        """Create at once the entities the article's new strong keys will stand for (without a knowledge base,
        a key's own), in one statement rather than one each; the linking below then finds them."""
        if self.kb.has_names():
            return  # which entity a key stands for depends on the knowledge base: decided key by key
        missing = [
            cluster for cluster in clusters
            if not cluster.short and cluster.parts != 2 and self._entity_of_name_key(cluster.key) is None
            and cluster.key in self._entity_keyed and self._entity_keyed[cluster.key] is None
        ]
        for chunk in _chunks(missing):
            rows = self.db.execute(
                "INSERT INTO entities (name, type, key, wikidata_id) VALUES "
                + ", ".join(["('', ?, ?, NULL)"] * len(chunk)) + " RETURNING id, key",
                [value for cluster in chunk for value in (cluster.type, cluster.key)],
            ).fetchall()
            self._entity_keyed.update({key: entity for entity, key in rows})

    def _entity_of_key(self, cluster: Cluster) -> tuple[int, bool]:
        """The entity a strong key stands for, created on first sight."""
        existing = self._entity_of_name_key(cluster.key)
        if existing is not None:
            return existing, False
        entity = self._own_entity(cluster.key, cluster.type)
        self._point({cluster.key: entity})
        return entity, True

    def _own_entity(self, key: str, kind: str) -> int:
        """The entity a key stands for on its own: the one of its knowledge-base item when the corpus has it,
        else the key's own (created with the item's QID on first sight)."""
        qid = self.kb.qid_for_key(key)
        known = self.kb.entity_of(qid)
        return known if known is not None else self._ensure_entity(key, kind, qid)

    def _ensure_entity(self, key: str, kind: str, qid: str | None = None) -> int:
        """The entity with this key as its own, created when there is none."""
        if key not in self._entity_keyed:
            row = self.db.execute("SELECT id FROM entities WHERE key = ?", (key,)).fetchone()
            self._entity_keyed[key] = row[0] if row else None
        if self._entity_keyed[key] is None:
            # Not ON CONFLICT: a PostgreSQL sequence would hand out an id even when the row exists,
            # and ids would then differ from SQLite's.
            cursor = self.db.execute(
                "INSERT INTO entities (name, type, key, wikidata_id) VALUES ('', ?, ?, ?)", (kind, key, qid)
            )
            self._entity_keyed[key] = cursor.lastrowid
        return self._entity_keyed[key]

    def _ensure_entities(self, keys: list[str], kind: str) -> dict[str, int]:
        """The entities with these keys as their own, those missing created in one statement."""
        self._read_keys(keys)
        missing = sorted({key for key in keys if self._entity_keyed[key] is None})
        for chunk in _chunks(missing):
            rows = self.db.execute(
                "INSERT INTO entities (name, type, key, wikidata_id) VALUES "
                + ", ".join(["('', ?, ?, NULL)"] * len(chunk)) + " RETURNING id, key",
                [value for key in chunk for value in (kind, key)],
            ).fetchall()
            self._entity_keyed.update({key: entity for entity, key in rows})
        return {key: self._entity_keyed[key] for key in keys}

    def _read_keys(self, keys: Iterable[str]) -> None:
        """Learn the entities of ``keys`` (and which of them the store lacks), and which entities have
        them as their own key, a few hundred per statement."""
        wanted = [key for key in keys if key not in self._entity_by_key and key not in self._absent_keys]
        for chunk in _chunks(sorted(wanted)):
            marks = ",".join("?" * len(chunk))
            found = dict(
                self.db.execute(f"SELECT key, entity_id FROM name_keys WHERE key IN ({marks})", chunk).fetchall()
            )
            self._entity_by_key.update(found)
            self._absent_keys.update(key for key in chunk if key not in found)
            owned = dict(self.db.execute(f"SELECT key, id FROM entities WHERE key IN ({marks})", chunk).fetchall())
            self._entity_keyed.update({key: owned.get(key) for key in chunk})

    def _entity_of_name_key(self, key: str) -> int | None:
        self._read_keys([key])
        return self._entity_by_key.get(key)

    def _resolve_middles(self, middles: dict[str, str]) -> set[int]:
        """Point each two-part name (key → the key of its first and family names) at the only person with a
        longer name between the same first and family names (مهدي العبيدي → مهدي كاظم العبيدي), or at its own
        entity; returns the entities touched."""
        if not middles:
            return set()
        self._flush()  # the longer names' entities, set just before, decide
        owners: dict[str, list[int]] = defaultdict(list)
        spans = sorted(set(middles.values()))
        for chunk in _chunks(spans):
            for span, entity in self.db.execute(
                "SELECT DISTINCT span_key, entity_id FROM name_keys WHERE span_key IN"
                f" ({','.join('?' * len(chunk))}) AND parts >= 3 AND entity_id IS NOT NULL",
                chunk,
            ).fetchall():
                owners[span].append(entity)
        alone = sorted(key for key, span in middles.items() if len(owners[span]) != 1)
        if self.kb.has_names():
            own = {key: self._own_entity(key, "PER") for key in alone}
        else:
            own = self._ensure_entities(alone, "PER")
        return self._point({
            key: owners[span][0] if len(owners[span]) == 1 else own[key] for key, span in middles.items()
        })

    def _resolve_lone_names(self, keys: set[str]) -> set[int]:
        """Point each lone family name at the only person with that family name, or at its own entity."""
        self._read_keys(keys)
        keys = sorted(key for key in keys if key in self._entity_by_key)
        if not keys:
            return set()
        self._flush()  # the full names' entities, set just before, decide
        owners: dict[str, list[int | None]] = {key: [] for key in keys}
        for chunk in _chunks(keys):
            for last_key, entity in self.db.execute(
                "SELECT DISTINCT last_key, entity_id FROM name_keys WHERE short = 0 AND last_key IN"
                f" ({','.join('?' * len(chunk))})",
                ["PER|" + key.split("|", 1)[1] for key in chunk],
            ).fetchall():
                owners["PER~|" + last_key.split("|", 1)[1]].append(entity)
        for key in keys:
            if len(owners[key]) != 1:
                owners[key] = self._known_as(key, owners[key])
        own = self._ensure_entities([key for key in keys if len(owners[key]) != 1], "PER")
        return self._point({key: owners[key][0] if len(owners[key]) == 1 else own[key] for key in keys})

    def _point(self, targets: dict[str, int]) -> set[int]:
        """Make every mention under each key belong to its target entity; returns the entities touched.

        The keys' own rows are written by ``_flush``, in one statement, before anything reads them. A key
        without an entity before has no stored mentions yet (they take their key once it is resolved), and
        one whose entity stays has nothing to move: only the others' mentions and titles are updated.
        """
        touched: set[int] = set()
        moved = []
        for key, target in targets.items():
            previous = self._entity_of_name_key(key)
            self._entity_by_key[key] = target
            self._pending[key] = target
            touched.add(target)
            if previous is not None and previous != target:
                touched.add(previous)
                moved.append((target, key))
        self.db.executemany("UPDATE mentions SET entity_id = ? WHERE name_key = ?", moved)
        self.db.executemany(
            "UPDATE roles SET entity_id = ? WHERE mention_id IN (SELECT id FROM mentions WHERE name_key = ?)", moved
        )
        return touched

    def _flush(self) -> None:
        """Write the entities keys were pointed at since the last flush, one statement for a few hundred."""
        pending, self._pending = sorted(self._pending.items()), {}
        for chunk in _chunks(pending):
            self.db.execute(
                "UPDATE name_keys SET entity_id = v.column2 FROM (VALUES "
                + ", ".join(["(?, CAST(? AS INTEGER))"] * len(chunk))
                + ") AS v WHERE name_keys.key = v.column1",
                [value for pair in chunk for value in pair],
            )

    def _known_as(self, key: str, owners: list[int]) -> list[int]:
        """The person the knowledge base gives this one-part name to (ترامب, أبو مازن) when the corpus
        holds them: of several people with that family name, or when no one has it as family name."""
        known = self.kb.entity_of(self.kb.qid_for_key(key))
        if known is None or (owners and known not in owners):
            return owners
        return [known]

    def _short_names_known_for(self, entity: int | None) -> set[str]:
        """Lone names already in the store that the knowledge base gives to a newly created entity."""
        if entity is None or not self.kb.has_names():
            return set()
        return {
            key
            for (key,) in self.db.execute(
                "SELECT n.key FROM entities e JOIN kb_names n ON n.qid = e.wikidata_id"
                " JOIN name_keys k ON k.key = n.key WHERE e.id = ? AND n.key LIKE 'PER~|%'",
                (entity,),
            )
        }

    def refresh_entities(self, entities: Iterable[int | None]) -> None:
        """Recompute entities' counts, dates and canonical names from their keys: three reads for them all."""
        self._flush()
        ids = sorted({entity for entity in entities if entity is not None})
        totals: dict[int, tuple] = {}
        names: dict[int, list[tuple[str, int]]] = defaultdict(list)
        described: dict[int, tuple[str, str | None]] = {}
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            for entity, *row in self.db.execute(
                "SELECT entity_id, SUM(mentions), MIN(first_seen), MAX(last_seen) FROM name_keys"
                f" WHERE entity_id IN ({marks}) GROUP BY entity_id",
                chunk,
            ).fetchall():
                totals[entity] = tuple(row)
            for entity, name, count in self.db.execute(
                "SELECT nk.entity_id, kn.name, SUM(kn.count) FROM key_names kn JOIN name_keys nk ON nk.key = kn.key"
                f" WHERE nk.entity_id IN ({marks}) GROUP BY nk.entity_id, kn.name",
                chunk,
            ).fetchall():
                names[entity].append((name, count))
            for entity, kind, label in self.db.execute(
                f"SELECT e.id, e.type, i.label FROM entities e LEFT JOIN kb_items i ON i.qid = e.wikidata_id"
                f" WHERE e.id IN ({marks})",
                chunk,
            ).fetchall():
                described[entity] = (kind, label)
        gone = [(entity,) for entity in ids if not totals.get(entity, (0,))[0]]
        # Lone titles that pointed at a vanished entity are unresolved until linked again.
        self.db.executemany("UPDATE roles SET entity_id = NULL, resolved_by = NULL WHERE entity_id = ?", gone)
        self.db.executemany("DELETE FROM entities WHERE id = ?", gone)
        vanished = {entity for (entity,) in gone}
        self._entity_keyed = {key: None if entity in vanished else entity for key, entity in self._entity_keyed.items()}
        updates = []
        for entity, (mentions, first, last) in totals.items():
            if not mentions or entity not in described:
                continue
            kind, label = described[entity]
            seen = names[entity]
            ranked = max(seen, key=lambda row: _canonical_rank(kind, row[0], row[1]))[0] if seen else None
            updates.append((label or ranked, mentions, first, last, entity))
        self.db.executemany(
            "UPDATE entities SET name = COALESCE(?, name), mention_count = ?, first_seen = ?, last_seen = ?"
            " WHERE id = ?",
            updates,
        )

    def clear(self) -> None:
        """Forget every link (before relinking the whole store)."""
        self.db.execute("UPDATE mentions SET entity_id = NULL, name_key = NULL")
        self.db.execute("UPDATE roles SET entity_id = NULL, resolved_by = NULL")
        for table in ("name_keys", "key_names", "entities"):
            self.db.execute(f"DELETE FROM {table}")


def mention_links(clusters: list[Cluster], entities: dict[str, int | None], count: int) -> list[tuple]:
    """(key, entity) of each of an article's ``count`` mentions, (None, None) for one in no cluster."""
    links: list[tuple] = [(None, None)] * count
    for cluster in clusters:
        for index in cluster.mentions:
            links[index] = (cluster.key, entities[cluster.key])
    return links


def _lone_key(last_key: str) -> str:
    """The key of a family name standing alone, from the family-name key of a full name."""
    return "PER~|" + last_key.split("|", 1)[1]


def _chunks(items: Sequence) -> Iterable[list]:
    for first in range(0, len(items), _PER_LIST):
        yield list(items[first : first + _PER_LIST])
