"""Lines of a plain-text page dump, each with its raw offsets and what it looks like."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from ..arabic.charsets import ARABIC_LETTER_CLASS, is_arabic_letter
from ..arabic.dates import find_dates
from .furniture import LineKind, classify_furniture, fold

# A paragraph of running text: enough words, and a sentence ending (or long enough not to need one).
SENTENCE_MIN_WORDS = 8
SENTENCE_NO_PUNCTUATION_WORDS = 20
_SENTENCE_END = re.compile(r"""[.!?؟…:"'»”)\]]\s*$""")
_PUBLICATION_MARKER = re.compile(r"نشر|تاريخ|تحديث|published|updated|posted|date", re.IGNORECASE)


class Shape(str, Enum):
    BLANK = "blank"
    END = LineKind.END.value
    RELATED = LineKind.RELATED.value
    FURNITURE = LineKind.FURNITURE.value
    FOREIGN = "foreign"  # not Arabic, on an Arabic page: captions, credits, site names
    DATE = "date"  # a line that is mostly a date or a timestamp
    SENTENCE = "sentence"
    SHORT = "short"  # headline, subheading, caption, dateline


@dataclass(slots=True)
class Line:
    number: int  # 1-based, as an editor shows it
    start: int  # raw offset of the first non-space character
    text: str  # stripped
    shape: Shape = Shape.BLANK
    folded: str = ""

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def word_count(self) -> int:
        return len(self.text.split())

    @property
    def arabic_word_count(self) -> int:
        return sum(1 for word in self.text.split() if any(is_arabic_letter(c) for c in word))

    @property
    def is_publication_line(self) -> bool:
        return bool(_PUBLICATION_MARKER.search(self.text))


def split_lines(raw: str) -> list[Line]:
    """Split raw text into lines with the raw offset of their stripped content."""
    lines: list[Line] = []
    position = 0
    for number, chunk in enumerate(raw.split("\n"), start=1):
        stripped = chunk.strip()
        offset = position + (chunk.find(stripped) if stripped else 0)
        lines.append(Line(number=number, start=offset, text=stripped))
        position += len(chunk) + 1
    return lines


_LETTER = re.compile(r"[^\W\d_]")
_ARABIC_LETTER = re.compile(ARABIC_LETTER_CLASS)


def arabic_share(text: str) -> float:
    """Share of letters in ``text`` that are Arabic."""
    letters = len(_LETTER.findall(text))
    return len(_ARABIC_LETTER.findall(text)) / letters if letters else 0.0


_WEEKDAYS_AND_TIMES = re.compile(
    r"\d{1,2}:\d{2}(?::\d{2})?|\b(?:GMT|UTC|AM|PM)\b|\b[صم]\b|"
    r"(?:ال)?(?:سبت|أحد|احد|اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة)|[^\w\s]"
)


def is_date_line(text: str) -> bool:
    """A line that is a date or timestamp, give or take one word (a city, a label)."""
    mentions = find_dates(text)
    if not mentions:
        return False
    residue = text
    for mention in reversed(mentions):
        residue = residue[: mention.start] + " " + residue[mention.end :]
    residue = _WEEKDAYS_AND_TIMES.sub(" ", residue)
    return len(residue.split()) <= 1


def shape_lines(lines: list[Line], arabic_page: bool) -> None:
    """Give every line its shape; ``arabic_page`` turns on the not-Arabic rule."""
    for line in lines:
        line.shape = _shape(line, arabic_page)
        line.folded = fold(line.text) if line.text else ""


def _shape(line: Line, arabic_page: bool) -> Shape:
    if not line.text:
        return Shape.BLANK
    kind = classify_furniture(line.text)
    if kind is not None:
        return Shape(kind.value)
    if is_date_line(line.text):
        return Shape.DATE
    if arabic_page and (line.arabic_word_count < 2 or arabic_share(line.text) < 0.5):
        return Shape.FOREIGN
    words = line.word_count
    if words >= SENTENCE_NO_PUNCTUATION_WORDS or (words >= SENTENCE_MIN_WORDS and _SENTENCE_END.search(line.text)):
        return Shape.SENTENCE
    return Shape.SHORT
