"""One name, one reading per article: repeat what the model found where it missed the same name.

News names a person in full once and then by family name (``مايك بومبيو`` …
``وبومبيو``); the model, reading one paragraph at a time, finds some of those
repetitions and misses others.  After the model, every other occurrence in the
article of a name it found (with clitics other than the article allowed on the first
word: ``جمعة`` is not ``الجمعة``, but ``حكمي`` is ``الحكمي``), and of the family name
of a person it found, becomes a mention of the same type.  A name
the model typed two ways in one article (``طالبان`` as ORG eleven times, once
as MISC) takes the type it was given most often (the first one on a tie).

A one-word name that the archive knows as an ordinary word (frequent there, and
tagged as a name in under a tenth of its occurrences: ``الجمعة``) is not repeated:
one wrong tag of it would otherwise spread through the article.  The recognizer
says which words those are (``repeatable``).  A person's family name is repeated
after the full name whatever the word (``سامر عادل القضاة`` … ``القضاة``), unless it is
a title (``الشيخ`` of ``آل الشيخ``) or a frequent word the archive knows as ordinary
(``كان`` of ``ستروس كان``; the recognizer says which: ``common``), nor read with the
article where that is such a word (``تهاني`` is not ``التهاني``, congratulations), and a
person's full name repeated where the model found only part of it completes that
part (``سلفان شالوم`` … ``سلفان`` → ``سلفان شالوم``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from ..arabic.clitics import proclitic_splits
from ..arabic.normalize import normalize_for_matching
from .titles import is_title_head, names_a_day
from .tokenizer import token_spans

# Shorter names repeat by chance (في, من are not names, but neither are two-letter words).
_MIN_LETTERS = 3


def _word_readings(word: str) -> tuple[set[str], set[str]]:
    """The folded word and every form of it without proclitics other than the article, and the forms
    without the article (``جمعة`` is not ``الجمعة``, Friday; but a family name in ي is written both ways,
    ``حكمي`` and ``الحكمي``)."""
    folded = normalize_for_matching(word)
    plain, without_article = {folded}, set()
    for clitics, stem in proclitic_splits(folded):
        (without_article if "ال" in clitics or clitics == "لل" else plain).add(stem)
    return plain, without_article


def _reads_as(readings: tuple[set[str], set[str]], word: str, kind: str) -> bool:
    plain, without_article = readings
    return word in plain or kind == "PER" and word.endswith("ي") and word in without_article


def _name_key(mention) -> tuple[str, ...]:
    return tuple(normalize_for_matching(w) for w in mention.name.split())


def one_type_per_name(mentions: list, make) -> list:
    """``mentions`` with every name typed the way the article types it most often."""
    counts: dict[tuple[str, ...], Counter[str]] = {}
    for mention in mentions:
        counts.setdefault(_name_key(mention), Counter())[mention.type] += 1
    # most_common keeps first-seen order among equal counts.
    chosen = {key: kinds.most_common(1)[0][0] for key, kinds in counts.items() if len(kinds) > 1}
    if not chosen:
        return mentions
    return [
        make(m.start, m.end, chosen[key]) if (key := _name_key(m)) in chosen and chosen[key] != m.type else m
        for m in mentions
    ]


def _completed(found: list, start: int, end: int, kind: str, words: int, taken: list[bool]) -> list:
    """The mentions a person's full name repeated at ``start:end`` completes: people's names lying wholly
    inside it and filling all that is taken there (``سلفان`` where the article names ``سلفان شالوم``), or
    none when the span holds anything else or runs into a name beside it."""
    if kind != "PER" or words < 2 or taken[start - 1:start] == [True] or taken[end:end + 1] == [True]:
        return []
    inside = [m for m in found if start <= m.start and m.end <= end]
    if not inside or any(m.type != kind for m in inside) or \
            sum(m.end - m.start for m in inside) != sum(taken[start:end]):
        return []
    return inside


def _anything(words: tuple[str, ...]) -> bool:
    return True


def _nothing(word: str) -> bool:
    return False


def propagate(text: str, mentions: list, make, repeatable: Callable[[tuple[str, ...]], bool] = _anything,
              common: Callable[[str], bool] = _nothing) -> list:
    """``mentions`` plus the repetitions the model missed; ``make(start, end, type)`` builds a mention, and
    ``repeatable(folded words)`` says whether a name the model found may be repeated (asked of it as written
    and without its clitics); a person's family name is repeated unless ``common(folded word)`` says it is a
    frequent ordinary word (``كان`` of ``ستروس كان``) or it is a title (``الشيخ`` of ``آل الشيخ``)."""
    mentions = one_type_per_name(mentions, make)
    names: dict[tuple[str, ...], str] = {}
    for mention in mentions:
        words = tuple(normalize_for_matching(w) for w in mention.name.split())
        written = tuple(normalize_for_matching(w) for w in mention.surface.split())  # (``الجمعة`` names ``جمعة``)
        if words and sum(len(w) for w in words) >= _MIN_LETTERS and repeatable(words) and repeatable(written):
            names.setdefault(words, mention.type)
        if mention.type == "PER" and len(words) > 1 and len(words[-1]) >= _MIN_LETTERS and \
                not common(words[-1]) and not is_title_head(words[-1]):
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
            if end_index > len(spans) or not _reads_as(readings[index], words[0], kind):
                continue
            if tuple(folded[index + 1 : end_index]) != words[1:]:
                continue
            if kind == "PER" and len(words) == 1 and index > 0 and names_a_day(folded[index - 1], folded[index]):
                continue  # "كل جمعة": Friday, though a جمعة is named elsewhere in the text
            if kind == "PER" and len(words) == 1 and folded[index].startswith("ال") and \
                    not words[0].startswith("ال") and common(folded[index]):
                continue  # "التهاني" (congratulations), though a family name تهاني is named elsewhere
            start, end = spans[index][0], spans[end_index - 1][1]
            if any(taken[start:end]):
                inside = _completed(mentions + added, start, end, kind, len(words), taken)
                if not inside:
                    continue
                mentions = [m for m in mentions if m not in inside]
                added = [m for m in added if m not in inside]
            added.append(make(start, end, kind))
            for i in range(start, end):
                taken[i] = True
            break
    return sorted(mentions + added, key=lambda m: m.start)
