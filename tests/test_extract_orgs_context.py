"""Organisations named without a legal-form word, or whose name runs into what follows it
on the line, one row per form seen on real notices and news (`tests/data/probes/
PHENOMENA.md` 11.2, 11.9, 11.14): a name in 「」 after the kind of business, a 屋号 with its
reading, a name with its representative in parentheses, a counted list with places, a
prefecture acting with the day, the officer after the name, a title fragment, a table row
on one line, 「AほかN社のM社」, a regional office, a short name that counts.

Every sentence here is written for this test; the companies are fictional."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shobun import parser
from shobun.parser import numerals
from shobun.parser.extract.bare_names import bare_names, counted_lists
from shobun.parser.extract.places import own_prefecture
from shobun.parser.model import Notice


def _parse(body: str) -> Notice:
    return parser.parse(f"2024年5月17日\n県民ニュース\n\n食品表示で指示\n\n{body}")


def _labels(n: Notice) -> set[str]:
    return {o.label for o in n.organizations}


# (body, labels that must be found, labels that must not be)
ROWS = [
    (  # a name in 「」 after the kind of business, the ward after it
        "都の発表では、登録を取り消された貸金業者「ミドリキャピタル」（足立区）は、"
        "誇大な広告を出していた。",
        {"ミドリキャピタル"}, {"足立区"},
    ),
    (  # a 屋号 with its reading in parentheses inside the quotes
        "指示を受けたのは、青森市で営業する食肉販売業者「たけのこ亭(たけのこてい)」です。",
        {"たけのこ亭"}, {"たけのこ亭(たけのこてい)"},
    ),
    (  # a quoted remark after a business noun is no name
        "販売会社は「今後は表示を見直します」と話している。",
        set(), {"今後は表示を見直します"},
    ),
    (  # a name after its place, with its representative and registration in parentheses
        "対象は、岩手県盛岡市のさんさ旅行（代表者：北上健一、観光庁長官登録旅行業第921号）。",
        {"さんさ旅行"}, {"岩手県盛岡市のさんさ旅行"},
    ),
    (  # a person with a title in parentheses is no business
        "処分の対象は、北上健一（代表取締役）である。",
        set(), {"北上健一"},
    ),
    (  # a counted list of Latin and katakana names, each with its prefecture
        "命令の対象は、NORTH STAR（秋田県）、ミライトレード（山形県）及びサンライズ"
        "（福島県）の3社。",
        {"NORTHSTAR", "ミライトレード", "サンライズ"}, set(),
    ),
    (  # a name with only its prefecture in parentheses, addressed by the sentence
        "経済産業省は、本日、NORTH STAR（秋田県）に対し、業務停止命令を行った。",
        {"NORTHSTAR"}, set(),
    ),
    (  # a name with only its city in parentheses, addressed by the sentence (news)
        "東北農政局は９日、産地を偽ったとして、みちのく食品工業（仙台市）に対し、"
        "表示の是正を指示した。",
        {"みちのく食品工業"}, {"仙台市"},
    ),
    (  # news drops 株式会社 from a bank with a katakana name
        "金融庁は、キタカゼ銀行に対して、業務改善命令を出しました。",
        {"キタカゼ銀行"}, set(),
    ),
    (  # insurers listed by news, Latin and katakana names before 生命保険 / 生命
        "金融庁は、ミナトFW生命保険及びアオバ生命に対し、報告徴求命令を出した。",
        {"ミナトFW生命保険", "アオバ生命"}, set(),
    ),
    (  # a kind of bank, and a kanji stem, are no names
        "地方銀行やネット銀行に対し、金融庁は注意を促した。",
        set(), {"地方銀行", "ネット銀行"},
    ),
    (  # the bank the text also names with its legal form: one organisation
        "株式会社キタカゼ銀行は、本店を移した。キタカゼ銀行に対しては、命令が出された。",
        {"株式会社キタカゼ銀行"}, {"キタカゼ銀行"},
    ),
    (  # a name after its prefecture and city and の, addressed by the sentence (TV news)
        "架空運輸局は１５日、貸切バス事業を営む山口県架空市の浜風観光に対し、事業停止の"
        "処分を行いました。",
        {"浜風観光"}, {"山口県架空市の浜風観光"},
    ),
    (  # a generic word after the address is no name
        "県は、山口県架空市の営業所に対し、立入検査を行いました。",
        set(), {"営業所"},
    ),
    (  # the city after a name the sentence does not address: no name read from it
        "みちのく食品工業（仙台市）の工場では、表示の点検を始めた。",
        set(), {"みちのく食品工業"},
    ),
    (  # names a notice anonymised: no organisation
        "県は、製造業者Ａ（秋田県）に対し指示を行い、Ｌ社（山形県）に対しても指示した。",
        set(), {"製造業者A", "L社"},
    ),
    (  # the count does not match the names listed: no names
        "命令の対象は、NORTH STAR（秋田県）及びミライトレード（山形県）の3社。",
        set(), {"NORTHSTAR", "ミライトレード"},
    ),
    (  # a prefecture acting with the day between it and its comma
        "青森県は16日、市内の事業者に対し、表示を改めるよう指示しました。",
        {"青森県"}, set(),
    ),
    (  # a prefecture named only as the addressee of the report (知事あて)
        "県は、本日、指示しました。\n(5) 結果を令和6年6月30日までに青森県知事あての文書で報告すること。",
        {"青森県"}, set(),
    ),
    (  # a prefecture ordering works, as the subject of a clause
        "東北地方整備局及び秋田県が発注する工事の入札参加業者に対し、命令を行った。",
        {"秋田県"}, set(),
    ),
    (  # a prefecture joined to a bureau by と, the subject of the clause
        "本件は、東北経済産業局と秋田県が連携して調査を行ったものである。",
        {"秋田県"}, set(),
    ),
    (  # a prefecture's page that calls it only 県, its name in the contact block
        "令和5年11月8日、県は、同社の施設に立入検査を実施した。\n問い合わせ先\n"
        "秋田県 生活環境部 環境整備課 監視班",
        {"秋田県"}, set(),
    ),
    (  # two prefectures with departments: which one speaks is not known
        "県は、同社の施設に立入検査を実施した。\n秋田県生活環境部\n山形県環境エネルギー部",
        set(), {"秋田県", "山形県"},
    ),
    (  # the officer after the name on the company line
        "会社名　有限会社みさき商店　取締役　鈴木 一郎（以下「みさき商店」という。）\n"
        "県は、みさき商店に対し指示した。",
        {"有限会社みさき商店"}, {"有限会社みさき商店取締役鈴木一郎"},
    ),
    (  # a title that names the company before what it did
        "有限会社みさき商店における鮮魚の不適正表示に対する措置について\n"
        "県は、有限会社みさき商店に対し、指示した。",
        {"有限会社みさき商店"}, {"有限会社みさき商店における鮮魚の不適正表示"},
    ),
    (  # a table's rows flattened one a line: number, name, address, amount
        "番号 事業者名 本店所在地 課徴金額\n1 みさき工業株式会社 青森県青森市新町一丁目2番3号 "
        "1億2,000万円\n2 株式会社しなの精機 長野県松本市中央二丁目4番5号 3,400万円\n",
        {"みさき工業株式会社", "株式会社しなの精機"},
        {"株式会社青森県青森市新町一丁目2番3号", "株式会社しな"},
    ),
    (  # 「AほかN社のM社」 with a short name for the group
        "みさき工業株式会社ほか2社の3社（以下「県発注の3社」という。）は、共同して"
        "受注予定者を決定していた。",
        {"みさき工業株式会社"}, {"株式会社ほか2社の3社"},
    ),
    (  # the abbreviated forms (株) and (有), before or after the name, as written
        "県は、本日、㈱ミドリ米穀（兵庫県姫路市）、みなと水産（株）及び（有）さざなみ食品に"
        "対し、指示を行った。\n過去の処分歴（有）",
        {"(株)ミドリ米穀", "みなと水産(株)", "(有)さざなみ食品"}, {"過去の処分歴(有)"},
    ),
    (  # a title naming the company before a deal with it, and its shares after it
        "株式会社かすみ化成との契約締結交渉者の役員から伝達を受けた者による内部者取引について\n"
        "対象者は、株式会社かすみ化成株券合計5,100株を買い付けた。",
        {"株式会社かすみ化成"},
        {"株式会社かすみ化成との契約締結交渉者の役員から伝達を受けた者による内部者取引",
         "株式会社かすみ化成株券合計5"},
    ),
    (  # an agency named only by its head's title (a power delegated, a 勧告 to him)
        "本処分は、特定商取引法第69条第3項の規定に基づき、消費者庁長官から委任された権限に"
        "基づき行ったものである。",
        set(), {"消費者庁"},
    ),
    (  # the word for a name after a form (a table's 生活協同組合名 column), not a name
        "別表1「生活協同組合名」欄記載の生活協同組合を通じて販売する商品\n別表1 生活協同組合名",
        set(), {"生活協同組合名", "別表1生活協同組合"},
    ),
    (  # a name that begins with 名 after the form is a name
        "県は、株式会社名古屋みどり商会に対し、指示を行った。",
        {"株式会社名古屋みどり商会"}, set(),
    ),
    (  # a body's regional office after its own head word
        "農政局は、独立行政法人緑野技術センター仙台センターと合同で立入検査を実施した。",
        {"独立行政法人緑野技術センター"}, {"独立行政法人緑野技術センター仙台センター"},
    ),
    (  # a prefecture's bureau speaking for it
        "秋田県産業労働局は、本日、株式会社こまち信販に対し、業務停止を命じました。",
        {"秋田県", "株式会社こまち信販"}, {"秋田県産業労働局"},
    ),
    (  # a prefecture's bureau whose site a page copies from
        "秋田県産業労働局のサイトから転載\n当該業者に対し、登録を取り消した。",
        {"秋田県"}, set(),
    ),
    (  # a prefecture's department whose name begins with 県 (県民文化部) in the contact block
        "県は、本日、株式会社こまち信販に対し、業務停止を命じました。\n問い合わせ先\n"
        "秋田県 県民文化部 くらし安全課",
        {"秋田県"}, {"秋田県県"},
    ),
    (  # a column's shorthand in brackets without という
        "公正取引委員会は、株式会社こまち製菓（以下「こまち」）に対し、勧告を行った。"
        "こまちは、下請代金を減額していた。",
        {"株式会社こまち製菓"}, {"こまち"},
    ),
    (  # a prefecture named as the client that ordered the works
        "同社の役員が、秋田県発注の道路改良工事の入札に関し、罰金の刑に処せられた。",
        {"秋田県"}, set(),
    ),
    (  # a news item's place, prefecture and city joined by ・, before a name in 「」
        "命令を受けたのは、秋田・横手市の「こまち計器」、それに山形・酒田市の「さかた精機」です。",
        {"こまち計器", "さかた精機"}, set(),
    ),
    (  # a city alone before 「」 names a district or an ordinance as often: no name
        "同社は、秋田市の「なかいち地区」で営業し、秋田市の「消費者保護条例」に違反した。",
        set(), {"なかいち地区", "消費者保護条例"},
    ),
    (  # an address whose last words end in 部 names no prefecture
        "所在地 秋田県秋田市山王一丁目 こまちビル営業部",
        set(), {"秋田県"},
    ),
    (  # a shop's kind (土産物店) before its name in 「」
        "県は、横手市の土産物店「いなほ屋本舗」に対し、表示を改めるよう指示した。",
        {"いなほ屋本舗"}, set(),
    ),
    (  # a name in 「」 with a parenthetical only a business has after it
        "財務局は、無登録で助言を行っていた「ノーザンクエスト」(代表者:山田一郎、所在地:不明)に警告した。",
        {"ノーザンクエスト"}, set(),
    ),
    (  # a news item's 「指示を受けたのは、…Xです。」
        "指示を受けたのは、浜辺市に工場を持ち、貝の加工品を手がける潮見水産です。",
        {"潮見水産"}, set(),
    ),
    (  # …the company with no name: nothing
        "指示を受けたのは、浜辺市の水産加工会社です。",
        set(), {"水産加工会社", "浜辺市の水産加工会社"},
    ),
    (  # …a list that ends in its count: the count is no name
        "命令を受けたのは、浜辺市の「潮見水産」、それに磯町の「磯町精機」の2社です。",
        set(), {"2社", "社"},
    ),
    (  # a news item's 「…処分を受けたXは、」: X is the business
        "県によると、行政処分を受けたミドリ興産は、管理票を交付していなかった。",
        {"ミドリ興産"}, set(),
    ),
    (  # …a time or a generic word in its place is no name
        "行政処分を受けた翌日は営業を止め、処分を受けた業者は謝罪した。",
        set(), {"翌日", "業者"},
    ),
    (  # a dated news lead, then a brand with no legal form before に対して
        "総務省は5月9日、ソラマドテレコムに対して文書による行政指導を行った。",
        {"ソラマドテレコム"}, set(),
    ),
    (  # …a group with its short name in brackets before に対して
        "公正取引委員会は本日、JAくもいの梨部会(梨部会)に対して警告を行いました。",
        {"JAくもいの梨部会"}, set(),
    ),
    (  # …a company the text also writes with its legal form keeps that one name
        "株式会社ソラマドテレコムは通信障害を報告した。総務省は5月9日、ソラマドテレコムに対して"
        "行政指導を行った。",
        {"株式会社ソラマドテレコム"}, {"ソラマドテレコム"},
    ),
    (  # …a short name the text defines is the alias of the name it shortens
        "農林水産省は、かもめ漁業協同組合連合会(以下「かもめ漁連」という。)の表示を確認した。"
        "このため、本日、かもめ漁連に対し、表示の是正を指示した。",
        {"かもめ漁業協同組合連合会"}, {"かもめ漁連"},
    ),
    (  # …a count there is no business
        "総務省は5月9日、携帯電話事業者4社に対し注意した。",
        set(), {"携帯電話事業者4社", "携帯電話事業者"},
    ),
    (  # …a remark with no action after it: no name
        "総務省は5月9日、ソラマドテレコムに対して周知を依頼した。",
        set(), {"ソラマドテレコム"},
    ),
    (  # a news list, each with its city, ending in は N日間 before the order
        "このほかの現場でも違反があったとして、ミナセ工業(土岐市)とハルタ環境(瑞浪市)は30日間、"
        "カワセミ設備(関市)は15日間、収集運搬業を停止する処分とした。",
        {"ミナセ工業", "ハルタ環境", "カワセミ設備"}, set(),
    ),
    (  # …names written with their city earlier, then listed before には
        "元請けのあさひの土木(美濃市)が、下請けのミドリ運送(関市)に運搬を任せていた。"
        "あさひの土木とミドリ運送には、収集運搬業を30日間停止する処分を科した。",
        {"あさひの土木", "ミドリ運送"}, {"元請けのあさひの土木"},
    ),
    (  # …an anaphor's head word is no name, though the full name ends in it
        "県は、みなと漁業協同組合連合会(浜辺市)の表示を確認した。同連合会には、表示を正すよう指示する。",
        set(), {"連合会", "同連合会"},
    ),
    (  # …a name with its city that no sentence addresses is no organisation
        "下請けのミドリ運送(関市)の山田代表は、許可のないまま工事を請け負っていた。",
        set(), {"ミドリ運送"},
    ),
]  # fmt: skip
IDS = [
    "business-noun-then-quoted-name-then-ward",
    "yago-with-its-reading-inside-the-quotes",
    "quoted-remark-after-business-noun-is-no-name",
    "name-after-its-place-with-representative-and-registration",
    "person-with-title-in-parentheses-is-no-business",
    "counted-list-of-latin-and-katakana-names-with-prefectures",
    "name-with-its-prefecture-addressed-by-the-sentence",
    "name-with-only-its-city-addressed-by-the-sentence",
    "bank-with-katakana-name-without-legal-form",
    "insurers-with-latin-and-katakana-names",
    "kind-of-bank-and-kanji-stem-are-no-names",
    "bank-also-written-with-its-legal-form-is-one-organisation",
    "name-after-prefecture-and-city-addressed-by-the-sentence",
    "generic-word-after-an-address-is-no-name",
    "name-with-its-city-not-addressed-is-no-name",
    "anonymised-names-are-no-organisations",
    "counted-list-whose-count-does-not-match-gives-no-names",
    "prefecture-acting-with-the-day-before-its-comma",
    "prefecture-named-as-governor-addressee",
    "prefecture-as-subject-of-a-clause",
    "prefecture-joined-by-to-as-subject",
    "prefecture-called-ken-named-in-its-contact-block",
    "two-prefectures-with-departments-none-is-taken",
    "officer-after-the-name-on-its-line",
    "title-naming-the-company-before-what-it-did",
    "flattened-table-rows-number-name-address-amount",
    "hoka-n-sha-no-m-sha-is-no-company",
    "abbreviated-forms-kabu-and-yu-in-parentheses",
    "title-with-a-deal-and-shares-after-the-name",
    "agency-named-only-by-its-head-s-title",
    "the-word-for-a-name-after-a-form-is-no-name",
    "a-name-beginning-with-na-after-the-form-is-a-name",
    "regional-office-after-the-body-s-head-word",
    "prefecture-s-bureau-speaking-for-it",
    "prefecture-s-bureau-whose-site-is-copied",
    "department-beginning-with-ken-after-the-prefecture",
    "shorthand-in-brackets-without-to-iu",
    "prefecture-as-the-client-that-ordered-the-works",
    "news-place-with-prefecture-and-city-before-a-quoted-name",
    "a-city-alone-before-quotes-names-no-business",
    "address-ending-in-a-department-is-no-prefecture",
    "shop-kind-then-quoted-name",
    "quoted-name-before-a-representative-parenthetical",
    "news-received-by-name-ending-the-sentence",
    "news-received-by-a-company-without-a-name",
    "news-received-by-a-counted-list-is-no-name",
    "news-received-by-name-as-topic",
    "news-received-by-a-time-or-generic-word-is-no-name",
    "dated-lead-brand-before-ni-taishite",
    "dated-lead-group-with-short-name-before-ni-taishite",
    "dated-lead-company-written-with-its-form-elsewhere",
    "dated-lead-defined-short-name-is-an-alias",
    "dated-lead-count-is-no-name",
    "dated-lead-without-an-action-is-no-name",
    "news-list-with-cities-before-n-days",
    "news-list-named-with-cities-earlier-before-niha",
    "anaphor-s-head-word-is-no-listed-name",
    "name-with-city-not-addressed-is-no-name",
]


@pytest.mark.parametrize(("body", "present", "absent"), ROWS, ids=IDS)
def test_organisations_by_context(body: str, present: set[str], absent: set[str]) -> None:
    labels = _labels(_parse(body))
    assert present <= labels
    assert not (absent & labels)


def test_the_officer_line_keeps_the_company_s_short_name() -> None:
    n = _parse(
        "会社名　有限会社みさき商店　取締役　鈴木 一郎（以下「みさき商店」という。）\n"
        "県は、みさき商店に対し指示した。"
    )
    assert {o.label: o.aliases for o in n.organizations}["有限会社みさき商店"] == ("みさき商店",)


@pytest.mark.parametrize(
    ("body", "alias"),
    [
        (
            "株式会社みなみ電話、ほくと通信株式会社及び株式会社あおい回線（以下「3社」という。）"
            "から報告があった。",
            "3社",
        ),
        (
            "みさき工業株式会社ほか2社の3社（以下「県発注の3社」という。）は、共同していた。",
            "県発注の3社",
        ),
    ],
    ids=["three-companies-named", "one-named-and-others-counted"],
)
def test_a_short_name_that_counts_is_no_company_s_alias(body: str, alias: str) -> None:
    n = _parse(body)
    assert all(alias not in o.aliases for o in n.organizations)
    assert [d.target_kind for d in n.aliases if d.alias == alias] != ["Organization"]


def test_a_counted_list_names_a_group_its_count_stands_for() -> None:
    n = _parse(
        "経済産業省は、10月2日、教材を売り込んでいた3社に対し、業務停止命令を出した。\n"
        "対象は、NORTH STAR（秋田県）、ミライトレード（山形県）及びサンライズ（福島県）の3社。"
    )
    groups = [d for d in n.aliases if d.alias == "3社"]
    assert [(d.target_kind, d.members) for d in groups] == [
        ("Group", ("NORTHSTAR", "ミライトレード", "サンライズ"))
    ]


@pytest.mark.parametrize(
    ("block", "owner"),
    [
        (
            "名称　株式会社みさき信販\n登録番号　青森県知事（３）第01234号\n法人番号　4250002018846",
            "株式会社みさき信販",
        ),
        (
            "名称　株式会社みさき信販\n所在地　東京都港区芝五丁目1番2号\n法人番号　4250002018846",
            "株式会社みさき信販",
        ),
    ],
    ids=["registration-by-a-governor-between", "address-with-a-prefecture-between"],
)
def test_a_blocks_corporate_number_is_the_company_s(block: str, owner: str) -> None:
    n = _parse(f"青森県は、本日、下記の貸金業者に対し、指示した。また、東京都が命じた。\n{block}")
    numbers = {o.label: o.corporate_number for o in n.organizations if o.corporate_number}
    assert numbers == {owner: "4250002018846"}


_PIECES = st.lists(
    st.sampled_from(
        ["貸金業者「", "」", "(", ")", "(宮城県)", "(代表者:山田一郎)", "、", "及び", "の3社",
         "の2社", "ミドリ", "SORA JAPAN", "株式会社", "県は、", "青森県生活環境部", "\n", "に対し"]
    ),
    max_size=14,
).map("".join)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(_PIECES)
def test_names_found_by_context_are_written_in_the_text_and_lists_count_right(text: str) -> None:
    for name in bare_names(text):
        assert name in text and "株式会社" not in name
    for found in counted_lists(text):
        assert len(found.names) == numerals.as_int(found.count[:-1])
        assert text[found.count_start : found.count_end] == found.count
    own = own_prefecture(text)
    assert own is None or text[own[1] : own[2]] == own[0]


def test_a_news_site_s_name_above_the_title_is_no_organisation_of_the_notice() -> None:
    n = parser.parse(
        "NHKオンライン ニュース\n\n測定機器談合で課徴金命令\n\n公正取引委員会は、本日、"
        "株式会社こまち計器に対し、課徴金納付命令を行った。\n"
    )
    assert "日本放送協会" not in _labels(n)
    assert "株式会社こまち計器" in _labels(n)


def test_a_shorthand_in_brackets_is_the_company_s_alias() -> None:
    n = _parse("公正取引委員会は、株式会社こまち製菓（以下「こまち」）に対し、勧告を行った。")
    assert {o.label: o.aliases for o in n.organizations}["株式会社こまち製菓"] == ("こまち",)


@pytest.mark.parametrize(
    ("body", "name", "alias"),
    [
        ("公正取引委員会は本日、あおば農業協同組合(あおば農協)に対して警告を行った。"
         "あおば農協は、組合員の出荷先を制限していた。", "あおば農業協同組合", "あおば農協"),
        ("公正取引委員会は本日、JAあおばの梨出荷組合(出荷組合)に対して警告を行った。"
         "出荷組合は、組合員の出荷先を制限していた。", "JAあおばの梨出荷組合", "出荷組合"),
    ],
    ids=["kumiai-shortened-in-brackets", "kumiai-named-by-its-last-words"],
)  # fmt: skip
def test_a_kumiai_s_short_name_in_brackets_is_its_alias(body: str, name: str, alias: str) -> None:
    found = {o.label: o.aliases for o in _parse(body).organizations}
    assert alias in found[name], found
