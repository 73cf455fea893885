"""The SQLite store: migrations, idempotent saving, search semantics, reprocessing in place."""

import sqlite3

import pytest
from event_helpers import CONFIDENCE_MIGRATION, save_scored, store_before_confidence

from rasd.clean.article import Article, OffsetMap, Removed, Segment
from rasd.errors import NotFoundError, SearchQueryError, StoreError
from rasd.ingest.document import TEXT, InputFailure, RawDocument
from rasd.store import EventFilters, SearchFilters, open_store, sqlite_schema
from rasd.store import sqlite as sqlite_backend
from rasd.store.sqlite_schema import migrations


def _save(store, text, title=None, outlet=None, published=None, origin=None):
    document = RawDocument(origin or f"{hash(text)}.txt", text.encode("utf-8"), TEXT)
    article = Article(
        text=text, title=title, outlet=outlet, published=published, language="ar", cleaner="test",
        offsets=OffsetMap([Segment(0, 0, len(text))]),
    )
    return store.save(document, article)


def test_migrations_are_named_recorded_and_applied_once(db_path):
    with open_store(db_path) as store:
        assert store.applied_migrations() == migrations.names
        assert store.migrate() == []
    with open_store(db_path) as store:
        assert store.applied_migrations() == migrations.names
    db = sqlite3.connect(db_path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"sources", "documents", "articles", "failures", "mentions", "entities", "quotations", "events",
            "stories"} <= tables


def test_not_a_database_gives_a_clear_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are not the bytes of a database " * 100)
    with pytest.raises(StoreError, match="rasd database"):
        open_store(path)
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "missing" / "x.db")


def test_same_bytes_are_stored_once(store):
    first = _save(store, "نص الخبر الأول")
    again = _save(store, "نص الخبر الأول", origin="other.txt")
    assert not first.duplicate and again.duplicate
    assert again.document_id == first.document_id
    assert store.stats()["documents"] == 1


@pytest.mark.parametrize(
    "stored, query",
    [
        ("التقى أحمد بالوفد", "احمد"),
        ("التقى احمد بالوفد", "أحمد"),
        ("قال مُحَمَّد إن الاجتماع انتهى", "محمد"),
        ("وصل الوفد إلى بالولايات المتحدة", "الولايات"),
        ("هذا موقف وطالبان من المفاوضات", "طالبان"),
        ("اجتماع للحلف في بروكسل", "الحلف"),
        ("زار مدينة القاهرة", "القاهره"),
        ("مستشفى جديد في المدينة", "مستشفي"),
        ("افتتح عام ٢٠٢٤ مشروعاً", "2024"),
        ("اجتماع مسؤول رفيع", "مسوول"),
        ("كلمة الرئيـــس أمام البرلمان", "الرئيس"),
    ],
)
def test_search_folds_spelling_and_clitics(store, stored, query):
    saved = _save(store, stored)
    hits = store.search(query)
    assert [hit.article_id for hit in hits] == [saved.article_id]
    assert hits[0].highlights


def test_search_never_strips_the_query(store):
    _save(store, "وصل ومبيو إلى المدينة")
    assert store.search("بومبيو") == []


def test_title_matches_rank_first_and_filters_apply(store):
    body_only = _save(store, "ذكر التقرير المياه مرة واحدة بين أمور أخرى كثيرة", outlet="جريدة الساحل",
                      published="2024-03-01")
    in_title = _save(store, "تقرير عن المياه", title="أزمة المياه", outlet="إذاعة المدينة", published="2024-04-01")
    assert [hit.article_id for hit in store.search("المياه")] == [in_title.article_id, body_only.article_id]
    assert [h.article_id for h in store.search("المياه", SearchFilters(outlet="الساحل"))] == [body_only.article_id]
    assert [h.article_id for h in store.search("المياه", SearchFilters(since="2024-03-15"))] == [in_title.article_id]
    assert [h.article_id for h in store.search("المياه", SearchFilters(until="2024-03-15"))] == [body_only.article_id]
    assert store.search("المياه", limit=1, offset=1)[0].article_id == body_only.article_id


def test_phrases_or_and_exclusions(store):
    a = _save(store, "اجتماع حلف شمال الأطلسي في بروكسل")
    b = _save(store, "شمال البلاد يشهد أمطاراً والحلف صامت")
    assert [h.article_id for h in store.search('"حلف شمال الأطلسي"')] == [a.article_id]
    assert {h.article_id for h in store.search("بروكسل OR أمطار")} == {a.article_id, b.article_id}
    assert [h.article_id for h in store.search("شمال -بروكسل")] == [b.article_id]


@pytest.mark.parametrize("query", ['"طالبان', "طالبان»", "*", "NEAR(", "a:b", "(()", "^x", '"" ""', "AND OR NOT"])
def test_odd_queries_return_results_or_a_clear_error(store, query):
    _save(store, "طالبان تعلن موقفاً جديداً")
    try:
        store.search(query)
    except SearchQueryError as error:
        assert "query" in str(error)


def test_replace_article_keeps_the_id_and_reindexes(store):
    saved = _save(store, "نص قديم عن الزراعة")
    replacement = Article(text="نص جديد عن الصناعة", language="ar", cleaner="test2")
    assert store.replace_article(saved.document_id, replacement) == saved.article_id
    assert store.article(saved.article_id).text == "نص جديد عن الصناعة"
    assert store.search("الزراعة") == []
    assert [h.article_id for h in store.search("الصناعة")] == [saved.article_id]
    assert store.check_integrity() == []


def test_raw_text_and_removed_lines(store):
    text = "سطر مزعج\nالنص المفيد هنا"
    document = RawDocument("x.txt", text.encode("utf-8"), TEXT)
    article = Article(text="النص المفيد هنا", language="ar", cleaner="t", removed=[Removed(0, 8, "page header")])
    saved = store.save(document, article)
    raw, removed = store.raw_text(saved.article_id)
    assert raw == text
    assert removed == [{"start": 0, "end": 8, "reason": "page header"}]


def test_failures_are_recorded_once_per_input(store):
    store.record_failure(InputFailure("bad.txt", "empty input"))
    store.record_failure(InputFailure("bad.txt", "empty input: nothing to read"))
    (failure,) = store.failures()
    assert failure.reason == "empty input: nothing to read"


def test_missing_article_is_a_clear_error(store):
    with pytest.raises(NotFoundError, match="no article with id 42"):
        store.article(42)


def test_stats(store):
    _save(store, "خبر أول", outlet="جريدة الساحل", published="2024-01-02")
    _save(store, "خبر ثان", outlet="جريدة الساحل", published="2024-02-03")
    _save(store, "خبر ثالث")
    stats = store.stats()
    assert (stats["articles"], stats["outlets"]) == (3, 1)
    assert stats["by_outlet"] == {"جريدة الساحل": 2, "(unknown)": 1}
    assert (stats["published_first"], stats["published_last"]) == ("2024-01-02", "2024-02-03")


def _types(events) -> list[str]:
    return [event.type for event in events]


def test_event_confidence_is_stored_read_and_filtered(store):
    article_id = save_scored(store, [0.9, 0.4, None])
    assert [(e.type, e.confidence) for e in store.article_events(article_id)] == [
        ("CONSULT", 0.9), ("ACCUSE", 0.4), ("AID", None)]
    assert _types(store.iter_events()) == ["CONSULT", "ACCUSE", "AID"]
    assert _types(store.iter_events(EventFilters(min_confidence=0.5))) == ["CONSULT"]
    assert _types(store.iter_events(EventFilters(min_confidence=0.4))) == ["CONSULT", "ACCUSE"]  # at least: inclusive
    # An unscored event passes when no least confidence is asked for, and never when one is, even 0.
    assert _types(store.iter_events(EventFilters(min_confidence=0.0))) == ["CONSULT", "ACCUSE"]
    assert _types(store.iter_events(EventFilters(min_confidence=0.95))) == []
    groups = store.event_groups(EventFilters(min_confidence=0.5))
    assert [(g.event.type, g.event.confidence, g.reports) for g in groups] == [("CONSULT", 0.9, 1)]
    assert groups[0].as_dict()["confidence"] == 0.9
    assert _types(store.event_reports(EventFilters(type="ACCUSE", min_confidence=0.3))) == ["ACCUSE"]
    assert store.event_reports(EventFilters(type="ACCUSE", min_confidence=0.5)) == []


def test_a_store_from_before_event_confidence_is_migrated(db_path, monkeypatch):
    old_article = store_before_confidence(db_path, monkeypatch, sqlite_backend, sqlite_schema)
    columns = {row[1] for row in sqlite3.connect(db_path).execute("PRAGMA table_info(events)")}
    assert "confidence" not in columns and "trigger_end" in columns
    with open_store(db_path) as store:
        assert store.applied_migrations() == migrations.names and CONFIDENCE_MIGRATION in migrations.names
        [old] = store.article_events(old_article)
        assert (old.type, old.trigger, old.confidence) == ("CONSULT", "التقى", None)
        assert list(store.iter_events(EventFilters(min_confidence=0.0))) == []
        new_article = save_scored(store, [0.7], origin="after.txt")
        assert [(e.article_id, e.confidence) for e in store.iter_events()] == [(old_article, None), (new_article, 0.7)]
        assert [e.article_id for e in store.iter_events(EventFilters(min_confidence=0.5))] == [new_article]
