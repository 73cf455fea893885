"""Title, publication date, outlet and language of an article, from its text and page lines."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from ..arabic.dates import find_dates, parse_date
from ..arabic.normalize import normalize_for_search
from ..arabic.tokens import words
from ..search.terms import word_keys
from .lines import Line, Shape, arabic_share

_TITLE_MIN_ARABIC_WORDS = 4
_TITLE_MAX_WORDS = 30
# Share of a headline's words that its article uses.
_TITLE_MIN_SHARED = 0.4
# A date this close to the start of the first paragraph is its dateline ("عمّان - 12 مارس 2024").
_DATELINE_CHARS = 80
_HOLDER_BEFORE_NOTICE = re.compile(
    r"^(?P<name>[^©\d|]{3,60}?)\s*[-–|:]\s*(?:جميع الحقوق محفوظة|حقوق النشر محفوظة|©|all rights reserved)",
    re.IGNORECASE,
)
_COPYRIGHT_HOLDER = re.compile(
    r"(?:محفوظة\s+(?:لـ\s*|ل)|©\s*(?:\d{4}\s*)?|copyright\s*(?:©\s*)?(?:\d{4}\s*)?)"
    r"(?P<name>[^©\d|،,.\-–]{3,60})",
    re.IGNORECASE,
)
_SOURCE_LINE = re.compile(r"^المصدر\s*[:：]\s*(?P<name>[^+،,]{2,40})")


def pick_title(lines: list[Line], body_start: int, body_end: int) -> str | None:
    """The headline: a line the page repeats, else the first headline-like line above the article
    whose words the article uses (a ticker or a caption of another story does not qualify)."""
    counts = Counter(line.folded for line in lines if line.text)
    for line in lines:
        if (
            line.shape in (Shape.SHORT, Shape.SENTENCE)
            and line.word_count <= _TITLE_MAX_WORDS
            and counts[line.folded] > 1
            and line.arabic_word_count >= _TITLE_MIN_ARABIC_WORDS
        ):
            return line.text
    header = [
        line for line in lines[:body_start]
        if line.shape is Shape.SHORT and line.arabic_word_count >= _TITLE_MIN_ARABIC_WORDS
    ]
    if not header:
        return None
    body_words = {key for line in lines[body_start:body_end] for word in words(line.text) for key in word_keys(word)}
    for line in header:
        title_words = [normalize_for_search(word) for word in words(line.text)]
        shared = sum(1 for word in title_words if word in body_words)
        if shared >= _TITLE_MIN_SHARED * len(title_words):
            return line.text
    return header[0].text


def pick_published(lines: list[Line], body_start: int) -> date | None:
    """The publication date: a date on a 'published/updated' line, in the header, or in the dateline."""
    for line in lines:
        if line.text and line.shape in (Shape.FURNITURE, Shape.DATE, Shape.SHORT) and line.is_publication_line:
            found = parse_date(line.text)
            if found:
                return found
    for line in lines[:body_start]:
        if line.shape in (Shape.DATE, Shape.SHORT, Shape.FURNITURE):
            found = parse_date(line.text)
            if found:
                return found
    if body_start < len(lines):
        for mention in find_dates(lines[body_start].text[:_DATELINE_CHARS]):
            if mention.date:
                return mention.date
    return None


def pick_outlet(lines: list[Line]) -> str | None:
    """The outlet named by a copyright footer or a 'المصدر:' line."""
    for line in lines:
        if line.shape in (Shape.END, Shape.FURNITURE, Shape.FOREIGN):
            match = _HOLDER_BEFORE_NOTICE.search(line.text) or _COPYRIGHT_HOLDER.search(line.text)
            if match:
                name = _tidy_name(match.group("name"))
                if name:
                    return name
    for line in lines:
        match = _SOURCE_LINE.match(line.text)
        if match:
            return _tidy_name(match.group("name"))
    return None


def _tidy_name(name: str) -> str | None:
    name = re.sub(r"\b(?:all rights reserved|جميع الحقوق محفوظة)\b", "", name, flags=re.IGNORECASE)
    name = " ".join(name.split()).strip(" -–_:")
    return name or None


def detect_language(text: str) -> str:
    """'ar' when most letters are Arabic, else 'und' (rasd reads Arabic; others are kept, not analysed)."""
    return "ar" if arabic_share(text) >= 0.5 else "und"
