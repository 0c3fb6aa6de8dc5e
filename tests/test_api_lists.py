"""Every list of the JSON API: one envelope with paging, downloads (`?_format=csv|json`,
`Accept: text/csv`) with the same filters that say in the file when they are cut, a 422
naming unknown parameters, `prev` past the end, Japanese action names as filters, and
an OpenAPI that describes every parameter and the 422 body actually sent."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from conftest_api import Server

pytest_plugins = ["conftest_api"]
ENVELOPE = {"items", "total", "page", "per_page", "pages", "next", "prev", "truncated"}
# (path, filters that keep more than one item)
LISTS = {
    "notices": ("/api/v1/notices", {"authority": "個人情報保護委員会"}),
    "actions": ("/api/v1/actions", {"type": "ReportRequest"}),
    "organizations": ("/api/v1/organizations", {"kind": "Company"}),
    "statutes": ("/api/v1/statutes", {}),
    "repeat-addressees": ("/api/v1/analytics/repeat-addressees", {"min_notices": "1"}),
    "escalation-chains": ("/api/v1/analytics/escalation-chains", {"only_escalated": "false"}),
    "most-cited-provisions": ("/api/v1/analytics/most-cited-provisions", {"top": "3"}),
}


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


@pytest.mark.parametrize("name", LISTS, ids=LISTS)
def test_every_list_has_the_envelope_and_pages(server: Server, name: str) -> None:
    path, filters = LISTS[name]
    first = server.client.get(path, params={**filters, "per_page": 1}).json()
    assert set(first) == ENVELOPE and first["total"] >= 2, first
    assert len(first["items"]) == 1 and first["pages"] == first["total"]
    second = server.client.get(first["next"]).json()
    assert second["page"] == 2 and second["items"] != first["items"]


@pytest.mark.parametrize("name", LISTS, ids=LISTS)
def test_prev_past_the_end_is_the_last_page(server: Server, name: str) -> None:
    path, filters = LISTS[name]
    past = server.client.get(path, params={**filters, "per_page": 1, "page": 50}).json()
    assert past["items"] == [] and past["next"] is None
    assert past["prev"] is not None and f"page={past['pages']}" in past["prev"]


@pytest.mark.parametrize("how", ["_format", "accept"], ids=["_format=csv", "Accept: text/csv"])
@pytest.mark.parametrize("name", LISTS, ids=LISTS)
def test_csv_download_holds_every_matching_row_with_iris(
    server: Server, name: str, how: str
) -> None:
    path, filters = LISTS[name]
    total = server.client.get(path, params=filters).json()["total"]
    if how == "_format":
        r = server.client.get(path, params={**filters, "_format": "csv", "per_page": 1})
    else:
        r = server.client.get(path, params=filters, headers={"Accept": "text/csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = csv_rows(r.text)
    assert len(rows) == total and "# truncated" not in r.text
    assert any(k == "iri" or k.endswith("_iri") for k in rows[0])


@pytest.mark.parametrize("name", LISTS, ids=LISTS)
def test_json_download_holds_every_matching_item(server: Server, name: str) -> None:
    path, filters = LISTS[name]
    body = server.client.get(path, params={**filters, "_format": "json"}).json()
    assert len(body["items"]) == body["total"] and body["truncated"] is False


def test_a_cut_download_says_so_in_the_file(make_server: Callable[..., Server]) -> None:
    tight = make_server(sparql_max_rows="2")
    r = tight.client.get("/api/v1/actions", params={"_format": "csv"})
    lines = r.text.strip().split("\n")
    assert len(csv_rows("\n".join(lines[:-1]))) == 2
    assert lines[-1].startswith("# truncated: 2 of ") and "SHOBUN_SPARQL_MAX_ROWS" in lines[-1]
    body = tight.client.get("/api/v1/actions", params={"_format": "json"}).json()
    assert body["truncated"] is True and len(body["items"]) == 2 < body["total"]


def test_filters_carry_into_downloads(server: Server) -> None:
    rows = csv_rows(server.client.get("/api/v1/actions?type=SurchargeOrder&_format=csv").text)
    assert {r["type"] for r in rows} == {"SurchargeOrder"} and rows[0]["amount"]


@pytest.mark.parametrize(
    ("path", "ja", "en"),
    [
        ("/api/v1/notices", {"action_type": "勧告"}, {"action_type": "Recommendation"}),
        ("/api/v1/actions", {"type": "課徴金納付命令"}, {"type": "SurchargeOrder"}),
        ("/api/v1/actions", {"type": "報告等の求め"}, {"type": "ReportRequest"}),
    ],
    ids=["notices 勧告", "actions 課徴金納付命令", "actions 報告等の求め"],
)
def test_japanese_action_names_filter_like_class_names(
    server: Server, path: str, ja: dict[str, str], en: dict[str, str]
) -> None:
    by_ja, by_en = (server.client.get(path, params=p).json() for p in (ja, en))
    assert by_ja["total"] == by_en["total"] > 0
    assert by_ja["items"] == by_en["items"]


def get_routes(server: Server) -> list[str]:
    paths = server.client.get("/openapi.json").json()["paths"]
    return [p for p, ops in paths.items() if p.startswith("/api/v1") and "get" in ops]


def test_unknown_query_parameters_are_a_422_naming_them(server: Server) -> None:
    fill = {"{notice_id}": "ppc-2024-01-ntt-procx-overview", "{key}": "415AC0000000057"}
    fill["{article}"] = "23"
    for path in get_routes(server):
        for hole, value in fill.items():
            path = path.replace(hole, value)
        r = server.client.get(path, params={"perpage": "5", "colour": "red"})
        assert r.status_code == 422, path
        message = r.json()["error"]["message"]
        assert "perpage" in message and "colour" in message, path
    bad = server.client.get("/api/v1/actions", params={"type": "勧告ではない"})
    assert bad.status_code == 422 and "action type" in bad.json()["error"]["message"]


def schema(server: Server) -> dict[str, Any]:
    found: dict[str, Any] = server.client.get("/openapi.json").json()
    return found


def test_openapi_describes_every_parameter_with_real_operation_ids(server: Server) -> None:
    ops = [(p, m, op) for p, ms in schema(server)["paths"].items() for m, op in ms.items()]
    undescribed = [
        (p, prm["name"])
        for p, _, op in ops
        for prm in op.get("parameters", [])
        if not prm.get("description")
    ]
    assert undescribed == []
    ids = [op["operationId"] for _, _, op in ops]
    assert len(ids) == len(set(ids))
    assert all("api_v1" not in i and "__" not in i and i.isidentifier() for i in ids), ids
    assert {"list_notices", "get_notice", "resource", "ontology"} <= set(ids)


def test_the_documented_422_body_is_the_one_sent(server: Server) -> None:
    spec = schema(server)
    assert "HTTPValidationError" not in spec["components"]["schemas"]
    for path, methods in spec["paths"].items():
        for op in methods.values():
            if "422" in op["responses"]:
                assert "ErrorBody" in str(op["responses"]["422"]), path
    body = server.client.get("/api/v1/notices", params={"per_page": 0}).json()
    info = spec["components"]["schemas"]["ErrorInfo"]
    assert set(body) == {"error"} and set(info["required"]) <= set(body["error"])
    assert set(body["error"]) | {"catalogue"} == set(info["properties"])  # only when it has one


def objects(value: Any) -> list[dict[str, Any]]:
    """Every JSON object nested in `value`."""
    if isinstance(value, dict):
        return [value, *(o for v in value.values() for o in objects(v))]
    if isinstance(value, list):
        return [o for v in value for o in objects(v)]
    return []


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/notices",
        "/api/v1/notices/ppc-2024-01-ntt-procx-overview",
        "/api/v1/actions",
        "/api/v1/organizations",
        "/api/v1/statutes",
        "/api/v1/statutes/415AC0000000057/articles/23",
        "/api/v1/analytics/repeat-addressees?min_notices=1",
        "/api/v1/analytics/entrustment-network",
    ],
)
def test_json_objects_that_name_a_thing_carry_its_iri(server: Server, path: str) -> None:
    found = objects(server.client.get(path).json())
    named = [o for o in found if "key" in o or ("id" in o and "title" in o)]
    assert named and all(o.get("iri", "").startswith("https://") for o in named), path
