"""Organisation, alias and citation forms of real pages, one row each (fictional names):
names without a legal-form word, two names joined by と, a news item's bracketed short
name, and citations that drop 第."""

from __future__ import annotations

import pytest

from shobun import parser

ORGS = [
    (  # a sole trader's trade name in 「」 before の屋号で
        "架空県は1日、「みさき住設」の屋号で給湯器を訪問販売していた個人事業主に対し、"
        "業務停止命令を行った。",
        ["みさき住設"],
    ),
    (  # a business in 「」 with its head in brackets after it
        "架空農政局は1日、架空市の「しおさい水産」(浜田一郎社長)が産地を偽って表示していたと発表した。",
        ["しおさい水産"],
    ),
    (  # a business with its head in brackets, after its trade and its city
        "架空農政局は1日、水産物の加工を手がける架空市のあけぼの食品工業(浜田一郎社長兼CEO)の"
        "漬け物に不適正な表示があったと発表した。",
        ["あけぼの食品工業"],
    ),
    (  # の inside a name after one kanji: the name begins at that kanji
        "架空局は、健康茶の電話勧誘販売業者である森の宮ヘルス株式会社に対し、業務停止を命じた。",
        ["森の宮ヘルス株式会社"],
    ),
    (  # a one-kanji modifier with の is no part of the name
        "架空局は、国の補助を受けたあけぼの建設株式会社に対し、指示を行った。",
        ["あけぼの建設株式会社"],
    ),
    (  # と after a bracketed short name joins two names; it begins neither
        "架空局は、株式会社ななつ星通信(ななつ星)とひばりリンク株式会社に行政指導を行った。",
        ["株式会社ななつ星通信", "ひばりリンク株式会社"],
    ),
    (  # A株式会社と親会社のB株式会社: the form closes the name before it
        "架空省は、ミナト放送株式会社と親会社のミナトメディア株式会社に対して、厳重注意を行った。",
        ["ミナト放送株式会社", "ミナトメディア株式会社"],
    ),
    (  # a law named after a legal form (…協同組合法) is no 協同組合
        "架空省は、こなみ信用漁業協同組合連合会に対し、水産業協同組合法(以下「法」という。)の規定に"
        "基づき、業務改善命令を発出しました。",
        ["こなみ信用漁業協同組合連合会"],
    ),
    (  # a prefecture's department over its 県民生活局: no prefecture named 〇〇部県
        "担当:くらし・環境部県民生活局県民生活課\n架空県は、本日、合同会社あさぎり商会に対し、"
        "措置命令を行いました。",
        ["合同会社あさぎり商会"],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    ORGS,
    ids=[
        "trade-name-in-quotes",
        "quoted-name-with-its-head",
        "unquoted-name-with-its-head",
        "no-inside-a-name",
        "a-modifier-with-no-before-a-name",
        "joined-by-to",
        "parent-company",
        "a-cooperatives-law-is-no-cooperative",
        "a-department-then-kenmin-is-no-prefecture",
    ],
)
def test_organisations(text: str, expected: list[str]) -> None:
    n = parser.parse(text)
    assert sorted(o.label for o in n.organizations if o.kind != "Authority") == sorted(expected)


def test_a_news_items_bracketed_short_name_used_again_is_an_alias() -> None:
    n = parser.parse(
        "架空局は、株式会社ななつ星ネットワークス(ななつ星NW)に行政指導を行った。"
        "ななつ星NWは、利用者の通信を遮断していた。"
    )
    assert [(a.alias, a.target) for a in n.aliases] == [
        ("ななつ星NW", "株式会社ななつ星ネットワークス")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "株式会社ななつ星通信(東京都)は、",
        "株式会社ななつ星通信(ななつ星)は、",
        "登録の行政処分(登録取消し処分)について。登録取消し処分は重い。同社は、",
    ],
    ids=[
        "a-place-is-no-short-name",
        "a-short-name-never-used-again-is-none",
        "a-bracket-after-no-company-is-no-short-name",
    ],
)
def test_brackets_that_define_no_alias(text: str) -> None:
    assert parser.parse(text + "行政指導を受けた。").aliases == ()


CITATIONS = [
    ("個人情報保護法146条1項に基づき報告を求めた。", [("146", 1, None)]),
    (
        "景品表示法第7条第1項に基づく措置命令。同法147条に基づく指導。",
        [("7", 1, None), ("147", None, None)],
    ),
    ("下請法違反の勧告を受けました(同法4条1項3号、減額事例)。", [("4", 1, 3)]),
    ("3条件を満たす事業者に対する命令。", []),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    CITATIONS,
    ids=[
        "law-then-article-and-paragraph",
        "same-law-article",
        "article-paragraph-item",
        "no-law-no-article",
    ],
)
def test_citations_without_dai(
    text: str, expected: list[tuple[str, int | None, int | None]]
) -> None:
    n = parser.parse(text)
    assert [(c.article, c.paragraph, c.item) for c in n.citations] == expected


def test_a_citation_after_a_law_named_in_double_quotes_is_that_laws() -> None:
    n = parser.parse("架空労働局は、『労働者派遣法』第49条第1項に基づく改善命令を行った。")
    assert [(c.statute, c.article) for c in n.citations] == [
        ("労働者派遣事業の適正な運営の確保及び派遣労働者の保護等に関する法律", "49")
    ]


def test_an_amending_acts_title_begins_with_its_eras_year() -> None:
    n = parser.parse(
        "架空委員会は、平成17年独占禁\n止法改正法(平成17年法律第35号)の経過措置により命令を行った。"
    )
    assert [s.label for s in n.statutes] == ["平成17年独占禁止法改正法"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "電話勧誘販売業者【あけぼの茶房(株)】に対する行政処分\n"
            "架空局は、あけぼの茶房株式会社に対し、業務停止を命じた。",
            ["あけぼの茶房株式会社"],
        ),
        ("架空局は、あけぼの茶房(株)に対し、業務停止を命じた。", ["あけぼの茶房(株)"]),
    ],
    ids=["abbreviated-in-the-headline-full-in-the-body", "abbreviated-only"],
)
def test_an_abbreviated_legal_form_is_the_company_written_in_full(
    text: str, expected: list[str]
) -> None:
    n = parser.parse(text)
    assert [o.label for o in n.organizations if o.kind == "Company"] == expected


@pytest.mark.parametrize(
    ("trailer", "expected"),
    [
        ("関連記事\nひかり銀行に業務停止命令 金融庁\n", ["株式会社あおぞら証券", "関東財務局"]),
        ("この記事を書いた人\n経済部 山田一郎\n", ["株式会社あおぞら証券", "関東財務局"]),
        (
            "本件に関する問合せ先\n関東財務局理財部\n電話 03-1234-5678\n"
            "経済産業省商務・サービスグループ\n電話 03-1234-5679\n",
            ["株式会社あおぞら証券", "関東財務局"],
        ),
    ],
    ids=["other-stories-under-related-articles", "no-related-articles", "a-contact-block"],
)
def test_bodies_named_only_in_related_articles_or_a_contact_block_are_not_the_notices(
    trailer: str, expected: list[str]
) -> None:
    n = parser.parse(
        "財務局、あおぞら証券に業務改善命令\n2031年4月2日 18時30分\n"
        "関東財務局は2日、株式会社あおぞら証券に対し、業務改善命令を出した。\n" + trailer
    )
    assert sorted(o.label for o in n.organizations) == sorted(expected)


def test_a_quoted_trade_name_in_brackets_is_an_alias() -> None:
    n = parser.parse(
        "架空県は、本日、合同会社あさぎり商会(屋号「美顔サロン あさぎり」)に対し、措置命令を行いました。"
    )
    assert ("美顔サロンあさぎり", "合同会社あさぎり商会") in [
        (a.alias, a.target) for a in n.aliases
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a title run together with the words before it by 及び, named alone elsewhere
            "架空信用組合に対する行政処分について\n協同組合による金融事業に関する法律第6条第1項において"
            "準用する銀行法第26条第1項に基づく命令\n当局が実施した立入検査の結果及び協同組合による"
            "金融事業に関する法律第6条第1項において準用する銀行法第24条第1項に基づき求めた報告を検証した。",
            ["協同組合による金融事業に関する法律", "銀行法"],
        ),
        (  # an ordinance named only as what a report is based on
            "この指定は、電気通信事業報告規則に基づく事業者からの報告等をもとに行っています。"
            "架空局は、株式会社あおぞら通信に対し、電気通信事業法に基づき指導しました。",
            ["電気通信事業報告規則", "電気通信事業法"],
        ),
        (  # a company's own rules are no enactment
            "同社は、就業規則に基づく手続を行っていなかった。",
            [],
        ),
    ],
    ids=[
        "oyobi-before-a-title-named-alone-elsewhere",
        "houkoku-kisoku-ni-motozuku",
        "shugyo-kisoku-is-no-enactment",
    ],
)
def test_enactments_named_in_prose(text: str, expected: list[str]) -> None:
    assert sorted(s.label for s in parser.parse(text).statutes) == sorted(expected)
