"""SPARQL Update on the real server: LOAD refused unless its host is allowed (a loopback
listener counts what reaches it), and the protocol's update dataset (rdf-tests
sparql11/protocol update_dataset_*, bad_update_dataset_conflict) as a table."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox
import pytest

from shobun.graph.store import EmbeddedStore

if TYPE_CHECKING:
    from conftest_api import Server

pytest_plugins = ["conftest_api"]
TOKEN = "update-test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
DATA = b'<urn:x:loaded> <urn:x:p> "fetched" .\n'


class Listener:
    """A loopback HTTP server that answers N-Triples and counts the requests it gets."""

    def __init__(self) -> None:
        hits: list[str] = []

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                hits.append(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "application/n-triples")
                self.send_header("Content-Length", str(len(DATA)))
                self.end_headers()
                self.wfile.write(DATA)

            def log_message(self, *args: object) -> None:
                return None

        self.hits = hits
        self.http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.http.server_address[1]}"
        threading.Thread(target=self.http.serve_forever, daemon=True).start()


@pytest.fixture(scope="module")
def writable(make_server: Callable[..., Server]) -> Server:
    """One server that takes updates; each case writes to graphs of its own."""
    return make_server(update_token=TOKEN)


@pytest.fixture(scope="module")
def listener() -> Iterator[Listener]:
    running = Listener()
    yield running
    running.http.shutdown()
    running.http.server_close()


def update(server: Server, text: str, **params: list[str]) -> tuple[int, str]:
    form = {"update": text, **{k.replace("_", "-"): v for k, v in params.items()}}
    r = server.client.post("/sparql/update", data=form, headers=AUTH)
    return r.status_code, r.text


def count(server: Server, graph: str) -> int:
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    r = server.client.get("/sparql", params={"query": query})
    assert r.status_code == 200, r.text
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


LOADS = {
    "LOAD": "LOAD <{url}/a.nt>",
    "LOAD SILENT": "LOAD SILENT <{url}/b.nt>",
    "load into graph, lower case": "load <{url}/c.nt> into graph <urn:x:into>",
    "through a prefix": "PREFIX h: <{url}/> LOAD h:d.nt",
    "relative to BASE": "BASE <{url}/> LOAD <e.nt>",
    "after another operation": "INSERT DATA {{ <urn:x:a> <urn:x:b> <urn:x:c> }} ; LOAD <{url}/f.nt>",
    "a local file": "LOAD <file:///etc/hostname>",
}


@pytest.mark.parametrize("text", list(LOADS.values()), ids=list(LOADS))
def test_load_is_refused_and_fetches_nothing(
    writable: Server, listener: Listener, text: str
) -> None:
    status, body = update(writable, text.format(url=listener.url))
    assert status == 403 and '"load_refused"' in body, body
    assert listener.hits == []
    assert count(writable, "urn:x:into") == 0
    r = writable.client.get("/sparql", params={"query": "ASK { <urn:x:a> <urn:x:b> <urn:x:c> }"})
    assert r.json()["boolean"] is False  # nothing of a refused request ran


def test_load_from_an_allowed_host(make_server: Callable[..., Server], listener: Listener) -> None:
    server = make_server(update_token=TOKEN, sparql_load_hosts='["127.0.0.1"]')
    status, body = update(server, f"LOAD <{listener.url}/ok.nt> INTO GRAPH <urn:x:loaded>")
    assert status == 204, body
    assert listener.hits == ["/ok.nt"] and count(server, "urn:x:loaded") == 1
    listener.hits.clear()
    status, body = update(server, "LOAD <http://localhost:9/elsewhere.nt>")
    assert status == 403 and listener.hits == []


@dataclass(frozen=True)
class Using:
    """An update run with using-graph-uri / using-named-graph-uri (notice letters), and
    how many triples it must write into <urn:x:out> (a sum of notice sizes, U: union)."""

    text: str
    default: str = ""
    named: str = ""
    writes: str = ""


COPY_DEFAULT = "INSERT { GRAPH <urn:x:out> { ?s ?p ?o } } WHERE { ?s ?p ?o }"
COPY_NAMED = "INSERT { GRAPH <urn:x:out> { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } }"
USING_CASES = {
    "no parameters: the union": Using(COPY_DEFAULT, writes="U"),
    "update_dataset_default_graph": Using(COPY_DEFAULT, "A", writes="A"),
    "update_dataset_default_graphs": Using(COPY_DEFAULT, "AB", writes="AB"),
    "update_dataset_named_graphs": Using(COPY_NAMED, named="BC", writes="BC"),
    "update_dataset_named_graphs: an empty default": Using(COPY_DEFAULT, named="B", writes=""),
    "update_dataset_full": Using(
        COPY_DEFAULT + " ; " + COPY_NAMED, default="A", named="C", writes="AC"
    ),
    "DELETE WHERE sees only the dataset (no named graphs: deletes nothing)": Using(
        COPY_DEFAULT + " ; DELETE WHERE { GRAPH <urn:x:out> { ?s ?p ?o } }", "D", writes="D"
    ),
}


@pytest.fixture(scope="module")
def sizes(store_dir: Path) -> dict[str, int]:
    """Triples per notice (letters in IRI order) and in the union, read from disk."""
    with EmbeddedStore(store_dir, read_only=True) as store:
        db = store.oxigraph
        iris = store.notices()
        found = {
            letter: len(list(db.quads_for_pattern(None, None, None, ox.NamedNode(iri))))
            for letter, iri in zip("ABCDE", iris, strict=True)
        }
        found["U"] = len(list(db.quads_for_pattern(None, None, None, ox.DefaultGraph())))
        found["iris"] = iris  # type: ignore[assignment]
    return found


@pytest.mark.parametrize(
    ("number", "case"), list(enumerate(USING_CASES.values())), ids=list(USING_CASES)
)
def test_update_dataset(writable: Server, sizes: dict[str, int], number: int, case: Using) -> None:
    out, tmp = f"urn:x:out/{number}", f"urn:x:tmp/{number}"
    text = case.text.replace("urn:x:out", out).replace("urn:x:tmp", tmp)
    iris: list[str] = sizes["iris"]  # type: ignore[assignment]
    graphs = {"ABCDE"[i]: iri for i, iri in enumerate(iris)}
    params = {
        "using_graph_uri": [graphs[x] for x in case.default],
        "using_named_graph_uri": [graphs[x] for x in case.named],
    }
    status, body = update(writable, text, **params)
    assert status == 204, body
    assert count(writable, out) == sum(sizes[x] for x in case.writes)


CONFLICTS = {
    "bad_update_dataset_conflict: USING": "DELETE { ?s ?p ?o } USING <urn:x:g> WHERE { ?s ?p ?o }",
    "USING NAMED": "DELETE { ?s ?p ?o } USING NAMED <urn:x:g> WHERE { GRAPH ?g { ?s ?p ?o } }",
    "WITH": "WITH <urn:x:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
}


@pytest.mark.parametrize("key", ["using_graph_uri", "using_named_graph_uri"])
@pytest.mark.parametrize("text", list(CONFLICTS.values()), ids=list(CONFLICTS))
def test_update_dataset_conflict_is_400(writable: Server, text: str, key: str) -> None:
    status, body = update(writable, text, **{key: ["urn:x:g"]})
    assert status == 400 and '"dataset_conflict"' in body, body
