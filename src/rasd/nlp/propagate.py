"""One name, one reading per article: repeat what the model found where it missed the same name.

News names a person in full once and then by family name (``مايك بومبيو`` …
``وبومبيو``); the model, reading one paragraph at a time, finds some of those
repetitions and misses others.  After the model, every other occurrence in the
article of a name it found (with clitics allowed on the first word), and of the
family name of a person it found, becomes a mention of the same type.
"""

from __future__ import annotations

from ..arabic.clitics import proclitic_splits
from ..arabic.normalize import normalize_for_matching
from .tokenizer import token_spans

# Shorter names repeat by chance (في, من are not names, but neither are two-letter words).
_MIN_LETTERS = 3


def _word_readings(word: str) -> set[str]:
    """The folded word and every form of it without proclitics."""
    folded = normalize_for_matching(word)
    return {folded} | {stem for _, stem in proclitic_splits(folded)}


def propagate(text: str, mentions: list, make) -> list:
    """``mentions`` plus the repetitions the model missed; ``make(start, end, type)`` builds a mention."""
    names: dict[tuple[str, ...], str] = {}
    for mention in mentions:
        words = tuple(normalize_for_matching(w) for w in mention.name.split())
        if words and sum(len(w) for w in words) >= _MIN_LETTERS:
            names.setdefault(words, mention.type)
        if mention.type == "PER" and len(words) > 1 and len(words[-1]) >= _MIN_LETTERS:
            names.setdefault(words[-1:], "PER")
    if not names:
        return mentions
    spans = token_spans(text)
    taken = [False] * len(text)
    for mention in mentions:
        for i in range(mention.start, mention.end):
            taken[i] = True
    folded = [normalize_for_matching(text[start:end]) for start, end in spans]
    readings = [_word_readings(text[start:end]) for start, end in spans]
    added = []
    longest_first = sorted(names.items(), key=lambda item: -len(item[0]))
    for index in range(len(spans)):
        for words, kind in longest_first:
            end_index = index + len(words)
            if end_index > len(spans) or words[0] not in readings[index]:
                continue
            if tuple(folded[index + 1 : end_index]) != words[1:]:
                continue
            start, end = spans[index][0], spans[end_index - 1][1]
            if any(taken[start:end]):
                continue
            added.append(make(start, end, kind))
            for i in range(start, end):
                taken[i] = True
            break
    return sorted(mentions + added, key=lambda m: m.start)
