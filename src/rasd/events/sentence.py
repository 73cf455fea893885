"""One sentence of an article as the event rules read it: its words, the actors standing in it, the word an
offset falls in, and its places and times. ``roles.SentenceContext`` adds who plays which part."""

from __future__ import annotations

import bisect
import datetime

from ..arabic.normalize import matching_words, normalize_for_matching
from ..arabic.relative_dates import TimeExpression, find_time_expressions
from ..arabic.sentences import Sentence
from ..arabic.tokens import Token
from .actors import ArticleActors

# "إلى" leads a place only after a movement verb; after قدم or دعا it leads the recipient.
_PLACE_LEADS = matching_words("في ب من عند قرب داخل نحو خلال حول")
TO, IN_AT = normalize_for_matching("إلى"), matching_words("في ب")
_TO_WHOM = normalize_for_matching("ل")
# Words of a journey, after which ل leads where it goes (زيارته لقطر, خلال جولته لدول الخليج).
_VISITS = tuple(normalize_for_matching(w) for w in "زيار جول وصول توجه عود رحل".split())


class SentenceWords:
    """One sentence's words, actors and time expressions, and where each stands in it."""

    def __init__(self, text: str, sentence: Sentence, tokens: list[Token], folded: list[str], first: int, stop: int,
                 actors: ArticleActors, anchor: datetime.date | None, ends: list[int]) -> None:
        self.text, self.sentence, self.anchor = text, sentence, anchor
        self.tokens, self.folded, self.first, self.stop = tokens, folded, first, stop
        self.ends = ends
        self.actors = actors
        self.members = [i for i, a in enumerate(actors.actors) if sentence.start <= a.start and a.end <= sentence.end]
        self._times: list[TimeExpression] | None = None

    def word_of(self, offset: int) -> int:
        """The index of the token holding (or next after) a character offset."""
        index = bisect.bisect_right(self.ends, offset, self.first, self.stop - 1)
        return max(self.first, index)

    def lead(self, actor: int) -> str:
        return self.actors.leads[actor]

    def is_place(self, actor: int) -> bool:
        """Whether an actor is a place where something happens, not a party: a place led by في, ب, من…, or by
        ل after a visit (زيارته لقطر); a country led by ل elsewhere is a recipient or an owner (مساعدات لليمن,
        الأنشطة التخريبية لإيران)."""
        if self.actors.actors[actor].type != "LOC":
            return False
        lead = self.lead(actor)
        if lead == _TO_WHOM:
            index = self.word_of(self.actors.actors[actor].start)
            return index > self.first and self.folded[index - 1].lstrip("و").startswith(_VISITS)
        return lead in _PLACE_LEADS

    def timed(self, index: int) -> bool:
        """Whether the word at ``index`` is part of a time expression."""
        return any(s <= self.tokens[index].start < e for s, e in self.time_spans())

    def time_spans(self) -> list[tuple[int, int]]:
        self.time_near(self.first)
        return [(t.start, t.end) for t in self._times or []]

    def in_time(self, first: int, stop: int) -> int:
        """How many of the words ``first`` to ``stop`` (excluded) tell a time."""
        return sum(1 for k in range(first, stop) if self.timed(k))

    def word_after(self, actor: int, past_times: bool = False) -> int:
        """The index of the first word after an actor (past a time expression too, with ``past_times``);
        ``stop`` when the sentence ends first."""
        end = self.actors.actors[actor].end
        after = self.word_of(end)
        while after < self.stop and (self.tokens[after].start < end or past_times and self.timed(after)):
            after += 1
        return after

    def place(self, position: int, destination: bool, exclude: tuple) -> int | None:
        taken = set(exclude[0] or []) | ({exclude[1]} if exclude[1] is not None else set())
        places = [i for i in self.members if self.actors.actors[i].type == "LOC" and i not in taken]
        start = self.tokens[position].start
        leads = (TO,) if destination else IN_AT
        for i in places:
            actor = self.actors.actors[i]
            if actor.start > start and self.lead(i) in leads and self.word_of(actor.start) - position <= 15:
                return i
        if destination:
            return None
        for i in reversed(places):
            actor = self.actors.actors[i]
            if actor.end <= start and self.lead(i) in leads and position - self.word_of(actor.start) <= 8:
                return i
        return None

    def time_near(self, position: int) -> TimeExpression | None:
        if self._times is None:
            base = self.sentence.start
            self._times = [
                TimeExpression(t.start + base, t.end + base, t.text, t.kind, t.offset, t.weekday, t.year, t.month,
                               t.day)
                for t in find_time_expressions(self.sentence.text)
            ]
        start, end = self.tokens[position].start, self.tokens[position].end
        best, best_distance = None, None
        for time in self._times:
            if time.start >= end:
                distance = time.start - end
                if distance > 90:
                    continue
            elif time.end <= start:
                distance = (start - time.end) * 1.5
                if distance > 90:
                    continue
            else:
                continue
            if best_distance is None or distance < best_distance:
                best, best_distance = time, distance
        return best
