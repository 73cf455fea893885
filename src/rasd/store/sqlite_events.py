"""Events in the SQLite store (a mixin of ``SQLiteStore``): writing an article's events, listing, grouping.

Actors are stored with the mention they stand on; their canonical entity is
read through that mention, so it is right after ``rasd relink``. Reports of
one event across articles are grouped at read time by type, actors (entity
when named, folded name otherwise; either order for symmetric types), place
and date (the event's own date, else the article's).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..arabic.normalize import normalize_for_matching
from ..events.lexicon import SYMMETRIC_TYPES
from .event_records import EventFilters, EventGroup, EventRecord

_COLUMNS = """
    e.id, e.article_id, d.origin, s.name, a.published, e.type, e.mode, e.source_name, ms.entity_id,
    e.target_name, mt.entity_id, e.location_name, ml.entity_id, e.date, e.date_text, e.trigger, e.start, e.end,
    e.sentence, e.source_text, e.target_text, e.trigger_start, e.trigger_end, e.confidence
"""
_FROM = """
    FROM events e JOIN articles a ON a.id = e.article_id JOIN documents d ON d.id = a.document_id
    LEFT JOIN sources s ON s.id = a.source_id
    LEFT JOIN mentions ms ON ms.id = e.source_mention_id
    LEFT JOIN mentions mt ON mt.id = e.target_mention_id
    LEFT JOIN mentions ml ON ml.id = e.location_mention_id
"""
_SYMMETRIC = ", ".join(f"'{kind}'" for kind in sorted(SYMMETRIC_TYPES))
# The identity of an actor across articles: its entity when linked, else its folded name.
_SOURCE_KEY = "COALESCE('e' || ms.entity_id, 'n' || e.source_key, '')"
_TARGET_KEY = "COALESCE('e' || mt.entity_id, 'n' || e.target_key, '')"
_GROUP_KEY = f"""
    e.type,
    CASE WHEN e.type IN ({_SYMMETRIC}) AND {_TARGET_KEY} < {_SOURCE_KEY} THEN {_TARGET_KEY} ELSE {_SOURCE_KEY} END,
    CASE WHEN e.type IN ({_SYMMETRIC}) AND {_TARGET_KEY} < {_SOURCE_KEY} THEN {_SOURCE_KEY} ELSE {_TARGET_KEY} END,
    COALESCE('e' || ml.entity_id, 'n' || e.location_key, ''),
    COALESCE(e.date, a.published, '')
"""


def _key(name: str | None) -> str | None:
    return normalize_for_matching(name) if name else None


class SQLiteEvents:
    """Expects ``self._db`` and ``self._pages`` from the store."""

    def _insert_events(self, article_id: int, events: list, mention_ids: list[int]) -> None:
        def mention(actor) -> int | None:
            if actor is None or actor.mention is None or actor.mention >= len(mention_ids):
                return None
            return mention_ids[actor.mention]

        self._db.executemany(
            "INSERT INTO events (article_id, type, mode, trigger, trigger_start, trigger_end, start, \"end\", sentence,"
            " source_text, source_name, source_key, source_mention_id, target_text, target_name, target_key,"
            " target_mention_id, location_name, location_key, location_mention_id, date, date_text, confidence)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    article_id, event.type, event.mode, event.trigger, event.trigger_start, event.trigger_end,
                    event.start, event.end, "",
                    *(_actor_values(event.source) + (mention(event.source),)),
                    *(_actor_values(event.target) + (mention(event.target),)),
                    event.location.name if event.location else None,
                    _key(event.location.name) if event.location else None, mention(event.location),
                    event.date, event.date_text, event.confidence,
                )
                for event in events
            ],
        )
        # The evidence sentence is cut from the stored text, so it always matches the offsets.
        self._db.execute(
            "UPDATE events SET sentence = (SELECT substr(a.text, events.start + 1, events.end - events.start)"
            " FROM articles a WHERE a.id = events.article_id) WHERE article_id = ?",
            (article_id,),
        )

    def _event_where(self, filters: EventFilters | None) -> tuple[str, list]:
        if filters is None:
            return "", []
        clauses, params = [], []
        if filters.type:
            clauses.append("e.type = ?")
            params.append(filters.type.upper())
        if filters.actor_entity_id is not None:
            clauses.append("(ms.entity_id = ? OR mt.entity_id = ?)")
            params += [filters.actor_entity_id, filters.actor_entity_id]
        elif filters.actor_name:
            clauses.append("(e.source_key LIKE ? OR e.target_key LIKE ?)")
            params += [f"%{_key(filters.actor_name)}%"] * 2
        if filters.since:
            clauses.append("COALESCE(CASE WHEN length(e.date) = 10 THEN e.date END, a.published) >= ?")
            params.append(filters.since)
        if filters.until:
            clauses.append("COALESCE(CASE WHEN length(e.date) = 10 THEN e.date END, a.published) <= ?")
            params.append(filters.until)
        if filters.mode:
            clauses.append("e.mode = ?")
            params.append(filters.mode)
        if filters.min_confidence is not None:
            # NULL (an event stored before events were scored) compares as unknown: left out.
            clauses.append("e.confidence >= ?")
            params.append(filters.min_confidence)
        return "".join(f" AND {clause}" for clause in clauses), params

    def iter_events(self, filters: EventFilters | None = None) -> Iterator[EventRecord]:
        """Every stored event (report), in id order."""
        where, params = self._event_where(filters)
        sql = f"SELECT {_COLUMNS} {_FROM} WHERE e.id > ? {where} ORDER BY e.id"
        return (EventRecord(*row) for row in self._pages(sql, params, size=2000))

    def article_events(self, article_id: int) -> list[EventRecord]:
        rows = self._db.execute(f"SELECT {_COLUMNS} {_FROM} WHERE e.article_id = ? ORDER BY e.start", (article_id,))
        return [EventRecord(*row) for row in rows.fetchall()]

    def event_groups(self, filters: EventFilters | None = None, limit: int = 50, offset: int = 0) -> list[EventGroup]:
        """Events counted once however many articles report them, most reported first, then newest."""
        where, params = self._event_where(filters)
        rows = self._db.execute(
            f"SELECT MIN(e.id), COUNT(*), COUNT(DISTINCT COALESCE(a.source_id, -a.id)), GROUP_CONCAT(e.article_id)"
            f" {_FROM} WHERE 1 = 1 {where} GROUP BY {_GROUP_KEY}"
            f" ORDER BY COUNT(DISTINCT COALESCE(a.source_id, -a.id)) DESC, MAX(COALESCE(e.date, a.published)) DESC,"
            f" MIN(e.id) LIMIT ? OFFSET ?",
            (*params, limit, offset),
        ).fetchall()
        groups = []
        for first_id, reports, outlets, article_ids in rows:
            record = EventRecord(*self._db.execute(f"SELECT {_COLUMNS} {_FROM} WHERE e.id = ?", (first_id,)).fetchone())
            ids = sorted({int(i) for i in str(article_ids).split(",")})
            groups.append(EventGroup(record, reports, outlets, ids, self._reported_by(ids)))
        return groups

    def _reported_by(self, article_ids: list[int]) -> list[tuple[int, str | None, str | None, str | None]]:
        marks = ", ".join("?" * len(article_ids))
        return [tuple(row) for row in self._db.execute(
            f"SELECT a.id, a.title, s.name, a.published FROM articles a LEFT JOIN sources s ON s.id = a.source_id"
            f" WHERE a.id IN ({marks}) ORDER BY a.published, a.id",
            article_ids,
        ).fetchall()]

    def event_reports(self, filters: EventFilters | None = None, limit: int = 50, offset: int = 0) -> list[EventRecord]:
        """Single reports (an event as one article tells it), newest first, for paging through."""
        where, params = self._event_where(filters)
        rows = self._db.execute(
            f"SELECT {_COLUMNS} {_FROM} WHERE 1 = 1 {where}"
            " ORDER BY COALESCE(e.date, a.published) DESC, e.id DESC LIMIT ? OFFSET ?",
            (*params, limit, offset),
        ).fetchall()
        return [EventRecord(*row) for row in rows]

    def entity_events(self, entity_id: int, limit: int = 20) -> dict[str, list[EventRecord]]:
        """The events an entity is the source of and the target of, newest first."""
        found = {}
        for role, column in (("as_source", "ms"), ("as_target", "mt")):
            rows = self._db.execute(
                f"SELECT {_COLUMNS} {_FROM} WHERE {column}.entity_id = ?"
                " ORDER BY COALESCE(e.date, a.published) DESC, e.id DESC LIMIT ?",
                (entity_id, limit),
            ).fetchall()
            found[role] = [EventRecord(*row) for row in rows]
        return found


def _actor_values(actor) -> tuple:
    if actor is None:
        return None, None, None
    return actor.text, actor.name, _key(actor.name)
