"""Score named-entity tags by exact span match, as CoNLL-2003's conlleval does.

A predicted entity is correct only when its type and both boundaries equal a
gold entity's, so a boundary or type error costs one false positive and one
false negative.  ``per_type`` lists every type seen in gold or prediction: a
gold type the tagger never predicts (e.g. a fine class left unmapped) shows
recall 0 and still lowers the micro score.  0/0 is scored 0.0.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass

from ..errors import RasdError
from .conll import Sentence, bio_spans

Tagger = Callable[[list[list[str]]], list[list[str]]]


@dataclass(slots=True)
class TypeScore:
    precision: float
    recall: float
    f1: float
    support: int  # gold spans
    predicted: int
    correct: int

    @classmethod
    def from_counts(cls, support: int, predicted: int, correct: int) -> TypeScore:
        precision = correct / predicted if predicted else 0.0
        recall = correct / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return cls(precision, recall, f1, support, predicted, correct)


@dataclass(slots=True)
class NerScore:
    micro: TypeScore
    per_type: dict[str, TypeScore]
    sentences: int
    words: int
    seconds: float

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds > 0 else 0.0

    def as_dict(self) -> dict:
        return {
            "precision": self.micro.precision,
            "recall": self.micro.recall,
            "f1": self.micro.f1,
            "support": self.micro.support,
            "predicted": self.micro.predicted,
            "correct": self.micro.correct,
            "per_type": {kind: asdict(score) for kind, score in self.per_type.items()},
            "words": self.words,
            "sentences": self.sentences,
            "seconds": self.seconds,
            "words_per_second": self.words_per_second,
        }


def score_spans(gold: list[list[str]], predicted: list[list[str]], seconds: float = 0.0) -> NerScore:
    """Micro and per-type precision, recall and F1 of predicted tag sequences against gold ones."""
    if len(gold) != len(predicted):
        raise RasdError(f"{len(gold)} gold sentences but {len(predicted)} predicted ones; give one per sentence")
    support: Counter[str] = Counter()
    guessed: Counter[str] = Counter()
    correct: Counter[str] = Counter()
    for index, (gold_tags, predicted_tags) in enumerate(zip(gold, predicted)):
        if len(gold_tags) != len(predicted_tags):
            raise RasdError(
                f"sentence {index}: {len(gold_tags)} gold tags but {len(predicted_tags)} predicted; "
                "the tagger must return one tag per token"
            )
        gold_spans, predicted_spans = set(bio_spans(gold_tags)), set(bio_spans(predicted_tags))
        support.update(kind for kind, _, _ in gold_spans)
        guessed.update(kind for kind, _, _ in predicted_spans)
        correct.update(kind for kind, _, _ in gold_spans & predicted_spans)
    per_type = {
        kind: TypeScore.from_counts(support[kind], guessed[kind], correct[kind])
        for kind in sorted(support.keys() | guessed.keys())
    }
    micro = TypeScore.from_counts(support.total(), guessed.total(), correct.total())
    return NerScore(micro, per_type, len(gold), sum(len(tags) for tags in gold), seconds)


def evaluate(sentences: list[Sentence], tagger: Tagger, batch_size: int = 256) -> NerScore:
    """Tag ``sentences`` in batches and score the result; ``seconds`` counts only the tagger's calls."""
    if batch_size < 1:
        raise RasdError(f"batch_size must be at least 1, not {batch_size}")
    predicted: list[list[str]] = []
    seconds = 0.0
    for start in range(0, len(sentences), batch_size):
        batch = [list(sentence.tokens) for sentence in sentences[start : start + batch_size]]
        began = time.perf_counter()
        tags = tagger(batch)
        seconds += time.perf_counter() - began
        if len(tags) != len(batch):
            raise RasdError(
                f"the tagger returned {len(tags)} tag lists for a batch of {len(batch)} sentences "
                f"(sentences {start} to {start + len(batch) - 1}); it must return one per sentence"
            )
        predicted.extend(list(sentence_tags) for sentence_tags in tags)
    return score_spans([sentence.tags for sentence in sentences], predicted, seconds)
