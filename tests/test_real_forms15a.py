"""Forms of news prose read for round 15 (a lead that only counts the companies it sanctions
and a later sentence that names them, the deadline of an order retold in a news sentence of
its own, a deadline of next year), each written as a sentence of our own: the companies,
places and days are fictional."""

from __future__ import annotations

import pytest

from shobun import parser
from shobun.parser import received, stages
from shobun.parser.extract import dates
from shobun.parser.model import DateValue
from shobun.parser.normalize import normalize

NEWS = "みなと経済ニュース\n2024年5月2日 10:00\n\n{title}\n\n"

# (text, (kind, addressee, date ISO, deadline ISO) of every action)
ROWS = [
    (NEWS.format(title="派遣2社に事業停止命令")
     + "みなと労働局は1日付で、派遣元事業主2社に、労働者派遣法に基づく事業停止命令と事業改善命令を"
     "出した。処分を受けたのは、株式会社あさひ工業(みなと市)と合同会社つばさ技研(なぎさ市)。"
     "改善命令では、5月31日までに報告するよう求めた。\n",
     [("BusinessImprovementOrder", "合同会社つばさ技研", "2024-05-01", "2024-05-31"),
      ("BusinessImprovementOrder", "株式会社あさひ工業", "2024-05-01", "2024-05-31"),
      ("BusinessSuspensionOrder", "合同会社つばさ技研", "2024-05-01", ""),
      ("BusinessSuspensionOrder", "株式会社あさひ工業", "2024-05-01", "")]),
    (NEWS.format(title="2社の許可取り消し")
     + "みなと労働局は1日、派遣元2社の許可を取り消した。許可を取り消されたのは株式会社あさひ工業"
     "(みなと市)と株式会社ゆうひ商事(なぎさ市)。\n",
     [("RegistrationRevocation", "株式会社あさひ工業", "2024-05-01", ""),
      ("RegistrationRevocation", "株式会社ゆうひ商事", "2024-05-01", "")]),
    (NEWS.format(title="信金に業務改善命令")
     + "みなと財務局は、しおさい信用金庫に業務改善命令を出しました。\n\n"
     "みなと財務局は1日、しおさい信用金庫に対し、経営責任の明確化などを盛り込んだ業務改善計画を、"
     "6月3日までに提出するよう命じました。\n",
     [("BusinessImprovementOrder", "しおさい信用金庫", "2024-05-01", "2024-06-03")]),
    (NEWS.format(title="信組に業務改善命令")
     + "みなと財務局は1日、かもめ信用組合に業務改善命令を出した。\n"
     "法令順守の徹底を柱とする業務改善計画について、来年1月10日までに提出し、直ちに実行するよう"
     "求めている。\n",
     [("BusinessImprovementOrder", "かもめ信用組合", "2024-05-01", "2025-01-10")]),
    (NEWS.format(title="通販2社に業務停止命令")
     + "株式会社あさひ工業と合同会社つばさ技研は2023年5月頃から、電話で干物を売り込んでいた。"
     "消費者庁は、これらの行為が特商法に違反すると認定し、1日、あさひ工業に9カ月、つばさ技研に"
     "12カ月の業務の一部停止を命じました。つばさ技研には2021年6月にも業務停止命令が出されていました。\n",
     [("BusinessSuspensionOrder", "合同会社つばさ技研", "2021-06", ""),
      ("BusinessSuspensionOrder", "合同会社つばさ技研", "2024-05-01", ""),
      ("BusinessSuspensionOrder", "株式会社あさひ工業", "2024-05-01", "")]),
    (NEWS.format(title="通販会社に業務停止命令")
     + "消費者庁が株式会社あさひ工業(みなと市)に対し、特商法に基づく業務停止命令を出していたことが"
     "わかりました。\n",
     [("BusinessSuspensionOrder", "株式会社あさひ工業", "", "")]),
    (NEWS.format(title="派遣会社に事業停止命令")
     + "みなと労働局は1日、株式会社あさひ工業(みなと市)に半年の事業停止と事業改善を命令した。\n",
     [("BusinessImprovementOrder", "株式会社あさひ工業", "2024-05-01", ""),
      ("BusinessSuspensionOrder", "株式会社あさひ工業", "2024-05-01", "")]),
]  # fmt: skip
IDS = [
    "a-counted-lead-and-the-names-of-those-sanctioned-after-it",
    "those-whose-licence-was-revoked-named-after-the-lead",
    "a-plan-to-submit-by-a-day-ordered-in-a-news-sentence",
    "a-plan-to-submit-next-year-and-carry-out-asked-for",
    "each-company-its-period-and-a-day-after-a-month-alone-and-an-order-told-as-given-before",
    "an-order-told-as-dashite-ita",
    "a-suspension-and-an-improvement-of-the-business-ordered-meirei-shita",
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=IDS)
def test_actions_of_news_prose(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    got = sorted(
        (
            a.kind,
            a.addressee or "",
            a.date.iso() if a.date else "",
            a.deadline.iso() if a.deadline else "",
        )
        for a in parser.parse(text).actions
    )
    assert got == sorted(expected)


# (text, those the sentence after the lead names as sanctioned)
RECEIVED = [
    ("処分を受けたのは、株式会社あさひ工業(みなと市)と合同会社つばさ技研(なぎさ市)。",
     ["株式会社あさひ工業", "合同会社つばさ技研"]),
    ("行政処分を受けたのは、株式会社あさひ工業と株式会社ゆうひ商事。株式会社かもめ運輸は対象外。",
     ["株式会社あさひ工業", "株式会社ゆうひ商事"]),
    ("株式会社あさひ工業は、処分を受けた者に説明を求めた。", []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    RECEIVED,
    ids=["names-and-their-places-in-brackets", "only-that-sentence", "no-such-sentence"],
)
def test_received(text: str, expected: list[str]) -> None:
    found = stages.extract(normalize(text))
    ctx = stages.context_of(found, stages.resolved(found))
    assert received.received(ctx) == expected


# (text, the notice's day, the dates read)
NEXT_YEAR = [
    ("来年1月29日までに提出する。", DateValue(2020, 12, 19), [DateValue(2021, 1, 29)]),
    ("来年3月に提出する。", DateValue(2020, 12, 19), [DateValue(2021, 3, None)]),
    ("来年1月29日までに提出する。", None, []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "today", "expected"),
    NEXT_YEAR,
    ids=["a-day-of-next-year", "a-month-of-next-year", "no-notice-day-no-guess"],
)
def test_next_year(text: str, today: DateValue | None, expected: list[DateValue]) -> None:
    found = dates.find_dates(normalize(text), today)
    assert [m.value for m in found.mentions] == expected
