"""Month and weekday names as Arabic news writes them, and the regexes built from them."""

from __future__ import annotations

import re
from collections.abc import Iterable

from . import charsets as cs
from .normalize import normalize_for_matching

# Spellings are listed as written in the press; alef, hamza, ya and ta-marbuta
# variants need not be listed, because both the lookup key and the regex fold them.
GREGORIAN_MONTHS: dict[int, tuple[str, ...]] = {
    # Egyptian/Gulf, Levantine/Iraqi, Moroccan, Algerian/Tunisian, in that order.
    1: ("يناير", "كانون الثاني", "كانون ثاني", "جانفي"),
    2: ("فبراير", "شباط", "فيفري"),
    3: ("مارس", "آذار"),
    4: ("أبريل", "إبريل", "نيسان", "أفريل"),
    5: ("مايو", "أيار", "ماي"),
    6: ("يونيو", "يونيه", "حزيران", "جوان"),
    7: ("يوليو", "يوليه", "تموز", "يوليوز", "جويلية"),
    8: ("أغسطس", "آب", "غشت", "أوت"),
    9: ("سبتمبر", "أيلول", "شتنبر"),
    10: ("أكتوبر", "تشرين الأول", "تشرين أول"),
    11: ("نوفمبر", "تشرين الثاني", "تشرين ثاني", "نونبر"),
    12: ("ديسمبر", "كانون الأول", "كانون أول", "دجنبر"),
}

HIJRI_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("محرم", "المحرم"),
    2: ("صفر",),
    3: ("ربيع الأول", "ربيع أول"),
    4: ("ربيع الآخر", "ربيع الثاني", "ربيع ثاني"),
    5: ("جمادى الأولى", "جمادى الأول"),
    6: ("جمادى الآخرة", "جمادى الثانية", "جمادى الآخر", "جمادى الثاني"),
    7: ("رجب",),
    8: ("شعبان",),
    9: ("رمضان",),
    10: ("شوال",),
    11: ("ذو القعدة", "ذي القعدة"),
    12: ("ذو الحجة", "ذي الحجة"),
}

ENGLISH_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("January", "Jan"),
    2: ("February", "Feb"),
    3: ("March", "Mar"),
    4: ("April", "Apr"),
    5: ("May",),
    6: ("June", "Jun"),
    7: ("July", "Jul"),
    8: ("August", "Aug"),
    9: ("September", "Sept", "Sep"),
    10: ("October", "Oct"),
    11: ("November", "Nov"),
    12: ("December", "Dec"),
}

WEEKDAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")

# What each folded letter may have been written as (the inverse of normalize_for_matching).
_PERSIAN_FOR = {arabic: persian for persian, arabic in cs.PERSIAN_LOOKALIKES.items()}
_LETTER_VARIANTS = {
    cs.ALEF: cs.ALEF + cs.ALEF_FORMS,
    cs.YEH: cs.YEH + cs.ALEF_MAKSURA + _PERSIAN_FOR.get(cs.YEH, ""),
    cs.HEH: cs.HEH + cs.TEH_MARBUTA + "".join(p for p, a in cs.PERSIAN_LOOKALIKES.items() if a == cs.HEH),
    "ك": "ك" + _PERSIAN_FOR.get("ك", ""),
}
# Harakat and tatweel may sit after any letter of a name.
_MARKS = f"[{cs.TATWEEL}{cs.DIACRITICS}]*"


def fold_name(name: str) -> str:
    """Fold a month or weekday name to its lookup key (variants, marks, spacing, case)."""
    return " ".join(normalize_for_matching(name).split())


def name_lookup(table: dict[int, tuple[str, ...]]) -> dict[str, int]:
    """Map every folded spelling in ``table`` to its month number."""
    return {fold_name(name): number for number, names in table.items() for name in names}


def _name_regex(name: str) -> str:
    parts = []
    for char in fold_name(name):
        if char == " ":
            parts.append(r"\s+")
        elif char in _LETTER_VARIANTS:
            parts.append(f"[{_LETTER_VARIANTS[char]}]{_MARKS}")
        else:
            parts.append(re.escape(char) + (_MARKS if cs.is_arabic_letter(char) else ""))
    return "".join(parts)


def names_regex(names: Iterable[str]) -> str:
    """A regex for any of ``names`` as a whole word; longer names first so مايو wins over ماي."""
    folded = sorted({fold_name(name) for name in names}, key=len, reverse=True)
    return r"(?<!\w)(?:" + "|".join(_name_regex(name) for name in folded) + r")(?!\w)"


def all_names(table: dict[int, tuple[str, ...]]) -> list[str]:
    """Every spelling in a month table."""
    return [name for names in table.values() for name in names]
