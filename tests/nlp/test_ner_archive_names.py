"""benchmarks/ner_archive_names.py: the names two versions of the pipeline find in the same articles."""

import json
import sys

import pytest


@pytest.fixture
def script(benchmark_script):
    return benchmark_script("ner_archive_names")


def test_a_dump_of_a_seeded_sample_and_the_names_two_dumps_differ_in(tmp_path, monkeypatch, capsys, script):
    archive = tmp_path / "archive.jsonl"
    texts = ["وصل وزير الخارجية سامي الحداد إلى عمان أمس.", "وقال خالد إن الاجتماع انتهى.", "التقى الوفد في بيروت."]
    archive.write_text("".join(json.dumps({"id": str(i), "content": t}, ensure_ascii=False) + "\n"
                               for i, t in enumerate(texts)), encoding="utf-8")
    out = tmp_path / "before.json"
    monkeypatch.setattr(sys, "argv", ["ner_archive_names.py", "dump", "--archive", str(archive), "--limit", "2",
                                      "--seed", "3", "--out", str(out)])
    assert script.main() == 0
    before = json.loads(out.read_text(encoding="utf-8"))
    assert len(before["articles"]) == 2 and {a["text"] for a in before["articles"]} <= set(texts)
    # Another version that found one name more, one less and one of another extent.
    text = "وصل وزير الخارجية سامي الحداد إلى عمان أمس."
    article = {"text": text, "mentions": [[text.index("سامي"), text.index(" إلى"), "PER"]]}
    changed = {"text": text, "mentions": [[text.index("الحداد"), text.index(" إلى"), "PER"],
                                          [text.index("أمس"), text.index("."), "PER"]]}
    lines = script.changes({"articles": [article]}, {"articles": [changed]}, context=5)
    assert [line.split(" :: ")[0] for line in lines] == ["الحداد/PER (was سامي الحداد/PER)", "أمس/PER (was nothing)"]
    lines = script.changes({"articles": [changed]}, {"articles": [article]}, context=5)
    assert [line.split(" :: ")[0] for line in lines] == ["سامي الحداد/PER (was الحداد/PER)", "removed أمس/PER"]
    with pytest.raises(Exception, match="different articles"):
        script.changes({"articles": [article]}, {"articles": [{"text": "نص آخر", "mentions": []}]})


def test_a_missing_archive_is_one_line_and_exit_2(tmp_path, monkeypatch, capsys, script):
    monkeypatch.setattr(sys, "argv", ["ner_archive_names.py", "dump", "--archive", str(tmp_path / "none"),
                                      "--out", str(tmp_path / "x.json")])
    assert script.main() == 2
    assert capsys.readouterr().err.startswith("no archive at")
