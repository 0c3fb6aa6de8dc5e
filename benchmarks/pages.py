"""Pages and linked-data benchmark: how long the browsing pages, downloads and `/id/…`
documents take over a store of N synthetic notices.

    python benchmarks/pages.py [--notices 2000] [--repeat 5] [--workdir /tmp/shobun-bench-pages]

Generates the corpus (benchmarks/gen_corpus.py) and ingests it once, serves it with
`shobun serve`, then for each route prints the first request's latency (nothing cached)
and the median of `--repeat` more (the server caches query rows per store state).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from serve import start_shobun, stop  # noqa: E402  (after the path is set)


def build(workdir: Path, n: int) -> Path:
    import gen_corpus

    from shobun.graph.ingest import Options, ingest
    from shobun.graph.store import EmbeddedStore

    corpus, store_dir = workdir / f"corpus-{n}", workdir / f"store-{n}"
    if (store_dir / "oxigraph").is_dir():
        return store_dir
    gen_corpus.generate(n, corpus)
    with EmbeddedStore(store_dir) as store:
        ingest(store, [corpus], Options())
    return store_dir


def routes(client: object) -> dict[str, tuple[str, dict[str, str]]]:
    """Route name → (path, headers), with IRIs taken from the store itself."""
    import httpx

    assert isinstance(client, httpx.Client)
    action = client.get("/api/v1/actions", params={"per_page": 1}).json()["items"][0]
    org, notice = action["addressee"], action["notice"]
    basis = action["legal_basis"] or {}
    article = f"/statutes/{basis.get('statute_key')}/articles/{basis.get('article')}"
    html, ttl = {"Accept": "text/html"}, {"Accept": "text/turtle"}
    return {
        "home (chart)": ("/", html),
        "search": ("/search", html),
        "search q=会社": ("/search?q=%E4%BC%9A%E7%A4%BE", html),
        "actions table": ("/actions", html),
        "actions by amount": ("/actions?sort=-amount", html),
        "actions CSV (all)": ("/actions?_format=csv", {}),
        "statutes": ("/statutes", html),
        "article page": (article, html),
        "authorities": ("/authorities", html),
        "organization": (f"/organizations/{quote(org['key'], safe='')}", html),
        "notice page": (f"/notices/{notice['id']}", html),
        "/id/ action, Turtle": ("/id/" + action["iri"].split("/id/", 1)[1], ttl),
        "/id/ action, JSON-LD": (
            "/id/" + action["iri"].split("/id/", 1)[1],
            {"Accept": "application/ld+json"},
        ),
        "/id/ org, HTML": ("/id/" + org["iri"].split("/id/", 1)[1], html),
        "VoID": ("/.well-known/void", ttl),
        "API notices CSV (all)": ("/api/v1/notices?_format=csv", {}),
    }


def measure(url: str, repeat: int) -> list[list[str]]:
    import httpx

    rows = []
    with httpx.Client(base_url=url, timeout=600, trust_env=False) as client:
        for name, (path, headers) in routes(client).items():
            times = []
            for _ in range(repeat + 1):
                started = time.perf_counter()
                r = client.get(path, headers=headers)
                times.append((time.perf_counter() - started) * 1000)
                assert r.status_code == 200, (path, r.status_code, r.text[:200])
            warm = statistics.median(times[1:])
            rows.append([name, f"{times[0]:.0f}", f"{warm:.0f}", f"{len(r.content) / 1024:.0f}"])
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--notices", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/shobun-bench-pages"))
    args = parser.parse_args()
    store_dir = build(args.workdir, args.notices)
    proc, url = start_shobun(store_dir, 2)
    try:
        rows = measure(url, args.repeat)
    finally:
        stop(proc)
    print(f"| route ({args.notices} notices) | first ms | median ms | KB |")
    print("|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
