"""Tests for rasd.arabic.dates: hand-made examples, then Hypothesis properties."""

from __future__ import annotations

import dataclasses
import datetime

import pytest
from hijridate import Gregorian, Hijri
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.arabic.dates import DateMention, find_dates, month_number, parse_date

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def found(text: str) -> list[tuple[str, int | None, int | None, int | None, str]]:
    mentions = find_dates(text)
    for m in mentions:
        assert text[m.start : m.end] == m.text
    return [(m.text, m.year, m.month, m.day, m.calendar) for m in mentions]


G, H = "gregorian", "hijri"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Month names, each series, in running text.
        ("وصل الوفد يوم 12 مارس 2024 إلى عمان", [("12 مارس 2024", 2024, 3, 12, G)]),
        ("افتتح المعرض في 7 حزيران 2019", [("7 حزيران 2019", 2019, 6, 7, G)]),
        ("انطلق المهرجان في 4 يوليوز 2022 بالرباط", [("4 يوليوز 2022", 2022, 7, 4, G)]),
        ("صدر القرار في 9 جويلية 2021", [("9 جويلية 2021", 2021, 7, 9, G)]),
        ("سقط البرجان في 11 سبتمبر 2001", [("11 سبتمبر 2001", 2001, 9, 11, G)]),
        ("وقع الاتفاق في 15 غشت 2017", [("15 غشت 2017", 2017, 8, 15, G)]),
        ("اجتماع 2 شتنبر 2023 ثم 30 نونبر 2023", [("2 شتنبر 2023", 2023, 9, 2, G), ("30 نونبر 2023", 2023, 11, 30, G)]),
        ("بتاريخ 31 دجنبر 2020", [("31 دجنبر 2020", 2020, 12, 31, G)]),
        # Paired series.
        ("جرى ذلك 12 مارس (آذار) 2024 مساء", [("12 مارس (آذار) 2024", 2024, 3, 12, G)]),
        ("جرى ذلك 12 آذار/مارس 2024", [("12 آذار/مارس 2024", 2024, 3, 12, G)]),
        ("منذ فبراير/شباط 2020 لم يتغير شيء", [("فبراير/شباط 2020", 2020, 2, None, G)]),
        ("تحديث 03 إبريل / نيسان 2018", [("03 إبريل / نيسان 2018", 2018, 4, 3, G)]),
        ("في 20 أكتوبر (تشرين الأول) الجاري", [("20 أكتوبر (تشرين الأول)", None, 10, 20, G)]),
        ("في 5 نوفمبر (تشرين الثانى) 2019", [("5 نوفمبر (تشرين الثانى) 2019", 2019, 11, 5, G)]),
        # The two تشرين and the two كانون must not be confused.
        ("1 تشرين الأول 2020", [("1 تشرين الأول 2020", 2020, 10, 1, G)]),
        ("1 تشرين الثاني 2020", [("1 تشرين الثاني 2020", 2020, 11, 1, G)]),
        ("1 كانون الاول 2020", [("1 كانون الاول 2020", 2020, 12, 1, G)]),
        ("1 كانون الثاني 2020", [("1 كانون الثاني 2020", 2020, 1, 1, G)]),
        # A weekday written directly before the date is part of the match.
        ("نشر الثلاثاء 12 مارس 2024", [("الثلاثاء 12 مارس 2024", 2024, 3, 12, G)]),
        ("نشر الثلاثاء، 12 مارس 2024", [("الثلاثاء، 12 مارس 2024", 2024, 3, 12, G)]),
        ("الإثنين 1 يناير 2024", [("الإثنين 1 يناير 2024", 2024, 1, 1, G)]),
        ("في 12 من مارس 2024", [("12 من مارس 2024", 2024, 3, 12, G)]),
        ("في 12 مارس من عام 2024", [("12 مارس من عام 2024", 2024, 3, 12, G)]),
        ("في 12 مارس، 2024", [("12 مارس، 2024", 2024, 3, 12, G)]),
        ("الموعد مارس 12، 2024", [("مارس 12، 2024", 2024, 3, 12, G)]),
        ("و12 مارس 2024", [("12 مارس 2024", 2024, 3, 12, G)]),
        ("الموافق 11 مارس 2024م", [("11 مارس 2024م", 2024, 3, 11, G)]),
        # Page header that prints the year before the weekday.
        (
            "GMT 16:22 2018 الثلاثاء ,03 إبريل / نيسان",
            [("2018 الثلاثاء ,03 إبريل / نيسان", 2018, 4, 3, G)],
        ),
        # A year after the month belongs to the month, not to the year-first header form.
        ("2018 الثلاثاء ,03 إبريل / نيسان 2019", [("الثلاثاء ,03 إبريل / نيسان 2019", 2019, 4, 3, G)]),
        # Overlaps: the leftmost match wins, then the longest.
        (
            "12 مارس 2024 الثلاثاء 5 أبريل",
            [("12 مارس 2024", 2024, 3, 12, G), ("الثلاثاء 5 أبريل", None, 4, 5, G)],
        ),
        # Short names are months only next to a number.
        ("3 آب 2020", [("3 آب 2020", 2020, 8, 3, G)]),
        ("حتى اب 2021", [("اب 2021", 2021, 8, None, G)]),
        ("5 ماي 2019", [("5 ماي 2019", 2019, 5, 5, G)]),
        ("5 مايو 2019", [("5 مايو 2019", 2019, 5, 5, G)]),
        # Numeric, day first; ISO when the year leads.
        ("21/11/2020", [("21/11/2020", 2020, 11, 21, G)]),
        ("21-11-2020", [("21-11-2020", 2020, 11, 21, G)]),
        ("21.11.2020.", [("21.11.2020", 2020, 11, 21, G)]),
        ("2020/11/21", [("2020/11/21", 2020, 11, 21, G)]),
        ("2020-11-21", [("2020-11-21", 2020, 11, 21, G)]),
        ("آخر تحديث 21/11/2020 16:22 بتوقيت مكة", [("21/11/2020 16:22", 2020, 11, 21, G)]),
        ("2020-11-21T08:05:09Z", [("2020-11-21T08:05:09", 2020, 11, 21, G)]),
        ("الأحد 22/11/2020", [("الأحد 22/11/2020", 2020, 11, 22, G)]),
        ("21/11/20", [("21/11/20", 2020, 11, 21, G)]),
        ("01-02-69", [("01-02-69", 2069, 2, 1, G)]),
        ("01-02-70", [("01-02-70", 1970, 2, 1, G)]),
        # An impossible day leaves the month and year that are still there.
        ("31 فبراير 2024", [("فبراير 2024", 2024, 2, None, G)]),
        ("29/02/2024", [("29/02/2024", 2024, 2, 29, G)]),
        # English forms on Arabic pages.
        ("Published On 21/11/2020", [("21/11/2020", 2020, 11, 21, G)]),
        ("November 21, 2020", [("November 21, 2020", 2020, 11, 21, G)]),
        ("21 November 2020", [("21 November 2020", 2020, 11, 21, G)]),
        ("Nov 21, 2020", [("Nov 21, 2020", 2020, 11, 21, G)]),
        ("Sept. 3rd, 2019", [("Sept. 3rd, 2019", 2019, 9, 3, G)]),
        # Hijri, converted to Gregorian.
        ("2 رمضان 1445 هـ", [("2 رمضان 1445 هـ", 2024, 3, 12, H)]),
        ("15 ربيع الأول 1446 هـ", [("15 ربيع الأول 1446 هـ", 2024, 9, 18, H)]),
        ("10 ذي الحجة 1444 هجرية", [("10 ذي الحجة 1444 هجرية", 2023, 6, 28, H)]),
        ("1 جمادى الأولى 1445ه", [("1 جمادى الأولى 1445ه", 2023, 11, 15, H)]),
        ("1 شوال 1445", [("1 شوال 1445", 2024, 4, 10, H)]),
        ("في رمضان 1445 هـ", [("رمضان 1445 هـ", None, None, None, H)]),
        ("30 شعبان 1445 هـ", [("30 شعبان 1445 هـ", None, None, None, H)]),
        (
            "1 رمضان 1445 هـ الموافق 11 مارس 2024 م",
            [("1 رمضان 1445 هـ", 2024, 3, 11, H), ("11 مارس 2024 م", 2024, 3, 11, G)],
        ),
    ],
)
def test_find_dates(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "قال أحمد إن 3/1 نتيجة المباراة",
        "في عام 2014",
        "في 2014",
        "اب الأسرة",
        "الأب والأم",
        "رمضان كريم",
        "رمضان 2024",  # a Gregorian year after a Hijri month: not a Hijri date
        "ممارسة 2024",
        "مارس اللاعب الرياضة",
        "تشرين 2020",
        "21/13/2020",
        "32/11/2020",
        "29/02/2023",
        "21.11.20",  # dotted two-digit year reads as a version number
        "10.0.0.1",
        "1/21/11/2020/5",
        "مارس/أبريل 2024",  # two different months: a range, not a date
        "",
    ],
)
def test_no_date(text):
    assert found(text) == []


@pytest.mark.parametrize("table", [ARABIC_INDIC, PERSIAN])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 مارس 2024", (2024, 3, 12)),
        ("21/11/2020", (2020, 11, 21)),
        ("2020-11-21", (2020, 11, 21)),
        ("2 رمضان 1445هـ", (2024, 3, 12)),
        ("فبراير/شباط 2020", (2020, 2, None)),
    ],
)
def test_eastern_digits(table, text, expected):
    text = text.translate(table)
    assert [(m.text, m.year, m.month, m.day) for m in find_dates(text)] == [(text, *expected)]


def test_hijri_conversion_is_umm_al_qura():
    assert Hijri(1445, 9, 1).to_gregorian().datetuple() == (2024, 3, 11)
    assert parse_date("يبدأ الصيام في 1 رمضان 1445 هـ") == datetime.date(2024, 3, 11)
    assert parse_date("١ رمضان ١٤٤٥ هـ") == datetime.date(2024, 3, 11)


def test_parse_date_skips_incomplete_mentions():
    assert parse_date("منذ فبراير 2020 حتى 3 مارس 2021") == datetime.date(2021, 3, 3)
    assert parse_date("في 20 أكتوبر الجاري") is None
    assert parse_date("لا تاريخ هنا") is None


def test_date_property():
    assert DateMention(0, 1, "x", 2024, 2, 29, G).date == datetime.date(2024, 2, 29)
    assert DateMention(0, 1, "x", 2023, 2, 29, G).date is None
    assert DateMention(0, 1, "x", None, 2, 1, G).date is None
    with pytest.raises(dataclasses.FrozenInstanceError):
        DateMention(0, 1, "x", 2024, 1, 1, G).year = 2025  # type: ignore[misc]


@pytest.mark.parametrize(
    ("name", "number"),
    [
        ("يناير", 1),
        ("كانون الثاني", 1),
        ("كانون الثانى", 1),
        ("كانون  الثاني", 1),
        ("شباط", 2),
        ("اذار", 3),
        ("ابريل", 4),
        ("إبريل", 4),
        ("ماي", 5),
        ("مايو", 5),
        ("يونيه", 6),
        ("يونية", 6),
        ("يوليوز", 7),
        ("آب", 8),
        ("اغسطس", 8),
        ("ايلول", 9),
        ("تشرين الاول", 10),
        ("تشرين الأوّل", 10),
        ("تشرين الثاني", 11),
        ("نونبر", 11),
        ("كانون الأول", 12),
        ("دجنبر", 12),
    ],
)
def test_month_number(name, number):
    assert month_number(name) == number


@pytest.mark.parametrize("name", ["ومارس", "بمارس", "رمضان", "تشرين", "كانون", "أب الأسرة", ""])
def test_month_number_unknown(name):
    assert month_number(name) is None


# --- Hypothesis ---------------------------------------------------------------

# Spellings per series, written for these tests (variants included on purpose).
SERIES = [
    [["يناير"], ["فبراير"], ["مارس"], ["أبريل", "إبريل", "ابريل"], ["مايو"], ["يونيو", "يونيه"],
     ["يوليو", "يوليه"], ["أغسطس", "اغسطس"], ["سبتمبر"], ["أكتوبر", "اكتوبر"], ["نوفمبر"], ["ديسمبر"]],
    [["كانون الثاني", "كانون الثانى"], ["شباط"], ["آذار", "اذار"], ["نيسان"], ["أيار", "ايار"], ["حزيران"],
     ["تموز"], ["آب", "اب"], ["أيلول", "ايلول"], ["تشرين الأول", "تشرين الاول"], ["تشرين الثاني"],
     ["كانون الأول", "كانون الاول"]],
    [["يناير"], ["فبراير"], ["مارس"], ["أبريل"], ["ماي"], ["يونيو"], ["يوليوز"], ["غشت"], ["شتنبر"],
     ["أكتوبر"], ["نونبر"], ["دجنبر"]],
    [["جانفي"], ["فيفري"], ["مارس"], ["أفريل"], ["ماي"], ["جوان"], ["جويلية"], ["أوت"], ["سبتمبر"],
     ["أكتوبر"], ["نوفمبر"], ["ديسمبر"]],
]
HIJRI_SPELLINGS = [
    ["محرم", "المحرم"], ["صفر"], ["ربيع الأول", "ربيع الاول"], ["ربيع الآخر", "ربيع الثاني"],
    ["جمادى الأولى", "جمادى الاولى"], ["جمادى الآخرة", "جمادى الثانية"], ["رجب"], ["شعبان"], ["رمضان"],
    ["شوال"], ["ذو القعدة", "ذي القعدة"], ["ذو الحجة", "ذي الحجة"],
]
ENGLISH = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]
WEEKDAY_NAMES = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
FORMATS = [
    "{d} {M} {y}", "{d} {M} ({M2}) {y}", "{d} {M}/{M2} {y}", "{d} {M} / {M2} {y}", "{w}، {d} {M} {y}",
    "{w} {d} {M} {y}", "{d} من {M} {y}", "{M} {d}، {y}", "{y} {w} ,{d} {M} / {M2}", "{d} {M} {y} م",
    "{d}/{m}/{y}", "{d}-{m}-{y}", "{d}.{m}.{y}", "{y}-{m}-{d}", "{y}/{m}/{d}", "{d}/{m}/{yy}",
    "{d}/{m}/{y} {t}", "{y}-{m}-{d}T{t}", "{E} {d}, {y}", "{d} {E} {y}", "{e} {d}, {y}",
    "hijri",
]
PREFIXES = ["", "نشر في ", "آخر تحديث: ", "(", "وذلك "]
SUFFIXES = ["", " - القاهرة", ".", ")", "، بحسب الوكالة"]


@st.composite
def rendered_dates(draw):
    date = draw(st.dates(datetime.date(1990, 1, 1), datetime.date(2035, 12, 31)))
    fmt = draw(st.sampled_from(FORMATS))
    pad = draw(st.booleans())
    series, twin = draw(st.permutations(SERIES))[:2]
    if fmt == "hijri":
        hijri = Gregorian(date.year, date.month, date.day).to_hijri()
        mark = draw(st.sampled_from(["هـ", " هـ", " ه", " هجري", " هجرية", ""]))
        name = draw(st.sampled_from(HIJRI_SPELLINGS[hijri.month - 1]))
        text = f"{hijri.day} {name} {hijri.year}{mark}"
    else:
        text = fmt.format(
            d=f"{date.day:02d}" if pad else str(date.day),
            m=f"{date.month:02d}" if pad else str(date.month),
            y=date.year,
            yy=f"{date.year % 100:02d}",
            M=draw(st.sampled_from(series[date.month - 1])),
            M2=draw(st.sampled_from(twin[date.month - 1])),
            w=WEEKDAY_NAMES[date.weekday()],
            t=draw(st.sampled_from(["16:22", "08:05:09"])),
            E=ENGLISH[date.month - 1],
            e=ENGLISH[date.month - 1][:3],
        )
    text = text.translate(draw(st.sampled_from([{}, ARABIC_INDIC, PERSIAN])))
    return date, text, draw(st.sampled_from(PREFIXES)), draw(st.sampled_from(SUFFIXES))


@settings(max_examples=400)
@given(rendered_dates())
def test_every_format_round_trips(case):
    date, written, prefix, suffix = case
    text = prefix + written + suffix
    mentions = find_dates(text)
    assert len(mentions) == 1, (text, mentions)
    (mention,) = mentions
    assert mention.date == date
    assert mention.text == written
    assert (mention.start, mention.end) == (len(prefix), len(prefix) + len(written))


def check_mentions(text: str) -> None:
    mentions = find_dates(text)
    previous_end = 0
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert previous_end <= m.start < m.end
        previous_end = m.end
        assert m.calendar in (G, H)
        if None not in (m.year, m.month, m.day):
            assert m.date is not None
    assert parse_date(text) == next((m.date for m in mentions if m.date), None)


@given(st.text())
def test_offsets_and_no_overlap_on_any_text(text):
    check_mentions(text)


# Date-like pieces glued at random, to reach the corners of the patterns.
PIECES = ["12", "٣", "2024", "1445", "۱۴۰۰", "31", "مارس", "آذار", "اب", "ماي", "مايو", "تشرين الثاني",
          "رمضان", "ذو الحجة", "هـ", "ه", "م", "الثلاثاء", "من", "عام", "Nov", "May", "16:22", "13"]


@given(st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from([" ", "/", "-", ".", "، ", " (", ") ", ""]))))
def test_offsets_and_no_overlap_on_date_like_text(pieces):
    check_mentions("".join(piece + glue for piece, glue in pieces))
