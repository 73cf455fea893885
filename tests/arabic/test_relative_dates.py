"""Relative dates resolved against the article's date (fictional phrases)."""

import datetime

import pytest

from rasd.arabic.relative_dates import find_time_expressions, resolve

WEDNESDAY = datetime.date(2024, 3, 13)


@pytest.mark.parametrize(
    ("text", "ahead", "expected"),
    [
        ("وصل الوفد أمس إلى المدينة", False, "2024-03-12"),
        ("التقيا أول من أمس", False, "2024-03-11"),
        ("يعقد الاجتماع غدًا", True, "2024-03-14"),
        ("وقع الانفجار الاثنين", False, "2024-03-11"),
        ("سيلتقيان الاثنين", True, "2024-03-18"),
        ("وقع الانفجار مساء الإثنين الماضي", False, "2024-03-11"),
        ("يجتمعون الأحد المقبل", False, "2024-03-17"),
        ("قال الأربعاء", False, "2024-03-13"),
        ("أعلن الأسبوع الفائت", False, "2024-W10"),
        ("يزور البلاد الأسبوع المقبل", True, "2024-W12"),
        ("بدأ الشهر الماضي", False, "2024-02"),
        ("جرى العام الماضي", False, "2023"),
        ("وفي 11 يوليو تبدأ الجولة", True, "2024-07-11"),
        ("في 20 ديسمبر جرت الانتخابات", False, "2023-12-20"),
        ("وفي 5 من الشهر الحالي", False, "2024-03-05"),
        ("في 12 مارس 2021", False, "2021-03-12"),
        ("قال أمس السبت", False, "2024-03-12"),
        ("وقع الهجوم في يناير (كانون الثاني) المنصرم", False, "2024-01"),
        ("بدأ في مارس الماضي", False, "2023-03"),
        ("منذ مطلع شهر يونيو الماضي", False, "2023-06"),
        ("تعقد القمة في فبراير المقبل", True, "2025-02"),
        ("في أيار (مايو) المقبل", True, "2024-05"),
        ("خلال أبريل الجاري", False, "2024-04"),
        ("في آب الماضي", False, "2023-08"),
    ],
)
def test_resolved(text, ahead, expected):
    (found,) = find_time_expressions(text)
    assert resolve(found, WEDNESDAY, ahead=ahead) == expected
    assert text[found.start:found.end] == found.text


@pytest.mark.parametrize(("text", "past", "expected"), [
    ("طلبوا في مايو", True, "2023-05"),  # a past act: the last May before the article
    ("في مايو", False, "2024-05"),  # otherwise the nearest
    ("وقع في 20 مارس", True, "2023-03-20"),
    ("وقع في 12 مارس", True, "2024-03-12"),
])
def test_a_day_or_month_of_what_happened_lies_before_the_article(text, past, expected):
    (found,) = find_time_expressions(text)
    assert resolve(found, WEDNESDAY, past=past) == expected


def test_without_an_article_date_only_full_dates_resolve():
    weekday, full = find_time_expressions("التقيا الاثنين بعد لقاء 3 مارس 2024")
    assert resolve(weekday, None) is None
    assert resolve(full, None) == "2024-03-03"


@pytest.mark.parametrize("text", ["أحد المسؤولين قال", "اليوم اللاحق", "الأعضاء الاثنين والسبعين", "سبت القش",
                                  "مارس الضغط على الحكومة", "اشتباكات في إب", "رافق أباه"])
def test_words_that_only_look_like_days(text):
    assert find_time_expressions(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("في الحادي والعشرين من مارس (آذار) من 2014", "2014-03-21"),
    ("في السابع والعشرين من نوفمبر الماضي", "2023-11-27"),
    ("في الأول من أبريل المقبل", "2024-04-01"),
    ("يوم الحادي عشر من شهر مارس", "2024-03-11"),
    ("في الثالث عشر من مارس", "2024-03-13"),
    ("في الحادي والثلاثين من ديسمبر", "2023-12-31"),
])
def test_a_day_spelled_as_an_ordinal(text, expected):
    (found,) = find_time_expressions(text)
    assert resolve(found, WEDNESDAY) == expected
