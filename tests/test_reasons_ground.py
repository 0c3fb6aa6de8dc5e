"""A prefecture's revocation page (1 行政処分を受けた者 / 2 行政処分の内容 / 3 行政処分の
理由): the lead opened by the day gives the actions set out below their day and basis; the
inspection the reasons tell is no basis of theirs; a lead that names only the law leaves the
basis to the provision the reasons say the conduct falls under as the revocation's ground.
Rows written for this test with fictional companies."""

from __future__ import annotations

import pytest

from shobun import parser
from shobun.parser.model import Action

Row = tuple[str, str | None, str | None, str | None]


def _row(a: Action) -> Row:
    basis = a.legal_basis
    where = f"{basis.article}/{basis.paragraph}" if basis else None
    return (a.kind, a.addressee, where, a.date.iso() if a.date else None)


HEAD = "令和06年05月13日\n産業廃棄物処理業者の行政処分(許可取消し)を行いました\n"
BODY = (
    "1 行政処分を受けた者\n みどり市あさぎ町1番地\n 株式会社あさぎ環境(代表取締役 山川 一郎)\n"
    "2 行政処分の内容\n 産業廃棄物収集運搬業の許可の取消し\n3 行政処分の理由\n 令和5年11月2日、"
    "法第19条第1項の規定に基づき、同社の資材置場に立入検査を実施したところ、同社が木くずを"
    "野外焼却していることを確認しました。\n"
)
ROWS = [
    (  # the lead names the article; the reasons' inspection keeps its own basis
        HEAD + " 令和6年5月10日、産業廃棄物処理業者に対して、廃棄物の処理及び清掃に関する法律(以下"
        "「法」という。)第14条の3の2(事業許可の取消し)の規定に基づき行政処分を行いました。\n"
        + BODY + " このことは、法第16条の2の規定(焼却禁止)に違反します。\n",
        [("RegistrationRevocation", "株式会社あさぎ環境", "14の3の2/None", "2024-05-10"),
         ("OnSiteInspection", "株式会社あさぎ環境", "19/1", "2023-11-02")],
    ),
    (  # the lead names only the law; the reasons end on the revocation's ground
        HEAD + " 令和6年5月10日、廃棄物の処理及び清掃に関する法律(以下「法」という。)の規定に基づき、"
        "産業廃棄物処理業者に対して、次のとおり行政処分を行いました。\n" + BODY
        + " このことは、法第16条の2(焼却禁止)違反に該当し、法第14条の3の2第1項第5号(法第14条の3"
        "第1号に該当し情状が特に重いとき)に該当します。\n",
        [("RegistrationRevocation", "株式会社あさぎ環境", "14の3の2/1", "2024-05-10"),
         ("OnSiteInspection", "株式会社あさぎ環境", "19/1", "2023-11-02")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"), ROWS, ids=["lead-opened-by-its-day", "the-ground-the-reasons-name"]
)
def test_revocation(text: str, expected: list[Row]) -> None:
    n = parser.parse(text)
    assert sorted(_row(a) for a in n.actions) == sorted(expected)


def test_a_ground_is_no_violation() -> None:
    n = parser.parse(ROWS[1][0])
    provisions = {p.article for v in n.violations for p in v.provisions}
    assert provisions == {"16の2"}
