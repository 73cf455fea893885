"""``rasd copy``: a SQLite store moved to PostgreSQL answers as the original did, and a stopped copy finishes."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict

import pytest
from event_helpers import save_scored
from typer.testing import CliRunner

from rasd.cli import app
from rasd.errors import StoreError
from rasd.ingest.document import TEXT, RawDocument
from rasd.pipeline import process
from rasd.store import EventFilters, open_store
from rasd.store import copy as copying
from rasd.store.copy import copy_store
from rasd.workflow import ingest


@pytest.fixture(scope="module")
def sqlite_path(tmp_path_factory, sample_articles):
    path = tmp_path_factory.mktemp("copy") / "source.db"
    with open_store(path) as store:
        ingest(store, [str(sample_articles)])
    return path


def _same_answers(original, copied) -> None:
    for query in ("عمان", "وزير الخارجية", '"الأمم المتحدة"', "المياه OR الجفاف"):
        assert [asdict(hit) for hit in copied.search(query)] == [asdict(hit) for hit in original.search(query)]
    entities = [[asdict(row) for row in store.entities(limit=10**6)] for store in (copied, original)]
    assert entities[0] == entities[1]
    assert [asdict(m) for m in copied.iter_mentions()] == [asdict(m) for m in original.iter_mentions()]
    assert list(copied.iter_documents()) == list(original.iter_documents())
    raw = [[store.raw_text(a.id) for a in store.iter_articles()] for store in (copied, original)]
    assert raw[0] == raw[1]
    assert [asdict(q) for q in copied.iter_quotations()] == [asdict(q) for q in original.iter_quotations()]
    assert [asdict(e) for e in copied.iter_events()] == [asdict(e) for e in original.iter_events()]
    assert copied.roles_overview() == original.roles_overview()
    assert {k: v for k, v in copied.stats().items() if k != "database"} == {
        k: v for k, v in original.stats().items() if k != "database"
    }
    assert copied.check_integrity() == []


def test_a_copy_answers_as_the_original(sqlite_path, postgres_cluster):
    with open_store(sqlite_path) as original, open_store(postgres_cluster.new_database()) as copied:
        report = copy_store(original, copied)
        assert report.complete and report.counts["documents"][0] >= 10 and report.counts["mentions"][0] > 100
        _same_answers(original, copied)
        # Run again, it finds every row with an id there and replaces only the tables without ids.
        again = copy_store(original, copied)
        without_ids = [
            table for table in report.counts
            if "id" not in {row[1] for row in sqlite3.connect(sqlite_path).execute(f"PRAGMA table_info({table})")}
        ]
        assert "name_keys" in without_ids and "documents" not in without_ids
        assert again.complete and again.copied == sum(report.counts[table][1] for table in without_ids)
        # New writes to the copy get fresh ids, past the copied ones.
        document = RawDocument("new.txt", "وصل الوفد إلى العاصمة صباح اليوم.".encode("utf-8"), TEXT)
        assert copied.save(document, process(document)).document_id == report.counts["documents"][0] + 1


def test_event_confidence_is_copied(postgres_cluster, tmp_path):
    with open_store(tmp_path / "scored.db") as original, open_store(postgres_cluster.new_database()) as copied:
        save_scored(original, [0.9, 0.35, None])
        assert copy_store(original, copied).complete
        assert [(e.type, e.confidence) for e in copied.iter_events()] == [
            ("CONSULT", 0.9), ("ACCUSE", 0.35), ("AID", None)]
        least = EventFilters(min_confidence=0.3)
        assert [asdict(e) for e in copied.iter_events(least)] == [asdict(e) for e in original.iter_events(least)]
        assert len(list(copied.iter_events(least))) == 2


def test_a_stopped_copy_finishes_when_run_again(sqlite_path, postgres_cluster, monkeypatch):
    monkeypatch.setattr(copying, "_BATCH", 4)
    url = postgres_cluster.new_database()

    def stop_after_the_first_articles(table: str, rows: int) -> None:
        if table == "articles":
            raise KeyboardInterrupt

    with open_store(sqlite_path) as original, open_store(url) as copied:
        with pytest.raises(KeyboardInterrupt):
            copy_store(original, copied, progress=stop_after_the_first_articles)
        partial = copied.stats()["articles"]
        assert 0 < partial < original.stats()["articles"]
        assert copied.check_integrity() == []
        assert copy_store(original, copied).complete
        _same_answers(original, copied)


def test_a_database_of_another_store_is_refused(sqlite_path, postgres_cluster, tmp_path, sample_articles):
    other = tmp_path / "other.db"
    with open_store(other) as store:
        ingest(store, [str(next(sample_articles.glob("*.html")))])
    url = postgres_cluster.new_database()
    with open_store(other) as first, open_store(url) as target:
        copy_store(first, target)
    with open_store(sqlite_path) as second, open_store(url) as target:
        with pytest.raises(StoreError, match="other documents"):
            copy_store(second, target)


def test_the_cli_reports_counts_that_match(sqlite_path, postgres_cluster, tmp_path):
    runner = CliRunner()
    result = runner.invoke(app, ["copy", "--from", str(sqlite_path), "--to", postgres_cluster.new_database(), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["complete"] and all(row["source"] == row["target"] for row in report["tables"].values())
    missing = runner.invoke(app, ["copy", "--from", str(tmp_path / "none.db"), "--to", postgres_cluster.url("x")])
    assert missing.exit_code != 0 and "no SQLite store" in missing.output
