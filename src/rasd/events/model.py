"""What the event stage produces: events with their actors, place, date, mode and evidence."""

from __future__ import annotations

from dataclasses import asdict, dataclass

MODES = ("happened", "planned", "conditional", "negated", "claimed")


@dataclass(frozen=True, slots=True)
class EventActor:
    """Who acts or is acted on, as written, with the named mention it stands on when there is one.

    ``text`` is the phrase as written (a title and name, a coordination ``روسيا والصين وإيران``, a group
    ``الدول العشر``); ``name`` is the fullest name the article gives the named mention (``مايك بومبيو``
    for a sentence that says ``بومبيو``), or the text itself for groups; ``mention`` indexes
    ``article.mentions`` so the store can link the canonical entity.
    """

    text: str
    name: str
    start: int
    end: int
    # "name", "title" (a title standing for a person), "group", "pronoun", "described" (a target only, unless named)
    kind: str
    mention: int | None = None
    type: str | None = None  # PER, ORG, LOC, MISC for named actors

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(slots=True)
class Event:
    """One event in one article; offsets index the article's text."""

    type: str  # a PLOVER category
    mode: str  # one of MODES
    trigger: str
    trigger_start: int
    trigger_end: int
    start: int  # the evidence sentence
    end: int
    source: EventActor | None = None
    target: EventActor | None = None
    location: EventActor | None = None
    date: str | None = None  # ISO, at the precision the text gives (day, week, month, year)
    date_text: str | None = None  # the time expression as written
    confidence: float | None = None  # how likely the event is right (rasd.events.confidence), 0 to 1

    def as_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Event:
        values = dict(data)
        for key in ("source", "target", "location"):
            if values.get(key) is not None:
                values[key] = EventActor(**values[key])
        return cls(**values)
