"""The browsing pages over HTTP: search folds text (NFKC, case) and takes 第23条, shows
facets, and a page past the last is 404; the actions table sorts, filters, totals and
downloads; statute and article pages; error pages in Japanese with the technical
message below; the charts are in the pages."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shobun.api.queries import article_number, fold
from shobun.api.services.browse import action_types_in_japanese_order

if TYPE_CHECKING:
    from conftest_api import Server

pytest_plugins = ["conftest_api"]
HTML = {"Accept": "text/html"}
APPI = "415AC0000000057"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("第23条", "23"), ("２３", "23"), ("23条", "23"), ("第2条の2", "2の2"), ("148", "148")],
    ids=["第N条", "full-width digits", "N条", "枝番号", "plain"],
)
def test_article_numbers_as_asked_for(text: str, expected: str) -> None:
    assert article_number(text) == expected


@given(st.text(max_size=50))
def test_folding_is_idempotent_and_never_raises(text: str) -> None:
    assert fold(fold(text)) == fold(text)
    assert isinstance(article_number(text), str)


def test_action_types_are_listed_in_japanese_order() -> None:
    names = [label for _, label in action_types_in_japanese_order()]
    assert names[:5] == ["課徴金納付命令", "勧告", "業務改善命令", "業務停止命令", "緊急命令"]
    assert len(names) == 16 and names[-1] == "命令"


def count(server: Server, **params: str) -> int:
    r = server.client.get("/search", params=params, headers=HTML)
    assert r.status_code == 200, r.text
    m = re.search(r'<p class="count">(\d+) 件', r.text)
    assert m is not None
    return int(m.group(1))


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"q": "procx"}, 1),
        ({"q": "ＮＴＴ"}, 1),
        ({"addressee": "ntt"}, 1),
        ({"article": "第23条"}, 2),  # today's 第23条: the 2019 notice cited it as 第20条
        ({"article": "２３"}, 2),
        ({"statute": "銀行法"}, 1),
        ({"action_type": "勧告"}, 3),
        ({"action_type": "Recommendation"}, 3),
        ({}, 5),
    ],
    ids=["lower-case latin", "full-width latin", "addressee folded", "第23条", "full-width 23",
         "statute by title", "Japanese action name", "class name", "everything"],
)  # fmt: skip
def test_search_folds_text_and_reads_articles(
    server: Server, params: dict[str, str], expected: int
) -> None:
    assert count(server, **params) == expected


def test_search_facets_sort_and_a_page_past_the_last(server: Server) -> None:
    page = server.client.get("/search", headers=HTML).text
    facets = page.split('id="facets"', 1)[1].split("</aside>", 1)[0]
    assert '個人情報保護委員会</a> <span class="count">3' in facets
    assert '2025</a> <span class="count">2' in facets
    assert server.client.get("/search", params={"page": 9}, headers=HTML).status_code == 404
    oldest = server.client.get("/search", params={"sort": "issued"}, headers=HTML).text
    assert oldest.index("2024-01") < oldest.index("2026-01-16")
    assert 'href="/api/v1/notices?sort=issued&amp;_format=csv"' in oldest


def tracker_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_actions_table_sorts_filters_totals_and_downloads(server: Server) -> None:
    page = server.client.get("/actions", params={"sort": "-amount"}, headers=HTML).text
    first = page.split("<tbody>", 1)[1].split("</tr>", 1)[0]
    assert "23,450,000" in first and "課徴金納付命令" in first
    assert re.search(r"<strong>19</strong> 件", page)
    appi = server.client.get("/actions", params={"statute": APPI, "article": "２３"}, headers=HTML)
    # today's 第23条, in whatever numbering it was cited: the 2019 勧告 remedies a breach of
    # 旧第20条, which is 第23条 today; nothing cited as 旧第20条 is today's 第20条
    assert re.search(r"<strong>5</strong> 件", appi.text) and "さくら坂" in appi.text
    today_20 = server.client.get(
        "/actions", params={"statute": APPI, "article": "20"}, headers=HTML
    )
    assert re.search(r"<strong>0</strong> 件", today_20.text)
    rows = tracker_rows(server.client.get("/actions?type=勧告&_format=csv").text)
    assert len(rows) == 4 and {r["type_ja"] for r in rows} == {"勧告"}
    articles = sorted(re.findall(r"第([0-9]+)条", r["legal_basis"])[0] for r in rows)
    assert articles == ["148", "148", "148", "42"]  # as cited: the 2019 notice's 第42条
    assert server.client.get("/actions", params={"page": 5}, headers=HTML).status_code == 404


def test_a_cut_actions_download_says_so(make_server: Callable[..., Server]) -> None:
    tight = make_server(sparql_max_rows="3")
    lines = tight.client.get("/actions?_format=csv").text.strip().split("\n")
    assert len(tracker_rows("\n".join(lines[:-1]))) == 3
    assert (
        lines[-1]
        == "# truncated: 3 of 19 rows (SHOBUN_SPARQL_MAX_ROWS); narrow the filters or query /sparql"
    )


def test_statute_and_article_pages(server: Server) -> None:
    statute = server.client.get(f"/statutes/{APPI}", headers=HTML).text
    assert 'id="chart-most-cited"' in statute and 'data-value="2"' in statute
    assert f'href="/statutes/{APPI}/articles/146"' in statute
    article = server.client.get(f"/statutes/{APPI}/articles/第23条", headers=HTML).text
    assert "NTTビジネスソリューションズ株式会社" in article
    assert "株式会社NTTマーケティングアクトProCX" in article
    # today's 第23条 (安全管理措置): the 2019 notice cited it as 第20条, shown as cited
    assert "株式会社さくら坂リサーチ" in article and "第20条" in article
    missing = server.client.get(f"/statutes/{APPI}/articles/9999", headers=HTML)
    assert missing.status_code == 404


def test_error_pages_are_japanese_with_the_technical_message_below(server: Server) -> None:
    r = server.client.get("/notices/no-such-notice", headers=HTML)
    assert r.status_code == 404
    head, _, technical = r.text.partition("技術的な詳細")
    assert "<h1>見つかりません</h1>" in head and "no notice" in technical
    assert server.client.get("/notices/no-such-notice").json()["error"]["status"] == 404


@pytest.mark.parametrize(
    "path",
    ["/", "/statutes", "/authorities", "/actions"],
    ids=["home", "statutes", "authorities", "actions"],
)
def test_every_list_page_links_csv_and_json_with_its_filters(server: Server, path: str) -> None:
    page = server.client.get(
        path, params={"sort": "-amount"} if path == "/actions" else {}, headers=HTML
    ).text
    if path == "/":
        assert 'id="chart-authority-year"' in page and "rect" in page
        return
    links = re.findall(r'href="([^"]+_format=(?:csv|json))"', page)
    assert len(links) == 2, links
    for link in links:
        r = server.client.get(link.replace("&amp;", "&"))
        assert r.status_code == 200 and r.headers["content-type"].startswith(
            ("text/csv", "application/json")
        )
    if path == "/actions":
        assert all("sort=-amount" in link for link in links)


@pytest.mark.parametrize(
    ("notice", "fictional", "kinds"),
    [
        (
            "caa-2025-10-kirari-measures-order",
            True,
            {"sanction", "amount", "deadline", "provision"},
        ),
        ("ppc-2024-01-ntt-procx-overview", False, {"sanction", "quantity", "incident", "deadline"}),
    ],
    ids=["fictional notice with an amount", "the real seed notice"],
)
def test_notice_page_marks_every_kind_with_a_legend(
    server: Server, notice: str, fictional: bool, kinds: set[str]
) -> None:
    page = server.client.get(f"/notices/{notice}", headers=HTML).text
    text = page.split('id="notice-text">', 1)[1].split("</section>", 1)[0]
    marked = set(re.findall(r'data-kind="([a-z]+)"', text))
    legend = set(re.findall(r'<li data-kind="([a-z]+)"', page))
    assert kinds <= marked and marked == legend
    assert ("架空" in page.split("</h1>", 1)[0]) is fictional
    shown = re.sub(r'<span class="md" aria-hidden="true">[^<]*</span>', "", text)
    assert "**" not in shown and "## " not in shown
    facts = page.split('class="facts-table"', 1)[1]
    assert "<dt>根拠条項</dt>" in facts or "<dt>名宛人</dt>" in facts  # Japanese property names
    assert "「" in facts  # quoted text, not offsets


@pytest.mark.parametrize(
    "path",
    [
        "/actions?type=&authority=&addressee=&statute=&article=&date_from=&date_to=&sort=-date",
        "/organizations?q=&kind=",
        "/search?q=&authority=&action_type=&addressee=&statute=&article=&issued_from=&issued_to=",
    ],
    ids=["actions form", "organizations form", "search form"],
)
def test_forms_submitted_with_empty_fields_work(server: Server, path: str) -> None:
    assert server.client.get(path, headers=HTML).status_code == 200
