"""Serve benchmark: what the HTTP layer costs, against the store and against rdflib-endpoint.

    python benchmarks/serve.py [--store DIR] [--subset 1000] [--repeat 30] [--duration 20]
                               [--skip-api] [--skip-rdflib] [--skip-store]

1. Five representative SPARQL queries over the 10 000-notice store of the ingest
   benchmark (benchmarks/ingest.py leaves it in /tmp/shobun-bench/store-10000; without
   it this script generates and ingests the corpus itself): median latency through
   `shobun serve`'s /sparql (JSON results, over loopback) vs the same query run on the
   store in-process with every solution read. Goal: ≤ 1.2× + 2 ms.
2. The same queries over `--subset` notices (every k-th IRI, so all years and regulators
   are in it) served by shobun and by rdflib-endpoint from an rdflib Dataset laid out the
   same way (union default graph + a named graph per notice). Goal: shobun ≥ 10× faster.
3. The JSON API's lists in-process (`benchmarks/serve_lists.py`; goal: each ≤ 20 ms) and
   under 32 concurrent clients sending a varied mix drawn from the store (filtered lists,
   pages, single notices and organizations; goal: ≥ 200 req/s, p99 ≤ 200 ms), and the
   same kinds of request with every path asked once (no answer kept can serve it); then
   first requests (nothing cached) and the all-cached mix. The load generator
   (`benchmarks/loadgen.py`) runs in its own process on loopback and prints its own
   CPU; the tables give p50 / p95 / p99 latency, requests per second, the load average
   and the server's CPU.

    python benchmarks/serve.py --lists --store DIR   # only the lists (any store size)
    python benchmarks/serve.py --abuse --store DIR   # only the two-runaways scenario
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from shobun.api.vocab import SPARQL_PREFIXES  # noqa: E402  (after the path is set)


def queries(notice: str) -> dict[str, str]:
    """Five questions researchers ask; three are the SPARQL page's examples."""
    from shobun.api.examples import BY_KEY

    return {
        "APPI 勧告 since 2023": BY_KEY["appi-recommendations"].query,
        "sanctioned twice": BY_KEY["sanctioned-twice"].query,
        "cite 第23条": BY_KEY["cite-article-23"].query,
        "actions per type, 2024–": SPARQL_PREFIXES
        + """SELECT ?type (COUNT(?a) AS ?n) WHERE {
  ?a sbo:announcedIn ?notice ; a ?type . ?notice dcterms:issued ?d
  FILTER (?d >= "2024-01-01"^^xsd:date) } GROUP BY ?type ORDER BY DESC(?n)""",
        "one notice graph": f"SELECT ?s ?p ?o WHERE {{ GRAPH <{notice}> {{ ?s ?p ?o }} }}",
    }


class Client:
    """A lean keep-alive HTTP client (http.client), so the numbers are the server's."""

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        self.path = parts.path or "/"
        self.conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=600)

    def query(self, q: str) -> bytes:
        body = urlencode({"query": q})
        headers = {
            "Accept": "application/sparql-results+json",
            "Content-Type": "application/x-www-form-urlencoded",
        }
        self.conn.request("POST", self.path, body, headers)
        response = self.conn.getresponse()
        data = response.read()
        if response.status != 200:
            raise SystemExit(f"{self.path}: HTTP {response.status} {data[:300]!r}")
        return data


def rows_of(data: bytes) -> int:
    return len(json.loads(data)["results"]["bindings"])


def interleaved(store_dir: Path, url: str, qs: dict[str, str], repeat: int) -> dict[str, Any]:
    """Each query alternately in-process (every solution read) and through /sparql, so
    both see the same machine load; → {query: (in-process ms, /sparql ms, rows)}."""
    from shobun.graph.store import EmbeddedStore

    client = Client(f"{url}/sparql")
    out: dict[str, Any] = {}
    with EmbeddedStore(store_dir, read_only=True) as store:
        db = store.oxigraph
        for name, q in qs.items():
            rows = rows_of(client.query(q))
            list(db.query(q))
            direct, served = [], []
            for _ in range(repeat):
                direct.append(timed(lambda q=q: list(db.query(q))))
                served.append(timed(lambda q=q: client.query(q)))
            out[name] = (statistics.median(direct), statistics.median(served), rows)
    return out


def timed(run: Any) -> float:
    started = time.perf_counter()
    run()
    return (time.perf_counter() - started) * 1000


def over_http(url: str, qs: dict[str, str], repeat: int) -> dict[str, tuple[float, int]]:
    client = Client(url)
    out = {}
    for name, q in qs.items():
        rows = rows_of(client.query(q))
        times = [timed(lambda q=q: client.query(q)) for _ in range(repeat)]
        out[name] = (round(statistics.median(times), 2), rows)
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_until_up(url: str, proc: subprocess.Popen[bytes], limit_s: float = 900) -> None:
    import httpx

    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited with {proc.returncode}")
        try:
            if httpx.get(url, timeout=5, trust_env=False).status_code < 500:
                return
        except httpx.HTTPError:
            time.sleep(0.5)
    raise SystemExit(f"{url} did not come up")


def start_shobun(store_dir: Path, workers: int) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    command = [sys.executable, "-m", "shobun", "serve", "--store", str(store_dir)]
    command += ["--port", str(port), "--workers", str(workers)]
    env = {**os.environ, "SHOBUN_SPARQL_TIMEOUT_S": "300", "SHOBUN_SPARQL_MAX_ROWS": "100000"}
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    wait_until_up(f"{url}/api/v1/health", proc)
    return proc, url


def start_rdflib_endpoint(nquads: Path) -> tuple[subprocess.Popen[bytes], str, float]:
    """rdflib-endpoint over an rdflib Dataset loaded from `nquads`; → (process, url, load s)."""
    port = free_port()
    started = time.monotonic()
    code = f"""
import uvicorn
from rdflib import Dataset
from rdflib_endpoint import SparqlEndpoint
ds = Dataset()
ds.parse({str(nquads)!r}, format="nquads")
uvicorn.run(SparqlEndpoint(graph=ds), host="127.0.0.1", port={port}, log_level="warning")
"""
    command = [sys.executable, "-c", code]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/"
    wait_until_up(url + "?query=ASK%7B%7D", proc)
    return proc, url, time.monotonic() - started


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(30)
    except subprocess.TimeoutExpired:
        proc.kill()


def prepare_store(args: argparse.Namespace) -> Path:
    """A private copy of the 10 000-notice store (made here if the ingest benchmark's
    is missing), so a re-run of that benchmark cannot pull it away mid-measurement."""
    target = args.workdir / "store-10000"
    if target.is_dir():
        return target
    source = args.store
    if not (source / "oxigraph").is_dir():
        source = build_store(args.workdir)
    shutil.copytree(source, target)
    return target


def build_store(workdir: Path) -> Path:
    import gen_corpus

    from shobun.graph.ingest import Options, ingest
    from shobun.graph.store import EmbeddedStore

    corpus, store_dir = workdir / "corpus-10000", workdir / "built-10000"
    if not corpus.is_dir():
        gen_corpus.generate(10_000, corpus)
    with EmbeddedStore(store_dir) as store:
        ingest(store, [corpus], Options())
    return store_dir


def subset(store_dir: Path, n: int, workdir: Path) -> tuple[Path, Path]:
    """The first `n` notices as a new embedded store and as N-Quads for rdflib."""
    import pyoxigraph as ox

    from shobun.graph.store import EmbeddedStore, NoticeRecord

    small, nquads = workdir / f"subset-{n}", workdir / f"subset-{n}.nq"
    shutil.rmtree(small, ignore_errors=True)
    with EmbeddedStore(store_dir, read_only=True) as big:
        fingerprints = big.fingerprints()
        every = sorted(fingerprints)
        chosen = every[:: max(1, len(every) // n)][:n]  # spread over the whole corpus
        records = []
        for iri in chosen:
            quads = big.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(iri))
            text = ox.serialize((q.triple for q in quads), format=ox.RdfFormat.N_TRIPLES)
            fp = fingerprints[iri]
            records.append(NoticeRecord(iri, fp.name, fp.key, (text or b"").decode()))
    with EmbeddedStore(small) as store:
        store.put_notices(records)
        quads = [q for q in store.iter_quads("all") if "urn:shobun:meta" not in str(q.graph_name)]
        nquads.write_bytes(ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"")
    return small, nquads


def api_paths(url: str) -> list[str]:
    """A mix of list, filter and detail calls, on ids taken from the API itself."""
    from urllib.parse import quote

    import httpx

    with httpx.Client(base_url=url, timeout=300, trust_env=False) as c:
        notices = c.get("/api/v1/notices", params={"per_page": 100}).json()["items"]
        orgs = c.get("/api/v1/organizations", params={"per_page": 50}).json()["items"]
    paths = [f"/api/v1/notices?page={p}" for p in range(1, 30)]
    paths += [f"/api/v1/notices/{n['id']}" for n in notices]
    paths += [f"/api/v1/organizations/{quote(o['key'])}?limit=20" for o in orgs]
    paths += ["/api/v1/notices?action_type=Recommendation&issued_from=2024-01-01"]
    paths += [f"/api/v1/actions?type=Order&page={p}" for p in range(1, 10)]
    return paths


def first_hits(url: str) -> tuple[list[str], list[list[Any]]]:
    """The latency of the first request to each kind of path, before anything is cached."""
    import httpx

    kinds = {
        "notice list": lambda p: "?page=" in p and "/notices" in p,
        "notice list, filtered": lambda p: "action_type=" in p,
        "one notice": lambda p: "/notices/" in p,
        "one organization": lambda p: "/organizations/" in p,
        "action list": lambda p: "/actions" in p,
    }
    found: dict[str, list[float]] = {k: [] for k in kinds}
    with httpx.Client(base_url=url, timeout=600, trust_env=False) as c:
        for path in api_paths(url):
            kind = next(k for k, test in kinds.items() if test(path))
            if len(found[kind]) < 8:
                found[kind].append(timed(lambda path=path: c.get(path).raise_for_status()))
    rows = [
        [k, len(v), f"{statistics.median(v):.1f}", f"{max(v):.1f}"] for k, v in found.items() if v
    ]
    return ["path", "requests", "median ms", "max ms"], rows


def run_load(
    url: str, clients: int, duration: float, paths: list[str] | None = None, once: bool = False
) -> Any:
    """`loadgen.spawn` over `paths` (default: `api_paths`, the all-cached mix)."""
    from loadgen import spawn

    return spawn(url, paths or api_paths(url), clients, duration, once)


def table(title: str, cols: list[str], rows: list[list[Any]]) -> str:
    lines = [f"\n{title}", "| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def compare_store(args: argparse.Namespace, store_dir: Path) -> tuple[str, dict[str, Any]]:
    from shobun.graph.store import EmbeddedStore

    with EmbeddedStore(store_dir, read_only=True) as store:
        notice = sorted(store.oxigraph.named_graphs(), key=str)[len(store.notices()) // 2]
    qs = queries(notice.value)
    proc, url = start_shobun(store_dir, args.workers)
    try:
        measured = interleaved(store_dir, url, qs, args.repeat)
        if args.skip_api:
            cold, api = (["path"], []), {}
        else:
            cold, api = first_hits(url), run_load(url, args.clients, args.duration)
    finally:
        stop(proc)
    rows = []
    for name, (d, h, n) in measured.items():
        goal = "yes" if h <= 1.2 * d + 2 else "no"
        rows.append([name, n, f"{d:.2f}", f"{h:.2f}", f"{h / d:.2f}×", f"+{h - d:.2f}", goal])
    cols = ["query", "rows", "in-process ms", "/sparql ms", "ratio", "added ms", "≤1.2×+2ms"]
    text = table(f"/sparql vs in-process, {store_dir.name} (median of {args.repeat})", cols, rows)
    if api:
        from serve_lists import report

        text += report(store_dir, args.workers, args.clients, args.duration)
        text += table("JSON API, first request of each path (nothing cached)", *cold)
        api_cols = ["clients", "requests", "req/s", "p50 ms", "p99 ms", "errors"]
        api_row = [args.clients, api["requests"], api["per_s"], api["p50_ms"], api["p99_ms"]]
        text += table("JSON API under load, all-cached mix", api_cols, [[*api_row, api["errors"]]])
    return text, {"sparql": measured, "api": api}


def compare_rdflib(
    store_dir: Path, n: int, workdir: Path, repeat: int, workers: int
) -> tuple[str, dict[str, Any]]:
    from shobun.graph.store import EmbeddedStore

    small, nquads = subset(store_dir, n, workdir)

    with EmbeddedStore(small, read_only=True) as store:
        notice = store.notices()[len(store.notices()) // 2]
    with_graph = queries(notice)
    proc, url = start_shobun(small, workers)
    try:
        ours = over_http(f"{url}/sparql", with_graph, repeat)
    finally:
        stop(proc)
    theirs_proc, theirs_url, load_s = start_rdflib_endpoint(nquads)
    try:
        theirs = over_http(theirs_url, with_graph, max(3, repeat // 10))
    finally:
        stop(theirs_proc)
    rows = []
    for name in with_graph:
        (mine, n_mine), (other, n_other) = ours[name], theirs[name]
        rows.append([name, n_mine, n_other, mine, other, f"{other / mine:.0f}×"])
    cols = ["query", "rows", "rows (rdflib)", "shobun ms", "rdflib-endpoint ms", "speed-up"]
    title = f"shobun vs rdflib-endpoint, {n} notices (rdflib loaded them in {load_s:.0f} s)"
    return table(title, cols, rows), {"ours": ours, "theirs": theirs, "load_s": load_s}


def main() -> None:
    ap = argparse.ArgumentParser(description="shobun serve benchmark")
    ap.add_argument("--store", type=Path, default=Path("/tmp/shobun-bench/store-10000"))
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/shobun-serve-bench"))
    ap.add_argument("--subset", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=30)
    ap.add_argument("--workers", type=int, default=2, help="query worker processes")
    ap.add_argument("--clients", type=int, default=32)
    ap.add_argument("--duration", type=float, default=20.0)
    ap.add_argument("--skip-rdflib", action="store_true")
    ap.add_argument("--skip-store", action="store_true", help="only the rdflib comparison")
    ap.add_argument("--skip-api", action="store_true", help="no JSON API measurements")
    ap.add_argument("--abuse", action="store_true", help="only the two-runaways scenario")
    ap.add_argument(
        "--lists", action="store_true", help="only the lists: in-process and the varied mix"
    )
    args = ap.parse_args()
    if args.lists:
        from serve_lists import report

        print(report(args.store, args.workers, args.clients, args.duration))
        return
    if args.abuse:
        from serve_abuse import abuse

        proc, url = start_shobun(args.store, args.workers)
        try:
            print(abuse(url))
        finally:
            stop(proc)
        return
    args.workdir.mkdir(parents=True, exist_ok=True)
    store_dir = prepare_store(args)
    raw: dict[str, Any] = {}
    if not args.skip_store:
        text, raw = compare_store(args, store_dir)
        print(text, flush=True)
    if not args.skip_rdflib:
        n, work = args.subset, args.workdir
        more, raw["rdflib"] = compare_rdflib(store_dir, n, work, args.repeat, args.workers)
        print(more)
    print("\nraw:", json.dumps(raw, ensure_ascii=False))


if __name__ == "__main__":
    main()
