"""Statements and their speakers, for the acts a participle chains onto them.

News tells an act as part of a statement: ``وقال X إن … ، مطالباً الحكومة بـ``.
The quotation finder (``rasd.quotes``) has already found each statement and who
made it; here each statement becomes the sentences it stands in, where its
reported words begin, and the event actors that stand for its speaker.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..arabic.normalize import normalize_for_matching
from .actors import ArticleActors


@dataclass(frozen=True, slots=True)
class Speaker:
    """A statement (the sentences holding its reporting verb and words) and the actors standing for its
    speaker, in text order."""

    start: int
    end: int
    words: int  # where the reported words begin, after the reporting verb and the speaker
    actors: tuple[int, ...]


def speakers(quotations: list, actors: ArticleActors) -> list[Speaker]:
    """The article's statements with the actors their speakers are: the named mention the quotation
    finder resolved the speaker to, or an actor written as the speaker is, in the statement."""
    found = []
    for quotation in quotations:
        if quotation.speaker is None:
            continue
        if quotation.speaker_mention is not None:
            matching = [i for i, a in enumerate(actors.actors) if a.mention == quotation.speaker_mention]
        else:
            written = normalize_for_matching(quotation.speaker)
            matching = [i for i, a in enumerate(actors.actors)
                        if quotation.context_start <= a.start < quotation.context_end
                        and normalize_for_matching(a.text) == written]
        found.append(Speaker(quotation.context_start, quotation.context_end, quotation.start, tuple(matching)))
    return found


def speaker_at(statements: list[Speaker], actors: ArticleActors, offset: int) -> int | None:
    """The actor who makes the statement an offset stands in (of several, the one whose reported words
    begin last before it; of its actors, the last one before the offset), or None."""
    holding = [s for s in statements if s.start <= offset < s.end and s.words <= offset and s.actors]
    if not holding:
        return None
    statement = max(holding, key=lambda s: s.words)
    before = [i for i in statement.actors if actors.actors[i].start < offset]
    return before[-1] if before else statement.actors[0]
