"""Tests for rasd.search.terms: what the index stores and what a query word looks up."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.arabic.normalize import normalize_for_search
from rasd.arabic.tokens import words
from rasd.search.terms import index_terms, query_key, word_keys

LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآىةؤئ" + "وفبلكال" * 2 + "\u064e\u0651\u0640"
arabic_word = st.text(alphabet=st.sampled_from(LETTERS), min_size=1, max_size=10)
arabic_sentence = st.lists(arabic_word, max_size=12).map(" ".join)

PROPERTY = settings(max_examples=200, deadline=None)


def test_word_keys_folded_form_first_then_readings() -> None:
    assert word_keys("بالولايات") == ("بالولايات", "الولايات", "ولايات")
    assert word_keys("وأحمد") == ("واحمد", "احمد")
    assert word_keys("أحمد") == ("احمد",)


@pytest.mark.parametrize("word", ["كتاباً", "كتابًا"])
def test_word_keys_drop_the_seat_alef_of_tanween(word: str) -> None:
    keys = word_keys(word)
    assert keys[0] == "كتابا"
    assert "كتاب" in keys
    assert len(set(keys)) == len(keys)


def test_word_keys_keep_a_plain_final_alef() -> None:
    assert "كتاب" not in word_keys("كتابا")


def test_word_keys_of_nothing() -> None:
    assert word_keys("") == ()
    assert word_keys("\u064e\u0640") == ()


def test_index_terms_hold_the_stripped_readings() -> None:
    terms = index_terms("بالولايات").split()
    assert "الولايات" in terms
    assert "بالولايات" in terms


def test_index_terms_of_a_sentence() -> None:
    assert index_terms("زار وفدٌ للمدرسة مدينةَ كابول") == (
        "زار وفد للمدرسه المدرسه لمدرسه مدرسه مدينه كابول ابول"
    )


def test_index_terms_of_nothing() -> None:
    assert index_terms(None) == ""
    assert index_terms("") == ""
    assert index_terms(" ،؛ ... ") == ""


def test_index_terms_fold_spelling_variants() -> None:
    terms = index_terms("إيران وآسيا ومستشفى المؤتمر ٢٠٢٤").split()
    assert {"ايران", "اسيا", "مستشفي", "الموتمر", "موتمر", "2024"} <= set(terms)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("أحمد", "احمد"),
        ("إيران", "ايران"),
        ("مُستشفى", "مستشفي"),
        ("مسؤول", "مسوول"),
        ("NATO", "nato"),
        ("٢٠٢٤", "2024"),
    ],
)
def test_query_key_folds(word: str, expected: str) -> None:
    assert query_key(word) == expected


@pytest.mark.parametrize("word", ["بومبيو", "وبومبيو", "لندن", "بالولايات", "للحلف", "فرنسا"])
def test_query_key_never_strips_clitics(word: str) -> None:
    assert query_key(word) == word


@PROPERTY
@given(arabic_word)
def test_query_key_is_the_first_word_key(word: str) -> None:
    keys = word_keys(word)
    if keys:
        assert keys[0] == query_key(word)
    else:
        assert query_key(word) == ""


@PROPERTY
@given(arabic_sentence)
def test_every_word_is_indexed_by_its_query_key(text: str) -> None:
    terms = set(index_terms(text).split())
    for word in words(text):
        key = query_key(word)
        if key:
            assert key in terms


@PROPERTY
@given(arabic_sentence)
def test_index_terms_are_folded(text: str) -> None:
    terms = index_terms(text)
    assert normalize_for_search(terms) == terms
    allowed = {key for word in words(text) for key in word_keys(word)}
    assert set(terms.split()) <= allowed
