"""Find and parse dates in Arabic news text.

Recognised: day, month and year with Gregorian month names of every series
(``12 مارس 2024``, ``12 آذار/مارس 2024``, ``فبراير/شباط 2020``), Hijri dates
(``2 رمضان 1445 هـ``, converted to Gregorian), numeric dates (``21/11/2020``,
day first; ``2020-11-21`` when the year leads) and the English forms that
Arabic pages carry (``November 21, 2020``), in Western, Arabic-Indic and
Persian digits.  A weekday written directly before a date (``الثلاثاء، 12
مارس 2024``) is part of the match; a bare year (``عام 2014``) is never a date.
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass

from hijridate import Hijri

from . import charsets as cs
from .months import (
    ENGLISH_MONTHS,
    GREGORIAN_MONTHS,
    HIJRI_MONTHS,
    WEEKDAYS,
    all_names,
    fold_name,
    name_lookup,
    names_regex,
)

__all__ = ["DateMention", "find_dates", "month_number", "parse_date"]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression found in text; year, month and day are Gregorian."""

    start: int
    end: int
    text: str
    year: int | None
    month: int | None
    day: int | None
    calendar: str

    @property
    def date(self) -> datetime.date | None:
        """The date, when year, month and day are all known and valid."""
        if self.year is None or self.month is None or self.day is None:
            return None
        try:
            return datetime.date(self.year, self.month, self.day)
        except ValueError:
            return None


_GREGORIAN = name_lookup(GREGORIAN_MONTHS)
_HIJRI = name_lookup(HIJRI_MONTHS)
_ENGLISH = name_lookup(ENGLISH_MONTHS)

_D = f"[0-9{cs.ARABIC_INDIC_DIGITS}{cs.PERSIAN_DIGITS}]"
# Digit runs are bounded by non-digits only, so a clitic may touch a number (و12 مارس).
_NUM_START = f"(?<!{_D})"
_NUM_END = f"(?!{_D})"
_DAY = rf"{_NUM_START}(?P<day>{_D}{{1,2}}){_NUM_END}"
_YEAR = rf"{_NUM_START}(?P<year>{_D}{{4}}){_NUM_END}"
_ORDINAL = r"(?i:st|nd|rd|th)?"
# "12 مارس، 2024", "12 مارس من عام 2024".
_YEAR_SEP = r"(?:\s*[,،]\s*|\s+)(?:(?:من\s+)?(?:عام|سنة)\s+)?"
_AD_MARK = r"(?:\s?م(?!\w))?"
_AH_MARK = rf"(?P<mark>\s*(?:هجري[ةه]?|ه{cs.TATWEEL}*)(?!\w))"
_WEEKDAY = names_regex(WEEKDAYS) + r"\s*[,،]?\s*"
_GREG_NAME = names_regex(all_names(GREGORIAN_MONTHS))
# Two series side by side: "مارس (آذار)", "آذار/مارس", "إبريل / نيسان".
_GREG_PAIR = (
    rf"(?P<m1>{_GREG_NAME})"
    rf"(?:\s*\(\s*(?P<m2>{_GREG_NAME})\s*\)|\s*[/\-]\s*(?P<m3>{_GREG_NAME}))?"
)
_HIJRI_NAME = rf"(?P<m1>{names_regex(all_names(HIJRI_MONTHS))})"
_ENGLISH_NAME = rf"(?P<m1>(?i:{names_regex(all_names(ENGLISH_MONTHS))})\.?)"
# A numeric date must not be a piece of a longer run such as 1/21/11/2020 or 21/11/2020/5.
_NUMERIC_START = rf"{_NUM_START}(?<!{_D}[/.\-])"
_NUMERIC_END = rf"{_NUM_END}(?![/.\-]{_D})"
_TIME = rf"(?:(?:T|\s*[,،\-]?\s*){_D}{{1,2}}:{_D}{{2}}(?::{_D}{{2}})?{_NUM_END})?"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (kind, re.compile(pattern))
    for kind, pattern in [
        # 12 مارس 2024 / الثلاثاء، 12 من مارس (آذار) 2024 / 20 أكتوبر (تشرين الأول)
        ("arabic", rf"(?:{_WEEKDAY})?{_DAY}(?:\s+من)?\s+{_GREG_PAIR}(?:{_YEAR_SEP}{_YEAR}{_AD_MARK})?"),
        # فبراير/شباط 2020
        ("arabic", rf"{_GREG_PAIR}{_YEAR_SEP}{_YEAR}{_AD_MARK}"),
        # مارس 12، 2024
        ("arabic", rf"{_GREG_PAIR}\s+{_DAY}\s*[,،]\s*{_YEAR}{_AD_MARK}"),
        # 2018 الثلاثاء ,03 إبريل / نيسان: page headers that print the year first.
        # The month is atomic so the pair cannot be cut short to dodge the year check.
        ("arabic", rf"{_YEAR}\s+{_WEEKDAY}{_DAY}\s+(?>{_GREG_PAIR})(?!{_YEAR_SEP}{_D})"),
        ("hijri", rf"(?:{_WEEKDAY})?{_DAY}(?:\s+من)?\s+{_HIJRI_NAME}{_YEAR_SEP}{_YEAR}{_AH_MARK}?"),
        ("hijri", rf"{_HIJRI_NAME}{_YEAR_SEP}{_YEAR}{_AH_MARK}?"),
        (
            "numeric",
            rf"(?:{_WEEKDAY})?{_NUMERIC_START}(?P<day>{_D}{{1,2}})(?P<sep>[/.\-])(?P<month>{_D}{{1,2}})"
            rf"(?P=sep)(?P<year>{_D}{{4}}|{_D}{{2}}){_NUMERIC_END}{_TIME}",
        ),
        (
            "numeric",
            rf"(?:{_WEEKDAY})?{_NUMERIC_START}(?P<year>{_D}{{4}})(?P<sep>[/.\-])(?P<month>{_D}{{1,2}})"
            rf"(?P=sep)(?P<day>{_D}{{1,2}}){_NUMERIC_END}{_TIME}",
        ),
        ("english", rf"{_DAY}{_ORDINAL}\s+(?:of\s+)?{_ENGLISH_NAME},?\s+{_YEAR}"),
        ("english", rf"{_ENGLISH_NAME}\s+{_DAY}{_ORDINAL},?\s+{_YEAR}"),
    ]
]

_ANY_DIGIT = re.compile(r"\d")

# Hijri years read without هـ must look like a modern Hijri year, not a Gregorian one.
_BARE_HIJRI_YEARS = range(1300, 1501)


def month_number(name: str) -> int | None:
    """Gregorian month number (1-12) of an Arabic month name in any series, or None."""
    return _GREGORIAN.get(fold_name(name))


def find_dates(text: str) -> list[DateMention]:
    """All date expressions in ``text``, left to right, without overlaps."""
    if not _ANY_DIGIT.search(text):
        return []  # every date form has a day or a year in digits; most lines have neither
    candidates = [
        mention
        for kind, pattern in _PATTERNS
        for match in pattern.finditer(text)
        if (mention := _mention(match, kind)) is not None
    ]
    # Leftmost wins, then longest: a weekday or a paired month name extends a date.
    candidates.sort(key=lambda m: (m.start, m.start - m.end))
    chosen: list[DateMention] = []
    for mention in candidates:
        if not chosen or mention.start >= chosen[-1].end:
            chosen.append(mention)
    return chosen


def parse_date(text: str) -> datetime.date | None:
    """The first complete date (year, month and day) in ``text``, or None."""
    return next((m.date for m in find_dates(text) if m.date is not None), None)


def _mention(match: re.Match[str], kind: str) -> DateMention | None:
    groups = match.groupdict()
    day = int(groups["day"]) if groups.get("day") else None
    year = int(groups["year"]) if groups.get("year") else None
    if kind == "hijri":
        return _hijri_mention(match, day, year)
    if kind == "numeric":
        month = int(groups["month"])
        year = _full_year(groups["year"], groups["sep"])
        if year is None:
            return None
    else:
        month = _paired_month(groups, _ENGLISH if kind == "english" else _GREGORIAN)
    if not _is_possible(year, month, day):
        return None
    return DateMention(match.start(), match.end(), match.group(), year, month, day, "gregorian")


def _paired_month(groups: dict[str, str | None], lookup: dict[str, int]) -> int | None:
    """The month of a name and its optional twin; None when the two disagree (مارس/أبريل is a range)."""
    months = {lookup[fold_name(groups[key].rstrip("."))] for key in ("m1", "m2", "m3") if groups.get(key)}
    return months.pop() if len(months) == 1 else None


def _full_year(written: str, separator: str) -> int | None:
    """Expand a two-digit year (00-69 -> 2000s, 70-99 -> 1900s); dotted ones look like versions."""
    if len(written) == 4:
        return int(written)
    if separator == ".":
        return None
    short = int(written)
    return short + (2000 if short < 70 else 1900)


def _is_possible(year: int | None, month: int | None, day: int | None) -> bool:
    if month is None or not 1 <= month <= 12:
        return False
    if year is not None and year < 1:
        return False
    if day is None:
        return year is not None
    # Without a year, 29 February must stay possible, so check against a leap year.
    return 1 <= day <= calendar.monthrange(year or 2000, month)[1]


def _hijri_mention(match: re.Match[str], day: int | None, year: int | None) -> DateMention | None:
    if year is None or (match.group("mark") is None and year not in _BARE_HIJRI_YEARS):
        return None  # "رمضان 2024" is the Gregorian year of a Ramadan, not a Hijri date
    if day is not None and not 1 <= day <= 30:
        return None
    gregorian = None
    if day is not None:
        try:
            gregorian = Hijri(year, _HIJRI[fold_name(match.group("m1"))], day).to_gregorian()
        except (ValueError, OverflowError):
            # 30 of a 29-day month, or a year outside the Umm al-Qura tables: still a date as written.
            gregorian = None
    return DateMention(
        match.start(),
        match.end(),
        match.group(),
        gregorian.year if gregorian else None,
        gregorian.month if gregorian else None,
        gregorian.day if gregorian else None,
        "hijri",
    )
