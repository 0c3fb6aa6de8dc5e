"""Actions a reproduction tells per company in its own prose (news sites, trade papers,
databases retelling a release) and a year's actions summarised in one paragraph: 「Aには
…と…を、Bには…を出している」, 「Aに令和6年7月に指導を行い、…Bに勧告と報告等の求めを行った」,
「…は同社に、…を停止するよう命じ」, a sentence about one kind of the actions (「改善命令は
いずれも…に基づくもので、…報告するよう求めた」, 「停止期間は…、…に基づく」), a company named
in full once and then by its name alone, and an inspection told as the ground of an order
(「当局が令和5年10月から実施した当行に対する立入検査の結果」). Every sentence is written for
this test; the companies are fictional."""

from __future__ import annotations

import pytest

from shobun import parser
from shobun.parser.extract.orgs import OrgMention
from shobun.parser.extract.shortened import shortened

NEWS = "業界ニュース\n{title}\n2024.05.10\n"
RELEASE = "令和6年6月14日\n東北財務局\n\n{title}\n\n"

SUSPENDED, IMPROVED = "株式会社みずばしょう人材", "合同会社あおば派遣"
EACH = (
    f"{SUSPENDED}(仙台市)には事業停止命令と事業改善命令を、{IMPROVED}(石巻市)には事業改善命令を"
    "出している。\n"
)


def _each(suspended: str, improved: str, due: str) -> list[tuple[str, str, str, str, str]]:
    """The three actions of EACH, with their bases and the improvement orders' deadline."""
    day = "2024-05-08"
    return [
        ("BusinessSuspensionOrder", SUSPENDED, suspended, day, ""),
        ("BusinessImprovementOrder", SUSPENDED, improved, day, due),
        ("BusinessImprovementOrder", IMPROVED, improved, day, due),
    ]


# (text, (kind, addressee, article of the basis, date ISO, deadline ISO) of every action)
ROWS = [
    (NEWS.format(title="派遣元2社を処分")
     + "宮城労働局は5月8日、派遣元事業主2社に対し、労働者派遣法に基づく行政処分を行った。" + EACH,
     _each("", "", "")),
    (NEWS.format(title="委員会が概要を公表")
     + "公表された事案では、株式会社ひいらぎ塾に令和5年9月に指導を行い、"
     "同年12月には株式会社くるみネットに勧告と報告等の求めを行った。\n",
     [("Guidance", "株式会社ひいらぎ塾", "", "2023-09", ""),
      ("Recommendation", "株式会社くるみネット", "", "2023-12", ""),
      ("ReportRequest", "株式会社くるみネット", "", "2023-12", "")]),
    (NEWS.format(title="通販業者に停止命令")
     + "2024年5月8日、消費者庁が通信販売業者に対し業務の一部停止を命じた。"
     "株式会社つばき美研は、定期購入であることを小さく表示していた。"
     "消費者庁は同社に、広告及び契約締結の業務を3か月間停止するよう命じ、"
     "あわせて再発防止策を講ずることを指示した。\n",
     [("BusinessSuspensionOrder", "株式会社つばき美研", "", "2024-05-08", ""),
      ("Order", "株式会社つばき美研", "", "2024-05-08", "")]),
    (NEWS.format(title="派遣元2社を処分")
     + "宮城労働局は5月8日、派遣元事業主2社に対し、行政処分を行った。" + EACH
     + "停止期間は5月9日から6月8日までの1カ月間で、労働者派遣法第14条第2項に基づく。\n"
     "改善命令はいずれも同法第49条第1項に基づくもので、再発防止策を6月7日までに同局へ"
     "文書で報告するよう求めた。\n",
     _each("14", "49", "2024-06-07")),
    (NEWS.format(title="派遣元を処分")
     + "宮城労働局は5月8日、株式会社みずばしょう人材(仙台市)に対し、行政処分を行った。\n"
     "みずばしょう人材には、事業改善命令を出している。\n",
     [("BusinessImprovementOrder", "株式会社みずばしょう人材", "", "2024-05-08", "")]),
    (RELEASE.format(title="株式会社ゆきわり銀行に対する行政処分について")
     + "東北財務局は、本日、株式会社ゆきわり銀行(以下「当行」という。)に対し、銀行法第26条第1項に基づき、"
     "業務改善命令を発出した。\n処分の理由\n当局が令和5年10月から実施した当行に対する立入検査の結果、"
     "以下の問題が認められた。\n",
     [("BusinessImprovementOrder", "株式会社ゆきわり銀行", "26", "2024-06-14", ""),
      ("OnSiteInspection", "株式会社ゆきわり銀行", "", "2023-10", "")]),
    (NEWS.format(title="旅行会社2社に行政処分")
     + "第1種旅行業者2社が、旅行業法第19条第1項第1号に基づく行政処分を観光庁から受けた。処分日は5月7日付。\n"
     "処分を受けたのは株式会社かもめツアー、うみねこ旅行株式会社。\n"
     "業務停止の期間は、かもめツアー札幌支店が5月9日～5月17日の9日間、うみねこ旅行本社営業所が"
     "5月9日～5月22日の14日間。\n",
     [("BusinessSuspensionOrder", "株式会社かもめツアー", "19", "2024-05-07", ""),
      ("BusinessSuspensionOrder", "うみねこ旅行株式会社", "19", "2024-05-07", "")]),
    (NEWS.format(title="旅行会社2社に行政処分")
     + "観光庁は5月7日付で、旅行業者2社に対し、旅行業法の規定に基づく行政処分を行った。\n"
     "対象となったのは株式会社かもめツアー、うみねこ旅行株式会社の2社。\n"
     "処分の内容は、かもめツアーが業務改善命令、うみねこ旅行の本社営業所が9日間の業務停止。\n",
     [("BusinessImprovementOrder", "株式会社かもめツアー", "", "2024-05-07", ""),
      ("BusinessSuspensionOrder", "うみねこ旅行株式会社", "", "2024-05-07", "")]),
    (NEWS.format(title="旅行会社を処分")
     + "観光庁は5月7日、旅行業法に基づき、旅行業者に対して行政処分を行った。株式会社かもめツアーは"
     "2023年11月14日に実施された貸切バスの旅行で、下限を下回る運賃でバスを手配し、"
     "旅行業法第18条の3第1項に基づく業務改善命令の発出の処分が課された。\n",
     [("BusinessImprovementOrder", "株式会社かもめツアー", "18の3", "2024-05-07", "")]),
    (NEWS.format(title="旅行会社2社を処分")
     + "観光庁は5月7日付で、第1種旅行業者2社を処分した。\n株式会社かもめツアー(札幌支店)は業務改善命令、"
     "うみねこ旅行株式会社(本社営業所)は5月9日から14日間の業務停止となった。\n",
     [("BusinessImprovementOrder", "株式会社かもめツアー", "", "2024-05-07", ""),
      ("BusinessSuspensionOrder", "うみねこ旅行株式会社", "", "2024-05-07", "")]),
    (NEWS.format(title="旅行会社を処分")
     + "株式会社かもめツアーの元社員の不正で、うみねこ旅行株式会社は5月9日から14日間の業務停止となった。\n",
     [("BusinessSuspensionOrder", "うみねこ旅行株式会社", "", "", "")]),
    (NEWS.format(title="証券会社2社に改善命令")
     + "金融庁は9日、株式会社かもめ証券と株式会社うみねこ証券にそれぞれ金融商品取引法に基づく"
     "業務改善命令を出した。\n",
     [("BusinessImprovementOrder", "株式会社かもめ証券", "", "2024-05-09", ""),
      ("BusinessImprovementOrder", "株式会社うみねこ証券", "", "2024-05-09", "")]),
    (RELEASE.format(title="あおば燃料協同組合に対する厳重注意及び指示について")
     + "当局は、本日、あおば燃料協同組合に対し文書により厳重注意を行うとともに、是正措置を講じ、"
     "その結果を令和6年7月12日までに報告するよう改めて指示した。\n",
     [("Caution", "あおば燃料協同組合", "", "2024-06-14", ""),
      ("Order", "あおば燃料協同組合", "", "2024-06-14", "2024-07-12")]),
    (NEWS.format(title="貸切バス事業者を処分")
     + "東北運輸局は5月8日、株式会社あおば観光バスに対し、輸送の安全確保命令を出した。"
     "前日の7日に営業所へ立ち入って監査を行い、その結果を踏まえて当日のうちに命じた。\n",
     [("Order", "株式会社あおば観光バス", "", "2024-05-08", ""),
      ("OnSiteInspection", "株式会社あおば観光バス", "", "2024-05-07", "")]),
    (NEWS.format(title="米穀の不適正表示に指示")
     + "架空県は8日、あおば米穀(株)に対し、食品表示法第6条第1項の規定に基づく指示、及び米穀等の"
     "取引等に係る情報の記録及び産地情報の伝達に関する法律違反に係る指導を行った。\n",
     [("Order", "あおば米穀(株)", "6", "2024-05-08", ""),
      ("Guidance", "あおば米穀(株)", "", "2024-05-08", "")]),
    (NEWS.format(title="委員会が停止命令")
     + "個人情報保護委員会は5月8日、株式会社ひいらぎ地図に停止命令を出した。"
     "同委員会は3月、同社に勧告し、あわせて報告を求めていた。\n",
     [("Order", "株式会社ひいらぎ地図", "", "2024-05-08", ""),
      ("Recommendation", "株式会社ひいらぎ地図", "", "2024-03", ""),
      ("ReportRequest", "株式会社ひいらぎ地図", "", "2024-03", "")]),
]  # fmt: skip
IDS = [
    "ni-wa-each-company-its-own-actions-and-the-leads-day",
    "a-day-between-the-name-and-the-term-and-a-second-term-joined-by-to",
    "dousha-ni-comma-before-what-the-order-demands",
    "a-sentence-about-one-kind-gives-its-basis-and-the-report-it-asks-for",
    "a-company-named-again-without-its-legal-form",
    "an-inspection-the-issuer-began-told-as-the-ground",
    "the-period-of-a-suspension-portioned-out-per-company-with-the-leads-basis",
    "the-contents-of-a-shobun-portioned-out-per-company",
    "the-day-of-the-trip-the-wrong-happened-in-is-not-the-actions",
    "what-each-companys-action-became",
    "what-an-action-became-is-for-the-subject-only",
    "ni-sorezore-the-law-it-rests-on-before-the-term",
    "a-caution-and-an-instruction-given-again-with-its-report-day",
    "an-inspection-told-as-entering-the-premises-the-day-before-named",
    "an-instruction-under-its-article-a-comma-and-oyobi-then-a-guidance",
    "an-earlier-step-dated-by-its-month-after-the-topic",
]


def _row(a: parser.model.Action) -> tuple[str, str | None, str, str, str]:
    return (
        a.kind, a.addressee, a.legal_basis.article if a.legal_basis else "",
        a.date.iso() if a.date else "", a.deadline.iso() if a.deadline else "",
    )  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=IDS)
def test_actions_told_in_prose(text: str, expected: list[tuple[str, ...]]) -> None:
    assert sorted(_row(a) for a in parser.parse(text).actions) == sorted(expected)


# (text, the mentions found before it as (label, start, end), the spans of the names alone)
SHORT_ROWS = [
    ("株式会社みずばしょう人材は、みずばしょう人材の", [("株式会社みずばしょう人材", 0, 12)], [(14, 22)]),
    ("みずばしょう人材株式会社は、みずばしょう人材の", [("みずばしょう人材株式会社", 0, 12)], [(14, 22)]),
    ("株式会社みずばしょう人材は、新みずばしょう人材の", [("株式会社みずばしょう人材", 0, 12)], []),
    ("株式会社みずばしょう人材は、みずばしょう人材センター", [("株式会社みずばしょう人材", 0, 12)], []),
    ("株式会社東海は、東海の", [("株式会社東海", 0, 6)], []),
    ("みずばしょう人材は、株式会社みずばしょう人材の", [("株式会社みずばしょう人材", 10, 22)], []),
]  # fmt: skip
SHORT_IDS = [
    "the-name-after-a-prefixed-form",
    "the-name-after-a-suffixed-form",
    "inside-a-longer-word-before-it",
    "inside-a-longer-word-after-it",
    "too-short-to-be-a-name-alone",
    "only-after-the-full-name",
]


@pytest.mark.parametrize(("text", "found", "spans"), SHORT_ROWS, ids=SHORT_IDS)
def test_names_alone(
    text: str, found: list[tuple[str, int, int]], spans: list[tuple[int, int]]
) -> None:
    mentions = [OrgMention(label, "Company", s, e) for label, s, e in found]
    assert [(m.start, m.end) for m in shortened(text, mentions)] == spans
