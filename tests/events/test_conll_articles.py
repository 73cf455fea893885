"""benchmarks/conll_articles.py: a CoNLL corpus back into running text, a few sentences per record."""

import importlib.util
import json
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "conll_articles.py"


def _script():
    spec = importlib.util.spec_from_file_location("conll_articles", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_punctuation_rejoins_its_word():
    assert _script().running_text(["قال", "(", "أمس", ")", "إن", "الوفد", "وصل", "،", "ثم", "غادر", "."]) == \
        "قال (أمس) إن الوفد وصل، ثم غادر."


def test_records_of_n_sentences_leave_the_last_ones_out(tmp_path, monkeypatch, capsys):
    corpus = tmp_path / "train.txt"
    sentences = [[("التقى", "O"), (f"زيد{n}", "B-PERS"), (".", "O")] for n in range(1, 6)]
    corpus.write_text("\n\n".join("\n".join(f"{w} {t}" for w, t in s) for s in sentences) + "\n", encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["conll_articles.py", str(corpus), "--sentences", "2", "--leave-last", "1"])
    assert _script().main() == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert records == [{"url": "train#1", "content": "التقى زيد1. التقى زيد2."},
                       {"url": "train#2", "content": "التقى زيد3. التقى زيد4."}]
