"""Ingest benchmark: throughput, memory, store size, and union-graph query speed.

    python benchmarks/ingest.py [--sizes 1000 10000] [--workers N] [--workdir DIR]
                                [--endpoint NAME=QUERY_URL[;update=URL][;union=IRI][;auth=digest]]…

For each size it writes a synthetic corpus (benchmarks/gen_corpus.py), then runs each
phase in a fresh process, so peak RSS is that phase's own:
  parse   read + parse + build N-Triples in the worker pool, results dropped
  ingest  the same, stored by the one writer into a new embedded store
  replace every notice changed (a line put before its text) and ingested again into a copy
          of that store: each replaces its graph; time and memory against `ingest`
  query   a join with a date filter over the maintained union (default) graph, against
          the same triples in a store holding only them in one graph, Oxigraph's
          query-time union, and the join scoped to one notice graph
and prints a table. With `--endpoint` (repeatable; each server empty, credentials from
SHOBUN_ENDPOINT_USER / _PASSWORD) the same corpus is also ingested into each server, and
a second table puts notices/s for the embedded store and each server side by side.
`--phase` is the internal entry point of those processes.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from ingest_query import phase_boundary, phase_query  # noqa: E402  (after the path is set)


class WorkerPeak(threading.Thread):
    """Samples the peak RSS (VmHWM) of this process's descendants: the parser workers."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak_kb = 0

    def run(self) -> None:
        while True:
            for pid in descendants(os.getpid()):
                try:
                    status = Path(f"/proc/{pid}/status").read_text()
                except OSError:
                    continue
                for line in status.splitlines():
                    if line.startswith("VmHWM:"):
                        self.peak_kb = max(self.peak_kb, int(line.split()[1]))
            time.sleep(0.2)


def descendants(root: int) -> list[int]:
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    found, frontier = [], [root]
    while frontier:
        kids = [pid for pid, ppid in parents.items() if ppid in frontier]
        found += kids
        frontier = kids
    return found


SAMPLER = WorkerPeak()


def peak_rss_mb() -> dict[str, float]:
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"rss_writer_mb": round(me, 1), "rss_worker_mb": round(SAMPLER.peak_kb / 1024, 1)}


def phase_parse(corpus: Path, workers: int) -> dict[str, Any]:
    from shobun.graph.discover import discover
    from shobun.graph.ingest import Job, Options, outcomes

    options = Options(workers=workers)
    tasks, _ = discover([corpus])
    work = [Job(t, None, options.base, options.max_bytes, options.converter) for t in tasks]
    start = time.perf_counter()
    parsed = sum(o.status == "parsed" for o in outcomes(work, options))
    seconds = time.perf_counter() - start
    return {"notices": parsed, "seconds": seconds, **peak_rss_mb()}


def phase_ingest(corpus: Path, store_dir: Path, workers: int) -> dict[str, Any]:
    from shobun.graph.ingest import Options, ingest
    from shobun.graph.store import EmbeddedStore

    shutil.rmtree(store_dir, ignore_errors=True)
    start = time.perf_counter()
    with EmbeddedStore(store_dir) as store:
        report = ingest(store, [corpus], Options(workers=workers))
    seconds = time.perf_counter() - start
    size = sum(p.stat().st_size for p in store_dir.rglob("*") if p.is_file())
    return {
        "notices": report.ingested,
        "failed": len(report.failures),
        "seconds": seconds,
        "store_mb": round(size / 2**20, 1),
        **peak_rss_mb(),
    }


def changed_copy(corpus: Path, target: Path) -> Path:
    """The corpus with every notice changed: a line put before its text, which moves
    every span, so most of each notice's triples change (a replacement's worst case;
    a line break appended at the end changes only the bookkeeping)."""
    if not target.is_dir():
        shutil.copytree(corpus, target)
        for path in target.rglob("*"):
            if path.suffix in (".txt", ".md"):
                path.write_bytes("（訂正版）\n".encode() + path.read_bytes())
            elif path.suffix == ".html":
                path.write_bytes(
                    path.read_bytes().replace(b"<body>", "<body><p>（訂正版）</p>".encode(), 1)
                )
    return target


def phase_replace(corpus: Path, store_dir: Path, copy_dir: Path, workers: int) -> dict[str, Any]:
    """Re-ingest a changed copy of the corpus into a copy of the ingested store."""
    from shobun.graph.ingest import Options, ingest
    from shobun.graph.store import EmbeddedStore

    shutil.rmtree(copy_dir, ignore_errors=True)
    shutil.copytree(store_dir, copy_dir)
    start = time.perf_counter()
    with EmbeddedStore(copy_dir) as store:
        report = ingest(store, [corpus], Options(workers=workers))
    seconds = time.perf_counter() - start
    shutil.rmtree(copy_dir, ignore_errors=True)
    return {"notices": report.replaced, "failed": len(report.failures), "seconds": seconds}


def replace_table(results: list[dict[str, Any]]) -> str:
    """Replacing every notice against ingesting them fresh: time and peak memory."""
    head = (
        "| notices | fresh s | replace s | time ratio | fresh writer MB | replace writer MB"
        " | memory ratio | replace worker MB |"
    )
    lines = [head, "|" + "---|" * 8]
    for r in results:
        i, p = r["ingest"], r["replace"]
        lines.append(
            f"| {p['notices']:,} | {i['seconds']:.1f} | {p['seconds']:.1f}"
            f" | {p['seconds'] / i['seconds']:.2f} | {i['rss_writer_mb']} | {p['rss_writer_mb']}"
            f" | {p['rss_writer_mb'] / i['rss_writer_mb']:.2f} | {p['rss_worker_mb']} |"
        )
    return "\n".join(lines)


def phase_remote(corpus: Path, spec: str, workers: int) -> dict[str, Any]:
    """Ingest into a server named by `spec` (NAME=QUERY_URL;update=…;union=…;auth=…)."""
    from shobun.core.settings import Settings
    from shobun.graph.endpoint import remote_for
    from shobun.graph.ingest import Options, ingest
    from shobun.graph.remote import RemoteStore

    _, _, rest = spec.partition("=")
    url, *options = rest.split(";")
    given = dict(o.split("=", 1) for o in options)
    settings = Settings(endpoint_auth=given.get("auth", "basic"))  # type: ignore[arg-type]
    remote = remote_for(settings, url, given.get("update"), None, given.get("union"))
    with RemoteStore(remote) as store:
        if store.notices():
            raise SystemExit(f"{url} already holds notices; give an empty server")
        start = time.perf_counter()
        report = ingest(store, [corpus], Options(workers=workers))
        seconds = time.perf_counter() - start
    return {"notices": report.ingested, "failed": len(report.failures), "seconds": seconds}


def run_phase(*args: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, "--phase", *args], capture_output=True, text=True, check=False
    )
    if done.returncode:
        raise SystemExit(done.stderr)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def measure(size: int, workdir: Path, workers: int, endpoints: list[str]) -> dict[str, Any]:
    import gen_corpus

    corpus = workdir / f"corpus-{size}"
    if not corpus.is_dir():
        gen_corpus.generate(size, corpus)
    store, single = workdir / f"store-{size}", workdir / f"single-{size}"
    parse = run_phase("parse", str(corpus), str(workers))
    ingest = run_phase("ingest", str(corpus), str(store), str(workers))
    remote = {
        e.split("=", 1)[0]: run_phase("remote", str(corpus), e, str(workers)) for e in endpoints
    }
    if endpoints:
        return {"size": size, "parse": parse, "ingest": ingest, "remote": remote}
    changed = changed_copy(corpus, workdir / f"changed-{size}")
    replace = run_phase(
        "replace", str(changed), str(store), str(workdir / "replacing"), str(workers)
    )
    query = run_phase("query", str(store), str(single))
    return {"size": size, "parse": parse, "ingest": ingest, "replace": replace, "query": query}


def replacing(size: int, workdir: Path, workers: int) -> dict[str, Any]:
    """Only the fresh ingest and the replacement of `size` notices."""
    import gen_corpus

    corpus = workdir / f"corpus-{size}"
    if not corpus.is_dir():
        gen_corpus.generate(size, corpus)
    store = workdir / f"store-{size}"
    ingest = run_phase("ingest", str(corpus), str(store), str(workers))
    changed = changed_copy(corpus, workdir / f"changed-{size}")
    replace = run_phase(
        "replace", str(changed), str(store), str(workdir / "replacing"), str(workers)
    )
    return {"size": size, "ingest": ingest, "replace": replace}


def engines_table(results: list[dict[str, Any]]) -> str:
    """notices/s into the embedded store and each server, and the ratio to embedded."""
    names = list(results[0]["remote"])
    head = "| notices | embedded /s | " + " | ".join(f"{n} /s | ratio" for n in names) + " |"
    lines = [head, "|" + "---|" * (2 + 2 * len(names))]
    for r in results:
        embedded = r["ingest"]["notices"] / r["ingest"]["seconds"]
        cells = [f"{r['size']:,}", f"{embedded:.0f}"]
        for name in names:
            got = r["remote"][name]
            rate = got["notices"] / got["seconds"]
            failed = f" ({got['failed']} failed)" if got["failed"] else ""
            cells += [f"{rate:.0f}{failed}", f"{rate / embedded:.2f}"]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def table(results: list[dict[str, Any]]) -> str:
    head = (
        "| notices | parse-only /s | ingest /s | ratio | writer RSS MB | worker RSS MB | store MB"
        " | union join ms | one-graph store ms | ratio | after optimize ms | query-time union ms"
        " | one notice ms |"
    )
    lines = [head, "|" + "---|" * 13]
    for r in results:
        p, i, q = r["parse"], r["ingest"], r["query"]
        p_rate, i_rate = p["notices"] / p["seconds"], i["notices"] / i["seconds"]
        lines.append(
            f"| {r['size']:,} | {p_rate:.0f} | {i_rate:.0f} | {i_rate / p_rate:.2f}"
            f" | {i['rss_writer_mb']} | {i['rss_worker_mb']} | {i['store_mb']}"
            f" | {q['union_ms']} | {q['single_graph_ms']}"
            f" | {q['union_ms'] / q['single_graph_ms']:.2f} | {q['union_optimized_ms']}"
            f" | {q['query_time_union_ms']}"
            f" | {q['one_notice_graph_ms']} |"
        )
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description="shobun ingest benchmark")
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--workers", type=int, default=0, help="default: CPU count")
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/shobun-bench"))
    ap.add_argument("--endpoint", action="append", default=[], help="NAME=QUERY_URL;…")
    ap.add_argument("--phase", nargs="+", help=argparse.SUPPRESS)
    ap.add_argument("--replace-only", action="store_true", help="only fresh ingest and replacement")
    args = ap.parse_args()
    if args.phase:
        SAMPLER.start()
        kind, *rest = args.phase
        if kind in ("parse", "ingest"):
            *paths, workers = rest
            fn = phase_parse if kind == "parse" else phase_ingest
            print(json.dumps(fn(*map(Path, paths), int(workers))))  # type: ignore[operator]
        elif kind == "replace":
            *paths, workers = rest
            print(json.dumps({**phase_replace(*map(Path, paths), int(workers)), **peak_rss_mb()}))
        elif kind == "remote":
            print(json.dumps(phase_remote(Path(rest[0]), rest[1], int(rest[2]))))
        elif kind == "boundary":
            print(json.dumps(phase_boundary(Path(rest[0]))))
        else:
            print(json.dumps(phase_query(Path(rest[0]), Path(rest[1]))))
        return
    workers = args.workers or os.cpu_count() or 1
    args.workdir.mkdir(parents=True, exist_ok=True)
    if args.replace_only:
        print(replace_table([replacing(s, args.workdir, workers) for s in args.sizes]))
        return
    results = [measure(size, args.workdir, workers, args.endpoint) for size in args.sizes]
    if args.endpoint:
        print(engines_table(results))
        print("\nraw:", json.dumps(results))
        return
    boundary = run_phase("boundary", str(args.workdir / f"corpus-{args.sizes[0]}"))
    print(table(results))
    print("\nreplacing every notice (each changed) against a fresh ingest\n")
    print(replace_table(results))
    print("\nrdflib → Oxigraph for 300 notices (ms):", json.dumps(boundary))
    print("\nraw:", json.dumps(results))


if __name__ == "__main__":
    main()
