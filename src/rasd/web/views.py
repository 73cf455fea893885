"""Records turned into what a page shows: text cut into highlighted pieces, removed lines put back in place.

Pure functions on plain data; templates escape every piece they print.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..clean.article import OffsetMap
from ..store import MentionRecord, QuotationRecord

TYPE_NAMES = {"PER": "شخص", "ORG": "منظمة", "LOC": "مكان", "MISC": "أخرى"}
KIND_NAMES = {"direct": "مباشر", "indirect": "غير مباشر"}
TYPE_NAMES_PLURAL = {"PER": "أشخاص", "ORG": "منظمات", "LOC": "أماكن", "MISC": "أسماء أخرى"}
# Why cleaning dropped a line (the reasons rasd records), as a reader would put it.
REMOVED_REASONS = {
    "page header": "رأس الصفحة",
    "after the end of the article": "بعد نهاية المقال",
    "after the last paragraph": "بعد آخر فقرة",
    "link to another story": "رابط إلى خبر آخر",
    "repeated line": "سطر مكرر",
    "end of article marker": "علامة نهاية المقال",
    "page furniture": "عناصر الصفحة",
    "not Arabic text": "نص غير عربي",
    "date line": "سطر تاريخ",
}


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of text, and the mention it is when it is one."""

    text: str
    mention: MentionRecord | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """The part of a quotation inside one paragraph: its pieces, and whether the quotation opens or ends here."""

    quotation: QuotationRecord
    pieces: list[Piece]
    opens: bool
    closes: bool


@dataclass(slots=True)
class Block:
    """A paragraph of the clean text (``pieces``), or a line cleaning removed (``removed`` is its reason)."""

    pieces: list[Piece | Quote] = field(default_factory=list)
    removed: str | None = None

    @property
    def text(self) -> str:
        return "".join(
            "".join(part.text for part in piece.pieces) if isinstance(piece, Quote) else piece.text
            for piece in self.pieces
        )


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line of ``text``."""
    spans, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def highlight(text: str, start: int, end: int, mentions: list[MentionRecord]) -> list[Piece]:
    """``text[start:end]`` cut into plain pieces and mentions (in text order; an overlapping one is skipped)."""
    pieces, cursor = [], start
    for mention in mentions:
        if mention.start < cursor or mention.end > end or mention.start >= end:
            continue
        if mention.start > cursor:
            pieces.append(Piece(text[cursor : mention.start]))
        pieces.append(Piece(text[mention.start : mention.end], mention))
        cursor = mention.end
    if cursor < end:
        pieces.append(Piece(text[cursor:end]))
    return pieces


def quoted(text: str, start: int, end: int, mentions: list[MentionRecord],
           quotations: list[QuotationRecord]) -> list[Piece | Quote]:
    """``text[start:end]`` cut into quotations and the text between them, each highlighted.

    A quotation over several paragraphs is cut at each; one overlapping an earlier quotation is
    left unmarked (it is still listed); a mention crossing a quotation's edge is not highlighted.
    """
    pieces: list[Piece | Quote] = []
    cursor = start
    for quotation in quotations:
        first, last = max(quotation.start, start), min(quotation.end, end)
        if first >= last or first < cursor:
            continue
        pieces += highlight(text, cursor, first, mentions)
        pieces.append(Quote(quotation, highlight(text, first, last, mentions),
                            opens=quotation.start >= start, closes=quotation.end <= end))
        cursor = last
    return pieces + highlight(text, cursor, end, mentions)


def article_blocks(text: str, mentions: list[MentionRecord], offsets: list[list[int]], raw: str,
                   removed: list[dict], quotations: list[QuotationRecord] = ()) -> list[Block]:
    """The clean paragraphs, highlighted, with every removed line put back where it stood in the page.

    A paragraph without an exact place in the raw text (HTML split by tags) takes the place of the
    one before it, so the clean text keeps its order whatever the map holds.
    """
    ordered = sorted(mentions, key=lambda mention: (mention.start, -mention.end))
    quoting = sorted(quotations, key=lambda quotation: (quotation.start, -quotation.end))
    positions = OffsetMap.from_rows(offsets)
    placed: list[tuple[int, int, int, Block]] = []
    where = 0
    for index, (start, end) in enumerate(paragraphs(text)):
        raw_start = positions.to_raw(start)
        where = raw_start if raw_start is not None else where
        placed.append((where, 1, index, Block(quoted(text, start, end, ordered, quoting))))
    for index, span in enumerate(removed):
        line = raw[span["start"] : span["end"]].strip()
        if line:
            reason = REMOVED_REASONS.get(span["reason"], span["reason"])
            placed.append((span["start"], 0, index, Block([Piece(line)], removed=reason)))
    return [block for *_, block in sorted(placed, key=lambda item: item[:3])]


def mention_counts(mentions: list[MentionRecord]) -> list[tuple[str, int | None, str, int]]:
    """Each entity (or unlinked name) of an article once: (type, entity id, name, mentions), most first."""
    counts: dict[tuple[str, int | None, str], int] = {}
    for mention in mentions:
        key = (mention.type, mention.entity_id, mention.entity_name or mention.name)
        counts[key] = counts.get(key, 0) + 1
    return [(*key, count) for key, count in sorted(counts.items(), key=lambda item: (-item[1], item[0][2]))]
