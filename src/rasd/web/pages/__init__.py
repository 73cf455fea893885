"""The Arabic pages, rendered on the server: one module per resource. A new stage adds its
module here and to ``ROUTERS``, its templates under ``templates/``."""

from __future__ import annotations

from fastapi import APIRouter

from . import articles, entities, events, home, quotations, stories

ROUTERS = (home.router, articles.router, entities.router, quotations.router, events.router, stories.router)

router = APIRouter(include_in_schema=False)
for resource in ROUTERS:
    router.include_router(resource)
