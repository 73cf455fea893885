"""Page furniture: the phrases Arabic news sites wrap around an article.

Each phrase is written as a reader sees it and folded once with the same
normalisation as the line it is compared with, so spelling variants
(اقرأ/اقرا, الإلكتروني/الالكتروني) match.  The lists are rasd's own, built
from what news pages commonly carry; add to them rather than to the code.
"""

from __future__ import annotations

import re
from enum import Enum

from ..arabic.normalize import normalize_for_search


class LineKind(str, Enum):
    """What a furniture phrase says about its line."""

    END = "end"  # the article is over: source line, related list, comments, footer
    RELATED = "related"  # an inset link to another story inside the article
    FURNITURE = "furniture"  # a line of page chrome, wherever it stands


# Lines that start with these end the article (when short, or always for the starred ones).
_END_STARTS = (
    "المصدر", "المصادر", "حول هذه القصة", "المزيد من", "الأكثر قراءة", "الأكثر مشاهدة",
    "الأكثر تداولا", "الأكثر تعليقا", "أخبار ذات صلة", "مواضيع ذات صلة", "مقالات ذات صلة",
    "روابط ذات صلة", "مواد ذات صلة", "قصص ذات صلة", "ذات صلة", "التعليقات", "تعليقات",
    "أضف تعليق", "أضف تعليقك", "اترك تعليقا", "اكتب تعليقك", "الاسم", "الإسم", "كلمات مفتاحية",
    "الكلمات المفتاحية", "الوسوم", "وسوم", "شارك", "شارك الخبر", "شارك المقال", "شاركها",
    "تابعونا", "تابعنا", "النشرة البريدية", "اشترك في النشرة", "جميع الحقوق محفوظة",
    "حقوق النشر محفوظة", "all rights reserved", "copyright", "related", "more from", "most read",
    "comments", "leave a comment", "tags",
)
# Inset links to other stories.
_RELATED_STARTS = (
    "اقرأ أيضا", "اقرأ ايضا", "إقرأ أيضا", "اقرأ المزيد", "اقرأ كذلك", "قد يهمك", "وقد يهمك",
    "قد يعجبك", "شاهد أيضا", "شاهد ايضا", "طالع أيضا", "طالع كذلك", "يحتوي هذا القسم",
    "لمزيد من التفاصيل", "read more", "read also", "see also",
)
# Page chrome wherever it stands, on short lines.
_FURNITURE_PHRASES = (
    "enable javascript", "javascript is disabled", "تفعيل جافا سكريبت", "تفعيل الجافا سكريبت",
    "لم تشترك بعد", "أنشئ حساب", "انشئ حساب", "إنشاء حساب", "تسجيل الدخول", "سجل دخولك",
    "سجل الدخول", "آخر تحديث", "تاريخ النشر", "نشر في", "نشر بتاريخ", "published on", "updated on",
    "last updated", "security code", "البريد الإلكتروني", "عنوان التعليق", "إلزامي",
    "شروط الاستخدام", "شروط النشر", "سياسة الخصوصية", "أوافق على", "characters left", "cookies",
    "ملفات تعريف الارتباط", "حمل تطبيق", "maintained and developed", "powered by",
    "جميع الحقوق محفوظة", "all rights reserved", "اشترك الآن", "اتصل بنا", "تكبير الخط",
    "تصغير الخط", "شريط الأخبار", "آخر الأخبار", "أحدث الأخبار", "عاجل",
)
# Chrome that is also an ordinary word: only when it is the whole line.
_FURNITURE_WORDS = (
    "إعلان", "advertisement", "الرئيسية", "من نحن", "أرسل", "إرسال", "ارسل", "طباعة", "مشاركة",
    "شارك", "subscribe", "newsletter", "facebook", "twitter", "whatsapp", "telegram", "instagram",
    "youtube", "فيسبوك", "تويتر", "واتساب", "تلغرام", "إنستغرام", "يوتيوب", "اشترك", "بحث", "القائمة",
    "menu", "search", "home", "login",
)
_SHORT_LINE_WORDS = 12
# Menus and breadcrumbs: short lines of items between separators ("الرئيسية » رياضة » كرة القدم").
_MENU_SEPARATORS = re.compile(r"[|•·»«›‹>]|\s/\s")
_FORM_FIELD = re.compile(r"^.{1,40}\*\s*$")
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|حقوق\s+\S*\s*محفوظة")
_PUNCT = re.compile(r"[^\w\s*]+")


def fold(line: str) -> str:
    """The form furniture phrases are compared in: search-normalised, punctuation-free, one space."""
    return " ".join(_PUNCT.sub(" ", normalize_for_search(line)).split())


def _folded(phrases: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted({fold(phrase) for phrase in phrases}, key=len, reverse=True))


_END = _folded(_END_STARTS)
_RELATED = _folded(_RELATED_STARTS)
_FURNITURE = _folded(_FURNITURE_PHRASES)
_FURNITURE_WHOLE = frozenset(_folded(_FURNITURE_WORDS))


def _starts_with(folded: str, phrases: tuple[str, ...]) -> bool:
    return any(folded == phrase or folded.startswith(phrase + " ") for phrase in phrases)


def classify_furniture(line: str) -> LineKind | None:
    """Say whether ``line`` is page furniture and of which kind; None for ordinary lines."""
    stripped = line.strip()
    folded = fold(stripped)
    if not folded:
        return LineKind.FURNITURE
    word_count = len(folded.split())
    short = word_count <= _SHORT_LINE_WORDS
    if _starts_with(folded, _RELATED):
        return LineKind.RELATED
    if _COPYRIGHT.search(stripped) and word_count <= 20:
        return LineKind.END
    if _FORM_FIELD.match(stripped):
        return LineKind.END
    if word_count <= 6 and _starts_with(folded, _END):
        return LineKind.END
    if folded in _FURNITURE_WHOLE:
        return LineKind.FURNITURE
    if short and any(f" {phrase} " in f" {folded} " for phrase in _FURNITURE):
        return LineKind.FURNITURE
    if _starts_with(folded, ("شروط النشر", "شروط الاستخدام", "سياسة الخصوصية")):
        return LineKind.FURNITURE
    if len(_MENU_SEPARATORS.findall(stripped)) >= 2 and short:
        return LineKind.FURNITURE
    return None
