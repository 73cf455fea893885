"""Stories (articles about one happening across outlets and days) and what is rising."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ...stories.trends import find_trends
from ..deps import DB
from ..params import Limit, Listing, Offset, Since, day
from ..schemas import ERRORS, Page
from ..story_schemas import Story, StoryDetail, Trends

router = APIRouter(tags=["stories"], responses=ERRORS)

Window = Annotated[str, Query(max_length=10, description="Hours or days, e.g. 24h or 7d.")]


@router.get("/stories", summary="Stories, the largest first", response_model=Page[Story])
async def list_stories(
    db: DB, since: Since = None, min_articles: Annotated[int, Query(ge=1, le=1000)] = 2,
    limit: Limit = 20, offset: Offset = 0,
) -> dict:
    since = day("since", since)
    page = await db.run(
        lambda store: Listing.fetch(lambda n, skip: store.stories(since, min_articles, n, skip), limit, offset)
    )
    return page.as_dict(lambda story: story.as_dict(with_members=False))


@router.get("/stories/{story_id}", summary="One story with its articles", response_model=StoryDetail)
async def get_story(db: DB, story_id: int) -> dict:
    return (await db.run(lambda store: store.story(story_id))).as_dict()


@router.get("/trends", summary="Entities and stories rising against their own baseline", response_model=Trends)
async def trends(
    db: DB, window: Window = "24h", at: Since = None, baseline: Annotated[int, Query(ge=1, le=60)] = 7,
    min_count: Annotated[int, Query(ge=1)] = 3, top: Annotated[int, Query(ge=1, le=100)] = 15,
) -> dict:
    at = day("at", at)
    return await db.run(lambda store: find_trends(store, window, at, baseline, min_count, top=top, index=False))
