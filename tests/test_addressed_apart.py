"""Addressees stated apart from the action (`listed.catalogued`, `listed.named_in`,
`signs.counted`): an order's annex 名宛人目録, a city that only begins an address in an
offender's block, a body that orders the works named in the title, a count with 等. Every
sentence is written for this test; the companies are fictional."""

from __future__ import annotations

import pytest

from shobun import parser

ORDER = (
    "令和4年(措)第9号\n排 除 措 置 命 令 書\n名宛人 別表1の名宛人目録記載のとおり\n"
    "公正取引委員会は，上記の者らに対し，私的独占の禁止及び公正取引の確保に関する法律"
    "（以下「独占禁止法」という。）第7条第2項の規定に基づき，次のとおり命令する。\n主 文\n"
    "1 2名は，それぞれ，次の事項を，取締役会において決議しなければならない。\n理 由\n"
    "第1 事実\n(1) 2名は，みどり県が発注する土木設計業務について，受注予定者を決定していた。\n"
    "(2) 2名は，令和3年5月10日，当委員会が独占禁止法第47条第1項第4号の規定に基づく立入検査を"
    "行ったところ，同日以降，前記の行為を取りやめている。\n"
    "  令和4年6月1日\n公正取引委員会\n別表1\n名宛人目録\n番号 名宛人 所在地 代表者\n"
    "1 株式会社あさぎ設計 長野県あおば市中町1番2号 代表取締役 山田 一郎\n"
    "2 こがね測量有限会社 長野県こがね市大字ひばり3番地 取締役 川上 花子\n"
)
TITLED = (
    "令和4年6月1日\n公正取引委員会\n\n長野県が発注する土木設計業務の入札参加業者に対する件\n\n"
    "公正取引委員会は，上記の者らに対し，独占禁止法第7条第2項の規定に基づき，次のとおり命令する。\n"
    "第2 法令の適用\n 前記の行為は既になくなっているが，特に必要があると認められるので，独占禁止法"
    "第7条第2項第1号の規定に基づき，主文のとおり命令する。\n別表1\n名宛人目録\n番号 名宛人 所在地\n1 株式会社あさぎ設計 長野県あおば市中町1番2号\n"
)
BLOCKS = (
    "令和5年3月3日\nみずなら県\n\n建設業者に対する営業停止処分について\n\n"
    " 建設業法第28条第3項の規定に基づき、次の建設業者に対し営業の停止を命じる処分を行います。\n"
    "1 被処分者\n商号又は名称 主たる営業所の所在地\n株式会社ひばり舗装\n"
    "静岡市清水区みなと町4番31号\n2 処分の原因となった事実\n 同社は、静岡市が発注する舗装工事について、"
    "受注予定者を決定していた。\n"
)
REFERRED = (
    "令和2年9月4日\n国土交通省\n\n談合事件に係る指名停止措置等について\n\n"
    "公正取引委員会は、令和2年8月28日、独占禁止法第74条第1項の規定により建設業者2社等を"
    "検事総長に告発した。\n措置対象業者 あおぞら建設株式会社、株式会社みかげ土木\n"
)
TRADER = (
    "令和3年2月5日\n消費者庁\n\n連鎖販売業者及び勧誘者に対する行政処分について\n\n"
    "消費者庁は、連鎖販売業者である株式会社ミナモウォーター(大阪市北区)に対し、本日、特定商取引法"
    "第39条第1項の規定に基づき、業務の一部を停止するよう命じました。\n"
    "また、同社の勧誘者である、そよかぜ企画こと山野一郎(静岡県沼津市)に対し、特定商取引法第39条"
    "第2項の規定に基づき、業務の一部を停止するよう命じました。\n"
    "・勧誘者:そよかぜ企画こと山野一郎\n"
)

# (text, (kind, addressee) of every action)
ROWS = [
    (ORDER, [("CeaseAndDesistOrder", "株式会社あさぎ設計"),
             ("CeaseAndDesistOrder", "こがね測量有限会社"), ("OnSiteInspection", None)]),
    # 「主文のとおり命令する」 under 法令の適用 tells the 主文's order again (第2項, its 第1号): one
    (TITLED, [("Order", "株式会社あさぎ設計")]),
    (BLOCKS, [("BusinessSuspensionOrder", "株式会社ひばり舗装")]),
    (TRADER, [("BusinessSuspensionOrder", "株式会社ミナモウォーター"),
              ("BusinessSuspensionOrder", None)]),
    (REFERRED, [("CriminalReferral", "あおぞら建設株式会社"),
                ("CriminalReferral", "株式会社みかげ土木")]),
]  # fmt: skip
IDS = [
    "an-orders-annex-lists-its-addressees-and-the-inspection-names-none",
    "the-body-that-orders-the-works-in-the-title-is-no-addressee",
    "a-city-that-begins-an-address-is-no-offender",
    "yagou-koto-shimei-is-a-person-not-an-organisation",
    "n-sha-tou-wo-kokuhatsu-the-n-companies-named-below",
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=IDS)
def test_addressees_stated_apart_from_the_action(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    got = [(a.kind, a.addressee) for a in parser.parse(text).actions]
    assert got == expected
