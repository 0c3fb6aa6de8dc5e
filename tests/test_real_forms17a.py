"""Violations as notices of 景品表示法, 特定商取引法, 食品表示法, 下請法 and their retellings
state them (session 17, first wave): the wrong a 食品表示法 指示 confirms in the sentence
before 「〇〇が行った上記の行為は、…基準(…。以下「基準」という。)第N条…に違反」, a named wrong
with no provision 「…法に違反する行為(優良誤認表示)に該当するとして」, 「…法第4条の違反(過大な
景品類の提供)による」, a blog's 「…防止法(下請法)4条1項3号違反」, a law named only without
article then 「…(旧法第3条)」, and a company anchored by 「(本社:…)」. Every sentence is written
for this test; the names are fictional."""

from __future__ import annotations

import pytest

from shobun import parser
from shobun.parser import violations
from shobun.parser.model import Notice

Fact = tuple[str, str, str, str]  # (action kind, addressee, articles, description)


def _remedied(n: Notice) -> list[Fact]:
    by_key = {v.key: v for v in n.violations}
    return sorted(
        (
            a.kind,
            a.addressee or "",
            "+".join(f"{p.statute}:{p.article}" for p in by_key[k].provisions),
            by_key[k].description or "",
        )
        for a in n.actions
        for k in a.violations
    )


HEAD = "令和6年3月1日\n{who}\n\n"
ROWS: list[tuple[str, list[Fact]]] = [
    (  # the authority found the act, told in the sentence the pointer reads back to
        HEAD.format(who="みなと農政局")
        + "みなと農政局は、株式会社こもれび食品に対し、食品表示法第8条第1項の規定に基づく立入検査を"
        "行いました。\nこの結果、みなと農政局は、株式会社こもれび食品が、外国産の大豆を使用していた"
        "にもかかわらず、国産と表示して販売していたことを確認しました。\n株式会社こもれび食品が行った"
        "上記の行為は、法第4条第1項の規定に基づき定められた食品表示基準(平成27年内閣府令第10号。"
        "以下「基準」という。)第3条第2項の規定に違反するものです。\nこのため、みなと農政局は、本日、"
        "株式会社こもれび食品に対し、法第6条第1項の規定に基づき、指示を行いました。\n",
        [
            (
                "Order",
                "株式会社こもれび食品",
                "食品表示基準:3",
                "外国産の大豆を使用していたにもかかわらず、国産と表示して販売していた",
            )
        ],
    ),
    (  # a wrong named in brackets after 「…法に違反する行為」, then 「に該当する」
        HEAD.format(who="消費者庁")
        + "消費者庁は、本日、株式会社はるかぜに対し、同社の表示が景品表示法に違反する行為(優良誤認"
        "表示)に該当するとして措置命令を行いました。\n",
        [("MeasuresOrder", "株式会社はるかぜ", "", "優良誤認表示")],
    ),
    (  # 「第N条の違反(caption)」
        HEAD.format(who="あおい県")
        + "あおい県は、本日、株式会社ゆうなぎ新聞に対し、景品表示法第7条第1項の規定に基づき措置命令を"
        "行いました。\n景品表示法第4条の違反(過大な景品類の提供)による措置命令です。\n",
        [
            (
                "MeasuresOrder",
                "株式会社ゆうなぎ新聞",
                "不当景品類及び不当表示防止法:4",
                "過大な景品類の提供",
            )
        ],
    ),
    (  # a blog's article with no 第 after the short name in brackets
        HEAD.format(who="公正取引委員会")
        + "公正取引委員会は、本日、株式会社みなと電機に対し勧告を行った。これは、下請代金支払遅延等"
        "防止法(下請法)4条1項3号違反です。\n",
        [("Recommendation", "株式会社みなと電機", "下請代金支払遅延等防止法:4", "")],
    ),
    (  # the law named only without an article, then 旧法第N条 under a heading of wrongs
        HEAD.format(who="あおい県")
        + "あおい県は、本日、有限会社あおい村に対し、特定商取引法に基づく指示を行いました。\n"
        "3 違反行為の内容\n(1)勧誘目的不明示(旧法第3条)\n事業者は、勧誘に先立って、勧誘目的を"
        "明らかにしていなかった。\n",
        [("Order", "有限会社あおい村", "特定商取引に関する法律:3", "勧誘目的不明示")],
    ),
    (  # a name with の, anchored by 「(本社:…)」 as news write it
        "消費者庁は、健康食品の販売業者である株式会社花の郷(本社:東京都中央区)に対し、本日、"
        "特定商取引法第23条第1項の規定に基づき、業務停止命令を行った。\n認定した違反行為は、"
        "不実告知及び再勧誘である。\n",
        [
            ("BusinessSuspensionOrder", "株式会社花の郷", "", "不実告知"),
            ("BusinessSuspensionOrder", "株式会社花の郷", "", "再勧誘"),
        ],
    ),
    (  # news: a wrong the law defines in 「」, and the companies a count closes after the action
        "みなと通信ニュース\n\n消費者庁は7月26日、景品表示法に定める「有利誤認」に当たる宣伝広告が"
        "あったとして紳士服店3社に措置命令を出した。\n措置命令を受けたのはあおば紳士、ミナトスーツ、"
        "かもめ洋品の3社。\n",
        [
            ("MeasuresOrder", "あおば紳士", "", "有利誤認"),
            ("MeasuresOrder", "かもめ洋品", "", "有利誤認"),
            ("MeasuresOrder", "ミナトスーツ", "", "有利誤認"),
        ],
    ),
    (  # a registry page: the basis as a field's value, then the facts pointing back
        "監督処分情報\n1.処分を受けた建設業者に関する事項\n商号または名称 株式会社あおば土建\n"
        "2.処分に関する事項\n処分年月日 2024年3月1日 処分を行った者 近畿地方整備局長\n"
        "根拠法令 建設業法第28条第3項(第1項第2号該当)\n処分の内容 (営業の停止処分)\n"
        "処分の原因となった事実\n 同社は、市が発注した工事において、請け負った工事の全部を一括して"
        "他の建設業者に請け負わせていた。これは建設業法第22条第1項の規定に違反するものである。\n",
        [
            (
                "BusinessSuspensionOrder",
                "株式会社あおば土建",
                "建設業法:22",
                "市が発注した工事において、請け負った工事の全部を一括して他の建設業者に請け負わせていた",
            )
        ],
    ),
    (  # numbered wrongs run together in one paragraph, each heading its facts
        HEAD.format(who="みなと県")
        + "みなと県は、本日、株式会社みつば販売に対し、特定商取引に関する法律第39条第1項に基づき、"
        "業務の一部を停止すべきことを命じました。\n同社は、以下のとおり特定商取引法に違反する行為を"
        "行っていた。(1)名称の不明示(特定商取引法第33条の2)同社の勧誘者は、勧誘に先立って、同社の"
        "名称を明らかにしていない。(2)不実告知(特定商取引法第34条第1項)同社の勧誘者は、確実に"
        "儲かると告げていた。\n",
        [
            ("BusinessSuspensionOrder", "株式会社みつば販売", "特定商取引に関する法律:33の2", "名称の不明示"),
            ("BusinessSuspensionOrder", "株式会社みつば販売", "特定商取引に関する法律:34", "不実告知"),
        ],
    ),
    (  # news: the kind of misleading representation, named without 「」
        "みなと通信ニュース\n\n消費者庁は1日、株式会社あさひ堂の健康食品の広告が優良誤認表示に"
        "当たるとして、同社に措置命令を出した。\n",
        [("MeasuresOrder", "株式会社あさひ堂", "", "優良誤認表示")],
    ),
    (  # a PDF's heading of a wrong with its provision, its facts run on to the same line
        HEAD.format(who="消費者庁")
        + "消費者庁は、本日、株式会社しおさい住宅に対し、特定商取引法第8条第1項の規定に基づき業務"
        "停止命令を行いました。\n(4) 不実告知 ( 特定商取引法第 6 条第 1 項第 6 号 ) 会社は 勧誘を"
        "するに際し 不実のことを告げていた\n",
        [("BusinessSuspensionOrder", "株式会社しおさい住宅", "特定商取引に関する法律:6", "不実告知")],
    ),
    (  # the wrong a provision forbids, named in 「」, and 「…にあたる」
        HEAD.format(who="公正取引委員会")
        + "公正取引委員会は、本日、株式会社ほしぞら家具に対し勧告を行った。同社が下請代金から一定率の"
        "額を差し引いていた行為が、下請代金支払遅延等防止法第4条第1項第3号で禁止されている"
        "「下請代金の減額」にあたると判断した。\n",
        [("Recommendation", "株式会社ほしぞら家具", "下請代金支払遅延等防止法:4", "下請代金の減額")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    ROWS,
    ids=[
        "pointer-to-the-act-the-authority-confirmed-bracket-with-its-own-full-stop",
        "ihan-suru-koui-named-wrong-ni-gaitou-suru-to-shite",
        "dai-n-jo-no-ihan-caption",
        "short-name-in-brackets-then-bare-article",
        "kyuho-article-where-the-law-is-named-without-one",
        "name-with-no-anchored-by-honsha",
        "news-law-defines-quoted-wrong-and-a-counted-list-received-it",
        "registry-basis-field-then-kore-wa-law-article-no-comma",
        "numbered-wrongs-run-together-in-a-paragraph",
        "news-yuryo-gonin-hyoji-ni-ataru-to-shite",
        "pdf-heading-wrong-provision-then-its-facts-on-one-line",
        "de-kinshi-sarete-iru-quoted-wrong-ni-ataru",
    ],
)
def test_violations_remedied(text: str, expected: list[Fact]) -> None:
    assert _remedied(parser.parse(text)) == sorted(expected)


def test_an_article_after_a_law_the_notice_does_not_know_is_not_the_last_laws() -> None:
    n = parser.parse(
        HEAD.format(who="公正取引委員会")
        + "公正取引委員会は、本日、株式会社みなと電機に対し、下請法第7条第2項の規定に基づき勧告を"
        "行った。\n関連記事 「弁護士法72条違反で」とは\n"
    )
    assert [(c.statute, c.article) for c in n.citations] == [
        ("下請代金支払遅延等防止法", "7"),
        (None, "72"),
    ]


INSTRUCTIONS = [
    "東北農政局は、本日、株式会社こもれび食品に対し、食品表示法第6条第1項の規定に基づき、表示の"
    "是正と併せて、原因の究明・分析の徹底、再発防止対策の実施等について指示を行いました。",
    "東北農政局は、本日、食品表示法第6条第1項の規定に基づき、株式会社こもれび食品に対し指示を"
    "行いました。",
]


@pytest.mark.parametrize(
    "sentence", INSTRUCTIONS, ids=["nado-ni-tsuite-shiji", "kitei-ni-motozuki-ni-taishi-shiji"]
)
def test_an_instruction_under_its_provision_is_an_order(sentence: str) -> None:
    n = parser.parse(HEAD.format(who="東北農政局") + sentence + "\n")
    assert [(a.kind, a.addressee, a.legal_basis and a.legal_basis.article) for a in n.actions] == [
        ("Order", "株式会社こもれび食品", "6")
    ]


@pytest.mark.parametrize(
    ("line", "quoted"),
    [
        ("<関連条文>第4条\n無線局を開設しようとする者は、免許を受けなければならない。", True),
        ("根拠条文\n第二十二条主務大臣は、…", True),
        ("根拠法令 建設業法第28条第3項(第1項第2号該当)", False),
    ],
    ids=["bracketed-label-bare-article", "label-alone", "basis-field-with-its-law"],
)
def test_where_the_laws_own_text_starts(line: str, quoted: bool) -> None:
    assert (violations._quoted_law().search(line) is not None) is quoted
