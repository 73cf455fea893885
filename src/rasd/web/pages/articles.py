"""Article pages: the listing, one article (highlighted names, marked quotations, removed lines on demand),
and search."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlparse

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse

from ...errors import NotFoundError, RasdError
from ...store import Store
from ..deps import DB, Templates
from ..event_views import mark_triggers
from ..params import EntityType, Listing, Offset, Outlet, Since, Until, article_filters, blank_to_none
from ..views import Quote, article_blocks, mention_counts

router = APIRouter()
PAGE_SIZE = 20


@router.get("/articles", response_class=HTMLResponse)
async def articles(
    request: Request, db: DB, templates: Templates,
    outlet: Outlet = None, since: Since = None, until: Until = None,
    entity: Annotated[int | None, Query(ge=1)] = None, offset: Offset = 0,
) -> HTMLResponse:
    filters = article_filters(outlet, since, until)

    def work(store: Store) -> dict:
        page = Listing.fetch(lambda n, skip: store.article_list(filters, entity, n, skip), PAGE_SIZE, offset)
        named = store.entity_record(entity) if entity is not None else None
        return {"page": page, "filters": filters, "entity": named, "outlets": store.outlets(limit=100, dates=False)}

    return templates.TemplateResponse(request, "articles.html", await db.run(work))


def safe_link(url: str | None) -> str | None:
    """The original address as a link only when it is a web address (never ``javascript:`` and the like)."""
    if not url:
        return None
    parsed = urlparse(url.strip())
    return url.strip() if parsed.scheme in ("http", "https") and parsed.netloc else None


@router.get("/articles/{article_id}", response_class=HTMLResponse)
async def article(request: Request, db: DB, templates: Templates,
                  article_id: Annotated[int, Path(ge=1)]) -> HTMLResponse:
    def work(store: Store) -> dict:
        record = store.article(article_id)
        mentions = store.mentions(article_id)
        quotations = store.article_quotations(article_id)
        raw, removed = store.raw_text(article_id)
        blocks = article_blocks(record.text, mentions, store.article_offsets(article_id), raw, removed, quotations)
        events = store.article_events(article_id)
        blocks, marked_events = mark_triggers(blocks, record.text, events)
        return {
            "article": record,
            "link": safe_link(record.url),
            "blocks": blocks,
            "removed_count": sum(1 for block in blocks if block.removed),
            "names": mention_counts(mentions),
            "mention_total": len(mentions),
            "quotations": quotations,
            "marked": {piece.quotation.id for block in blocks for piece in block.pieces
                       if isinstance(piece, Quote) and piece.opens},
            "events": events,
            "marked_events": marked_events,
        }

    return templates.TemplateResponse(request, "article.html", await db.run(work))


def named_entity(store: Store, query: str):
    """The entity the query names, by its name or any spelling of it (a query of digits is no id here,
    and a query with operators names nothing)."""
    words = query.split()
    if query.isdigit() or "OR" in words or any(word.startswith("-") for word in words):
        return None
    try:
        return store.entity_record(store.find_entity(query))
    except NotFoundError:
        return None


@router.get("/search", response_class=HTMLResponse)
async def search(
    request: Request, db: DB, templates: Templates,
    q: Annotated[str | None, Query(max_length=500)] = None,
    outlet: Outlet = None, since: Since = None, until: Until = None, kind: EntityType = None,
    offset: Offset = 0,
) -> HTMLResponse:
    query = blank_to_none(q)
    context: dict = {"query": query or "", "page": None, "error": None, "named": None,
                     "form": {"outlet": outlet or "", "since": since or "", "until": until or "", "type": kind or ""}}
    try:
        filters = article_filters(outlet, since, until, kind)

        def work(store: Store) -> dict:
            found = {"outlets": store.outlets(limit=100, dates=False), "named": None}
            if query:
                found["page"] = Listing.fetch(lambda n, skip: store.search(query, filters, n, skip), PAGE_SIZE, offset)
                found["named"] = named_entity(store, query)
            return found

        context |= await db.run(work)
    except RasdError as error:
        # A bad date or query is shown on the form, where it can be corrected.
        context |= {"error": str(error), "outlets": []}
        return templates.TemplateResponse(request, "search.html", context, status_code=400)
    return templates.TemplateResponse(request, "search.html", context)
