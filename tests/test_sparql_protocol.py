"""The SPARQL 1.1 Protocol's request cases (rdf-tests sparql11/protocol: query_*, bad_*,
update_*) against the real server, as a table: how a request is sent → the status.

The dataset cases (query_dataset_*) are in test_sparql_dataset.py, the update dataset
and LOAD cases in test_sparql_update.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from conftest_api import Server

pytest_plugins = ["conftest_api"]
TOKEN = "protocol-test-token"
ASK = "ASK { ?s ?p ?o }"
INSERT = "INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }"
FORM = "application/x-www-form-urlencoded"


@dataclass(frozen=True)
class Req:
    """A request: method, path, URL parameters (pairs: a name may repeat), form fields
    (pairs) or a raw body with its Content-Type; `status` is the one it must get."""

    status: int
    method: str = "GET"
    path: str = "/sparql"
    params: list[tuple[str, str]] = field(default_factory=list)
    form: list[tuple[str, str]] = field(default_factory=list)
    body: bytes | None = None
    content_type: str = ""


QUERY_CASES = {
    "query_get": Req(200, params=[("query", ASK)]),
    "query_post_form": Req(200, "POST", form=[("query", ASK)]),
    "query_post_direct": Req(
        200, "POST", body=ASK.encode(), content_type="application/sparql-query"
    ),
    "bad_query_method (PUT)": Req(405, "PUT", params=[("query", ASK)]),
    "bad_multiple_queries (GET)": Req(400, params=[("query", ASK), ("query", ASK)]),
    "bad_multiple_queries (POST form)": Req(400, "POST", form=[("query", ASK), ("query", ASK)]),
    "a query in the URL and in the form": Req(
        400, "POST", params=[("query", ASK)], form=[("query", ASK)]
    ),
    "a query in the URL of a direct POST": Req(
        400,
        "POST",
        params=[("query", ASK)],
        body=ASK.encode(),
        content_type="application/sparql-query",
    ),
    "query and update together (GET)": Req(400, params=[("query", ASK), ("update", INSERT)]),
    "query and update together (POST form)": Req(
        400, "POST", form=[("query", ASK), ("update", INSERT)]
    ),
    "update alone on GET /sparql": Req(400, params=[("update", INSERT)]),
    "update alone on POST /sparql: read-only": Req(403, "POST", form=[("update", INSERT)]),
    "bad_query_wrong_media_type": Req(415, "POST", body=ASK.encode(), content_type="text/plain"),
    "bad_query_missing_form_type": Req(
        415, "POST", body=b"query=ASK%20%7B%7D", content_type="text/plain"
    ),
    "bad_query_missing_direct_type": Req(415, "POST", body=ASK.encode()),
    "bad_query_non_utf8": Req(
        400, "POST", body=ASK.encode("utf-16"), content_type="application/sparql-query"
    ),
    "bad_query_syntax": Req(400, params=[("query", "ASK { ?s ?p }")]),
}
UPDATE_CASES = {
    "update_post_form": Req(204, "POST", "/sparql/update", form=[("update", INSERT)]),
    "update_post_direct": Req(
        204,
        "POST",
        "/sparql/update",
        body=INSERT.encode(),
        content_type="application/sparql-update",
    ),
    "bad_update_get": Req(405, "GET", "/sparql/update", params=[("update", INSERT)]),
    "bad_multiple_updates": Req(
        400, "POST", "/sparql/update", form=[("update", INSERT), ("update", INSERT)]
    ),
    "update and query together": Req(
        400, "POST", "/sparql/update", form=[("update", INSERT), ("query", ASK)]
    ),
    "an update in the URL of a direct POST": Req(
        400,
        "POST",
        "/sparql/update",
        params=[("update", INSERT)],
        body=INSERT.encode(),
        content_type="application/sparql-update",
    ),
    "bad_update_wrong_media_type": Req(
        415, "POST", "/sparql/update", body=INSERT.encode(), content_type="text/plain"
    ),
    "bad_update_missing_form_type": Req(
        415, "POST", "/sparql/update", body=b"update=CLEAR%20ALL", content_type="text/plain"
    ),
    "bad_update_non_utf8": Req(
        400,
        "POST",
        "/sparql/update",
        body=INSERT.encode("utf-16"),
        content_type="application/sparql-update",
    ),
    "an update the store refuses (CLEAR of no graph)": Req(
        400, "POST", "/sparql/update", form=[("update", "CLEAR GRAPH <urn:x:none>")]
    ),
    "bad_update_syntax": Req(400, "POST", "/sparql/update", form=[("update", "INSERT DATA {")]),
}


@pytest.fixture(scope="module")
def writable(make_server: object) -> Server:
    return make_server(update_token=TOKEN)  # type: ignore[operator,no-any-return]


def send(server: Server, req: Req) -> tuple[int, str]:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    if req.content_type:
        headers["Content-Type"] = req.content_type
    content = req.body
    if req.form:
        content = "&".join(f"{k}={quote(v)}" for k, v in req.form).encode()
        headers["Content-Type"] = FORM
    r = server.client.request(
        req.method, req.path, params=req.params, content=content, headers=headers
    )
    return r.status_code, r.text


def quote(text: str) -> str:
    from urllib.parse import quote_plus

    return quote_plus(text)


@pytest.mark.parametrize("req", list(QUERY_CASES.values()), ids=list(QUERY_CASES))
def test_query_protocol(server: Server, req: Req) -> None:
    status, text = send(server, req)
    assert status == req.status, text


@pytest.mark.parametrize("req", list(UPDATE_CASES.values()), ids=list(UPDATE_CASES))
def test_update_protocol(writable: Server, req: Req) -> None:
    status, text = send(writable, req)
    assert status == req.status, text


def test_an_ambiguous_request_says_why(server: Server) -> None:
    r = server.client.get("/sparql", params=[("query", ASK), ("query", "ASK {}")])
    assert r.json()["error"] == {
        "status": 400,
        "code": "ambiguous",
        "catalogue": "SHOBUN-E068",
        "message": "give one query, not 2",
        "details": [],
    }
