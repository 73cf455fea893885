"""Events in the article's text: each trigger word marked where it stands, so the list of events beside
the text can link to it. Pure functions on plain data; the templates escape every piece they print."""

from __future__ import annotations

from dataclasses import dataclass

from ..store import EventRecord
from .views import Block, Piece, Quote, paragraphs


@dataclass(frozen=True, slots=True)
class TriggerPiece(Piece):
    """The word that names an event, in the article's text (the page anchors it as ``event-ID``)."""

    event: EventRecord | None = None


def _trigger_spans(events: list[EventRecord], length: int) -> list[tuple[int, int, EventRecord]]:
    """Where each trigger stands, in text order; two events on one word keep the first."""
    spans: list[tuple[int, int, EventRecord]] = []
    for event in sorted(events, key=lambda item: (item.trigger_start or 0, item.id)):
        start, end = event.trigger_start, event.trigger_end
        if start is None or end is None or not 0 <= start < end <= length:
            continue
        if spans and start < spans[-1][1]:
            continue
        spans.append((start, end, event))
    return spans


def _split(piece: Piece, at: int, spans: list[tuple[int, int, EventRecord]], marked: set[int]) -> list[Piece]:
    """A plain piece starting at offset ``at`` cut around the triggers wholly inside it."""
    pieces, cursor, end = [], at, at + len(piece.text)
    for start, stop, event in spans:
        if start < cursor or stop > end:
            continue
        if start > cursor:
            pieces.append(Piece(piece.text[cursor - at : start - at]))
        pieces.append(TriggerPiece(piece.text[start - at : stop - at], None, event))
        marked.add(event.id)
        cursor = stop
    if cursor < end:
        pieces.append(Piece(piece.text[cursor - at :]))
    return pieces


def mark_triggers(blocks: list[Block], text: str, events: list[EventRecord]) -> tuple[list[Block], set[int]]:
    """The article's blocks with every event trigger that lies outside a name marked; and the ids of the events
    whose trigger is marked (the others have nothing in the text to link to)."""
    spans = _trigger_spans(events, len(text))
    marked: set[int] = set()
    if not spans:
        return blocks, marked
    places = iter(paragraphs(text))
    result = []
    for block in blocks:
        if block.removed is not None:
            result.append(block)
            continue
        start, end = next(places, (None, None))
        if start is None or block.text != text[start:end]:
            result.append(block)  # a paragraph out of place: left as it is rather than marked wrongly
            continue
        pieces: list[Piece] = []
        at = start
        for piece in block.pieces:
            if isinstance(piece, Quote):  # a quotation's words: triggers marked inside it
                inner: list[Piece] = []
                for part in piece.pieces:
                    inner.extend(_split(part, at, spans, marked) if part.mention is None else [part])
                    at += len(part.text)
                pieces.append(Quote(piece.quotation, inner, piece.opens, piece.closes))
                continue
            pieces.extend(_split(piece, at, spans, marked) if piece.mention is None else [piece])
            at += len(piece.text)
        result.append(Block(pieces))
    return result, marked

