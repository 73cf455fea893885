"""The name inside a mention: the written span without the clitics attached to its first word.

Corpora tag whole words (``وطالبان`` is B-ORG), so a mention's surface keeps
its clitics; its name drops them.  A first word is cut only when the cut form
is better attested as a name than the word itself, in the name lexicon built
at training time from the corpora's entity words and the gazetteers; a
conjunction or preposition in front of the article (``والعراق``, ``للأمم``) is
dropped even for unknown names, because names almost never begin that way.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..arabic.clitics import PARTICLE_PREFIXES, proclitic_splits
from ..arabic.normalize import normalize_for_matching, normalize_with_offsets

# A stem must be seen this many times as a name before a word is cut to it; once is enough for
# the first word of a longer name (لحلف شمال الأطلسي), whose other words say it is a name.
_MIN_STEM_COUNT = 2
_MIN_STEM_COUNT_IN_PHRASE = 1


def name_without_clitics(surface: str, lexicon: Mapping[str, int]) -> str:
    """``surface`` with the proclitics of its first word removed, as written."""
    first, _, rest = surface.partition(" ")
    name = _strip_first_word(first, lexicon, _MIN_STEM_COUNT_IN_PHRASE if rest else _MIN_STEM_COUNT)
    return f"{name} {rest}" if rest else name


def _strip_first_word(word: str, lexicon: Mapping[str, int], min_count: int) -> str:
    folded, origin = normalize_with_offsets(word, for_search=False)
    splits = proclitic_splits(folded)
    if not splits:
        return word
    own = lexicon.get(folded, 0)
    # Longest stem first: a reading that keeps the article (العراق, not عراق) is the name as written.
    for clitics, stem in splits:
        count = lexicon.get(stem, 0)
        if count >= min_count and count > own:
            return _cut(word, origin, clitics, stem)
    if own == 0:
        for clitics, stem in splits:
            if stem.startswith("ال") and clitics in PARTICLE_PREFIXES:
                return _cut(word, origin, clitics, stem)
    return word


def _cut(word: str, origin: list[int], clitics: str, stem: str) -> str:
    """Cut ``clitics`` off the written word; restore the alef that ``لل`` swallowed."""
    kept = word[origin[len(clitics)] :]
    if stem.startswith("ال") and not normalize_for_matching(kept).startswith("ال"):
        return "ا" + kept  # للحلف: what is left after the preposition is the article's lam
    return kept
