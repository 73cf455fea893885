"""The JSON API under ``/api/``: one router per resource, described by the OpenAPI document at
``/api/openapi.json``. A new stage adds its module here and to ``ROUTERS``."""

from __future__ import annotations

from fastapi import APIRouter

from . import articles, corpus, entities, events, quotations, stories

ROUTERS = (
    articles.router, entities.router, quotations.router, events.router, corpus.router, stories.router,
)

router = APIRouter(prefix="/api")
for resource in ROUTERS:
    router.include_router(resource)
