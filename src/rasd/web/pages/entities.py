"""Entity pages: the list by type, and one entity with its chart of mentions and graph of neighbours."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request
from fastapi.responses import HTMLResponse

from ...store import Store
from ..charts import cooccurrence_graph, timeline_chart
from ..deps import DB, Templates
from ..params import EntityType, Listing, Offset, entity_type

router = APIRouter()
PAGE_SIZE = 50


@router.get("/entities", response_class=HTMLResponse)
async def entities(request: Request, db: DB, templates: Templates,
                   kind: EntityType = None, offset: Offset = 0) -> HTMLResponse:
    checked = entity_type(kind)
    page = await db.run(
        lambda store: Listing.fetch(lambda n, skip: store.entities(checked, n, skip), PAGE_SIZE, offset)
    )
    return templates.TemplateResponse(request, "entities.html", {"page": page, "kind": checked})


@router.get("/entities/{entity}", response_class=HTMLResponse)
async def entity(request: Request, db: DB, templates: Templates,
                 entity: Annotated[str, Path(min_length=1, max_length=200)]) -> HTMLResponse:
    def work(store: Store) -> dict:
        detail = store.entity(store.find_entity(entity), limit=30)
        record = detail.entity
        return {
            "detail": detail,
            "entity": record,
            "chart": timeline_chart(detail.timeline),
            "graph": cooccurrence_graph(record.id, record.name, record.type, detail.cooccurring),
        }

    return templates.TemplateResponse(request, "entity.html", await db.run(work))
