"""Dates written relative to the article: weekdays, yesterday, last week, a day and month without a year.

News dates its events against its own date: ``الاثنين`` is the Monday of the
article's week, ``أمس`` the day before it, ``الأسبوع الفائت`` the week before,
``في 11 يوليو`` the 11th of July of the article's year, ``في مارس (آذار) المنصرم``
the last March before it. ``find_time_expressions``
finds these (and full dates, through ``dates.find_dates``) with offsets;
``resolve`` turns one into a date given the article's date and whether the
event lies ahead (a planned meeting on ``الثلاثاء`` is the next Tuesday, a
meeting held on ``الثلاثاء`` the last one).

A resolved value is an ISO string at the precision the text gives: a day
(``2020-11-21``), an ISO week (``2020-W46``), a month (``2020-11``) or a year.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from .dates import find_dates, month_number
from .months import GREGORIAN_MONTHS, WEEKDAYS, all_names, fold_name, names_regex
from .normalize import normalize_for_matching, normalize_with_offsets

__all__ = ["TimeExpression", "find_time_expressions", "resolve"]


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A time expression: its span, what kind of reference it is, and the values it carries."""

    start: int
    end: int
    text: str
    kind: str  # "date", "weekday", "day_offset", "week", "month", "year"
    offset: int = 0  # days for day_offset, weeks/months/years for the others; for a date, -1 past, 1 next
    weekday: int | None = None  # Monday = 0
    year: int | None = None
    month: int | None = None
    day: int | None = None


# Weekday index by folded name (Monday = 0), as in ``datetime.date.weekday``.
_WEEKDAY_INDEX = {fold_name(name): index for index, name in enumerate(WEEKDAYS)}
_CLITIC = r"(?:(?<=\s)|^|(?<=[«\"(]))(?:و|ف)?"
_END = r"(?![\w])"
_DAY_PART = r"(?:(?:يوم|مساء|صباح|ليل[ةه]|ظهر|فجر)\s+)?"
# Without the article a weekday must follow يوم: "أحد" alone is "one"; a number may follow الاثنين (والسبعين).
_WEEKDAY_RE = re.compile(
    rf"{_CLITIC}(?:{_DAY_PART}(?P<name>ال(?:اثنين|ثلاثاء|اربعاء|خميس|جمع[ةه]|سبت|احد))"
    rf"|يوم\s+(?P<bare>(?:اثنين|ثلاثاء|اربعاء|خميس|جمع[ةه]|سبت|احد))){_END}"
    rf"(?!\s+و(?:ال)?(?:عشر|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع))"
    rf"(?P<next>\s+(?:المقبل|القادم|المقبله|القادمه|الماضي|الماضيه|الفائت|المنصرم))?"
)
_FIXED = [
    (re.compile(rf"{_CLITIC}(?:[اأ]ول\s+من\s+[اأ]مس|[اأ]ول\s+[اأ]مس){_END}"), "day_offset", -2),
    (re.compile(rf"{_CLITIC}(?:ب?[اأ]مس|البارح[ةه]){_END}"), "day_offset", -1),
    (re.compile(rf"{_CLITIC}(?:اليوم){_END}(?!\s+(?:اللاحق|التالي|السابق))"), "day_offset", 0),
    (re.compile(rf"{_CLITIC}(?:بعد\s+غد){_END}"), "day_offset", 2),
    (re.compile(rf"{_CLITIC}(?:غدا|غداً|غدًا|غد){_END}"), "day_offset", 1),
]
_PAST = r"(?:الماضي|الماضيه|الماضية|الفائت|الفائته|الفائتة|المنصرم|المنصرمه|المنصرمة|السابق)"
_NEXT = r"(?:المقبل|المقبله|المقبلة|القادم|القادمه|القادمة)"
_THIS = r"(?:الحالي|الجاري|الحاليه|الحالية|الجاريه|الجارية)"
_PERIODS = {"الاسبوع": "week", "الشهر": "month", "العام": "year", "السنه": "year"}
_PERIOD_RE = re.compile(
    rf"{_CLITIC}(?:خلال\s+)?(?P<unit>الاسبوع|الشهر|العام|السنه)\s+(?P<when>{_PAST}|{_NEXT}|{_THIS}){_END}"
)
# "13 من الشهر الحالي": a day of the article's month.
_DAY_OF_MONTH_RE = re.compile(rf"(?<!\d)(?P<day>\d{{1,2}})\s+(?:من\s+)?الشهر\s+(?P<when>{_THIS}|{_PAST}|{_NEXT}){_END}")

# A month named without a day or year, after a word that makes it a time ("في مارس", "منذ مطلع شهر
# يونيو الماضي"): alone, مارس is also a verb and آب a word for father.
_MONTH = names_regex(all_names(GREGORIAN_MONTHS))
_AB = fold_name("آب")
_MONTH_ALONE_RE = re.compile(
    r"(?<!\w)[وف]?(?:في|خلال|منذ|حتى|مطلع|منتصف|أواخر|اواخر|أوائل|اوائل|نهاية|بداية|أول|اول)\s+(?:شهر\s+)?"
    rf"(?P<month>(?P<m1>{_MONTH})(?:\s*\(\s*{_MONTH}\s*\)|\s*[/\-]\s*{_MONTH})?)"
    r"(?P<when>\s+(?:الماضي|الماضية|الفائت|المنصرم|السابق|المقبل|القادم|الحالي|الجاري))?(?!\s*[(،,]?\s*\d)(?!\w)"
)

# A day of the month spelled as an ordinal (في الحادي والعشرين من مارس (آذار) من 2014, في السابع والعشرين من
# مايو الماضي), written with or without hamza on the alef.
_UNITS = ("ال[أا]ول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع")
_ORDINAL_DAYS = {unit: day for day, unit in enumerate(_UNITS, start=1)}
_ORDINAL_DAYS |= {"العاشر": 10, "العشرين": 20, "الثلاثين": 30, r"الحادي\s+عشر": 11, r"الحادي\s+و\s*العشرين": 21,
                  r"الحادي\s+و\s*الثلاثين": 31}
_ORDINAL_DAYS |= {rf"{unit}\s+عشر": 10 + day for day, unit in enumerate(_UNITS, start=1) if day > 1}
_ORDINAL_DAYS |= {rf"{unit}\s+و\s*العشرين": 20 + day for day, unit in enumerate(_UNITS, start=1) if day > 1}
_ORDINAL_PATTERNS = [(re.compile(pattern + "$"), day) for pattern, day in _ORDINAL_DAYS.items()]
_ORDINAL_DAY_RE = re.compile(
    r"(?<!\w)(?P<day>" + "|".join(sorted(_ORDINAL_DAYS, key=len, reverse=True)) + r")\s+من\s+(?:شهر\s+)?"
    rf"(?P<m1>{_MONTH})(?:\s*\(\s*{_MONTH}\s*\))?"
    r"(?:\s*(?:من|،|,)?\s*(?:عام\s+|العام\s+)?(?P<year>(?:19|20)\d{2})(?!\d))?"
    r"(?P<when>\s+(?:الماضي|الماضية|الفائت|المنصرم|السابق|المقبل|القادم|الحالي|الجاري))?(?!\w)"
)


def _ordinal_day(written: str) -> int | None:
    return next((day for pattern, day in _ORDINAL_PATTERNS if pattern.match(written)), None)


def find_time_expressions(text: str) -> list[TimeExpression]:
    """Every date and relative time expression in ``text``, left to right, without overlaps."""
    folded, origin = normalize_with_offsets(text, for_search=False)

    def span(match: re.Match[str]) -> tuple[int, int, str]:
        start, end = origin[match.start()], origin[match.end()]
        return start, end, text[start:end].strip()

    found: list[TimeExpression] = []
    for mention in find_dates(text):
        found.append(
            TimeExpression(mention.start, mention.end, mention.text, "date", year=mention.year,
                           month=mention.month, day=mention.day)
        )
    for match in _MONTH_ALONE_RE.finditer(text):
        month = month_number(match.group("m1"))
        when = match.group("when")
        if fold_name(match.group("month")) == _AB and not when:
            continue  # "في إب" is the Yemeni city; August alone is written آب (أغسطس) or آب الماضي
        if month is not None:
            start, end = match.start("month"), match.end()
            direction = _direction(when.strip()) if when else 0
            found.append(TimeExpression(start, end, text[start:end], "date", offset=direction, month=month))
    for match in _ORDINAL_DAY_RE.finditer(text):
        month, day = month_number(match.group("m1")), _ordinal_day(match.group("day"))
        if month is not None and day is not None:
            when = match.group("when")
            year = int(match.group("year")) if match.group("year") else None
            found.append(TimeExpression(match.start(), match.end(), text[match.start():match.end()], "date",
                                        offset=_direction(when.strip()) if when else 0, year=year, month=month,
                                        day=day))
    for match in _DAY_OF_MONTH_RE.finditer(folded):
        found.append(TimeExpression(*span(match), "month", offset=_direction(match.group("when")),
                                    day=int(match.group("day"))))
    for match in _WEEKDAY_RE.finditer(folded):
        name = match.group("name") or match.group("bare")
        index = _WEEKDAY_INDEX.get(fold_name(name if name.startswith("ال") else "ال" + name))
        if index is None:
            continue
        direction = _direction(match.group("next").strip()) if match.group("next") else 0
        found.append(TimeExpression(*span(match), "weekday", offset=direction, weekday=index))
    for pattern, kind, offset in _FIXED:
        for match in pattern.finditer(folded):
            found.append(TimeExpression(*span(match), kind, offset))
    for match in _PERIOD_RE.finditer(folded):
        unit = _PERIODS[match.group("unit")]
        found.append(TimeExpression(*span(match), unit, offset=_direction(match.group("when"))))
    found.sort(key=lambda item: (item.start, item.start - item.end))
    chosen: list[TimeExpression] = []
    for item in found:
        if chosen and item.start < chosen[-1].end:
            if item.end > chosen[-1].end and item.kind == "date":
                chosen[-1] = item  # a full date wins over a weekday it begins with (الأربعاء 20 أكتوبر)
            continue
        if chosen and _JOINER.fullmatch(text[chosen[-1].end:item.start]) and "weekday" in (chosen[-1].kind, item.kind):
            # "أمس السبت", "الخميس (21 أكتوبر)": one day said twice; the more precise reading stands for both.
            first = chosen.pop()
            keep = min((first, item), key=lambda e: _PRECISION.index(e.kind) if e.kind in _PRECISION else 9)
            stop = item.end + (1 if text[item.end:item.end + 1] == ")" else 0)
            item = TimeExpression(first.start, stop, text[first.start:stop], keep.kind, keep.offset, keep.weekday,
                                  keep.year, keep.month, keep.day)
        chosen.append(item)
    return chosen


_JOINER = re.compile(r"[\s(،,]*")
_PRECISION = ("date", "day_offset", "month", "weekday")


def _direction(word: str) -> int:
    folded = normalize_for_matching(word)
    if re.fullmatch(_PAST, folded):
        return -1
    if re.fullmatch(_NEXT, folded):
        return 1
    return 0


def resolve(expression: TimeExpression, anchor: datetime.date | None, ahead: bool = False,
            past: bool = False) -> str | None:
    """The ISO value of ``expression`` against the article's date ``anchor``; None when it cannot be known.

    ``ahead`` says the event lies in the future (a planned event): a bare weekday is then the next one.
    ``past`` says it has happened: a day or month without a year is then the last one up to the article's
    date (في ديسمبر in an August report is last December).
    """
    kind = expression.kind
    if kind == "date":
        if expression.month is None:
            return f"{expression.year:04d}" if expression.year else None
        year = expression.year
        if year is None:
            if anchor is None:
                return None
            if expression.day is None and expression.offset < 0:  # "مارس الماضي": the last March before
                year = anchor.year if expression.month < anchor.month else anchor.year - 1
            elif expression.day is None and expression.offset > 0:  # "مارس المقبل": the next one
                year = anchor.year if expression.month > anchor.month else anchor.year + 1
            else:  # "الرابع والعشرين من أبريل الماضي": the last one; "… المقبل": the next one
                year = _nearest_year(anchor, expression.month, expression.day or 1, ahead or expression.offset > 0,
                                     past or expression.offset < 0)
        if expression.day is None:
            return f"{year:04d}-{expression.month:02d}"
        try:
            return datetime.date(year, expression.month, expression.day).isoformat()
        except ValueError:
            return None
    if anchor is None:
        return None
    if kind == "day_offset":
        return (anchor + datetime.timedelta(days=expression.offset)).isoformat()
    if kind == "weekday":
        return _weekday(anchor, expression.weekday or 0, expression.offset, ahead).isoformat()
    if kind == "week":
        iso = (anchor + datetime.timedelta(weeks=expression.offset)).isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"
    if kind == "month":
        month_index = anchor.year * 12 + anchor.month - 1 + expression.offset
        year, month = divmod(month_index, 12)
        if expression.day:
            try:
                return datetime.date(year, month + 1, expression.day).isoformat()
            except ValueError:
                return None
        return f"{year:04d}-{month + 1:02d}"
    if kind == "year":
        return f"{anchor.year + expression.offset:04d}"
    return None


def _weekday(anchor: datetime.date, weekday: int, direction: int, ahead: bool) -> datetime.date:
    """The named weekday: in the article's week, looking back (or forward for a planned event or المقبل)."""
    if direction > 0 or (direction == 0 and ahead):
        days = (weekday - anchor.weekday()) % 7
        return anchor + datetime.timedelta(days=days or (7 if direction > 0 else 0))
    days = (anchor.weekday() - weekday) % 7
    if direction < 0 and days == 0:
        days = 7
    return anchor - datetime.timedelta(days=days)


def _nearest_year(anchor: datetime.date, month: int, day: int, ahead: bool, past: bool = False) -> int:
    """The year that puts a day and month nearest the article's date (forward for planned events, back for
    what has happened)."""
    best, best_distance = anchor.year, None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidate = datetime.date(year, month, min(day, 28) if month == 2 else day)
        except ValueError:
            continue
        distance = (candidate - anchor).days
        if ahead and distance < -1 or past and distance > 1:
            continue
        if best_distance is None or abs(distance) < best_distance:
            best, best_distance = year, abs(distance)
    return best
