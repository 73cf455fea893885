"""The events page: events counted once across the articles that report them, filtered by type, actor,
dates and mode, each with its evidence sentence, its actors' entities and the articles (and outlets) that told it."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from ...errors import RasdError
from ...events.lexicon import PLOVER_TYPES
from ...events.model import MODES
from ...store import Store
from ..deps import DB, Templates
from ..event_filters import Actor, EventSince, EventType, EventUntil, MinConfidence, Mode, checked, resolve_actor
from ..params import Listing, Offset

router = APIRouter()
PAGE_SIZE = 20


@router.get("/events", response_class=HTMLResponse)
async def events(
    request: Request, db: DB, templates: Templates,
    kind: EventType = None, actor: Actor = None, since: EventSince = None, until: EventUntil = None,
    mode: Mode = None, min_confidence: MinConfidence = None, offset: Offset = 0,
) -> HTMLResponse:
    form = {"type": (kind or "").upper(), "actor": actor or "", "since": since or "", "until": until or "",
            "mode": (mode or "").lower(), "min_confidence": min_confidence or ""}
    context: dict = {"form": form, "types": PLOVER_TYPES, "modes": MODES, "page": None, "error": None,
                     "named": None}
    try:
        filters = checked(kind, since, until, mode, min_confidence)

        def work(store: Store) -> dict:
            narrowed = resolve_actor(store, filters, actor)
            named = store.entity_record(narrowed.actor_entity_id) if narrowed.actor_entity_id is not None else None
            page = Listing.fetch(lambda n, skip: store.event_groups(narrowed, n, skip), PAGE_SIZE, offset)
            return {"page": page, "named": named}

        context |= await db.run(work)
    except RasdError as error:
        # A bad date, type or actor is shown on the form, where it can be corrected.
        context["error"] = str(error)
        return templates.TemplateResponse(request, "events.html", context, status_code=400)
    return templates.TemplateResponse(request, "events.html", context)
