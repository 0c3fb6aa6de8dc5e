"""The JSON API's lists as users vary them, for `benchmarks/serve.py`.

`samples(store_dir)` draws what users filter on from the store itself (authorities,
addressees, action types, years, notice ids, organization keys); `varied_paths` turns
them into requests (filtered notice and action lists, pages, single notices and
organizations): 4 000 draws over about 1 600 distinct paths, so each path's first
request misses every cache; `report` also asks every distinct path of 60 000 draws once.
`in_process` times each kind of list through the service functions on the store in
this process (no HTTP), every call a filter or page not asked before. Goal: ≤ 20 ms.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
import statistics
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from shobun.api.vocab import SPARQL_PREFIXES


@dataclass(frozen=True)
class Samples:
    authorities: list[str]
    addressees: list[str]
    types: list[str]
    years: list[str]
    notice_ids: list[str]
    org_keys: list[str]


def _column(store: Any, query: str) -> list[str]:
    return sorted({str(row["v"]) for row in store.select(SPARQL_PREFIXES + query)})


def samples(store_dir: Path, base: str) -> Samples:
    from shobun.api.vocab import Keys
    from shobun.graph.store import EmbeddedStore

    keys = Keys(base)
    with EmbeddedStore(store_dir, read_only=True) as store:
        auth = _column(store, "SELECT ?v { [] sbo:issuedBy ?o . ?o rdfs:label ?v }")
        ads = _column(store, "SELECT ?v { [] sbo:addressee ?o . ?o rdfs:label ?v }")
        types = _column(
            store,
            "SELECT ?v { [] sbo:announcedIn [] ; a ?t "
            "FILTER (STRSTARTS(STR(?t), STR(sbo:))) BIND (STRAFTER(STR(?t), '#') AS ?v) }",
        )
        years = _column(
            store, "SELECT ?v { [] dcterms:issued ?d BIND (SUBSTR(STR(?d), 1, 4) AS ?v) }"
        )
        notices = [quote(keys.notice(n), safe="") for n in store.notices()]
        orgs = _column(store, "SELECT ?v { [] sbo:addressee ?v }")
    return Samples(auth, ads, types, years, notices, [quote(keys.org(o), safe="") for o in orgs])


def _list(path: str, **params: Any) -> str:
    return f"{path}?{urlencode(params)}" if params else path


def varied_paths(s: Samples, count: int = 4000, seed: int = 7) -> list[str]:
    """`count` requests as users send them, distinct where the store allows."""
    rng = random.Random(seed)
    pick = rng.choice
    n, a = "/api/v1/notices", "/api/v1/actions"
    makers = [
        lambda: _list(n, page=rng.randint(1, 60)),
        lambda: _list(n, authority=pick(s.authorities), page=rng.randint(1, 8)),
        lambda: _list(n, action_type=pick(s.types), page=rng.randint(1, 8)),
        lambda: _list(n, issued_from=f"{pick(s.years)}-{rng.randint(1, 12):02d}-01"),
        lambda: _list(n, addressee=pick(s.addressees)),
        lambda: _list(
            n,
            authority=pick(s.authorities),
            action_type=pick(s.types),
            issued_from=f"{pick(s.years)}-01-01",
        ),
        lambda: f"{n}/{pick(s.notice_ids)}",
        lambda: f"/api/v1/organizations/{pick(s.org_keys)}?limit=20",
        lambda: _list(a, type=pick(s.types), page=rng.randint(1, 8)),
        lambda: _list(a, addressee=pick(s.addressees)),
        lambda: _list(a, date_from=f"{pick(s.years)}-01-01", page=rng.randint(1, 5)),
    ]
    return [pick(makers)() for _ in range(count)]


class LocalEngine:
    """The JSON API's engine over a store opened in this process (no worker, no HTTP)."""

    generation = 0
    cacheable = True

    def __init__(self, store: Any) -> None:
        from shobun.api.worker import Handler

        self.handler = Handler(store)
        self.location = store.location

    async def start(self) -> None:
        return None

    async def run(self, job: Any, timeout: float | None = None) -> Any:
        return self.handler.handle(job)

    async def exclusive(self, job: Any) -> Any:
        raise NotImplementedError

    async def close(self) -> None:
        return None


def _calls(s: Samples, rng: random.Random) -> dict[str, list[tuple[str, dict[str, Any]]]]:
    """Per kind of list, distinct (list, filters) calls."""
    pick = rng.choice
    years = [f"{y}-{m:02d}-01" for y in s.years for m in (1, 4, 7, 10)]
    return {
        "notices, page k": [("n", {"page": p}) for p in rng.sample(range(1, 400), 8)],
        "notices, authority": [("n", {"authority": v}) for v in s.authorities[:8]],
        "notices, action type": [("n", {"action_type": v}) for v in s.types[:8]],
        "notices, issued from": [("n", {"issued_from": v}) for v in rng.sample(years, 8)],
        "notices, addressee": [("n", {"addressee": v}) for v in rng.sample(s.addressees, 8)],
        "notices, three filters": [
            ("n", {"authority": pick(s.authorities), "action_type": t, "issued_from": pick(years)})
            for t in s.types[:8]
        ],
        "actions, type": [("a", {"type": v}) for v in s.types[:8]],
        "actions, addressee": [("a", {"addressee": v}) for v in rng.sample(s.addressees, 8)],
        "actions, date from": [("a", {"date_from": v}) for v in rng.sample(years, 8)],
    }


async def _one(engine: LocalEngine, which: str, params: dict[str, Any]) -> float:
    import datetime as dt

    from starlette.datastructures import URL

    from shobun.api import queries
    from shobun.api.services.actions import list_actions
    from shobun.api.services.notices import list_notices
    from shobun.api.vocab import Keys

    keys, page = Keys("https://example.org/"), params.pop("page", 1)
    for k in ("issued_from", "date_from"):
        if k in params:
            params[k] = dt.date.fromisoformat(params[k])
    started, cpu = time.perf_counter(), time.process_time()
    if which == "n":
        await list_notices(
            engine, keys, queries.NoticeFilter(**params), "-issued", (page, 20, URL("/"))
        )
    else:
        g = queries.ActionFilter(
            action_type=params.get("type"),
            addressee=params.get("addressee"),
            date_from=params.get("date_from"),
        )
        await list_actions(engine, keys, g, "-date", (page, 20, URL("/")))
    return (time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000


async def _timings(engine: LocalEngine, s: Samples) -> tuple[float, list[list[Any]]]:
    first, _ = await _one(engine, "n", {"page": 1})  # the first list of a store state
    rows = []
    for kind, calls in _calls(s, random.Random(11)).items():
        measured = [await _one(engine, which, dict(params)) for which, params in calls]
        times, cpus = [w for w, _ in measured], [c for _, c in measured]
        worst = max(times)
        rows.append([kind, len(times), f"{statistics.median(times):.1f}", f"{worst:.1f}"])
        rows[-1] += [f"{max(cpus):.1f}", f"{worst / 20:.2f}", "yes" if worst <= 20 else "no"]
    return first, rows


def in_process(store_dir: Path, s: Samples) -> tuple[list[str], list[list[Any]]]:
    """Each kind of list timed in this process; → (columns, rows)."""
    from shobun.graph.store import EmbeddedStore

    with EmbeddedStore(store_dir, read_only=True) as store:
        first, rows = asyncio.run(_timings(LocalEngine(store), s))
    rows.insert(0, ["first list of a store state", 1, f"{first:.1f}", f"{first:.1f}", "", "", ""])
    cols = ["list", "calls", "median ms", "max ms", "max CPU ms", "max ÷ 20 ms", "≤ 20 ms"]
    return cols, rows


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of process `pid` and its children it waited for (the
    server: its query workers are counted as they run, through their own pids)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return sum(int(x) for x in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def family_cpu(pid: int) -> float:
    """CPU seconds of `pid` and every living process below it (the query workers)."""
    from ingest import descendants

    total = 0.0
    for p in [pid, *descendants(pid)]:
        with contextlib.suppress(OSError):
            total += cpu_seconds(p)
    return total


@dataclass(frozen=True)
class Run:
    """One load run on a fresh server: what the generator measured, the server's CPU
    seconds (its workers included) and the load average when it began."""

    mix: str
    paths: int
    got: dict[str, Any]
    server_cpu: float
    load_before: tuple[float, float, float]


def report(store_dir: Path, workers: int, clients: int, duration: float) -> str:
    """The lists' tables: in-process, then two mixes under load, each on a fresh server:
    the varied mix (random draws, so a path may repeat and be answered from what the
    server kept; the goal's measure) and every path asked once (each answer computed)."""
    from serve import table

    from shobun.core.settings import Settings

    drawn = samples(store_dir, Settings().base_iri)
    text = table(f"JSON API lists in-process, {store_dir}", *in_process(store_dir, drawn))
    varied = varied_paths(drawn)
    once = list(dict.fromkeys(varied_paths(drawn, 60_000)))
    runs = [
        loaded(store_dir, workers, clients, duration, "varied mix, random draws", varied),
        loaded(store_dir, workers, clients, duration, "each path asked once", once),
    ]
    return "\n" + text + under_load(runs, clients, duration)


def loaded(
    store_dir: Path, workers: int, clients: int, duration: float, mix: str, paths: list[str]
) -> Run:
    from serve import run_load, start_shobun, stop

    proc, url = start_shobun(store_dir, workers)
    try:
        import httpx

        # ready: the first list waits for the index the server reads as it starts
        httpx.get(f"{url}/api/v1/notices", timeout=600, trust_env=False).raise_for_status()
        before, load_before = family_cpu(proc.pid), os.getloadavg()
        got = run_load(url, clients, duration, paths, once=mix.startswith("each"))
        server_cpu = family_cpu(proc.pid) - before
    finally:
        stop(proc)
    return Run(mix, len(set(paths)), got, server_cpu, load_before)


def under_load(runs: list[Run], clients: int, duration: float) -> str:
    from serve import table

    cols = ["mix", "clients", "distinct paths", "requests", "first asked", "req/s", "÷ 200"]
    cols += ["p50 ms", "p95 ms", "p99 ms", "÷ 200 ms", "errors", "goals met"]
    rows, cpu_rows, kind_rows = [], [], []
    for r in runs:
        g = r.got
        met = g["per_s"] >= 200 and g["p99_ms"] <= 200 and not g["errors"]
        rows.append([r.mix, clients, r.paths, g["requests"], g["first_requests"], g["per_s"]])
        rows[-1] += [f"{g['per_s'] / 200:.2f}", g["p50_ms"], g["p95_ms"], g["p99_ms"]]
        rows[-1] += [f"{g['p99_ms'] / 200:.2f}", g["errors"], "yes" if met else "no"]
        loads = " / ".join(f"{x:.1f}" for x in r.load_before)
        wall = g["requests"] / g["per_s"] if g["per_s"] else duration
        cpu_rows.append(
            [r.mix, loads, os.cpu_count(), f"{r.server_cpu:.1f} ({r.server_cpu / wall:.2f})"]
        )
        cpu_rows[-1] += [f"{g['generator_cpu_s']} ({g['generator_cpu_share']})"]
        cpu_rows[-1] += [g["generator_cpu_us_per_request"]]
        kind_rows += [[r.mix, k, v] for k, v in sorted(g["p99_by_kind"].items())]
    text = table("JSON API under load (32 clients, a fresh server per mix)", cols, rows)
    cpu_cols = ["mix", "load average before (1 / 5 / 15 min)", "cores", "server CPU s (÷ wall)"]
    cpu_cols += ["load generator CPU s (÷ wall)", "generator µs per request"]
    text += table("the machine during those runs", cpu_cols, cpu_rows)
    return text + table("p99 by kind of request", ["mix", "kind", "p99 ms"], kind_rows)
