"""``rasd stories``, ``rasd story``, ``rasd export stories`` and ``rasd evaluate stories`` on the bundled samples."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from rasd.cli import app
from rasd.samples import samples_dir

runner = CliRunner()


def rasd(*args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def loaded(tmp_path_factory, sample_articles):
    db = tmp_path_factory.mktemp("stories") / "samples.db"
    assert rasd("ingest", sample_articles, "--db", db).exit_code == 0
    return db


def test_stories_lists_the_conference_story_with_its_outlets(loaded):
    result = rasd("stories", "--db", loaded, "--json")
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    assert found, "the samples' conference reports form at least one story"
    largest = found[0]
    assert largest["articles"] >= 3 and len(largest["outlets"]) >= 2
    assert largest["first_seen"].startswith("2024-03") and largest["top_entities"]
    text = rasd("stories", "--db", loaded)
    assert f"story {largest['id']}" in text.stdout and "independent" in text.stdout
    assert rasd("stories", "--db", loaded, "--since", "2025-01-01", "--json").stdout.strip() == "[]"
    assert rasd("stories", "--db", loaded, "--since", "March").exit_code != 0


def test_story_shows_every_article(loaded):
    story_id = json.loads(rasd("stories", "--db", loaded, "--json").stdout)[0]["id"]
    detail = json.loads(rasd("story", story_id, "--db", loaded, "--json").stdout)
    assert len(detail["members"]) == detail["articles"]
    assert detail["label"] in {member["title"] for member in detail["members"]}
    assert "#" in rasd("story", story_id, "--db", loaded).stdout
    missing = rasd("story", 99999, "--db", loaded)
    assert missing.exit_code == 2 and "no story with id 99999" in missing.output


def test_export_stories_in_every_format(loaded, tmp_path):
    rows = list(csv.DictReader(io.StringIO(rasd("export", "stories", "--db", loaded, "-f", "csv").stdout)))
    lines = rasd("export", "stories", "--db", loaded, "-f", "jsonl").stdout.splitlines()
    assert len(rows) == len(lines) >= 1
    assert json.loads(lines[0])["article_ids"] == rows[0]["article_ids"]
    target = tmp_path / "stories.parquet"
    assert rasd("export", "stories", "--db", loaded, "-f", "parquet", "-o", target).exit_code == 0
    table = pq.read_table(target)
    assert table.num_rows == len(rows) and table.column("articles").to_pylist()[0] == int(rows[0]["articles"])


def test_evaluate_stories_on_the_samples_gold(loaded):
    result = json.loads(rasd("evaluate", "stories", samples_dir() / "STORIES.tsv", "--db", loaded, "--json").stdout)
    assert result["scored_articles"] == result["gold_articles"] == 12
    assert result["gold_stories"] == 3
    assert 0 < result["recall"] <= 1 and 0 < result["precision"] <= 1
    assert result["f1"] == pytest.approx(
        2 * result["precision"] * result["recall"] / (result["precision"] + result["recall"])
    )
