"""The JSON API's answers kept as the bytes sent, per store generation.

A cached list was rebuilt into models and encoded to JSON on every request (about
1.25 ms of CPU, against 0.2 ms for a trivial route). The embedded store changes only by
`/sparql/update`, which bumps the engine's generation, so a `200` answer to a `GET` of
`/api/v1/…` is kept as its status, headers and body under (generation, path, query,
Accept) and sent again as it was. A remote store may change under us: nothing is kept.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send

PREFIX = "/api/v1/"
UNCACHED = ("/api/v1/health",)
MAX_BYTES = 64 * 1024 * 1024  # all answers kept
MAX_ONE = 1024 * 1024  # the largest answer kept


@dataclass(frozen=True)
class Kept:
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes


class AnswerCache:
    """ASGI middleware: send a kept answer, or keep the one the app sends."""

    def __init__(self, app: ASGIApp, max_bytes: int = MAX_BYTES) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.size = 0
        self.kept: OrderedDict[tuple[object, ...], Kept] = OrderedDict()

    def _key(self, scope: Scope) -> tuple[object, ...] | None:
        if scope["type"] != "http" or scope["method"] != "GET":
            return None
        path: str = scope["path"]
        if not path.startswith(PREFIX) or path in UNCACHED:
            return None
        engine = getattr(scope["app"].state, "engine", None)
        if engine is None or not getattr(engine, "cacheable", False):
            return None
        accept = next((v for k, v in scope["headers"] if k == b"accept"), b"")
        return (id(engine), engine.generation, path, scope["query_string"], accept)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        key = self._key(scope)
        if key is None:
            await self.app(scope, receive, send)
            return
        kept = self.kept.get(key)
        if kept is not None:
            self.kept.move_to_end(key)
            await send(
                {"type": "http.response.start", "status": kept.status, "headers": kept.headers}
            )
            await send({"type": "http.response.body", "body": kept.body})
            return
        await self.app(scope, receive, self._keeping(key, send))

    def _keeping(self, key: tuple[object, ...], send: Send) -> Send:
        start: Message = {}
        chunks: list[bytes] = []

        async def keep(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body" and start.get("status") == 200:
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    self._store(key, Kept(200, list(start.get("headers", [])), b"".join(chunks)))
            await send(message)

        return keep

    def _store(self, key: tuple[object, ...], kept: Kept) -> None:
        if len(kept.body) > MAX_ONE:
            return
        self.kept[key] = kept
        self.size += len(kept.body)
        while self.size > self.max_bytes:
            _, dropped = self.kept.popitem(last=False)
            self.size -= len(dropped.body)
