"""The JSON API (`/api/v1`) against a real server over the shipped corpus."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from conftest_api import Server

pytest_plugins = ["conftest_api"]
SEED = "ppc-2024-01-ntt-procx-overview"
PROCX = "株式会社NTTマーケティングアクトProCX"
BS = "NTTビジネスソリューションズ株式会社"
APPI = "415AC0000000057"
OLD = "ppc-2019-10-sakurazaka-recommendation"  # fictional, 2019: APPI's 2017 numbering


def get(server: Server, path: str, **params: Any) -> Any:
    r = server.client.get(path, params=params)
    assert r.status_code == 200, r.text
    return r.json()


def ids(envelope: dict[str, Any]) -> list[str]:
    return [n["id"] for n in envelope["items"]]


def test_notices_envelope(server: Server) -> None:
    page = get(server, "/api/v1/notices")
    assert set(page) == {"items", "total", "page", "per_page", "pages", "next", "prev", "truncated"}
    assert page["total"] == 5 and page["pages"] == 1 and page["next"] is None
    assert ids(page)[0] == "fsa-2026-01-hinode-bank-improvement-order"  # newest first


FILTERS = [
    (
        "authority by label",
        {"authority": "個人情報保護委員会"},
        [OLD, SEED, "ppc-2025-11-midoridai-order"],
    ),
    ("action type", {"action_type": "SurchargeOrder"}, ["caa-2025-10-kirari-measures-order"]),
    ("addressee by alias", {"addressee": "ProCX社"}, [SEED]),
    (
        "addressee by name part",
        {"addressee": "ひので銀行"},
        ["fsa-2026-01-hinode-bank-improvement-order"],
    ),
    (  # 2019's 第42条第1項 is today's 第148条第1項
        "cited article, in today's numbering",
        {"article": "148", "statute": APPI},
        [OLD, SEED, "ppc-2025-11-midoridai-order"],
    ),
    (
        "issued from",
        {"issued_from": "2025-11-01"},
        ["fsa-2026-01-hinode-bank-improvement-order", "ppc-2025-11-midoridai-order"],
    ),
    (
        "issued range",
        {"issued_from": "2024-01-01", "issued_to": "2025-10-31"},
        ["caa-2025-10-kirari-measures-order"],
    ),
    ("a month sorts before its days", {"issued_to": "2024-01-31"}, [OLD, SEED]),
    ("free text in the body", {"q": "コールセンター"}, [SEED]),
    ("no match", {"q": "存在しない語句"}, []),
    (
        "filters combine",
        {"authority": "個人情報保護委員会", "action_type": "Order"},
        ["ppc-2025-11-midoridai-order"],
    ),
]


@pytest.mark.parametrize(
    ("params", "expected"), [f[1:] for f in FILTERS], ids=[f[0] for f in FILTERS]
)
def test_notice_filters(server: Server, params: dict[str, str], expected: list[str]) -> None:
    found = get(server, "/api/v1/notices", sort="id", **params)
    assert ids(found) == sorted(expected)
    assert found["total"] == len(expected)


def test_sorting_and_pagination(server: Server) -> None:
    first = get(server, "/api/v1/notices", sort="issued", per_page=3)
    assert first["pages"] == 2 and first["prev"] is None
    assert ids(first)[:2] == [OLD, SEED]
    second = server.client.get(first["next"]).json()
    assert second["page"] == 2 and len(second["items"]) == 2
    assert ids(second) == [
        "ppc-2025-11-midoridai-order",
        "fsa-2026-01-hinode-bank-improvement-order",
    ]
    titles = [n["title"] for n in get(server, "/api/v1/notices", sort="title")["items"]]
    assert titles == sorted(titles)


def test_one_notice_has_every_fact_with_spans_that_cut_its_text(server: Server) -> None:
    notice = get(server, f"/api/v1/notices/{SEED}")
    text = notice["text"]
    assert notice["issued"] == "2024-01" and notice["issued_text"] == "令和6年1月●日"
    assert notice["authority"]["label"] == "個人情報保護委員会"
    for fact in notice["facts"]:
        assert fact["spans"], fact["iri"]
        for span in fact["spans"]:
            assert text[span["start"] : span["end"]] == span["exact"]
    actions = [f for f in notice["facts"] if f["category"] == "action"]
    assert len(actions) == 8
    assert sorted({(s["start"], s["end"]) for a in actions for s in a["spans"]}) == sorted(
        (m.start(), m.end())
        for m in re.finditer(r"勧告|指導|報告等の求め", text)
        if _heading(text, m)
    )
    assert {a["label"] for a in actions} == {"勧告", "指導", "報告等の求め"}
    assert {s["path"] for s in notice["sections"]} >= {"第1", "第2の2(1)", "第2の3(3)"}
    assert notice["references"][0]["alias"] == "詳細版"


def _heading(text: str, m: re.Match[str]) -> bool:
    """The seed's sanction terms that name an action: those ending a section heading."""
    line_end = text.find("\n", m.end())
    return text[m.end() : line_end].strip(" *") == ""


def test_unknown_notice_is_404_with_the_error_body(server: Server) -> None:
    r = server.client.get("/api/v1/notices/no-such-notice")
    assert r.status_code == 404
    assert r.json() == {
        "error": {
            "status": 404,
            "code": "not_found",
            "message": "no notice https://w3id.org/shobun/id/notice/no-such-notice in the store",
            "details": [],
        }
    }


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", "/api/v1/nothing-here", 404),
        ("POST", "/api/v1/notices", 405),
        ("GET", "/api/v1/notices?per_page=1000", 422),
        ("GET", "/api/v1/notices?issued_from=yesterday", 422),
        ("GET", "/api/v1/notices?action_type=Fine", 422),
        ("GET", "/api/v1/notices/bad%20id", 422),
    ],
    ids=["404", "405", "422 range", "422 date", "422 enum", "422 path"],
)
def test_every_error_has_one_body(server: Server, method: str, path: str, status: int) -> None:
    r = server.client.request(method, path)
    assert r.status_code == status
    body = r.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "code", "message", "details"}
    assert body["error"]["status"] == status


def test_organization(server: Server) -> None:
    org = get(server, f"/api/v1/organizations/{PROCX}")
    assert org["kinds"] == ["Company"] and org["aliases"] == ["ProCX社"]
    assert [n["id"] for n in org["notices"]] == [SEED]
    assert sorted(a["type"] for a in org["actions"]) == [
        "Guidance",
        "Recommendation",
        "ReportRequest",
        "ReportRequest",
    ]
    assert [o["label"] for o in org["entrusts"]] == [BS]
    bs = get(server, f"/api/v1/organizations/{BS}")
    assert [o["label"] for o in bs["entrusted_by"]] == [PROCX]


def test_corporate_number_and_organization_list(server: Server) -> None:
    bank = get(server, "/api/v1/organizations", q="ひので")["items"]
    assert [(o["label"], o["corporate_number"]) for o in bank] == [
        ("株式会社ひので銀行", "1020001234560")
    ]
    authorities = get(server, "/api/v1/organizations", kind="Authority")
    assert {o["label"] for o in authorities["items"]} == {
        "個人情報保護委員会",
        "金融庁",
        "消費者庁",
    }


def test_actions(server: Server) -> None:
    recs = get(server, "/api/v1/actions", type="Recommendation", sort="date")
    assert recs["total"] == 4
    labels = [a["addressee"]["label"] for a in recs["items"]]
    assert labels[:3] == ["株式会社さくら坂リサーチ", PROCX, BS]  # 2019; a1, a5 of 2024
    old, basis = recs["items"][0]["legal_basis"], recs["items"][1]["legal_basis"]
    assert (old["label"], old["version"]) == ("個人情報の保護に関する法律第42条第1項", "2017-05-30")
    assert (
        basis["label"] == "個人情報の保護に関する法律第148条第1項" and basis["statute_key"] == APPI
    )
    surcharge = get(server, "/api/v1/actions", type="SurchargeOrder")["items"][0]
    assert surcharge["amount"] is not None and surcharge["amount"] > 0


def test_statutes_and_who_cites_article_23(server: Server) -> None:
    statutes = {s["key"]: s for s in get(server, "/api/v1/statutes")["items"]}
    assert (
        statutes[APPI]["label"] == "個人情報の保護に関する法律" and statutes[APPI]["notices"] == 3
    )
    appi = get(server, f"/api/v1/statutes/{APPI}")
    assert "23" in {p["article"] for p in appi["provisions"]}
    cites = get(server, f"/api/v1/statutes/{APPI}/articles/23")
    assert SEED in [n["id"] for n in cites["notices"]]
    assert server.client.get(f"/api/v1/statutes/{APPI}/articles/9999").status_code == 404


def test_analytics(server: Server) -> None:
    repeat = get(server, "/api/v1/analytics/repeat-addressees", min_notices=1)["items"]
    assert PROCX in {r["organization"]["label"] for r in repeat}
    nobody = get(server, "/api/v1/analytics/repeat-addressees")  # nobody twice in 5 notices
    assert nobody["items"] == [] and nobody["total"] == 0
    chains = get(server, "/api/v1/analytics/escalation-chains", only_escalated="false")["items"]
    assert all(c["steps"] for c in chains)
    cited = get(server, "/api/v1/analytics/most-cited-provisions", top=1)["items"]
    assert all(c["notices"] >= 1 for c in cited)
    network = get(server, "/api/v1/analytics/entrustment-network")
    assert {(e["principal"]["label"], e["agent"]["label"]) for e in network["edges"]} >= {
        (PROCX, BS)
    }


def test_openapi_and_docs_are_served_from_this_host(server: Server) -> None:
    schema = get(server, "/openapi.json")
    assert {"/sparql", "/api/v1/notices", "/api/v1/notices/{notice_id}"} <= set(schema["paths"])
    docs = server.client.get("/docs").text
    assert "/swagger/swagger-ui-bundle.js" in docs
    assert not re.search(r"""(src|href)=["']https?://""", docs)
    assert server.client.get("/swagger/swagger-ui-bundle.js").status_code == 200


def test_notice_ids_may_hold_japanese_letters(server: Server) -> None:
    r = server.client.get("/api/v1/notices/令和6年-処分")  # a slug of 令和6年 処分.pdf
    assert r.status_code == 404
    assert r.json()["error"]["message"].endswith(
        "notice/%E4%BB%A4%E5%92%8C6%E5%B9%B4-%E5%87%A6%E5%88%86 in the store"
    )
