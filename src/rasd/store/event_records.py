"""What the store returns about events: one report (an event in one article) and a group of reports."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(slots=True)
class EventFilters:
    """Narrowing for event listings: a PLOVER type, an actor (entity id or name), events on or after a date
    (and on or before ``until``), a mode, a least confidence. An event's day is its own date when the text
    gives one, else the article's; an event stored unscored (no confidence) passes only when no least
    confidence is asked for."""

    type: str | None = None
    actor_entity_id: int | None = None
    actor_name: str | None = None
    since: str | None = None
    until: str | None = None
    mode: str | None = None
    min_confidence: float | None = None


@dataclass(slots=True)
class EventRecord:
    """A stored event: the article that reports it, its actors with their canonical entities, the evidence."""

    id: int
    article_id: int
    origin: str
    outlet: str | None
    published: str | None
    type: str
    mode: str
    source_name: str | None
    source_entity_id: int | None
    target_name: str | None
    target_entity_id: int | None
    location_name: str | None
    location_entity_id: int | None
    date: str | None
    date_text: str | None
    trigger: str
    start: int
    end: int
    sentence: str
    source_text: str | None = None
    target_text: str | None = None
    trigger_start: int | None = None  # the trigger word's offsets in the article's text
    trigger_end: int | None = None
    confidence: float | None = None  # how likely the event is right, 0 to 1; None when stored unscored

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(slots=True)
class EventGroup:
    """Identical events (type, actors, place, date) reported by one or more articles: one event to count."""

    event: EventRecord  # the first report
    reports: int
    outlets: int
    article_ids: list[int] = field(default_factory=list)
    # The articles reporting it, as (article id, title, outlet, published), oldest first.
    reported_by: list[tuple[int, str | None, str | None, str | None]] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {**self.event.as_dict(), "reports": self.reports, "outlets": self.outlets,
                "article_ids": self.article_ids,
                "reported_by": [{"article_id": i, "title": t, "outlet": o, "published": p}
                                for i, t, o, p in self.reported_by]}
