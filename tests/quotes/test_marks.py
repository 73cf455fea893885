"""Quote marks paired into stretches: every style, nesting, marks written backwards, unclosed marks."""

from __future__ import annotations

from rasd.quotes.cues import cue_lemma, is_complementiser, is_participle
from rasd.quotes.marks import quoted_stretches


def _inside(text):
    return [(text[q.start:q.end], q.closed, q.depth) for q in quoted_stretches(text)]


def test_every_style_pairs():
    text = 'قال "أولا" ثم «ثانيا» ثم “ثالثا” ثم \'رابعا\''
    assert [words for words, _, _ in _inside(text)] == ["أولا", "ثانيا", "ثالثا", "رابعا"]


def test_a_quoted_name_inside_a_quotation_nests():
    text = 'قال "سنواصل قتال تنظيم "العاصفة" حتى النهاية" ثم غادر'
    assert _inside(text) == [("سنواصل قتال تنظيم \"العاصفة\" حتى النهاية", True, 0), ("العاصفة", True, 1)]


def test_proclitics_before_a_mark_and_marks_written_backwards():
    assert _inside('صرح لـ"الصباح" أمس')[0][0] == "الصباح"
    assert _inside("وصفه بـ»الحاسم» أمس")[0][0] == "الحاسم"
    assert _inside("برنامج ”الأمل“ الجديد")[0][0] == "الأمل"


def test_an_unclosed_mark_runs_to_the_full_stop():
    assert _inside('وقال "المشروع سيكتمل قريبا. ثم انتهى الاجتماع')[0] == ("المشروع سيكتمل قريبا", False, 0)


def test_cue_forms_complementisers_and_participles():
    for word in ("قال", "وقالت", "فقال", "يقول", "مضيفا", "ومؤكدةً", "وأشارت", "وتابع", "قائلاً"):
        assert cue_lemma(word) is not None, word
    for word in ("القول", "قالب", "يذكر", "مقال"):
        assert cue_lemma(word) is None, word
    assert all(is_complementiser(word) for word in ("إن", "أن", "بأن", "إنه", "أنها", "اننا"))
    assert is_participle("مضيفاً") and is_participle("ومشيرة") and not is_participle("وأضاف")
