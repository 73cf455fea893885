"""Reading a Wikidata JSON dump: the people, organisations, places and offices that have Arabic names.

The official dumps hold one JSON array with one entity per line (``[``, then
``{...},`` lines, then ``]``); plain JSON lines are read the same way. Files
may be gzip or bzip2 compressed (by suffix). The reader streams: memory does
not grow with the dump, only with what is kept.

An item is kept when it has an Arabic label or alias and is:

- a person (instance of human, Q5);
- an organisation (instance of one of the organisation classes below, or
  carrying a headquarters, legal form or chairperson);
- a place (instance of one of the place classes below, or carrying
  coordinates);
- an office or position (instance of a position class, or applying to a
  jurisdiction): its Arabic label is what a title in the news is matched to.

A person's offices (P39, position held) are kept with their start (P580) and
end (P582) qualifiers.
"""

from __future__ import annotations

import bz2
import calendar
import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError

HUMAN = "Q5"
ORGANISATION_CLASSES = frozenset(
    "Q43229 Q7278 Q4830453 Q484652 Q7210356 Q17149090 Q245065 Q327333 Q2659904 Q891723 Q783794 Q1331793 "
    "Q11032 Q1002697 Q15265344 Q476028 Q847017 Q3918 Q163740 Q1664720 Q31855 Q7188 Q192350 Q11204 Q35798 "
    "Q1530022 Q2029841 Q1127126 Q6881511 Q1058914 Q2385804 Q1785733 Q15911314 Q207320".split()
)
PLACE_CLASSES = frozenset(
    "Q6256 Q3624078 Q515 Q5119 Q1549591 Q486972 Q10864048 Q35657 Q7275 Q82794 Q3024240 Q1637706 Q200250 "
    "Q532 Q15284 Q1093829 Q23442 Q8502 Q4022 Q165 Q46831 Q2221906 Q5107 Q41710 Q1620908 Q34442".split()
)
POSITION_CLASSES = frozenset(
    "Q4164871 Q294414 Q4175034 Q2285706 Q48352 Q83307 Q1553195 Q707492 Q30461 Q7235 Q2324290 Q114962596".split()
)
# Claims that only organisations carry: headquarters, legal form, chairperson.
_ORGANISATION_HINTS = ("P159", "P1454", "P488")
_COORDINATES = "P625"
_JURISDICTION = "P1001"
POSITION_HELD, START, END = "P39", "P580", "P582"


@dataclass(slots=True)
class Office:
    """One office a person held: the office's QID and the dates (YYYY-MM-DD) when known."""

    office: str
    start: str | None = None
    end: str | None = None


@dataclass(slots=True)
class KbItem:
    qid: str
    kind: str  # PER, ORG, LOC, or OFFICE
    label: str  # the Arabic label (or the first alias when there is no label)
    aliases: list[str] = field(default_factory=list)
    description: str | None = None
    sitelinks: int = 0  # how many wikis have a page on it: a rough measure of prominence
    offices: list[Office] = field(default_factory=list)


@dataclass(slots=True)
class ReadReport:
    lines: int = 0
    unreadable: int = 0
    kept: dict[str, int] = field(default_factory=lambda: {"PER": 0, "ORG": 0, "LOC": 0, "OFFICE": 0})


def open_dump(path: Path):
    """A text stream over a dump, decompressing .gz and .bz2 by suffix."""
    if not path.is_file():
        raise InputError(f"no such dump file: {path}")
    name = path.name.lower()
    if name.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    if name.endswith(".bz2"):
        return bz2.open(path, "rt", encoding="utf-8")
    return path.open("r", encoding="utf-8")


def read_dump(path: Path, report: ReadReport | None = None, wanted: frozenset[str] | None = None) -> Iterator[KbItem]:
    """Yield the kept items of a dump. With ``wanted``, yield only those QIDs, whatever their kind
    (offices whose class the first pass did not recognise), as kind OFFICE."""
    report = report if report is not None else ReadReport()
    with open_dump(path) as stream:
        try:
            for line in stream:
                data = _parse_line(line, report)
                if data is None:
                    continue
                item = _office_by_id(data, wanted) if wanted is not None else item_from_entity(data)
                if item is not None:
                    report.kept[item.kind] += 1
                    yield item
        except (OSError, EOFError, UnicodeDecodeError) as error:
            raise InputError(f"{path}: cannot read the dump ({error})") from error
    if report.lines and report.unreadable == report.lines:
        raise InputError(f"{path}: no line is a Wikidata entity in JSON (is this a Wikidata JSON dump?)")


def _parse_line(line: str, report: ReadReport) -> dict | None:
    text = line.strip().rstrip(",")
    if not text or text in ("[", "]"):
        return None
    report.lines += 1
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        report.unreadable += 1
        return None
    if not isinstance(data, dict) or not isinstance(data.get("id"), str):
        report.unreadable += 1
        return None
    return data


def item_from_entity(data: dict) -> KbItem | None:
    """The item for one dump entity, or None when it has no Arabic name or is none of the kept kinds."""
    names = _arabic_names(data)
    if not names:
        return None
    claims = data.get("claims") or {}
    classes = set(_item_values(claims.get("P31")))
    if HUMAN in classes:
        kind = "PER"
    elif classes & POSITION_CLASSES or _JURISDICTION in claims:
        kind = "OFFICE"
    elif classes & ORGANISATION_CLASSES or any(hint in claims for hint in _ORGANISATION_HINTS):
        kind = "ORG"
    elif classes & PLACE_CLASSES or _COORDINATES in claims:
        kind = "LOC"
    else:
        return None
    item = _item(data, kind, names)
    if kind == "PER":
        item.offices = list(_offices(claims.get(POSITION_HELD)))
    return item


def _office_by_id(data: dict, wanted: frozenset[str]) -> KbItem | None:
    if data["id"] not in wanted:
        return None
    names = _arabic_names(data)
    return _item(data, "OFFICE", names) if names else None


def _item(data: dict, kind: str, names: list[str]) -> KbItem:
    description = ((data.get("descriptions") or {}).get("ar") or {}).get("value")
    return KbItem(
        qid=data["id"],
        kind=kind,
        label=names[0],
        aliases=names[1:],
        description=description,
        sitelinks=len(data.get("sitelinks") or {}),
    )


def _arabic_names(data: dict) -> list[str]:
    """The Arabic label first, then the Arabic aliases, each once."""
    names: list[str] = []
    label = ((data.get("labels") or {}).get("ar") or {}).get("value")
    for value in [label] + [alias.get("value") for alias in (data.get("aliases") or {}).get("ar") or []]:
        if isinstance(value, str) and value.strip() and value.strip() not in names:
            names.append(value.strip())
    return names


def _item_values(statements: list | None) -> Iterator[str]:
    for statement in statements or []:
        value = ((statement.get("mainsnak") or {}).get("datavalue") or {}).get("value")
        if isinstance(value, dict) and isinstance(value.get("id"), str):
            yield value["id"]


def _offices(statements: list | None) -> Iterator[Office]:
    for statement in statements or []:
        value = ((statement.get("mainsnak") or {}).get("datavalue") or {}).get("value")
        if not (isinstance(value, dict) and isinstance(value.get("id"), str)):
            continue
        qualifiers = statement.get("qualifiers") or {}
        yield Office(value["id"], _time(qualifiers.get(START), end=False), _time(qualifiers.get(END), end=True))


def _time(snaks: list | None, end: bool) -> str | None:
    """A qualifier's date as YYYY-MM-DD; a year or month alone stands for its first (or, for an end, last) day."""
    for snak in snaks or []:
        value = (snak.get("datavalue") or {}).get("value")
        if not isinstance(value, dict) or not isinstance(value.get("time"), str):
            continue
        text = value["time"]
        if not text.startswith("+"):
            continue  # BCE dates say nothing about today's news
        year, month, day = text[1:11].split("-")
        precision = value.get("precision", 11)
        if precision < 9:
            continue
        if precision == 9 or month == "00":
            month, day = ("12", "31") if end else ("01", "01")
        elif precision == 10 or day == "00":
            day = _last_day(int(year), int(month)) if end else "01"
        return f"{int(year):04d}-{month}-{day}"
    return None


def _last_day(year: int, month: int) -> str:
    return f"{calendar.monthrange(year, month)[1]:02d}"
