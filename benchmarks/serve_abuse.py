"""The abuse scenario of `benchmarks/serve.py --abuse`: a JSON API call and a cheap
SPARQL query, idle and while two runaway queries hold the server's SPARQL workers.

Each measurement is the median of `repeat` calls (distinct pages of the notice list and
distinct notices, so no answer kept does the work); the ratio loaded ÷ idle is the
goal's measure (≤ 2×). A call that waits past `give_up_s` counts as that long.
"""

from __future__ import annotations

import contextlib
import statistics
import threading
import time
from typing import Any
from urllib.parse import quote

import httpx

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
CHEAP = "ASK { ?s a <https://w3id.org/shobun/ontology#Notice> }"


def _median_ms(client: httpx.Client, calls: list[tuple[str, dict[str, Any]]]) -> float:
    times = []
    for path, params in calls:
        started = time.perf_counter()
        with contextlib.suppress(httpx.TimeoutException):
            client.get(path, params=params)
        times.append(1000 * (time.perf_counter() - started))
    return statistics.median(times)


def _probes(client: httpx.Client, repeat: int, first_page: int, ids: list[str]) -> dict[str, float]:
    api = [("/api/v1/notices", {"per_page": 5, "page": first_page + i}) for i in range(repeat)]
    one = [(f"/api/v1/notices/{i}", {}) for i in ids]
    cheap = [("/sparql", {"query": CHEAP})] * repeat
    return {
        "JSON API list": _median_ms(client, api),
        "one notice (a query worker)": _median_ms(client, one),
        "cheap SPARQL": _median_ms(client, cheap),
    }


def abuse(url: str, repeat: int = 40, give_up_s: float = 30.0) -> str:
    """The table: each probe's idle and loaded median, and their ratio."""
    with httpx.Client(base_url=url, timeout=give_up_s, trust_env=False) as client:
        listed = client.get("/api/v1/notices", params={"per_page": 2 * repeat}).json()
        ids = [quote(n["id"], safe="") for n in listed["items"]]
        idle = _probes(client, repeat, 1, ids[:repeat])
        runaways = [threading.Thread(target=_runaway, args=(url,), daemon=True) for _ in "12"]
        for t in runaways:
            t.start()
        time.sleep(1.0)  # both runaways now hold a SPARQL worker
        loaded = _probes(client, repeat, 1 + repeat, ids[repeat:])
    lines = ["", "abuse: two runaway queries running (median of each probe)", ""]
    lines += ["| probe | idle ms | with two runaways ms | ratio | ≤ 2× |", "|---|---|---|---|---|"]
    for name, ms in idle.items():
        ratio = loaded[name] / ms
        met = "yes" if ratio <= 2 else "no"
        lines.append(f"| {name} | {ms:.1f} | {loaded[name]:.1f} | {ratio:.2f} | {met} |")
    return "\n".join(lines)


def _runaway(url: str) -> None:
    client = httpx.Client(base_url=url, timeout=600, trust_env=False)
    with client, contextlib.suppress(httpx.HTTPError):
        client.post("/sparql", data={"query": RUNAWAY})
