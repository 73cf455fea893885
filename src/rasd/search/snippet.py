"""Snippets: the stretch of an article that best shows why it matched, with the matches marked."""

from __future__ import annotations

from dataclasses import dataclass

from ..arabic.tokens import tokenize
from .terms import word_keys

SNIPPET_WORDS = 30
# Words shown before the first match, so it is read in context.
_LEAD_WORDS = 3
# How much of a text without any word (only digits' punctuation, symbols) a snippet shows.
_WORDLESS_CHARS = 200
ELLIPSIS = "…"


@dataclass(frozen=True, slots=True)
class Snippet:
    """``text`` with ``highlights`` as (start, end) offsets into it."""

    text: str
    highlights: tuple[tuple[int, int], ...]

    def marked(self, before: str = "[", after: str = "]") -> str:
        """The snippet with each highlight wrapped in markers."""
        pieces, cursor = [], 0
        for start, end in self.highlights:
            pieces += [self.text[cursor:start], before, self.text[start:end], after]
            cursor = end
        pieces.append(self.text[cursor:])
        return "".join(pieces)


def matching_spans(text: str, keys: set[str]) -> list[tuple[int, int]]:
    """Offsets of every word in ``text`` that a query key finds (same rules as the index)."""
    return [(t.start, t.end) for t in tokenize(text) if keys.intersection(word_keys(t.text))]


def make_snippet(text: str, keys: set[str], size: int = SNIPPET_WORDS) -> Snippet:
    """The window of ``size`` words holding the most distinct matched keys, original spelling kept."""
    tokens = tokenize(text)
    if not tokens:
        body = " ".join(text[:_WORDLESS_CHARS].split())
        return Snippet(body + (ELLIPSIS if len(text) > _WORDLESS_CHARS else ""), ())
    matched = [keys.intersection(word_keys(t.text)) for t in tokens]
    positions = [i for i, found in enumerate(matched) if found]
    first = 0
    if positions:
        # Candidate windows open a few words before a match, or close on one; each is scored as shown,
        # and among equals a window that opens just before its first match reads best.
        leading = {max(0, position - min(_LEAD_WORDS, size - 1)) for position in positions}
        closing = {max(0, position - size + 1) for position in positions}

        def coverage(start: int) -> tuple[int, int, bool, int]:
            window = matched[start : start + size]
            return len(set().union(*window)), sum(1 for found in window if found), start in leading, -start

        first = max(leading | closing, key=coverage)
    window = tokens[first : first + size]
    # A window that reaches either end of the text keeps the punctuation there, uncut.
    begin = 0 if first == 0 else window[0].start
    end = len(text) if first + size >= len(tokens) else window[-1].end
    prefix = ELLIPSIS if begin > 0 else ""
    suffix = ELLIPSIS if end < len(text) else ""
    body = " ".join(text[begin:end].split())
    highlights = tuple((start + len(prefix), stop + len(prefix)) for start, stop in matching_spans(body, keys))
    return Snippet(prefix + body + suffix, highlights)
