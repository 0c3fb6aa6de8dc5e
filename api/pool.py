"""A small pool of query worker processes that can be killed and replaced.

Each job goes to an idle worker; the request's thread waits on the worker's pipe for
at most the query timeout. A query that outlives it is stopped by killing its worker
(the only way to stop an Oxigraph query) and a fresh worker takes its place in the
background, so the other workers keep answering other clients meanwhile.

A SPARQL Update stops the world: new jobs wait, the readers finish and exit (releasing
their shared locks), one writer process runs the update under the exclusive lock, and
fresh readers, which see the new state, come back.
"""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, TypeVar

from shobun.api.errors import ApiError
from shobun.api.lanes import Lanes
from shobun.api.worker import Answer, Job
from shobun.core.errors import ShobunError

T = TypeVar("T")
START_TIMEOUT_S = 60.0
WORKER = "from shobun.api.worker import run; run()"


class WorkerDied(Exception):
    pass


class Overtime(Exception):
    """The worker did not answer within the timeout (it is still running the job)."""


class OverMemory(Exception):
    """The worker's resident memory passed the cap while it ran the job."""


WATCH_S = 0.1  # how often a busy worker's memory (and run time) is read
SLOW_S = 0.5  # a job running longer has its worker's CPU priority lowered
SLOW_NICE = 19  # …to this niceness, the lowest (the server and the other workers stay at theirs)
LEASH_S = 1.0  # how long a SPARQL query may run on a worker reserved for the JSON API
LEASH_PAUSE_S = 10.0  # no borrowing for this long after a borrowed worker was stopped
PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def resident_bytes(pid: int) -> int:
    """A process's resident set size from /proc (0 where there is no /proc)."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as statm:
            return int(statm.read().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0


class WorkerProcess:
    """One worker (a `python` running `api.worker.run`) and the server's end of its socket.

    A fresh interpreter rather than a multiprocessing child: nothing of the server (its
    threads, its event loop, its `__main__`) is copied or re-imported into the worker.
    """

    def __init__(self, directory: str, writable: bool) -> None:
        ours, theirs = socket.socketpair()
        fd = theirs.fileno()
        mode = "write" if writable else "read"
        self.proc = subprocess.Popen(
            [sys.executable, "-c", WORKER, directory, mode, str(fd)], pass_fds=[fd]
        )
        theirs.close()
        self.conn = Connection(ours.detach())
        self.niced = False  # lowered for a slow job: restored or replaced once it ends
        self._nice = 0
        first = self.call(None, START_TIMEOUT_S)
        if first.status != 200:
            self.stop()
            raise ShobunError(first.code or "SHOBUN-E050", directory, first.message)

    def call(self, job: Job | None, timeout: float) -> Answer:
        """Send a job (None: just read the next answer) and wait for the answer."""
        try:
            if job is not None:
                self.conn.send(job)
            ready = self.conn.poll(timeout)
            answer = self.conn.recv() if ready else None
        except (EOFError, OSError) as err:
            raise WorkerDied(str(err) or type(err).__name__) from None
        if answer is None:
            raise Overtime
        assert isinstance(answer, Answer)
        return answer

    def lower_priority(self) -> None:
        """Let a slow job yield the CPU to every other process of the server: two
        runaway queries on a two-core machine otherwise slow the event loop and the
        cheap queries several times over."""
        try:
            self._nice = os.getpriority(os.PRIO_PROCESS, self.proc.pid)
            os.setpriority(os.PRIO_PROCESS, self.proc.pid, SLOW_NICE)
        except (OSError, AttributeError):
            return
        self.niced = True

    def restore_priority(self) -> bool:
        """The worker's priority as it was, where the process may raise it again
        (RLIMIT_NICE, or privileges); False: the worker has to be replaced."""
        try:
            os.setpriority(os.PRIO_PROCESS, self.proc.pid, self._nice)
        except OSError:
            return False
        self.niced = False
        return True

    def alive(self) -> bool:
        return self.proc.poll() is None

    def stop(self) -> None:
        self.conn.close()
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.kill()

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait()
        self.conn.close()


class WorkerPool:
    """`size` reader processes over the embedded store at `directory`."""

    def __init__(
        self,
        directory: Path,
        size: int,
        timeout_s: float,
        queue_s: float,
        memory_mb: int = 0,
        reserved: int = 1,
        max_waiting: int = 64,
    ) -> None:
        self.location = str(directory)
        self.size = max(1, size)
        self.reserved = max(0, reserved)  # workers for the JSON API and pages only
        self.max_waiting = max_waiting  # SPARQL requests waiting for a worker, at most
        self.waiting = 0
        self._leash_broken = 0.0  # when a borrowed worker last had to be stopped
        self._busy: set[WorkerProcess] = set()  # running a job: killed if the server stops
        self._closing = False
        self.timeout_s = timeout_s
        self.queue_s = queue_s
        self.memory_mb = memory_mb  # 0: no cap
        self.generation = 0  # bumped by each update, so callers can drop their caches
        self.cacheable = True  # nothing but our own updates changes the store
        self._threads = ThreadPoolExecutor(
            self.size + self.reserved + 2, thread_name_prefix="shobun-query"
        )
        # idle workers: "sparql" for SPARQL (and the rest), "api" never for SPARQL
        self._lanes: Lanes[WorkerProcess] = Lanes()
        self._open = asyncio.Event()
        self._update = asyncio.Lock()
        self._tasks: set[asyncio.Task[None]] = set()

    async def _thread(self, fn: Any, *args: Any) -> Any:
        return await asyncio.get_running_loop().run_in_executor(self._threads, fn, *args)

    def _spawn(self, writable: bool = False) -> WorkerProcess:
        return WorkerProcess(self.location, writable)

    async def start(self) -> None:
        count = self.size + self.reserved
        readers = await asyncio.gather(*(self._thread(self._spawn) for _ in range(count)))
        for i, reader in enumerate(readers):
            self._lanes.put(reader, "sparql" if i < self.size else "api")
        self._open.set()

    def _home(self, job: Job) -> tuple[str, ...]:
        """The lanes a job may take a worker from, in order of preference. The JSON API
        and pages take an idle SPARQL worker if there is one, else the first worker of
        either lane to come free (their reserved one included), so runaway SPARQL queries
        cannot stall them. A SPARQL query finding every SPARQL worker busy may borrow an
        idle reserved one on a short leash (`LEASH_S`): a cheap query is answered, a
        runaway is stopped there (and no query borrows again for `LEASH_PAUSE_S`)."""
        if job.op != "query":
            return ("sparql", "api") if self.reserved else ("sparql",)
        lanes = self._lanes
        rested = time.monotonic() - self._leash_broken > LEASH_PAUSE_S
        borrow = self.reserved and rested and not lanes.free("sparql") and lanes.free("api")
        return ("api",) if borrow else ("sparql",)

    async def _acquire(self, job: Job) -> tuple[WorkerProcess, str]:
        if job.op == "query" and self.waiting >= self.max_waiting:
            message = f"{self.waiting} queries are waiting for the {self.size} query workers"
            raise ApiError.of("busy", message, {"Retry-After": "10"})
        self.waiting += 1
        try:
            async with asyncio.timeout(self.queue_s):
                await self._open.wait()
                return await self._lanes.get(self._home(job))
        except TimeoutError:
            message = f"all {self.size} query workers stayed busy for {self.queue_s} s"
            raise ApiError.of("busy", message, {"Retry-After": "5"}) from None
        finally:
            self.waiting -= 1

    async def run(self, job: Job, timeout: float | None = None) -> Answer:
        """Run a job on an idle reader; 503 when it times out or its worker dies."""
        limit = timeout or self.timeout_s
        reader, home = await self._acquire(job)
        borrowed = home == "api" and job.op == "query"
        self._busy.add(reader)
        try:
            answer = await self._ask(reader, job, min(limit, LEASH_S) if borrowed else limit)
        except Overtime:
            self._replace(reader, home)
            if borrowed:
                self._leash_broken = time.monotonic()
                message = f"all {self.size} query workers are busy; try again later"
                raise ApiError.of("busy", message, {"Retry-After": "10"}) from None
            message = f"query stopped after {limit:g} s (SHOBUN_SPARQL_TIMEOUT_S)"
            raise ApiError.of("query_timeout", message, {"Retry-After": "1"}) from None
        except OverMemory:
            self._replace(reader, home)
            message = (
                f"query stopped: its worker used more than {self.memory_mb} MB of memory "
                "(SHOBUN_SPARQL_MEMORY_MB); narrow the query or add a LIMIT"
            )
            raise ApiError.of("query_memory", message, {"Retry-After": "1"}) from None
        except WorkerDied as err:
            self._replace(reader, home)
            raise ApiError.of("worker_died", f"the query worker died ({err})") from None
        except BaseException:  # cancelled: the worker may still be busy, so replace it
            self._replace(reader, home)
            raise
        finally:
            self._busy.discard(reader)
        if reader.niced and not reader.restore_priority():
            self._replace(reader, home)
        else:
            self._lanes.put(reader, home)
        return answer

    async def _ask(self, reader: WorkerProcess, job: Job, limit: float) -> Answer:
        """Send the job and wait on the event loop (no thread) for the answer."""
        loop = asyncio.get_running_loop()
        ready: asyncio.Future[None] = loop.create_future()

        def readable() -> None:
            if not ready.done():
                ready.set_result(None)

        fd = reader.conn.fileno()
        try:
            reader.conn.send(job)
            loop.add_reader(fd, readable)
            try:
                await self._watch(reader, ready, loop.time() + limit)
            finally:
                loop.remove_reader(fd)
            answer = reader.conn.recv()
        except (EOFError, OSError) as err:
            raise WorkerDied(str(err) or type(err).__name__) from None
        assert isinstance(answer, Answer)
        return answer

    async def _watch(self, reader: WorkerProcess, ready: asyncio.Future[None], end: float) -> None:
        """Wait for the answer until `end`, reading the worker's memory every `WATCH_S`
        and lowering its priority once the job has run `SLOW_S`."""
        loop = asyncio.get_running_loop()
        cap = self.memory_mb * 1024 * 1024
        slow = loop.time() + SLOW_S
        while not ready.done():
            left = end - loop.time()
            if left <= 0:
                raise Overtime
            watching = cap or not reader.niced
            await asyncio.wait({ready}, timeout=min(WATCH_S, left) if watching else left)
            if ready.done():
                return
            if cap and resident_bytes(reader.proc.pid) > cap:
                raise OverMemory
            if not reader.niced and loop.time() > slow:
                reader.lower_priority()

    def _replace(self, reader: WorkerProcess, home: str) -> None:
        reader.kill()
        if self._closing:
            return
        task = asyncio.get_running_loop().create_task(self._respawn(home))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _respawn(self, home: str) -> None:
        self._lanes.put(await self._thread(self._spawn), home)

    async def exclusive(self, job: Job) -> Answer:
        """Run an update in a writer process while no reader holds the store."""
        async with self._update:
            self._open.clear()
            readers: list[tuple[WorkerProcess, str]] = []
            try:
                async with asyncio.timeout(self.queue_s):
                    for home, count in (("sparql", self.size), ("api", self.reserved)):
                        for _ in range(count):
                            readers.append(await self._lanes.get((home,)))
            except TimeoutError:
                for r, home in readers:
                    self._lanes.put(r, home)
                self._open.set()
                raise ApiError.of("busy", "readers stayed busy; update not run") from None
            try:
                await asyncio.gather(*(self._thread(r.stop) for r, _ in readers))
                answer: Answer = await self._thread(self._write, job)
                return answer
            finally:
                self.generation += 1
                await self.start()

    def _write(self, job: Job) -> Answer:
        writer = self._spawn(writable=True)
        try:
            return writer.call(job, self.timeout_s)
        except Overtime:
            writer.kill()
            return Answer.failed("query_timeout", "update stopped at the timeout")
        except WorkerDied as err:
            return Answer.failed("worker_died", f"the update worker died ({err})")
        finally:
            if writer.alive():
                writer.stop()

    async def close(self) -> None:
        self._open.clear()
        self._closing = True
        for reader in list(self._busy):  # a runaway would outlive the server otherwise
            await self._thread(reader.kill)
        for task in list(self._tasks):
            await task
        for reader in self._lanes.drain():
            await self._thread(reader.stop)
        self._threads.shutdown(wait=False)
