"""Plain-text page dumps: keep the article's lines, drop the page around them.

A scraped page is a header (menus, headline, date), the article, and then
whatever follows it (source line, related stories, comment form, footer).
Each line is shaped on its own (``lines.py``); this module finds where the
article starts and ends and decides line by line inside it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .article import Removed, TextBuilder
from .lines import Line, Shape, arabic_share, shape_lines, split_lines

_DROPPED_INSIDE = {Shape.END, Shape.FURNITURE, Shape.FOREIGN, Shape.DATE}
_ARABIC_PAGE_SHARE = 0.3
_BARE_MARKER_WORDS = 4


@dataclass(slots=True)
class TextCleaning:
    """What line-level cleaning kept and dropped, with the lines for metadata extraction."""

    builder: TextBuilder
    lines: list[Line]
    kept: list[Line] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    body_start: int = 0  # index into lines of the first article line
    body_end: int = 0  # index one past the last article line


def clean_text_lines(raw: str) -> TextCleaning:
    """Split a page dump into article lines and furniture, recording why each line went."""
    lines = split_lines(raw)
    shape_lines(lines, arabic_page=arabic_share(raw) >= _ARABIC_PAGE_SHARE)
    sentences = [i for i, line in enumerate(lines) if line.shape is Shape.SENTENCE]
    if sentences:
        first = sentences[0]
        end = next((i for i in range(first, len(lines)) if lines[i].shape is Shape.END), len(lines))
        last = max(i for i in sentences if i < end)
    else:
        # No paragraph of running text: keep every line that is not furniture.
        first, end, last = 0, len(lines), len(lines) - 1

    result = TextCleaning(builder=TextBuilder(), lines=lines, body_start=first, body_end=last + 1)
    seen: set[str] = set()
    in_related = False
    for index, line in enumerate(lines):
        if line.shape is Shape.BLANK:
            continue
        reason = _reason_outside(index, first, last, end)
        if reason is None:
            if line.shape is Shape.RELATED:
                # A bare marker ("اقرأ المزيد") heads a list of links; "اقرأ أيضاً: <headline>" is one link.
                in_related, reason = line.word_count <= _BARE_MARKER_WORDS, "link to another story"
            elif in_related and line.shape is not Shape.SENTENCE:
                reason = "link to another story"
            elif line.shape in _DROPPED_INSIDE:
                reason = _SHAPE_REASONS[line.shape]
            elif line.folded in seen:
                reason = "repeated line"
            else:
                in_related = False
        if reason is None:
            seen.add(line.folded)
            result.kept.append(line)
            result.builder.add(line.text, line.start)
        else:
            result.removed.append(Removed(line.start, line.end, reason))
    return result


def _reason_outside(index: int, first: int, last: int, end: int) -> str | None:
    if index < first:
        return "page header"
    if index >= end:
        return "after the end of the article"
    if index > last:
        return "after the last paragraph"
    return None


_SHAPE_REASONS = {
    Shape.END: "end of article marker",
    Shape.FURNITURE: "page furniture",
    Shape.FOREIGN: "not Arabic text",
    Shape.DATE: "date line",
}
