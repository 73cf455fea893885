"""Quotations in the SQLite store (a mixin of ``SQLiteStore``): written with their article, read by
speaker, date and outlet.

A quotation keeps the mention its speaker was found by; its entity is read
through that mention, so ``relink`` (which rebuilds entities from mentions)
carries quotations along without touching them.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..arabic.normalize import normalize_for_search
from ..errors import NotFoundError
from .records import EntityDetail, QuotationRecord, SearchFilters

_COLUMNS = """
    q.id, q.article_id, q.start, q.end, q.kind, q.cue, q.speaker_name,
    COALESCE(sm.entity_id, q.speaker_entity_id), e.name, q.text, d.origin, s.name, a.published, a.title
"""
_JOINS = """
    JOIN documents d ON d.id = a.document_id
    LEFT JOIN sources s ON s.id = a.source_id LEFT JOIN mentions sm ON sm.id = q.speaker_mention_id
    LEFT JOIN entities e ON e.id = COALESCE(sm.entity_id, q.speaker_entity_id)
"""
_FROM = "FROM quotations q JOIN articles a ON a.id = q.article_id" + _JOINS
# Newest first without sorting every quotation: walk the articles down their date index and stop at the page's
# end (CROSS JOIN keeps SQLite from starting at the quotations). Over SaudiNewsNet (90,425 quotations) the
# first page took 451 ms sorted, 0.1 ms walked; a speaker's, through their mentions, 133 ms before, 2 ms now.
_NEWEST_FROM = "FROM articles a CROSS JOIN quotations q" + _JOINS
_NEWEST = " ORDER BY a.published DESC NULLS LAST, a.id DESC, q.start"
# A speaker's quotations through the index of its mentions (the old speaker_entity_id column is never written).
_SPOKEN_BY = "q.speaker_mention_id IN (SELECT id FROM mentions WHERE entity_id = ?)"


class SQLiteQuotes:
    """Expects ``self._db``, ``self._pages`` and ``find_entity`` from the store."""

    def _add_quotations(self, article_id: int, text: str, quotations: list, mention_ids: list[int]) -> None:
        """Store an article's quotations; ``mention_ids[i]`` is the stored id of the article's i-th mention."""
        self._db.executemany(
            'INSERT INTO quotations (article_id, start, "end", kind, cue, speaker_name, speaker_key, speaker_mention_id,'
            " context_start, context_end, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    article_id, q.start, q.end, q.kind, q.cue, q.speaker,
                    normalize_for_search(q.speaker) if q.speaker else None,
                    mention_ids[q.speaker_mention] if q.speaker_mention is not None else None,
                    q.context_start, q.context_end, text[q.start:q.end],
                )
                for q in quotations
            ],
        )

    def _quotation_filters(self, speaker: str | None, filters: SearchFilters | None,
                           kind: str | None = None) -> tuple[str, list]:
        clauses, params = [], []
        if kind:
            clauses.append("q.kind = ?")
            params.append(kind)
        if speaker:
            # An entity's quotations under any of its names, or a speaker written that way (a description).
            key = normalize_for_search(speaker.strip())
            try:
                entity = self.find_entity(speaker)
            except NotFoundError:
                entity = None
            clauses.append(f"({_SPOKEN_BY} OR q.speaker_key = ?)")
            params += [entity if entity is not None else -1, key]
        from .sqlite import _filter_sql  # the articles' filters, shared with search and the other listings

        where, more = _filter_sql(filters)
        return "".join(f" AND {clause}" for clause in clauses) + where, params + more

    def quotations(self, speaker: str | None = None, filters: SearchFilters | None = None, limit: int = 50,
                   offset: int = 0, kind: str | None = None) -> list[QuotationRecord]:
        """Quotations, newest articles first; ``speaker`` is an entity's id or any of its names, or a
        speaker description as written (``مسؤول أميركي``); ``kind`` is direct or indirect."""
        where, params = self._quotation_filters(speaker, filters, kind)
        # A speaker's quotations are few: found by index, then sorted. Otherwise newest articles first, walked.
        source = _FROM if speaker else _NEWEST_FROM
        rows = self._db.execute(
            f"SELECT {_COLUMNS} {source} WHERE q.article_id = a.id {where}{_NEWEST} LIMIT ? OFFSET ?",
            (*params, limit, offset),
        ).fetchall()
        return [QuotationRecord(*row) for row in rows]

    def iter_quotations(self, filters: SearchFilters | None = None, speaker: str | None = None
                        ) -> Iterator[QuotationRecord]:
        """Every quotation in id order (for exports), optionally filtered."""
        where, params = self._quotation_filters(speaker, filters)
        sql = f"SELECT {_COLUMNS} {_FROM} WHERE q.id > ? {where} ORDER BY q.id"
        return (QuotationRecord(*row) for row in self._pages(sql, params, size=2000))

    def article_quotations(self, article_id: int) -> list[QuotationRecord]:
        """One article's quotations in the order of its text."""
        rows = self._db.execute(
            f"SELECT {_COLUMNS} {_FROM} WHERE q.article_id = ? ORDER BY q.start, q.end", (article_id,)
        ).fetchall()
        return [QuotationRecord(*row) for row in rows]

    def _quotation_stats(self) -> dict:
        """The quotations' part of ``stats()``: how many, and how many of each kind."""
        by_kind = dict(self._db.execute("SELECT kind, COUNT(*) FROM quotations GROUP BY 1 ORDER BY 1").fetchall())
        return {"quotations": sum(by_kind.values()), "quotations_by_kind": by_kind}

    def entity(self, entity_id: int, limit: int = 20) -> EntityDetail:
        detail = super().entity(entity_id, limit)
        rows = self._db.execute(
            f"SELECT {_COLUMNS} {_FROM} WHERE {_SPOKEN_BY}{_NEWEST} LIMIT ?",
            (entity_id, limit),
        ).fetchall()
        detail.quotations = [QuotationRecord(*row) for row in rows]
        return detail
