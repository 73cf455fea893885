"""Tests for rasd.arabic.clitics: readings for search, and stripping only onto known words."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.arabic.clitics import PROCLITIC_PREFIXES, proclitic_readings, proclitic_splits, strip_proclitics

KNOWN_NAMES = {"بومبيو", "لندن", "لافروف", "واشنطن", "فرنسا", "كابول"}
is_known_name = KNOWN_NAMES.__contains__

# Letter-only proclitic sequences (conjunction, then preposition), as written before a name.
LETTER_CLITICS = ["و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"]

# Normalised Arabic letters, weighted towards the clitic letters so prefixes come up often.
LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويء" + "وفبلكال" * 3
arabic_word = st.text(alphabet=st.sampled_from(LETTERS), min_size=1, max_size=10)
word_with_clitics = st.builds(
    lambda prefix, word: prefix + word,
    st.sampled_from(["", *LETTER_CLITICS, "ال", "بال", "وال", "لل", "ولل", "فال", "كال"]),
    arabic_word,
)

PROPERTY = settings(max_examples=300, deadline=None)


# --- readings --------------------------------------------------------------


def test_readings_of_preposition_and_article() -> None:
    readings = proclitic_readings("بالولايات")
    assert "الولايات" in readings
    assert "ولايات" in readings


def test_readings_of_lam_lam() -> None:
    readings = proclitic_readings("للحلف")
    assert "الحلف" in readings
    assert "حلف" in readings
    assert ("ل", "الحلف") in proclitic_splits("للحلف")
    assert ("لل", "حلف") in proclitic_splits("للحلف")


def test_readings_of_conjunction() -> None:
    assert "طالبان" in proclitic_readings("وطالبان")
    assert proclitic_splits("وطالبان")[0] == ("و", "طالبان")


def test_readings_of_conjunction_preposition_article() -> None:
    readings = proclitic_readings("وبالمدينة")
    assert "المدينة" in readings
    assert "مدينة" in readings
    assert "بالمدينة" in readings


def test_readings_of_article_alone() -> None:
    assert proclitic_readings("المدينة") == ("مدينة",)


def test_readings_are_longest_first() -> None:
    readings = proclitic_readings("وللمدرسة")
    assert list(readings) == sorted(readings, key=len, reverse=True)
    assert "المدرسة" in readings
    assert "مدرسة" in readings


def test_one_letter_clitic_keeps_at_least_three_letters() -> None:
    assert all(len(r) >= 3 for r in proclitic_readings("لندن"))
    assert proclitic_readings("بعد") == ()
    assert proclitic_readings("وقع") == ()
    assert proclitic_readings("كل") == ()


def test_word_without_proclitics_has_no_readings() -> None:
    assert proclitic_readings("محمد") == ()
    assert proclitic_readings("") == ()


def test_prefixes_are_longest_first() -> None:
    lengths = [len(prefix) for prefix, _ in PROCLITIC_PREFIXES]
    assert lengths == sorted(lengths, reverse=True)
    assert ("لل", True) in PROCLITIC_PREFIXES
    assert ("لال", True) not in PROCLITIC_PREFIXES


# --- stripping onto known words ----------------------------------------------


@pytest.mark.parametrize("name", sorted(KNOWN_NAMES))
def test_known_word_is_never_cut(name: str) -> None:
    assert strip_proclitics(name, is_known_name) == ("", name)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("وبومبيو", ("و", "بومبيو")),
        ("لواشنطن", ("ل", "واشنطن")),
        ("ولندن", ("و", "لندن")),
        ("للندن", ("ل", "لندن")),
        ("بلافروف", ("ب", "لافروف")),
        ("وفرنسا", ("و", "فرنسا")),
        ("لفرنسا", ("ل", "فرنسا")),
        ("ككابول", ("ك", "كابول")),
        ("وبكابول", ("وب", "كابول")),
    ],
)
def test_strip_onto_a_known_name(word: str, expected: tuple[str, str]) -> None:
    assert strip_proclitics(word, is_known_name) == expected


@pytest.mark.parametrize("name", sorted(KNOWN_NAMES))
@pytest.mark.parametrize("clitics", LETTER_CLITICS)
def test_strip_every_letter_clitic_onto_every_known_name(clitics: str, name: str) -> None:
    assert strip_proclitics(clitics + name, is_known_name) == (clitics, name)


def test_strip_returns_the_word_when_nothing_is_known() -> None:
    assert strip_proclitics("وبغداد", is_known_name) == ("", "وبغداد")
    assert strip_proclitics("بعد", is_known_name) == ("", "بعد")
    assert strip_proclitics("", is_known_name) == ("", "")


def test_strip_keeps_the_article_when_the_known_form_has_it() -> None:
    known = {"المدينة"}.__contains__
    assert strip_proclitics("للمدينة", known) == ("ل", "المدينة")
    assert strip_proclitics("بالمدينة", known) == ("ب", "المدينة")
    assert strip_proclitics("والمدينة", known) == ("و", "المدينة")


def test_strip_to_a_bare_stem_when_only_that_is_known() -> None:
    known = {"مدينة"}.__contains__
    assert strip_proclitics("للمدينة", known) == ("لل", "مدينة")
    assert strip_proclitics("وبالمدينة", known) == ("وبال", "مدينة")


def test_strip_accepts_any_predicate() -> None:
    calls: list[str] = []

    def is_known(stem: str) -> bool:
        calls.append(stem)
        return stem == "طالبان"

    assert strip_proclitics("وطالبان", is_known) == ("و", "طالبان")
    assert calls[0] == "وطالبان"


# --- properties --------------------------------------------------------------


def _reconstructs(word: str, clitics: str, stem: str) -> bool:
    if clitics + stem == word:
        return True
    # ل + ال is written لل: the article's alef is swallowed.
    return clitics.endswith("ل") and stem.startswith("ال") and clitics + stem[1:] == word


@PROPERTY
@given(word_with_clitics)
def test_every_reading_is_a_suffix_or_article_plus_suffix(word: str) -> None:
    for reading in proclitic_readings(word):
        assert reading != word
        assert word.endswith(reading) or (reading.startswith("ال") and word.endswith(reading[2:]))


@PROPERTY
@given(word_with_clitics)
def test_clitics_and_stem_rebuild_the_word(word: str) -> None:
    for clitics, stem in proclitic_splits(word):
        assert clitics
        assert _reconstructs(word, clitics, stem), (clitics, stem)


@PROPERTY
@given(word_with_clitics)
def test_stems_are_never_too_short(word: str) -> None:
    for clitics, stem in proclitic_splits(word):
        assert len(stem) >= 2
        if not (clitics.endswith("ال") or clitics.endswith("لل")):
            # A bare letter clitic must leave a real word.
            assert len(stem) >= 3, (clitics, stem)


@PROPERTY
@given(word_with_clitics)
def test_readings_are_unique_and_longest_first(word: str) -> None:
    readings = proclitic_readings(word)
    assert len(set(readings)) == len(readings)
    assert [len(r) for r in readings] == sorted((len(r) for r in readings), reverse=True)


@PROPERTY
@given(word_with_clitics, st.sets(arabic_word, max_size=5))
def test_strip_returns_a_known_stem_or_the_word(word: str, known: set[str]) -> None:
    clitics, stem = strip_proclitics(word, known.__contains__)
    if word in known:
        assert (clitics, stem) == ("", word)
    elif clitics:
        assert stem in known
        assert (clitics, stem) in proclitic_splits(word)
    else:
        assert stem == word
        assert not any(s in known for s in proclitic_readings(word))


@PROPERTY
@given(st.sampled_from(LETTER_CLITICS), st.sampled_from(sorted(KNOWN_NAMES)))
def test_strip_never_cuts_into_a_known_name(clitics: str, name: str) -> None:
    _, stem = strip_proclitics(clitics + name, is_known_name)
    assert stem == name
