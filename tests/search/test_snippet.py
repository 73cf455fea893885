"""Tests for rasd.search.snippet: the stretch of text shown for a hit, matches marked in their original spelling."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.arabic.tokens import tokenize
from rasd.search.query import parse_query
from rasd.search.snippet import ELLIPSIS, SNIPPET_WORDS, Snippet, make_snippet, matching_spans
from rasd.search.terms import word_keys

PROPERTY = settings(max_examples=200, deadline=None)


def keys_for(query: str) -> set[str]:
    return parse_query(query).keys


def filler(count: int) -> list[str]:
    return [f"كلمة{i}" for i in range(count)]


def highlighted(snippet: Snippet) -> list[str]:
    return [snippet.text[start:end] for start, end in snippet.highlights]


# --- hand-made examples ------------------------------------------------------------


def test_highlights_keep_the_original_spelling() -> None:
    text = "قال أحمد إن الاجتماع انتهى، وأحمد لم يحضر الجلسة"
    snippet = make_snippet(text, keys_for("احمد"))
    assert snippet.text == text
    assert highlighted(snippet) == ["أحمد", "وأحمد"]
    assert snippet.marked() == "قال [أحمد] إن الاجتماع انتهى، [وأحمد] لم يحضر الجلسة"


def test_marked_with_custom_markers() -> None:
    snippet = make_snippet("وصل أحمد", keys_for("أحمد"))
    assert snippet.marked("<b>", "</b>") == "وصل <b>أحمد</b>"


def test_word_with_preposition_and_article_is_highlighted() -> None:
    snippet = make_snippet("سافر الوفد بالطائرة إلى الولايات المتحدة", keys_for("الطائرة"))
    assert highlighted(snippet) == ["بالطائرة"]


def test_query_word_is_not_stripped_for_highlighting() -> None:
    # The query بومبيو must not highlight a word that merely ends in ومبيو.
    snippet = make_snippet("التقى بومبيو وبومبيو", keys_for("بومبيو"))
    assert highlighted(snippet) == ["بومبيو", "وبومبيو"]
    assert make_snippet("كتب مبيو", keys_for("بومبيو")).highlights == ()


def test_whitespace_is_collapsed() -> None:
    snippet = make_snippet("قال\n\n  أحمد\t إن\u00a0الوفد   وصل", keys_for("أحمد"))
    assert snippet.text == "قال أحمد إن الوفد وصل"
    assert highlighted(snippet) == ["أحمد"]


def test_no_match_gives_the_beginning() -> None:
    words = filler(50)
    snippet = make_snippet(" ".join(words), keys_for("كابول"))
    assert snippet.highlights == ()
    assert snippet.text == " ".join(words[:SNIPPET_WORDS]) + ELLIPSIS


def test_match_far_into_the_text_is_shown_with_lead_words() -> None:
    words = filler(100)
    words[60] = "وأحمد"
    snippet = make_snippet(" ".join(words), keys_for("أحمد"))
    assert snippet.text == ELLIPSIS + " ".join(words[57 : 57 + SNIPPET_WORDS]) + ELLIPSIS
    assert highlighted(snippet) == ["وأحمد"]


def test_match_near_the_end_has_no_trailing_ellipsis() -> None:
    words = filler(40)
    words[38] = "أحمد"
    snippet = make_snippet(" ".join(words), keys_for("أحمد"))
    assert snippet.text == ELLIPSIS + " ".join(words[35:])
    assert highlighted(snippet) == ["أحمد"]


def test_window_with_most_distinct_keys_wins() -> None:
    words = filler(120)
    words[5] = "أحمد"
    words[80] = "وأحمد"
    words[84] = "بكابول"
    snippet = make_snippet(" ".join(words), keys_for("أحمد كابول"))
    assert highlighted(snippet) == ["وأحمد", "بكابول"]
    assert snippet.text.startswith(ELLIPSIS + "كلمة77 ")


def test_lead_words_do_not_push_a_counted_match_out() -> None:
    words = filler(60)
    words[10] = "أحمد"
    words[38] = "كابول"
    snippet = make_snippet(" ".join(words), keys_for("أحمد كابول"))
    assert highlighted(snippet) == ["أحمد", "كابول"]


def test_small_window_still_shows_the_match() -> None:
    snippet = make_snippet("وصل الوفد إلى المطار وأحمد", keys_for("أحمد"), size=2)
    assert highlighted(snippet) == ["وأحمد"]


def test_size_limits_the_window() -> None:
    words = filler(20)
    words[0] = "أحمد"
    snippet = make_snippet(" ".join(words), keys_for("أحمد"), size=5)
    assert snippet.text == " ".join(words[:5]) + ELLIPSIS
    assert snippet.highlights == ((0, 4),)


def test_text_without_words() -> None:
    assert make_snippet("", keys_for("أحمد")) == Snippet("", ())
    assert make_snippet("  «»  ،  ", keys_for("أحمد")) == Snippet("«» ،", ())


@pytest.mark.parametrize(
    "text", ["وصل أحمد إلى المطار.", "«أحمد» وصل إلى المطار", "(وأحمد)", "‏قال أحمد: «نعم»."]
)
def test_uncut_text_keeps_its_punctuation_and_has_no_ellipsis(text: str) -> None:
    snippet = make_snippet(text, keys_for("أحمد"))
    assert snippet.text == text
    assert len(snippet.highlights) == 1


def test_cut_ends_lose_their_punctuation_and_show_an_ellipsis() -> None:
    words = filler(80)
    words[40] = "أحمد."
    snippet = make_snippet("«" + " ".join(words) + "»", keys_for("أحمد"))
    assert snippet.text.startswith(ELLIPSIS + "كلمة37 ")
    assert snippet.text.endswith(" كلمة66" + ELLIPSIS)


def test_long_text_without_words_shows_the_cut() -> None:
    snippet = make_snippet("- " * 150, keys_for("أحمد"))
    assert snippet.text == " ".join(["-"] * 100) + ELLIPSIS
    assert snippet.highlights == ()
    assert make_snippet("- " * 100, keys_for("أحمد")).text == " ".join(["-"] * 100)


def test_matching_spans_are_offsets_into_the_original() -> None:
    text = "وقال أحمد، للمرة الثانية: إن أحمد وأحمد صديقان"
    spans = matching_spans(text, keys_for("احمد"))
    assert [text[a:b] for a, b in spans] == ["أحمد", "أحمد", "وأحمد"]
    assert spans[0] == (5, 9)


def test_matching_spans_with_no_keys() -> None:
    assert matching_spans("وصل أحمد", set()) == []


# --- properties ----------------------------------------------------------------------

VOCABULARY = [
    "أحمد", "وأحمد", "لأحمد", "احمد", "كابول", "بكابول", "طالبان", "وطالبان", "قال", "إن", "في",
    "الاجتماع", "بالاجتماع", "مؤتمر", "المؤتمر", "٢٠٢٤", "2024", "الوفد", "للوفد", "عمّان", "وصلـت",
]
SEPARATORS = [" ", " ", " ", "  ", "\n", "\n\n", "\t", "، ", ". ", " «", "» ", "؛ ", "؟ ", " (", ") ", "-"]
article_text = st.lists(
    st.tuples(st.sampled_from(SEPARATORS), st.sampled_from(VOCABULARY)), max_size=80
).map(lambda pairs: "".join(sep + word for sep, word in pairs))
query_keys = st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=3).map(lambda ws: keys_for(" ".join(ws)))
snippet_size = st.integers(min_value=1, max_value=40)


def body_of(snippet: Snippet) -> str:
    body = snippet.text
    if body.startswith(ELLIPSIS):
        body = body[len(ELLIPSIS) :]
    if body.endswith(ELLIPSIS):
        body = body[: -len(ELLIPSIS)]
    return body


@PROPERTY
@given(article_text, query_keys, snippet_size)
def test_highlights_are_in_bounds_ordered_and_match(text: str, keys: set[str], size: int) -> None:
    snippet = make_snippet(text, keys, size=size)
    previous_end = 0
    for start, end in snippet.highlights:
        assert previous_end <= start < end <= len(snippet.text)
        previous_end = end
        word = snippet.text[start:end]
        assert [t.text for t in tokenize(word)] == [word]
        assert keys.intersection(word_keys(word))


@PROPERTY
@given(article_text, query_keys, snippet_size)
def test_snippet_is_a_collapsed_slice_of_the_text(text: str, keys: set[str], size: int) -> None:
    snippet = make_snippet(text, keys, size=size)
    collapsed = " ".join(text.split())
    body = body_of(snippet)
    assert " ".join(body.split()) == body
    assert body in collapsed
    if not snippet.text.startswith(ELLIPSIS):
        assert collapsed.startswith(body)
    if not snippet.text.endswith(ELLIPSIS):
        assert collapsed.endswith(body)
    assert len(tokenize(body)) <= size


@PROPERTY
@given(article_text, query_keys, snippet_size)
def test_every_match_in_the_snippet_is_highlighted(text: str, keys: set[str], size: int) -> None:
    snippet = make_snippet(text, keys, size=size)
    shown = [t for t in tokenize(snippet.text) if keys.intersection(word_keys(t.text))]
    assert [(t.start, t.end) for t in shown] == list(snippet.highlights)
    if matching_spans(text, keys):
        assert snippet.highlights


@PROPERTY
@given(st.text(max_size=300).filter(lambda t: ELLIPSIS not in t), query_keys)
def test_highlights_in_bounds_for_any_text(text: str, keys: set[str]) -> None:
    snippet = make_snippet(text, keys)
    for start, end in snippet.highlights:
        assert 0 <= start < end <= len(snippet.text)
    for start, end in matching_spans(text, keys):
        assert 0 <= start < end <= len(text)
