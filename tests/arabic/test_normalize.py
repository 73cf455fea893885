"""Tests for rasd.arabic.normalize: one fold per function, then Hypothesis properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.arabic.normalize import (
    dediac,
    normalize_alef,
    normalize_alef_maksura,
    normalize_digits,
    normalize_for_matching,
    normalize_for_search,
    normalize_hamza_carriers,
    normalize_persian_letters,
    normalize_teh_marbuta,
    normalize_with_offsets,
    remove_direction_marks,
    remove_tatweel,
)

FATHA, DAMMA, KASRA, SUKUN, SHADDA = "\u064e", "\u064f", "\u0650", "\u0652", "\u0651"
FATHATAN, DAMMATAN, KASRATAN = "\u064b", "\u064c", "\u064d"
DAGGER_ALEF = "\u0670"
TATWEEL = "\u0640"
LRM, RLM, ALM, BOM = "\u200e", "\u200f", "\u061c", "\ufeff"

ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"

# Characters of the Arabic block plus spaces: "Arabic-only" text for properties.
ARABIC_BLOCK = [chr(c) for c in range(0x0600, 0x0700)] + [" "]
arabic_text = st.text(alphabet=st.sampled_from(ARABIC_BLOCK), max_size=80)
any_text = st.one_of(st.text(max_size=80), arabic_text)
PROPERTY = settings(max_examples=200, deadline=None)


# --- one fold per function -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أمل", "امل"),
        ("إسلام", "اسلام"),
        ("آخر", "اخر"),
        ("ٱسم", "اسم"),
        ("أنا وإياك في آذار", "انا واياك في اذار"),
        # Only alef forms change.
        ("مستشفى مدرسة مؤتمر", "مستشفى مدرسة مؤتمر"),
    ],
)
def test_normalize_alef(text: str, expected: str) -> None:
    assert normalize_alef(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("مستشفى", "مستشفي"),
        ("على", "علي"),
        ("مصطفى وليلى", "مصطفي وليلي"),
        ("أحمد", "أحمد"),
    ],
)
def test_normalize_alef_maksura(text: str, expected: str) -> None:
    assert normalize_alef_maksura(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("مدرسة", "مدرسه"),
        ("حكومة جديدة", "حكومه جديده"),
        ("كتاب", "كتاب"),
    ],
)
def test_normalize_teh_marbuta(text: str, expected: str) -> None:
    assert normalize_teh_marbuta(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("مؤتمر", "موتمر"),
        ("رئيس", "رييس"),
        ("مسؤول في هيئة", "مسوول في هيية"),
        ("أمس", "أمس"),
    ],
)
def test_normalize_hamza_carriers(text: str, expected: str) -> None:
    assert normalize_hamza_carriers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (ARABIC_INDIC, "0123456789"),
        (PERSIAN_DIGITS, "0123456789"),
        ("عام ٢٠٢٤ و۱۹۹۸ و1987", "عام 2024 و1998 و1987"),
    ],
)
def test_normalize_digits(text: str, expected: str) -> None:
    assert normalize_digits(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\u06a9تاب", "كتاب"),  # keheh
        ("عل\u06cc", "علي"),  # farsi yeh
        ("خان\u06c0", "خانه"),
        ("كتاب", "كتاب"),
    ],
)
def test_normalize_persian_letters(text: str, expected: str) -> None:
    assert normalize_persian_letters(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"م{DAMMA}ح{FATHA}م{SHADDA}{FATHA}د{DAMMATAN}", "محمد"),
        (f"ك{KASRA}ت{FATHA}اب{FATHATAN}ا", "كتابا"),
        (f"م{KASRA}ن{SUKUN}", "من"),
        (f"ه{DAGGER_ALEF}ذا", "هذا"),
        (f"ب{KASRATAN}", "ب"),
        (f"شد{SHADDA}ة", "شدة"),
        # Letters that look like marks are kept.
        ("أإآ", "أإآ"),
    ],
)
def test_dediac(text: str, expected: str) -> None:
    assert dediac(text) == expected


def test_remove_tatweel() -> None:
    assert remove_tatweel(f"ج{TATWEEL * 3}ميل") == "جميل"
    assert remove_tatweel(f"ل{TATWEEL}«الوكالة»") == "ل«الوكالة»"
    assert remove_tatweel("جميل") == "جميل"


@pytest.mark.parametrize("mark", [LRM, RLM, ALM, BOM, "\u200c", "\u200d", "\u202b", "\u2067"])
def test_remove_direction_marks(mark: str) -> None:
    assert remove_direction_marks(f"{mark}بيروت{mark} و{mark}عمان") == "بيروت وعمان"


def test_each_fold_leaves_other_characters_alone() -> None:
    text = f"أإآٱ ى ة ؤ ئ ٣۳ {TATWEEL}{FATHA}{LRM} \u06a9 ABC"
    assert normalize_alef(text) == f"اااا ى ة ؤ ئ ٣۳ {TATWEEL}{FATHA}{LRM} \u06a9 ABC"
    assert normalize_alef_maksura(text) == f"أإآٱ ي ة ؤ ئ ٣۳ {TATWEEL}{FATHA}{LRM} \u06a9 ABC"
    assert normalize_teh_marbuta(text) == f"أإآٱ ى ه ؤ ئ ٣۳ {TATWEEL}{FATHA}{LRM} \u06a9 ABC"
    assert normalize_hamza_carriers(text) == f"أإآٱ ى ة و ي ٣۳ {TATWEEL}{FATHA}{LRM} \u06a9 ABC"
    assert normalize_digits(text) == f"أإآٱ ى ة ؤ ئ 33 {TATWEEL}{FATHA}{LRM} \u06a9 ABC"
    assert dediac(text) == f"أإآٱ ى ة ؤ ئ ٣۳ {TATWEEL}{LRM} \u06a9 ABC"
    assert remove_tatweel(text) == f"أإآٱ ى ة ؤ ئ ٣۳ {FATHA}{LRM} \u06a9 ABC"
    assert remove_direction_marks(text) == f"أإآٱ ى ة ؤ ئ ٣۳ {TATWEEL}{FATHA} \u06a9 ABC"
    assert normalize_persian_letters(text) == f"أإآٱ ى ة ؤ ئ ٣۳ {TATWEEL}{FATHA}{LRM} ك ABC"


# --- composed folds ----------------------------------------------------------


def test_matching_form_keeps_hamza_carriers_search_form_folds_them() -> None:
    assert normalize_for_matching("مؤتمر رئيس") == "مؤتمر رئيس"
    assert normalize_for_search("مؤتمر رئيس") == "موتمر رييس"


@pytest.mark.parametrize("fold", [normalize_for_matching, normalize_for_search])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أحمد", "احمد"),
        ("إيران", "ايران"),
        ("آمنة", "امنه"),
        ("مستشفى", "مستشفي"),
        (f"الح{TATWEEL}{TATWEEL}كومة", "الحكومه"),
        (f"ق{FATHA}ر{FATHA}أ{FATHA}", "قرا"),
        (f"{BOM}{RLM}الرباط{LRM}{ALM}", "الرباط"),
        ("في ٢٠٢٣ و۱۴۰۲", "في 2023 و1402"),
        ("قناة CNN وموقع BBC News", "قناه cnn وموقع bbc news"),
        ("\u06a9ابل", "كابل"),
    ],
)
def test_composed_folds(fold, text: str, expected: str) -> None:
    assert fold(text) == expected


def test_search_form_of_a_whole_sentence() -> None:
    text = f"{BOM}قال الرئيس إنّ المؤتمر سيُعقد في ٣ آذار، وأكّد أن الـ{TATWEEL}NATO لم تُدعَ."
    assert normalize_for_search(text) == "قال الرييس ان الموتمر سيعقد في 3 اذار، واكد ان الnato لم تدع."
    assert normalize_for_matching(text) == "قال الرئيس ان المؤتمر سيعقد في 3 اذار، واكد ان الnato لم تدع."


def test_empty_text() -> None:
    assert normalize_for_search("") == ""
    assert normalize_for_matching("") == ""
    assert normalize_with_offsets("") == ("", [0])


# --- offsets -------------------------------------------------------------------


def test_offsets_skip_removed_characters() -> None:
    text = f"أح{TATWEEL}م{FATHA}د"
    folded, origin = normalize_with_offsets(text)
    assert folded == "احمد"
    assert origin == [0, 1, 3, 5, 6]


def test_offsets_map_a_folded_span_back_to_the_original() -> None:
    text = f"وقال {RLM}مُصطفى إنّ"
    folded, origin = normalize_with_offsets(text)
    start = folded.index("مصطفي")
    end = start + len("مصطفي")
    assert text[origin[start] : origin[end]] == "مُصطفى"


def test_offsets_matching_form_keeps_hamza_carriers() -> None:
    assert normalize_with_offsets("مؤتمر", for_search=False)[0] == "مؤتمر"
    assert normalize_with_offsets("مؤتمر", for_search=True)[0] == "موتمر"


def test_offsets_of_a_lengthening_lower_case() -> None:
    # "İ" lower-cases to two characters; both come from the same source character.
    folded, origin = normalize_with_offsets("aİb")
    assert folded == "ai\u0307b"
    assert origin == [0, 1, 1, 2, 3]


def test_offsets_agree_with_search_form_on_final_sigma() -> None:
    assert normalize_with_offsets("ΟΔΟΣ")[0] == normalize_for_search("ΟΔΟΣ")


# --- properties ----------------------------------------------------------------


@PROPERTY
@given(any_text)
def test_search_form_is_idempotent(text: str) -> None:
    once = normalize_for_search(text)
    assert normalize_for_search(once) == once


@PROPERTY
@given(any_text)
def test_matching_form_is_idempotent(text: str) -> None:
    once = normalize_for_matching(text)
    assert normalize_for_matching(once) == once


@PROPERTY
@given(st.one_of(st.text(max_size=80), arabic_text), st.booleans())
def test_offsets_fold_equals_plain_fold(text: str, for_search: bool) -> None:
    plain = normalize_for_search(text) if for_search else normalize_for_matching(text)
    assert normalize_with_offsets(text, for_search=for_search)[0] == plain


@PROPERTY
@given(any_text)
def test_origin_is_well_formed(text: str) -> None:
    folded, origin = normalize_with_offsets(text)
    assert len(origin) == len(folded) + 1
    assert origin[-1] == len(text)
    assert all(0 <= o < len(text) for o in origin[:-1])
    assert all(a <= b for a, b in zip(origin, origin[1:]))


@PROPERTY
@given(any_text)
def test_each_folded_character_comes_from_its_origin(text: str) -> None:
    folded, origin = normalize_with_offsets(text)
    for i, char in enumerate(folded):
        source_fold = normalize_for_search(text[origin[i]])
        if len(source_fold) == 1:
            assert char == source_fold
    # Stronger: the folded characters from each source index spell that character's fold.
    for index, source in enumerate(text):
        from_here = "".join(c for c, o in zip(folded, origin) if o == index)
        assert from_here == normalize_for_search(source)


@PROPERTY
@given(arabic_text)
def test_folding_never_lengthens_arabic_text(text: str) -> None:
    assert len(normalize_for_search(text)) <= len(text)
    assert len(normalize_for_matching(text)) <= len(text)
    assert len(dediac(text)) <= len(text)


@PROPERTY
@given(any_text)
def test_dediac_leaves_no_harakat(text: str) -> None:
    result = dediac(text)
    assert not any("\u064b" <= c <= "\u065f" or c == "\u0670" for c in result)


@PROPERTY
@given(any_text)
def test_search_form_has_no_folded_letters(text: str) -> None:
    result = normalize_for_search(text)
    forbidden = set("أإآٱىةؤئ" + ARABIC_INDIC + PERSIAN_DIGITS + TATWEEL + LRM + RLM + ALM + BOM)
    forbidden |= {chr(c) for c in range(0x064B, 0x0660)} | {DAGGER_ALEF}
    assert not forbidden.intersection(result)


@PROPERTY
@given(any_text)
def test_matching_form_keeps_only_hamza_carriers(text: str) -> None:
    result = normalize_for_matching(text)
    assert not set("أإآٱىة" + ARABIC_INDIC + PERSIAN_DIGITS + TATWEEL).intersection(result)
    assert result.count("ؤ") == text.count("ؤ")
    assert result.count("ئ") == text.count("ئ")
