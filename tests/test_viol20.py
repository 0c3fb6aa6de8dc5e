"""Violations on real notices (session 20): wrongs told as numbered items of one clause
(「…については、①…こと、②…ことなどの事実が認められた。これらは…に違反する」), a ban or a
duty a provision sets and its breach found (「…に規定する…の禁止その他の同法の規律への違反が
認められた」, 総務省's 指導), a duty unmet told after 「…に規定する…義務に関し、」 with the
施行規則's term on the way, and one reason stated for a group of companies. Every sentence is
fictional, modeled on the real forms; rows where the same words state no violation too. The
whole notice is parsed: remedies span the events."""

from __future__ import annotations

import pytest

from shobun import parser
from shobun.parser.itemized import items_apart
from shobun.parser.model import Citation, Notice, Span
from shobun.parser.wrongs import Found

Fact = tuple[str, str, tuple[str, ...], str]  # (action kind, addressee, articles, description)


def _remedied(n: Notice) -> list[Fact]:
    by_key = {v.key: v for v in n.violations}
    return sorted(
        (
            a.kind,
            a.addressee or "",
            tuple(p.article or "" for p in by_key[k].provisions),
            by_key[k].description or "",
        )
        for a in n.actions
        for k in a.violations
    )


_STOP, _GUIDE, _IMPROVE = "BusinessSuspensionOrder", "Guidance", "BusinessImprovementOrder"

CASES: list[tuple[str, str, list[Fact]]] = [
    (
        "circled-items-then-these-break",
        "令和7年5月9日\nみなと県\n建設業者に対する監督処分について\nみなと県は、本日、建設業法"
        "第28条第3項の規定に基づき、下記の建設業者に対し営業停止処分を行いました。\n"
        "1 処分の対象者\n株式会社あさぎ土木\n2 処分の理由\n株式会社あさぎ土木については、"
        "①下請契約の締結に際し、工事内容等を記載した書面を相互に交付していなかったこと、"
        "②工事現場に主任技術者を置いていなかったことなどの事実が認められた。これらは建設業法"
        "第19条第1項及び同法第26条第1項の規定に違反するものである。\n",
        [
            (
                _STOP,
                "株式会社あさぎ土木",
                ("19",),
                "下請契約の締結に際し、工事内容等を記載した書面を相互に交付していなかった",
            ),
            (_STOP, "株式会社あさぎ土木", ("26",), "工事現場に主任技術者を置いていなかった"),
        ],
    ),
    (
        "bracketed-numbers-three-items-one-provision",  # more items than provisions: one wrong
        "令和7年6月2日\nみなと地方整備局\n建設業者に対する監督処分について\nみなと地方整備局は、"
        "本日、株式会社ゆうばえ工務に対し、建設業法第28条第1項の規定に基づく指示処分を行った。\n"
        "処分の理由\n株式会社ゆうばえ工務については、(1)請負代金の額を記載した書面を交付して"
        "いなかったこと、(2)契約の変更を書面で行っていなかったこと及び(3)着工前に契約を締結"
        "していなかったことが認められた。これらは建設業法第19条第1項の規定に違反する。\n",
        [
            (
                "Order",
                "株式会社ゆうばえ工務",
                ("19",),
                "請負代金の額を記載した書面を交付していなかった、契約の変更を書面で行っていなかった、"
                "着工前に契約を締結していなかった",
            ),
        ],
    ),
    (
        "ban-and-other-rules-breach-found",
        "令和7年5月9日\nみなと総合通信局\n株式会社こなゆき通信に対する指導について\n"
        "みなと総合通信局は、本日、株式会社こなゆき通信において、電気通信事業法第27条の2第1号に"
        "規定する不実告知等の禁止及びその他の同法の規律への違反が認められたことを受け、同社に"
        "対し、同法の遵守を徹底することなどについて指導しました。\n",
        [(_GUIDE, "株式会社こなゆき通信", ("27の2",), "不実告知等の禁止")],
    ),
    (
        "duty-and-other-provisions-breach-found",
        "総務省トップ > 報道資料一覧 > 株式会社みぞれネットに対する指導等\n令和7年7月1日\n"
        "総務省は、本日、株式会社みぞれネットにおいて、電気通信事業法第27条の4に規定する媒介等"
        "業務受託者に対する指導等措置義務その他の同法の規定への違反が認められたことを受け、同社に"
        "対し、指導しました。\n",
        [(_GUIDE, "株式会社みぞれネット", ("27の4",), "媒介等業務受託者に対する指導等措置義務")],
    ),
    (
        "duty-unmet-for-a-group-rules-set-the-term",
        "令和7年5月9日\nみなと労働局\n職業紹介事業者に対する行政処分について\nみなと労働局は、"
        "下記の2事業者に対し、本日、職業安定法第32条の9第2項に基づく職業紹介事業停止命令を行った。"
        "\n・株式会社ほしかげ\n・株式会社つきよ人材\n処分理由\n上記の事業者は、職業安定法第32条の"
        "16第1項に規定する事業報告書の提出義務に関し、職業安定法施行規則第24条の8に規定する提出"
        "期限を過ぎても事業報告書を提出せず、同法の規定に違反したことによる。\n",
        [
            (
                _STOP,
                "株式会社つきよ人材",
                ("32の16",),
                "職業安定法施行規則第24条の8に規定する提出期限を過ぎても事業報告書を提出せず",
            ),
            (
                _STOP,
                "株式会社ほしかげ",
                ("32の16",),
                "職業安定法施行規則第24条の8に規定する提出期限を過ぎても事業報告書を提出せず",
            ),
        ],
    ),
    (
        "circled-items-each-with-its-provision",
        "令和7年8月4日\nみなと地方整備局\n建設業者に対する監督処分について\nみなと地方整備局は、"
        "本日、株式会社しおさい舗装に対し、建設業法第28条第1項の規定に基づく指示処分を行った。\n"
        "処分の理由\n株式会社しおさい舗装については、①下請契約を書面で締結していなかったこと"
        "(建設業法第19条第1項)、②主任技術者を置いていなかったこと(同法第26条第1項)などの事実が"
        "認められた。\n",
        [
            ("Order", "株式会社しおさい舗装", ("19",), "下請契約を書面で締結していなかった"),
            ("Order", "株式会社しおさい舗装", ("26",), "主任技術者を置いていなかった"),
        ],
    ),
    (
        "circled-items-no-provision",  # the reason cites none: each item a wrong all the same
        "令和7年8月4日\nみなと県\n建設業者に対する監督処分について\nみなと県は、本日、株式会社"
        "ひなた電工に対し、建設業法第28条第3項の規定に基づき営業停止処分を行いました。\n処分の"
        "理由\n株式会社ひなた電工については、①下請契約を書面で締結していなかったこと、②主任"
        "技術者を置いていなかったことなどの事実が認められたため。\n",
        [
            (_STOP, "株式会社ひなた電工", (), "下請契約を書面で締結していなかった"),
            (_STOP, "株式会社ひなた電工", (), "主任技術者を置いていなかった"),
        ],
    ),
    (
        "items-asked-for-are-no-wrongs",  # ①…こと、②…ことを求めた: what is asked, not found
        "令和7年8月4日\nみなと県\n建設業者に対する監督処分について\nみなと県は、本日、株式会社"
        "ひなた電工に対し、建設業法第28条第1項の規定に基づく指示処分を行いました。\n指示の内容"
        "\n同社は、①下請契約を書面で締結すること、②主任技術者を適正に置くことを求める。\n",
        [],
    ),
    (
        "narrative-clause-joined-to-the-breach",
        "令和7年8月4日\nみなと県\n建設業者に対する監督処分について\nみなと県は、本日、株式会社"
        "あさぎ土木に対し、建設業法第28条第3項の規定に基づき営業停止処分を行いました。\n処分の"
        "理由\n株式会社あさぎ土木は、請け負った建設工事を一括して他の建設業者に請け負わせ、建設業"
        "法第22条第1項の規定に違反した。また、同社は、工事現場に主任技術者を置かず、同法第26条"
        "第1項の規定に違反した。\n",
        [
            (
                _STOP,
                "株式会社あさぎ土木",
                ("22",),
                "請け負った建設工事を一括して他の建設業者に請け負わせ",
            ),
            (_STOP, "株式会社あさぎ土木", ("26",), "工事現場に主任技術者を置かず"),
        ],
    ),
    (
        "duty-neglected-joined-to-the-breach",
        "令和7年9月1日\nみなと県\n建設業者に対する監督処分について\nみなと県は、本日、有限会社"
        "こかげ設備に対し、建設業法第28条第1項の規定に基づき指示処分を行いました。\n処分の理由\n"
        "有限会社こかげ設備は、営業所ごとに帳簿の備付けを怠り、建設業法第40条の3の規定に違反した。\n",
        [("Order", "有限会社こかげ設備", ("40の3",), "営業所ごとに帳簿の備付けを怠り")],
    ),
    (
        "two-kinds-each-glossed-with-its-breach",
        "令和7年9月1日\nみなと県\n宅地建物取引業者に対する監督処分について\nみなと県は、本日、"
        "株式会社はまかぜ不動産に対し、宅地建物取引業法第65条第2項の規定に基づく業務停止処分"
        "(同法第47条第1号違反)及び同条第1項の規定に基づく指示処分(同法第35条第1項違反)を行い"
        "ました。\n",
        [
            (_STOP, "株式会社はまかぜ不動産", ("47",), ""),
            ("Order", "株式会社はまかぜ不動産", ("35",), ""),
        ],
    ),
    (
        "two-kinds-one-list-of-wrongs-both-remedy",  # no gloss: both kinds remedy every wrong
        "令和7年9月1日\nみなと経済産業局\n特定商取引法に基づく行政処分について\nみなと経済産業局は"
        "、本日、株式会社しらなみ住設に対し、特定商取引法第8条第1項の規定に基づく業務停止命令及び"
        "同法第7条第1項の規定に基づく指示を行いました。\n認定した違反行為は、不実告知(法第6条第1"
        "項)及び書面の記載不備(法第5条第1項)です。\n",
        [
            (_STOP, "株式会社しらなみ住設", ("6",), "不実告知"),
            (_STOP, "株式会社しらなみ住設", ("5",), "書面の記載不備"),
            ("Order", "株式会社しらなみ住設", ("6",), "不実告知"),
            ("Order", "株式会社しらなみ住設", ("5",), "書面の記載不備"),
        ],
    ),
    (
        "clause-told-as-a-noun-then-breach-in-brackets",
        "令和7年10月1日\nみなと労働局\n派遣元事業主に対する労働者派遣事業改善命令について\nみなと"
        "労働局は、本日、株式会社こだま人材に対し、労働者派遣法第49条第1項に基づく労働者派遣事業"
        "改善命令を行った。\n処分理由\n株式会社こだま人材は、派遣労働者を派遣先の指揮命令の下で建設"
        "業務に従事させたこと(労働者派遣法第4条第1項第2号違反)。\n",
        [
            (
                _IMPROVE,
                "株式会社こだま人材",
                ("4",),
                "派遣労働者を派遣先の指揮命令の下で建設業務に従事させた",
            )
        ],
    ),
    (
        "clause-as-a-noun-that-tells-a-step-is-none",
        "令和7年10月1日\nみなと労働局\n派遣元事業主に対する労働者派遣事業改善命令について\nみなと"
        "労働局は、本日、株式会社やまびこ派遣に対し、労働者派遣法第49条第1項に基づく労働者派遣"
        "事業改善命令を行った。\n経緯\n当局は、同社に報告を求めたこと(労働者派遣法第50条)。\n",
        [],
    ),
    (
        "breach-only-feared-is-none",  # 「…への違反のおそれ」: nothing found, nothing remedied
        "令和7年5月9日\nみなと総合通信局\n株式会社こなゆき通信に対する指導について\n"
        "みなと総合通信局は、本日、株式会社こなゆき通信に対し、電気通信事業法第27条の2第1号に"
        "規定する不実告知等の禁止に留意するよう指導しました。\n",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_violations_on_real_forms(text: str, expected: list[Fact]) -> None:
    assert _remedied(parser.parse(text)) == sorted(expected)


def _found(description: str, n: int) -> Found:
    cites = tuple(Citation("建設業法", str(19 + i), None, None, Span(0, 1, "x")) for i in range(n))
    return Found(0, 10, cites, description, None)


ITEMS: list[tuple[str, str, int, list[str]]] = [
    ("two-items-close-found", "(1)Aを交付していなかったこと、(2)Bを置いていなかったことなどの事実が認められた",
     2, ["Aを交付していなかった", "Bを置いていなかった"]),
    ("circled-marks-one-provision", "①Aを交付しなかったこと、②Bを届け出なかったこと等", 1,
     ["Aを交付しなかった、Bを届け出なかった"]),
    ("joined-by-oyobi", "(1)Aをしていなかったこと及び(2)Bをしていなかったこと", 2,
     ["Aをしていなかった", "Bをしていなかった"]),
    ("one-item-is-no-list", "(1)Aを交付していなかったこと", 1, ["(1)Aを交付していなかったこと"]),
    ("not-from-the-start", "同社は、(1)Aをしていなかったこと、(2)Bをしていなかったこと", 1,
     ["同社は、(1)Aをしていなかったこと、(2)Bをしていなかったこと"]),
    ("items-not-told-wrongs", "(1)不実告知、(2)書面不交付", 2, ["(1)不実告知、(2)書面不交付"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("description", "provisions", "expected"), [c[1:] for c in ITEMS], ids=[c[0] for c in ITEMS]
)
def test_items_apart(description: str, provisions: int, expected: list[str]) -> None:
    parts = items_apart(_found(description, provisions))
    assert [p.description for p in parts] == expected
    if len(expected) == provisions and provisions > 1:  # paired in order
        assert [p.provisions[0].article for p in parts] == ["19", "20"]
