"""Entities: the list by mentions, and one entity with aliases, roles, timeline and neighbours."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from ..deps import DB
from ..params import EntityType, Limit, Listing, Offset, entity_type
from ..schemas import ERRORS, Entity, EntityDetail, Page

router = APIRouter(tags=["entities"], responses=ERRORS)


@router.get("/entities", summary="Canonical entities, most mentioned first", response_model=Page[Entity])
async def list_entities(db: DB, kind: EntityType = None, limit: Limit = 20, offset: Offset = 0) -> dict:
    checked = entity_type(kind)
    page = await db.run(lambda store: Listing.fetch(lambda n, skip: store.entities(checked, n, skip), limit, offset))
    return page.as_dict()


@router.get("/entities/{entity}", summary="One entity by id, name or any alias", response_model=EntityDetail)
async def one_entity(
    db: DB,
    entity: Annotated[str, Path(min_length=1, max_length=200, description="An id, a name or an alias.")],
    limit: Annotated[int, Query(ge=1, le=100, description="How many neighbours, articles, roles and quotations.")] = 20,
) -> dict:
    """Aliases, roles over time, mentions per day, co-occurring entities, the latest articles, and the latest
    quotations the entity is the speaker of (all of them: ``/api/quotations?speaker=ID``)."""
    return await db.run(lambda store: store.entity(store.find_entity(entity), limit=limit).as_dict())
