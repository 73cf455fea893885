"""The PostgreSQL backend: the same corpus gives the same search results, entities and counts as SQLite;
what only a server has (connecting, migrations shared by processes, one writer at a time)."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections import Counter
from dataclasses import asdict

import psycopg
import pytest
from event_helpers import save_scored, store_before_confidence

from rasd.errors import QueryTimeoutError, StoreError
from rasd.search import index_terms
from rasd.store import EventFilters, open_store, postgres_schema
from rasd.store import postgres as postgres_backend
from rasd.store.postgres import redacted
from rasd.store.postgres_schema import migrations as postgres_migrations
from rasd.store.sqlite_schema import migrations as sqlite_migrations
from rasd.workflow import ingest

# Fields that record when something was stored, not what.
_WHEN = {"fetched_at", "ingested_at", "processed_at"}


@pytest.fixture(scope="module")
def both(postgres_cluster, sample_articles):
    """The bundled samples ingested into a SQLite store and a PostgreSQL store."""
    stores = [open_store(":memory:"), open_store(postgres_cluster.new_database())]
    for store in stores:
        ingest(store, [str(sample_articles)])
    yield stores
    for store in stores:
        store.close()


def _queries(store) -> list[str]:
    """Queries drawn from the corpus itself: entity names (words and phrases), OR, exclusions, titles."""
    names = [row.name for row in store.entities(limit=40)]
    words = [name.split()[0] for name in names]
    titles = [record.title for record in store.iter_articles() if record.title]
    queries = [*words, *(f'"{name}"' for name in names if " " in name)]
    queries += [f"{a} OR {b}" for a, b in zip(words, words[1:])][:10]
    queries += [f"{a} -{b}" for a, b in zip(words, words[2:])][:10]
    queries += [" ".join(title.split()[:3]) for title in titles]
    return queries


def test_the_same_corpus_gives_the_same_searches_entities_and_counts(both):
    sqlite_store, postgres_store = both
    queries = _queries(sqlite_store)
    assert len(queries) > 30
    found = 0
    for query in queries:
        expected = [asdict(hit) for hit in sqlite_store.search(query, limit=50)]
        actual = [asdict(hit) for hit in postgres_store.search(query, limit=50)]
        assert [hit["article_id"] for hit in actual] == [hit["article_id"] for hit in expected], query
        for mine, theirs in zip(actual, expected):
            assert mine.pop("score") == pytest.approx(theirs.pop("score"), rel=1e-9), query
            assert mine == theirs, query
        found += len(expected)
    assert found > 50
    sqlite_stats, postgres_stats = sqlite_store.stats(), postgres_store.stats()
    for stats in (sqlite_stats, postgres_stats):
        stats.pop("database")
    assert postgres_stats == sqlite_stats
    assert postgres_stats["articles"] >= 10 and postgres_stats["entities"] > 20
    assert _entities(postgres_store) == _entities(sqlite_store)
    assert _rows(postgres_store.iter_mentions()) == _rows(sqlite_store.iter_mentions())
    assert _rows(postgres_store.iter_articles()) == _rows(sqlite_store.iter_articles())
    assert _rows(postgres_store.iter_quotations()) == _rows(sqlite_store.iter_quotations())
    assert postgres_store.roles_overview() == sqlite_store.roles_overview()
    for store in both:
        assert store.check_integrity() == []


def test_browsing_reads_the_same(both):
    sqlite_store, postgres_store = both
    assert postgres_store.article_list(limit=100) == sqlite_store.article_list(limit=100)
    assert postgres_store.outlets() == sqlite_store.outlets()
    assert postgres_store.latest_published() == sqlite_store.latest_published()
    since = min(record.published for record in sqlite_store.iter_articles() if record.published)
    assert postgres_store.top_entities(since) == sqlite_store.top_entities(since)
    top = sqlite_store.entities(limit=5)
    for row in top:
        assert asdict(postgres_store.entity(row.id)) == asdict(sqlite_store.entity(row.id))
        assert postgres_store.find_entity(row.name) == sqlite_store.find_entity(row.name) == row.id


def test_events_read_the_same(both):
    sqlite_store, postgres_store = both
    assert _rows(postgres_store.iter_events()) == _rows(sqlite_store.iter_events())
    assert len(_rows(sqlite_store.iter_events())) > 0
    for filters in (None, EventFilters(min_confidence=0.0), EventFilters(min_confidence=0.8)):
        groups = [[group.as_dict() for group in store.event_groups(filters, limit=1000)] for store in both]
        assert groups[0] == groups[1]
        reports = [[asdict(event) for event in store.event_reports(filters, limit=1000)] for store in both]
        assert reports[0] == reports[1]


def _entities(store) -> list[dict]:
    return [asdict(row) for row in store.entities(limit=10**6)]


def _rows(records) -> list[dict]:
    return [{k: v for k, v in asdict(record).items() if k not in _WHEN} for record in records]


def test_index_terms_are_counted_as_fts5_counts_them(both):
    """The PostgreSQL index counts every term FTS5 counts, column by column (BM25 depends on it)."""
    sqlite_store, postgres_store = both
    vocabulary = sqlite3.connect(":memory:")
    vocabulary.execute("CREATE VIRTUAL TABLE f USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 0')")
    vocabulary.execute("CREATE VIRTUAL TABLE v USING fts5vocab(f, 'col')")
    records = list(sqlite_store.iter_articles())
    rows = [(index_terms(record.title), index_terms(record.text)) for record in records]
    vocabulary.executemany("INSERT INTO f VALUES (?, ?)", rows)
    expected = Counter({(term, column): count for term, column, _, count in vocabulary.execute("SELECT * FROM v")})
    actual = Counter()
    for (counts,) in postgres_store._db.execute("SELECT counts FROM articles_fts"):
        for term, (title, body) in counts.items():
            actual[(term, "title")] += title
            actual[(term, "body")] += body
    assert +actual == expected


def test_migrations_are_the_same_names_recorded_in_the_database(postgres_cluster):
    assert postgres_migrations.names == sqlite_migrations.names
    url = postgres_cluster.new_database()
    with open_store(url) as store:
        assert store.applied_migrations() == sqlite_migrations.names
        assert store.migrate() == []
    with psycopg.connect(url) as raw:
        recorded = [name for (name,) in raw.execute("SELECT name FROM _migrations ORDER BY position")]
    assert recorded == sqlite_migrations.names


def test_a_database_from_before_event_confidence_is_migrated(postgres_cluster, monkeypatch):
    url = postgres_cluster.url("rasd_before_confidence")
    with psycopg.connect(postgres_cluster.url("postgres"), autocommit=True) as admin:
        admin.execute('CREATE DATABASE "rasd_before_confidence"')
    try:
        old_article = store_before_confidence(url, monkeypatch, postgres_backend, postgres_schema)
        with open_store(url) as store:
            assert store.applied_migrations() == sqlite_migrations.names
            [old] = store.article_events(old_article)
            assert (old.type, old.confidence) == ("CONSULT", None)
            assert list(store.iter_events(EventFilters(min_confidence=0.0))) == []
            new_article = save_scored(store, [0.7], origin="after.txt")
            assert [(e.article_id, e.confidence) for e in store.iter_events()] == [(old_article, None),
                                                                                     (new_article, 0.7)]
            assert [g.event.article_id for g in store.event_groups(EventFilters(min_confidence=0.5))] == [new_article]
    finally:
        postgres_cluster.drop(url)


def test_an_unreachable_server_is_a_clear_error_without_the_password(postgres_cluster):
    url = f"postgresql://rasd:secret@127.0.0.1:{postgres_cluster.port}/no_such_database"
    with pytest.raises(StoreError, match="cannot connect to postgresql://rasd:\\*\\*\\*@") as error:
        open_store(url)
    assert "secret" not in str(error.value)
    assert redacted("postgresql://u@h/db") == "postgresql://u@h/db"


def test_a_slow_query_is_stopped_and_the_connection_still_serves(postgres_cluster):
    with open_store(postgres_cluster.new_database()) as store:
        with pytest.raises(QueryTimeoutError, match="longer than"), store.time_limit(0.2):
            store._db.execute("SELECT pg_sleep(2)")
        assert store._db.execute("SELECT 1").fetchone() == (1,)


def test_two_writers_saving_the_same_articles_store_each_once(postgres_cluster, sample_articles):
    """Two processes' worth of connections ingesting one corpus at once: nothing lost, nothing twice."""
    url = postgres_cluster.new_database()
    errors = []

    def run() -> None:
        try:
            with open_store(url) as store:
                ingest(store, [str(sample_articles)], batch_size=2)
        except Exception as error:  # reported below, in the test's own thread
            errors.append(error)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with open_store(url) as together, open_store(postgres_cluster.new_database()) as alone:
        ingest(alone, [str(sample_articles)])
        assert {k: v for k, v in together.stats().items() if k != "database"} == {
            k: v for k, v in alone.stats().items() if k != "database"
        }
        assert together.check_integrity() == []


def test_the_cli_takes_a_postgresql_url_as_the_database(postgres_cluster, sample_articles, monkeypatch):
    from typer.testing import CliRunner

    from rasd.cli import app

    url = postgres_cluster.new_database()
    runner = CliRunner()
    stored = runner.invoke(app, ["ingest", str(sample_articles), "--db", url, "--json"])
    assert stored.exit_code == 0, stored.output
    monkeypatch.setenv("RASD_DB", url)
    found = runner.invoke(app, ["search", "عمان", "--json"])
    assert found.exit_code == 0, found.output
    with open_store(url) as store:
        assert [hit["article_id"] for hit in json.loads(found.stdout)] == [h.article_id for h in store.search("عمان")]
        assert store.search("عمان")


def test_a_failed_transaction_leaves_nothing_and_the_store_serves_on(store):
    from rasd.clean.article import Article, OffsetMap, Segment
    from rasd.ingest.document import TEXT, RawDocument

    text = "وصل الوفد إلى العاصمة"
    document = RawDocument("one.txt", text.encode("utf-8"), TEXT)
    article = Article(text=text, language="ar", cleaner="test", offsets=OffsetMap([Segment(0, 0, len(text))]))
    with pytest.raises(RuntimeError), store.transaction():
        store.save(document, article)
        raise RuntimeError("interrupted")
    assert store.stats()["documents"] == 0
    insert = "INSERT INTO sources (name, key, created_at) VALUES (?, ?, ?)"
    with pytest.raises((sqlite3.IntegrityError, psycopg.errors.UniqueViolation)), store.transaction():
        store._db.execute(insert, ("مصدر", "مصدر", "2024-01-01"))
        store._db.execute(insert, ("مصدر", "مصدر", "2024-01-01"))
    assert store.stats()["outlets"] == 0 and store._db.execute("SELECT COUNT(*) FROM sources").fetchone() == (0,)
    saved = store.save(document, article)
    # (PostgreSQL does not hand out again the ids a rolled-back transaction took; SQLite does.)
    assert not saved.duplicate and [hit.article_id for hit in store.search("العاصمه")] == [saved.article_id]


def test_two_rasd_ingest_processes_into_one_store_lose_nothing_and_duplicate_nothing(postgres_cluster, sample_articles):
    """Two ``rasd ingest`` commands started together over the same corpus, as two cron jobs might."""
    import subprocess
    import sys
    from pathlib import Path

    url = postgres_cluster.new_database()
    rasd = Path(sys.executable).with_name("rasd")
    command = [str(rasd), "ingest", str(sample_articles), "--db", url, "--no-progress", "--json"]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    reports = [json.loads(run.communicate(timeout=300)[0]) for run in runs]
    assert all(run.returncode == 0 for run in runs)
    with open_store(url) as together, open_store(postgres_cluster.new_database()) as alone:
        ingest(alone, [str(sample_articles)])
        expected = alone.stats()["documents"]
        # Every document is new in exactly one of the two runs, and a duplicate in the other.
        assert sum(report["new"] for report in reports) == expected
        assert sum(report["duplicate"] for report in reports) == expected
        assert {k: v for k, v in together.stats().items() if k != "database"} == {
            k: v for k, v in alone.stats().items() if k != "database"
        }
        assert together.check_integrity() == []
