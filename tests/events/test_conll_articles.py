"""benchmarks/conll_articles.py: a CoNLL corpus back into running text, a few sentences per record."""

import json
import sys

import pytest


@pytest.fixture
def script(benchmark_script):
    return benchmark_script("conll_articles")


def test_punctuation_rejoins_its_word(script):
    assert script.running_text(["قال", "(", "أمس", ")", "إن", "الوفد", "وصل", "،", "ثم", "غادر", "."]) == \
        "قال (أمس) إن الوفد وصل، ثم غادر."


def test_records_of_n_sentences_leave_the_last_ones_out(tmp_path, monkeypatch, capsys, script):
    corpus = tmp_path / "train.txt"
    sentences = [[("التقى", "O"), (f"زيد{n}", "B-PERS"), (".", "O")] for n in range(1, 6)]
    corpus.write_text("\n\n".join("\n".join(f"{w} {t}" for w, t in s) for s in sentences) + "\n", encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["conll_articles.py", str(corpus), "--sentences", "2", "--leave-last", "1"])
    assert script.main() == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert records == [{"url": "train#1", "content": "التقى زيد1. التقى زيد2."},
                       {"url": "train#2", "content": "التقى زيد3. التقى زيد4."}]


def test_split_clitics_join_their_word(script):
    words = ["و", "قال", "ان", "ه", "ل", "زيارة", "مدينت", "ها", "ف", "ان", "ه", "(", "د", "ب", "ا", ")"]
    assert script.joined_clitics(words) == ["وقال", "انه", "لزيارة", "مدينتها", "فانه", "(", "د", "ب", "ا", ")"]
