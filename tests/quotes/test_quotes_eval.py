"""Scoring quotations: the guidelines' overlap rule and speakers compared after name canonicalisation."""

from __future__ import annotations

import json

import pytest

from rasd.errors import RasdError
from rasd.eval.quotes import evaluate_quotes, same_speaker, score_document


@pytest.mark.parametrize(
    ("predicted", "gold"),
    [
        ("مايك بومبيو", "مايك بومبيو"),
        ("دونالد ترمب", "دونالد ترامب"),
        ("بومبيو", "مايك بومبيو"),
        ("الخارجية الأميركية", "الخارجية الأميركية"),
        ("المسؤول الأميركي", "مسؤول أميركي رفيع المستوى"),
        ("الناتو", "حلف شمال الأطلسي"),
    ],
)
def test_same_speaker(predicted, gold):
    assert same_speaker(predicted, gold)


@pytest.mark.parametrize(
    ("predicted", "gold"),
    [("مايك بومبيو", "أنتوني بلينكن"), ("محمد عباس", "محمود عباس"), ("الخارجية الروسية", "الخارجية الأميركية"),
     (None, "بلينكن"), ("مسؤول أميركي", "متحدثة باسم الاتحاد الأوروبي")],
)
def test_different_speakers(predicted, gold):
    assert not same_speaker(predicted, gold)


def test_spans_match_when_they_overlap_by_half_the_shorter_one():
    gold = [{"start": 10, "end": 50, "kind": "indirect", "speaker": "سالم"},
            {"start": 60, "end": 80, "kind": "direct", "speaker": "سالم"}]
    predicted = [{"start": 12, "end": 40, "kind": "indirect", "speaker": "سالم"},
                 {"start": 75, "end": 95, "kind": "direct", "speaker": "سالم"},
                 {"start": 100, "end": 120, "kind": "direct", "speaker": "سالم"}]
    score = score_document("x", gold, predicted, "ن" * 130)
    assert (score.counts.gold, score.counts.predicted, score.counts.found, score.counts.correct) == (2, 3, 1, 1)
    assert [error["error"] for error in score.errors] == ["missed", "extra", "extra"]


def test_a_wrong_speaker_counts_for_detection_only(tmp_path):
    text = "وقال سالم إن الطريق سيفتح قريبا."
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc": "a", "text": text, "quotes": [
        {"start": 13, "end": 31, "kind": "indirect", "speaker": "سالم", "cue": "وقال"}]}, ensure_ascii=False))

    def predict(document):
        return text, [{"start": 13, "end": 31, "kind": "indirect", "speaker": "كريم", "cue": "وقال"}]

    result = evaluate_quotes(gold, predict=predict).as_dict()
    assert (result["detection_f1"], result["f1"]) == (1.0, 0.0)
    assert result["per_kind"]["indirect"]["detection"]["recall"] == 1.0


def test_gold_lines_need_their_text(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc": "missing.txt", "quotes": []}))
    with pytest.raises(RasdError, match="--texts"):
        evaluate_quotes(gold)
    with pytest.raises(RasdError, match="no file"):
        evaluate_quotes(gold, tmp_path)
    gold.write_text("{not json")
    with pytest.raises(RasdError, match="line 1"):
        evaluate_quotes(gold, tmp_path)
