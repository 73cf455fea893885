"""Tests for rasd.eval.ner: hand-computed span scores on tiny tag sequences."""

from __future__ import annotations

import pytest

from rasd.errors import RasdError
from rasd.eval.conll import Sentence
from rasd.eval.ner import evaluate, passages, score_spans

# Gold: PER(0,2) LOC(3,4) ORG(5,7) -> 3 spans.
GOLD = [["B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "I-ORG"]]
# Predicted: PER(0,2) correct, LOC(3,4) correct, ORG(5,6) boundary error, MISC(4,5) spurious -> 4 spans, 2 correct.
PREDICTED = [["B-PER", "I-PER", "O", "B-LOC", "B-MISC", "B-ORG", "O"]]


def test_micro_scores_by_hand():
    score = score_spans(GOLD, PREDICTED)
    assert (score.micro.support, score.micro.predicted, score.micro.correct) == (3, 4, 2)
    assert score.micro.precision == pytest.approx(0.5)
    assert score.micro.recall == pytest.approx(2 / 3)
    assert score.micro.f1 == pytest.approx(4 / 7)  # 2PR/(P+R) = (2/3)/(7/6) = 0.571
    assert (score.sentences, score.words) == (1, 7)


def test_per_type_scores_list_every_type_in_gold_or_prediction():
    per_type = score_spans(GOLD, PREDICTED).per_type
    assert list(per_type) == ["LOC", "MISC", "ORG", "PER"]
    assert (per_type["PER"].precision, per_type["PER"].recall, per_type["PER"].f1) == (1.0, 1.0, 1.0)
    # The ORG boundary error is both a false negative and a false positive.
    org = per_type["ORG"]
    assert (org.support, org.predicted, org.correct, org.f1) == (1, 1, 0, 0.0)
    misc = per_type["MISC"]
    assert (misc.support, misc.predicted, misc.correct, misc.precision, misc.recall) == (0, 1, 0, 0.0, 0.0)


def test_type_error_counts_as_false_positive_and_false_negative():
    score = score_spans([["B-PER", "I-PER", "O"]], [["B-ORG", "I-ORG", "O"]])
    assert (score.micro.support, score.micro.predicted, score.micro.correct) == (1, 1, 0)
    assert score.per_type["PER"].recall == 0.0
    assert score.per_type["ORG"].precision == 0.0


def test_gold_types_the_tagger_never_predicts_lower_recall():
    gold = [["B-PER", "O", "B-Politician", "I-Politician"]]
    predicted = [["B-PER", "O", "O", "O"]]
    score = score_spans(gold, predicted)
    assert score.micro.precision == 1.0
    assert score.micro.recall == 0.5
    assert score.micro.f1 == pytest.approx(2 / 3)
    assert score.per_type["Politician"].support == 1


def test_empty_prediction_scores_zero_not_nan():
    score = score_spans([["B-LOC", "O"]], [["O", "O"]])
    assert (score.micro.precision, score.micro.recall, score.micro.f1) == (0.0, 0.0, 0.0)
    nothing = score_spans([["O"]], [["O"]])
    assert (nothing.micro.precision, nothing.micro.recall, nothing.micro.f1) == (0.0, 0.0, 0.0)
    assert nothing.per_type == {}


def test_predicted_iob1_is_read_like_conlleval():
    # conlleval starts an entity at an I- after O, so IOB1 predictions score like BIO ones.
    assert score_spans(GOLD, [["I-PER", "I-PER", "O", "I-LOC", "O", "I-ORG", "I-ORG"]]).micro.f1 == 1.0


def test_length_mismatches_are_errors():
    with pytest.raises(RasdError, match="1 gold sentences but 2 predicted"):
        score_spans([["O"]], [["O"], ["O"]])
    with pytest.raises(RasdError, match="sentence 0: 2 gold tags but 1 predicted"):
        score_spans([["O", "O"]], [["O"]])


def test_as_dict_has_micro_fractions_and_counts():
    data = score_spans(GOLD, PREDICTED).as_dict()
    assert data["precision"] == 0.5
    assert data["per_type"]["ORG"]["support"] == 1
    assert {"recall", "f1", "words", "sentences", "seconds", "words_per_second"} <= data.keys()


SENTENCES = [
    Sentence(["زار", "كمال", "نصار", "صيدا"], ["O", "B-PER", "I-PER", "B-LOC"]),
    Sentence(["أعلنت", "شركة", "النخيل"], ["O", "B-ORG", "I-ORG"]),
    Sentence(["هدوء"], ["O"]),
]


def _fake_tagger(batches: list):
    def tag(batch: list[list[str]]) -> list[list[str]]:
        batches.append(len(batch))
        lookup = {"كمال": "B-PER", "نصار": "I-PER", "صيدا": "B-LOC", "النخيل": "B-ORG"}
        return [[lookup.get(token, "O") for token in tokens] for tokens in batch]

    return tag


def test_evaluate_batches_times_and_scores():
    batches: list[int] = []
    score = evaluate(SENTENCES, _fake_tagger(batches), batch_size=2)
    assert batches == [2, 1]
    assert (score.sentences, score.words) == (3, 8)
    assert score.seconds > 0 and score.words_per_second > 0
    # ORG predicted as (2,3) against gold (1,3): 3 gold, 3 predicted, 2 correct.
    assert (score.micro.support, score.micro.predicted, score.micro.correct) == (3, 3, 2)
    same = score_spans([s.tags for s in SENTENCES], _fake_tagger([])([s.tokens for s in SENTENCES]))
    assert score.micro == same.micro and score.per_type == same.per_type


def test_evaluate_rejects_a_tagger_that_loses_sentences():
    with pytest.raises(RasdError, match="returned 1 tag lists for a batch of 3 sentences"):
        evaluate(SENTENCES, lambda batch: [["O"]])


def _sentence(document: int) -> Sentence:
    return Sentence(["كلمة"], ["O"], document)


def test_passages_hold_consecutive_sentences_of_one_document():
    sentences = [_sentence(0)] * 5 + [_sentence(1)] * 2 + [_sentence(2)]
    assert passages(sentences, 2) == [2, 2, 1, 2, 1]
    assert passages(sentences, 10) == [5, 2, 1]
    assert passages(sentences, 1) == [1] * 8
    assert passages([], 3) == []


def test_evaluate_with_context_gives_the_tagger_whole_passages():
    calls = []

    def tagger(batch, sizes=None):
        calls.append((len(batch), sizes))
        return [["O"] * len(tokens) for tokens in batch]

    sentences = [_sentence(0)] * 5 + [_sentence(1)] * 2
    score = evaluate(sentences, tagger, batch_size=3, context=2)
    # Batches are cut between passages only: [2, 2] (3 reached), then [1, 2].
    assert calls == [(4, [2, 2]), (3, [1, 2])]
    assert score.context == 2 and score.as_dict()["context_sentences"] == 2
    calls.clear()
    assert evaluate(sentences, tagger, batch_size=3).context == 1
    assert calls == [(3, None), (3, None), (1, None)]
    with pytest.raises(RasdError, match="context must be at least 1"):
        evaluate(sentences, tagger, context=0)
