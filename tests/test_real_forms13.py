"""Action forms found on real pages in session 13 (press pages of prefectures and
labour bureaux, and blogs that reproduce them), one row per form: a title that stands
only in the breadcrumb trail, a term quoted with its day in brackets, an order 発令された,
a label line whose term runs on from the business it is for.

Every notice here is written for this test (fictional companies and people)."""

from __future__ import annotations

import pytest

from shobun import parser


def _facts(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    n = parser.parse(text)
    out = []
    for a in n.actions:
        c = a.legal_basis
        basis = f"{c.article}/{c.paragraph}" if c and c.article else None
        out.append((a.kind, a.addressee, basis, a.date.iso() if a.date else None))
    return sorted(out, key=str)


ROWS = [
    (  # the title only as the breadcrumb's last item; the body says only 行政処分を行いました
        "トップページ > 県政ニュース > 2024年6月 > 訪問販売業者に対する業務停止命令(3か月)・"
        "指示、役員に対する業務禁止命令(3か月)について\nページ番号:204511\n"
        "発表日:2024年6月12日14時\n担当名:事業者指導担当\n"
        "みどり県は、本日、住宅リフォームの役務提供を行う生活協同組合あおばの会に対し、"
        "特定商取引法に基づく行政処分を行い、併せて同組合代表理事に対しても、行政処分を"
        "行いました。\n商号 生活協同組合あおばの会\n",
        [
            ("BusinessSuspensionOrder", "生活協同組合あおばの会", None, "2024-06-12"),
            ("Order", "生活協同組合あおばの会", None, "2024-06-12"),
        ],
    ),
    (  # a quoted term dated in its own brackets, 発令しました; the label line below
        "くらしの労務ブログ\n\n旧特定派遣事業主に対し「労働者派遣事業改善命令(北陸労働局)」\n\n"
        "北陸労働局は、下記の派遣元事業主に対し、労働者派遣法に基づき、「労働者派遣事業"
        "改善命令(2023年4月7日付)」を発令しました。\n1.【被処分派遣元事業主】\n"
        " ●有限会社ふたば技研\n2.【処分内容】\n"
        " ●労働者派遣事業改善命令(労働者派遣法第49条第1項)\n",
        [("BusinessImprovementOrder", "有限会社ふたば技研", "49/1", "2023-04-07")],
    ),
    (  # an order 発令された in a news item's words
        "2024年2月9日\nこがね運輸株式会社に業務改善命令\n\n"
        "2024年2月8日、こがね運輸株式会社に対し、中国運輸局から貨物自動車運送事業法第"
        "26条第1項に基づく業務改善命令が発令された。\n",
        [("BusinessImprovementOrder", "こがね運輸株式会社", "26/1", "2024-02-08")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    ROWS,
    ids=[
        "title-only-in-the-breadcrumb-body-says-it-acted",
        "quoted-term-dated-in-its-brackets-and-label-line",
        "order-hatsurei-sareta-in-news",
    ],
)
def test_action_forms(
    text: str, expected: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    assert _facts(text) == sorted(expected, key=str)


@pytest.mark.parametrize(
    "aside",
    ["(令和5年4月1日から令和5年6月30日まで)", "(令和5年4月1日)"],
    ids=["a-period-dates-nothing", "a-bare-day-is-no-dated-by"],
)
def test_a_parenthetical_without_tsuke_dates_no_action(aside: str) -> None:
    text = (
        "ふたば技研の件\n\n北陸労働局は、下記の派遣元事業主に対し、「労働者派遣事業改善命令"
        f"{aside}」を発令しました。\n1.【被処分派遣元事業主】\n ●有限会社ふたば技研\n"
    )
    assert [d for *_, d in _facts(text)] == [None]
