"""Errors as answers: a clear message and a 4xx status for anything the caller can fix, JSON under
``/api/`` and a page elsewhere. Nothing a caller sends should end in a 500."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.responses import JSONResponse, Response

from ..errors import NotFoundError, QueryTimeoutError, RasdError, StoreError

# Most specific first.
_STATUS = ((NotFoundError, 404), (QueryTimeoutError, 503), (StoreError, 503), (RasdError, 400))


def error_response(request: Request, status: int, message: str) -> Response:
    if request.url.path.startswith("/api/") or request.url.path == "/api":
        return JSONResponse({"error": message}, status_code=status)
    templates = request.app.state.templates
    return templates.TemplateResponse(request, "error.html", {"status": status, "message": message},
                                      status_code=status)


def describe_validation(error: RequestValidationError) -> str:
    """Pydantic's complaints as one line: ``limit: Input should be less than or equal to 100 (got '500')``."""
    parts = []
    for problem in error.errors():
        where = ".".join(str(part) for part in problem.get("loc", ()) if part not in ("query", "path", "body"))
        got = f" (got {problem['input']!r})" if "input" in problem and problem["input"] is not None else ""
        parts.append(f"{where or 'request'}: {problem.get('msg', 'invalid')}{got}")
    return "; ".join(parts)


def install(app: FastAPI) -> None:
    @app.exception_handler(RasdError)
    async def rasd_error(request: Request, error: RasdError) -> Response:
        status = next(code for kind, code in _STATUS if isinstance(error, kind))
        return error_response(request, status, str(error))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError) -> Response:
        return error_response(request, 422, describe_validation(error))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, error: HTTPException) -> Response:
        message = "no such page" if error.status_code == 404 else str(error.detail)
        return error_response(request, error.status_code, message)
