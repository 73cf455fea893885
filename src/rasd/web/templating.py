"""The Jinja2 environment of the pages: autoescaping always on, Arabic labels, links that keep filters."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlencode

from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from starlette.requests import Request

from .. import __version__
from .params import ENTITY_TYPES
from .views import KIND_NAMES, TYPE_NAMES, TYPE_NAMES_PLURAL

TEMPLATES = Path(__file__).parent / "templates"


def with_params(request: Request, **changes: object) -> str:
    """This page's address with some query parameters changed (None drops one), for pagers and filters."""
    params = dict(request.query_params)
    for name, value in changes.items():
        if value is None:
            params.pop(name, None)
        else:
            params[name] = str(value)
    return request.url.path + (f"?{urlencode(params)}" if params else "")


def number(value: int | float | None) -> str:
    return "" if value is None else f"{value:,}"


def make_templates() -> Jinja2Templates:
    environment = Environment(
        loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined,
        trim_blocks=True, lstrip_blocks=True,
    )
    environment.globals.update(
        ENTITY_TYPES=ENTITY_TYPES, TYPE_NAMES=TYPE_NAMES, TYPE_NAMES_PLURAL=TYPE_NAMES_PLURAL,
        with_params=with_params, version=__version__, KIND_NAMES=KIND_NAMES,
    )
    environment.filters["number"] = number
    return Jinja2Templates(env=environment)
