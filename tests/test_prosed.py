"""Wrongs told only in prose (issue 12, real pages): the clause before a provision in
brackets, the clause joined to the law's name, the sentence 「このことは、」 reads back to,
what a provision forbids and was done; and, where the notice states no other violation, a
news item's 「…したとして、」 and a summary's 「誤認類型」 field. Each row is a sentence of our
own with fictional names; the whole notice is parsed, since remedies span the events stage."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shobun import parser
from shobun.parser import prosed
from shobun.parser.model import Notice
from shobun.parser.wrongs import Found

Fact = tuple[str, str, str, str]  # (action kind, addressee, articles, description)

_HEAD = "令和7年3月3日\nみなと県\n\n薬局に対する行政処分について\n\n"
_LEAD = (
    "みなと県は、本日、株式会社しおかぜ薬局に対し、医薬品医療機器等法第75条第1項の規定に"
    "基づき、業務停止を命じました。\n"
)
_SUSPENDED = ("BusinessSuspensionOrder", "株式会社しおかぜ薬局")


def _remedied(n: Notice) -> list[Fact]:
    by_key = {v.key: v for v in n.violations}
    return sorted(
        (
            a.kind,
            a.addressee or "",
            "+".join(p.article for p in by_key[k].provisions),
            by_key[k].description or "",
        )
        for a in n.actions
        for k in a.violations
    )


CASES: list[tuple[str, str, str, list[Fact]]] = [
    (
        "pointer-reads-back",
        _HEAD,
        _LEAD
        + "2 違反事実及び違反条項\n1. 記1の者は、処方箋を持たない客に処方箋医薬品を販売した。\n"
        "このことは、法第49条第1項に違反する。\n",
        [(*_SUSPENDED, "49", "処方箋を持たない客に処方箋医薬品を販売した")],
    ),
    (
        "pointer-polite-end",
        _HEAD,
        _LEAD
        + "同社は、薬剤師でない従業員に調剤をさせていました。これは、法第7条第1項に違反します。\n",
        [(*_SUSPENDED, "7", "薬剤師でない従業員に調剤をさせていた")],
    ),
    (
        "act-told-above-then-pointed-to",
        "令和7年3月3日\nみなと県\n\n水産物の不適正表示に対する措置について\n\n",
        "<違反事実>\n株式会社うみどり水産が、仕入れたしじみの原産地について、「外国」とすべきで"
        "あるにもかかわらず、「みなと県」と表示をして、小売業者に販売したこと。\n2 措置\n"
        "株式会社うみどり水産が行った上記1の行為は、食品表示法第4条第1項の規定に基づき定められた"
        "食品表示基準第18条第1項の規定に違反するものです。\nこのため、本日、株式会社うみどり水産に"
        "対し、食品表示法第6条第1項の規定に基づき、次の内容の指示を行いました。\n",
        [
            (
                "Order",
                "株式会社うみどり水産",
                "18",
                "仕入れたしじみの原産地について、「外国」とすべきであるにもかかわらず、「みなと県」と"
                "表示をして、小売業者に販売した",
            )
        ],
    ),
    (
        "bracketed-after-clause",
        _HEAD,
        _LEAD + "当該薬局では、複数の漢方薬を混ぜた商品を、承認を受けることなく製造する(法第14条"
        "第1項の規定に違反)とともに、これを来店客に販売していた(法第55条第2項の規定に違反)。\n",
        [
            (*_SUSPENDED, "14", "承認を受けることなく製造する"),
            (*_SUSPENDED, "55", "これを来店客に販売していた"),
        ],
    ),
    (
        "joined-to-the-law",
        "令和7年3月3日\nみなと労働局\n\n派遣元事業主に対する行政処分について\n\n",
        "みなと労働局は、本日、株式会社こもれび人材に対し、労働者派遣法第49条第1項に基づく"
        "労働者派遣事業改善命令を行った。\n処分の理由\n株式会社こもれび人材は、契約を偽って"
        "労働者を他社の指揮命令の下で働かせたものであり、許可なく労働者供給事業を行い、"
        "職業安定法第44条に違反したこと。\n",
        [("BusinessImprovementOrder", "株式会社こもれび人材", "44", "許可なく労働者供給事業")],
    ),
    (
        "forbidden-thing-done",
        "令和7年3月3日\nみなと労働局\n\n派遣元事業主に対する行政処分について\n\n",
        "みなと労働局は、本日、株式会社こもれび人材に対し、労働者派遣法第49条第1項に基づく"
        "労働者派遣事業改善命令を行った。\n処分理由\n株式会社こもれび人材は、労働者を港の"
        "荷役に従事させ、もって労働者派遣法第4条第1項第1号で禁止している港湾運送業務への"
        "労働者派遣事業を行ったこと。\n",
        [
            (
                "BusinessImprovementOrder",
                "株式会社こもれび人材",
                "4",
                "港湾運送業務への労働者派遣事業",
            )
        ],
    ),
    (
        "news-reason-with-toshite",
        "",
        "みなと県は5日、弁当の原材料の原産地を表示せずに販売したなどとして、株式会社ゆうなぎ"
        "食品に対し、食品表示法に基づき表示の是正を指示した。\n",
        [("Order", "株式会社ゆうなぎ食品", "", "弁当の原材料の原産地を表示せずに販売した")],
    ),
    (
        "counted-list-in-news",
        "",
        "みなと運輸局は10日、株式会社はまかぜ運送に対し、貨物自動車運送事業法に基づき事業停止"
        "命令を出した。2024年5月に実施した監査で、点呼の未実施や乗務記録の記載不備、運行指示書の"
        "未作成など8項目の違反が判明した。\n",
        [
            ("BusinessSuspensionOrder", "株式会社はまかぜ運送", "", "乗務記録の記載不備"),
            ("BusinessSuspensionOrder", "株式会社はまかぜ運送", "", "点呼の未実施"),
            ("BusinessSuspensionOrder", "株式会社はまかぜ運送", "", "運行指示書の未作成"),
        ],
    ),
    (
        "counted-after-nado-and-words",
        "",
        "みなと運輸局は10日、株式会社はまかぜ運送に対し、貨物自動車運送事業法に基づき事業停止"
        "命令を出した。監査の結果、運行管理者の選任義務違反や、点呼の実施義務違反など、貨物"
        "自動車運送事業法に関する9件の違反が確認された。\n",
        [
            ("BusinessSuspensionOrder", "株式会社はまかぜ運送", "", "点呼の実施義務違反"),
            ("BusinessSuspensionOrder", "株式会社はまかぜ運送", "", "運行管理者の選任義務違反"),
        ],
    ),
    (
        "labelled-field",
        "",
        "Ⅰ.分類\n1.誤認類型\n有利誤認\n2.表示媒体\nウェブ\nⅡ.違反行為者\n株式会社そよかぜ通販\n"
        "Ⅲ.措置命令の概要\n消費者庁は、株式会社そよかぜ通販に対し、景品表示法第7条第1項の"
        "規定に基づき、措置命令を行った。\n",
        [("MeasuresOrder", "株式会社そよかぜ通販", "", "有利誤認")],
    ),
]

# the forms must not describe what is no wrong: a sanction told before its basis, a
# subject alone before the law, a として whose notice states a violation of its own
NOT_DESCRIBED: list[tuple[str, str, str, list[Fact]]] = [
    (
        "pointer-without-subject",
        _HEAD,
        _LEAD + "令和6年に立入検査を行った。\nこのことは、法第69条第1項に基づく。\n",
        [],
    ),
    (
        "reason-beside-a-cited-violation",
        "",
        "みなと県は5日、承認を得ずに薬を製造したとして、株式会社しおかぜ薬局に対し、業務停止"
        "を命じた。同社は、承認を受けずに薬を製造した(法第14条第1項の規定に違反)。\n",
        [("BusinessSuspensionOrder", "株式会社しおかぜ薬局", "14", "承認を受けずに薬を製造した")],
    ),
    (
        "reason-that-is-a-likelihood",
        "",
        "みなと県は5日、表示が不当である疑いがあるとして、株式会社ゆうなぎ食品に対し、食品表示法"
        "に基づき表示の是正を指示した。\n",
        [],
    ),
    (
        "joined-but-the-provision-names-more",
        "令和7年3月3日\nみなと労働局\n\n職業紹介事業者に対する行政処分について\n\n",
        "みなと労働局は、本日、株式会社こもれび人材に対し、職業安定法第48条の3第1項に基づく業務"
        "改善命令を行った。\n処分理由\n株式会社こもれび人材は、期限を過ぎても届出をせず、職業安定法"
        "第32条の16第1項に定める期限までに事業報告書を提出しなかったこと。\n",
        [("BusinessImprovementOrder", "株式会社こもれび人材", "32の16", "")],
    ),
    (
        "subject-before-the-law",
        _HEAD,
        _LEAD + "同社は、医薬品医療機器等法第49条第1項の規定に違反した。\n",
        [(*_SUSPENDED, "49", "")],
    ),
]


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [c[1:] for c in [*CASES, *NOT_DESCRIBED]],
    ids=[c[0] for c in [*CASES, *NOT_DESCRIBED]],
)
def test_prose_describes_the_wrong(head: str, body: str, expected: list[Fact]) -> None:
    assert _remedied(parser.parse(head + body, name="t.txt")) == sorted(expected)


@given(
    st.text(alphabet="、。()\n法第1条にはがをしたこのことは違反行為として誤認類型ます", max_size=80)
)
def test_descriptions_are_words_of_the_text(text: str) -> None:
    """Every description read is a slice of the text, its polite end at most made plain."""
    found = [Found(i, i + 3, (), None, None) for i in range(1, max(1, len(text) - 3), 7)]
    for v in [*prosed.reasons(text, []), *prosed.described(text, found)]:
        d = v.description or ""
        polite = [d[: -len(b)] + a for a, b in prosed.PLAIN if d.endswith(b)]
        assert "。" not in d and any(c in text for c in [d, *polite]), d


def test_a_cut_request_for_grounds_is_no_basis_of_the_order() -> None:
    """A summary's section headed by the order (「Ⅲ.措置命令」) whose only provision is the
    資料提出要求's, cut off before its verb (「…第7条第2項の規定に基づき、A社に対し、期間を定め
    て、…根拠を示」): the order is found without a basis, not with the request's. (Headed
    「Ⅲ.措置命令の概要」, a numbered field heading and no title, the page names no action.)"""
    text = (
        "Ⅰ.分類\n1.誤認類型\n優良誤認\nⅡ.違反行為者\n株式会社そよかぜ通販\nⅢ.措置命令\n"
        "⑴対象商品\nア 「はるかぜ茶」と称する食品\n⑵ 対象表示\nイ 実際\n前記アの表示について、"
        "消費者庁は、景品表示法第7条第2項の規定に基づき、株式会社そよかぜ通販に対し、期間を定めて、"
        "当該表示の裏付けとなる合理的な根拠を示"
    )
    n = parser.parse(text, name="t.txt")
    got = [(a.kind, a.addressee, a.legal_basis) for a in n.actions]
    assert got == [("MeasuresOrder", "株式会社そよかぜ通販", None)]
