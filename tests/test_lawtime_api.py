"""Law in time downstream, against a real server over the shipped corpus (which holds
a fictional 2019 APPI notice citing 第20条 and 第22条, and the 2024 seed citing 第23条
and 第25条): article pages, the cited-provision filter, analytics, the SPARQL example."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from shobun.api.examples import BY_KEY

if TYPE_CHECKING:
    from conftest_api import Server

pytest_plugins = ["conftest_api"]
APPI = "415AC0000000057"
OLD = "ppc-2019-10-sakurazaka-recommendation"
SEED = "ppc-2024-01-ntt-procx-overview"
LAW = f"https://w3id.org/shobun/id/law/{APPI}"


def get(server: Server, path: str, **params: Any) -> Any:
    r = server.client.get(path, params=params)
    assert r.status_code == 200, r.text
    return r.json()


def test_todays_article_page_lists_old_citations_as_cited(server: Server) -> None:
    page = get(server, f"/api/v1/statutes/{APPI}/articles/23")
    cited = {c["notice"]["id"]: c["cited"] for c in page["citations"]}
    assert set(cited) == {OLD, SEED}
    assert (cited[OLD]["article"], cited[OLD]["version"]) == ("20", "2017-05-30")
    assert (cited[SEED]["article"], cited[SEED]["version"]) == ("23", None)
    assert {n["id"] for n in page["notices"]} == {OLD, SEED}


def test_todays_article_20_is_not_the_2019_article_20(server: Server) -> None:
    r = server.client.get(f"/api/v1/statutes/{APPI}/articles/20")
    assert r.status_code == 404, "no notice cites today's 第20条 (適正な取得)"


@pytest.mark.parametrize(
    ("article", "expected"),
    [("23", {OLD, SEED}), ("25", {OLD, SEED}), ("148", {OLD, SEED, "ppc-2025-11-midoridai-order"})],
    ids=["安全管理措置", "委託先の監督", "勧告及び命令"],
)
def test_cited_provision_filter_takes_todays_article(
    server: Server, article: str, expected: set[str]
) -> None:
    page = get(server, "/api/v1/notices", article=article, statute=APPI, per_page=50)
    assert {n["id"] for n in page["items"]} == expected


def test_cited_provision_filter_does_not_match_the_old_number(server: Server) -> None:
    page = get(server, "/api/v1/notices", article="42", statute=APPI)
    assert page["total"] == 0, "第42条 of 2019 is today's 第148条"


def test_statute_lists_only_cited_provisions(server: Server) -> None:
    provisions = get(server, f"/api/v1/statutes/{APPI}")["provisions"]
    assert all(p["notices"] >= 1 for p in provisions)
    assert {"version": "2017-05-30", "article": "20"}.items() <= next(
        p for p in provisions if p["iri"].endswith("/version/2017-05-30/article/20")
    ).items()


def test_most_cited_counts_by_current_provision(server: Server) -> None:
    rows = get(server, "/api/v1/analytics/most-cited-provisions", top=20)["items"]
    of_2019 = {r["provision"] for r in rows if r["year"] == "2019"}
    assert f"{LAW}/article/23" in of_2019 and f"{LAW}/article/148/paragraph/1" in of_2019
    assert not any("/version/" in p for p in of_2019), "counted under today's numbering"


def test_sparql_example_across_versions(server: Server) -> None:
    query = BY_KEY["safety-measures-across-versions"].query
    r = server.client.get("/sparql", params={"query": query}, headers={"Accept": "text/csv"})
    lines = r.text.replace("\r\n", "\n").strip().splitlines()
    assert lines[0] == "issued,company,cited,today"
    assert "2019-10-25,株式会社さくら坂リサーチ,第20条,第23条" in lines
    assert any(line.startswith("2024-01,") and line.endswith(",第23条,第23条") for line in lines)
