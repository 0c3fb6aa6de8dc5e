"""An action's content told inline, with no section to hold it (a forum's one-line
reprint of a press release, a news item's 「勧告の内容は2点。」, a 命令の内容 line whose
number another list already used): the run of items after the label that each impose
something (…こと。) gives the action its deadline; what follows the run does not. And the end of a period
(…まで延長する, …まで停止する) is no deadline.

Every notice here is written for this test (fictional companies and people)."""

from __future__ import annotations

import pytest

from shobun import parser


def _due(text: str) -> list[tuple[str, str | None, str | None]]:
    n = parser.parse(text)
    out = [(a.kind, a.addressee, a.deadline.iso() if a.deadline else None) for a in n.actions]
    return sorted(out, key=str)


ROWS = [
    (  # a forum's reprint, on one line: 勧告内容 ア …こと。 イ …までに報告すること。
        "掲示板 > 国交省、2社に勧告\n令和3年5月14日 国土交通省 "
        "1.事実概要 本日、国土交通省において建設業法第41条第1項に基づき、みずなら建設株式会社に"
        "勧告を行った。 2.勧告の内容について (1)勧告対象業者 みずなら建設株式会社 "
        "(2)勧告内容 ア 法令遵守に関する社内体制を点検し、必要な改善を講じること。 "
        "イ 前記アにより講じた措置について、令和3年6月11日までに報告すること。 "
        "3.今後の対応 同社については、令和3年7月30日までに監督処分を行う予定である。\n",
        [("Recommendation", "みずなら建設株式会社", "2021-06-11")],
    ),
    (  # a news item: 勧告の内容は2点。1点目は、…までに提出すること。
        "電力ニュース\n2022年3月9日\n3月4日、経済産業省は株式会社ひいらぎ電力に業務改善を勧告"
        "した。\n勧告の内容は2点。1点目は、改善計画を策定し、本年3月25日までに委員会に提出する"
        "こと。\n2点目は、改善計画を実施し、本年4月1日から毎月その進捗を委員会に報告すること。\n",
        [("Recommendation", "株式会社ひいらぎ電力", "2022-03-25")],
    ),
    (  # an order of yesterday, its content under a 第4 line naming it in a compound
        "こだま労働局発表\n令和5年10月6日\n派遣元事業主に対する労働者派遣事業改善命令について\n"
        "こだま労働局長は、昨日、有限会社さざなみ人材に対し、労働者派遣法第49条第1項に基づく"
        "労働者派遣事業改善命令を行った。\n第1 被処分派遣元事業主\n名称:有限会社さざなみ人材\n"
        "第4 労働者派遣事業改善命令の内容\n"
        "1 事業報告書を令和5年11月6日までに提出すること。\n"
        "2 提出が遅延した原因を究明し、再発防止のための措置を講ずること。\n",
        [("BusinessImprovementOrder", "有限会社さざなみ人材", "2023-11-06")],
    ),
    (  # a news item of the next day: 「…報告書の提出期限は5月12日。」 said on its own
        "食品ニュース\n2023年4月14日\n農林水産省は13日、株式会社はやぶさ食品の食品表示法違反を"
        "公表し、同社に「指示」処分を出した。改善報告書の提出期限は5月12日。\n"
        "同省が3月に行った立入検査で判明した。\n",
        [("OnSiteInspection", "株式会社はやぶさ食品", None), ("Order", "株式会社はやぶさ食品", "2023-05-12")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    ROWS,
    ids=[
        "forum-reprint-kankoku-naiyo-items-on-one-line",
        "news-item-kankoku-no-naiyo-wa-two-points",
        "order-of-yesterday-content-named-in-a-compound",
        "news-item-report-deadline-said-on-its-own",
    ],
)
def test_the_content_told_inline_gives_the_deadline(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _due(text) == expected


PERIOD_ROWS = [
    (  # a suspension of an earlier day extended: the new end of the period, no deadline
        "株式会社あおさぎ交換所に対する行政処分について\n令和4年9月9日\n北陸財務局\n"
        "北陸財務局は、本日、株式会社あおさぎ交換所(以下「当社」という。)に対し、資金決済に"
        "関する法律(平成21年法律第59号。以下「法」という。)第63条の17第1項の規定に基づき、"
        "下記のとおり行政処分を行った。\n記\n1.行政処分の内容\n"
        "業務停止命令の期間の延長(法第63条の17第1項)\n令和4年8月1日付けで発出した業務停止"
        "命令について、その停止期間を令和4年10月31日まで延長する。\n2.処分の理由\n"
        "当社については、令和4年8月1日、法第63条の17第1項の規定に基づく業務停止命令を発出"
        "したところである。\nこのため、本日、停止期間を延長することとした。\n"
    ),
    (  # a suspension whose end is written 「…まで停止すること」
        "株式会社こまどり工務に対する監督処分について\n令和4年9月9日\nみどり県\n"
        "みどり県は、本日、株式会社こまどり工務に対し、建設業法第28条第3項に基づく営業停止"
        "処分を行った。\n1.処分の内容\n建設業に関する営業の全部を令和4年10月8日まで停止する"
        "こと。\n"
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    "text", PERIOD_ROWS, ids=["suspension-period-extended-until", "suspension-until-made-teishi"]
)
def test_the_end_of_a_period_is_no_deadline(text: str) -> None:
    assert [x for x in _due(text) if x[2] is not None] == []
    assert any(kind == "BusinessSuspensionOrder" for kind, _, _ in _due(text))
