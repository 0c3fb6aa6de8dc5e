"""Violations on bulleted lines of a 県 薬務 release (session 17, helper b), each row a notice
of our own with fictional names: a line that tells the wrong as 「…したこと。」 and ends with
its provision and 違反 in brackets describes that violation; a clause told with 、 is one wrong
for all its provisions, not a list to pair with them; an obstructed inspection is a wrong."""

from __future__ import annotations

import pytest

from shobun import parser
from shobun.parser.model import Notice

Fact = tuple[str, str, str, str]  # (action kind, addressee, article, description)

_LEAD = (
    "令和6年7月1日\n架空県\n\n医薬品製造業者に対する行政処分について\n\n"
    "架空県では、本日、医薬品、医療機器等の品質、有効性及び安全性の確保等に関する法律"
    "(昭和35年法律第145号。以下「法」という。)に基づき、7月2日から20日間の業務停止及び"
    "業務改善を命じましたので、お知らせします。\n"
    "1 処分対象業者\n業者名:あけぼの薬品株式会社(代表取締役 架空 太郎)\n2 違反事実\n"
)
_CLOSE = "3 処分内容 医薬品製造業に係る業務停止命令及び業務改善命令\n"
_CO = "あけぼの薬品株式会社"
_KINDS = ("BusinessImprovementOrder", "BusinessSuspensionOrder")


def _both(article: str, desc: str) -> list[Fact]:
    return [(kind, _CO, article, desc) for kind in _KINDS]


def _remedied(n: Notice) -> list[Fact]:
    by_key = {v.key: v for v in n.violations}
    return sorted(
        (a.kind, a.addressee or "", p.article, by_key[k].description or "")
        for a in n.actions
        for k in a.violations
        for p in by_key[k].provisions
    )


CASES: list[tuple[str, list[Fact]]] = [
    (  # the clause before 。, without こと, describes the violation of the bracketed provision
        "○ 承認書と異なる方法で医薬品を製造したこと。(法第56条第3号違反)\n",
        _both("56", "承認書と異なる方法で医薬品を製造した"),
    ),
    (  # a space before the brackets; the 施行規則 under the law only tells the act
        "○ 製造管理が基準に適合していないこと。\n"
        "・ 一部の品目について、出荷前の試験を省略したこと。 "
        "(法第18条第3項の規定に基づく同法施行規則第96条違反)\n",
        _both("18", "一部の品目について、出荷前の試験を省略した"),
    ),
    (  # a clause told with 、 is one wrong of both provisions, not two wrongs paired with them
        "○ 責任者を置かず、記録も作成しなかったこと。(法第17条第2項、法第18条第1項違反)\n",
        [
            *_both("17", "責任者を置かず、記録も作成しなかった"),
            *_both("18", "責任者を置かず、記録も作成しなかった"),
        ],
    ),
    (  # an inspection obstructed: a wrong, though 検査 stands in the clause
        "○ 県の立入検査時に、虚偽の記録を示し、調査を妨害したこと。 (法第69条第1項違反)\n",
        _both("69", "県の立入検査時に、虚偽の記録を示し、調査を妨害した"),
    ),
]


@pytest.mark.parametrize(("lines", "expected"), CASES)
def test_a_bulleted_line_describes_its_violation(lines: str, expected: list[Fact]) -> None:
    assert _remedied(parser.parse(_LEAD + lines + _CLOSE)) == sorted(expected)


_TRAVEL = (
    "令和6年7月1日\n観光庁\n\n旅行業者に対する行政処分について\n\n観光庁は、本日、株式会社そよかぜ"
    "旅行に対し、旅行業法第19条第1項に基づき業務停止を命じた。\n"
)
_TOLD = "取引条件の説明を行わずに旅行契約を締結していた"
PROSE: list[tuple[str, str, str]] = [
    # a pointer back with the law's name right after it, no 、 between
    (f"同社は、{_TOLD}。これは旅行業法第12条の4第1項に違反するものである。\n", "12の4", _TOLD),
    (f"同社は、{_TOLD}。当該行為は旅行業法第12条の4第1項に違反する。\n", "12の4", _TOLD),
    # 財務局's 「かかる行為は、」 over a law's item and the 府令 under it
    (f"同社は、{_TOLD}。かかる行為は、旅行業法第12条の4第1項に違反する。\n", "12の4", _TOLD),
    # a duty left undone or a course kept, joined to the breach by 「、」: the probes' reading
    # (round 1's PPC excerpt) gives such a clause no description
    ("同社は、旅行者に書面を交付しておらず、旅行業法第12条の5第1項に違反した。\n", "12の5", ""),
    (
        "同社は、無登録の者に旅行業務の代理を行わせる取引を行っており、旅行業法第14条の2"
        "第1項に違反した。\n",
        "14の2",
        "",
    ),
]


@pytest.mark.parametrize(("body", "article", "desc"), PROSE)
def test_a_wrong_told_in_prose_describes_its_violation(body: str, article: str, desc: str) -> None:
    assert _remedied(parser.parse(_TRAVEL + body)) == [
        ("BusinessSuspensionOrder", "株式会社そよかぜ旅行", article, desc)
    ]


_STAFFING = (
    "令和6年7月1日\n架空労働局\n\n派遣元事業主に対する労働者派遣事業改善命令について\n\n"
    "架空労働局は、本日、株式会社つばさ人材に対し、労働者派遣事業の適正な運営の確保及び派遣"
    "労働者の保護等に関する法律(以下「労働者派遣法」という。)第49条第1項に基づく労働者派遣事業"
    "改善命令を行った。\n"
)
_OVER = "派遣可能期間を超えて派遣労働者を従事させていた"
AROUND: list[tuple[str, str]] = [
    # the wrong told as the subject of the breach (…ていたことは、)
    (f"株式会社つばさ人材が、{_OVER}ことは、労働者派遣法第40条の2第1項に違反する。\n", _OVER),
    # or as its cause (…ていたことから、)
    (f"株式会社つばさ人材は、{_OVER}ことから、労働者派遣法第40条の2第1項に違反する。\n", _OVER),
    # or after it, to the sentence's end (…に違反して、…。)
    (f"株式会社つばさ人材は、労働者派遣法第40条の2第1項に違反して、{_OVER}。\n", _OVER),
    (f"株式会社つばさ人材は、労働者派遣法第40条の2第1項の規定に違反し、{_OVER}。\n", _OVER),
    # a breach followed by another clause that only says it again: no wrong told
    ("株式会社つばさ人材は、労働者派遣法第40条の2第1項に違反し、同法に違反するものである。\n", ""),
]


@pytest.mark.parametrize(("body", "desc"), AROUND)
def test_a_wrong_told_around_the_breach_describes_it(body: str, desc: str) -> None:
    assert _remedied(parser.parse(_STAFFING + body)) == [
        ("BusinessImprovementOrder", "株式会社つばさ人材", "40の2", desc)
    ]


def test_a_pointer_to_a_state_reads_back_to_it() -> None:
    """財務局: 「このような当社の状況は、…府令第N条…に規定する状況に該当するものと認められる」."""
    text = (
        "令和6年7月1日\n架空財務局\n\n株式会社あさひ証券に対する行政処分について\n\n"
        "架空財務局は、本日、株式会社あさひ証券(以下「当社」という。)に対し、金融商品取引法"
        "(以下「金商法」という。)第51条の規定に基づき、業務改善命令を発出した。\n2.処分の理由\n"
        "当社は、顧客の意向を把握しないまま商品を勧誘していた。このような当社の状況は、金商法第40条"
        "第2号に基づく金融商品取引業等に関する内閣府令第123条第1項第14号に規定する状況に該当する"
        "ものと認められる。\n"
    )
    told = "顧客の意向を把握しないまま商品を勧誘していた"
    assert _remedied(parser.parse(text)) == [
        ("BusinessImprovementOrder", "株式会社あさひ証券", "123", told),
        ("BusinessImprovementOrder", "株式会社あさひ証券", "40", told),
    ]


_AGENCY = (
    "令和6年7月1日\n架空財務局\n\n株式会社まつば保険サービスに対する行政処分について\n\n"
    "架空財務局は、本日、株式会社まつば保険サービス(以下「当社」という。)に対し、保険業法"
    "(以下「法」という。)第306条の規定に基づき、業務改善命令を発出した。\n処分の理由\n"
)
SELLING: list[tuple[str, str]] = [
    # the act the provision lists, quoted, said to have been done
    (
        "当社の募集人は、保険業法第300条第1項第1号に規定する「保険契約者に対して、虚偽のことを"
        "告げる行為」を行っていた。\n",
        "保険契約者に対して、虚偽のことを告げる行為",
    ),
    # the act as the subject of the sentence that says it falls under the provision
    (
        "当社の募集人が顧客に虚偽のことを告げていた行為は、法第300条第1項第1号に該当する。\n",
        "当社の募集人が顧客に虚偽のことを告げていた",
    ),
]


@pytest.mark.parametrize(("body", "desc"), SELLING)
def test_an_act_an_insurance_agent_did_describes_its_violation(body: str, desc: str) -> None:
    assert _remedied(parser.parse(_AGENCY + body)) == [
        ("BusinessImprovementOrder", "株式会社まつば保険サービス", "300", desc)
    ]
