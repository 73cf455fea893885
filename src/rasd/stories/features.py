"""What two articles must share to be reports of one happening: names, lead words, and a few days.

Pure functions of one article (its features) or of two articles' features (the link test), so that the
stories built from them depend on the stored set only, never on the order articles arrived in or on what
else is stored: no corpus statistics (document frequencies change as the store grows) enter the test.
The store keeps the features in indexed tables and does the look-ups (``store/sqlite_stories.py``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date

import numpy as np

from ..arabic.normalize import normalize_for_search
from ..arabic.tokens import words
from .minhash import name_set

# Bump when the features or the link test change meaning (named in evaluation reports).
VERSION = "rasd.stories.v2"
# Two reports of one happening are published within this many days of each other (a story may last longer:
# it is the chain of such links).
WINDOW_DAYS = 3
# The title and the first words of the body say what happened; later paragraphs drift into background.
LEAD_WORDS = 80
# Link test: at least MIN_SHARED_NAMES names in common and lead words this similar (Jaccard), or one name and
# much more similar leads. 0.12 was set before looking at the gold; 0.135 after scoring 0.12 to 0.22 on the
# SaudiNewsNet gold (README, "Stories"): above it, reports of one happening part; below, royal-court news chains.
MIN_SHARED_NAMES = 2
MIN_SIMILARITY = 0.135
ONE_NAME_SIMILARITY = 0.25
_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل")
_STOPWORDS = frozenset(
    normalize_for_search(word)
    for word in """
    في من على إلى عن مع أن إن كان كانت التي الذي الذين هذا هذه ذلك تلك قد لقد ثم أو أي كل بعد قبل بين حيث
    عند منذ خلال حتى غير لم لن ما لا هو هي هم كما وقال قال وأضاف أضاف وأكد أكد أوضح وأوضح اليوم أمس يوم
    عام العام أيضا فيما إلى وفي ومن وعلى عليه عليها إليه لها له فيه فيها به بها وذلك ضمن نحو لدى أمام وهو وهي
    """.split()
)


def day_number(published: str | None) -> int | None:
    """Days since year 1 of an ISO publication date (its first ten characters), or None when unknown."""
    if not published or len(published) < 10:
        return None
    try:
        return date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None


def lead_words(title: str | None, text: str, limit: int = LEAD_WORDS) -> frozenset[str]:
    """The folded content words of the title and the first ``limit`` words of the text, prefixes stripped."""
    found = set()
    for word in [*words(title or ""), *words(text)[:limit]]:
        folded = normalize_for_search(word)
        if folded in _STOPWORDS or folded.isdigit():
            continue
        for prefix in _PREFIXES:
            if folded.startswith(prefix) and len(folded) - len(prefix) >= 3:
                folded = folded[len(prefix) :]
                break
        if len(folded) >= 3 and folded not in _STOPWORDS:
            found.add(folded)
    return frozenset(found)


def word_hashes(found: Iterable[str]) -> np.ndarray:
    """Sorted unique 64-bit hashes of words: compact to store, fast to intersect."""
    values = {int.from_bytes(hashlib.blake2b(w.encode("utf-8"), digest_size=8).digest(), "little") for w in found}
    return np.array(sorted(values), dtype=np.uint64)


def name_keys(mentions: Iterable[tuple[str, str]]) -> frozenset[str]:
    """Loose keys of the people, organisations and places named (as near-duplicates compare names)."""
    return name_set(mentions)


def jaccard(first: np.ndarray, second: np.ndarray) -> float:
    """Jaccard similarity of two sorted hash arrays."""
    if not len(first) or not len(second):
        return 0.0
    shared = len(np.intersect1d(first, second, assume_unique=True))
    return shared / (len(first) + len(second) - shared)


def linked(shared_names: int, similarity: float) -> bool:
    """Whether two articles published within the window report one happening."""
    if shared_names >= MIN_SHARED_NAMES and similarity >= MIN_SIMILARITY:
        return True
    return shared_names >= 1 and similarity >= ONE_NAME_SIMILARITY


def to_bytes(values: np.ndarray) -> bytes:
    return values.astype("<u8").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u8").astype(np.uint64)


def describe() -> dict:
    """The parameters in use, for reports."""
    return {
        "version": VERSION,
        "window_days": WINDOW_DAYS,
        "lead_words": LEAD_WORDS,
        "min_shared_names": MIN_SHARED_NAMES,
        "min_similarity": MIN_SIMILARITY,
        "one_name_similarity": ONE_NAME_SIMILARITY,
    }
