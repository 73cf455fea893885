"""One article as the quotation finder reads it: tokens, quoted stretches, sentences and names.

Built once per article so the finder and the speaker resolver look things up
by token index instead of scanning the text again.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import NamedTuple

from ..arabic.sentences import Sentence, sentence_at, sentences
from .cues import fold
from .marks import Quoted, quoted_stretches

_PUNCTUATION = "\"'«»“”„():،,؛;.!?؟…[]"
_TOKEN = re.compile(rf"[^\s{re.escape(_PUNCTUATION)}]+|[{re.escape(_PUNCTUATION)}]")
SENTENCE_STOPS = frozenset(".!?؟…")
# A quoted stretch this long is speech; a shorter one is a name or a term unless speech surrounds it.
MIN_QUOTE_WORDS = 3


class Token(NamedTuple):
    start: int
    end: int
    text: str
    folded: str
    word: bool


@dataclass(slots=True)
class ArticleReader:
    """Lookups over one article's text for the quotation finder."""

    text: str
    mentions: list = field(default_factory=list)  # rasd.nlp.ner.Mention
    titles: list = field(default_factory=list)  # rasd.nlp.ner.Title
    tokens: list[Token] = field(init=False)
    starts: list[int] = field(init=False)
    quotes: list[Quoted] = field(init=False)  # top-level quoted stretches
    quote_at_mark: dict[int, Quoted] = field(init=False)  # offset of an opening mark → its stretch
    quote_starts: list[int] = field(init=False)
    sentences: list[Sentence] = field(init=False)
    paragraph_ends: list[int] = field(init=False)
    mention_starts: list[int] = field(init=False)
    original: list[int] = field(init=False)

    def __post_init__(self) -> None:
        self.tokens = [
            Token(m.start(), m.end(), m.group(), fold(m.group()), m.group() not in _PUNCTUATION)
            for m in _TOKEN.finditer(self.text)
        ]
        self.starts = [token.start for token in self.tokens]
        self.quotes, self.paragraph_ends = [], []
        position = 0
        for paragraph in self.text.split("\n"):
            end = position + len(paragraph)
            self.quotes.extend(q for q in quoted_stretches(self.text, position, end) if q.depth == 0)
            self.paragraph_ends.append(end)
            position = end + 1
        self.quote_at_mark = {q.start - 1: q for q in self.quotes}
        self.quote_starts = [q.start for q in self.quotes]
        self.sentences = sentences(self.text)
        # Sorted by start for look-ups; ``original`` maps back to the article's own mention indices.
        self.original = sorted(range(len(self.mentions)), key=lambda i: self.mentions[i].start)
        self.mentions = [self.mentions[i] for i in self.original]
        self.mention_starts = [m.start for m in self.mentions]

    # -- positions ------------------------------------------------------------------------------

    def token_at(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect.bisect_left(self.starts, offset)

    def paragraph_end(self, offset: int) -> int:
        return self.paragraph_ends[bisect.bisect_left(self.paragraph_ends, offset)]

    def sentence(self, offset: int) -> Sentence | None:
        return sentence_at(self.sentences, offset)

    def sentence_start(self, offset: int) -> int:
        found = self.sentence(offset)
        return found.start if found else offset

    def sentence_end(self, offset: int) -> int:
        """Where the sentence holding ``offset`` ends, before its closing punctuation."""
        found = self.sentence(offset)
        return found.end if found else self.paragraph_end(offset)

    def enclosing_quote(self, offset: int) -> Quoted | None:
        """The top-level quoted stretch holding ``offset``, if any."""
        index = bisect.bisect_right(self.quote_starts, offset) - 1
        if index >= 0 and self.quotes[index].start <= offset < self.quotes[index].end:
            return self.quotes[index]
        return None

    def word_count(self, start: int, end: int) -> int:
        return sum(1 for token in self.tokens[self.token_at(start):self.token_at(end)] if token.word)

    def is_speech_length(self, quoted: Quoted) -> bool:
        return self.word_count(quoted.start, quoted.end) >= MIN_QUOTE_WORDS

    # -- names ----------------------------------------------------------------------------------

    def mentions_between(self, start: int, end: int) -> list[int]:
        """Indices (into the sorted mentions) of the mentions that start inside ``[start, end)``."""
        low = bisect.bisect_left(self.mention_starts, start)
        high = bisect.bisect_left(self.mention_starts, end)
        return list(range(low, high))

    def mention_covering(self, offset: int) -> int | None:
        index = bisect.bisect_right(self.mention_starts, offset) - 1
        if index >= 0 and self.mentions[index].start <= offset < self.mentions[index].end:
            return index
        return None
