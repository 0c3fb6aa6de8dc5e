"""Bases and days a lead gives the actions named after it: 「…第52条第1項及び第51条の規定に
基づき、以下の行政処分を行った。(1)業務停止命令 (2)業務改善命令」 (one provision per kind, in
order), 「…第65条の規定に基づき、下記の業者に対して監督処分を行いました」 over field blocks (one
for all), 「…に基づく勧告を、Bに対し、…に基づく指導を、それぞれ行いました」, and 「…の規定に基
⏎づき」 broken across PDF lines. Every sentence is written for this test; the companies are
fictional."""

from __future__ import annotations

import pytest

from shobun import parser

RELEASE = "令和4年9月2日\n近畿財務局\n\n行政処分について\n\n"
PREF = "令和5年11月10日\nみどり県\n\n宅地建物取引業者に対する監督処分について\n\n"

# (text, (kind, addressee, article, paragraph, date ISO) of every action)
ROWS = [
    (RELEASE + "株式会社はやて証券(以下「当社」という。)に対する検査の結果、法令違反が認められた。\n"
     "2.以上のことから、本日、当社に対し、金商法第52条第1項及び第51条の規定に基づき、"
     "以下の行政処分を行った。\n(1)業務停止命令\n 令和4年10月1日から同年12月31日までの間、業務の全部を"
     "停止すること。\n(2)業務改善命令\n 法令等遵守態勢を構築すること。\n",
     [("BusinessSuspensionOrder", "株式会社はやて証券", "52", 1, "2022-09-02"),
      ("BusinessImprovementOrder", "株式会社はやて証券", "51", None, "2022-09-02")]),
    (RELEASE + "株式会社こなみ為替(以下「当社」という。)について\n"
     "2.以上のことから、本日、当社に対し、金商法第52条第1項の規定に基\n"
     "  づき、登録を取り消すとともに、同法第51条の規定\n"
     "  に基づき、以下の内容の業務改善命令を発出した。\n"
     " (1) 顧客の資産の返還に万全を期すこと。\n",
     [("RegistrationRevocation", "株式会社こなみ為替", "52", 1, "2022-09-02"),
      ("BusinessImprovementOrder", "株式会社こなみ為替", "51", None, "2022-09-02")]),
    ("令和6年11月20日\n個人情報保護委員会\n\n株式会社ゆずり販売等に対する行政上の対応について\n\n"
     " 個人情報保護委員会は、本日、株式会社ゆずり販売(以下「ゆずり社」という。)に対し、個人情報の保護"
     "に関する法律(平成15年法律第57号。以下「法」という。)第148条第1項の規定に基づく勧告を、ゆずり社"
     "から業務の委託を受けていた株式会社かえで通信(以下「かえで社」という。)に対し、法第147条の規定"
     "に基づく指導を、それぞれ行いました。\n",
     [("Recommendation", "株式会社ゆずり販売", "148", 1, "2024-11-20"),
      ("Guidance", "株式会社かえで通信", "147", None, "2024-11-20")]),
    ("令和5年6月1日\n北陸総合通信局\n\n電波法違反に対する行政処分\n\n"
     " 北陸総合通信局は、船舶局の免許人であるさざなみ漁業協同組合に対して7日間の無線局運用停止処分"
     "を、同局を運用していた無線従事者に対して30日の従事停止処分を、それぞれ本日付けで行いました。\n"
     "【参考】電波法抜粋\n 第79条第1項\n 総務大臣は無線従事者が左の各号の一に該当するときは、その免許を"
     "取り消し、又は、三箇月以内の期間を定めてその業務に従事することを停止することができる。\n",
     [("Order", "さざなみ漁業協同組合", "", None, "2023-06-01")]),
    (PREF + " 宅地建物取引業法第65条の規定に基づき、下記の宅地建物取引業者に対して監督処分を行いました。\n"
     "1\n処分年月日\n令和5年11月6日\n商号又は名称\n株式会社くるみ不動産\n処分の内容\n業務停止 10日間\n"
     "2\n処分年月日\n令和5年10月30日\n商号又は名称\nはしばみ住宅有限会社\n処分の内容\n指示\n",
     [("BusinessSuspensionOrder", "株式会社くるみ不動産", "65", None, "2023-11-06"),
      ("Order", "はしばみ住宅有限会社", "65", None, "2023-10-30")]),
    ("令和3年6月15日\n農林水産省\n\n食品の不適正表示に対する措置について\n\n"
     " 農林水産省は、株式会社あかね食品に対しては令和3年3月2日に、有限会社しろかね農園に対しては同月9日"
     "に、それぞれ食品表示法第8条第2項の規定に基づく立入検査を実施しました。\n",
     [("OnSiteInspection", "株式会社あかね食品", "8", 2, "2021-03-02"),
      ("OnSiteInspection", "有限会社しろかね農園", "8", 2, "2021-03-09")]),
    ("平成27年6月18日\n大阪労働局\n\n有料職業紹介事業者に対する行政処分について\n\n"
     "大阪労働局は、本日、株式会社あおさぎ人材に対して、有料職業紹介事業の停止を命じた。\n記\n処分内容\n"
     "職業安定法第 32 条の9第2項に基づく有料職業紹介事業停止命令\n(有料職業紹介事業停止命令の内容は"
     "第4のとおり)\n",
     [("BusinessSuspensionOrder", "株式会社あおさぎ人材", "32の9", 2, "2015-06-18")]),
    ("平成30年10月23日\n九州地方整備局\n\n建設業者に対する監督処分について\n\n"
     "九州地方整備局長は、本日、建設業法第28条第3項の規定に基づき、ふじばかま建設株式会社に対し、"
     "営業の停止を命じた。\n処分理由\n 同社及び同社の従業員が平成30年1月、みさき簡易裁判所から罰金の"
     "略式命令を受け、その刑が確定した。\n",
     [("BusinessSuspensionOrder", "ふじばかま建設株式会社", "28", 3, "2018-10-23")]),
]  # fmt: skip
IDS = [
    "two-provisions-for-two-items-in-order",
    "ni-moto-zuki-broken-across-indented-pdf-lines",
    "kankoku-wo-shido-wo-sorezore-okonaimashita",
    "unyo-teishi-wo-sorezore-and-a-quoted-power-is-no-revocation",
    "one-basis-for-field-blocks-each-dated-by-its-own-label-line",
    "a-ni-taishitewa-one-day-b-ni-taishitewa-another-sorezore",
    "a-pdf-list-item-whose-parenthetical-points-to-its-content",
    "a-courts-ryakushiki-meirei-in-the-reasons-is-no-action",
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=IDS)
def test_a_leads_bases_and_day_reach_the_actions_named_after_it(
    text: str, expected: list[tuple[str, str, str, int | None, str]]
) -> None:
    n = parser.parse(text)
    got = [
        (
            a.kind,
            a.addressee,
            a.legal_basis.article if a.legal_basis else "",
            a.legal_basis.paragraph if a.legal_basis else None,
            a.date.iso() if a.date else "",
        )
        for a in n.actions
    ]
    assert got == expected


def test_a_report_asked_with_a_warning_is_part_of_it() -> None:
    text = (
        "令和5年3月1日\n北陸総合通信局\n\n厳重注意について\n\n"
        " 株式会社しおかぜ運輸に対しては、電波法令の遵守について厳重注意を行うとともに、"
        "再発防止策を令和5年3月31日までに当局へ報告するよう求めました。\n"
    )
    got = [(a.kind, a.deadline.iso() if a.deadline else "") for a in parser.parse(text).actions]
    assert got == [("Caution", "2023-03-31")]
