"""Proclitics: conjunctions, prepositions and the article written attached to a word.

Stripping is never done blindly: ``بومبيو`` starts with ب and ``لندن`` with ل.
Functions here either list every reading (for search keys, where an extra key
costs nothing) or strip only when the caller confirms the stem is a known word.
Inputs are expected in normalised form (``normalize_for_matching``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

_CONJUNCTIONS = ("", "و", "ف")
_PREPOSITIONS = ("", "ب", "ل", "ك")
# Shortest stem left after stripping: a bare one-letter clitic must leave a real word.
_MIN_STEM_AFTER_ARTICLE = 2
_MIN_STEM_AFTER_LETTER = 3


def _prefixes() -> list[tuple[str, bool]]:
    """Every proclitic sequence, longest first, with whether it ends in the article."""
    found: set[tuple[str, bool]] = set()
    for conj in _CONJUNCTIONS:
        for prep in _PREPOSITIONS:
            for article in ("", "ال"):
                if prep == "ل" and article:
                    # ل + ال is written لل.
                    found.add((conj + "لل", True))
                    continue
                prefix = conj + prep + article
                if prefix:
                    found.add((prefix, bool(article)))
    return sorted(found, key=lambda item: -len(item[0]))


PROCLITIC_PREFIXES: tuple[tuple[str, bool], ...] = tuple(_prefixes())
# The conjunction and preposition sequences alone (و, ب, ول, فب…), without the article.
PARTICLE_PREFIXES: tuple[str, ...] = tuple(prefix for prefix, has_article in PROCLITIC_PREFIXES if not has_article)


@lru_cache(maxsize=200_000)
def proclitic_splits(word: str) -> tuple[tuple[str, str], ...]:
    """Every ``(proclitics, stem)`` reading of ``word``, longest stem first.

    A stem that lost the article also appears with it (``للحلف`` gives
    ``("ل", "الحلف")`` and ``("لل", "حلف")``), because ``ال`` belongs to how
    names are written and ``لل`` swallows its alef.
    """
    splits: list[tuple[str, str]] = []
    for prefix, has_article in PROCLITIC_PREFIXES:
        if not word.startswith(prefix):
            continue
        stem = word[len(prefix):]
        minimum = _MIN_STEM_AFTER_ARTICLE if has_article else _MIN_STEM_AFTER_LETTER
        if len(stem) < minimum:
            continue
        if has_article:
            clitics = prefix[:-1] if prefix.endswith("لل") else prefix[:-2]
            if clitics:
                splits.append((clitics, "ال" + stem))
        splits.append((prefix, stem))
    unique = dict((stem, clitics) for clitics, stem in reversed(splits))
    return tuple(sorted(((c, s) for s, c in unique.items()), key=lambda pair: -len(pair[1])))


def proclitic_readings(word: str) -> tuple[str, ...]:
    """All stems ``word`` could have after removing proclitics, longest first."""
    return tuple(stem for _, stem in proclitic_splits(word))


def strip_proclitics(word: str, is_known: Callable[[str], bool]) -> tuple[str, str]:
    """Split ``word`` into ``(proclitics, stem)``, stripping only when ``is_known(stem)``.

    The word itself wins when it is known, so ``بومبيو`` is never cut.
    Returns ``("", word)`` when no reading is known.
    """
    if is_known(word):
        return "", word
    for clitics, stem in proclitic_splits(word):
        if is_known(stem):
            return clitics, stem
    return "", word
