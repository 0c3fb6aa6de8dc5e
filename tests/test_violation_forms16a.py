"""Violations in forms read for round 15's remaining misses (issue 12), each row a sentence
of our own with fictional names: a breach only feared (違反するおそれ) is none; a labelled
clause of the provisions violated (【違反条項】は…); a violation goes to the action under the
law it breaks, a 基準 to the action under the law it is made under."""

from __future__ import annotations

import pytest

from shobun import parser
from shobun.parser.model import Notice

Fact = tuple[str, str, str, str]  # (action kind, addressee, article, description)


class _Bare:
    article = ""  # a wrong named without a provision


_NONE = _Bare()


def _remedied(n: Notice) -> list[Fact]:
    by_key = {v.key: v for v in n.violations}
    return sorted(
        (a.kind, a.addressee or "", p.article, by_key[k].description or "")
        for a in n.actions
        for k in a.violations
        for p in by_key[k].provisions or [_NONE]
    )


CASES: list[tuple[str, list[Fact]]] = [
    (  # a breach only feared: a 警告, no violation
        "令和6年7月1日\n公正取引委員会\n\nかすみ青果出荷組合に対する警告について\n\n"
        "公正取引委員会は、本日、かすみ青果出荷組合に対し、独占禁止法第8条第4号の規定に違反する"
        "おそれがあるものとして、警告を行った。\n",
        [],
    ),
    (  # the same in news prose, with the caption in brackets
        "みなと経済ニュース\n2024年7月2日\n\n出荷組合に警告\n\n"
        "公正取引委員会は1日、かすみ青果出荷組合に対して警告を行った。その行為が独占禁止法8条4号"
        "(事業者団体による構成事業者の機能又は活動の不当な制限の禁止)に違反する恐れがあるとした。\n",
        [],
    ),
    (  # a labelled clause per law, the 基準 made under the law of the 指示, the other law's
        # breach the 指導 is for
        "令和6年7月1日\n架空県\n\n米穀販売業者に対する指示及び指導について\n\n"
        "架空県は、本日、株式会社こなゆき米穀に対し、JAS法第19条の14第1項の規定に基づく指示、及び"
        "米トレーサビリティ法違反に係る指導を行った。\n"
        "(1)産地の異なる精米を混ぜて「架空県産」と表示して販売したこと。【違反条項】はJAS法"
        "第19条の13第1項の規定に基づく玄米及び精米品質表示基準第3条第1項第2号及び第6条第1号。\n"
        "(2)仕入先に産地情報を誤って伝達したこと。【違反条項】は米トレーサビリティ法第8条第1項"
        "(産地情報の伝達)。\n",
        [("Guidance", "株式会社こなゆき米穀", "8", "産地情報の伝達"),
         ("Order", "株式会社こなゆき米穀", "3", ""),
         ("Order", "株式会社こなゆき米穀", "6", "")],
    ),
    (  # a label with a colon on its own line, the 基準 made under the law of the order
        "令和6年7月1日\n架空県\n\n食品表示法に基づく指示について\n\n"
        "架空県は、本日、有限会社はるかぜ食品に対し、食品表示法第6条第1項の規定に基づく指示を"
        "行った。\n違反内容:原料原産地と異なる産地を表示して販売していた。\n"
        "違反法令:食品表示法第4条第1項の規定に基づいて定められた食品表示基準第3条第2項\n",
        [("Order", "有限会社はるかぜ食品", "3", "")],
    ),
    (  # the wrong told of a role's counted companies, the companies named later by role
        "みなと経済ニュース\n2024年7月2日\n\n派遣3社に事業停止命令\n\n"
        "みなと労働局は1日付で、職業安定法第44条が禁じる労働者供給事業を行った特定派遣元事業主2社と、"
        "これに関わった一般派遣元事業主1社の計3社に、労働者派遣法に基づく事業停止命令を出した。"
        "処分を受けたのは、特定派遣元事業主の株式会社あさひ工業(みなと市)と合同会社つばさ技研"
        "(なぎさ市)、一般派遣元事業主の株式会社ゆうひ商事(しおかぜ市)。\n",
        [("BusinessSuspensionOrder", "株式会社あさひ工業", "44", "労働者供給事業"),
         ("BusinessSuspensionOrder", "合同会社つばさ技研", "44", "労働者供給事業")],
    ),
    (  # a 勧告 dated by its month, then the order for not following it: the same matter
        "みなと経済ニュース\n2024年9月26日\n\n名簿サイトに停止命令\n\n"
        "個人情報保護委員会は2024年9月25日、合同会社ほしぞら名簿に対し、個人情報保護法に基づく"
        "命令を出した。同委員会は、その利用が個人情報保護法第19条(不適正な利用の禁止)に違反すると"
        "判断した。同委員会は6月、同社に個人データの提供をやめるよう勧告し、期限までの報告を求めていた。\n",
        [("Order", "合同会社ほしぞら名簿", "19", "不適正な利用の禁止"),
         ("Recommendation", "合同会社ほしぞら名簿", "19", "不適正な利用の禁止")],
    ),
    (  # one company, orders under two laws: each law's named wrongs to its own order
        "みなと通販ニュース\n2024年4月8日\n\n県、化粧品通販に2つの命令\n\n"
        "みなと県は1日、化粧品通販の株式会社さざなみコスメ(みなと市)に対し景表法に基づく措置命令と、"
        "特商法に基づく6カ月間の業務停止命令を行った。\n"
        "措置命令が問題にしたのは2つの表示だ。「初回100円」は初回にしか当てはまらないとして"
        "「有利誤認」、「塗るだけで若返る」といった表示は根拠がないとして「優良誤認」とされた。\n"
        "特商法の処分で県が認めた違反は、「誇大広告」と「書面不交付」の2つ。\n",
        [("BusinessSuspensionOrder", "株式会社さざなみコスメ", "", "書面不交付"),
         ("BusinessSuspensionOrder", "株式会社さざなみコスメ", "", "誇大広告"),
         ("MeasuresOrder", "株式会社さざなみコスメ", "", "優良誤認"),
         ("MeasuresOrder", "株式会社さざなみコスメ", "", "有利誤認")],
    ),
    (  # the other law's breach named by a short name no citation uses: still another law
        "令和6年7月1日\n架空県\n\n米穀販売業者に対する指示及び指導について\n\n"
        "架空県は、本日、株式会社こなゆき米穀に対し、JAS法第19条の14第1項の規定に基づく指示、及び"
        "米穀等の取引等に係る情報の記録及び産地情報の伝達に関する法律(以下米トレーサビリティ法」"
        "という)違反に係る指導を行った。\n"
        "【違反条項】はJAS法第19条の13第1項の規定に基づく生鮮食品品質表示基準第6条第2号。\n",
        [("Order", "株式会社こなゆき米穀", "6", "")],
    ),
    (  # a flattened table's row of the provisions applied, under a block of the violation
        "令和6年7月1日\n架空都\n\n袋詰精米の販売業者に対するJAS法に基づく指示について\n\n"
        "都は、本日、JAS法第19条の14第1項の規定に基づき、以下のように指示を行いました。\n"
        "1 違反事業者、違反内容及び適用条項\n"
        "違反事業者 | 有限会社はなぶさ米穀 |\n"
        "違反内容 | (1) 原料玄米欄の表示と異なる原料玄米を混ぜた袋詰精米を販売していた。 |\n"
        "適用条項 | (1) 玄米及び精米品質表示基準第4条第1項第2号及び同基準第5条第1号 |\n",
        [("Order", "有限会社はなぶさ米穀", "4", ""),
         ("Order", "有限会社はなぶさ米穀", "5", "")],
    ),
]  # fmt: skip
IDS = [
    "a-feared-breach-is-no-violation",
    "a-feared-breach-in-news-with-its-caption",
    "labelled-clauses-per-law-kijun-to-the-order-law-to-the-guidance",
    "a-label-with-a-colon-kijun-made-under-the-law",
    "a-wrong-of-a-role-the-companies-named-with-it",
    "a-recommendation-by-month-before-the-order-same-matter",
    "two-laws-two-orders-each-laws-named-wrongs-to-its-order",
    "the-other-law-by-a-short-name-no-citation-uses",
    "a-table-row-of-provisions-applied-under-the-violation-block",
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_violations_remedied(text: str, expected: list[Fact]) -> None:
    assert _remedied(parser.parse(text)) == sorted(expected)
