"""The CRF's word features, and the word lists they read (vector clusters, archive word types).

For each word and the two words on each side:

- the folded word, its stem without proclitics, the proclitics cut, the stem's
  first and last letters (2 to 4) and length, digits, the article ``ال``;
- its classes in the name-word gazetteer, and whether the archive taught it as
  a family name (``people.json``);
- two clusters of its word vector (64 and 512 groups, k-means on the vectors
  rasd trains on the archive) and its frequency rank in the archive, so words
  never seen in training share evidence with words that were;
- how the trained neural model typed the word across the 31,030 archive
  articles (mostly a person, sometimes a place…), bucketed: the model's
  reading of today's news, which ANERcorp (2007) lacks;
- the name ruler's matches (listed organisations, countries, cities), and the
  pairs of neighbouring words.

Features are strings (``0n=كابل``: the word itself; ``-1c2=40``: the fine
cluster of the word before), the form CRFsuite trains on.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable

from spacy.language import Language

from .archive_people import ArchiveCounts

# Clusters of the word vectors: a coarse and a fine grouping.
CLUSTERS = (64, 512)
# Archive word types: a word the neural model tagged at least once, in this many archive occurrences or more.
MIN_SEEN = 2
# Where the neighbours whose features a word sees stand.
CONTEXT = (-2, -1, 1, 2)
# What a word tells its neighbours about itself.
_CONTEXT_KEYS = ("n", "st", "g", "c1", "c2", "s2", "ty")


def type_code(seen: int, typed: Counter) -> str:
    """How the model typed a word across the archive: its most frequent type and the share of
    occurrences it tagged at all, in four buckets (``PER4``: a person most of the time)."""
    share = sum(typed.values()) / seen
    bucket = 1 if share < 0.1 else 2 if share < 0.3 else 3 if share < 0.6 else 4
    return max(sorted(typed), key=typed.__getitem__) + str(bucket)


def vector_words(nlp: Language) -> dict[str, list]:
    """Folded word → [coarse cluster, fine cluster, frequency rank bucket] for every word of the
    pipeline's vector table (rows are in order of archive frequency)."""
    import numpy as np

    vectors = nlp.vocab.vectors
    if not vectors.size:
        return {}
    data = np.array(vectors.data, dtype=np.float32)  # a copy: the pipeline's own table stays as it is
    data /= np.linalg.norm(data, axis=1, keepdims=True) + 1e-6
    clusters = [_kmeans(data, k) for k in CLUSTERS]
    words = {}
    for key, row in vectors.key2row.items():
        word = nlp.vocab.strings[key]
        words[word] = [int(clusters[0][row]), int(clusters[1][row]), int(math.log2(row + 1))]
    return dict(sorted(words.items()))


def _kmeans(data, k: int, passes: int = 12, seed: int = 0):
    """Spherical k-means (cosine), seeded: the cluster of each row."""
    import numpy as np

    rng = np.random.default_rng(seed)
    centres = data[rng.choice(len(data), k, replace=False)].copy()
    for _ in range(passes):
        assigned = np.argmax(data @ centres.T, axis=1)
        for cluster in range(k):
            members = data[assigned == cluster]
            if len(members):
                mean = members.mean(0)
                centres[cluster] = mean / (np.linalg.norm(mean) + 1e-6)
    return np.argmax(data @ centres.T, axis=1)


def archive_types(counts: ArchiveCounts) -> dict[str, str]:
    """``type_code`` of every word the model tagged in the archive and saw there ``MIN_SEEN`` times or more."""
    return {word: type_code(counts.seen[word], typed) for word, typed in sorted(counts.types.items())
            if counts.seen[word] >= MIN_SEEN}


def pad(offset: int) -> str:
    """The feature of a neighbour's place beyond the sentence's edge."""
    return f"{offset}pad"


def bigram_before(before: str, word: str) -> str:
    return f"bg={before}|{word}"


def bigram_after(word: str, after: str) -> str:
    return f"bg+={word}|{after}"


def ruler_here(tag: str) -> str:
    return f"ru={tag}"


def ruler_before(tag: str) -> str:
    return f"ru-1={tag}"


def ruler_after(tag: str) -> str:
    return f"ru+1={tag}"


class WordFeatures:
    """The features of a word: those of its own (``own``) and those it gives each neighbour (``context``)."""

    def __init__(self, gazetteer: dict[str, int], vectors: dict[str, list], types: dict[str, str],
                 people: Iterable[str]) -> None:
        self.gazetteer, self.vectors, self.types, self.people = gazetteer, vectors, types, frozenset(people)

    def not_a_name(self, norm: str, stem: str) -> bool:
        """Whether the archive says a word is vocabulary: frequent there and never tagged as a name
        (``استخلاص``), or unseen but with such a stem (``وسيناقش`` → ``سيناقش``)."""
        own = self._type(norm)
        return own == "0" or (own == "-" and self._type(stem) == "0")

    def rarely_a_name(self, norm: str) -> bool:
        """Whether the archive knows a word mostly as an ordinary word: frequent there and never tagged as a
        name, or tagged in under a tenth of its occurrences (``الجمعة``; ``type_code`` bucket 1)."""
        own = self._type(norm)
        return own == "0" or own.endswith("1")

    def _type(self, word: str) -> str:
        if word in self.types:
            return self.types[word]
        return "0" if word in self.vectors else "-"

    def word(self, norm: str, stem: str) -> tuple[list[str], dict[int, list[str]]]:
        """The features of a word (folded word and stem) of its own, and those it gives the neighbour at
        each offset of ``CONTEXT`` (``-1``: the word after it sees these as its previous word's)."""
        clusters = self.vectors.get(norm)
        values = {
            "n": norm, "st": stem, "pre": norm[: len(norm) - len(stem)],
            "p2": stem[:2], "p3": stem[:3], "p4": stem[:4], "s1": stem[-1:], "s2": stem[-2:], "s3": stem[-3:],
            "s4": stem[-4:], "L": str(min(len(stem), 8)), "al": str(norm.startswith("ال")),
            "d": str(any(c.isdigit() for c in norm)),
            "g": str(self.gazetteer.get(norm, 0)), "gs": str(self.gazetteer.get(stem, 0)),
            "pp": str(norm in self.people or stem in self.people),
            "c1": str(clusters[0]) if clusters else "-", "c2": str(clusters[1]) if clusters else "-",
            "fr": str(clusters[2]) if clusters else "oov",
            "ty": self._type(norm), "tys": self._type(stem),
        }
        own = ["b", *(f"0{key}={value}" for key, value in values.items())]
        context = {offset: [f"{offset}{key}={values[key]}" for key in _CONTEXT_KEYS] for offset in CONTEXT}
        return own, context

    def sentence(self, words: list[tuple[str, str]], ruler: list[str]) -> list[list[str]]:
        """The features of each word of a sentence, given as (folded word, stem) pairs with the name
        ruler's BIO tags: what CRFsuite trains on."""
        norms = [norm for norm, _ in words]
        found = {norm: self.word(norm, stem) for norm, stem in words}
        last = len(words) - 1
        items = []
        for i, norm in enumerate(norms):
            features = [*found[norm][0], ruler_here(ruler[i])]
            for offset in CONTEXT:
                j = i + offset
                features += found[norms[j]][1][offset] if 0 <= j <= last else [pad(offset)]
            if i:
                features += [bigram_before(norms[i - 1], norm), ruler_before(ruler[i - 1])]
            if i < last:
                features += [bigram_after(norm, norms[i + 1]), ruler_after(ruler[i + 1])]
            items.append(features)
        return items
