"""Normalisation for matching and search.

Each ``normalize_*`` function does one thing; ``normalize_for_matching`` and
``normalize_for_search`` compose them.  None of them is ever applied to stored
text: they build keys.  ``normalize_with_offsets`` returns, beside the folded
text, where each of its characters came from, so a span found in folded text
can be shown in the original.
"""

from __future__ import annotations

from . import charsets as cs


def _table(mapping: dict[str, str]) -> dict[int, str | None]:
    return {ord(k): (v or None) for k, v in mapping.items()}


_DEDIAC = _table({c: "" for c in cs.DIACRITICS})
_TATWEEL = _table({cs.TATWEEL: ""})
_MARKS = _table({c: "" for c in cs.DIRECTION_MARKS})
_ALEF = _table({c: cs.ALEF for c in cs.ALEF_FORMS})
_ALEF_MAKSURA = _table({cs.ALEF_MAKSURA: cs.YEH})
_TEH_MARBUTA = _table({cs.TEH_MARBUTA: cs.HEH})
_HAMZA_CARRIERS = _table({cs.WAW_HAMZA: cs.WAW, cs.YEH_HAMZA: cs.YEH})
_DIGITS = _table(
    {d: str(i) for i, d in enumerate(cs.ARABIC_INDIC_DIGITS)} | {d: str(i) for i, d in enumerate(cs.PERSIAN_DIGITS)}
)
_PERSIAN = _table(cs.PERSIAN_LOOKALIKES)


def dediac(text: str) -> str:
    """Remove harakat, tanween, shadda, sukun and the dagger alef."""
    return text.translate(_DEDIAC)


def remove_tatweel(text: str) -> str:
    """Remove tatweel (kashida), the letter-stretching character."""
    return text.translate(_TATWEEL)


def remove_direction_marks(text: str) -> str:
    """Remove bidi controls, zero-width joiners and the byte-order mark."""
    return text.translate(_MARKS)


def normalize_alef(text: str) -> str:
    """Fold أ إ آ ٱ to bare alef ا."""
    return text.translate(_ALEF)


def normalize_alef_maksura(text: str) -> str:
    """Fold alef maksura ى to yeh ي."""
    return text.translate(_ALEF_MAKSURA)


def normalize_teh_marbuta(text: str) -> str:
    """Fold teh marbuta ة to heh ه."""
    return text.translate(_TEH_MARBUTA)


def normalize_hamza_carriers(text: str) -> str:
    """Fold ؤ to و and ئ to ي (for search only: it merges real words)."""
    return text.translate(_HAMZA_CARRIERS)


def normalize_digits(text: str) -> str:
    """Turn Arabic-Indic and Persian digits into 0-9."""
    return text.translate(_DIGITS)


def normalize_persian_letters(text: str) -> str:
    """Fold Persian keheh and farsi yeh to their Arabic letters."""
    return text.translate(_PERSIAN)


# One table per purpose, merged once, so the hot path is a single str.translate.
_MATCHING = {**_DEDIAC, **_TATWEEL, **_MARKS, **_PERSIAN, **_ALEF, **_ALEF_MAKSURA, **_TEH_MARBUTA, **_DIGITS}
_SEARCH = {**_MATCHING, **_HAMZA_CARRIERS}


def normalize_for_matching(text: str) -> str:
    """Fold spelling variants that writers mix up, for comparing names; Latin is case-folded."""
    return text.translate(_MATCHING).casefold()


def matching_words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``, each folded by ``normalize_for_matching`` (word lists)."""
    return frozenset(normalize_for_matching(text).split())


def normalize_for_search(text: str) -> str:
    """Fold everything ``normalize_for_matching`` folds, plus hamza carriers."""
    return text.translate(_SEARCH).casefold()


def normalize_with_offsets(text: str, for_search: bool = True) -> tuple[str, list[int]]:
    """Fold ``text`` and return ``(folded, origin)``.

    ``origin[i]`` is the index in ``text`` of the character that became
    ``folded[i]``; ``origin[len(folded)] == len(text)``, so a folded span
    ``[a, b)`` is ``text[origin[a]:origin[b]]`` in the original.  Folding only
    removes or replaces single characters, except case folding, which can
    lengthen a few Latin characters; those map to their source character.
    """
    table = _SEARCH if for_search else _MATCHING
    folded: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        replacement = table.get(ord(char), char)
        if replacement is None:
            continue
        replacement = replacement.casefold()
        folded.append(replacement)
        origin.extend([index] * len(replacement))
    origin.append(len(text))
    return "".join(folded), origin
