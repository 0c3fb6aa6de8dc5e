"""Fixtures for the server tests: the shipped corpus ingested into an embedded store, and
`shobun serve` running on a free loopback port in a subprocess, reached with httpx.

Test modules load it with `pytest_plugins = ["conftest_api"]` (so pytest rewrites its
asserts) and import it only for type checking.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SEED = "ppc-2024-01-ntt-procx-overview"
BASE = "https://w3id.org/shobun/id/"


def corpus_files() -> list[Path]:
    """The five shipped notices (corpus/*.md|txt, not the corpus README)."""
    return sorted(
        p for p in CORPUS.iterdir() if p.suffix in (".md", ".txt") and p.name != "README.md"
    )


def fill_store(directory: Path) -> None:
    """Ingest the corpus with the store's own ingestion (one process, no pool)."""
    from shobun.graph.ingest import Options, ingest
    from shobun.graph.store import EmbeddedStore

    with EmbeddedStore(directory) as store:
        report = ingest(store, corpus_files(), Options(workers=1))
    assert report.ingested == 5 and not report.failures, report.lines()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextmanager
def oxigraph_server(location: Path) -> Iterator[str]:
    """An Oxigraph server (PyPI `oxigraph`, a dev dependency) on 127.0.0.1 storing in
    `location`; yields its query URL and stops it afterwards."""
    binary = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which(
        "oxigraph"
    )
    if binary is None:
        pytest.fail("the oxigraph server (PyPI `oxigraph`, in the dev extra) is not installed")
    port = free_port()
    command = [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/query"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(url, params={"query": "ASK {}"}, timeout=1, trust_env=False)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError("oxigraph server did not start") from None
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


class Server:
    """`shobun serve` in a subprocess; `client` talks to it over loopback."""

    def __init__(self, store: Path | None, log: Path, endpoint: str = "", **env: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        where = ["--endpoint", endpoint] if endpoint else ["--store", str(store)]
        command = [sys.executable, "-m", "shobun", "serve", *where, "--port", str(self.port)]
        environ = {**os.environ, **{f"SHOBUN_{k.upper()}": v for k, v in env.items()}}
        self.log = log
        with open(log, "wb") as out:
            self.proc = subprocess.Popen(command, env=environ, stdout=out, stderr=out)
        self.client = httpx.Client(base_url=self.url, timeout=60, trust_env=False)
        self._wait()

    def _wait(self) -> None:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited: {self.log.read_text()}")
            try:
                if self.client.get("/api/v1/health").status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.2)
        raise RuntimeError(f"server did not start: {self.log.read_text()}")

    def stop(self) -> None:
        self.client.close()
        self.proc.terminate()
        try:
            self.proc.wait(20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture(scope="session")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("api") / "store"
    fill_store(directory)
    return directory


@pytest.fixture(scope="session")
def server(store_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The server over the corpus with default settings (read-only, generous limits)."""
    running = Server(store_dir, tmp_path_factory.mktemp("log") / "server.log")
    yield running
    running.stop()


@pytest.fixture(scope="session")
def make_server(
    store_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Callable[..., Server]]:
    """Start another server with its own settings (`SHOBUN_*` as keywords) on a private
    copy of the store, so tests that write or set tight limits disturb no one."""
    started: list[Server] = []

    def make(**env: str) -> Server:
        root = tmp_path_factory.mktemp("private")
        store = shutil.copytree(store_dir, root / "store")
        started.append(Server(store, root / "server.log", **env))
        return started[-1]

    yield make
    for running in started:
        running.stop()


VIRTUOSO_INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = .
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
ServerThreads = 10
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 10000
MaxQueryExecutionTime = 120
"""


@contextmanager
def virtuoso_server(location: Path) -> Iterator[str]:
    """Debian's Virtuoso 7 (`virtuoso-opensource`, installed by .ci/run) on 127.0.0.1 with
    a fresh database in `location`; yields its base URL (…/sparql reads, …/sparql-auth
    writes with Digest dba:dba, the fresh database's account) and stops it afterwards."""
    binary = shutil.which("virtuoso-t")
    if binary is None:
        pytest.fail("virtuoso-t (Debian virtuoso-opensource, in .ci/apt-packages) is missing")
    location.mkdir(parents=True, exist_ok=True)
    http = free_port()
    ini = location / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(d=location, sql=free_port(), http=http))
    log = open(location / "stdout.log", "wb")  # noqa: SIM115 - closed below
    proc = subprocess.Popen([binary, "-c", str(ini), "+foreground"], stdout=log, stderr=log)
    base = f"http://127.0.0.1:{http}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                r = httpx.get(f"{base}/sparql", params={"query": "ASK {}"}, trust_env=False)
                if r.status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline or proc.poll() is not None:
                raise RuntimeError(
                    f"virtuoso did not start: {(location / 'stdout.log').read_text()}"
                )
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
