"""Wrongs told where the notice cites no provision for them (round 19, real pages): the line
under a label of the facts (「違反内容⏎…を締結しました。」), a news item's 「…だったとし、…指示
した」, and a named wrong between a law's name and its 違反 (「…法(…義務違反)違反で」). Each
form has three variants as different authorities would print them, all fictional, and rows
where the same words name no wrong. The whole notice is parsed: remedies span the events."""

from __future__ import annotations

import pytest

from shobun import parser
from shobun.parser.model import Notice

Fact = tuple[str, str, str]  # (action kind, addressee, description)


def _remedied(n: Notice) -> list[Fact]:
    by_key = {v.key: v for v in n.violations}
    return sorted(
        (a.kind, a.addressee or "", by_key[k].description or "")
        for a in n.actions
        for k in a.violations
    )


_SUSPENDED = "BusinessSuspensionOrder"

LABELLED: list[tuple[str, str, list[Fact]]] = [
    (
        "news-label-then-prose",
        "株式会社ひばり解体、建設業法違反で営業停止処分\nみなと県は、株式会社ひばり解体に対し、"
        "建設業法第28条第3項の規定に基づき、営業停止を命じました。\n違反内容\nひばり解体は、"
        "市内の解体工事において、許可を受けないまま請負契約を締結しました。\n",
        [
            (
                _SUSPENDED,
                "株式会社ひばり解体",
                "市内の解体工事において、許可を受けないまま請負契約を締結しました",
            )
        ],
    ),
    (
        "found-by-the-prefecture",
        "株式会社ゆうなぎ水産に対する食品表示法に基づく指示について\n令和7年3月3日\nみなと県\n"
        "みなと県は、株式会社ゆうなぎ水産に対して、食品表示法第6条第1項の規定に基づき指示を"
        "行いました。\n2 みなと県が確認した食品表示法違反行為\n同社の店舗において、輸入した"
        "さばを「みなと県産」と表示して販売していた。\n",
        [
            (
                "Order",
                "株式会社ゆうなぎ水産",
                "同社の店舗において、輸入したさばを「みなと県産」と表示して販売していた",
            )
        ],
    ),
    (
        "flattened-table-cell",
        "令和7年3月3日\nみなと局\n株式会社こもれび商事に対する勧告について\nみなと局は、本日、"
        "株式会社こもれび商事に対し、下請法第7条第2項の規定に基づき勧告を行った。\n"
        "違反事実の概要 |\n|\nア こもれび商事は、下請事業者に責任がないのに、下請代金の額を"
        "減じていた。|\n",
        [
            (
                "Recommendation",
                "株式会社こもれび商事",
                "下請事業者に責任がないのに、下請代金の額を減じていた",
            )
        ],
    ),
    (
        "label-over-the-action-itself",  # the line under the label tells the sanction: no wrong
        "株式会社ひばり解体、営業停止処分\nみなと県は、株式会社ひばり解体に対し、建設業法第28条"
        "第3項の規定に基づき、営業停止を命じました。\n違反内容\n県は、同社に対し営業停止を"
        "命じた。\n",
        [],
    ),
    (
        "label-inside-a-title",  # a label with words after it on its line labels nothing
        "株式会社ひばり解体の違反事実に関する営業停止処分\nみなと県は、株式会社ひばり解体に対し、"
        "建設業法第28条第3項の規定に基づき、営業停止を命じました。\n同社は、昨年の工事で"
        "書面を交付しなかった。\n",
        [],
    ),
]

TOLD: list[tuple[str, str, list[Fact]]] = [
    (
        "toshi-then-instruction",
        "みなと県は5日、精米の産地表示が不適正だったとし、株式会社あさぎ米穀に対し、改善を"
        "指示したと発表した。\n",
        [("Order", "株式会社あさぎ米穀", "精米の産地表示が不適正だった")],
    ),
    (
        "toshi-then-suspension",
        "みなと局は10日、無登録で営業していたとし、株式会社しらさぎ旅行に対し、業務停止を"
        "命じた。\n",
        [(_SUSPENDED, "株式会社しらさぎ旅行", "無登録で営業していた")],
    ),
    (
        "toshi-then-recommendation",
        "みなと委員会は、委託先の監督を怠っていたとし、株式会社かもめ通信に対し、勧告を行った。\n",
        [("Recommendation", "株式会社かもめ通信", "委託先の監督を怠っていた")],
    ),
    (
        "toshi-of-a-period",  # 「…期間を3か月とし、」 tells no wrong
        "みなと県は5日、期間を3か月とし、株式会社あさぎ米穀に対し、業務停止を命じた。\n",
        [],
    ),
]

BRACKETED: list[tuple[str, str, list[Fact]]] = [
    (
        "law-bracket-breach-de",
        "みなと局は28日、連鎖販売業者の株式会社そよかぜ健康に対し、特定商取引法(広告表示義務"
        "違反)違反で業務改善を指示した。\n",
        [("Order", "株式会社そよかぜ健康", "広告表示義務違反")],
    ),
    (
        "law-bracket-breach-toshite",
        "みなと県は、株式会社あおば設備に対し、特定商取引法(勧誘目的等不明示)違反として、業務"
        "停止を命じた。\n",
        [(_SUSPENDED, "株式会社あおば設備", "勧誘目的等不明示")],
    ),
    (
        "law-bracket-breach-ga",
        "株式会社ななほし通販に景品表示法(有利誤認)違反が認められたとして、みなと県は同社に"
        "措置命令を行った。\n",
        [("MeasuresOrder", "株式会社ななほし通販", "有利誤認")],
    ),
    (
        "law-bracket-is-its-number",  # the law's number in brackets names no wrong
        "みなと局は28日、株式会社そよかぜ健康に対し、景品表示法(昭和37年法律第134号)違反で"
        "措置命令を行った。\n",
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [c[1:] for c in [*LABELLED, *TOLD, *BRACKETED]],
    ids=[c[0] for c in [*LABELLED, *TOLD, *BRACKETED]],
)
def test_wrong_told_without_a_provision(text: str, expected: list[Fact]) -> None:
    assert _remedied(parser.parse(text, name="t.txt")) == sorted(expected)


SHITAUKE = "下請代金支払遅延等防止法"
TOKUSHO = "特定商取引に関する法律"
Cite = tuple[str | None, str, int | None, int | None]

# a bare article (no 第) right after the gloss that gives the law its short name
GLOSSED: list[tuple[str, str, set[Cite]]] = [
    (
        "gloss-then-article-item",
        "委員会は、株式会社はやて物流に対し、下請代金支払遅延等防止法(以下「下請法」という。)"
        "4条1項3号(下請代金の減額の禁止)の規定に違反する行為が認められたとして、勧告を行った。",
        {(SHITAUKE, "4", 1, 3)},
    ),
    (
        "gloss-without-maru",
        "特定商取引に関する法律(以下「特商法」という)12条に違反する広告が認められた。",
        {(TOKUSHO, "12", None, None)},
    ),
    (
        "gloss-with-comma",
        "県は、特定商取引に関する法律(以下、「法」という。)6条1項に違反する行為を認定した。",
        {(TOKUSHO, "6", 1, None)},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in GLOSSED], ids=[c[0] for c in GLOSSED]
)
def test_bare_article_after_a_gloss(text: str, expected: set[Cite]) -> None:
    n = parser.parse(f"令和7年3月3日\nみなと県\n\n行政処分について\n\n{text}")
    assert {(c.statute, c.article, c.paragraph, c.item) for c in n.citations} == expected


def test_a_number_after_words_that_gloss_no_law_is_no_article() -> None:
    """「…(以下「本件商品」という。)3条件」: 条件 after a gloss is no article."""
    text = "同社は、健康食品(以下「本件商品」という。)3条件を満たすと広告した。"
    n = parser.parse(f"令和7年3月3日\nみなと県\n\n行政処分について\n\n{text}")
    assert [c.article for c in n.citations] == []


_PREF = "令和7年3月3日\nみなと県\n\n訪問販売業者に対する行政処分について\n\n"
_ORDERED = (
    "みなと県は、本日、株式会社あけぼの設備に対し、特定商取引法第8条第1項の規定に基づき、"
    "業務停止を命じた。\n"
)
_AKEBONO = (_SUSPENDED, "株式会社あけぼの設備")

# a wrong told before ため and a provision it breaks; a sentence closed by 事実
CLOSED: list[tuple[str, str, list[Fact]]] = [
    (
        "tame-then-breach",
        "同社は、契約書面を交付しなかったため、特定商取引法第5条第1項に違反する。\n",
        [(*_AKEBONO, "契約書面を交付しなかった")],
    ),
    (
        "tame-after-te-ita",
        "同社は、勧誘に先立って氏名を告げていなかったため、法第3条の規定に違反した。\n",
        [(*_AKEBONO, "勧誘に先立って氏名を告げていなかった")],
    ),
    (
        "tame-after-zu",
        "同社は、断った消費者への勧誘をやめず、再び訪問していたため、法第3条の2第2項に違反する。\n",
        [(*_AKEBONO, "再び訪問していた")],
    ),
    (
        "tame-of-a-step",  # 「…を確認したため、…に基づき」: a step, no breach after it
        "県は、同社の勧誘を確認したため、法第66条第1項に基づき報告を求めた。\n",
        [],
    ),
    (
        "label-then-jijitsu",
        "違反事実\n同社は、消費者宅を突然訪問し、点検と称して勧誘を行っていた事実。\n",
        [(*_AKEBONO, "消費者宅を突然訪問し、点検と称して勧誘を行っていた")],
    ),
    (
        "label-numbered-then-jijitsu",
        "2 違反行為\n(1) 同社は、契約の解除を妨げるため不実のことを告げていた事実。\n",
        [(*_AKEBONO, "契約の解除を妨げるため不実のことを告げていた")],
    ),
    (
        "label-bracketed-then-koto",
        "【違反行為の内容】\n同社が、書面に契約の解除に関する事項を記載しなかったこと。\n",
        [(*_AKEBONO, "書面に契約の解除に関する事項を記載しなかった")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in CLOSED], ids=[c[0] for c in CLOSED])
def test_wrong_closed_by_tame_or_a_noun(body: str, expected: list[Fact]) -> None:
    n = parser.parse(_PREF + _ORDERED + body, name="t.txt")
    assert _remedied(n) == sorted(expected)


_DIGEST = "- 2026年5月8日、みなと財務局は、株式会社あおい保険サービスに対して、保険業法第306条の規定に基づく業務改善命令を発出した。\n"
_IMPROVED = ("BusinessImprovementOrder", "株式会社あおい保険サービス")

# a list of wrongs closed by 等を理由に / 等が問題視され before the action it led to
REASONED: list[tuple[str, list[Fact]]] = [
    (
        "同社は県内最大の代理店。顧客の意向確認の形骸化、特定商品の推奨に関する説明不備等を"
        "理由に、今回の業務改善命令に至ったもの。\n",
        [(*_IMPROVED, "顧客の意向確認の形骸化"), (*_IMPROVED, "特定商品の推奨に関する説明不備")],
    ),
    (
        "同社は大手の乗合代理店。特定の保険会社を優遇した推奨行為、募集人の管理不足等が問題視"
        "され、業務改善命令に至った。\n",
        [(*_IMPROVED, "特定の保険会社を優遇した推奨行為"), (*_IMPROVED, "募集人の管理不足")],
    ),
    (
        "同社は中古車販売会社。必要な体制整備義務違反、比較説明の不備(情報提供義務違反)などを"
        "理由として、今回の命令が出された。\n",
        [(*_IMPROVED, "必要な体制整備義務違反"), (*_IMPROVED, "比較説明の不備(情報提供義務違反)")],
    ),
    (  # the list does not end as a wrong does: a reason, no wrong named
        "同社は中古車販売会社。店舗の移転、代表者の交代等を理由に、命令の期限が改められた。\n",
        [],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"), REASONED, ids=["riyu-ni", "mondaishi", "riyu-toshite", "not-wrongs"]
)
def test_wrongs_listed_as_the_reason(body: str, expected: list[Fact]) -> None:
    assert _remedied(parser.parse(_DIGEST + body, name="t.txt")) == sorted(expected)


# the clause before のは that the sentence holds a breach (news of an action)
BREACH_TOLD: list[tuple[str, str, list[Fact]]] = [
    (
        "noha-ni-ataru-toshite",
        "みなと委員会は26日、利用者から同意を得ずに提供したのは個人情報保護法違反に当たるとして、"
        "株式会社しらなみネットに対し、勧告を行った。\n",
        [("Recommendation", "株式会社しらなみネット", "利用者から同意を得ずに提供した")],
    ),
    (
        "noha-ni-gaitou-suru-to",
        "みなと県は、薬剤師でない従業員に調剤させていたのは、医薬品医療機器等法違反に該当すると"
        "して、株式会社やまびこ薬局に業務停止を命じた。\n",
        [(_SUSPENDED, "株式会社やまびこ薬局", "薬剤師でない従業員に調剤させていた")],
    ),
    (
        "noha-ni-ataru-to-handan",
        "みなと局は、帳簿を保存していなかったのは同法違反にあたると判断し、株式会社うみかぜ交通に"
        "対し、業務改善を命じた。\n",
        [("BusinessImprovementOrder", "株式会社うみかぜ交通", "帳簿を保存していなかった")],
    ),
    (
        "noha-only-a-likelihood",  # 「違反に当たるおそれ」: no breach held
        "みなと局は、報告を求めたのは同法違反に当たるおそれがあるためとして、株式会社うみかぜ交通"
        "に対し、業務改善を命じた。\n",
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in BREACH_TOLD], ids=[c[0] for c in BREACH_TOLD]
)
def test_breach_told_before_noha(text: str, expected: list[Fact]) -> None:
    assert _remedied(parser.parse(text, name="t.txt")) == sorted(expected)
