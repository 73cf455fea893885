"""The home page: the latest articles, the names most mentioned in the last days, the latest quotations,
the outlets."""

from __future__ import annotations

from datetime import date, timedelta

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from ...store import Store
from ...stories.trends import find_trends
from ..deps import DB, Templates

router = APIRouter()

# "The last days" end at the newest article stored, so an archive shows its own last week.
RECENT_DAYS = 7
LATEST_QUOTATIONS = 6
# What is rising: the last day against the week before it.
TREND_WINDOW, TREND_TOP = "24h", 5


def overview(store: Store) -> dict:
    latest = store.latest_published()
    since = (date.fromisoformat(latest) - timedelta(days=RECENT_DAYS - 1)).isoformat() if latest else None
    outlets = store.outlets(limit=30, dates=False)
    return {
        "articles": store.article_list(limit=12),
        "top": store.top_entities(since, latest, limit=20) if since else [],
        "since": since,
        "latest": latest,
        "outlets": outlets,
        "quotations": store.quotations(limit=LATEST_QUOTATIONS),
        "trends": find_trends(store, TREND_WINDOW, top=TREND_TOP, index=False),
    }


@router.get("/", response_class=HTMLResponse)
async def home(request: Request, db: DB, templates: Templates) -> HTMLResponse:
    return templates.TemplateResponse(request, "home.html", await db.run(overview))
