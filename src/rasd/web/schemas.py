"""The shapes the JSON API answers with, so the OpenAPI document describes every field.

They mirror the store's records (``store/records.py``); a new stage adds its own models here.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")


class Error(BaseModel):
    error: str = Field(description="One line saying what was wrong and, where it helps, what to do.")


ERRORS = {
    400: {"model": Error, "description": "A parameter rasd cannot use."},
    404: {"model": Error, "description": "No such record."},
    422: {"model": Error, "description": "A parameter of the wrong kind or out of bounds."},
    503: {"model": Error, "description": "The query ran past its time limit, or the store cannot be read."},
}


class Page(BaseModel, Generic[T]):
    items: list[T]
    limit: int
    offset: int
    next_offset: int | None = Field(description="Offset of the next page; null on the last one.")


class ArticleItem(BaseModel):
    id: int
    title: str | None
    outlet: str | None
    published: str | None = Field(description="YYYY-MM-DD")
    url: str | None
    origin: str = Field(description="Where the input was read: a path, path#N for a record of a JSON file, or -.")


class Mention(BaseModel):
    id: int
    article_id: int
    start: int = Field(description="Offset of the first character in the article's text.")
    end: int
    surface: str = Field(description="As written, clitics included.")
    name: str = Field(description="Without the clitics of its first word.")
    type: str = Field(description="PER, ORG, LOC or MISC.")
    entity_id: int | None
    entity_name: str | None = None
    origin: str | None = None


class RemovedLine(BaseModel):
    start: int = Field(description="Offset in the decoded raw input.")
    end: int
    reason: str
    text: str


class Quotation(BaseModel):
    id: int
    article_id: int
    start: int = Field(description="Offset of the first reported character in the article's text.")
    end: int
    kind: str = Field(description="direct (inside quote marks) or indirect (reported speech).")
    cue: str | None = Field(description="The reporting word as written (قال, وأضاف, مؤكداً); null when none.")
    speaker_name: str | None = Field(description="The speaker as the article names or describes them.")
    speaker_entity_id: int | None = Field(description="The speaker's canonical entity, when the speaker is one.")
    speaker_entity_name: str | None
    text: str = Field(description="The reported words.")
    origin: str | None = None
    outlet: str | None = None
    published: str | None = Field(None, description="YYYY-MM-DD, the article's.")
    title: str | None = Field(None, description="The article's title.")


# -- events (one report is an event as one article tells it; a group counts it once across articles) --


class EventReport(BaseModel):
    id: int
    article_id: int
    origin: str
    outlet: str | None
    published: str | None
    type: str = Field(description="A PLOVER category: AGREE, CONSULT, ..., ASSAULT.")
    mode: str = Field(description="happened, planned, conditional, negated or claimed.")
    source_name: str | None = Field(description="Who acts: the fullest name the article gives, or a description.")
    source_entity_id: int | None
    target_name: str | None = Field(description="Who is acted on (or the partner, for meetings and agreements).")
    target_entity_id: int | None
    location_name: str | None
    location_entity_id: int | None
    date: str | None = Field(description="Resolved against the article's date: YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY.")
    date_text: str | None = Field(description="The time expression as written.")
    trigger: str = Field(description="The word that names the event, as written.")
    start: int = Field(description="Offset of the evidence sentence in the article's text.")
    end: int
    sentence: str = Field(description="The evidence sentence: text[start:end].")
    source_text: str | None = None
    target_text: str | None = None
    trigger_start: int | None = Field(None, description="Offset of the trigger in the article's text.")
    trigger_end: int | None = None
    confidence: float | None = Field(
        None, description="How likely the event is right, 0 to 1; null for an event stored before events were scored.")


class EventReporter(BaseModel):
    article_id: int
    title: str | None
    outlet: str | None
    published: str | None


class EventGroup(EventReport):
    """The first report of the event, with how many reported it."""

    reports: int = Field(description="Articles reporting the same type, actors, place and date.")
    outlets: int = Field(description="Distinct outlets among them.")
    article_ids: list[int]
    reported_by: list[EventReporter]


class EntityEvents(BaseModel):
    as_source: list[EventReport] = Field(default_factory=list)
    as_target: list[EventReport] = Field(default_factory=list)


class Article(BaseModel):
    id: int
    document_id: int
    origin: str
    url: str | None
    outlet: str | None
    title: str | None
    published: str | None
    author: str | None
    language: str
    text: str
    encoding: str | None
    cleaner: str
    media_type: str
    content_hash: str
    fetched_at: str
    ingested_at: str
    mentions: list[Mention]
    quotations: list[Quotation] = Field(default_factory=list, description="In the order of the text.")
    removed: list[RemovedLine] | None = Field(None, description="Only with removed=true.")
    events: list[EventReport] = Field(default_factory=list, description="Its events, in text order.")


class SearchHit(BaseModel):
    article_id: int
    score: float = Field(description="BM25, higher is better.")
    title: str | None
    outlet: str | None
    published: str | None
    origin: str
    snippet: str
    highlights: list[tuple[int, int]] = Field(description="(start, end) of each match in the snippet.")


class SearchPage(Page[SearchHit]):
    query: str


class Entity(BaseModel):
    id: int
    name: str
    type: str
    mention_count: int
    first_seen: str | None
    last_seen: str | None
    aliases: list[tuple[str, int]] = Field(description="(name as written, mentions), most used first.")


class TimelinePoint(BaseModel):
    date: str
    mentions: int


class Neighbour(BaseModel):
    id: int
    name: str
    type: str
    articles: int = Field(description="Articles naming both entities.")


class EntityArticle(BaseModel):
    id: int
    title: str | None
    outlet: str | None
    published: str | None
    mentions: int


class Role(BaseModel):
    title: str
    first: str | None
    last: str | None
    times: int


class EntityDetail(Entity):
    timeline: list[TimelinePoint]
    cooccurring: list[Neighbour]
    articles: list[EntityArticle]
    roles: list[Role]
    quotations: list[Quotation] = Field(default_factory=list, description="What the entity said, newest first.")
    events: EntityEvents = Field(default_factory=EntityEvents,
                                 description="The latest events it is the source or the target of.")


class Outlet(BaseModel):
    id: int
    name: str
    domain: str | None
    articles: int
    first_published: str | None
    last_published: str | None


class Stats(BaseModel):
    # Stages that add counts to the store's summary show up here without a change.
    model_config = ConfigDict(extra="allow")

    documents: int
    articles: int
    mentions: int
    entities: int
    outlets: int
    failures: int
    raw_bytes: int
    published_first: str | None
    published_last: str | None
    by_outlet: dict[str, int]
    by_language: dict[str, int]
    migrations: list[str]
    quotations: int = Field(0, description="Quotations stored.")
    quotations_by_kind: dict[str, int] = Field(default_factory=dict, description="Quotations of each kind.")
