"""Articles and search: listings newest first, one article with its mentions, ranked full-text search."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from ...store import Store
from ..deps import DB
from ..params import EntityType, Limit, Listing, Offset, Outlet, Since, Until, article_filters
from ..schemas import ERRORS, Article, ArticleItem, Page, SearchPage

router = APIRouter(tags=["articles"], responses=ERRORS)


@router.get("/articles", summary="Articles, newest first, filtered by outlet, dates or entity",
            response_model=Page[ArticleItem])
async def list_articles(
    db: DB,
    outlet: Outlet = None,
    since: Since = None,
    until: Until = None,
    entity: Annotated[int | None, Query(ge=1, description="Only articles mentioning this entity id.")] = None,
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict:
    filters = article_filters(outlet, since, until)
    page = await db.run(
        lambda store: Listing.fetch(lambda n, skip: store.article_list(filters, entity, n, skip), limit, offset)
    )
    return page.as_dict()


def article_detail(store: Store, article_id: int, removed: bool) -> dict:
    """One article with its metadata, text, mentions and quotations (and what cleaning removed, when asked)."""
    data = store.article(article_id).as_dict()
    data["mentions"] = [mention.as_dict() for mention in store.mentions(article_id)]
    data["quotations"] = [quotation.as_dict() for quotation in store.article_quotations(article_id)]
    data["events"] = [event.as_dict() for event in store.article_events(article_id)]
    if removed:
        raw, spans = store.raw_text(article_id)
        data["removed"] = [span | {"text": raw[span["start"] : span["end"]]} for span in spans]
    return data


@router.get("/articles/{article_id}", summary="One article: metadata, clean text, entity mentions, quotations",
            response_model=Article)
async def one_article(
    db: DB,
    article_id: Annotated[int, Path(ge=1)],
    removed: Annotated[bool, Query(description="Also the lines cleaning removed, with the reason.")] = False,
) -> dict:
    return await db.run(lambda store: article_detail(store, article_id, removed))


@router.get("/search", summary="Ranked full-text search, with the same normalisation as `rasd search`",
            response_model=SearchPage)
async def search(
    db: DB,
    q: Annotated[str, Query(min_length=1, max_length=500, description='Words; "a phrase"; OR; -exclude.')],
    outlet: Outlet = None,
    since: Since = None,
    until: Until = None,
    kind: EntityType = None,
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict:
    """With ``type``, only articles where a query word is part of a name of that type."""
    filters = article_filters(outlet, since, until, kind)
    page = await db.run(lambda store: Listing.fetch(lambda n, skip: store.search(q, filters, n, skip), limit, offset))
    return page.as_dict() | {"query": q}
