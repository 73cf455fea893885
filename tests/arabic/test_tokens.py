"""Tests for rasd.arabic.tokens: word tokens and their offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.arabic.tokens import Token, iter_tokens, tokenize, words

TATWEEL = "\u0640"
SHADDA, FATHA, DAMMA, SUKUN = "\u0651", "\u064e", "\u064f", "\u0652"
DAGGER_ALEF = "\u0670"

ARABIC_BLOCK = [chr(c) for c in range(0x0600, 0x0700)] + [" ", "\n", '"', "-", ".", "(", ")"]
any_text = st.one_of(st.text(max_size=80), st.text(alphabet=st.sampled_from(ARABIC_BLOCK), max_size=80))

PROPERTY = settings(max_examples=200, deadline=None)


def test_tokens_of_a_sentence() -> None:
    text = "وصل الوفد إلى عمّان صباح اليوم."
    assert words(text) == ["وصل", "الوفد", "إلى", "عمّان", "صباح", "اليوم"]
    first, second = tokenize(text)[:2]
    assert first == Token(0, 3, "وصل")
    assert second == Token(4, 9, "الوفد")


def test_harakat_stay_inside_words() -> None:
    word = f"م{DAMMA}ح{FATHA}م{SHADDA}{FATHA}د"
    assert words(f"قال {word} أمس") == ["قال", word, "أمس"]
    assert words(f"ه{DAGGER_ALEF}ذا") == [f"ه{DAGGER_ALEF}ذا"]
    assert words(f"م{SUKUN}ن") == [f"م{SUKUN}ن"]


def test_tatweel_stays_inside_words() -> None:
    assert words(f"يوم ج{TATWEEL * 4}ميل") == ["يوم", f"ج{TATWEEL * 4}ميل"]
    # Tatweel after a detached prefix belongs to the prefix.
    assert words(f"ل{TATWEEL}«المنظمة»") == [f"ل{TATWEEL}", "المنظمة"]


@pytest.mark.parametrize("mark", ["،", "؛", "؟", "«", "»", ",", ".", "!", ":", "(", ")", '"', "“", "”", "/", "-"])
def test_punctuation_splits_words(mark: str) -> None:
    assert words(f"غزة{mark}رفح") == ["غزة", "رفح"]


def test_arabic_punctuation_in_a_sentence() -> None:
    text = "سأل الصحفي: «هل انتهى الاجتماع؟» فأجاب الوزير، ثم غادر؛ لكنه عاد."
    assert words(text) == [
        "سأل", "الصحفي", "هل", "انتهى", "الاجتماع", "فأجاب", "الوزير", "ثم", "غادر", "لكنه", "عاد",
    ]


@pytest.mark.parametrize("number", ["٢٠٢٤", "۱۴۰۲", "2019", "١٥"])
def test_digits_are_words(number: str) -> None:
    assert words(f"في عام {number}، تغير") == ["في", "عام", number, "تغير"]


def test_direction_marks_are_not_part_of_words() -> None:
    tokens = tokenize("\u200fبيروت\u200e")
    assert tokens == [Token(1, 6, "بيروت")]


def test_latin_and_mixed_text() -> None:
    assert words("أعلنت شركة Apple_Inc عن iPhone 15") == ["أعلنت", "شركة", "Apple", "Inc", "عن", "iPhone", "15"]


def test_empty_and_punctuation_only() -> None:
    assert tokenize("") == []
    assert tokenize(" ،؛؟«» ... ") == []
    assert words("") == []


def test_iter_tokens_is_lazy_and_matches_tokenize() -> None:
    text = "قال أحمد إن الجو جميل"
    iterator = iter_tokens(text)
    assert next(iterator) == Token(0, 3, "قال")
    assert [next(iterator), *iterator] == tokenize(text)[1:]


@PROPERTY
@given(any_text)
def test_token_offsets_slice_the_text(text: str) -> None:
    tokens = tokenize(text)
    for token in tokens:
        assert token.text
        assert text[token.start : token.end] == token.text
    assert all(a.end <= b.start for a, b in zip(tokens, tokens[1:]))


@PROPERTY
@given(any_text)
def test_words_iter_tokens_and_tokenize_agree(text: str) -> None:
    assert words(text) == [t.text for t in tokenize(text)]
    assert list(iter_tokens(text)) == tokenize(text)


@PROPERTY
@given(any_text)
def test_tokens_are_maximal(text: str) -> None:
    # Nothing between or around tokens could extend a word: the characters next to a token are not word characters.
    covered = set()
    for token in tokenize(text):
        covered.update(range(token.start, token.end))
        for neighbour in (token.start - 1, token.end):
            if 0 <= neighbour < len(text):
                assert words(text[neighbour]) == []
    for index, char in enumerate(text):
        if index not in covered:
            assert words(char) == []
