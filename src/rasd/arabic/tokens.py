"""Word tokens with their character offsets."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from .charsets import DIACRITICS, TATWEEL

# A word is a run of letters or digits; harakat and tatweel inside a word belong to it.
_WORD = re.compile(rf"(?:[^\W_]|[{DIACRITICS}{TATWEEL}])+")


class Token(NamedTuple):
    start: int
    end: int
    text: str


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into word tokens with offsets; punctuation and spaces are dropped."""
    return list(iter_tokens(text))


def iter_tokens(text: str) -> Iterator[Token]:
    """Lazily yield the word tokens of ``text``."""
    for match in _WORD.finditer(text):
        yield Token(match.start(), match.end(), match.group())


def words(text: str) -> list[str]:
    """The word strings of ``text``, without offsets."""
    return _WORD.findall(text)
