"""The rasd command, end to end, on the bundled samples and on bad inputs."""

import csv
import json
import subprocess
import sys

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from rasd.cli import app

runner = CliRunner()


def rasd(*args, input=None, env=None):
    return runner.invoke(app, [str(a) for a in args], input=input, env=env, catch_exceptions=False)


@pytest.fixture
def loaded(db_path, sample_articles):
    result = rasd("ingest", sample_articles, "--db", db_path)
    assert result.exit_code == 0, result.output
    return db_path


def test_ingest_samples_then_again(db_path, sample_articles):
    first = rasd("ingest", sample_articles, "--db", db_path, "--json")
    assert first.exit_code == 0
    report = json.loads(first.stdout)
    assert (report["new"], report["duplicate"], report["failed"]) == (12, 0, 0)
    again = rasd("ingest", sample_articles, "--db", db_path)
    assert again.exit_code == 0
    assert "0 new, 12 duplicate, 0 failed" in again.stdout
    assert "already stored as document" in again.stdout


def test_files_of_other_kinds_in_a_folder_are_reported_as_skipped(db_path, tmp_path):
    folder = tmp_path / "inbox"
    (folder / "scans").mkdir(parents=True)
    (folder / "report.pdf").write_bytes(b"%PDF-1.4\n" + bytes(range(256)))
    (folder / "scans" / "page.PDF").write_bytes(b"%PDF-1.7\n")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04")
    (folder / "README").write_text("x", encoding="utf-8")
    (folder / ".hidden.pdf").write_bytes(b"%PDF")
    (folder / "story.txt").write_text("افتتحت البلدية حديقة عامة جديدة قرب النهر صباح اليوم.\n", encoding="utf-8")
    result = rasd("ingest", folder, "--db", db_path)
    assert result.exit_code == 0, result.output
    assert "1 new, 0 duplicate, 0 failed" in result.stdout
    assert "skipped 4 files of other kinds (no suffix: 1, .docx: 1, .pdf: 2)" in result.stdout
    report = json.loads(rasd("ingest", folder, "--db", db_path, "--json").stdout)
    assert report["skipped"] == {"": 1, ".docx": 1, ".pdf": 2}
    plain = rasd("ingest", folder / "story.txt", "--db", db_path)
    assert "skipped" not in plain.stdout


def test_pages_in_presentation_forms_are_stored_as_letters_and_found(db_path, tmp_path, shaped_sentence):
    shaped, letters = shaped_sentence
    page = tmp_path / "shaped.jsonl"
    page.write_text(json.dumps({"title": shaped, "text": shaped + "\n" + shaped.replace("\ufe83\ufee3\ufeb2", "")},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    assert rasd("ingest", page, "--db", db_path).exit_code == 0
    hits = json.loads(rasd("search", "المعرض", "--db", db_path, "--json").stdout)
    assert len(hits) == 1
    shown = json.loads(rasd("show", hits[0]["article_id"], "--db", db_path, "--json").stdout)
    assert shown["title"] == letters and shown["text"].startswith(letters)


def test_bad_inputs_fail_alone_and_leave_the_store_alone(loaded, tmp_path, sample_articles):
    before = json.loads(rasd("stats", "--db", loaded, "--json").stdout)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (bad / "noise.txt").write_bytes(bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 3 + b"\x00\x01\x02" * 50)
    (bad / "cut.html").write_text("<html><head><title>x</title></head><body><nav>", encoding="utf-8")
    (bad / "huge.txt").write_bytes("خبر ".encode("utf-8") * 400_000)
    (bad / "good.txt").write_text(
        "انطلق مهرجان الزيتون السنوي في القرية الجبلية صباح اليوم بمشاركة عشرات المزارعين من المنطقة.\n",
        encoding="utf-8",
    )
    result = rasd("ingest", bad, "--db", loaded, "--max-input-mb", 1)
    assert result.exit_code == 1
    failed_lines = [line for line in result.stderr.splitlines() if line.startswith("failed:")]
    assert len(failed_lines) == 5
    reasons = "\n".join(failed_lines)
    for expected in ("empty input", "binary file (PNG image)", "binary", "no article text", "too large"):
        assert expected in reasons
    assert "Traceback" not in result.output
    after = json.loads(rasd("stats", "--db", loaded, "--json").stdout)
    assert after["articles"] == before["articles"] + 1
    assert after["failures"] == 5
    listed = json.loads(rasd("failures", "--db", loaded, "--json").stdout)
    assert len(listed) == 5


def test_search_normalises_and_filters(loaded):
    result = rasd("search", "الامم المتحده", "--db", loaded, "--json")
    hits = json.loads(result.stdout)
    assert hits and all("الأمم المتحدة" in h["snippet"] for h in hits)
    text = rasd("search", "ستيفنسون", "--db", loaded, "--outlet", "الرافد").stdout
    assert "وكالة الرافد للأنباء" in text and "صحيفة الشرفة" not in text
    dated = json.loads(rasd("search", "المياه", "--db", loaded, "--since", "2024-03-13", "--json").stdout)
    assert dated and all(h["published"] >= "2024-03-13" for h in dated)


@pytest.mark.parametrize("query", ['"عمان', "*", "NEAR(", "عمان)", "-", "؟؟"])
def test_odd_queries_never_show_a_traceback(loaded, query):
    result = rasd("search", query, "--db", loaded)
    assert result.exit_code in (0, 2)
    assert "Traceback" not in result.output
    if result.exit_code == 2:
        assert len(result.stderr.strip().splitlines()) == 1 and result.stderr.startswith("error:")


def test_bad_dates_are_one_line_errors(loaded):
    result = rasd("search", "عمان", "--db", loaded, "--since", "12/03/2024")
    assert result.exit_code == 2
    assert result.stderr.strip() == "error: --since takes a date as YYYY-MM-DD, not '12/03/2024'"


def test_show_and_stats(loaded):
    shown = json.loads(rasd("show", 1, "--db", loaded, "--json", "--removed").stdout)
    assert shown["title"] and shown["text"] and shown["removed"]
    assert all(item["text"] for item in shown["removed"])
    assert "error: no article with id 999" in rasd("show", 999, "--db", loaded).stderr
    stats = json.loads(rasd("stats", "--db", loaded, "--json").stdout)
    assert stats["articles"] == 12 and stats["outlets"] == 3
    assert "12 articles" in rasd("stats", "--db", loaded).stdout


def test_exports(loaded, tmp_path):
    lines = rasd("export", "articles", "--db", loaded, "--format", "jsonl").stdout.splitlines()
    rows = [json.loads(line) for line in lines]
    assert len(rows) == 12
    for column in ("id", "origin", "outlet", "title", "published", "language", "text"):
        assert column in rows[0]
    csv_path = tmp_path / "a.csv"
    assert rasd("export", "articles", "--db", loaded, "-f", "csv", "-o", csv_path).exit_code == 0
    with open(csv_path, encoding="utf-8") as handle:
        assert len(list(csv.DictReader(handle))) == 12
    parquet = tmp_path / "a.parquet"
    assert rasd("export", "articles", "--db", loaded, "-f", "parquet", "-o", parquet).exit_code == 0
    table = pq.read_table(parquet)
    assert table.num_rows == 12 and table.column("text").to_pylist() == [row["text"] for row in rows]
    filtered = rasd("export", "articles", "--db", loaded, "--outlet", "الشرفة").stdout.splitlines()
    assert len(filtered) == 3
    assert rasd("export", "articles", "--db", loaded, "-f", "parquet").stderr.startswith("error: Parquet")
    assert rasd("export", "articles", "--db", loaded, "-f", "xml").exit_code == 2


def test_reprocess_keeps_ids_and_text(loaded):
    before = rasd("export", "articles", "--db", loaded).stdout
    result = rasd("reprocess", "--db", loaded, "--json")
    assert json.loads(result.stdout) == {"updated": 12, "failures": []}
    after = rasd("export", "articles", "--db", loaded).stdout
    strip = lambda out: [{k: v for k, v in json.loads(l).items() if k != "ingested_at"} for l in out.splitlines()]
    assert strip(after) == strip(before)


def test_stdin_and_environment(db_path):
    text = "افتتحت البلدية حديقة عامة جديدة في الحي الشرقي بحضور عدد كبير من السكان والأطفال صباح الجمعة."
    result = rasd("ingest", "-", input=text.encode("utf-8"), env={"RASD_DB": str(db_path)})
    assert result.exit_code == 0 and "1 new" in result.stdout
    hits = json.loads(rasd("search", "حديقه", "--json", env={"RASD_DB": str(db_path)}).stdout)
    assert hits[0]["origin"] == "-"


def test_config_file_and_bad_settings(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "rasd.toml").write_text('db = "from-config.db"\n', encoding="utf-8")
    assert rasd("stats", "--json").exit_code == 0
    assert (tmp_path / "from-config.db").exists()
    result = rasd("ingest", ".", env={"RASD_MAX_INPUT_MB": "lots"})
    assert result.exit_code == 2
    assert result.stderr.strip() == "error: max_input_mb from RASD_MAX_INPUT_MB must be a whole number, not 'lots'"


def test_evaluate_cleaning_json():
    score = json.loads(rasd("evaluate", "cleaning", "--json").stdout)
    assert score["body_recall"] >= 0.98 and score["boilerplate_removal"] >= 0.98


def test_python_dash_m_and_version():
    result = subprocess.run([sys.executable, "-m", "rasd", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.startswith("rasd ")


def test_demo(db_path):
    result = rasd("demo", "--db", db_path)
    assert result.exit_code == 0
    assert "12 new" in result.stdout and "rasd search" in result.stdout
    # The samples tell a memorandum signed by four parties and a call on the delegations.
    events = rasd("events", "--json", "--db", db_path)
    assert {e["type"] for e in json.loads(events.stdout)} >= {"SUPPORT", "REQUEST"}
