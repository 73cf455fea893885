"""What every response carries (a strict Content-Security-Policy), and the access token when one is set.

With a token, a request must carry it as ``Authorization: Bearer TOKEN`` or in the cookie a
browser receives after opening any page once with ``?token=TOKEN``.
"""

from __future__ import annotations

import hmac
import logging
from urllib.parse import urlencode

from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.types import ASGIApp

# Everything comes from rasd itself; nothing inline runs, nothing is framed, nothing leaves.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}
TOKEN_COOKIE = "rasd_token"
log = logging.getLogger("rasd.web")
TOKEN_PARAMETER = "token"


class SecurityHeaders(BaseHTTPMiddleware):
    """Add the security headers to every response, errors included."""

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        try:
            response = await call_next(request)
        except Exception:
            # A bug in rasd, not the caller's fault; logged in full, answered without details.
            log.exception("error while answering %s %s", request.method, request.url.path)
            response = PlainTextResponse("internal error in rasd (see the server log)", status_code=500)
        response.headers.update(HEADERS)
        return response


class RequireToken(BaseHTTPMiddleware):
    """Refuse any request that does not carry the token (header, cookie, or ``?token=`` once)."""

    def __init__(self, app: ASGIApp, token: str) -> None:
        super().__init__(app)
        self.token = token

    def _matches(self, offered: str | None) -> bool:
        return offered is not None and hmac.compare_digest(offered.encode(), self.token.encode())

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        authorization = request.headers.get("authorization", "")
        bearer = authorization[7:].strip() if authorization.lower().startswith("bearer ") else None
        if self._matches(bearer) or self._matches(request.cookies.get(TOKEN_COOKIE)):
            return await call_next(request)
        if self._matches(request.query_params.get(TOKEN_PARAMETER)):
            if request.method == "GET" and not request.url.path.startswith("/api/"):
                # Keep the token out of the address bar and history: set the cookie, reload without it.
                rest = [(k, v) for k, v in request.query_params.multi_items() if k != TOKEN_PARAMETER]
                target = request.url.path + (f"?{urlencode(rest)}" if rest else "")
                response: Response = RedirectResponse(target, status_code=303)
            else:
                response = await call_next(request)
            response.set_cookie(TOKEN_COOKIE, self.token, httponly=True, samesite="strict", path="/")
            return response
        message = (
            "this rasd server needs its token: send 'Authorization: Bearer TOKEN', or open a page with ?token=TOKEN"
        )
        headers = {"WWW-Authenticate": "Bearer"}
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": message}, status_code=401, headers=headers)
        return PlainTextResponse(message, status_code=401, headers=headers)
