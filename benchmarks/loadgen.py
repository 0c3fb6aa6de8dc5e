"""A cheap load generator for the serve benchmarks: `clients` loops of GETs, each over one
keep-alive HTTP/1.1 connection of its own (asyncio streams), for `duration` seconds.

httpx's client cost about as much CPU per request as the server's answer from its cache,
and on a 2-core machine the generator's CPU is taken from the server it measures. Here a
request is one `write` and its answer is read by Content-Length (or chunks): a few tens
of microseconds. The generator measures its own CPU time, so a table can show that it
was not the bottleneck.

    python benchmarks/loadgen.py URL PATHS.json CLIENTS SECONDS [--once]   # one JSON line

Paths are drawn at random (a path may repeat, and the server may answer it from what it
kept), or with `--once` each asked once, in a shuffled order: every answer is computed.
"""

from __future__ import annotations

import asyncio
import json
import random
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit


@dataclass
class Record:
    latencies: list[float] = field(default_factory=list)
    by_kind: dict[str, list[float]] = field(default_factory=dict)
    first: list[float] = field(default_factory=list)  # a path's first request of the run
    asked: set[str] = field(default_factory=set)
    errors: int = 0

    def ask(self, path: str) -> bool:
        """Whether this is the run's first request of `path` (the server cannot have kept
        its answer from this run)."""
        new = path not in self.asked
        self.asked.add(path)
        return new

    def add(self, path: str, status: int, ms: float, first: bool) -> None:
        self.latencies.append(ms)
        self.by_kind.setdefault(kind_of(path), []).append(ms)
        if first:
            self.first.append(ms)
        self.errors += status >= 400


def kind_of(path: str) -> str:
    """A path's route and whether it has a query (/api/v1/notices?…, /api/v1/notices/…)."""
    route, _, query = path.partition("?")
    parts = route.split("/")
    return "/".join(parts[:4]) + ("/…" if len(parts) > 4 else "") + ("?…" if query else "")


async def _body(reader: asyncio.StreamReader, head: bytes) -> None:
    """Read (and drop) the body the head announces."""
    lower = head.lower()
    at = lower.find(b"\r\ncontent-length:")
    if at >= 0:
        end = lower.index(b"\r\n", at + 2)
        await reader.readexactly(int(head[at + 17 : end]))
        return
    if b"\r\ntransfer-encoding: chunked" in lower:
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                return


async def _client(
    url: str, next_path: Callable[[], str | None], end: float, record: Record, timeout: float
) -> None:
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    reader, writer = await asyncio.open_connection(host, port)
    try:
        while time.monotonic() < end and (path := next_path()) is not None:
            first = record.ask(path)
            request = f"GET {path} HTTP/1.1\r\nHost: {host}\r\nAccept: */*\r\n\r\n".encode()
            started = time.perf_counter()
            writer.write(request)
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), timeout)
            await asyncio.wait_for(_body(reader, head), timeout)
            record.add(path, int(head[9:12]), (time.perf_counter() - started) * 1000, first)
    finally:
        writer.close()


def percentile(ordered: list[float], share: float) -> float:
    return round(ordered[min(len(ordered) - 1, int(len(ordered) * share))], 1)


def chooser(
    paths: list[str], seed: int, once: bool, shared: Iterator[str]
) -> Callable[[], str | None]:
    """A client's next path: drawn at random from `paths`, or (`once`) the next of one
    shuffled pass shared by every client, so no path is asked twice (None: all asked)."""
    if once:
        return lambda: next(shared, None)
    rng = random.Random(seed)
    return lambda: rng.choice(paths)


async def load(
    url: str, paths: list[str], clients: int, duration: float, once: bool = False
) -> dict[str, Any]:
    """`clients` concurrent loops of GETs for `duration` s (or, `once`, until every
    path was asked once): throughput, latency percentiles (overall and per kind of path)
    and the generator's own CPU time."""
    record = Record()
    shared = iter(random.Random(0).sample(paths, len(paths)))
    choosers = [chooser(paths, i, once, shared) for i in range(clients)]
    cpu, wall = time.process_time(), time.monotonic()
    end = wall + duration
    await asyncio.gather(*(_client(url, c, end, record, 60) for c in choosers))
    cpu, wall = time.process_time() - cpu, time.monotonic() - wall
    ordered = sorted(record.latencies)
    return {
        "requests": len(ordered),
        "errors": record.errors,
        "per_s": round(len(ordered) / wall, 1),
        "p50_ms": percentile(ordered, 0.50),
        "p95_ms": percentile(ordered, 0.95),
        "p99_ms": percentile(ordered, 0.99),
        "max_ms": round(ordered[-1], 1),
        "p99_by_kind": {k: percentile(sorted(v), 0.99) for k, v in record.by_kind.items()},
        "first_requests": len(record.first),
        "first_p50_ms": percentile(sorted(record.first), 0.50) if record.first else None,
        "first_p99_ms": percentile(sorted(record.first), 0.99) if record.first else None,
        "generator_cpu_s": round(cpu, 2),
        "generator_cpu_share": round(cpu / wall, 2),  # of one core
        "generator_cpu_us_per_request": round(1e6 * cpu / max(1, len(ordered))),
    }


def spawn(url: str, paths: list[str], clients: int, duration: float, once: bool) -> Any:
    """`load` in a process of its own (so it shares no GIL with the caller); its result."""
    import subprocess
    import tempfile

    with tempfile.NamedTemporaryFile("w", suffix=".json") as listed:
        json.dump(paths, listed)
        listed.flush()
        command = [sys.executable, __file__, url, listed.name, str(clients), str(duration)]
        done = subprocess.run(
            command + (["--once"] if once else []), capture_output=True, text=True
        )
    if done.returncode:
        raise SystemExit(done.stderr)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    url, listed, clients, duration, *once = sys.argv[1:]
    with open(listed, encoding="utf-8") as handle:
        paths = json.load(handle)
    done = asyncio.run(load(url, paths, int(clients), float(duration), once == ["--once"]))
    print(json.dumps(done))


if __name__ == "__main__":
    main()
