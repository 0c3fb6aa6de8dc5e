"""Apache Jena's SPARQL engine (ARQ over a TDB2 database, Debian `libapache-jena-java`)
on a loopback port, for tests of the store on an engine beyond Oxigraph and Virtuoso.

Fuseki itself is published on Maven Central only, which these machines cannot reach, so
this is the engine Fuseki runs without Fuseki's HTTP layer: a small SPARQL 1.1 protocol
front (form POSTs of `query=` or `update=`) that runs each request as one Jena command
(`tdb2.tdbquery`, `tdb2.tdbupdate`) over the database and answers with what Jena printed.
What it cannot hand to Jena as it is — protocol dataset parameters, two queries, an
unknown result format — it refuses (400 / 406), so every answer is Jena's own.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import threading
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from urllib.parse import parse_qs

import pytest

JARS = Path("/usr/share/java")
# libapache-jena-java 4.5.0 and the jars it depends on (Debian's unversioned names)
CLASSPATH = (
    "jena-arq",
    "jena-base",
    "jena-cmds",
    "jena-core",
    "jena-dboe-base",
    "jena-dboe-index",
    "jena-dboe-storage",
    "jena-dboe-trans-data",
    "jena-dboe-transaction",
    "jena-iri",
    "jena-tdb2",
    "commons-cli",
    "commons-codec",
    "commons-compress",
    "commons-csv",
    "commons-io",
    "commons-lang3",
    "dexx.collection",
    "gson",
    "guava",
    "httpclient",
    "httpcore",
    "jackson-core",
    "jackson-databind",
    "jackson-annotations",
    "jsonld-java",
    "jakarta.json-api",
    "protobuf",
    "slf4j-api",
    "slf4j-nop",
    "thrift",
    "titanium-json-ld",
)
# a media type the client accepts → the `--results` name of the Jena command
RESULTS = {
    "application/sparql-results+json": "json",
    "application/n-triples": "nt",
}


def xerces_messages(into: Path) -> Path:
    """Debian's jena-core 4.5.0-2 moves Jena's shaded Xerces classes to `xerces.*` but
    leaves their message files under `org/apache/jena/ext/xerces/`, so the first XSD
    datatype fails to initialise ("internal error"). Copies of the files where the
    classes look for them, as a classpath folder."""
    with zipfile.ZipFile(JARS / "jena-core.jar") as jar:
        for name in jar.namelist():
            prefix = "org/apache/jena/ext/xerces/"
            if name.startswith(prefix) and name.endswith(".properties"):
                target = into / "xerces" / name.removeprefix(prefix)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(jar.read(name))
    return into


def classpath(scratch: Path) -> str:
    missing = [j for j in CLASSPATH if not (JARS / f"{j}.jar").exists()]
    if shutil.which("java") is None or missing:
        pytest.fail(
            "Jena needs Debian's libapache-jena-java and default-jre-headless "
            f"(.ci/apt-packages); missing: {missing or 'java'}"
        )
    return ":".join([str(xerces_messages(scratch)), *(str(JARS / f"{j}.jar") for j in CLASSPATH)])


class Jena:
    """One TDB2 database and the commands that read and write it."""

    def __init__(self, location: Path, cp: str) -> None:
        self.location = location
        self.cp = cp
        self.lock = threading.Lock()

    def run(
        self, command: str, flag: str, text: str, *extra: str
    ) -> subprocess.CompletedProcess[str]:
        with self.lock, tempfile.NamedTemporaryFile("w", suffix=".rq", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            args = ["java", "-cp", self.cp, command, "--loc", str(self.location), *extra]
            return subprocess.run([*args, flag, f.name], capture_output=True, text=True)


def _handler(jena: Jena) -> type[BaseHTTPRequestHandler]:
    class Protocol(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            form = parse_qs(body.decode("utf-8"), keep_blank_values=True)
            if set(form) - {"query", "update"} or sum(len(v) for v in form.values()) != 1:
                return self.answer(400, "text/plain", f"not passed on: {sorted(form)}")
            if "update" in form:
                done = jena.run("tdb2.tdbupdate", "--update", form["update"][0])
                return self.answer(200 if done.returncode == 0 else 400, "text/plain", done.stderr)
            accept = self.headers.get("Accept", "")
            fmt = next((m for m in RESULTS if m in accept), None)
            if fmt is None:
                return self.answer(406, "text/plain", f"no format for {accept!r}")
            done = jena.run(
                "tdb2.tdbquery", "--query", form["query"][0], f"--results={RESULTS[fmt]}"
            )
            if done.returncode:
                return self.answer(400, "text/plain", done.stderr)
            return self.answer(200, fmt, done.stdout)

        def answer(self, status: int, media_type: str, text: str) -> None:
            data = text.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", media_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: object) -> None:
            return None

    return Protocol


@contextmanager
def jena_server(location: Path) -> Iterator[str]:
    """Jena on 127.0.0.1 over a new TDB2 database in `location`; yields a Fuseki-style
    dataset URL (query, update and graph store all at …/ds) and stops afterwards."""
    location.mkdir(parents=True, exist_ok=True)
    jena = Jena(location / "tdb2", classpath(location / "classes"))
    server = HTTPServer(("127.0.0.1", 0), _handler(jena))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/ds"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)
