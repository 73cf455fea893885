"""The corpus as a whole: outlets and counts."""

from __future__ import annotations

from fastapi import APIRouter

from ..deps import DB
from ..params import Limit, Listing, Offset
from ..schemas import ERRORS, Outlet, Page, Stats

router = APIRouter(tags=["corpus"], responses=ERRORS)


@router.get("/outlets", summary="Outlets with their article counts and date ranges, largest first",
            response_model=Page[Outlet])
async def list_outlets(db: DB, limit: Limit = 50, offset: Offset = 0) -> dict:
    page = await db.run(lambda store: Listing.fetch(lambda n, skip: store.outlets(n, skip), limit, offset))
    return page.as_dict()


@router.get("/stats", summary="Counts of what is stored", response_model=Stats)
async def stats(db: DB) -> dict:
    data = await db.run(lambda store: store.stats())
    data.pop("database", None)  # where the file lives is the server's business
    return data
