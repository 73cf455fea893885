"""MinHash signatures and LSH band keys over word shingles of search-normalised text.

Pure functions: text in, numbers out. The store keeps the signatures and band keys and does the
look-ups (``store/sqlite_duplicates.py``); ``rasd evaluate duplicates`` runs the same functions
over an archive in memory, so what is measured is what is stored.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import lru_cache

import numpy as np
from datasketch import MinHash
from datasketch.lsh import _optimal_param

from ..arabic.normalize import normalize_for_search
from ..arabic.tokens import words
from ..entities.keys import name_keys

# Bump when shingling, permutations, banding or the copy test change meaning (named in evaluation reports).
VERSION = "rasd.minhash.v1"
NUM_PERM = 128
SEED = 1
# Word trigrams: short enough that a lightly edited wire story keeps most of them, long enough
# that two reports on one topic in the same house style do not.
SHINGLE_WORDS = 3
# Estimated Jaccard similarity of shingle sets from which two articles count as one text (0.4 chosen on
# SaudiNewsNet: 0.5 missed a quarter of the silver pairs; see the README for recall and checked precision).
THRESHOLD = 0.4
# Texts shorter than this many words carry too few shingles to tell copy from coincidence.
MIN_WORDS = 25
BANDS, ROWS = _optimal_param(THRESHOLD, NUM_PERM, 0.5, 0.5)
# Official announcements share whole templates (congratulation cables, execution statements, martyrs' honours)
# and differ in the names. Under this similarity, two texts that both name people, organisations or places must
# share most of those names (the smaller set's share found in the other) to count as one text.
NAME_CHECK_BELOW = 0.6
NAME_SHARE = 0.6
NAME_TYPES = ("PER", "ORG", "LOC")

_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=SEED)


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    """The set of ``size``-word shingles of ``text`` after search folding (hamza, ta marbuta, diacritics)."""
    folded = [normalize_for_search(word) for word in words(text)]
    folded = [word for word in folded if word]
    if len(folded) < size:
        return {" ".join(folded).encode("utf-8")} if folded else set()
    return {" ".join(folded[i : i + size]).encode("utf-8") for i in range(len(folded) - size + 1)}


def signature(text: str) -> np.ndarray | None:
    """The MinHash signature of ``text`` (``NUM_PERM`` unsigned 64-bit values), or None when it is too short."""
    if len(words(text)) < MIN_WORDS:
        return None
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, permutations=_TEMPLATE.permutations)
    minhash.update_batch(shingles(text))
    return minhash.hashvalues.astype(np.uint64)


def band_keys(values: np.ndarray) -> list[int]:
    """One signed 64-bit key per LSH band: two signatures share a key when a whole band agrees."""
    return [_band_key(band, values[band * ROWS : (band + 1) * ROWS].tobytes()) for band in range(BANDS)]


def _band_key(band: int, data: bytes) -> int:
    digest = hashlib.blake2b(data, digest_size=8, person=band.to_bytes(8, "little")).digest()
    return int.from_bytes(digest, "little", signed=True)


def similarity(first: np.ndarray, second: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two shingle sets behind two signatures."""
    return float(np.count_nonzero(first == second)) / len(first)


def name_set(mentions: Iterable[tuple[str, str]]) -> frozenset[str]:
    """The loose keys of the people, organisations and places an article names, from (name, type) pairs."""
    return frozenset(f"{kind}|{_loose_key(name, kind)}" for name, kind in mentions if kind in NAME_TYPES)


@lru_cache(maxsize=200_000)
def _loose_key(name: str, kind: str) -> str:
    return name_keys(name, kind).loose


def same_text(score: float, names: frozenset[str], other_names: frozenset[str]) -> bool:
    """Whether two articles with this estimated similarity and these names are copies of one text."""
    if score < THRESHOLD:
        return False
    if score >= NAME_CHECK_BELOW or not names or not other_names:
        return True
    return len(names & other_names) / min(len(names), len(other_names)) >= NAME_SHARE


def to_bytes(values: np.ndarray) -> bytes:
    return values.astype("<u8").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u8").astype(np.uint64)


@lru_cache(maxsize=1)
def describe() -> dict:
    """The parameters in use, for reports."""
    return {
        "version": VERSION,
        "num_perm": NUM_PERM,
        "shingle_words": SHINGLE_WORDS,
        "threshold": THRESHOLD,
        "bands": BANDS,
        "rows": ROWS,
        "min_words": MIN_WORDS,
        "name_check_below": NAME_CHECK_BELOW,
        "name_share": NAME_SHARE,
    }
