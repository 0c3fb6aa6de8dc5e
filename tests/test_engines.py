"""The store commands against real servers no one here wrote — Oxigraph server (PyPI
`oxigraph`) and Debian's Virtuoso 7 — each beside the embedded store doing the same:
ingest, re-ingest (all unchanged), one file changed (replaced), `remove`, `export` in
every format (equal to the embedded store's), `serve --endpoint`, and an ingest into
Virtuoso killed mid-way then re-run.

Dumps are compared as Oxigraph stores them: Virtuoso keeps `"0"^^xsd:nonNegativeInteger`
where Oxigraph keeps `"0"^^xsd:integer`, the same value; loading both dumps into an
Oxigraph store in memory puts them in one canonical form.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox
import pytest
from test_ingest_real import gen_corpus

from shobun.cli import main
from shobun.core.settings import Settings
from shobun.graph.endpoint import Remote, remote_for
from shobun.graph.remote import RemoteStore
from shobun.graph.store import EmbeddedStore, dump_nquads, union_mismatches

if TYPE_CHECKING:
    from conftest_api import Server

pytest_plugins = ["conftest_api"]
FORMATS = {
    "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
    "ttl": ox.RdfFormat.TURTLE,
}
VIRTUOSO_ENV = {
    "SHOBUN_ENDPOINT_USER": "dba",
    "SHOBUN_ENDPOINT_PASSWORD": "dba",
    "SHOBUN_ENDPOINT_AUTH": "digest",
}


@dataclass(frozen=True)
class Engine:
    """A running server: the command-line options that reach it, and the environment."""

    name: str
    options: tuple[str, ...]
    env: dict[str, str]

    def remote(self) -> Remote:
        endpoint, update, union = (
            self._option(o) for o in ("--endpoint", "--update-endpoint", "--union-graph")
        )
        assert endpoint is not None
        return remote_for(Settings(**_settings(self.env)), endpoint, update, None, union)

    def _option(self, name: str) -> str | None:
        return self.options[self.options.index(name) + 1] if name in self.options else None


def _settings(env: dict[str, str]) -> dict[str, str]:
    return {k.removeprefix("SHOBUN_").lower(): v for k, v in env.items()}


@pytest.fixture(params=["oxigraph", "virtuoso"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    from conftest_api import oxigraph_server, virtuoso_server

    if request.param == "oxigraph":
        with oxigraph_server(tmp_path / "oxigraph") as url:
            yield Engine("oxigraph", ("--endpoint", url), {})
        return
    with virtuoso_server(tmp_path / "virtuoso") as base:
        options = (
            "--endpoint",
            f"{base}/sparql",
            "--update-endpoint",
            f"{base}/sparql-auth",
            "--union-graph",
            "urn:shobun:union",
        )
        yield Engine("virtuoso", options, VIRTUOSO_ENV)


def canonical(data: bytes, fmt: ox.RdfFormat) -> list[str]:
    """Quads as an Oxigraph store holds them, sorted."""
    store = ox.Store()
    store.load(data, format=fmt)
    return sorted(str(q) for q in store)


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> dict[str, int]:
    """`shobun ingest … --json` in this process: the report's counts."""
    capsys.readouterr()
    assert main([*args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_commands_on_a_server_equal_the_embedded_store(
    engine: Engine,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for key, value in engine.env.items():
        monkeypatch.setenv(key, value)
    docs = tmp_path / "docs"
    gen_corpus().generate(6, docs)
    local = ("--store", str(tmp_path / "local"))
    for where in (engine.options, local):
        ingest = ["ingest", str(docs), *where, "--workers", "1"]
        assert run(ingest, capsys)["ingested"] == 6
        assert run(ingest, capsys)["unchanged"] == 6
    first = sorted(docs.iterdir())[0]
    first.write_text(first.read_text(encoding="utf-8") + "\n追記\n", encoding="utf-8")
    for where in (engine.options, local):
        report = run(["ingest", str(docs), *where, "--workers", "1"], capsys)
        assert (report["replaced"], report["unchanged"]) == (1, 5)
        assert main(["remove", sorted(docs.iterdir())[1].stem, *where]) == 0
    with RemoteStore(engine.remote()) as remote, EmbeddedStore(tmp_path / "local") as store:
        assert len(remote.notices()) == 5 and union_mismatches(remote) == 0
        nq = ox.RdfFormat.N_QUADS
        assert canonical(dump_nquads(remote).encode(), nq) == canonical(
            dump_nquads(store).encode(), nq
        )
    for fmt in ("nq", "trig", "jsonld", "ttl", "graphml", "csv"):
        outputs = [tmp_path / f"{name}.{fmt}" for name in ("remote", "local")]
        for where, out in zip((engine.options, local), outputs, strict=True):
            assert main(["export", "--format", fmt, *where, "-o", str(out)]) == 0
        remote_out, local_out = (o.read_bytes() for o in outputs)
        if fmt in FORMATS:
            assert canonical(remote_out, FORMATS[fmt]) == canonical(local_out, FORMATS[fmt])
        else:
            assert remote_out == local_out, fmt


SERVED = {
    "oxigraph, union in the default graph": ("oxigraph", None),
    "oxigraph, union in a named graph": ("oxigraph", "urn:shobun:union"),
    "virtuoso, union in a named graph": ("virtuoso", "urn:shobun:union"),
}


@pytest.fixture(params=list(SERVED.values()), ids=list(SERVED), scope="module")
def served(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Server, str | None]]:
    """The corpus ingested into a server, and `shobun serve --endpoint` over it."""
    from conftest_api import Server, corpus_files, oxigraph_server, virtuoso_server

    from shobun.graph.ingest import Options, ingest

    kind, union = request.param
    root = tmp_path_factory.mktemp(kind)
    env: dict[str, str] = {"union_graph": union} if union else {}
    with oxigraph_server(root / "ox") if kind == "oxigraph" else virtuoso_server(root / "v") as url:
        if kind == "virtuoso":
            env |= {k.removeprefix("SHOBUN_").lower(): v for k, v in VIRTUOSO_ENV.items()}
            env["update_endpoint"] = f"{url}/sparql-auth"
            url = f"{url}/sparql"
        remote = remote_for(Settings(**env), url)  # type: ignore[arg-type]
        with RemoteStore(remote) as store:
            report = ingest(store, corpus_files(), Options(workers=1))
        assert report.ingested == 5, report.lines()
        running = Server(None, root / "serve.log", endpoint=url, **env)
        yield running, union
        running.stop()


def rows(server: Server, query: str) -> list[dict[str, str]]:
    r = server.client.get("/sparql", params={"query": query})
    assert r.status_code == 200, r.text
    return [{k: v["value"] for k, v in b.items()} for b in r.json()["results"]["bindings"]]


def test_serve_over_a_server(served: tuple[Server, str | None], store_dir: Path) -> None:
    server, _ = served
    with EmbeddedStore(store_dir, read_only=True) as local:
        notices = local.notices()
        union_size = len(list(local.iter_quads("union")))
    assert server.client.get("/api/v1/health").json()["notices"] == 5
    assert server.client.get("/api/v1/notices").json()["total"] == 5
    count = rows(server, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert count == [{"n": str(union_size)}]
    graphs = rows(server, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert sorted(r["g"] for r in graphs) == sorted(notices)  # no system, union, meta graph
    mixed = "SELECT DISTINCT ?g WHERE { ?s a ?t GRAPH ?g { ?s ?p ?o } }"
    assert sorted(r["g"] for r in rows(server, mixed)) == sorted(notices)  # meta hidden
    named = "SELECT * WHERE { ?s a ?t GRAPH <urn:shobun:meta> { ?s ?p ?o } } LIMIT 1"
    assert rows(server, named) == []
    one = rows(
        server, f"SELECT DISTINCT ?g FROM NAMED <{notices[0]}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"
    )
    assert one == [{"g": notices[0]}]
    assert rows(server, f"SELECT * FROM <{notices[0]}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}") == []
    hidden = "SELECT * WHERE { GRAPH <urn:shobun:meta> { ?s ?p ?o } } LIMIT 1"
    assert rows(server, hidden) == []
    page = server.client.get(
        f"/notices/{notices[0].rsplit('/', 1)[1]}", headers={"Accept": "text/html"}
    )
    assert page.status_code == 200


def test_an_ingest_into_virtuoso_killed_mid_way_then_rerun(tmp_path: Path) -> None:
    """Small requests (many per batch, the bookkeeping last): the kill lands between
    two of them; the re-run stores what is missing and the dump equals the embedded one."""
    from conftest_api import virtuoso_server

    docs = tmp_path / "docs"
    gen_corpus().generate(30, docs)
    env = {**os.environ, **VIRTUOSO_ENV, "SHOBUN_ENDPOINT_MAX_STATEMENTS": "600"}
    with virtuoso_server(tmp_path / "v") as base:
        options = ["--endpoint", f"{base}/sparql", "--update-endpoint", f"{base}/sparql-auth"]
        options += ["--union-graph", "urn:shobun:union"]
        command = [sys.executable, "-m", "shobun", "ingest", str(docs), *options, "--workers", "1"]
        engine = Engine("virtuoso", tuple(options), VIRTUOSO_ENV)
        with RemoteStore(engine.remote()) as remote:
            proc = subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL)
            started = "SELECT * WHERE { GRAPH <urn:shobun:union> { ?s ?p ?o } } LIMIT 1"
            while not remote.select(started):
                assert proc.poll() is None, "the ingest ended before it was killed"
                time.sleep(0.02)
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            assert len(remote.notices()) < 30  # killed mid-way: not every notice recorded
            rerun = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
            assert rerun.returncode == 0, rerun.stderr
            assert (
                main(["ingest", str(docs), "--store", str(tmp_path / "local"), "--workers", "1"])
                == 0
            )
            with EmbeddedStore(tmp_path / "local") as local:
                nq = ox.RdfFormat.N_QUADS
                assert canonical(dump_nquads(remote).encode(), nq) == canonical(
                    dump_nquads(local).encode(), nq
                )
            assert union_mismatches(remote) == 0 and len(remote.notices()) == 30


def test_a_refused_request_fails_its_notices_and_no_credential_is_shown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A wrong password (Virtuoso answers 401 to every write): each notice is a reported
    failure, exit status 1, and neither the password nor the URL's user:password shows."""
    from conftest_api import virtuoso_server

    docs = tmp_path / "docs"
    gen_corpus().generate(3, docs)
    monkeypatch.setenv("SHOBUN_ENDPOINT_AUTH", "digest")
    with virtuoso_server(tmp_path / "v") as base:
        port = base.rsplit(":", 1)[1]
        options = ["--endpoint", f"http://dba:s3cret-word@127.0.0.1:{port}/sparql"]
        options += ["--update-endpoint", f"{base}/sparql-auth", "--union-graph", "urn:x:u"]
        capsys.readouterr()
        assert main(["ingest", str(docs), *options, "--workers", "1", "--json"]) == 1
        out, err = capsys.readouterr()
        report = json.loads(out)
        assert (report["ingested"], report["failed"]) == (0, 3)
        assert report["failed_by_code"] == {"SHOBUN-E052": 3}
        assert "s3cret-word" not in out + err and "HTTP 401" in out
        monkeypatch.setenv("SHOBUN_ENDPOINT_PASSWORD", "an0ther-secret")
        assert main(["remove", "x", *options]) != 0
        assert (
            main(
                ["export", "--format", "nq", "--endpoint", "http://u:an0ther-secret@127.0.0.1:1/q"]
            )
            != 0
        )
        out, err = capsys.readouterr()
        assert "an0ther-secret" not in out + err and "s3cret-word" not in out + err
