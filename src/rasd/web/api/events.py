"""Events: counted once across the articles that report them (with how many outlets did), or report by report."""

from __future__ import annotations

from fastapi import APIRouter

from ...store import Store
from ..deps import DB
from ..event_filters import Actor, EventSince, EventType, EventUntil, MinConfidence, Mode, checked, resolve_actor
from ..params import Limit, Listing, Offset
from ..schemas import ERRORS, EventGroup, EventReport, Page

router = APIRouter(tags=["events"], responses=ERRORS)


@router.get("/events", summary="Events, each counted once however many articles report it, most reported first",
            response_model=Page[EventGroup])
async def list_events(
    db: DB,
    kind: EventType = None,
    actor: Actor = None,
    since: EventSince = None,
    until: EventUntil = None,
    mode: Mode = None,
    min_confidence: MinConfidence = None,
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict:
    """Reports with the same type, actors (either order for meetings, agreements and cooperation), place and
    date are one event; ``reports`` and ``outlets`` say how many articles and outlets told it."""
    return await _page(db, "event_groups", kind, actor, since, until, mode, min_confidence, limit, offset)


@router.get("/events/reports", summary="Single reports of events, newest first, each with its evidence sentence",
            response_model=Page[EventReport])
async def list_event_reports(
    db: DB,
    kind: EventType = None,
    actor: Actor = None,
    since: EventSince = None,
    until: EventUntil = None,
    mode: Mode = None,
    min_confidence: MinConfidence = None,
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict:
    """One item per event per article (as ``rasd export events`` writes them), with offsets into the article."""
    return await _page(db, "event_reports", kind, actor, since, until, mode, min_confidence, limit, offset)


async def _page(db, listing: str, kind, actor, since, until, mode, min_confidence, limit: int, offset: int) -> dict:
    """One page of the store's ``listing`` (``event_groups`` or ``event_reports``) under the checked filters."""
    filters = checked(kind, since, until, mode, min_confidence)

    def work(store: Store) -> Listing:
        narrowed = resolve_actor(store, filters, actor)
        fetch = getattr(store, listing)
        return Listing.fetch(lambda n, skip: fetch(narrowed, n, skip), limit, offset)

    return (await db.run(work)).as_dict()
