"""Two small ASGI middlewares: security headers on every response, and `OPTIONS`.

`SecurityHeaders` adds a Content-Security-Policy that lets pages load only this
server's own scripts, styles, images and fonts (plus `data:` images, which Swagger UI
draws its icons with), forbids framing (`frame-ancestors 'none'`, `X-Frame-Options`),
turns off MIME sniffing and keeps the referrer to this origin.

`Options` answers `OPTIONS` on any path a route serves with 204 and an `Allow` header
listing the methods that path answers; a CORS preflight (`Origin` and
`Access-Control-Request-Method`) is left to the CORS middleware outside it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from starlette.routing import Mount, compile_path
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = (
    "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'"
)
HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
)


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [h for h in HEADERS if h[0] not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


Table = tuple[tuple[re.Pattern[str], frozenset[str]], ...]


def route_table(routes: list[Any], prefix: str = "") -> Table:
    """(path pattern, methods) for every route, looking into included routers; a mount
    (static files) answers GET and HEAD under its path."""
    table: list[tuple[re.Pattern[str], frozenset[str]]] = []
    for route in routes:
        inner = getattr(route, "original_router", None)
        if inner is not None:
            context = getattr(route, "include_context", None)
            table += route_table(inner.routes, prefix + getattr(context, "prefix", ""))
        elif isinstance(route, Mount):
            pattern = re.compile(re.escape(prefix + route.path) + "(/.*)?$")
            table.append((pattern, frozenset({"GET", "HEAD"})))
        elif hasattr(route, "path") and getattr(route, "methods", None):
            regex, _, _ = compile_path(prefix + route.path)
            table.append((regex, frozenset(route.methods)))
    return tuple(table)


def allowed_methods(table: Table, path: str) -> set[str]:
    """The methods the routes answer on `path` (empty: no route has it)."""
    return {m for pattern, methods in table if pattern.match(path) for m in methods}


class Options:
    def __init__(self, app: ASGIApp, routes: Callable[[], list[Any]]) -> None:
        self.app = app
        self.routes = routes
        self.table: Table | None = None  # built at the first OPTIONS, when routes are in

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "OPTIONS" or _preflight(scope):
            await self.app(scope, receive, send)
            return
        if self.table is None:
            self.table = route_table(self.routes())
        methods = allowed_methods(self.table, scope["path"])
        if not methods:
            await self.app(scope, receive, send)
            return
        allow = ", ".join(sorted(methods | {"OPTIONS"}))
        headers = [(b"allow", allow.encode()), (b"content-length", b"0")]
        await send({"type": "http.response.start", "status": 204, "headers": headers})
        await send({"type": "http.response.body", "body": b""})


def _preflight(scope: Scope) -> bool:
    names = {k.lower() for k, _ in scope.get("headers", [])}
    return b"origin" in names and b"access-control-request-method" in names
