"""Arabic presentation forms, folded to the letters they draw.

Some pages store Arabic as the glyphs a screen shows (``ﻗﺼﻒ`` instead of ``قصف``,
``ﻻ`` for lam and alef): Unicode's presentation forms, kept for old systems that
could not shape letters. They look right but match nothing: no search, name or
trigger finds ``ﻗﺼﻒ``. About 0.7% of the SaudiNewsNet archive's articles hold
some. The cleaners fold them when they build an article's text (``clean.article``),
so the stored text is the letters; the raw bytes stay as they came.

Word ligatures and signs (``ﷺ``, ``ﷲ``, ``﷼``, U+FDF0 to U+FDFF) stay as written:
they stand for whole phrases, and a reader expects them as they are.
"""

from __future__ import annotations

import re
import unicodedata

_TATWEEL = "\u0640"
_FORMS = re.compile("[\ufb50-\ufdef\ufe70-\ufefc]")


def _folding_table() -> dict[int, str]:
    table = {}
    for code in (*range(0xFB50, 0xFDF0), *range(0xFE70, 0xFEFD)):
        char = chr(code)
        letters = unicodedata.normalize("NFKC", char)
        if letters != char:
            # Isolated and medial forms of harakat decompose to a space or a tatweel before the mark.
            table[code] = letters.lstrip(" " + _TATWEEL) or letters
    return table


_TABLE = _folding_table()


def has_presentation_forms(text: str) -> bool:
    return _FORMS.search(text) is not None


def fold_presentation_forms(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text with presentation forms as letters, and where it grew: (index in ``text``, characters
    added) for each form that became more than one letter (``ﻻ`` → ``لا``), in order."""
    if not has_presentation_forms(text):
        return text, []
    parts, grown = [], []
    for index, char in enumerate(text):
        letters = _TABLE.get(ord(char), char)
        if len(letters) > 1:
            grown.append((index, len(letters) - 1))
        parts.append(letters)
    return "".join(parts), grown
