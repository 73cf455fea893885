"""The quotation commands end to end on the bundled samples: list, filter, export, entity view, evaluate."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from rasd.cli import app

runner = CliRunner()
REQUIRED = ("article_id", "origin", "start", "end", "kind", "cue", "speaker_name", "speaker_entity_id", "text")


def rasd(*args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def loaded(tmp_path_factory, sample_articles):
    path = tmp_path_factory.mktemp("quotes") / "rasd.db"
    assert rasd("ingest", sample_articles, "--db", path).exit_code == 0
    return path


def test_quotes_lists_speaker_outlet_date_and_words(loaded):
    result = rasd("quotes", "--db", loaded, "--json", "--limit", "1000")
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert len(rows) > 20
    assert {"direct", "indirect"} == {row["kind"] for row in rows}
    row = rows[0]
    assert row["speaker_name"] and row["outlet"] and row["published"] and row["text"]
    text = rasd("quotes", "--db", loaded)
    assert text.exit_code == 0 and "«" in text.stdout


def test_speaker_and_date_filters(loaded):
    everything = json.loads(rasd("quotes", "--db", loaded, "--json", "--limit", "1000").stdout)
    speaker = next(row for row in everything if row["speaker_entity_id"])
    mine = json.loads(rasd("quotes", "--db", loaded, "--json", "--speaker", speaker["speaker_entity_name"]).stdout)
    assert mine and all(row["speaker_entity_id"] == speaker["speaker_entity_id"] for row in mine)
    late = json.loads(rasd("quotes", "--db", loaded, "--json", "--since", "2024-09-01", "--limit", "1000").stdout)
    assert late and len(late) < len(everything) and all(row["published"] >= "2024-09-01" for row in late)
    bad = rasd("quotes", "--db", loaded, "--since", "March")
    assert bad.exit_code == 2


def test_export_quotes_in_every_format(loaded, tmp_path):
    result = rasd("export", "quotes", "--db", loaded, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and set(REQUIRED) <= set(rows[0])
    lines = rasd("export", "quotes", "--db", loaded, "--format", "jsonl").stdout.splitlines()
    assert len(lines) == len(rows) and set(REQUIRED) <= set(json.loads(lines[0]))
    path = tmp_path / "quotes.parquet"
    assert rasd("export", "quotes", "--db", loaded, "--format", "parquet", "--output", path).exit_code == 0
    table = pq.read_table(path)
    assert table.num_rows == len(rows) and set(REQUIRED) <= set(table.column_names)


def test_the_entity_view_lists_what_it_said(loaded):
    everything = json.loads(rasd("quotes", "--db", loaded, "--json", "--limit", "1000").stdout)
    speaker = next(row for row in everything if row["speaker_entity_id"])
    detail = json.loads(rasd("entity", speaker["speaker_entity_id"], "--db", loaded, "--json").stdout)
    assert speaker["text"] in [row["text"] for row in detail["quotations"]]
    shown = rasd("entity", speaker["speaker_entity_id"], "--db", loaded)
    assert "said:" in shown.stdout


def test_evaluate_quotes_on_a_line_that_carries_its_text(tmp_path):
    text = "وقال وزير الزراعة سالم الحمدان إن موسم الحصاد سيبدأ مبكرا هذا العام."
    start = text.index("موسم")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc": "one", "text": text, "quotes": [
        {"start": start, "end": len(text) - 1, "kind": "indirect", "speaker": "سالم الحمدان", "cue": "وقال"}]},
        ensure_ascii=False), encoding="utf-8")
    result = rasd("evaluate", "quotes", gold, "--json")
    assert result.exit_code == 0
    score = json.loads(result.stdout)
    assert {"precision", "recall", "f1", "detection_f1"} <= set(score)
    assert score["detection_f1"] == 1.0
    assert rasd("evaluate", "quotes", gold).exit_code == 0
    assert rasd("evaluate", "quotes", tmp_path / "none.jsonl").exit_code == 2
