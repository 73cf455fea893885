"""Search terms: what the full-text index holds for a text, and what a query word matches."""

from __future__ import annotations

from functools import lru_cache

from ..arabic.clitics import proclitic_readings
from ..arabic.normalize import normalize_for_search
from ..arabic.tokens import words

# Tanween fatha with its seat alef (أمطاراً, written اً or ًا): the alef is case ending, not stem.
_TANWEEN_ALEF = ("\u064b\u0627", "\u0627\u064b")


@lru_cache(maxsize=500_000)
def word_keys(word: str) -> tuple[str, ...]:
    """The keys a written word is found by: its folded form, then each reading without proclitics."""
    folded = normalize_for_search(word)
    if not folded:
        return ()
    keys = [folded, *proclitic_readings(folded)]
    if word.endswith(_TANWEEN_ALEF) and len(folded) > 3:
        bare = folded[:-1]
        keys += [bare, *proclitic_readings(bare)]
    return tuple(dict.fromkeys(keys))


def index_terms(text: str | None) -> str:
    """The text the full-text index stores for ``text``: every word followed by its other keys.

    ``بالولايات`` is indexed as ``بالولايات الولايات ولايات`` so that a search
    for ``الولايات`` finds it; a query word is never stripped, so ``بومبيو``
    still only finds ``بومبيو`` (with or without proclitics of its own).
    """
    if not text:
        return ""
    keys: list[str] = []
    for word in words(text):
        keys.extend(word_keys(word))
    return " ".join(keys)


def query_key(word: str) -> str:
    """The key a query word is looked up by: folded, never stripped."""
    return normalize_for_search(word)
