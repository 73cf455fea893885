"""Score named-entity tags by exact span match, as CoNLL-2003's conlleval does.

A predicted entity is correct only when its type and both boundaries equal a
gold entity's, so a boundary or type error costs one false positive and one
false negative.  ``per_type`` lists every type seen in gold or prediction: a
gold type the tagger never predicts (e.g. a fine class left unmapped) shows
recall 0 and still lowers the micro score.  0/0 is scored 0.0.

With ``context`` above 1 the tagger is given passages: up to that many
consecutive sentences of one document (``-DOCSTART-`` ends a document), which
it may read together, as rasd reads an article (a name found in one sentence is
also a name where the next one repeats it).  Corpora such as ANERcorp list an
article's sentences in order.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass

from ..errors import RasdError
from .conll import Sentence, bio_spans

# Sentences the CLI reads together by default: dev F1 77.0 one by one, 78.2 by tens (about 0.3 either way
# for other lengths and cuts; see the README).
DEFAULT_CONTEXT = 10
# tagger(sentences) → tags; with a context, tagger(sentences, passage sizes) → tags.
Tagger = Callable[..., list[list[str]]]


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
    context: int = 1  # most sentences read together (1: each alone)

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
            "context_sentences": self.context,
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


def passages(sentences: list[Sentence], context: int) -> list[int]:
    """Sizes of the passages ``sentences`` fall into: runs of at most ``context`` consecutive sentences of
    one document."""
    sizes: list[int] = []
    previous = None
    for sentence in sentences:
        if sizes and sizes[-1] < context and sentence.document == previous:
            sizes[-1] += 1
        else:
            sizes.append(1)
        previous = sentence.document
    return sizes


def evaluate(sentences: list[Sentence], tagger: Tagger, batch_size: int = 256, context: int = 1) -> NerScore:
    """Tag ``sentences`` in batches and score the result; ``seconds`` counts only the tagger's calls.

    With ``context`` above 1, batches hold whole passages and the tagger is also given their sizes."""
    if batch_size < 1:
        raise RasdError(f"batch_size must be at least 1, not {batch_size}")
    if context < 1:
        raise RasdError(f"context must be at least 1 sentence, not {context}")
    batches: list[list[int]] = [[]]  # passage sizes per batch
    for size in passages(sentences, context):
        if sum(batches[-1]) >= batch_size:
            batches.append([])
        batches[-1].append(size)
    predicted: list[list[str]] = []
    seconds = 0.0
    start = 0
    for sizes in batches:
        batch = [list(sentence.tokens) for sentence in sentences[start : start + sum(sizes)]]
        if not batch:
            continue
        began = time.perf_counter()
        tags = tagger(batch) if context == 1 else tagger(batch, sizes)
        seconds += time.perf_counter() - began
        if len(tags) != len(batch):
            raise RasdError(
                f"the tagger returned {len(tags)} tag lists for a batch of {len(batch)} sentences "
                f"(sentences {start} to {start + len(batch) - 1}); it must return one per sentence"
            )
        predicted.extend(list(sentence_tags) for sentence_tags in tags)
        start += len(batch)
    score = score_spans([sentence.tags for sentence in sentences], predicted, seconds)
    score.context = context
    return score
