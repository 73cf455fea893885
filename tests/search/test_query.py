"""Tests for rasd.search.query: user queries become safe SQLite FTS5 expressions."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.errors import RasdError, SearchQueryError
from rasd.search.query import ParsedQuery, parse_query
from rasd.search.terms import index_terms

PROPERTY = settings(max_examples=300, deadline=None)

# Pieces of FTS5 syntax and quoting, mixed with ordinary words, to build hostile queries.
FRAGMENTS = [
    "*", "^", ":", "(", ")", "NEAR", "NEAR(", "AND", "OR", "NOT", "-", "+", '"', "«", "»", "“", "”",
    "{", "}", ",", "'", "title:", "body :", "\\", "\x00", " ", " ", " ", "-\"", "OR -",
    "طالبان", "أحمد", "كابول", "بالولايات", "near", "x", "٣", "\u064e", "\u0640",
]
hostile_query = st.one_of(
    st.text(max_size=40),
    st.lists(st.sampled_from(FRAGMENTS), max_size=12).map("".join),
    st.lists(st.sampled_from(FRAGMENTS), max_size=12).map(" ".join),
)

ROWS = [
    ("طالبان تعلن موقفها", "قالت حركة طالبان إن وفدها وصل بالولايات المتحدة أمس."),
    ("بيان في كابول", "ندد مسؤول في كابول بهجوم تبناه تنظيم داعش وطالبان."),
    ("زيارة", "استقبل الرئيس أحمد وزير خارجية فرنسا في القصر."),
]


@pytest.fixture(scope="module")
def fts() -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE VIRTUAL TABLE t USING fts5(title, body)")
    connection.executemany(
        "INSERT INTO t (rowid, title, body) VALUES (?, ?, ?)",
        [(i, index_terms(title), index_terms(body)) for i, (title, body) in enumerate(ROWS, start=1)],
    )
    yield connection
    connection.close()


def matching_rows(connection: sqlite3.Connection, query: str) -> set[int]:
    expression = parse_query(query).fts_expression()
    return {row for (row,) in connection.execute("SELECT rowid FROM t WHERE t MATCH ?", (expression,))}


def key_groups(parsed: ParsedQuery) -> list[list[tuple[str, ...]]]:
    return [[clause.keys for clause in group] for group in parsed.groups]


# --- structure ---------------------------------------------------------------


def test_plain_words_are_required_groups() -> None:
    parsed = parse_query("طالبان كابول")
    assert key_groups(parsed) == [[("طالبان",)], [("كابول",)]]
    assert parsed.excluded == []
    assert parsed.fts_expression() == '"طالبان" AND "كابول"'


def test_words_are_folded() -> None:
    parsed = parse_query("أحمد مستشفى مُؤتمر")
    assert key_groups(parsed) == [[("احمد",)], [("مستشفي",)], [("موتمر",)]]
    assert parsed.keys == {"احمد", "مستشفي", "موتمر"}


def test_or_makes_one_group_of_alternatives() -> None:
    parsed = parse_query("طالبان OR داعش")
    assert key_groups(parsed) == [[("طالبان",), ("داعش",)]]
    assert parsed.fts_expression() == '("طالبان" OR "داعش")'


def test_or_binds_only_its_neighbours() -> None:
    parsed = parse_query("كابول طالبان OR داعش بغداد")
    assert key_groups(parsed) == [[("كابول",)], [("طالبان",), ("داعش",)], [("بغداد",)]]
    assert parsed.fts_expression() == '"كابول" AND ("طالبان" OR "داعش") AND "بغداد"'


@pytest.mark.parametrize("query", ["OR طالبان", "طالبان OR", "طالبان OR OR"])
def test_dangling_or_is_ignored(query: str) -> None:
    assert key_groups(parse_query(query)) == [[("طالبان",)]]


def test_lowercase_or_is_a_word() -> None:
    assert key_groups(parse_query("a or b")) == [[("a",)], [("or",)], [("b",)]]


def test_minus_excludes() -> None:
    parsed = parse_query("طالبان -داعش")
    assert key_groups(parsed) == [[("طالبان",)]]
    assert [clause.keys for clause in parsed.excluded] == [("داعش",)]
    assert all(clause.negated for clause in parsed.excluded)
    assert parsed.keys == {"طالبان"}
    assert parsed.fts_expression() == '"طالبان" NOT "داعش"'


@pytest.mark.parametrize("query", ['"حركة طالبان"', "«حركة طالبان»", "“حركة طالبان”"])
def test_quoted_phrase_is_one_clause_with_near(query: str) -> None:
    parsed = parse_query(query)
    assert key_groups(parsed) == [[("حركه", "طالبان")]]
    expression = parsed.fts_expression()
    assert expression.startswith("NEAR(")
    assert '"حركه" "طالبان"' in expression


def test_excluded_phrase() -> None:
    parsed = parse_query('كابول -«تنظيم داعش»')
    assert [clause.keys for clause in parsed.excluded] == [("تنظيم", "داعش")]
    assert parsed.fts_expression().startswith('"كابول" NOT NEAR(')


@pytest.mark.parametrize("query", ['"طالبان', "طالبان»", "«طالبان", 'طالبان"', "“طالبان", '"طالبان""'])
def test_unbalanced_quotes_still_find_the_word(query: str) -> None:
    parsed = parse_query(query)
    assert key_groups(parsed) == [[("طالبان",)]]
    assert parsed.fts_expression() == '"طالبان"'


def test_unbalanced_quote_keeps_every_word() -> None:
    assert key_groups(parse_query('«حركة طالبان')) == [[("حركه",)], [("طالبان",)]]


@pytest.mark.parametrize("query", ["طالبان*", "^طالبان", "body:طالبان", "(طالبان)", "+طالبان", "طالبان!"])
def test_syntax_characters_around_a_word_are_dropped(query: str) -> None:
    assert parse_query(query).keys >= {"طالبان"}
    assert parse_query(query).fts_expression().count('"') % 2 == 0


@pytest.mark.parametrize("word", ["NEAR", "AND", "NOT"])
def test_operator_words_are_searched_as_words(word: str) -> None:
    assert parse_query(f"كابول {word} طالبان").fts_expression() == f'"كابول" AND "{word.lower()}" AND "طالبان"'


# --- errors ------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["", "   ", "،؛؟", "...", "«»", '""', "*", "()", "OR", "- -", "\u064e\u0640"])
def test_nothing_to_search_for(query: str) -> None:
    with pytest.raises(SearchQueryError, match="no words"):
        parse_query(query)


@pytest.mark.parametrize("query", ["-داعش", "-داعش -«حركة طالبان»", "-a OR -b"])
def test_only_exclusions(query: str) -> None:
    with pytest.raises(SearchQueryError, match="exclusions"):
        parse_query(query)


def test_search_query_error_is_a_rasd_error() -> None:
    assert issubclass(SearchQueryError, RasdError)


# --- against a real FTS5 table --------------------------------------------------------


def test_word_with_article_finds_the_word_with_preposition(fts: sqlite3.Connection) -> None:
    assert matching_rows(fts, "الولايات") == {1}
    assert matching_rows(fts, "ولايات") == {1}


def test_folded_spelling_finds_the_original(fts: sqlite3.Connection) -> None:
    assert matching_rows(fts, "احمد") == {3}
    assert matching_rows(fts, "أحمد") == {3}
    assert matching_rows(fts, "مسوول") == {2}  # written مسؤول in the text


def test_name_query_finds_it_with_clitics(fts: sqlite3.Connection) -> None:
    assert matching_rows(fts, "طالبان") == {1, 2}
    assert matching_rows(fts, "وطالبان") == {2}


def test_exclusion_and_alternatives(fts: sqlite3.Connection) -> None:
    assert matching_rows(fts, "طالبان -داعش") == {1}
    assert matching_rows(fts, "فرنسا OR داعش") == {2, 3}
    assert matching_rows(fts, "كابول طالبان") == {2}


def test_phrase_matches_near_words(fts: sqlite3.Connection) -> None:
    assert matching_rows(fts, "«حركة طالبان»") == {1}
    assert matching_rows(fts, '"الولايات المتحدة"') == {1}
    assert matching_rows(fts, "«حركة فرنسا»") == set()


@PROPERTY
@given(hostile_query)
def test_any_query_gives_a_safe_expression_or_a_search_query_error(query: str) -> None:
    try:
        parsed = parse_query(query)
    except SearchQueryError as error:
        assert str(error)
        return
    expression = parsed.fts_expression()
    quoted = re.findall(r'"([^"]*)"', expression)
    assert quoted
    every_key = parsed.keys | {key for clause in parsed.excluded for key in clause.keys}
    assert set(quoted) == every_key
    assert all(quoted)
    outside = re.sub(r'"[^"]*"', " ", expression)
    assert re.fullmatch(r"(?:AND|OR|NOT|NEAR|[(),0-9 ])*", outside), outside


@PROPERTY
@given(hostile_query)
def test_any_expression_runs_in_fts5(fts: sqlite3.Connection, query: str) -> None:
    try:
        expression = parse_query(query).fts_expression()
    except SearchQueryError:
        return
    fts.execute("SELECT rowid FROM t WHERE t MATCH ?", (expression,)).fetchall()


WORD_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآىةؤئ" + "وبلال" + "\u064e\u0651\u0640"
indexed_text = st.lists(st.text(alphabet=st.sampled_from(WORD_LETTERS), min_size=1, max_size=8), min_size=1, max_size=8)


@settings(max_examples=100, deadline=None)
@given(indexed_text, st.data())
def test_every_word_of_a_text_finds_it(words: list[str], data: st.DataObject) -> None:
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute("CREATE VIRTUAL TABLE t USING fts5(title, body)")
        connection.execute("INSERT INTO t (rowid, title, body) VALUES (1, '', ?)", (index_terms(" ".join(words)),))
        word = data.draw(st.sampled_from(words))
        try:
            expression = parse_query(word).fts_expression()
        except SearchQueryError:
            return  # only marks and tatweel: nothing to look for
        rows = connection.execute("SELECT rowid FROM t WHERE t MATCH ?", (expression,)).fetchall()
        assert rows == [(1,)]
    finally:
        connection.close()
