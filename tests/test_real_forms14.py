"""Forms of real notices read in session 14 (廃棄物処理法 許可取消し on 県 pages, news that
quote the orders a company received, …), each written as a sentence of our own: the
companies, places and days are fictional."""

from __future__ import annotations

import pytest

from shobun import parser
from shobun.parser.model import Action

PREF = (
    "発表日:令和6年4月10日\nみなと県環境部廃棄物指導課\n\n廃棄物処理法に基づく行政処分について\n\n"
)
NEWS = "みなと経済ニュース\n2024年5月2日 10:00\n\n{title}\n\n"

# (text, (kind, addressee, article, date ISO) of every action)
ROWS = [
    (PREF + "廃棄物処理法(以下「法」という。)による許可を受けた業者に対して、法第14条の3の2の"
     "規定により、許可取消しの処分を行いました。\n\n1 株式会社しおかぜ運輸\n住所 みなと市1番地\n",
     [("RegistrationRevocation", "株式会社しおかぜ運輸", "14の3の2", "")]),
    (PREF + "本日、株式会社しおかぜ運輸に対し、法第14条の3の2第1項の規定により、許可取消の処分を"
     "行いました。\n",
     [("RegistrationRevocation", "株式会社しおかぜ運輸", "14の3の2", "2024-04-10")]),
    (PREF + "令和6年4月9日、株式会社しおかぜ運輸に対し、産業廃棄物収集運搬業の許可の取消を"
     "行いました。\n",
     [("RegistrationRevocation", "株式会社しおかぜ運輸", "", "2024-04-09")]),
    (NEWS.format(title="投資助言業者に業務停止命令") + "投資助言業者の株式会社やまびこ投資がこのほど、"
     "みなと財務局から6カ月間の「全業務停止命令」と「業務改善命令」を受けた。\n",
     [("BusinessSuspensionOrder", "株式会社やまびこ投資", "", ""),
      ("BusinessImprovementOrder", "株式会社やまびこ投資", "", "")]),
    (NEWS.format(title="旅行会社に改善命令") + "株式会社なぎさ旅行は1日、観光庁から「業務改善命令」を"
     "受けたと発表した。\n",
     [("BusinessImprovementOrder", "株式会社なぎさ旅行", "", "2024-05-01")]),
    (PREF + "廃棄物の処理及び清掃に関する法律(以下「法」という。)による許可を受けた業者に対して、"
     "法第14条の3の2第1項の規定により、許可取消の処分を行いました。\n\n"
     "1 有限会社うみねこ商会\n\n住所 みなと市2番地\n処分内容 産業廃棄物収集運搬業の許可の取消し\n"
     "処分日 令和6年4月8日\n処分理由\n破産手続開始の決定を受けた。\n\n"
     "2 かもめ建設株式会社\n\n住所 みなと市3番地\n処分内容 産業廃棄物処分業の許可の取消し\n"
     "処分日 令和6年4月9日\n処分理由\n無許可業者に処分を委託した。\n",
     [("RegistrationRevocation", "有限会社うみねこ商会", "14の3の2", "2024-04-08"),
      ("RegistrationRevocation", "かもめ建設株式会社", "14の3の2", "2024-04-09")]),
    (PREF + "法第14条の3の2の規定により、許可取消しの処分を行いました。\n\n"
     "1 株式会社しおかぜ運輸\n\n住所\n\nみなと市1番地\n\n処分内容\n\n"
     "産業廃棄物収集運搬業の許可の取消し\n\n処分日\n\n令和6年4月8日\n\n処分理由\n\n"
     "改善命令に従わなかった。\n",
     [("RegistrationRevocation", "株式会社しおかぜ運輸", "14の3の2", "2024-04-08")]),
    ("令和6年3月1日\nみなと省\n\n行政処分等を行いました\n\nみなと省は、令和6年3月1日付けで、"
     "なぎさ事業協同組合に対し、監理団体の許可の取消しを通知しました。\n",
     [("RegistrationRevocation", "なぎさ事業協同組合", "", "2024-03-01")]),
    ("令和6年3月1日\nみなと省\n\n行政処分等を行いました\n\nみなと省は、同日付けで、株式会社あさひ工業、"
     "山田 一郎、有限会社ゆうひ製作所及び株式会社つきよ電設に対し、計画の認定の取消しを通知しました。"
     "また、同日付けで、株式会社ほしぞら縫製及び川田 花子に対し、改善命令を行いました。\n",
     [("RegistrationRevocation", "株式会社つきよ電設", "", "2024-03-01"),
      ("RegistrationRevocation", "有限会社ゆうひ製作所", "", "2024-03-01"),
      ("RegistrationRevocation", "株式会社あさひ工業", "", "2024-03-01"),
      ("BusinessImprovementOrder", "株式会社ほしぞら縫製", "", "2024-03-01")]),
    ("令和6年3月1日\nみなと市\n\n指定の取消しについて\n\n本市は、本日、医療法人社団うみかぜ会に対し、"
     "介護保険法第77条第1項の規定に基づき、指定の取消しを行いました。\n",
     [("RegistrationRevocation", "医療法人社団うみかぜ会", "77", "2024-03-01")]),
    ("令和6年3月1日\nみなと省\n\n行政処分等を行いました\n\nみなと省は、本日、なぎさ事業協同組合及び"
     "しおさい協同組合に対し、監理団体の許可の取消しを通知しました。\n記\n"
     "1 監理団体の許可の取消しを行った監理団体\n(1)なぎさ事業協同組合(代表理事 浜田 一)\n"
     "(2)しおさい協同組合(代表理事 磯野 二郎)\n",
     [("RegistrationRevocation", "しおさい協同組合", "", "2024-03-01"),
      ("RegistrationRevocation", "なぎさ事業協同組合", "", "2024-03-01")]),
    (PREF + "本日、株式会社しおかぜ運輸に対し、廃棄物処理法第14条の3の規定に基づき、産業廃棄物"
     "収集運搬業の全部の停止を命じました。\n",
     [("BusinessSuspensionOrder", "株式会社しおかぜ運輸", "14の3", "2024-04-10")]),
    (PREF + "令和6年4月9日、廃棄物処理法の規定に基づき、産業廃棄物処理業者に対して、次のとおり行政処分を"
     "行いました。\n(1)事業者\nみなと市1番地\n株式会社しおかぜ運輸\n処分の内容\n"
     "産業廃棄物収集運搬業の全部の停止\n(令和6年4月9日から令和6年5月8日までの30日間)\n",
     [("BusinessSuspensionOrder", "株式会社しおかぜ運輸", "", "2024-04-09")]),
    ("令和4年12月27日\nみなと財務局\n\nあおば交換所株式会社に対する行政処分について\n\nみなと財務局は、本日、"
     "あおば交換所株式会社(以下「当社」という。)に対し、資金決済に関する法律第63条の17第1項の規定に基づき、"
     "業務停止命令を発出した。\n2.処分の理由\n当社については、当局が求めた報告において、体制の整備が"
     "行われていない状況等が認められた。\n",
     [("BusinessSuspensionOrder", "あおば交換所株式会社", "63の17", "2022-12-27"),
      ("ReportRequest", "あおば交換所株式会社", "", "")]),
]  # fmt: skip
IDS = [
    "kyoka-torikeshi-no-shobun-in-a-lead-over-a-company-block",
    "kyoka-torikeshi-without-its-last-kana",
    "kyoka-no-torikeshi-without-its-last-kana",
    "two-quoted-orders-received",
    "one-quoted-order-received",
    "a-lead-s-revocation-set-out-in-two-company-records-each-with-its-day",
    "a-record-s-day-on-the-line-under-its-label",
    "a-revocation-notified-tsuuchi-shimashita",
    "persons-in-a-list-of-addressees-are-passed-over",
    "shitei-no-torikeshi-is-a-revocation",
    "a-heading-naming-those-the-action-was-taken-against-is-no-action",
    "a-business-s-whole-suspension-ordered",
    "a-business-s-whole-suspension-as-a-record-s-label",
    "the-report-the-bureau-demanded-is-a-past-request",
]


# (text, (kind, addressee, deadline ISO) of every action)
DUE_ROWS = [
    (
        "令和6年5月10日\nみなと航空局\n\n株式会社かもめ航空に対する事業改善命令について\n\n"
        "株式会社かもめ航空\n代表取締役社長 海野 一郎 殿\nみなと航空局長\n"
        "貴社に対し立入検査を実施したところ、下記1.のとおり輸送の安全を阻害している事実が認められた。\n"
        "ついては、航空法第112条の規定に基づき、下記2.に掲げる措置を講ずるよう命令する。\n記\n"
        "1.整備記録を改ざんしていた。\n2.(1)安全管理体制を再構築すること。\n"
        "(2)講じた措置について、令和6年6月14日までに報告すること。\n",
        [("BusinessImprovementOrder", "株式会社かもめ航空", "2024-06-14")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"), DUE_ROWS, ids=["a-letter-s-items-below-and-their-report-date"]
)
def test_deadlines_of_real_forms(text: str, expected: list[tuple[str, str, str]]) -> None:
    got = [
        (a.kind, a.addressee, a.deadline.iso() if a.deadline else "")
        for a in parser.parse(text).actions
    ]
    assert [g for g in got if g[0] != "OnSiteInspection"] == expected


def _fact(a: Action) -> tuple[str, str | None, str, str]:
    article = a.legal_basis.article if a.legal_basis else ""
    return a.kind, a.addressee, article, a.date.iso() if a.date else ""


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=IDS)
def test_actions_of_real_forms(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert [_fact(a) for a in parser.parse(text).actions] == expected
