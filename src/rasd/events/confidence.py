"""How likely an event is to be right: a logistic model over what the event looks like.

The rules find an event and its actors; some shapes of event are misread far more often than others (an
accusation with no one accused, a call whose target is a long description, a verbal noun deep in a long
sentence). The model gives each event a probability of being right by the event guidelines, learnt from
the verdicts of ``benchmarks/gold/events_judged_saudinewsnet.jsonl`` (``rasd train events``). Its features
describe the event's shape (type, trigger and tense, mode, what kinds of actors it has and where they stand
from the trigger, the sentence's length and place in the article) and a few single words: the first word
of an actor that is a description (``الجانبين``, ``مسلحون``) and the words either side of the trigger. No
event is left out unless a bar is set (the ``event_min_confidence`` setting, or the model's own bar).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from ..arabic.normalize import normalize_for_matching
from .lexicon import read_token
from .model import Event, EventActor

MODEL_PATH = Path(__file__).with_name("confidence.json")
# Training: the L2 penalty was chosen by leave-one-sample-out on the judged samples (README).
L2, STEPS = 3.0, 800
_QUOTES = "«»\"“”"
# Actors that are descriptions rather than names: their first word says what they are.
_HEADED = frozenset({"group", "described", "title"})


def _bucket(value: int, cuts: Sequence[int]) -> int:
    for index, cut in enumerate(cuts):
        if value <= cut:
            return index
    return len(cuts)


def _words(text: str) -> int:
    return len(text.split())


def _reading(event: Event) -> tuple[str, str]:
    """The trigger's entry in the table (its lemma) and its tense, for the event's type."""
    for match in read_token(normalize_for_matching(event.trigger)):
        if match.form.trigger.type == event.type:
            return match.form.trigger.lemma, match.form.tense
    return normalize_for_matching(event.trigger).lstrip("وف"), "other"


def _actor_features(role: str, actor: EventActor | None, event: Event, text: str) -> list[str]:
    if actor is None:
        return [f"{role}=none"]
    found = [f"{role}={actor.kind}", f"{role}.type={actor.type}",
             f"{role}.words={_bucket(_words(actor.text), (1, 2, 3, 5))}"]
    if actor.kind in _HEADED and actor.text.split():  # الجانبين, مسلحون, وزير
        found.append(f"{role}.head={normalize_for_matching(actor.text.split()[0])}")
    if actor.end <= event.trigger_start:
        gap = _words(text[actor.end:event.trigger_start])
        found.append(f"{role}.before={_bucket(gap, (0, 2, 5, 10))}")
    else:
        gap = _words(text[event.trigger_end:actor.start])
        found.append(f"{role}.after={_bucket(gap, (0, 1, 3, 6, 10))}")
    return found


def features(event: Event, text: str) -> list[str]:
    """What the model reads of one event in its article's text."""
    lemma, tense = _reading(event)
    source = event.source.kind if event.source else "none"
    target = event.target.kind if event.target else "none"
    sentence = text[event.start:event.end]
    paragraph = text.count("\n\n", 0, event.start) if "\n\n" in text else text.count("\n", 0, event.start)
    before, after = text[event.start:event.trigger_start].split(), text[event.trigger_end:event.end].split()
    triggers = sum(1 for word in sentence.split() if read_token(normalize_for_matching(word)))
    return [
        f"type={event.type}",
        f"mode={event.mode}",
        f"type.mode={event.type}.{event.mode}",
        f"lemma={event.type}.{lemma}",
        f"tense={tense}",
        f"type.tense={event.type}.{tense}",
        f"and={event.trigger.startswith(('و', 'ف'))}",
        f"actors={source}.{target}",
        f"types={event.type}.{getattr(event.source, 'type', None)}.{getattr(event.target, 'type', None)}",
        f"type.actors={event.type}.{source}.{target}",
        *_actor_features("source", event.source, event, text),
        *_actor_features("target", event.target, event, text),
        f"place={event.location is not None}",
        f"date={event.date is not None}",
        f"sentence.words={_bucket(_words(sentence), (10, 20, 30, 45, 60))}",
        f"trigger.at={_bucket(len(before), (0, 2, 5, 10, 20))}",
        f"paragraph={_bucket(paragraph, (0, 1, 2, 4))}",
        f"quotes={any(mark in sentence for mark in _QUOTES)}",
        f"triggers={min(triggers, 5)}",  # words of the sentence read as triggers, this one included
        f"word.before={normalize_for_matching(before[-1]) if before else '^'}",
        f"word.after={normalize_for_matching(after[0]) if after else '$'}",
    ]


@dataclass(slots=True)
class ConfidenceModel:
    """Weights of a logistic model over ``features``, and the probability under which events are left out."""

    weights: dict[str, float] = field(default_factory=dict)
    bias: float = 0.0
    threshold: float = 0.0
    trained_on: int = 0  # judged events the weights were learnt from

    def probability(self, names: Iterable[str]) -> float:
        score = self.bias + sum(self.weights.get(name, 0.0) for name in names)
        return 1.0 / (1.0 + math.exp(-score))

    def score(self, event: Event, text: str) -> float:
        return self.probability(features(event, text))

    def save(self, path: Path) -> None:
        data = {
            "about": "rasd event confidence: logistic weights over rasd.events.confidence.features",
            "trained_on": self.trained_on,
            "threshold": self.threshold,
            "bias": round(self.bias, 6),
            "weights": {name: round(value, 6) for name, value in sorted(self.weights.items()) if abs(value) >= 1e-6},
        }
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    @classmethod
    def read(cls, path: Path) -> ConfidenceModel:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(dict(data["weights"]), float(data["bias"]), float(data["threshold"]), int(data.get("trained_on", 0)))


@lru_cache(maxsize=1)
def shipped_model() -> ConfidenceModel:
    """The model shipped with the package; without its file every event scores 0.5 and none is left out."""
    if not MODEL_PATH.is_file():
        return ConfidenceModel(threshold=0.0)
    return ConfidenceModel.read(MODEL_PATH)


@lru_cache(maxsize=1)
def min_confidence() -> float:
    """The bar events must reach to be kept: the ``event_min_confidence`` setting, else the model's own."""
    from ..settings import load_settings

    chosen = load_settings().get("event_min_confidence")
    return shipped_model().threshold if chosen is None else float(chosen)


def keep_confident(events: list[Event], text: str, model: ConfidenceModel | None = None,
                   bar: float | None = None) -> list[Event]:
    """The events scored (``confidence``), those under the bar left out; ``bar=0`` keeps every event."""
    model = model or shipped_model()
    bar = min_confidence() if bar is None else bar
    scored = [replace(event, confidence=round(model.score(event, text), 3)) for event in events]
    return [event for event in scored if event.confidence >= bar]


def fit(examples: Sequence[tuple[list[str], bool]], l2: float = L2, steps: int = STEPS,
        rate: float = 1.0) -> ConfidenceModel:
    """L2-regularised logistic regression by full-batch gradient descent: no randomness, so the same
    examples always give the same weights."""
    import numpy as np

    vocabulary: dict[str, int] = {}
    for names, _ in examples:
        for name in names:
            vocabulary.setdefault(name, len(vocabulary))
    matrix = np.zeros((len(examples), len(vocabulary)))
    for row, (names, _) in enumerate(examples):
        for name in names:
            matrix[row, vocabulary[name]] = 1.0
    labels = np.array([1.0 if right else 0.0 for _, right in examples])
    weights, bias, count = np.zeros(len(vocabulary)), 0.0, max(len(examples), 1)
    for _ in range(steps):
        predicted = 1.0 / (1.0 + np.exp(-(matrix @ weights + bias)))
        error = predicted - labels
        weights -= rate * (matrix.T @ error + l2 * weights) / count
        bias -= rate * float(error.mean())
    return ConfidenceModel({name: float(weights[index]) for name, index in vocabulary.items()}, float(bias),
                           trained_on=len(examples))


@dataclass(frozen=True, slots=True)
class HeldOutScore:
    """Leave-one-sample-out: each sample scored by a model learnt from the others, all at one bar."""

    bar: float
    events: int
    right: int
    kept: int
    kept_right: int

    @property
    def precision_all(self) -> float:
        return self.right / self.events if self.events else 0.0

    @property
    def precision_kept(self) -> float:
        return self.kept_right / self.kept if self.kept else 0.0

    @property
    def right_kept(self) -> float:
        return self.kept_right / self.right if self.right else 0.0


def held_out_probabilities(examples: Sequence[tuple[list[str], bool, str]], l2: float = L2,
                           steps: int = STEPS) -> list[float]:
    """Each example's probability from a model fitted without its sample (the third item)."""
    probabilities = [0.0] * len(examples)
    for sample in sorted({sample for _, _, sample in examples}):
        model = fit([(names, right) for names, right, other in examples if other != sample], l2, steps)
        for index, (names, _, other) in enumerate(examples):
            if other == sample:
                probabilities[index] = model.probability(names)
    return probabilities


def held_out_score(examples: Sequence[tuple[list[str], bool, str]], probabilities: Sequence[float],
                   bar: float) -> HeldOutScore:
    kept = [right for (_, right, _), probability in zip(examples, probabilities) if probability >= bar]
    return HeldOutScore(bar, len(examples), sum(right for _, right, _ in examples), len(kept), sum(kept))
