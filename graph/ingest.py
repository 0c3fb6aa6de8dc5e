"""Bulk ingestion: parse in a process pool, store from one writer, report what happened.

Each input gets a fingerprint — the SHA-256 of its bytes, the base IRI, its metadata
and the shobun version — stored beside its notice graph. An input whose fingerprint is
unchanged is skipped before it is parsed; a changed one replaces its graph. Notices
are written in batches, each one transaction, so a run that is killed leaves every
notice fully in or fully out and the next run picks up where it stopped.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import shutil
import signal
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import (
    FIRST_COMPLETED,
    Future,
    ProcessPoolExecutor,
    ThreadPoolExecutor,
    wait,
)
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from shobun.core import __version__
from shobun.core.errors import ShobunError
from shobun.core.settings import DEFAULT_BASE, DEFAULT_MAX_BYTES
from shobun.graph.discover import Task, discover
from shobun.graph.progress import NoProgress, Progress
from shobun.graph.store import GraphStore, NoticeRecord

# (raw bytes, task, base IRI, max bytes) → (notice IRI, canonical N-Triples)
Converter = Callable[[bytes, Task, str, int], tuple[str, str]]


def parse_notice(data: bytes, task: Task, base: str, max_bytes: int) -> tuple[str, str]:
    """The real pipeline: decode, parse, build the notice graph."""
    from shobun.graph.build import notice_iri, notice_ntriples
    from shobun.parser import parse_source
    from shobun.parser.read import read_bytes

    source = read_bytes(data, str(task.path), max_bytes=max_bytes)
    notice = parse_source(source, task.name)
    ntriples = notice_ntriples(notice, base=base, metadata=dict(task.metadata))
    return str(notice_iri(notice, base=base)), ntriples


@dataclass(frozen=True)
class Options:
    workers: int = os.cpu_count() or 1
    shard: tuple[int, int] | None = None
    base: str = DEFAULT_BASE
    max_bytes: int = DEFAULT_MAX_BYTES
    # One batch is one bulk load and one commit. Each commit adds files that RocksDB
    # merges into what is stored before them, so fewer, larger batches cost less CPU on a
    # large store; the quad bound keeps the writer's memory flat (SHOBUN_INGEST_BATCH_QUADS).
    batch_size: int = 1000
    batch_quads: int = 300_000
    optimize_after: int = 100  # notices written in one run before compacting the store
    paths_anywhere: bool = False  # a manifest's rows may name files outside its folder
    converter: Converter = parse_notice
    preload: tuple[str, ...] = ("shobun.parser", "shobun.graph.build")


@dataclass(frozen=True)
class Failure:
    path: str
    code: str
    message: str


@dataclass
class Report:
    total: int = 0
    ingested: int = 0
    replaced: int = 0
    unchanged: int = 0
    failures: list[Failure] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed_by_code(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for f in self.failures:
            counts[f.code] = counts.get(f.code, 0) + 1
        return dict(sorted(counts.items()))

    @property
    def exit_status(self) -> int:
        """0 when every input landed or was unchanged, 1 when some failed."""
        return 1 if self.failures else 0

    def as_dict(self) -> dict[str, Any]:
        done = self.ingested + self.replaced
        return {
            "total": self.total,
            "ingested": self.ingested,
            "replaced": self.replaced,
            "unchanged": self.unchanged,
            "failed": len(self.failures),
            "failed_by_code": self.failed_by_code,
            "failures": [f.__dict__ for f in self.failures],
            "seconds": round(self.seconds, 3),
            "notices_per_s": round(done / self.seconds, 2) if self.seconds else 0.0,
        }

    def lines(self) -> list[str]:
        d = self.as_dict()
        head = (
            f"{d['total']} inputs: {d['ingested']} ingested, {d['replaced']} replaced, "
            f"{d['unchanged']} unchanged, {d['failed']} failed "
            f"({d['seconds']} s, {d['notices_per_s']} notices/s)"
        )
        by_code = [f"  {code}: {n}" for code, n in d["failed_by_code"].items()]
        said = Counter(f.message for f in self.failures)  # the same line 231 times: once
        return [
            head,
            *by_code,
            *(f"  {m}" + (f" (×{n})" if n > 1 else "") for m, n in said.items()),
        ]


def fingerprint(content_hash: str, base: str, metadata: Sequence[tuple[str, str]]) -> str:
    """What decides that an input is unchanged: its bytes, where it lands, what it carries."""
    payload = json.dumps([content_hash, base, __version__, sorted(metadata)])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Job:
    task: Task
    stored_key: str | None
    base: str
    max_bytes: int
    converter: Converter


@dataclass(frozen=True)
class Outcome:
    task: Task
    status: Literal["parsed", "unchanged", "failed"]
    record: NoticeRecord | None = None
    failure: Failure | None = None


def run_job(job: Job) -> Outcome:
    """Read, fingerprint and (unless unchanged) convert one input; runs in a worker."""
    from shobun.parser.read import read_file  # the parser loads in the workers only

    task = job.task
    try:
        data = read_file(task.path, job.max_bytes)
        key = fingerprint(hashlib.sha256(data).hexdigest(), job.base, task.metadata)
        if key == job.stored_key:
            return Outcome(task, "unchanged")
        iri, ntriples = job.converter(data, task, job.base, job.max_bytes)
        return Outcome(task, "parsed", NoticeRecord(iri, task.name, key, ntriples))
    except ShobunError as err:
        return Outcome(task, "failed", failure=Failure(str(task.path), err.code, err.line()))
    except Exception as err:  # a parser bug must not stop a 10 000-file run
        bug = ShobunError("SHOBUN-E099", str(task.path), f"{type(err).__name__}: {err}")
        return Outcome(task, "failed", failure=Failure(str(task.path), bug.code, bug.line()))


def ingest(
    store: GraphStore,
    paths: Sequence[Path],
    options: Options | None = None,
    progress: Callable[[int], Progress] | None = None,
) -> Report:
    """Ingest every input under `paths` (in `options.shard`) into `store`."""
    options = options or Options()
    started = time.monotonic()
    tasks, duplicates = discover(paths, options.shard, anywhere=options.paths_anywhere)
    report = Report(total=len(tasks) + len(duplicates))
    for d in duplicates:
        detail = f"notice name {d.task.name!r} already taken by {d.first.path}"
        line = ShobunError("SHOBUN-E053", str(d.task.path), detail).line()
        report.failures.append(Failure(str(d.task.path), "SHOBUN-E053", line))
    bar = progress(len(tasks)) if progress else NoProgress()
    writer = Writer(store, report, bar, options)
    try:
        for outcome in outcomes(jobs(store, tasks, options), options):
            writer.take(outcome)
        writer.flush()
        writer.wait()
        if report.ingested + report.replaced >= options.optimize_after and _can_compact(store):
            store.optimize()  # bulk loads leave many small files; queries want them merged
    finally:
        writer.close()
        bar.close()
    report.failures.sort(key=lambda f: f.path)
    report.seconds = time.monotonic() - started
    return report


def jobs(store: GraphStore, tasks: Sequence[Task], options: Options) -> list[Job]:
    stored: Mapping[str, str] = {fp.name: fp.key for fp in store.fingerprints().values()}
    return [
        Job(t, stored.get(t.name), options.base, options.max_bytes, options.converter)
        for t in tasks
    ]


def outcomes(work: Sequence[Job], options: Options) -> Iterator[Outcome]:
    """Results as workers finish them, never more than a few per worker in flight."""
    if options.workers <= 1 or len(work) <= 1:
        yield from map(run_job, work)
        return
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(list(options.preload))
    pending: set[Future[Outcome]] = set()
    queue = iter(work)
    with ProcessPoolExecutor(
        options.workers, context, initializer=_worker_init, initargs=(os.getpid(),)
    ) as pool:
        try:
            while True:
                while len(pending) < 4 * options.workers and (job := next(queue, None)):
                    pending.add(pool.submit(run_job, job))
                if not pending:
                    return
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in sorted(done, key=lambda f: f.result().task.name):
                    yield future.result()
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _worker_init(writer: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the writer's to handle
    threading.Thread(target=_exit_with, args=(writer,), daemon=True).start()


def _exit_with(writer: int) -> None:
    """End this worker when the writer is gone (killed), instead of blocking for ever on
    a result pipe nobody reads — which would also keep the fork server alive."""
    while True:
        time.sleep(0.5)
        if not _alive(writer):
            os._exit(1)


def _alive(pid: int) -> bool:
    """Running, and not a zombie waiting for its parent (which `kill -0` would miss)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        if Path("/proc/self").exists():
            return False
    except (OSError, IndexError):
        return True
    try:  # no /proc on this system
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


MB = 2**20
RESERVE = 32 * MB  # what RocksDB needs beyond a batch: its log, manifest, compactions


def room(store: GraphStore, batch_bytes: int) -> None:
    """Stop (E055, naming the store and the space needed) before a write the disk cannot
    take: on a full disk RocksDB waits for ever after a failed compaction, so the check
    must come first. Notices already stored stay whole; a re-run after freeing space
    goes on from there. Only an embedded store has a local disk to check."""
    directory = getattr(store, "directory", None)
    if directory is None:
        return
    need = RESERVE + batch_bytes
    free = shutil.disk_usage(directory).free
    if free < need:
        detail = (
            f"no space left: {free / MB:.0f} MB free, about {need / MB:.0f} MB needed for the "
            "next batch; free some space and run the ingest again (stored notices stay)"
        )
        raise ShobunError("SHOBUN-E055", str(directory), detail)


def _can_compact(store: GraphStore) -> bool:
    """Whether the disk can take a full compaction (it may rewrite the whole store)."""
    directory = getattr(store, "directory", None)
    if directory is None:
        return True
    used = sum(f.stat().st_size for f in Path(directory).rglob("*") if f.is_file())
    return shutil.disk_usage(directory).free >= used + RESERVE


class Writer:
    """The one writer: batches parsed notices and stores each batch in a thread of its own,
    so that results keep flowing from the workers while Oxigraph loads (it releases the
    GIL); at most one batch is being stored while the next one fills."""

    def __init__(self, store: GraphStore, report: Report, bar: Progress, options: Options) -> None:
        self.store, self.report, self.bar, self.options = store, report, bar, options
        self.batch: list[NoticeRecord] = []
        self.quads = 0
        self.paths: dict[str, Path] = {}
        self._lock = threading.Lock()  # the report and the bar are shared with the thread
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="shobun-writer")
        self._pending: Future[None] | None = None

    def take(self, outcome: Outcome) -> None:
        if outcome.status == "unchanged":
            self._done("unchanged")
        elif outcome.failure is not None:
            self._done("failed", outcome.failure)
        elif outcome.record is not None:
            self.paths[outcome.task.name] = outcome.task.path
            self.batch.append(outcome.record)
            self.quads += 2 * outcome.record.ntriples.count("\n")
            if len(self.batch) >= self.options.batch_size or self.quads >= self.options.batch_quads:
                self.flush()

    def flush(self) -> None:
        """Hand the batch to the thread, after the one before it is stored."""
        batch, self.batch, self.quads = self.batch, [], 0
        self.wait()
        if batch:
            self._pending = self._thread.submit(self._store, batch)

    def wait(self) -> None:
        if self._pending is not None:
            pending, self._pending = self._pending, None
            pending.result()

    def close(self) -> None:
        self._thread.shutdown(wait=True)

    def _store(self, batch: list[NoticeRecord]) -> None:
        room(self.store, 6 * sum(len(r.ntriples) for r in batch))  # N-Triples → SST, WAL
        try:
            self._count(batch, self.store.put_notices(batch))
        except ShobunError as err:
            if err.code == "SHOBUN-E052":  # a server refused a request: every notice of
                for record in batch:  # the batch is a reported failure, never retried
                    path = str(self.paths.get(record.name, record.name))
                    self._done("failed", Failure(path, err.code, err.line()))
                return
            for record in batch:  # find the ones the local store refused, keep the rest
                self._put_one(record)

    def _put_one(self, record: NoticeRecord) -> None:
        try:
            self._count([record], self.store.put_notices([record]))
        except ShobunError as err:
            path = str(self.paths.get(record.name, record.name))
            self._done("failed", Failure(path, err.code, err.line()))

    def _count(self, batch: Sequence[NoticeRecord], replaced: set[str]) -> None:
        for record in batch:
            self._done("replaced" if record.iri in replaced else "ingested")

    def _done(self, status: str, failure: Failure | None = None) -> None:
        with self._lock:
            if failure is not None:
                self.report.failures.append(failure)
            else:
                setattr(self.report, status, getattr(self.report, status) + 1)
            self.bar.advance(status)
