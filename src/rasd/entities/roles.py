"""Roles: a title as a key that different wordings of one office share.

``وزير الخارجية الأميركي`` and ``الوزير الأميركي`` name one office at different
lengths: a role's key is its words, folded and without the article (and the
particles written onto it), cut before a place phrase (``في بروكسل``).  Two roles are compatible when they have the same head word and
one's words are all in the other's.
"""

from __future__ import annotations

from ..arabic.normalize import normalize_for_matching
from ..arabic.tokens import words

# Words after which a title goes on about a place or a matter, not the office.
_CUT = frozenset(normalize_for_matching(w) for w in "في لدى إلى الى عن منذ خلال".split())


_ARTICLE_PREFIXES = ("وبال", "وال", "فال", "بال", "كال", "ولل", "لل", "ال")
# The two spellings of "American" in Arabic news differ in letter order, not just vowels.
_SPELLINGS = (("امريك", "اميرك"),)


def _stem(word: str, first: bool) -> str:
    """The folded word without a leading article (and the particles written before it); after the
    head, also without a lone preposition (لحلف → حلف)."""
    folded = normalize_for_matching(word)
    for prefix in _ARTICLE_PREFIXES:
        if folded.startswith(prefix) and len(folded) > len(prefix) + 1:
            folded = folded[len(prefix):]
            break
    else:
        if not first and folded[:1] in ("ل", "ب", "ك") and len(folded) > 3:
            folded = folded[1:]
    for variant, canonical in _SPELLINGS:
        folded = folded.replace(variant, canonical)
    return folded


def role_key(title: str) -> tuple[str, str]:
    """(head, key): the stem of the title's first word, and its words' stems, space-separated."""
    stems: list[str] = []
    for word in words(title):
        if normalize_for_matching(word) in _CUT:
            break
        stems.append(_stem(word, first=not stems))
    if not stems:
        return "", ""
    return stems[0], " ".join(stems)


def compatible(key_a: str, key_b: str) -> bool:
    """Same head, and one role's words all within the other's (الوزير الأميركي ⊂ وزير الخارجية الأميركي)."""
    a, b = key_a.split(), key_b.split()
    if not a or not b or a[0] != b[0]:
        return False
    return set(a) <= set(b) or set(b) <= set(a)
