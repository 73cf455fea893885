"""Tests for rasd.entities.keys: variants of one name collide, different names stay apart."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.arabic.normalize import normalize_for_matching
from rasd.arabic.tokens import words
from rasd.entities.keys import NameKeys, fold_name, is_short_form, name_keys, skeleton, strip_descriptor

PROPERTY = settings(max_examples=300, deadline=None)


def loose(name: str, kind: str = "PER") -> str:
    return name_keys(name, kind).loose


# --- fold_name ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "folded"),
    [
        ("الشيخ محمد بن زايد", "محمد بن زايد"),
        ("السيد حسن نصر الله", "حسن نصر الله"),
        ("د. محمد البرادعي", "محمد البرادعي"),
        ("الدكتور أيمن الظواهري", "ايمن الظواهري"),
        ("الملا هبة الله أخوند زادة", "هبه الله اخوند زاده"),
        ("فخامة الرئيس عبدالفتاح السيسي", "عبد الفتاح السيسي"),
        ("سماحة السيد علي السيستاني", "علي السيستاني"),
        ("آية الله العظمى علي السيستاني", "علي السيستاني"),
        ("الرئيس السوري بشار الأسد", "بشار الاسد"),
        ("جلالة الملك عبدالله الثاني", "عبد الله الثاني"),
        ("سمو الأمير تميم", "تميم"),
        ("صاحب السمو الشيخ صباح الأحمد", "صباح الاحمد"),
        ("الأمير محمد بن سلمان", "محمد بن سلمان"),
        # A royal rank before a one-part name is how that royal is called.
        ("الأمير هاري", "الامير هاري"),
        ("الملك سلمان", "الملك سلمان"),
        # A title alone is left alone rather than emptied.
        ("الشيخ", "الشيخ"),
        ("الرئيس الأميركي", "الاميركي"),
    ],
)
def test_titles_are_dropped(name: str, folded: str) -> None:
    assert fold_name(name) == folded


@pytest.mark.parametrize(
    ("joined", "spaced"),
    [
        ("عبدالله", "عبد الله"),
        ("عبدالرحمن الكواكبي", "عبد الرحمن الكواكبي"),
        ("عبدالعزيز بوتفليقة", "عبد العزيز بوتفليقة"),
        ("عبدربه منصور هادي", "عبد ربه منصور هادي"),
        ("أبومازن", "أبو مازن"),
        ("ابوالغيط", "أبو الغيط"),
        ("أبوظبي", "أبو ظبي"),
        ("عبدالله عبدالله", "عبد الله عبد الله"),
        ("ابن خلدون", "بن خلدون"),
    ],
)
def test_compounds_fold_spaced(joined: str, spaced: str) -> None:
    assert fold_name(joined) == fold_name(spaced)
    assert " " in fold_name(joined)


@pytest.mark.parametrize("word", ["عبده", "أبوجا", "عبدو", "أبوت"])
def test_words_that_only_look_joined_stay_whole(word: str) -> None:
    assert fold_name(word) == normalize_for_matching(word)


@pytest.mark.parametrize(
    ("name", "folded"),
    [
        ("مُحَمَّد مُرْسِي", "محمد مرسي"),
        ("محـــمد", "محمد"),
        ("  بشار    الأسد ", "بشار الاسد"),
        ('"داعش"', "داعش"),
        ("(داعش)", "داعش"),
        ("«طالبان»", "طالبان"),
        ('لـ"داعش"', "داعش"),
        ("والـ«ناتو»", "ناتو"),
        ("الـCBC", "cbc"),
        ("إيران", "ايران"),
        ("مصطفى", "مصطفي"),
        ("حماة", "حماه"),
    ],
)
def test_letters_quotes_and_spacing_fold(name: str, folded: str) -> None:
    assert fold_name(name) == folded


# --- strip_descriptor ----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "kind", "stripped"),
    [
        ("حركة طالبان", "ORG", "طالبان"),
        ("حركة حماس", "ORG", "حماس"),
        ("حركة أحرار الشام", "ORG", "احرار الشام"),
        ("تنظيم داعش", "ORG", "داعش"),
        ('تنظيم "الدولة الإسلامية"', "ORG", "الدوله الاسلاميه"),
        ("تنظيم «الدولة الإسلامية»", "ORG", "الدوله الاسلاميه"),
        ("جماعة الحوثي", "ORG", "الحوثي"),
        ("حزب نداء تونس", "ORG", "نداء تونس"),
        # An article noun phrase is the name together with its descriptor.
        ("حزب الله", "ORG", "حزب الله"),
        ("حزب الدعوة", "ORG", "حزب الدعوه"),
        ("حزب العمال الكردستاني", "ORG", "حزب العمال الكردستاني"),
        ("جماعة الإخوان المسلمين", "ORG", "جماعه الاخوان المسلمين"),
        ("تنظيم الدولة الإسلامية", "ORG", "تنظيم الدوله الاسلاميه"),
        ('حزب "الله"', "ORG", "حزب الله"),
        ("حركة", "ORG", "حركه"),
        ("مدينة حلب", "LOC", "حلب"),
        ("محافظة الأنبار", "LOC", "الانبار"),
        ("محافظة القادسية", "LOC", "القادسيه"),
        ("ولاية كاليفورنيا", "LOC", "كاليفورنيا"),
        ("إقليم كردستان العراق", "LOC", "كردستان العراق"),
        ("منطقة الشرق الأوسط", "LOC", "الشرق الاوسط"),
        ("العاصمة الأفغانية كابول", "LOC", "كابول"),
        ("العاصمة الإدارية الجديدة", "LOC", "العاصمه الاداريه الجديده"),
        ("الأردن", "LOC", "الاردن"),
        ("حزب الله", "PER", "حزب الله"),
        ("مدينة حلب", "PER", "مدينه حلب"),
        ("حركة طالبان", "MISC", "حركه طالبان"),
        ("حركة طالبان", "org", "طالبان"),
    ],
)
def test_strip_descriptor(name: str, kind: str, stripped: str) -> None:
    assert strip_descriptor(name, kind) == stripped


# --- skeleton and loose keys -------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("ترامب", "ترمب"),
        ("يانس", "ينس"),
        ("ستولتنبرغ", "ستولتنبرج"),
        ("غوتيريش", "جوتيريش"),
        ("نتنياهو", "نتانياهو"),
        ("سيرغي", "سيرجي"),
        ("بوتين", "بوتن"),
        ("زيلينسكي", "زيلنسكي"),
        ("ماكرون", "ماكرن"),
        ("أوباما", "اوباما"),
        ("لافروف", "لافرووف"),
        ("بنغازي", "بنجازي"),
        ("كييف", "كيف"),
        ("واشنطن", "واشنطون"),
        ("إستانبول", "استنبول"),
        ("پاريس", "باريس"),
        ("ڤيينا", "فيينا"),
        ("إسرائيل", "اسراييل"),
    ],
)
def test_skeletons_collide(a: str, b: str) -> None:
    assert skeleton(a) == skeleton(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("بوتين", "بايدن"),
        ("ترامب", "ترومان"),
        ("كابول", "كابولوف"),
        ("غوتيريش", "غوتيرس"),
        ("أحمد", "حمد"),
        ("ليبيا", "لبنان"),
        ("سوريا", "صربيا"),
        ("غزة", "عزة"),
        ("السيسي", "السي"),
        # Only the g-family merges: ت/ط and the like stay apart even in real variants.
        ("أنطونيو", "أنتونيو"),
    ],
)
def test_skeletons_stay_apart(a: str, b: str) -> None:
    assert skeleton(a) != skeleton(b)


def test_skeleton_ignores_a_final_vowel() -> None:
    assert skeleton("حلب") == skeleton("حلبا")
    assert skeleton("سوريا") == skeleton("سورية")


def test_skeleton_leaves_latin_and_digits() -> None:
    assert skeleton("CBC") == "cbc"
    assert skeleton("2024") == "2024"


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        ("دونالد ترامب", "دونالد ترمب", "PER"),
        ("ينس ستولتنبرغ", "يانس ستولتنبرج", "PER"),
        ("أنطونيو غوتيريش", "انطونيو جوتيريش", "PER"),
        ("بنيامين نتنياهو", "بنيامين نتانياهو", "PER"),
        ("أنغيلا ميركل", "أنجيلا ميركل", "PER"),
        ("كيم جونغ أون", "كيم جونج اون", "PER"),
        ("كامالا هاريس", "كمالا هارس", "PER"),
        ("إيفانكا ترامب", "ايفانكا ترمب", "PER"),
        ("الشيخ عبدالله بن زايد", "عبد الله بن زايد", "PER"),
        ("فلاديمير بوتين", "الرئيس فلاديمير بوتن", "PER"),
        ("أورسولا فون در لايين", "أورسولا فون دير لاين", "PER"),
        ("كابول", "كابل", "LOC"),
        ("سوريا", "سورية", "LOC"),
        ("مدينة حلب", "حلب", "LOC"),
        ("أوكرانيا", "اوكرانيا", "LOC"),
        ("بريطانيا", "بريطانية", "LOC"),
        ("حركة طالبان", "طالبان", "ORG"),
        ("تنظيم داعش", "داعش", "ORG"),
    ],
)
def test_loose_keys_collide(a: str, b: str, kind: str) -> None:
    assert loose(a, kind) == loose(b, kind)


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        ("محمد عباس", "محمود عباس", "PER"),
        ("علي حسن", "عالي حسن", "PER"),
        ("عمر سليمان", "عمرو سليمان", "PER"),
        ("حسن روحاني", "حسين روحاني", "PER"),
        ("قاسم سليماني", "جاسم سليماني", "PER"),
        ("سالم الحربي", "سليم الحربي", "PER"),
        ("عبد الرحمن محمد", "عبد الرحيم محمد", "PER"),
        ("أحمد شفيق", "حمد شفيق", "PER"),
        ("دونالد ترامب", "جو بايدن", "PER"),
        ("دونالد ترامب", "هاري ترومان", "PER"),
        ("عبد الله عبد الله", "بشار الأسد", "PER"),
        ("مايك بومبيو", "أنتوني بلينكن", "PER"),
        ("واشنطن", "موسكو", "LOC"),
        ("إيران", "العراق", "LOC"),
        ("النمسا", "أستراليا", "LOC"),
        ("حزب الله", "الله", "ORG"),
        ("حماس", "فتح", "ORG"),
    ],
)
def test_loose_keys_stay_apart(a: str, b: str, kind: str) -> None:
    assert loose(a, kind) != loose(b, kind)


def test_exact_keeps_what_loose_merges() -> None:
    assert name_keys("كابول", "LOC").exact != name_keys("كابل", "LOC").exact
    assert name_keys("إيران", "LOC").exact == name_keys("ايران", "LOC").exact
    assert name_keys("الأردن", "LOC").exact != name_keys("أردن", "LOC").exact


# --- family and first names ----------------------------------------------------


@pytest.mark.parametrize(
    ("name", "first", "last"),
    [
        ("دونالد ترامب", "دونالد", "ترمب"),
        ("مايك بومبيو", "مايك", "بومبيو"),
        ("تميم بن حمد آل ثاني", "تميم", "آل ثاني"),
        ("أسامة بن لادن", "أسامة", "بن لادن"),
        ("أبو بكر البغدادي", "أبو بكر", "البغدادي"),
        ("عبد الله عبد الله", "عبد الله", "عبد الله"),
        ("ستافان دي ميستورا", "ستافان", "دي ميستورا"),
        ("محمد بن عبد العزيز", "محمد", "بن عبد العزيز"),
    ],
)
def test_first_and_last_keys(name: str, first: str, last: str) -> None:
    keys = name_keys(name, "PER")
    assert keys.first == loose(first)
    assert keys.last == loose(last)


@pytest.mark.parametrize(
    ("name", "kind"),
    [("بومبيو", "PER"), ("عبد الله", "PER"), ("بن لادن", "PER"), ("", "PER"), ("حلف شمال الأطلسي", "ORG"), ("الولايات المتحدة", "LOC")],
)
def test_one_part_names_and_non_people_have_no_first_or_last(name: str, kind: str) -> None:
    keys = name_keys(name, kind)
    assert keys.first is None and keys.last is None


def test_name_keys_is_a_frozen_value() -> None:
    keys = name_keys("مايك بومبيو", "PER")
    assert keys == NameKeys(keys.exact, keys.loose, keys.last, keys.first, 2)
    with pytest.raises(AttributeError):
        keys.exact = "x"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("بومبيو", "مايك بومبيو"),
        ("ترمب", "دونالد ترامب"),
        ("ستولتنبرج", "ينس ستولتنبرغ"),
        ("ماكرون", "إيمانويل ماكرون"),
        ("بن لادن", "أسامة بن لادن"),
        ("آل ثاني", "تميم بن حمد آل ثاني"),
        ("دي ميستورا", "ستافان دي ميستورا"),
    ],
)
def test_short_forms(short: str, long: str) -> None:
    assert is_short_form(name_keys(short, "PER"), name_keys(long, "PER"))


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("مايك", "مايك بومبيو"),
        ("دونالد", "دونالد ترامب"),
        ("حمد", "تميم بن حمد آل ثاني"),
        ("بايدن", "دونالد ترامب"),
        ("مايك بومبيو", "مايك بومبيو"),
        ("ترامب", "ترمب"),
        ("", "مايك بومبيو"),
    ],
)
def test_not_short_forms(short: str, long: str) -> None:
    assert not is_short_form(name_keys(short, "PER"), name_keys(long, "PER"))


# --- properties ------------------------------------------------------------------

LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآىةؤئ" + "گچپڤ"
MARKS = "\u064e\u0651\u0640"
arabic_word = st.text(alphabet=st.sampled_from(LETTERS), min_size=1, max_size=9)
noisy_word = st.builds(lambda w, m: w + m, arabic_word, st.sampled_from(["", *MARKS]))
special_word = st.sampled_from(
    ["الشيخ", "سمو", "الأمير", "الملك", "الرئيس", "د.", "آية الله", "السوري", "حركة", "حزب", "تنظيم", "مدينة",
     "العاصمة", "عبدالله", "عبد", "أبو", "بن", "آل", "فون", '"', "«", "»", "(", ")", "لـ", "الـ", "الله", "ابن"]
)
name_text = st.lists(st.one_of(noisy_word, special_word), min_size=1, max_size=6).map(" ".join)
kinds = st.sampled_from(["PER", "ORG", "LOC", "MISC"])


@PROPERTY
@given(name_text, kinds)
def test_keys_are_idempotent(name: str, kind: str) -> None:
    keys = name_keys(name, kind)
    assert name_keys(keys.exact, kind) == keys


@PROPERTY
@given(st.text())
def test_fold_name_is_idempotent_on_any_text(text: str) -> None:
    assert fold_name(fold_name(text)) == fold_name(text)


@PROPERTY
@given(arabic_word)
def test_skeleton_never_empties_a_word(word: str) -> None:
    assert skeleton(word)


@PROPERTY
@given(name_text)
def test_fold_name_never_grows_the_number_of_words(name: str) -> None:
    # A joined compound (عبدالله) counts as the words it stands for.
    stands_for = sum(len(fold_name(word).split()) for word in words(normalize_for_matching(name)))
    assert len(fold_name(name).split()) <= max(stands_for, 1)
