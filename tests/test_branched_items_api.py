"""Branched items through a real server (`shobun serve` over loopback, httpx): two notices
of our own, one citing APPI 第27条第1項第3号 and one 第3号の2. JSON shows "3の2", the item
filter finds each only by its own number, and a bad item is a 422 with the error body."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

from shobun.graph.ingest import Options, ingest
from shobun.graph.store import EmbeddedStore

if TYPE_CHECKING:
    from conftest_api import Server

pytest_plugins = ["conftest_api"]
APPI = "415AC0000000057"
LAW = f"https://w3id.org/shobun/id/law/{APPI}"
NOTICE = """令和7年9月{day}日
個人情報保護委員会

{company}に対する個人情報の保護に関する法律に基づく勧告について

個人情報保護委員会は、本日、{company}に対し、個人情報の保護に関する法律(平成15年法律第57号。以下「法」という。)第148条第1項の規定に基づき、勧告を行った。
同社は、法第27条第1項{item}に掲げる場合に該当しないにもかかわらず、個人データを第三者に提供していた。
"""
PLAIN, BRANCHED = "aoba-plain", "kaede-branched"


@pytest.fixture(scope="module")
def branched_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    from conftest_api import Server

    root = tmp_path_factory.mktemp("branched")
    files = []
    for name, day, company, item in [
        (PLAIN, 10, "株式会社あおば運輸", "第3号"),
        (BRANCHED, 12, "株式会社かえで通販", "第3号の2"),
    ]:
        path = root / f"{name}.txt"
        path.write_text(NOTICE.format(day=day, company=company, item=item), "utf-8")
        files.append(path)
    with EmbeddedStore(root / "store") as store:
        report = ingest(store, files, Options(workers=1))
    assert report.ingested == 2 and not report.failures, report.lines()
    running = Server(root / "store", root / "server.log")
    yield running
    running.stop()


def get(server: Server, path: str, **params: Any) -> Any:
    r = server.client.get(path, params=params)
    assert r.status_code == 200, r.text
    return r.json()


def test_the_statute_lists_item_3_and_item_3no2_apart(branched_server: Server) -> None:
    statute = get(branched_server, f"/api/v1/statutes/{APPI}")
    items = {p["iri"]: (p["item"], p["label"]) for p in statute["provisions"] if p["item"]}
    assert items == {
        f"{LAW}/article/27/paragraph/1/item/3": (3, "個人情報の保護に関する法律第27条第1項第3号"),
        f"{LAW}/article/27/paragraph/1/item/3%E3%81%AE2": (
            "3の2",
            "個人情報の保護に関する法律第27条第1項第3号の2",
        ),
    }


@pytest.mark.parametrize(
    ("params", "notices", "item"),
    [
        ({"item": "3の2"}, {BRANCHED}, "3の2"),
        ({"item": "3"}, {PLAIN}, 3),
        ({"paragraph": "1", "item": "3の2"}, {BRANCHED}, "3の2"),
    ],
    ids=["branched-finds-only-3no2", "plain-3-does-not-find-3no2", "paragraph-and-item"],
)
def test_the_item_filter_finds_each_item_by_its_own_number(
    branched_server: Server, params: dict[str, str], notices: set[str], item: object
) -> None:
    page = get(branched_server, f"/api/v1/statutes/{APPI}/articles/27", **params)
    assert {n["id"] for n in page["notices"]} == notices
    assert {c["cited"]["item"] for c in page["citations"]} == {item}


def test_the_article_without_filter_has_both(branched_server: Server) -> None:
    page = get(branched_server, f"/api/v1/statutes/{APPI}/articles/27")
    assert {n["id"] for n in page["notices"]} == {PLAIN, BRANCHED}


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ("item=3の3", 404),
        ("paragraph=2&item=3の2", 404),
        ("item=abc", 422),
        ("item=3の", 422),
        ("item=0", 422),
        ("item=三の二", 422),
        ("item=", 422),
        ("paragraph=0", 422),
    ],
    ids=["no-such-branch", "other-paragraph", "letters", "open-branch", "zero", "kanji", "empty",
         "paragraph-zero"],
)  # fmt: skip
def test_a_bad_or_missing_item_is_an_error_with_the_json_body(
    branched_server: Server, query: str, status: int
) -> None:
    r = branched_server.client.get(f"/api/v1/statutes/{APPI}/articles/27?{query}")
    assert r.status_code == status
    body = r.json()
    assert set(body) == {"error"} and body["error"]["status"] == status


def test_the_statute_page_shows_the_branched_item(branched_server: Server) -> None:
    r = branched_server.client.get(f"/statutes/{APPI}")
    assert r.status_code == 200
    assert "第27条第1項第3号の2" in r.text and "第27条第1項第3号<" in r.text


def test_sparql_reads_the_branched_item_as_a_string(branched_server: Server) -> None:
    query = """PREFIX sbo: <https://w3id.org/shobun/ontology#>
SELECT ?p WHERE { ?p sbo:item "3の2" ; sbo:article "27" }"""
    r = branched_server.client.get(
        "/sparql", params={"query": query}, headers={"Accept": "application/sparql-results+json"}
    )
    assert r.status_code == 200, r.text
    rows = r.json()["results"]["bindings"]
    assert [row["p"]["value"] for row in rows] == [f"{LAW}/article/27/paragraph/1/item/3%E3%81%AE2"]


def test_the_branched_items_iri_resolves_to_its_own_triples(branched_server: Server) -> None:
    iri = f"{LAW}/article/27/paragraph/1/item/3%E3%81%AE2"
    r = branched_server.client.get(
        "/id/" + iri.split("/id/", 1)[1], headers={"Accept": "application/n-triples"}
    )
    assert r.status_code == 200, r.text
    item = "<https://w3id.org/shobun/ontology#item>"
    own = [line for line in r.text.splitlines() if line.startswith(f"<{iri}> {item}")]
    assert own == [f'<{iri}> {item} "3の2" .']


def test_the_ontology_page_gives_the_items_range_as_a_union(branched_server: Server) -> None:
    r = branched_server.client.get("/ontology", headers={"Accept": "text/html"})
    assert r.status_code == 200
    item = r.text[r.text.index('id="item"') :]
    assert (
        "<code>xsd:integer | xsd:string</code>" in item[: item.index("</p>", item.index("related"))]
    )
