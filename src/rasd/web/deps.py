"""What route functions receive from the app: the database pool and the templates."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.templating import Jinja2Templates

from .database import Database


def database(request: Request) -> Database:
    return request.app.state.db


def templates(request: Request) -> Jinja2Templates:
    return request.app.state.templates


DB = Annotated[Database, Depends(database)]
Templates = Annotated[Jinja2Templates, Depends(templates)]
