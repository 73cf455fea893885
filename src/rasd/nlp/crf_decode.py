"""Reading the CRF at run time: its weights as arrays, and tags and marginals computed with numpy.

A linear-chain CRF scores a label at a word as the sum of the weights of the
word's features for that label, plus a weight for each pair of neighbouring
labels. Nearly all of a word's features depend on the word alone (its own
features, and what it tells the words up to two places either side), so their
sums are computed once per distinct word and kept as five rows of numbers
instead of fifty strings; a sentence's scores are then gathered and added.
The features that depend on two words (bigrams) or on the name ruler are few
and looked up per sentence.

``CrfWeights`` holds the model: exported once from the CRFsuite file training
writes (``export``), saved as ``crf_weights.npz``. ``decode`` gives a batch of
sentences their best tags (Viterbi) and each word's label probabilities
(forward-backward), all sentences at once, step by step along the words.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import RasdError
from .crf_features import CONTEXT, WordFeatures, bigram_after, bigram_before, pad, ruler_after, ruler_before, ruler_here

WEIGHTS_FILE = "crf_weights.npz"
# Distinct words whose scores are kept between documents (360 bytes each); the table starts over past this.
CACHED_WORDS = 100_000


@dataclass
class CrfWeights:
    """Labels, the weight of each (feature, label) pair as a row per feature, and label-to-label weights."""

    labels: list[str]
    attributes: dict[str, int]  # feature string → row of ``state``
    state: np.ndarray  # (features, labels)
    transitions: np.ndarray  # (labels, labels): from the label before to the label after

    def __post_init__(self) -> None:
        self._padded = np.vstack([self.state, np.zeros((1, len(self.labels)))])

    @classmethod
    def export(cls, crfsuite_file: Path) -> CrfWeights:
        """The weights of a model file CRFsuite wrote."""
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        tagger.open(str(crfsuite_file))
        info = tagger.info()
        tagger.close()
        labels = sorted(info.labels, key=info.labels.__getitem__)
        column = {label: i for i, label in enumerate(labels)}
        attributes: dict[str, int] = {}
        for attribute, _ in info.state_features:
            attributes.setdefault(attribute, len(attributes))
        state = np.zeros((len(attributes), len(labels)))
        for (attribute, label), weight in info.state_features.items():
            state[attributes[attribute], column[label]] = weight
        transitions = np.zeros((len(labels), len(labels)))
        for (before, after), weight in info.transitions.items():
            transitions[column[before], column[after]] = weight
        return cls(labels, attributes, state, transitions)

    def save(self, path: Path) -> None:
        rows, columns = np.nonzero(self.state)
        names = "\n".join(sorted(self.attributes, key=self.attributes.__getitem__))
        with open(path, "wb") as handle:
            np.savez_compressed(
                handle, labels=np.frombuffer("\n".join(self.labels).encode(), dtype=np.uint8),
                attributes=np.frombuffer(names.encode(), dtype=np.uint8), rows=rows.astype(np.int32),
                columns=columns.astype(np.int8), weights=self.state[rows, columns], transitions=self.transitions,
            )

    @classmethod
    def load(cls, path: Path) -> CrfWeights:
        try:
            with np.load(path) as data:
                labels = data["labels"].tobytes().decode().split("\n")
                names = data["attributes"].tobytes().decode().split("\n")
                state = np.zeros((len(names), len(labels)))
                state[data["rows"], data["columns"]] = data["weights"]
                return cls(labels, {name: i for i, name in enumerate(names)}, state, data["transitions"].copy())
        except (OSError, ValueError, KeyError, IndexError, zipfile.BadZipFile) as error:
            raise RasdError(f"cannot read the CRF weights {path} ({error}): retrain with `rasd train ner`") from None

    def score(self, features: list[str]) -> np.ndarray:
        """The summed weights of ``features`` for each label (features the model never saw weigh nothing)."""
        return self.scores([features])[0]

    def scores(self, groups: list[list[str]]) -> np.ndarray:
        """``score`` of each group of features, in one gather: each group also takes the all-zero row after
        the last, so none is empty."""
        get, unseen = self.attributes.get, len(self.attributes)  # the row after the last is all zeros
        rows = [get(feature, unseen) for group in groups for feature in (*group, None)]
        starts = np.cumsum([0] + [len(group) + 1 for group in groups[:-1]])
        return np.add.reduceat(self._padded[rows], starts, axis=0)


def decode(scores: list[np.ndarray], transitions: np.ndarray) -> tuple[list[list[int]], list[np.ndarray]]:
    """For sentences given as (words, labels) score arrays: the best label of each word (Viterbi) and the
    probability of each label at each word (forward-backward), all sentences at once: longest first, so
    that at each word the sentences still going are the first ones."""
    lengths = np.array([len(s) for s in scores])
    order = np.argsort(-lengths, kind="stable")
    count, labels, longest = len(scores), transitions.shape[0], int(lengths.max())
    padded = np.zeros((count, longest, labels))
    for row, index in enumerate(order):
        padded[row, : lengths[index]] = scores[index]
    going = (lengths[:, None] > np.arange(longest)[None, :]).sum(0)  # sentences with a word at each place

    # Viterbi in log space, and the forward pass in probability space, each step scaled to sum to one
    # (the scales cancel out in the probabilities).
    emission = np.exp(padded - padded.max(2, keepdims=True))
    hop = np.exp(transitions - transitions.max())
    best = padded[:, 0].copy()
    back = np.zeros((count, longest, labels), dtype=np.intp)
    forward = np.zeros_like(padded)
    forward[:, 0] = emission[:, 0] / emission[:, 0].sum(1, keepdims=True)
    for t in range(1, longest):
        k = going[t]
        step = best[:k, :, None] + transitions
        back[:k, t] = step.argmax(1)
        best[:k] = step.max(1) + padded[:k, t]
        moved = (forward[:k, t - 1] @ hop) * emission[:k, t]
        forward[:k, t] = moved / moved.sum(1, keepdims=True)
    backward = np.ones_like(padded)
    for t in range(longest - 2, -1, -1):
        k = going[t + 1]
        moved = (emission[:k, t + 1] * backward[:k, t + 1]) @ hop.T
        backward[:k, t] = moved / moved.sum(1, keepdims=True)
    joint = forward * backward
    joint /= joint.sum(2, keepdims=True) + (joint.sum(2, keepdims=True) == 0)  # padding stays zero

    sorted_lengths = lengths[order]
    tags = np.zeros((count, longest), dtype=np.intp)
    tags[np.arange(count), sorted_lengths - 1] = best.argmax(1)
    for t in range(longest - 1, 0, -1):
        k = going[t]
        tags[:k, t - 1] = back[np.arange(k), t, tags[:k, t]]
    found_tags: list[list[int]] = [[] for _ in scores]
    found_probabilities: list[np.ndarray] = [np.empty(0) for _ in scores]
    for row, index in enumerate(order):
        found_tags[index] = tags[row, : lengths[index]].tolist()
        found_probabilities[index] = joint[row, : lengths[index]]
    return found_tags, found_probabilities


class SentenceScores:
    """Label scores of sentences: each distinct word's summed weights computed once and kept (its own, and
    what it adds to each neighbour), the features of word pairs and of the name ruler looked up per
    sentence."""

    def __init__(self, features: WordFeatures, weights: CrfWeights) -> None:
        self.features, self.weights = features, weights
        self._tags: dict[str, int] = {}
        self._ruler = np.zeros((0, 3, len(weights.labels)))  # ruler tag → its score here, before, after
        self._pads = np.array([weights.score([pad(offset)]) for offset in CONTEXT])
        # The words that can begin a pair the model has weights for: only after one of them is a pair looked up.
        prefixes = (bigram_before("", "")[:-1], bigram_after("", "")[:-1])  # "bg=", "bg+="
        self._pair_starts = frozenset(start for attribute in weights.attributes for prefix in prefixes
                                      if attribute.startswith(prefix) for start in _splits(attribute[len(prefix):]))
        self._start_over()

    def _start_over(self) -> None:
        self._rows: dict[str, int] = {}
        self._table = np.zeros((1024, 1 + len(CONTEXT), len(self.weights.labels)))

    def _row(self, norm: str, stem: str) -> int:
        row = self._rows.get(norm)
        if row is None:
            row = len(self._rows)
            if row == len(self._table):
                self._table = np.concatenate([self._table, np.zeros_like(self._table)])
            own, context = self.features.word(norm, stem)
            self._table[row] = self.weights.scores([own, *(context[offset] for offset in CONTEXT)])
            self._rows[norm] = row
        return row

    def _tag(self, tag: str) -> int:
        index = self._tags.get(tag)
        if index is None:
            index = self._tags[tag] = len(self._tags)
            scores = [self.weights.score([name(tag)]) for name in (ruler_here, ruler_before, ruler_after)]
            self._ruler = np.concatenate([self._ruler, np.array(scores)[None]])
        return index

    def __call__(self, words: list[tuple[str, str]], ruler: list[str]) -> np.ndarray:
        """The (words, labels) scores of a sentence of (folded word, stem) pairs with the ruler's BIO tags:
        the sum, for each label, of the weights of the features ``WordFeatures.sentence`` gives."""
        if len(self._rows) + len(words) > CACHED_WORDS:
            self._start_over()  # between sentences, never within one: its rows must stay in the same table
        rows = np.array([self._row(norm, stem) for norm, stem in words])
        count = len(rows)
        table = self._table
        scores = table[rows, 0].copy()
        for k, offset in enumerate(CONTEXT, 1):
            low, high = max(0, -offset), min(count, count - offset)  # the words whose neighbour is there
            if low < high:
                scores[low:high] += table[rows[low + offset:high + offset], k]
            scores[:low] += self._pads[k - 1]
            scores[max(high, low):] += self._pads[k - 1]
        tags = [self._tag(tag) for tag in ruler]
        scores += self._ruler[tags, 0]
        scores[1:] += self._ruler[tags[:-1], 1]
        scores[:-1] += self._ruler[tags[1:], 2]
        attributes, state = self.weights.attributes, self.weights.state
        norms = [norm for norm, _ in words]
        starts = self._pair_starts
        for i in range(1, count):
            if norms[i - 1] in starts:
                row = attributes.get(bigram_before(norms[i - 1], norms[i]))
                if row is not None:
                    scores[i] += state[row]
                row = attributes.get(bigram_after(norms[i - 1], norms[i]))
                if row is not None:
                    scores[i - 1] += state[row]
        return scores


def _splits(pair: str) -> list[str]:
    """Every first word a pair feature's ``first|second`` could have (a word may hold a ``|`` itself)."""
    return [pair[:i] for i, char in enumerate(pair) if char == "|"]
