"""The clean article and the map from its text back to the raw text."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from ..arabic.presentation import fold_presentation_forms


@dataclass(frozen=True, slots=True)
class Segment:
    """``text[clean_start:clean_start+length]`` equals ``raw[raw_start:raw_start+length]`` (with presentation
    forms folded to letters: ``ﻗﺼﻒ`` is ``قصف``)."""

    clean_start: int
    raw_start: int
    length: int


@dataclass(frozen=True, slots=True)
class Removed:
    """A stretch of the raw text that cleaning dropped, and why."""

    raw_start: int
    raw_end: int
    reason: str


@dataclass(slots=True)
class OffsetMap:
    """Where each stretch of the clean text lies in the raw (decoded) text."""

    segments: list[Segment] = field(default_factory=list)

    def to_raw(self, clean_offset: int) -> int | None:
        """The raw offset of a clean offset, or None when that character has no exact source."""
        starts = [segment.clean_start for segment in self.segments]
        index = bisect.bisect_right(starts, clean_offset) - 1
        if index < 0:
            return None
        segment = self.segments[index]
        if clean_offset <= segment.clean_start + segment.length:
            return segment.raw_start + clean_offset - segment.clean_start
        return None

    def to_raw_span(self, start: int, end: int) -> tuple[int, int] | None:
        """The raw span of a clean span, when both ends map."""
        raw_start, raw_end = self.to_raw(start), self.to_raw(end)
        if raw_start is None or raw_end is None:
            return None
        return raw_start, raw_end

    def as_rows(self) -> list[list[int]]:
        return [[s.clean_start, s.raw_start, s.length] for s in self.segments]

    @classmethod
    def from_rows(cls, rows: list[list[int]]) -> OffsetMap:
        return cls([Segment(*row) for row in rows])


@dataclass(slots=True)
class Article:
    """A clean article: text, metadata, and how it maps back to the document it came from."""

    text: str
    title: str | None = None
    published: str | None = None
    author: str | None = None
    outlet: str | None = None
    url: str | None = None
    language: str = "und"
    encoding: str = "utf-8"
    cleaner: str = ""
    offsets: OffsetMap = field(default_factory=OffsetMap)
    removed: list[Removed] = field(default_factory=list)
    mentions: list = field(default_factory=list)  # rasd.nlp.ner.Mention, offsets into ``text``
    titles: list = field(default_factory=list)  # rasd.nlp.ner.Title: offices named in the text
    quotations: list = field(default_factory=list)  # rasd.quotes.Quotation, offsets into ``text``
    events: list = field(default_factory=list)  # rasd.events.Event: who did what to whom, with the sentence


class TextBuilder:
    """Assemble clean text from pieces of the raw text, recording the offset map as it goes."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._cursor = 0
        self.offsets = OffsetMap()

    def add_found(self, piece: str, raw: str) -> None:
        """Append a paragraph, mapped to where it next stands verbatim in ``raw`` (unmapped if nowhere)."""
        position = raw.find(piece, self._cursor)
        if position >= 0:
            self._cursor = position + 1
        self.add(piece, position if position >= 0 else None)

    def add(self, piece: str, raw_start: int | None) -> None:
        """Append a paragraph; ``raw_start`` is where it is found verbatim in the raw text, if anywhere.
        Presentation forms are folded to letters (``arabic.presentation``); a ligature that becomes two
        letters maps its first to the ligature and leaves the second without a raw offset of its own."""
        if self._parts:
            self._parts.append("\n")
            self._length += 1
        text, grown = fold_presentation_forms(piece)
        if raw_start is not None:
            done = added = 0  # characters of ``piece`` mapped, characters the folding added before them
            for index, extra in grown:
                self.offsets.segments.append(Segment(self._length + done + added, raw_start + done, index + 1 - done))
                done, added = index + 1, added + extra
            self.offsets.segments.append(Segment(self._length + done + added, raw_start + done, len(piece) - done))
        self._parts.append(text)
        self._length += len(text)

    @property
    def text(self) -> str:
        return "".join(self._parts)

    @property
    def empty(self) -> bool:
        return not self._parts
