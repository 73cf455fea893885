"""The stories pages: each story with its outlets and articles, the largest first; one story in full."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from ...errors import RasdError
from ...store import Store
from ..deps import DB, Templates
from ..params import Listing, Offset, Since, day

router = APIRouter()
PAGE_SIZE = 15


@router.get("/stories", response_class=HTMLResponse)
async def stories(request: Request, db: DB, templates: Templates, since: Since = None, offset: Offset = 0) -> HTMLResponse:
    context: dict = {"form": {"since": since or ""}, "page": None, "error": None}
    try:
        checked = day("since", since)

        def work(store: Store) -> Listing:
            # Each story of the page with its articles, so the list shows who told what without another click.
            return Listing.fetch(
                lambda n, skip: [store.story(s.id) for s in store.stories(checked, 2, n, skip)], PAGE_SIZE, offset
            )

        context["page"] = await db.run(work)
    except RasdError as error:
        context["error"] = str(error)
        return templates.TemplateResponse(request, "stories.html", context, status_code=400)
    return templates.TemplateResponse(request, "stories.html", context)


@router.get("/stories/{story_id}", response_class=HTMLResponse)
async def story(request: Request, db: DB, templates: Templates, story_id: int) -> HTMLResponse:
    found = await db.run(lambda store: store.story(story_id))
    return templates.TemplateResponse(request, "story.html", {"story": found})
