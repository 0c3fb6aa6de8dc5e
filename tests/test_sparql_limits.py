"""Limits and writes, on a server of their own: a runaway query is stopped with a 503
while other clients are served, the row cap, SPARQL Update behind a bearer token, CORS."""

from __future__ import annotations

import io
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx
import pytest
from rdflib.query import Result

if TYPE_CHECKING:
    from conftest_api import Server

pytest_plugins = ["conftest_api"]
TOKEN = "s3cret-token"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
QUICK = "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/shobun/ontology#Notice> }"


@pytest.fixture(scope="module")
def limited(make_server: Callable[..., Server]) -> Server:
    return make_server(
        sparql_timeout_s="3",
        sparql_max_rows="5",
        sparql_workers="2",
        update_token=TOKEN,
        cors_origins='["http://researcher.example"]',
    )


def test_runaway_query_is_stopped_while_other_clients_are_served(limited: Server) -> None:
    outcome: dict[str, Any] = {}

    def runaway() -> None:
        started = time.monotonic()
        with httpx.Client(base_url=limited.url, timeout=60, trust_env=False) as client:
            outcome["response"] = client.get("/sparql", params={"query": RUNAWAY})
        outcome["seconds"] = time.monotonic() - started
        outcome["done_at"] = time.monotonic()

    thread = threading.Thread(target=runaway)
    thread.start()
    time.sleep(0.5)  # the runaway now holds one of the two workers
    served = []
    for _ in range(5):
        r = limited.client.get("/sparql", params={"query": QUICK})
        assert r.status_code == 200
        served.append(time.monotonic())
        r = limited.client.get("/api/v1/notices", params={"per_page": 1})
        assert r.status_code == 200 and r.json()["total"] == 5
    thread.join()
    response = outcome["response"]
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "query_timeout"
    assert "3 s" in response.json()["error"]["message"]
    assert 2.5 < outcome["seconds"] < 15
    assert all(t < outcome["done_at"] for t in served), "other clients waited for the runaway"


def test_server_recovers_after_a_runaway(limited: Server) -> None:
    limited.client.get("/sparql", params={"query": RUNAWAY})
    for _ in range(4):  # more requests than workers: the killed one has been replaced
        assert limited.client.get("/sparql", params={"query": QUICK}).status_code == 200


def test_row_cap_cuts_and_says_so(limited: Server) -> None:
    r = limited.client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert len(r.json()["results"]["bindings"]) == 5
    assert r.headers["shobun-rows"] == "5"
    assert "SHOBUN_SPARQL_MAX_ROWS=5" in r.headers["shobun-truncated"]
    small = limited.client.get("/sparql", params={"query": QUICK})
    assert "shobun-truncated" not in small.headers


RESULT_FORMATS = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}


@pytest.mark.parametrize("accept", list(RESULT_FORMATS), ids=list(RESULT_FORMATS.values()))
@pytest.mark.parametrize(
    "n", [0, 4, 5, 6, 50], ids=["none", "under the cap", "at the cap", "one over", "far over"]
)
def test_row_cap_in_every_results_format(limited: Server, accept: str, n: int) -> None:
    numbers = " ".join(str(i) for i in range(n))
    query = f"SELECT ?x ?y WHERE {{ VALUES ?x {{ {numbers} }} BIND (STR(?x) AS ?y) }} ORDER BY ?x"
    r = limited.client.get("/sparql", params={"query": query}, headers={"Accept": accept})
    assert r.status_code == 200, r.text
    result = Result.parse(io.BytesIO(r.content), format=RESULT_FORMATS[accept])
    assert [int(str(row[0])) for row in result] == list(range(min(n, 5)))  # type: ignore[index]
    assert r.headers["shobun-rows"] == str(min(n, 5))
    assert ("shobun-truncated" in r.headers) == (n > 5)


def test_update_needs_the_bearer_token(limited: Server) -> None:
    update = "INSERT DATA { <urn:x:a> <urn:x:b> 'c' }"
    assert limited.client.post("/sparql/update", data={"update": update}).status_code == 401
    wrong = {"Authorization": "Bearer nope"}
    r = limited.client.post("/sparql/update", data={"update": update}, headers=wrong)
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    ask = "ASK { <urn:x:a> ?p ?o }"
    assert limited.client.get("/sparql", params={"query": ask}).json()["boolean"] is False
    good = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/sparql-update"}
    r = limited.client.post("/sparql/update", content=update.encode(), headers=good)
    assert r.status_code == 204, r.text
    assert limited.client.get("/sparql", params={"query": ask}).json()["boolean"] is True


def test_update_refuses_service(limited: Server) -> None:
    update = "INSERT { ?s ?p ?o } WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"
    headers = {"Authorization": f"Bearer {TOKEN}"}
    r = limited.client.post("/sparql/update", data={"update": update}, headers=headers)
    assert r.status_code == 403 and r.json()["error"]["code"] == "service_refused"


def test_cors_allows_the_configured_origin_only(limited: Server) -> None:
    preflight = {
        "Origin": "http://researcher.example",
        "Access-Control-Request-Method": "GET",
    }
    r = limited.client.options("/api/v1/notices", headers=preflight)
    assert r.headers["access-control-allow-origin"] == "http://researcher.example"
    r = limited.client.get("/api/v1/health", headers={"Origin": "http://elsewhere.example"})
    assert "access-control-allow-origin" not in r.headers
