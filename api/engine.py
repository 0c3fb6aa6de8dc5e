"""Where queries run: the embedded store's worker pool, or a remote SPARQL server.

Both take the same `Job`s and give the same `Answer`s, so the routes never know which
one serves them. `select()` is what the JSON API and pages use: a SELECT query in,
rows of plain strings out.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections import OrderedDict
from typing import Any, Protocol

import httpx

from shobun.api.check import Refused
from shobun.api.dataset import Dataset, dataset_for, mentions_graph, reads_default_graph
from shobun.api.errors import ApiError
from shobun.api.hide import EMPTY_GRAPH, hidden
from shobun.api.negotiate import GRAPHS, SOLUTIONS, choose
from shobun.api.pool import WorkerPool
from shobun.api.serialize import as_table
from shobun.api.settings import ApiSettings
from shobun.api.worker import Answer, Job
from shobun.core.errors import BY_NAME
from shobun.graph.endpoint import Remote, remote_for
from shobun.graph.remote import NTRIPLES, RESULTS_JSON, RemoteStore

NOTICES_TTL_S = 10.0

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

    Each query is sent with the dataset `api.dataset` chooses, spelled as protocol
    parameters: the union graph (when it is a named graph) as the default graph, the
    notices as the named graphs, so neither the engine's own graphs (Virtuoso's system
    graphs) nor the bookkeeping graph show. The server's own limits apply; the row cap
    is not enforced here.
    """

    def __init__(self, remote: Remote, timeout_s: float) -> None:
        self.remote = remote
        self.location = remote.location
        self.generation = 0
        self.timeout_s = timeout_s
        self._http = remote.async_client()
        self._notices: tuple[float, list[str]] = (0.0, [])

    async def start(self) -> None:
        return None

    async def _post(self, url: str, form: dict[str, Any], accept: str) -> httpx.Response:
        try:
            return await self._http.post(
                url, data=form, headers={"Accept": accept}, timeout=self.timeout_s
            )
        except httpx.TimeoutException:
            message = f"query stopped after {self.timeout_s:g} s (SHOBUN_SPARQL_TIMEOUT_S)"
            raise ApiError.of("query_timeout", message) from None
        except httpx.HTTPError as err:
            message = self.remote.redact(f"{self.location}: {type(err).__name__}: {err}")
            raise ApiError.of("remote_error", message) from None

    async def notice_list(self) -> list[str]:
        """The notices (from the bookkeeping graph), read again after NOTICES_TTL_S."""
        read_at, notices = self._notices
        if time.monotonic() - read_at > NOTICES_TTL_S:
            notices = await asyncio.to_thread(self._call, Job("notices", ""))
            self._notices = (time.monotonic(), notices)
        return notices

    async def dataset_form(self, job: Job) -> dict[str, list[str]]:
        """The protocol parameters that give `job` its dataset on the server."""
        notices = await self.notice_list() if mentions_graph(job.text) else []
        protocol = Dataset(job.default_graphs, job.named_graphs)
        try:
            chosen = dataset_for(job.text, protocol, lambda: notices)
        except Refused as err:
            raise ApiError.of(err.code, err.message) from None
        union = self.remote.union_graph
        if chosen is None:
            return {"default-graph-uri": [union], "named-graph-uri": [EMPTY_GRAPH]} if union else {}
        default = chosen.default
        if default is not None and notices and set(default) >= set(notices):
            default = None  # all the notices merged: the union
        if default is None and not union:
            # The protocol cannot name the default graph. A query that never reads it
            # gets an empty one; one that does gets the server's dataset as it is, its
            # GRAPH clauses rewritten (`run`). rdflib's parse is no work for the event loop.
            if await asyncio.to_thread(reads_default_graph, job.text):
                return {}
            default = ()
        graphs = [union or EMPTY_GRAPH] if default is None else list(default) or [EMPTY_GRAPH]
        # an empty part is a graph never written: some engines (Virtuoso) take a part
        # left out as "all graphs", where the protocol says "none"
        return {"default-graph-uri": graphs, "named-graph-uri": list(chosen.named) or [EMPTY_GRAPH]}

    async def run(self, job: Job, timeout: float | None = None) -> Answer:
        if job.op in ("notices", "call"):
            return Answer(200, value=await asyncio.to_thread(self._call, job))
        dataset = await self.dataset_form(job)
        # a query sent without a dataset sees the server's graphs: keep the bookkeeping out
        text = job.text if dataset or not mentions_graph(job.text) else hidden(job.text)
        form: dict[str, Any] = {"query": text, **dataset}
        if job.op == "select":
            r = await self._post(self.remote.query, form, RESULTS_JSON)
            return self._answer(r, "SELECT")
        html = choose(job.accept, list(SOLUTIONS)) == "text/html"
        if html:  # a browser: the page renders a table of rows
            accept = f"{RESULTS_JSON}, {NTRIPLES};q=0.9"
        else:
            chosen = (choose(job.accept, list(SOLUTIONS)), choose(job.accept, list(GRAPHS)))
            if not any(chosen):
                return Answer(406, code="not_acceptable", message="no result format fits Accept")
            accept = ", ".join(m for m in chosen if m)
        answer = self._answer(await self._post(self.remote.query, form, accept), "")
        return as_table(answer) if html and answer.status == 200 else answer

    def _answer(self, r: httpx.Response, kind: str) -> Answer:
        if r.status_code >= 400:
            if r.status_code == 406:
                return Answer(406, code="not_acceptable", message=r.text.strip()[:2000])
            name = "malformed_query" if r.status_code == 400 else "remote_error"
            return Answer.failed(name, r.text.strip()[:2000])
        media_type = r.headers.get("content-type", "").split(";")[0].strip()
        return Answer(200, media_type, r.content, kind=kind)

    def _call(self, job: Job) -> Any:
        from shobun.api.worker import _analytics

        with RemoteStore(self.remote) as store:
            if job.op == "notices":
                return store.notices()
            return _analytics()[job.text](store, **job.kwargs)

    async def exclusive(self, job: Job) -> Answer:
        r = await self._post(self.remote.update, {"update": job.text}, "*/*")
        self.generation += 1
        self._notices = (0.0, [])
        if r.status_code >= 400:
            name = "update_failed" if r.status_code == 400 else "remote_error"
            return Answer.failed(name, r.text.strip()[:2000])
        return Answer(204)

    async def close(self) -> None:
        await self._http.aclose()


def make_engine(settings: ApiSettings) -> Engine:
    if settings.endpoint:
        return RemoteEngine(remote_for(settings, settings.endpoint), settings.sparql_timeout_s)
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
        if answer.code in BY_NAME:
            raise ApiError.of(answer.code, answer.message)
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
