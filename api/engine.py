"""Where queries run: the embedded store's worker pool, or a remote SPARQL server.

Both take the same `Job`s and give the same `Answer`s, so the routes never know which
one serves them. `select()` is what the JSON API and pages use: a SELECT query in,
rows of plain strings out.
"""

from __future__ import annotations

import asyncio
import json
from collections import OrderedDict
from typing import Any, Protocol

import httpx

from api.errors import ApiError
from api.negotiate import GRAPHS, SOLUTIONS, choose
from api.pool import WorkerPool
from api.serialize import as_table
from api.settings import ApiSettings
from api.worker import Answer, Job
from graph.remote import NTRIPLES, RESULTS_JSON, RemoteStore, endpoints_for

Row = dict[str, str]


class Engine(Protocol):
    location: str
    generation: int

    async def start(self) -> None: ...

    async def run(self, job: Job, timeout: float | None = None) -> Answer: ...

    async def exclusive(self, job: Job) -> Answer: ...

    async def close(self) -> None: ...


class RemoteEngine:
    """Queries forwarded to a SPARQL 1.1 server (`shobun serve --endpoint URL`).

    The server's own limits apply; the row cap is not enforced here.
    """

    def __init__(self, url: str, timeout_s: float) -> None:
        self.location = url
        self.generation = 0
        self.timeout_s = timeout_s
        self.endpoints = endpoints_for(url)
        self._http = httpx.AsyncClient(timeout=timeout_s, trust_env=False)

    async def start(self) -> None:
        return None

    async def _post(self, url: str, form: dict[str, Any], accept: str) -> httpx.Response:
        try:
            return await self._http.post(url, data=form, headers={"Accept": accept})
        except httpx.TimeoutException:
            message = f"query stopped after {self.timeout_s:g} s (SHOBUN_SPARQL_TIMEOUT_S)"
            raise ApiError(503, message, "query_timeout") from None
        except httpx.HTTPError as err:
            raise ApiError(502, f"{self.location}: {err}", "bad_gateway") from None

    async def run(self, job: Job, timeout: float | None = None) -> Answer:
        if job.op in ("notices", "call"):
            return Answer(200, value=await asyncio.to_thread(self._call, job))
        if job.op == "select":
            r = await self._post(self.endpoints.query, {"query": job.text}, RESULTS_JSON)
            return self._answer(r, "SELECT")
        html = choose(job.accept, list(SOLUTIONS)) == "text/html"
        if html:  # a browser: the page renders a table of rows
            accept = f"{RESULTS_JSON}, {NTRIPLES};q=0.9"
        else:
            chosen = (choose(job.accept, list(SOLUTIONS)), choose(job.accept, list(GRAPHS)))
            if not any(chosen):
                return Answer(406, code="not_acceptable", message="no result format fits Accept")
            accept = ", ".join(m for m in chosen if m)
        form: dict[str, Any] = {"query": job.text}
        if job.default_graphs:
            form["default-graph-uri"] = list(job.default_graphs)
        if job.named_graphs:
            form["named-graph-uri"] = list(job.named_graphs)
        answer = self._answer(await self._post(self.endpoints.query, form, accept), "")
        return as_table(answer) if html and answer.status == 200 else answer

    def _answer(self, r: httpx.Response, kind: str) -> Answer:
        if r.status_code >= 400:
            code = "malformed_query" if r.status_code == 400 else "remote_error"
            status = r.status_code if r.status_code in (400, 406) else 502
            return Answer(status, code=code, message=r.text.strip()[:2000])
        media_type = r.headers.get("content-type", "").split(";")[0].strip()
        return Answer(200, media_type, r.content, kind=kind)

    def _call(self, job: Job) -> Any:
        from api.worker import _analytics

        with RemoteStore(self.location, timeout_s=self.timeout_s) as store:
            if job.op == "notices":
                return store.notices()
            return _analytics()[job.text](store, **job.kwargs)

    async def exclusive(self, job: Job) -> Answer:
        r = await self._post(self.endpoints.update, {"update": job.text}, "*/*")
        self.generation += 1
        if r.status_code >= 400:
            return Answer(400 if r.status_code == 400 else 502, message=r.text.strip()[:2000])
        return Answer(204)

    async def close(self) -> None:
        await self._http.aclose()


def make_engine(settings: ApiSettings) -> Engine:
    if settings.endpoint:
        return RemoteEngine(settings.endpoint, settings.sparql_timeout_s)
    return WorkerPool(
        settings.store,
        settings.sparql_workers,
        settings.sparql_timeout_s,
        settings.sparql_queue_s,
        settings.memory_cap_mb(),
        settings.api_workers,
        settings.sparql_queue_max,
    )


def check_answer(answer: Answer) -> Answer:
    """Turn a worker's error answer into the error response."""
    if answer.status >= 400:
        raise ApiError(answer.status, answer.message, answer.code or None)
    return answer


_ROWS: OrderedDict[tuple[int, int, str], list[Row]] = OrderedDict()
ROWS_CACHED = 512


async def select(engine: Engine, sparql: str) -> list[Row]:
    """Rows of a SELECT query as {variable: lexical value} (unbound variables left out).

    The embedded store does not change while it is served (readers hold its shared
    lock; only /sparql/update writes, and it bumps `generation`), so answers are kept
    in a small LRU; a remote server may change under us, so its answers are not."""
    key = (id(engine), engine.generation, sparql)
    if key in _ROWS:
        _ROWS.move_to_end(key)
        return _ROWS[key]
    if key in _INFLIGHT:  # the same query asked while it runs: wait for that answer
        return await asyncio.shield(_INFLIGHT[key])
    running = asyncio.get_running_loop().create_future()
    _INFLIGHT[key] = running
    try:
        rows = await _select(engine, sparql, key)
    except Exception as err:
        running.set_exception(err)
        running.exception()  # retrieved, so no warning when no one else waited
        raise
    except BaseException:
        running.cancel()
        raise
    finally:
        del _INFLIGHT[key]
    running.set_result(rows)
    return rows


_INFLIGHT: dict[tuple[int, int, str], asyncio.Future[list[Row]]] = {}


async def _select(engine: Engine, sparql: str, key: tuple[int, int, str]) -> list[Row]:
    answer = check_answer(await engine.run(Job("select", sparql)))
    data = json.loads(answer.body)
    rows = [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]
    if getattr(engine, "cacheable", False):
        _ROWS[key] = rows
        if len(_ROWS) > ROWS_CACHED:
            _ROWS.popitem(last=False)
    return rows


async def call(engine: Engine, name: str, **kwargs: Any) -> Any:
    """An analytics function of `graph.analytics`, run where the store is."""
    return check_answer(await engine.run(Job("call", name, kwargs=kwargs))).value
