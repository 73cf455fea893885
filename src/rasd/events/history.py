"""Whether a sentence tells background rather than news: a clause ``كان`` opens, ``سبق أن`` recalls it, a
year or a date before the article's, the story of years ago going on; and whether a time lies ahead of the
article.

``BackgroundChecks`` adds these to a sentence's context (``roles.SentenceContext``); the event
extractor drops a past act they place before the article (``extract.py``).
"""

from __future__ import annotations

import datetime
import re

from ..arabic.normalize import matching_words
from ..arabic.relative_dates import TimeExpression, resolve
from .roles import READINESS, SentenceContext, has_clause_break

PLUPERFECT = matching_words("كان كانت وكان وكانت فكان وكانوا كانوا")
# What was done before and is recalled (وسبق أن انتقدت, سبق له أن زار, وسبق وانسحبت); not the newspaper سبق of
# a dateline (سبق- الرياض:), nor "سبق" with a noun (سبق حادثة التفجير: came before it).
_RECALLED = matching_words("سبق وسبق فسبق")
_RECALLED_BY = matching_words("أن ان وأن وان له لها لهم لهما")
_IN_YEAR = re.compile(r"(?:عام|العام|سنة|سنه)\s+((?:18|19|20)\d{2})(?!\d)")  # (1898 too: named as a year)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


class BackgroundChecks(SentenceContext):
    """A sentence's context with the checks that place an act in time."""

    def _pluperfect_clause(self, position: int) -> bool:
        """Whether ``كان`` opens the clause of the trigger with only its subject between (no punctuation,
        at most twelve words): the clause tells background."""
        for index in range(position - 1, max(self.first, position - 12) - 1, -1):
            if has_clause_break(self.text[self.tokens[index].end:self.tokens[index + 1].start]):
                return False
            if self.folded[index] in PLUPERFECT:
                return not any(w in READINESS for w in self.folded[index:position])
        return False

    def _recalled(self, position: int) -> bool:
        """Whether ``سبق أن`` (or ``سبق له``, ``سبق لفلان أن``, ``سبق و``) stands in the four words before the
        trigger."""
        for index in range(max(self.first, position - 4), position):
            if self.folded[index] not in _RECALLED or \
                    self.text[self.tokens[index].end:self.tokens[index + 1].start].strip():
                continue
            after = self.folded[index + 1]
            if after in _RECALLED_BY or index + 1 == position or after[:1] == "ل" and index + 2 < position:
                return True
        return False

    def _ahead(self, time: TimeExpression) -> bool:
        if time.offset > 0 and time.kind != "date":
            return True
        if self.anchor is not None:
            value = resolve(time, self.anchor)
            return bool(value and len(value) == 10 and value > self.anchor.isoformat())
        return False

    def _is_history(self, position: int, time: TimeExpression | None, past: bool) -> bool:
        """A year before the article's (or any year when the article has no date) near the trigger, or one
        more than a year before it anywhere in the sentence; a date months before the article's (``past``:
        a month without a year is the last one before the article, في ديسمبر in an August report)."""
        window = " ".join(self.folded[max(self.first, position - 14):min(self.stop, position + 14)])
        years = [int(y) for y in _YEAR.findall(window) + _IN_YEAR.findall(window)]
        if self.anchor is not None and any(int(y) < self.anchor.year - 1 for y in _YEAR.findall(self.sentence.text)):
            return True
        if self.anchor is not None and any(int(y) < self.anchor.year for y in _IN_YEAR.findall(self.sentence.text)):
            return True  # "منذ … نهاية عام 2014": the sentence tells history
        if time is not None and time.kind == "date" and time.year:
            years.append(time.year)
        if time is not None and time.kind == "year" and time.offset < 0:
            return True  # "العام الماضي"
        if time is not None and self.anchor is not None and time.kind in ("date", "month"):
            value = resolve(time, self.anchor, past=past)
            if value and len(value) >= 7 and value[:7] < (self.anchor - datetime.timedelta(days=60)).isoformat()[:7]:
                return True  # "في مارس المنصرم" in a July article: background
            if value and len(value) == 10 and (self.anchor - datetime.date.fromisoformat(value)).days > 30:
                return True  # "في 26 يونيو الماضي" in an August article: a month gone, it is recalled, not reported
        if time is None and past and self.anchor is not None and not _YEAR.findall(self.sentence.text) and \
                any(int(y) < self.anchor.year - 1 for y in _YEAR.findall(self.told_before)):
            return True  # "في عام 1956 … . واتفقت بريطانيا وفرنسا على خطة": the story of years ago goes on
        if not years:
            return False
        return self.anchor is None or min(years) < self.anchor.year
