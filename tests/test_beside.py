"""The basis written beside the name of a kind of action (`parser/beside.py`): a page's
foot 「本件は、…第8条第1項(業務停止命令)、第7条第1項(指示)…に基づく処分です」, a table cell
「…の運用停止(電波法第76条第1項)」, a line 「…の運用停止処分は、電波法第76条第1項に基づく
ものです」. Every sentence is written for this test; the companies are fictional."""

from __future__ import annotations

import pytest

from shobun import parser

PREF = "令和6年5月14日\nみずなら県\n\n訪問販売事業者に対する行政処分について\n\n"
BUREAU = "令和5年9月4日\n東北総合通信局\n\n電波法違反の無線局に対する行政処分\n\n"

# (text, (kind, addressee, article, paragraph) of every action)
ROWS = [
    (PREF + " みずなら県は、本日、株式会社こもれび住設に対し、特定商取引に関する法律に基づき業務の"
     "一部の停止を命じるとともに、違反行為の是正に必要な措置を指示しました。\n処分の内容\n"
     "1 業務停止命令\n 令和6年5月15日から同年8月14日までの間、訪問販売に関する業務の一部を停止すること。\n"
     " 本件は、特定商取引に関する法律第8条第1項(業務停止命令)、第7条第1項(指示)及び第8条の2第1項"
     "(業務禁止命令)に基づく処分です。\n",
     [("BusinessSuspensionOrder", "株式会社こもれび住設", "8", 1),
      ("Order", "株式会社こもれび住設", "7", 1)]),
    (PREF + " みずなら県は、本日、株式会社こもれび住設に対し、特定商取引に関する法律に基づき、"
     "違反行為の是正に必要な措置を指示しました。\n 本件は、同法第8条の2第1項(業務禁止命令)に基づく"
     "処分を含みます。\n",
     [("Order", "株式会社こもれび住設", "", None)]),
    (BUREAU + " 東北総合通信局は、電波法に違反した法人に対し、本日、無線局の運用停止の行政処分を行い"
     "ました。\n被処分者 | 違反内容 | 処分内容 |\n---|---|---|\n"
     "やまびこ漁業株式会社(気仙沼市) | 免許状に記載された周波数以外の周波数で運用したもの。 | "
     "令和5年9月4日から20日間、簡易無線局3局の運用停止(電波法第76条第1項) |\n",
     [("Order", "やまびこ漁業株式会社", "76", 1)]),
    (BUREAU + " 東北総合通信局は、本日、株式会社みちのく観光バスに対し、無線局の運用停止の行政処分を"
     "行いました。\n行政処分の内容\n 簡易無線局5局の運用を本日から30日間停止する。\n"
     " なお、無線局の運用停止処分は、電波法第76条第1項に基づくものです。\n",
     [("Order", "株式会社みちのく観光バス", "76", 1)]),
    (BUREAU + " 東北総合通信局は、本日、株式会社みちのく観光バスに対し、無線局の運用停止の行政処分を"
     "行いました。\n【参考】電波法第76条第1項(運用停止等) 総務大臣は、…停止を命ずることができる。\n",
     [("Order", "株式会社みちのく観光バス", "", None)]),
]  # fmt: skip
IDS = [
    "a-foot-pairs-each-provision-with-the-kind-in-its-parentheses",
    "a-person-only-ban-lends-no-basis-to-the-instruction",
    "a-table-cell-names-the-basis-in-parentheses-after-the-measure",
    "shobun-wa-provision-ni-motozuku-mono-desu-after-the-body",
    "a-caption-that-is-no-single-kind-lends-nothing",
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=IDS)
def test_a_basis_written_beside_a_kind_reaches_its_actions(
    text: str, expected: list[tuple[str, str, str, int | None]]
) -> None:
    got = [
        (
            a.kind,
            a.addressee,
            a.legal_basis.article if a.legal_basis else "",
            a.legal_basis.paragraph if a.legal_basis else None,
        )
        for a in parser.parse(text).actions
    ]
    assert got == expected
