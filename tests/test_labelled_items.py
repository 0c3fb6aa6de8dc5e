"""An action set out under a numbered line that is only its kind (「処分の内容⏎1 業務停止命令
⏎…⏎2 指示⏎…までに…報告すること。」, as 都道府県 pages write it): the item's deadline is the
instruction's. Every sentence is written for this test; the company is fictional."""

from __future__ import annotations

import pytest

from shobun import parser

PREF = "令和6年5月14日\nみずなら県\n\n訪問販売事業者に対する行政処分について\n\n"
BODY = (
    " みずなら県は、本日、株式会社こもれび住設に対し、特定商取引に関する法律に基づき業務の一部の停止を"
    "命じるとともに、違反行為の是正に必要な措置を指示しました。\n処分の内容\n{first}業務停止命令\n"
    " 令和6年5月15日から同年8月14日までの間、訪問販売に関する業務の一部を停止すること。\n{second}指示\n"
    " 違反行為の発生原因について調査分析の上検証し、その結果を令和6年6月14日までに知事宛てに文書で"
    "報告すること。\n"
)

# (numbering of the two lines, the instruction's deadline)
ROWS = [
    (("1 ", "2 "), "2024-06-14"),
    (("(1)", "(2)"), "2024-06-14"),
    (("1.", "2."), "2024-06-14"),
]
IDS = ["number-and-space", "number-in-parentheses", "number-and-period"]


@pytest.mark.parametrize(("marks", "deadline"), ROWS, ids=IDS)
def test_a_numbered_line_naming_the_kind_gives_its_items_deadline(
    marks: tuple[str, str], deadline: str
) -> None:
    text = PREF + BODY.format(first=marks[0], second=marks[1])
    got = {a.kind: a.deadline.iso() if a.deadline else "" for a in parser.parse(text).actions}
    assert got == {"BusinessSuspensionOrder": "", "Order": deadline}


ANNEX = (
    "2019年05月10日\n生活文化局\n[別紙]\n特定商取引に関する法律第8条第1項に基づく業務の一部停止命令及び"
    "第7条第1項に基づく指示並びに第8条の2第1項に基づく業務禁止命令\n1 事業者の概要\n- 事業者名\n"
    "株式会社ミドリ住設\n- 代表者名\n山野一郎\n- 業務内容\n住宅リフォーム工事(訪問販売)\n"
)


def test_a_heading_that_lists_the_actions_names_the_instruction() -> None:
    got = sorted(
        (a.kind, a.addressee, a.legal_basis.article if a.legal_basis else "")
        for a in parser.parse(ANNEX).actions
        if a.addressee
    )
    assert got == [
        ("BusinessSuspensionOrder", "株式会社ミドリ住設", "8"),
        ("Order", "株式会社ミドリ住設", "7"),
    ]


RECORD = (
    "国土交通省 ネガティブ情報等検索サイト\n監督処分情報\n1.処分を受けた建設業者に関する事項\n"
    "商号または名称 株式会社ひばり土木 代表者氏名 山野一郎\n2.処分に関する事項\n"
    "処分年月日 2022年5月12日 処分を行った者 北陸地方整備局長\n根拠法令 建設業法第28条第3項\n"
    "処分の内容 (営業の停止処分)\n\n1 停止を命ずる営業の範囲\n 土木工事業に関する営業のうち、公共工事に係るもの\n"
)


def test_a_records_kind_in_parentheses_after_its_label_is_the_action() -> None:
    got = [
        (
            a.kind,
            a.addressee,
            a.legal_basis.article if a.legal_basis else "",
            a.date.iso() if a.date else "",
        )
        for a in parser.parse(RECORD).actions
    ]
    assert got == [("BusinessSuspensionOrder", "株式会社ひばり土木", "28", "2022-05-12")]
