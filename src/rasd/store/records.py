"""What the store returns: plain records, independent of the backend."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(slots=True)
class ArticleRecord:
    """A stored article with where it came from."""

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

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(slots=True)
class MentionRecord:
    """A stored entity mention: offsets into its article's text, as written, and its name without clitics."""

    id: int
    article_id: int
    start: int
    end: int
    surface: str
    name: str
    type: str
    entity_id: int | None
    entity_name: str | None = None
    origin: str | None = None

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(slots=True)
class EntityRecord:
    """A canonical entity: one person, organisation or place, under every name it was given."""

    id: int
    name: str
    type: str
    mention_count: int
    first_seen: str | None
    last_seen: str | None
    aliases: list[tuple[str, int]] = field(default_factory=list)  # (name as written, mentions)
    wikidata_id: str | None = None  # set when the entity matched an imported knowledge-base item

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(slots=True)
class QuotationRecord:
    """A stored quotation: offsets into its article's text, the words reported, and who said them."""

    id: int
    article_id: int
    start: int
    end: int
    kind: str
    cue: str | None
    speaker_name: str | None
    speaker_entity_id: int | None
    speaker_entity_name: str | None
    text: str
    origin: str | None = None
    outlet: str | None = None
    published: str | None = None
    title: str | None = None

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(slots=True)
class EntityDetail:
    """An entity with what it is seen with: mentions per day, co-occurring entities, articles."""

    entity: EntityRecord
    timeline: list[tuple[str, int]]  # (YYYY-MM-DD, mentions)
    cooccurring: list[tuple[int, str, str, int]]  # (entity id, name, type, shared articles)
    articles: list[tuple[int, str | None, str | None, str | None, int]]  # (id, title, outlet, published, mentions)
    roles: list[tuple[str, str | None, str | None, int]] = field(default_factory=list)  # (title, first, last, times)
    offices: list[tuple[str, str | None, str | None]] = field(default_factory=list)  # knowledge base: (office, start, end)
    quotations: list[QuotationRecord] = field(default_factory=list)  # what the entity said, newest first
    events: dict[str, list] = field(default_factory=dict)  # "as_source"/"as_target" → EventRecord list

    def as_dict(self) -> dict:
        return {
            **self.entity.as_dict(),
            "timeline": [{"date": d, "mentions": n} for d, n in self.timeline],
            "cooccurring": [{"id": i, "name": n, "type": t, "articles": c} for i, n, t, c in self.cooccurring],
            "articles": [
                {"id": i, "title": t, "outlet": o, "published": p, "mentions": n} for i, t, o, p, n in self.articles
            ],
            "roles": [{"title": t, "first": f, "last": l, "times": n} for t, f, l, n in self.roles],
            "offices": [{"office": o, "start": s, "end": e} for o, s, e in self.offices],
            "quotations": [quotation.as_dict() for quotation in self.quotations],
            "events": {role: [event.as_dict() for event in found] for role, found in self.events.items()},
        }


@dataclass(slots=True)
class SearchFilters:
    """Narrowing for search and listings; dates are ISO ``YYYY-MM-DD`` strings, inclusive."""

    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    # Search only: articles where a query word is part of a name of this type (PER, ORG, LOC, MISC).
    entity_type: str | None = None


@dataclass(slots=True)
class SearchHit:
    article_id: int
    score: float
    title: str | None
    outlet: str | None
    published: str | None
    origin: str
    snippet: str
    highlights: list[tuple[int, int]] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(slots=True)
class StoredFailure:
    origin: str
    reason: str
    content_hash: str | None
    failed_at: str


@dataclass(slots=True)
class SaveResult:
    """What happened to one input: a new article, or a duplicate of a stored document."""

    document_id: int
    article_id: int | None
    duplicate: bool


@dataclass(slots=True)
class ArticleSummary:
    """An article in a listing: enough to show and link it, without its text."""

    id: int
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    origin: str

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(slots=True)
class OutletRecord:
    """An outlet with how many articles the store holds from it, and over which dates."""

    id: int
    name: str
    domain: str | None
    articles: int
    first_published: str | None
    last_published: str | None

    def as_dict(self) -> dict:
        return asdict(self)
