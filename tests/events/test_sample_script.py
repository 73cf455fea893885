"""benchmarks/events_sample.py: the readers' verdicts become verdict lines keyed by hashes, never text."""

import argparse
import json
from pathlib import Path

import pytest

from rasd.events.judged import digest, read_verdicts


@pytest.fixture
def script(benchmark_script):
    return benchmark_script("events_sample")


def _drawn(tmp_path: Path) -> Path:
    article = {"n": 1, "url": "http://example.test/a/1", "events": [
        {"i": 1, "type": "CONSULT", "trigger_start": 6, "source": "وزير الخارجية", "target": "نظيره"},
        {"i": 2, "type": "ASSAULT", "trigger_start": 40, "source": None, "target": "ثلاثة جنود"}]}
    path = tmp_path / "drawn.jsonl"
    path.write_text(json.dumps(article, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_verdicts_are_written_by_hashes_and_read_back(tmp_path, capsys, script):
    judged = tmp_path / "reader1_judged.jsonl"
    judged.write_text(
        json.dumps({"n": 1, "i": 1, "type": "CONSULT", "correct": True, "error": ""}) + "\n" +
        json.dumps({"n": 1, "i": 2, "type": "ASSAULT", "correct": False, "error": "source_missing"}) + "\n",
        encoding="utf-8")
    script.verdicts(argparse.Namespace(sample="ZZ", drawn=_drawn(tmp_path), judged=[judged]))
    out = capsys.readouterr().out
    assert "وزير" not in out and "example.test" not in out  # no text of the article
    lines = tmp_path / "verdicts.jsonl"
    lines.write_text(out, encoding="utf-8")
    verdicts = read_verdicts(lines)
    key = digest("http://example.test/a/1", 16)
    assert verdicts[(key, "CONSULT", 6, digest("وزير الخارجية"), digest("نظيره"))]["right"] is True
    wrong = verdicts[(key, "ASSAULT", 40, None, digest("ثلاثة جنود"))]
    assert wrong["right"] is False and wrong["error"] == "source_missing" and wrong["sample"] == "ZZ"


def test_a_verdict_on_another_type_of_event_is_refused(tmp_path, script):
    judged = tmp_path / "reader1_judged.jsonl"
    judged.write_text(json.dumps({"n": 1, "i": 1, "type": "ACCUSE", "correct": True}) + "\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="ACCUSE"):
        script.verdicts(argparse.Namespace(sample="ZZ", drawn=_drawn(tmp_path), judged=[judged]))


def test_an_event_without_a_verdict_is_named(tmp_path, capsys, script):
    judged = tmp_path / "reader1_judged.jsonl"
    judged.write_text(json.dumps({"n": 1, "i": 1, "type": "CONSULT", "correct": True}) + "\n", encoding="utf-8")
    script.verdicts(argparse.Namespace(sample="ZZ", drawn=_drawn(tmp_path), judged=[judged]))
    assert "events without a verdict: 1.2" in capsys.readouterr().err


def test_a_bad_verdict_line_is_named_and_nothing_is_written(tmp_path, capsys, script):
    judged = tmp_path / "reader1_judged.jsonl"
    judged.write_text(json.dumps({"n": 1, "i": 1, "type": "CONSULT", "correct": True}) + "\n{not json\n",
                      encoding="utf-8")
    with pytest.raises(SystemExit, match="line 2: not a verdict"):
        script.verdicts(argparse.Namespace(sample="ZZ", drawn=_drawn(tmp_path), judged=[judged]))
    assert capsys.readouterr().out == ""


def test_draw_from_another_archive_names_articles_by_id(tmp_path, script):
    archive = tmp_path / "corpus.jsonl"
    records = [{"id": "c-1", "article": "قصفت إسرائيل مواقع حركة حماس في غزة."},
               {"id": "c-2", "article": "ارتفعت درجات الحرارة في المدينة."}]
    archive.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "sample"
    script.draw(argparse.Namespace(seed=1, size=5, readers=1, out=out, archive=archive, news=tmp_path / "none",
                                      verdicts=tmp_path / "none.jsonl"))
    (drawn,) = [json.loads(line) for line in (out / "drawn.jsonl").read_text(encoding="utf-8").splitlines()]
    assert drawn["url"] == "c-1" and drawn["events"][0]["type"] == "ASSAULT"
    (shown,) = [json.loads(line) for line in (out / "reader1.jsonl").read_text(encoding="utf-8").splitlines()]
    assert "confidence" not in shown["events"][0] and "trigger_start" not in shown["events"][0]
