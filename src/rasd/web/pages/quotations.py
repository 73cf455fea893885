"""The quotations page: a table of who said what, filtered by speaker, outlet, dates and kind."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from ...errors import NotFoundError, RasdError
from ...store import Store
from ..deps import DB, Templates
from ..params import Listing, Offset, Outlet, Since, Until, quotation_filters

router = APIRouter()
PAGE_SIZE = 30


def speaker_entity(store: Store, speaker: str | None):
    """The entity a speaker filter names, to title the page with (None for a description or nothing)."""
    if not speaker:
        return None
    try:
        return store.entity_record(store.find_entity(speaker))
    except NotFoundError:
        return None


@router.get("/quotations", response_class=HTMLResponse)
async def quotations(
    request: Request, db: DB, templates: Templates,
    speaker: Annotated[str | None, Query(max_length=200)] = None,
    outlet: Outlet = None, since: Since = None, until: Until = None,
    kind: Annotated[str | None, Query(max_length=20)] = None,
    offset: Offset = 0,
) -> HTMLResponse:
    form = {"speaker": speaker or "", "outlet": outlet or "", "since": since or "", "until": until or "",
            "kind": kind or ""}
    context: dict = {"form": form, "page": None, "error": None, "entity": None, "outlets": []}
    try:
        checked = quotation_filters(speaker, outlet, since, until, kind)

        def work(store: Store) -> dict:
            page = Listing.fetch(
                lambda n, skip: store.quotations(checked.speaker, checked.articles, n, skip, kind=checked.kind),
                PAGE_SIZE, offset,
            )
            return {"page": page, "entity": speaker_entity(store, checked.speaker),
                    "outlets": store.outlets(limit=100, dates=False)}

        context |= await db.run(work)
    except RasdError as error:
        # A bad date or kind is shown on the form, where it can be corrected.
        context["error"] = str(error)
        return templates.TemplateResponse(request, "quotations.html", context, status_code=400)
    return templates.TemplateResponse(request, "quotations.html", context)
