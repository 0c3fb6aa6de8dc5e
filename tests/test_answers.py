"""`api.answers.AnswerCache`: a 200 answer to a GET of /api/v1/… is sent again as the
bytes kept, without the application (no models, no JSON encoding, no worker), until the
store's generation changes; each case is a sequence of requests and how many of them
reached the application."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

import pytest

from shobun.api.answers import AnswerCache

# a request: (method, path, query, accept); the app answers 404 for paths ending in /gone
Request = tuple[str, str, str, str]
GET = ("GET", "/api/v1/notices", "page=2", "")

CASES: dict[str, tuple[list[Request | str], int]] = {
    "the same GET twice reaches the app once": ([GET, GET], 1),
    "another query string is another answer": ([GET, ("GET", "/api/v1/notices", "page=3", "")], 2),
    "another Accept is another answer": (
        [GET, ("GET", "/api/v1/notices", "page=2", "text/csv")],
        2,
    ),
    "an update (a new generation) makes it asked again": ([GET, "update", GET], 2),
    "a POST is never kept": ([("POST", "/api/v1/notices", "", "")] * 2, 2),
    "health is never kept": ([("GET", "/api/v1/health", "", "")] * 2, 2),
    "pages outside the JSON API are not kept": ([("GET", "/notices", "", "")] * 2, 2),
    "an error is not kept": ([("GET", "/api/v1/notices/gone", "", "")] * 2, 2),
}


def run(steps: list[Request | str], cacheable: bool = True) -> tuple[int, list[bytes]]:
    calls = 0
    engine = SimpleNamespace(generation=0, cacheable=cacheable)
    state = SimpleNamespace(engine=engine)

    async def app(scope: Any, receive: Any, send: Any) -> None:
        nonlocal calls
        calls += 1
        status = 404 if scope["path"].endswith("/gone") else 200
        await send({"type": "http.response.start", "status": status, "headers": []})
        await send({"type": "http.response.body", "body": f"answer {calls}".encode()})

    cache = AnswerCache(app)
    bodies: list[bytes] = []

    async def one(method: str, path: str, query: str, accept: str) -> None:
        headers = [(b"accept", accept.encode())] if accept else []
        scope = {"type": "http", "method": method, "path": path, "headers": headers,
                 "query_string": query.encode(), "app": SimpleNamespace(state=state)}  # fmt: skip

        async def send(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.body":
                bodies.append(message["body"])

        await cache(scope, None, send)  # type: ignore[arg-type]

    for step in steps:
        if step == "update":
            engine.generation += 1
        else:
            asyncio.run(one(*step))
    return calls, bodies


@pytest.mark.parametrize(("steps", "calls"), CASES.values(), ids=list(CASES))
def test_answer_cache(steps: list[Request | str], calls: int) -> None:
    assert run(steps)[0] == calls


def test_a_kept_answer_is_the_same_bytes() -> None:
    assert run([GET, GET])[1] == [b"answer 1", b"answer 1"]


def test_a_remote_store_keeps_nothing() -> None:
    assert run([GET, GET], cacheable=False)[0] == 2
