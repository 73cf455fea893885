"""Quotations: who said what, newest first, narrowed by speaker, outlet, dates and kind."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ..deps import DB
from ..params import Limit, Listing, Offset, Outlet, Since, Until, quotation_filters
from ..schemas import ERRORS, Page, Quotation

router = APIRouter(tags=["quotations"], responses=ERRORS)

Speaker = Annotated[str | None, Query(
    max_length=200,
    description="An entity's id, name or any spelling of it; or a speaker description as written (مسؤول أميركي).",
)]
Kind = Annotated[str | None, Query(description="direct (inside quote marks) or indirect (reported speech).")]


@router.get("/quotations", summary="Quotations with their speakers, newest articles first",
            response_model=Page[Quotation])
async def list_quotations(
    db: DB,
    speaker: Speaker = None,
    outlet: Outlet = None,
    since: Since = None,
    until: Until = None,
    kind: Kind = None,
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict:
    """Within an article, quotations come in the order of its text."""
    checked = quotation_filters(speaker, outlet, since, until, kind)
    page = await db.run(lambda store: Listing.fetch(
        lambda n, skip: store.quotations(checked.speaker, checked.articles, n, skip, kind=checked.kind), limit, offset
    ))
    return page.as_dict()
