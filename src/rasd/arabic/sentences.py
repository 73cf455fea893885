"""Sentences with their character offsets.

Articles are stored one paragraph per line, so a line break always ends a
sentence. Inside a paragraph a sentence ends at ``.``, ``!``, ``?``, ``؟`` or
``…`` (and any closing quotes or brackets right after) when whitespace
follows. A full stop between digits (``3.5``) or after a lone letter (an
initial such as ``ج.``) does not end one. Quotation marks do not stop a
sentence: a quoted passage with several sentences stays inside the
sentence that reports it only as long as it has no end mark of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

_END_MARKS = ".!?؟…"
_CLOSERS = "\"'»”’)]}"
# An end mark (or a run of them), the closers after it, then whitespace or the end of the paragraph.
_BOUNDARY = re.compile(rf"[{re.escape(_END_MARKS)}]+[{re.escape(_CLOSERS)}]*(?=\s|$)")


class Sentence(NamedTuple):
    start: int
    end: int
    text: str


def sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences; offsets index ``text``, surrounding spaces are left out."""
    return list(iter_sentences(text))


def iter_sentences(text: str) -> Iterator[Sentence]:
    """Lazily yield the sentences of ``text`` in order."""
    position = 0
    for paragraph in text.split("\n"):
        yield from _paragraph_sentences(text, position, position + len(paragraph))
        position += len(paragraph) + 1


def sentence_at(found: list[Sentence], offset: int) -> Sentence | None:
    """The sentence of ``found`` (in order) that holds character ``offset``, if any."""
    low, high = 0, len(found)
    while low < high:
        middle = (low + high) // 2
        if found[middle].end <= offset:
            low = middle + 1
        else:
            high = middle
    if low < len(found) and found[low].start <= offset:
        return found[low]
    return None


def _paragraph_sentences(text: str, start: int, end: int) -> Iterator[Sentence]:
    cursor = start
    for match in _BOUNDARY.finditer(text, start, end):
        if _false_stop(text, match.start(), start):
            continue
        yield from _trimmed(text, cursor, match.end())
        cursor = match.end()
    yield from _trimmed(text, cursor, end)


def _false_stop(text: str, mark: int, paragraph_start: int) -> bool:
    """A full stop that ends an initial (one letter after a space) rather than a sentence."""
    if text[mark] != ".":
        return False
    before = text[paragraph_start:mark]
    return len(before) >= 1 and before[-1].isalpha() and (len(before) == 1 or not before[-2].isalnum())


def _trimmed(text: str, start: int, end: int) -> Iterator[Sentence]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield Sentence(start, end, text[start:end])
