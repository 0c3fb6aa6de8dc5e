"""`shobun serve --endpoint URL`: the same API over a real Oxigraph server (PyPI
`oxigraph`) on 127.0.0.1 that the corpus was ingested into through the remote store."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from rdflib import Graph

if TYPE_CHECKING:
    from conftest_api import Server

pytest_plugins = ["conftest_api"]
SEED = "ppc-2024-01-ntt-procx-overview"


@pytest.fixture(scope="module")
def oxigraph_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from conftest_api import oxigraph_server

    with oxigraph_server(tmp_path_factory.mktemp("oxigraph") / "data") as url:
        yield url


@pytest.fixture(scope="module")
def remote(oxigraph_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    from conftest_api import Server, corpus_files

    from shobun.graph.ingest import Options, ingest
    from shobun.graph.remote import RemoteStore

    with RemoteStore(oxigraph_url) as store:
        report = ingest(store, corpus_files(), Options(workers=1))
    assert report.ingested == 5, report.lines()
    running = Server(None, tmp_path_factory.mktemp("remote") / "log", endpoint=oxigraph_url)
    yield running
    running.stop()


def test_sparql_through_the_remote_server(remote: Server) -> None:
    q = "SELECT ?n WHERE { ?n a <https://w3id.org/shobun/ontology#Notice> }"
    r = remote.client.get("/sparql", params={"query": q})
    assert r.status_code == 200 and len(r.json()["results"]["bindings"]) == 5
    c = "CONSTRUCT WHERE { ?s a <https://w3id.org/shobun/ontology#Statute> }"
    r = remote.client.get("/sparql", params={"query": c}, headers={"Accept": "text/turtle"})
    assert len(set(Graph().parse(data=r.text, format="turtle").subjects())) == 3
    bad = remote.client.get("/sparql", params={"query": "SELECT * WHERE {"})
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "malformed_query"


def test_json_api_and_pages_through_the_remote_server(remote: Server) -> None:
    assert remote.client.get("/api/v1/health").json()["notices"] == 5
    assert remote.client.get("/api/v1/notices").json()["total"] == 5
    notice = remote.client.get(f"/api/v1/notices/{SEED}").json()
    assert len([f for f in notice["facts"] if f["category"] == "action"]) == 8
    chains = remote.client.get("/api/v1/analytics/escalation-chains?only_escalated=false")
    assert chains.status_code == 200 and chains.json()
    page = remote.client.get(f"/notices/{SEED}", headers={"Accept": "text/html"})
    assert page.text.count('id="m-sanction-') == 6
    html = remote.client.get("/sparql", params={"query": "ASK {}"}, headers={"Accept": "text/html"})
    assert html.status_code == 200 and 'id="boolean"' in html.text
