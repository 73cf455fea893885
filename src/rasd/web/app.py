"""The web app: the JSON API under ``/api/`` and the Arabic pages, served by one ASGI process.

Everything a page needs is served from this package; the API's OpenAPI document is at
``/api/openapi.json`` (the interactive docs FastAPI offers load scripts from a CDN, so they are off).
"""

from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from .. import __version__
from . import api, errors, pages
from .database import DEFAULT_QUERY_SECONDS, Database
from .security import RequireToken, SecurityHeaders
from .templating import make_templates

STATIC = Path(__file__).parent / "static"


def create_app(db: str, token: str | None = None, query_seconds: float | None = DEFAULT_QUERY_SECONDS) -> FastAPI:
    """The app over the store at ``db``; with ``token``, every request must carry it."""
    database = Database(str(db), query_seconds)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        database.close()

    app = FastAPI(
        title="rasd",
        version=__version__,
        description="Arabic news, its entities and their mentions: the record rasd keeps, as JSON.",
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
        lifespan=lifespan,
    )
    app.state.db = database
    app.state.templates = make_templates()
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    errors.install(app)
    if token:
        app.add_middleware(RequireToken, token=token)
    # Added last, so it is outermost: refusals and errors carry the headers too.
    app.add_middleware(SecurityHeaders)
    return app
