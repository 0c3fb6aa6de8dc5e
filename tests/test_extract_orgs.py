"""Organisations: company names by legal form, authorities, corporate numbers, aliases."""

from __future__ import annotations

import pytest

from shobun import parser
from shobun.parser.model import Notice

HEAD = "令和7年3月14日\n金融庁\n\n業務改善命令について\n\n"


def _parse(body: str) -> Notice:
    return parser.parse(HEAD + body)


def _labels(n: Notice) -> set[str]:
    return {o.label for o in n.organizations}


# (body, organisation labels that must be found, labels that must not be)
ORG_ROWS = [
    (
        "金融庁は、本日、株式会社ひかり情報及びひかり情報株式会社に対し、業務改善命令を発出した。",
        {"株式会社ひかり情報", "ひかり情報株式会社"},
        set(),
    ),
    (
        "金融庁は、本日、合同会社ミナトラボに対し、業務改善命令を発出した。",
        {"合同会社ミナトラボ"},
        set(),
    ),
    (
        "金融庁は、本日、一般社団法人日本データ流通協会に対し、指導を行った。",
        {"一般社団法人日本データ流通協会"},
        set(),
    ),
    (
        "金融庁は、本日、株式会社ABCソリューションズに対し、業務改善命令を発出した。",
        {"株式会社ABCソリューションズ"},
        set(),
    ),
    (
        "金融庁は、本日、NEXTリンク株式会社に対し、業務改善命令を発出した。",
        {"NEXTリンク株式会社"},
        set(),
    ),
    (
        "金融庁は、本日、株式会社あおぞら\nファイナンスに対し、業務改善命令を発出した。",
        {"株式会社あおぞらファイナンス"},
        {"株式会社あおぞら"},
    ),
    (
        "金融庁は、本日、株式会社ひかり情報1、2に対し、業務改善命令を発出した。",
        {"株式会社ひかり情報"},
        {"株式会社ひかり情報1", "株式会社ひかり情報1、2"},
    ),
    (
        "金融庁は、本日、株式会社ひかり情報（代表取締役 山田太郎、"
        "東京都千代田区丸の内一丁目1番1号）に対し、業務改善命令を発出した。",
        {"株式会社ひかり情報"},
        {"山田太郎", "株式会社ひかり情報(代表取締役 山田太郎"},
    ),
    (
        "公正取引委員会は、関東財務局と連携し、金融庁に対し情報を提供した。",
        {"金融庁", "公正取引委員会", "関東財務局"},
        set(),
    ),
    (
        "公正取引委員会は、本日、Kumo LLC(以下「クモ」という。)に対し、排除措置命令を行った。",
        {"KumoLLC"},
        {"LLC"},
    ),
    (
        "個人情報保護委員会は、本日、Sora Platforms, Inc.に対し、指導を行った。",
        {"SoraPlatforms,Inc."},
        set(),
    ),
    (
        "個人情報保護委員会は、本日、みなと市に対し、指導を行った。本店所在地は東京都千代田区。",
        {"みなと市", "個人情報保護委員会"},
        {"東京都", "東京都千代田区", "千代田区"},
    ),
    (
        "金融庁は、内閣府令及び総務省令の改正を踏まえ、株式会社ひかり情報に対し、指導を行った。",
        {"株式会社ひかり情報", "金融庁"},
        {"内閣府", "総務省"},
    ),
    (
        "課徴金の額は次のとおり。\n　株式会社かもめ運輸　　　　２億３，４５６万円\n"
        "　ひばり物流株式会社　　　　　１，２３４万円",
        {"株式会社かもめ運輸", "ひばり物流株式会社"},
        {"株式会社かもめ運輸2億3"},
    ),
    (
        "課徴金の額は次のとおり。\n　株式会社かもめ運輸　２億３，４５６万円",
        {"株式会社かもめ運輸"},
        {"株式会社かもめ運輸2億3"},
    ),
    (
        "違反行為者\n株式会社かもめ運輸\t大阪府大阪市北区梅田一丁目",
        {"株式会社かもめ運輸"},
        {"株式会社かもめ運輸大阪府大阪市北区梅田一丁目"},
    ),
    (
        "違反行為者\n株式会社かもめ運輸　　東京都港区芝一丁目",
        {"株式会社かもめ運輸"},
        {"株式会社かもめ運輸東京都港区芝一丁目", "東京都"},
    ),
    (
        "違反行為者\n（１）株式会社ＡＢＣ　データ　ワークス",
        {"株式会社ABCデータワークス"},
        set(),
    ),
    (
        "株式会社あおば商事ほか３社に対する業務改善命令について\n\n"
        "金融庁は、本日、株式会社あおば商事に対し、業務改善命令を発出した。",
        {"株式会社あおば商事"},
        {"株式会社あおば商事ほか3社"},
    ),
    (
        "株式会社はるかぜ物産ほか２社に対する業務改善命令について\n\n"
        "金融庁は、本日、株式会社はるかぜ物産ほか２社に対し、業務改善命令を発出した。",
        {"株式会社はるかぜ物産"},
        {"株式会社はるかぜ物産ほか2社"},
    ),
    (
        "金融庁は、本日、株式会社あおば商事外２名に対し、業務改善命令を発出した。",
        {"株式会社あおば商事"},
        {"株式会社あおば商事外2名"},
    ),
    (
        "違反法条\n（１）合同会社ひなたフーズ　食品表示法第６条第１項\n（２）株式会社みさき堂　同法第６条第３項",
        {"合同会社ひなたフーズ", "株式会社みさき堂"},
        {"合同会社ひなたフーズ食品表示法第6条第1項", "株式会社みさき堂同法第6条第3項"},
    ),
    (
        "違反法条\n（１）合同会社ひなたフーズ　信用金庫法第８９条",
        {"合同会社ひなたフーズ"},
        {"合同会社ひなたフーズ信用金庫法第89条"},
    ),
    (
        "1.処分対象業者\n商\n号\n許可番号\nさくら建設株式会社 国土交通大臣許可\n代表者\n",
        {"さくら建設株式会社"},
        {"株式会社国土交通大臣許可"},
    ),
    (
        "○同社に対しては、福井県及び滋賀県も本日付けで業務停止命令を行っています。",
        {"福井県", "滋賀県"},
        set(),
    ),
    (
        "本件は、北陸地域消費者被害防止連絡会(富山県、石川県及び福井県)の枠組みにより、"
        "3県が連携して調査を行ったものです。所在地は新潟県長岡市。",
        {"富山県", "石川県", "福井県"},
        {"新潟県", "新潟県長岡市"},
    ),
    (
        "架空県みなと市の船舶局の免許人である株式会社あけぼの海運に対し、無線局の運用の停止を命じた。",
        {"株式会社あけぼの海運"},
        {"架空県みなと市", "みなと市"},
    ),
    (
        "営業区域(富山県、石川県及び福井県)で訪問販売を行っていた。",
        set(),
        {"富山県", "石川県", "福井県"},
    ),
    (
        "総務省は、そよかぜ通信株式会社と親会社のそよかぜホールディングス株式会社に対し、指導を行った。",
        {"そよかぜ通信株式会社", "そよかぜホールディングス株式会社"},
        {"株式会社と親会社のそよかぜホールディングス株式会社", "ホールディングス株式会社"},
    ),
    (
        "金融庁は、本日、ゆめのみち証券株式会社に対し、業務改善命令を発出した。",
        {"ゆめのみち証券株式会社"},
        {"証券株式会社", "みち証券株式会社"},
    ),
    (
        "同社の従業員が平成30年1月に架空簡易裁判所から罰金の略式命令を受けた。",
        {"架空簡易裁判所"},
        {"月架空簡易裁判所"},
    ),
    (
        "9月26日に架空運輸支局が監査を実施したところ、違反が確認された。",
        {"架空運輸支局"},
        {"に架空運輸支局"},
    ),
    (  # the branch written right after its bureau speaks; the bureau is only its prefix
        "東北運輸局架空運輸支局は、あけぼの交通株式会社に対し、車両の使用停止を命じた。",
        {"架空運輸支局", "あけぼの交通株式会社"},
        {"東北運輸局架空運輸支局", "東北運輸局"},
    ),
    (  # a branch after a 後株 name's form: the company, no 前株 company named after it
        "県は、本日、あおば建設株式会社東北支店に対し、指示を行いました。",
        {"あおば建設株式会社"},
        {"株式会社東北支店", "あおば建設株式会社東北支店"},
    ),
    (  # a factory named as the 製造所 of a 薬機法 order, on its own line
        "製造所\nあおば製薬株式会社高取工場\n",
        {"あおば製薬株式会社"},
        {"株式会社高取工場"},
    ),
    (  # a 前株 name that ends in 工場, with nothing before its form: the company itself
        "県は、株式会社あおば工場に対し、指示を行いました。",
        {"株式会社あおば工場"},
        set(),
    ),
    (  # a 土地改良区 is a body by its form; 次のとおり before the word is none
        "次のとおり土地改良区の役員の就任の届出があった。\n1 土地改良区の名称 架空みどり土地改良区",
        {"架空みどり土地改良区"},
        {"とおり土地改良区", "次のとおり土地改良区"},
    ),
    (  # a 財務局's office that supervises a bank
        "不正の疑いを監督官庁である架空財務事務所に報告していなかった。",
        {"架空財務事務所"},
        {"である架空財務事務所"},
    ),
    (
        "業務停止命令を受けたのはアサギ(宮城県)、モエギ(愛知県)の2社で、教材の勧誘を行っていた。",
        {"アサギ", "モエギ"},
        {"業務停止命令を受けたのはアサギ"},
    ),
    (
        "措置命令を受けたのは、味噌汁を販売していた(株)K‐LINE(架空市、山田太郎社長)である。",
        {"(株)K‐LINE"},
        {"(株)K", "LINE"},
    ),
]
ORG_IDS = [
    "prefix-and-suffix-kabushiki-kaisha-are-distinct-companies",
    "godo-kaisha",
    "ippan-shadan-hojin",
    "latin-letters-after-the-form",
    "latin-letters-before-the-form",
    "name-broken-across-lines-is-one-name",
    "footnote-digits-after-the-name-are-not-part-of-it",
    "representative-and-address-in-parenthetical-are-not-swallowed",
    "authorities-from-the-table",
    "latin-company-with-llc",
    "latin-company-with-comma-inc",
    "a-city-addressed-is-an-organisation-an-address-is-not",
    "an-ordinance-named-after-a-ministry-is-not-the-ministry",
    "padding-spaces-end-a-name-before-an-amount",
    "one-space-before-an-amount-ends-a-name",
    "a-tab-ends-a-name-before-an-address",
    "padding-ends-a-name-before-an-address",
    "single-spaces-inside-a-name-are-removed-not-a-break",
    "hoka-n-sha-after-a-name-is-not-part-of-it",
    "hoka-n-sha-ni-taishi-anchors-the-name-before-it",
    "soto-n-mei-after-a-name-is-not-part-of-it",
    "a-column-gap-before-a-statute-or-citation-ends-a-name",
    "a-column-gap-before-an-unknown-law-title-ends-a-name",
    "a-form-closes-the-name-before-it-at-white-space",
    "prefectures-joined-to-one-that-acts-act-too",
    "a-councils-member-prefectures-said-to-act-together",
    "a-station-of-a-city-is-no-bureau-of-it",
    "prefectures-listed-as-an-area-are-no-organisation",
    "a-company-and-its-parent-two-kana-names-the-tokenizer-cuts",
    "a-kana-name-after-a-comma-cut-into-particles",
    "a-court-named-by-its-place-after-a-date",
    "a-transport-bureaus-branch-office",
    "a-branch-office-written-after-its-bureau",
    "a-branch-after-a-suffix-form-belongs-to-the-company",
    "a-factory-line-belongs-to-the-company-before-the-form",
    "a-prefix-name-ending-in-factory-stays-whole",
    "a-land-improvement-district-by-its-form",
    "a-finance-bureaus-local-office",
    "a-counted-list-after-the-topic-ukete-no-wa",
    "a-name-with-a-unicode-hyphen",
]


@pytest.mark.parametrize(("body", "present", "absent"), ORG_ROWS, ids=ORG_IDS)
def test_organisations(body: str, present: set[str], absent: set[str]) -> None:
    labels = _labels(_parse(body))
    assert present <= labels
    assert not absent & labels
    assert not any("山田" in label for label in labels)


def test_authorities_are_authorities() -> None:
    n = _parse("公正取引委員会は、関東財務局と連携し、金融庁に対し情報を提供した。")
    kinds = {o.label: o.kind for o in n.organizations}
    assert kinds["公正取引委員会"] == kinds["関東財務局"] == kinds["金融庁"] == "Authority"


# (corporate number as written, number attached or None, warning code expected or None)
NUMBER_ROWS = [
    ("1011101012345", "1011101012345", None),
    ("１０１１１０１０１２３４５", "1011101012345", None),
    ("2011101012345", None, "SHOBUN-W103"),
]
NUMBER_IDS = [
    "valid-check-digit-is-attached",
    "full-width-valid-number-is-attached",
    "invalid-check-digit-warns-w103-and-is-not-attached",
]


@pytest.mark.parametrize(("number", "attached", "warning"), NUMBER_ROWS, ids=NUMBER_IDS)
def test_corporate_number(number: str, attached: str | None, warning: str | None) -> None:
    n = _parse(
        f"金融庁は、本日、株式会社ひかり情報（法人番号 {number}。以下「ひかり」という。）に対し、"
        "業務改善命令を発出した。"
    )
    (org,) = [o for o in n.organizations if o.label == "株式会社ひかり情報"]
    assert org.corporate_number == attached
    codes = {w.code for w in n.warnings}
    assert (warning in codes) if warning else "SHOBUN-W103" not in codes


# (body, {alias: organisation label it names}, aliases that must not name an organisation)
ALIAS_ROWS = [
    (
        "金融庁は、本日、株式会社ひかり情報（以下「ひかり」という。）に対し、命令を発出した。",
        {"ひかり": "株式会社ひかり情報"},
        set(),
    ),
    (
        "金融庁は、本日、株式会社ひかり情報（以下「ひかり」といいます。）に対し、命令を発出した。",
        {"ひかり": "株式会社ひかり情報"},
        set(),
    ),
    (
        "金融庁は、本日、株式会社ひかり情報（本店所在地：東京都港区、法人番号：1011101012345）"
        "（以下「同社」という。）に対し、命令を発出した。",
        {"同社": "株式会社ひかり情報"},
        set(),
    ),
    (
        "金融庁は、本日、株式会社ひかり情報（法人番号：1011101012345）（以下「ひかり社」という。）"
        "に対し、命令を発出した。",
        {"ひかり社": "株式会社ひかり情報"},
        set(),
    ),
    (
        "金融庁は、本日、株式会社つばさ（さくら商事株式会社（以下「さくら」という。）の子会社。"
        "以下「つばさ」という。）に対し、命令を発出した。",
        {"さくら": "さくら商事株式会社", "つばさ": "株式会社つばさ"},
        set(),
    ),
    (
        "株式会社ひかり情報は、健康食品（以下「本件商品」という。）を販売していた。",
        {},
        {"本件商品"},
    ),
]
ALIAS_IDS = [
    "iika-to-iu",
    "iika-to-iimasu",
    "definition-in-a-second-parenthetical-after-address-and-number",
    "definition-in-a-parenthetical-after-the-number-one",
    "nested-parentheticals-bind-to-the-nearest-name",
    "non-organisation-term-is-not-an-organisation",
]


@pytest.mark.parametrize(("body", "aliases", "not_orgs"), ALIAS_ROWS, ids=ALIAS_IDS)
def test_aliases(body: str, aliases: dict[str, str], not_orgs: set[str]) -> None:
    n = _parse(body)
    by_alias = {a: o.label for o in n.organizations for a in o.aliases}
    for alias, label in aliases.items():
        assert by_alias.get(alias) == label
    assert not not_orgs & (_labels(n) | set(by_alias))


def test_collective_alias_is_recorded() -> None:
    n = _parse(
        "金融庁は、本日、株式会社ひかり情報及びさくら商事株式会社（以下まとめて「両社」という。）"
        "に対し、命令を発出した。"
    )
    assert "両社" in {d.alias for d in n.aliases}
    assert "両社" not in _labels(n)


def test_a_prefecture_that_acts_is_an_authority() -> None:
    n = parser.parse("東京都は、本日、株式会社ひばり住設に対し、業務の一部を停止するよう命じた。")
    kinds = {o.label: o.kind for o in n.organizations}
    assert kinds["東京都"] == "Authority" and n.issued_by == "東京都"


def test_the_words_for_all_prefectures_are_no_organisation() -> None:
    n = parser.parse(
        "都道府県知事は、事業者に対し指示を行うことができる。各都道府県は、調査を行った。"
    )
    assert [o.label for o in n.organizations] == []


GENERIC = [
    ("株式会社等の事業者に対し、周知を行った。", []),
    ("金融庁は、株式会社又は合同会社の形態をとる事業者に対し、注意喚起を行った。", ["金融庁"]),
    ("株式会社ひので銀行に対する行政処分について", ["株式会社ひので銀行"]),
    ("株式会社のぞみ交通に対し、指導を行った。", ["株式会社のぞみ交通"]),
]


@pytest.mark.parametrize(
    ("text", "labels"),
    GENERIC,
    ids=[
        "kabushiki-kaisha-tou-is-prose",
        "godo-kaisha-no-keitai-is-prose",
        "ni-taisuru-anchors",
        "name-starting-with-no",
    ],
)
def test_prose_about_companies_is_no_company(text: str, labels: list[str]) -> None:
    assert [o.label for o in parser.parse(text).organizations] == labels


# (body, {local government: kind}, labels that must not be organisations)
LOCAL_ROWS = [
    (
        "第１　委員会の対応\n１　かもめ町に対する指導\n　改善するよう指導する。",
        {"かもめ町": "PublicBody"},
        set(),
    ),
    (
        "個人情報保護委員会は、本日、かもめ町に対し、指導を行った。かもめ町は、"
        "税務事務を株式会社ひかり情報に委託していた。",
        {"かもめ町": "PublicBody"},
        set(),
    ),
    (
        "個人情報保護委員会は、本日、みなと湾岸後期高齢者医療広域連合に対し、指導を行った。",
        {"みなと湾岸後期高齢者医療広域連合": "PublicBody"},
        set(),
    ),
    (
        "個人情報保護委員会は、本日、千代田区に対し、指導を行った。東日本地区は、対象外である。",
        {"千代田区": "PublicBody"},
        {"東日本地区"},
    ),
    (
        "大阪府は、本日、株式会社ひかり情報に対し、業務の一部を停止するよう命じた。"
        "同社の所在地は大阪府大阪市北区である。",
        {"大阪府": "Authority"},
        {"大阪府大阪市北区", "大阪市"},
    ),
    (
        "個人情報保護委員会は、本日、都内の事業者及びもみじ村に対し、指導を行った。",
        {"もみじ村": "PublicBody"},
        set(),
    ),
    (
        "奈良県は、本日、株式会社ひかり情報に対し、業務の一部を停止するよう命じた。\n"
        "１　経緯\n　ア　翌月　県が、同社に対し、報告を求めた。",
        {"奈良県": "Authority"},
        {"翌月県"},
    ),
    (
        "架空県の中村一郎知事は10日、株式会社ひかり情報に対し、業務の停止を命じたと発表した。"
        "中村知事は「本日、命令を行った」と述べた。",
        {},
        {"中村", "中村一郎"},
    ),
]
LOCAL_IDS = [
    "a-town-in-a-heading-with-ni-taisuru-is-a-public-body",
    "a-town-as-subject-that-entrusts-stays-a-public-body",
    "a-wide-area-union-is-a-public-body",
    "a-special-ward-is-a-public-body-a-district-is-not",
    "a-prefecture-that-imposes-a-sanction-is-an-authority",
    "a-village-after-oyobi-is-read",
    "a-bare-prefecture-word-after-a-column-gap-is-no-new-place",
    "a-governors-surname-ending-in-mura-is-no-village",
]


@pytest.mark.parametrize(("body", "kinds", "absent"), LOCAL_ROWS, ids=LOCAL_IDS)
def test_local_governments(body: str, kinds: dict[str, str], absent: set[str]) -> None:
    n = _parse(body)
    found = {o.label: o.kind for o in n.organizations}
    assert {label: found.get(label) for label in kinds} == kinds
    assert not absent & set(found)


def test_a_town_that_entrusts_is_the_principal() -> None:
    n = _parse(
        "個人情報保護委員会は、本日、かもめ町に対し、指導を行った。かもめ町は、"
        "税務事務を株式会社ひかり情報に委託していた。"
    )
    pairs = {(e.principal, e.agent) for e in n.entrustments}
    assert ("かもめ町", "株式会社ひかり情報") in pairs


def test_a_town_in_a_heading_is_the_addressee() -> None:
    n = _parse("第１　委員会の対応\n１　かもめ町に対する指導\n　改善するよう指導する。")
    assert [a.addressee for a in n.actions] == ["かもめ町"]


def test_a_group_defined_on_a_pointer_to_a_list_names_its_members() -> None:
    n = _parse(
        "１　公正取引委員会は、本日、排除措置命令を行った。\n２　違反行為者\n"
        "（１）株式会社かもめ運輸\n（２）ひばり物流株式会社\n３　違反行為の概要\n"
        "（１）前記２の２社（以下「２社」という。）は、運賃を引き上げる旨を合意していた。"
    )
    (group,) = [d for d in n.aliases if d.alias == "2社"]
    assert (group.target_kind, group.members) == (
        "Group",
        ("株式会社かもめ運輸", "ひばり物流株式会社"),
    )
    assert "2社" not in {a for o in n.organizations for a in o.aliases}


def test_corporate_numbers_from_a_tables_column() -> None:
    """A table with a 法人番号 column (an HTML table, or markdown) gives each row's company
    its number; a number with a wrong check digit is not given."""
    n = parser.parse(
        "令和6年9月13日\n消費者庁\n\n課徴金納付命令について\n\n消費者庁は、本日、別表の事業者に対し、"
        "課徴金納付命令を行った。\n別表\n事業者名\t法人番号\t課徴金額\n"
        "株式会社あおば商事\t5011001998877\t876万円\nみなと物産株式会社\t8012401556678\t321万円\n"
    )
    numbers = {o.label: o.corporate_number for o in n.organizations}
    assert numbers["株式会社あおば商事"] == "5011001998877"
    assert numbers["みなと物産株式会社"] is None  # 8012401556678: the check digit is wrong


def test_corporate_numbers_in_a_box_drawn_table_of_companies_side_by_side() -> None:
    """A PDF's box-drawn table with one column per company: each number under its name."""
    n = parser.parse(
        "令和5年11月2日\n消費者庁\n\n措置命令について\n\n消費者庁は、本日、次の2社に対し、措置命令を"
        "行った。\n┌────┬──────────┬──────────┐\n"
        "│名称    │株式会社あさぎり堂      │ゆうなぎ合同会社        │\n"
        "│        │（法人番号3526018159083）│（法人番号7016613186091）│\n"
        "│所在地  │松江市殿町一丁目        │鳥取市東町二丁目        │\n"
        "└────┴──────────┴──────────┘\n"
    )
    numbers = {o.label: o.corporate_number for o in n.organizations}
    assert numbers["株式会社あさぎり堂"] == "3526018159083"
    assert numbers["ゆうなぎ合同会社"] == "7016613186091"


def test_a_corporate_number_in_a_row_of_label_and_value_cells() -> None:
    """An HTML table of label and value cells (名称 | 株式会社X, 法人番号 | …)."""
    n = parser.parse_bytes(
        "<html><body><h1>業務停止命令について</h1><p>県は、本日、業務停止を命じた。</p><table>"
        "<tr><th>名称</th><td>株式会社あさぎり堂</td></tr>"
        "<tr><th>法人番号</th><td>5390996030824</td></tr></table></body></html>".encode(),
        "notice.html",
    )
    numbers = {o.label: o.corporate_number for o in n.organizations}
    assert numbers["株式会社あさぎり堂"] == "5390996030824"


@pytest.mark.parametrize(
    ("body", "label"),
    [
        (
            "消費者庁は、はかた美肌研究所株式会社に対し、措置命令を行った。",
            "はかた美肌研究所株式会社",
        ),
        (
            "別表\n事業者名\t課徴金額\n株式会社はかた美肌研究所\t876万円\n",
            "株式会社はかた美肌研究所",
        ),
        ("対象事業者\n株式会社はかた美肌研究所\n", "株式会社はかた美肌研究所"),
    ],
    ids=[
        "suffix-form-name-starting-with-ha",
        "prefix-form-in-a-table-cell",
        "prefix-form-alone-on-a-line",
    ],
)
def test_a_name_that_starts_with_ha_is_not_cut_at_the_particle(body: str, label: str) -> None:
    n = parser.parse(f"令和5年12月7日\n消費者庁\n\n題\n\n{body}")
    assert label in {o.label for o in n.organizations}


def test_a_generic_company_followed_by_ha_stays_prose() -> None:
    n = parser.parse("令和5年12月7日\n消費者庁\n\n題\n\n株式会社は、東京都に所在する。\n")
    assert [o.label for o in n.organizations] == ["消費者庁"]
