"""benchmarks/dw_articles.py: the Deutsche Welle pool as one record per distinct article."""

import hashlib
import json
import sys
import zipfile

import pytest


@pytest.fixture
def script(benchmark_script):
    return benchmark_script("dw_articles")


def _pool(tmp_path, rows):
    path = tmp_path / "pool.zip"
    with zipfile.ZipFile(path, "w") as bundle:
        bundle.writestr("pool.json", json.dumps(rows, ensure_ascii=False))
    return path


def test_each_distinct_article_once_with_a_name_from_its_text_and_the_read_ones_left_out(
        tmp_path, monkeypatch, capsys, script):
    first, second, read = "وصل الوفد إلى العاصمة أمس .", "أعلنت الوزارة خطة جديدة .", "التقى الوزيران اليوم ."
    rows = [(first, 1), (first, 0), (read, 1), (second, 1), ("  ", 0)]  # each article paired with two summaries
    pool = _pool(tmp_path, [{"article": text, "summary": "ملخص", "label": label} for text, label in rows])
    judged = tmp_path / "sample.jsonl"
    judged.write_text(json.dumps({"id": "dw-000", "article": read}, ensure_ascii=False) + "\n", encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["dw_articles.py", str(pool), "--leave-out", str(judged)])
    assert script.main() == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    name = "dw-pool-" + hashlib.sha1(first.encode("utf-8")).hexdigest()[:12]
    assert [r["article"] for r in records] == [first, second]
    assert records[0]["id"] == name


def test_an_unreadable_pool_is_one_line_and_exit_2(tmp_path, monkeypatch, capsys, script):
    bad = tmp_path / "pool.zip"
    bad.write_text("not a zip", encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["dw_articles.py", str(bad)])
    assert script.main() == 2
    assert capsys.readouterr().err.startswith("cannot read the pool")
