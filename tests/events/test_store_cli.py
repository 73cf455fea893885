"""Events through the store and the command line: grouping across outlets, filters, exports, entity view,
relinking and reprocessing, evaluation. Articles are fictional, written for these tests."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from rasd.cli import app
from rasd.export import EVENT_COLUMNS

runner = CliRunner()

RECORDS = [
    {"title": "لقاء مصري أردني في عمان", "date": "2024-03-13", "source": "صحيفة الغدير",
     "content": "التقى وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي في عمان أمس.\n"
                "وقالت الخارجية المصرية في بيان إن اللقاء تناول أزمة المياه في المنطقة."},
    {"title": "شكري والصفدي يبحثان أزمة المياه", "date": "2024-03-13", "source": "وكالة النهار",
     "content": "اجتمع وزير الخارجية المصري سامح شكري مع نظيره الأردني أيمن الصفدي في عمان أمس.\n"
                "وفرضت الولايات المتحدة عقوبات على فنزويلا الأسبوع الماضي."},
]


def rasd(*args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def loaded(db_path, tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS) + "\n", encoding="utf-8")
    assert rasd("ingest", path, "--db", db_path).exit_code == 0
    return db_path


def _groups(db, *args):
    result = rasd("events", "--db", db, "--json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_one_event_reported_by_two_outlets_is_counted_once(loaded):
    groups = _groups(loaded)
    consult = [g for g in groups if g["type"] == "CONSULT"]
    assert len(consult) == 1
    assert (consult[0]["reports"], consult[0]["outlets"], consult[0]["article_ids"]) == (2, 2, [1, 2])
    assert consult[0]["source_entity_id"] is not None and consult[0]["target_entity_id"] is not None
    assert consult[0]["location_name"] == "عمان" and consult[0]["date"] == "2024-03-12"
    assert {g["type"] for g in groups} == {"CONSULT", "SANCTION"}


def test_filters_by_type_actor_and_date(loaded):
    assert {g["type"] for g in _groups(loaded, "--type", "sanction")} == {"SANCTION"}
    assert {g["type"] for g in _groups(loaded, "--actor", "الصفدي")} == {"CONSULT"}
    assert _groups(loaded, "--actor", "فنزويلا")[0]["target_name"] == "فنزويلا"
    # --since reads the event's day, else (for a week, a month, no date) the article's date.
    assert {g["type"] for g in _groups(loaded, "--since", "2024-03-13")} == {"SANCTION"}
    assert _groups(loaded, "--since", "2024-03-14") == []
    bad = rasd("events", "--db", loaded, "--type", "PARTY")
    assert bad.exit_code == 2 and "PLOVER" in bad.stderr


def test_text_listing_shows_outlets(loaded):
    result = rasd("events", "--db", loaded)
    assert "CONSULT" in result.stdout and "2 outlet(s), 2 report(s)" in result.stdout


def test_exports_have_the_columns_and_the_evidence(loaded, tmp_path):
    rows = list(csv.DictReader(io.StringIO(rasd("export", "events", "--db", loaded, "--format", "csv").stdout)))
    assert tuple(rows[0]) == EVENT_COLUMNS and len(rows) == 3
    for row in rows:
        assert row["trigger"] in row["sentence"]
    parquet = tmp_path / "events.parquet"
    assert rasd("export", "events", "--db", loaded, "--format", "parquet", "--output", parquet).exit_code == 0
    assert pq.read_table(parquet).num_rows == 3
    plover = rasd("export", "events", "--db", loaded, "--format", "plover").stdout
    records = [json.loads(line) for line in plover.splitlines()]
    assert records[0]["event_type"] == "CONSULT" and records[0]["actor"]["entity_id"] is not None
    assert records[0]["evidence"]["sentence"].startswith("التقى")


@pytest.fixture
def scored(loaded):
    """``loaded`` with its events scored by hand (the first article's 0.9, the second's 0.3), so the filters
    are tested apart from the event model."""
    db = sqlite3.connect(loaded)
    with db:
        db.execute("UPDATE events SET confidence = CASE article_id WHEN 1 THEN 0.9 ELSE 0.3 END")
    db.close()
    return loaded


def test_min_confidence_filters_events_and_the_listing_shows_it(scored):
    every = _groups(scored)
    consult = next(g for g in every if g["type"] == "CONSULT")
    assert (consult["reports"], consult["confidence"]) == (2, 0.9)  # the first report's
    confident = _groups(scored, "--min-confidence", "0.5")
    assert confident and all(g["article_ids"] == [1] and g["confidence"] == 0.9 for g in confident)
    assert next(g for g in confident if g["type"] == "CONSULT")["reports"] == 1
    assert len(_groups(scored, "--min-confidence", "0.3")) == len(every)  # "at least": 0.3 passes
    assert _groups(scored, "--min-confidence", "0.95") == []
    assert "p=0.90" in rasd("events", "--db", scored).stdout
    for bad in ("1.5", "-0.2", "nan"):
        result = rasd("events", "--db", scored, "--min-confidence", bad)
        assert result.exit_code == 2 and "--min-confidence takes a probability from 0 to 1" in result.stderr, bad
    not_a_number = rasd("events", "--db", scored, "--min-confidence", "high")
    assert not_a_number.exit_code == 2 and "--min-confidence" in not_a_number.output


def test_exports_carry_the_confidence_and_filter_on_it(scored, tmp_path):
    def export(*args) -> str:
        result = rasd("export", "events", "--db", scored, *args)
        assert result.exit_code == 0, result.output
        return result.stdout

    rows = list(csv.DictReader(io.StringIO(export("--format", "csv"))))
    assert rows and {(row["article_id"], row["confidence"]) for row in rows} == {("1", "0.9"), ("2", "0.3")}
    confident = list(csv.DictReader(io.StringIO(export("--format", "csv", "--min-confidence", "0.5"))))
    assert confident and len(confident) == sum(row["article_id"] == "1" for row in rows)
    assert all(row["article_id"] == "1" for row in confident)
    lines = [json.loads(line) for line in export("--min-confidence", "0.5").splitlines()]
    assert [line["id"] for line in lines] == [int(row["id"]) for row in confident]
    assert all(line["confidence"] == 0.9 for line in lines)
    parquet = tmp_path / "events.parquet"
    export("--format", "parquet", "--output", parquet)
    table = pq.read_table(parquet)
    assert table.schema.field("confidence").type == pa.float64()
    assert sorted(set(table.column("confidence").to_pylist())) == [0.3, 0.9]
    plover = [json.loads(line) for line in export("--format", "plover").splitlines()]
    assert {(record["story_id"], record["confidence"]) for record in plover} == {(1, 0.9), (2, 0.3)}
    plover = [json.loads(line) for line in export("--format", "plover", "--min-confidence", "0.9").splitlines()]
    assert plover and {record["story_id"] for record in plover} == {1}
    bad = rasd("export", "events", "--db", scored, "--min-confidence", "2")
    assert bad.exit_code == 2 and "--min-confidence takes a probability from 0 to 1" in bad.stderr


def test_entity_view_lists_events_as_source_and_target(loaded):
    source = json.loads(rasd("entity", "شكري", "--db", loaded, "--json").stdout)
    assert [e["type"] for e in source["events"]["as_source"]] == ["CONSULT", "CONSULT"]
    target = json.loads(rasd("entity", "فنزويلا", "--db", loaded, "--json").stdout)
    assert [e["type"] for e in target["events"]["as_target"]] == ["SANCTION"]
    assert "events as source" in rasd("entity", "شكري", "--db", loaded).stdout


def test_entities_stay_linked_after_relink_and_reprocess(loaded):
    before = _groups(loaded)
    assert rasd("relink", "--db", loaded).exit_code == 0
    assert rasd("reprocess", "--db", loaded).exit_code == 0
    after = _groups(loaded)
    assert [(g["type"], g["reports"], g["source_name"]) for g in after] == \
        [(g["type"], g["reports"], g["source_name"]) for g in before]
    assert all(g["source_entity_id"] is not None for g in after)


def test_evaluate_events_on_inline_gold(tmp_path):
    gold = tmp_path / "gold.jsonl"
    lines = [
        {"text": RECORDS[1]["content"], "events": [
            {"type": "CONSULT", "mode": "happened", "source": ["سامح شكري", "شكري"], "target": ["أيمن الصفدي"],
             "location": "عمان", "trigger": "اجتمع"},
            {"type": "ACCUSE", "mode": "happened", "source": ["الولايات المتحدة"], "target": ["فنزويلا"]},
        ]},
    ]
    gold.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines), encoding="utf-8")
    score = json.loads(rasd("evaluate", "events", gold, "--json").stdout)
    assert (score["gold"], score["predicted"], score["correct"]) == (2, 2, 1)
    assert score["precision"] == 0.5 and score["recall"] == 0.5
    assert score["location_accuracy"] == 1.0 and score["mode_accuracy"] == 1.0
    missing = rasd("evaluate", "events", tmp_path / "nope.jsonl")
    assert missing.exit_code == 2 and "cannot read" in missing.stderr


def test_evaluate_events_above_a_confidence_bar(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"text": RECORDS[1]["content"], "events": [
        {"type": "CONSULT", "mode": "happened", "source": ["سامح شكري", "شكري"], "target": ["أيمن الصفدي"]},
    ]}, ensure_ascii=False), encoding="utf-8")
    everything = json.loads(rasd("evaluate", "events", gold, "--json").stdout)
    assert everything["predicted"] == 2
    nothing = json.loads(rasd("evaluate", "events", gold, "--min-confidence", "1", "--json").stdout)
    assert (nothing["predicted"], nothing["correct"], nothing["gold"]) == (0, 0, 1)
    wrong = rasd("evaluate", "events", gold, "--min-confidence", "80")
    assert wrong.exit_code != 0 and "from 0 to 1" in wrong.stderr
