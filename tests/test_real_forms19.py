"""Forms of real pages read in session 13, each in fictional words: a city's list of
offenders with its contact block, a past order named by its day (…付けの措置命令), the kinds
of action a page speaks of offered as alternatives."""

from __future__ import annotations

import pytest

from shobun import parser
from shobun.parser.model import Notice

CITY_PAGE = (
    "ここから本文です。\n\n更新日:2031年4月8日\n\n食品衛生法違反者の公表\n\n"
    "食品衛生法第69条の規定により、{city}が食品衛生法違反者に対し、{kinds}を行った件について、"
    "以下のとおり公表します。\n\n公表年月日 2031年4月8日\n業種等 飲食店営業\n"
    "営業者の氏名 株式会社ひばり食堂 代表取締役 山田一郎\n主な適用条項 食品衛生法第6条第3号\n"
    "行政処分の内容\n\n営業停止3日間\n\nページの先頭へ戻る\n\n{head}\n\n"
    "{city}保健福祉局保健所食の安全推進課\n\n電話番号:000-000-0000\n"
)


def _city(city: str, kinds: str, head: str) -> Notice:
    return parser.parse(CITY_PAGE.format(city=city, kinds=kinds, head=head))


@pytest.mark.parametrize(
    ("city", "kinds", "head"),
    [
        ("東雲市", "行政処分又は書面による行政指導", "このページについてのお問い合わせ"),
        ("朝霧市", "行政処分若しくは行政指導", "【本件に関するお問い合わせ先】"),
        ("若葉市", "営業停止等又は文書による指導", "問合せ先"),
    ],
    ids=["this-page", "bracketed-head", "bare-head"],
)
def test_a_city_page_speaks_through_its_contact_block(city: str, kinds: str, head: str) -> None:
    n = _city(city, kinds, head)
    assert n.issued_by == city
    assert [(a.kind, a.addressee) for a in n.actions] == [
        ("BusinessSuspensionOrder", "株式会社ひばり食堂")
    ]  # the kinds of action the page speaks of are no action of their own
    assert f"{city}保健福祉局保健所" not in {o.label for o in n.organizations}


@pytest.mark.parametrize(
    ("lead", "kind", "iso"),
    [
        ("株式会社かもめ弁当に対する景品表示法第7条第1項の規定に基づく令和6年2月9日付けの措置命令"
         "により、同社が行った一般消費者に対する周知徹底は、次のとおりです。", "MeasuresOrder",
         "2024-02-09"),
        ("株式会社かもめ弁当に対する特定商取引法第8条第1項の規定に基づく2024年2月9日付の業務停止命令"
         "に従い、同社は次のとおり公告しました。", "BusinessSuspensionOrder", "2024-02-09"),
    ],
    ids=["wareki-tsuke-no", "seireki-tsuke-no"],
)  # fmt: skip
def test_an_order_named_by_its_day_was_given(lead: str, kind: str, iso: str) -> None:
    n = parser.parse(f"2024年3月1日\n大阪府\n\n周知徹底について\n\n{lead}\n")
    got = [(a.kind, a.addressee, a.date.iso() if a.date else None) for a in n.actions]
    assert (kind, "株式会社かもめ弁当", iso) in got


def test_an_order_told_as_a_power_is_no_action() -> None:
    n = parser.parse(
        "2024年3月1日\n大阪府\n\nお知らせ\n\n知事は、事業者に対し、業務改善命令又は業務停止命令を"
        "行うことができる。\n"
    )
    assert n.actions == ()


@pytest.mark.parametrize(
    ("headline", "lead"),
    [
        ("食品衛生法違反で行政処分に", "東雲市(以下、同市)が、飲食店で食中毒が発生したと4月2日に発表している。"),
        ("景品表示法違反の通販会社が措置命令に", "消費者庁は4月2日、株式会社あおば通販に対し、措置命令を行った。"),
        ("無許可営業の業者が業務停止へ", "若葉県が、株式会社つばめ商事に対し、業務停止を命じた。"),
    ],
    ids=["shobun-ni", "meirei-ni-with-ha-lead", "teishi-he"],
)  # fmt: skip
def test_a_headline_that_ends_in_ni_is_a_title(headline: str, lead: str) -> None:
    n = parser.parse(f"{headline}\n{lead}\n")
    assert n.title is not None and n.title.surface == headline


def test_a_sentence_wrapped_after_ni_is_no_title() -> None:
    n = parser.parse(
        "令和6年4月2日\n東雲市\n\n営業停止処分について\n\n東雲市は、同日付けで、食品衛生法に基づく営業停止処分に\n"
        "関し、株式会社ひばり食堂が、再発防止策を提出したことを確認した。\n"
    )
    assert n.title is not None and n.title.surface == "営業停止処分について"


@pytest.mark.parametrize(
    ("lead", "names"),
    [
        ("国土交通省は28日、談合で課徴金納付命令を受けるなどしたメーカー3社を建設業法に基づき、15日間の営業停止"
         "処分にすると発表した。\n処分を受けたのは、あおば重工、みなと機械、さくら工業。",
         ["あおば重工", "みなと機械", "さくら工業"]),
        ("若葉県は2日、訪問販売業者2社に業務停止を命じた。処分の対象は、つばめ商事及びかもめ販売です。",
         ["つばめ商事", "かもめ販売"]),
    ],
    ids=["counted-then-named", "taishou-wa-desu"],
)  # fmt: skip
def test_businesses_counted_then_named_are_addressees(lead: str, names: list[str]) -> None:
    n = parser.parse(f"{lead}\n")
    assert sorted(a.addressee or "" for a in n.actions) == sorted(names)


def test_a_list_that_does_not_match_the_count_names_nobody() -> None:
    n = parser.parse(
        "国土交通省は28日、メーカー3社を営業停止処分にすると発表した。\n"
        "処分を受けたのは、あおば重工、みなと機械。\n"
    )
    assert {o.label for o in n.organizations} == {"国土交通省"}


def test_a_list_counted_in_place_keeps_its_last_name() -> None:
    n = parser.parse(
        "紳士服大手3社に措置命令\n消費者庁は15日、措置命令を出した。\n"
        "措置命令を受けたのはあおば商事、みなと衣料、さくら洋服の3社。\n"
    )
    assert sorted(a.addressee or "" for a in n.actions) == [
        "あおば商事",
        "さくら洋服",
        "みなと衣料",
    ]


@pytest.mark.parametrize(
    ("url", "quoted"),
    [
        ("http://www.pref.wakaba.lg.jp/f17/houdou.html", True),
        ("出典:https://www.maff.go.jp/kyusyu/press/250214.html", True),
        ("https://example-news.jp/articles/250214", False),
    ],
    ids=["prefecture-page", "ministry-page-with-label", "not-a-government-page"],
)
def test_a_blog_memo_takes_the_title_of_the_page_it_quotes(url: str, quoted: bool) -> None:
    release = "「(有)ひばり養蜂」によるはちみつの不適正表示に対する措置について"
    n = parser.parse(
        f"太宰府のはちみつ偽装\n\nまあ、よくあることだけど。\n\n以下、メモ\n\n{url}\n\n{release}\n\n概要\n\n"
        "1 「有限会社ひばり養蜂」について、次の事実を確認した。\n"
        "2 本日、「ひばり養蜂」に対し、食品表示法第6条第1項の規定に基づく指示を行った。\n"
    )
    assert n.title is not None
    assert (n.title.surface == release) is quoted


@pytest.mark.parametrize(
    "sentence",
    [
        "他にも、事業停止処分を受けた企業が3年以内に同一の違反をした場合も該当する。",
        "業務停止命令を受けた事業者は、その期間中、勧誘を行うことができない。",
        "措置命令を受けた場合には、速やかに一般消費者に周知しなければならない。",
    ],
    ids=["kigyou-ga", "jigyousha-wa", "baai"],
)
def test_what_the_law_says_of_any_business_that_received_one_is_no_action(sentence: str) -> None:
    n = parser.parse(f"2024年4月1日\n若葉県\n\n解説\n\n株式会社つばめ運輸について。{sentence}\n")
    assert n.actions == ()


def test_a_link_at_a_storys_foot_quotes_nothing() -> None:
    n = parser.parse(
        "電力ビジネス情報\nあおばグリッドに業務改善勧告\n2026年6月24日\n"
        "6月17日、経済産業省は株式会社あおばグリッドに業務改善を勧告した。\n"
        "経済産業省プレスリリース\nhttp://www.meti.go.jp/press/2026/06/0617/\n"
        "この記事のタグ:業務改善勧告/特定送配電事業者\n"
    )
    assert n.title is not None and n.title.surface == "あおばグリッドに業務改善勧告"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("あおば信販に改善命令 改正法で初の適用 金融庁 あおば経済新聞", "あおば信販に改善命令 改正法で初の適用"),
        ("みなと交通に事業停止命令 みなと通信", "みなと交通に事業停止命令"),
        ("総務省、2社に行政指導 通信の秘密侵害で - あおばニュース", "総務省、2社に行政指導 通信の秘密侵害で - あおばニュース"),
        ("さくら商事に措置命令 景表法違反の疑い", "さくら商事に措置命令 景表法違反の疑い"),
    ],
    ids=["agency-and-paper", "wire", "no-credit", "page-title-with-site-after-a-dash"],
)  # fmt: skip
def test_a_headline_without_the_credit_after_it(line: str, title: str) -> None:
    n = parser.parse(
        f"記事登録\n2031年05月17日(土) 08時26分\n\n{line}\n\n 金融庁は16日、あおば信販に対し、"
        "業務改善命令を出した。\n"
    )
    assert n.title is not None and n.title.surface == title


def test_offices_of_listed_businesses_and_an_order_done_on_its_day() -> None:
    n = parser.parse(
        "観光庁、あおばツアーなどに業務停止命令\n\n観光庁は3月15日、あおばツアー、みなとトラベル、さくら観光"
        "に対して、旅行業法第65条第1項に基づき、業務停止命令の行政処分を3月25日付けで実施した。\n"
        "旅行業法第19条第1項に基づき、あおばツアー東京支店とさくら観光本社営業所に14日間、"
        "みなとトラベル広島支店に9日間の業務停止命令を発出した。\n"
    )
    got = {(a.addressee, a.legal_basis.article if a.legal_basis else None) for a in n.actions}
    assert got == {
        (c, art) for c in ("あおばツアー", "みなとトラベル", "さくら観光") for art in ("65", "19")
    }


def test_a_suspension_coordinated_with_a_ban_on_a_person() -> None:
    n = parser.parse(
        "実質経営者に業務禁止命令―消費者庁\n\n消費者庁は27日、特定商取引法違反で販売業者「あおば健康堂」"
        "(架空区)に3カ月の業務停止、実質経営者の男に3カ月の業務禁止を命じた。\n"
    )
    assert [(a.kind, a.addressee) for a in n.actions if a.addressee] == [
        ("BusinessSuspensionOrder", "あおば健康堂")
    ]


@pytest.mark.parametrize(
    "head", ["関連リンク", "【関連ページ】", "このページを見ている人はこんなページも見ています"]
)
def test_bodies_named_only_in_a_pages_related_links_are_not_the_notices(head: str) -> None:
    n = parser.parse(
        "2024年4月1日\n若葉県\n\n業務停止命令について\n\n若葉県は、本日、株式会社つばめ商事に対し、業務停止を"
        f"命じた。\n\n{head}\n\n消費者庁\n独立行政法人国民生活センター\n"
    )
    assert {o.label for o in n.organizations} == {"若葉県", "株式会社つばめ商事"}


def test_an_improvement_measures_order_is_an_improvement_order() -> None:
    n = parser.parse(
        "令和6年4月1日\n若葉県\n\nあおば製薬株式会社に係る改善措置命令について\n\n若葉県は、本日、"
        "あおば製薬株式会社に対し、医薬品医療機器等法第72条第2項の規定に基づき、改善措置命令を"
        "行いましたので、お知らせします。\n"
    )
    assert {a.kind for a in n.actions} == {"BusinessImprovementOrder"}


@pytest.mark.parametrize(
    "body",
    ["静岡県公安委員会", "警視庁", "大阪国税局", "神戸税関", "中部地方環境事務所"],
)
def test_prefectural_and_regional_bodies_speak(body: str) -> None:
    n = parser.parse(
        f"令和6年4月1日\n{body}\n\n行政処分について\n\n{body}は、本日、株式会社あおば商事に対し、"
        "営業の停止を命じた。\n"
    )
    assert n.issued_by == body
    assert {o.label for o in n.organizations} == {body, "株式会社あおば商事"}


def test_a_bureau_written_after_its_ministry_speaks_as_a_subject_with_ga() -> None:
    n = parser.parse(
        "もう2週間ほど前のことですが、国土交通省四国運輸局がバス会社に対して30日間の事業停止処分を"
        "行いました。行政処分を受けたのは、架空市のあおば観光自動車株式会社。\n"
    )
    assert n.issued_by == "四国運輸局"


def test_a_report_collected_with_no_and_names_joined_by_narabini() -> None:
    n = parser.parse(
        "令和6年4月1日\n関東財務局\n\n行政処分について\n\n当局は、令和5年10月2日付けで、株式会社あおば証券"
        "に対し、金融商品取引法第56条の2第1項に基づく報告の徴収を行った。\n\n関東財務局は、本日、あおば商事"
        "株式会社及びみなと物産株式会社並びにさくら工業株式会社に対し、業務改善命令を発出した。\n"
    )
    assert ("ReportRequest", "株式会社あおば証券") in {(a.kind, a.addressee) for a in n.actions}
    assert {o.label for o in n.organizations} == {
        "関東財務局", "株式会社あおば証券", "あおば商事株式会社", "みなと物産株式会社", "さくら工業株式会社"
    }  # fmt: skip


@pytest.mark.parametrize(
    "lead",
    [
        "国土交通省関東地方整備局は、本日、あおば建設(東京支店)、みなと工業(大阪営業所)、さくら電設(名古屋支店)"
        "の3社に対し、建設業法に基づき営業停止を命じた。",
        "近畿地方整備局は、本日、あおば建設(神戸営業所)、さくら電設(本社)及びみなと工業(本店)に対し、"
        "建設業法に基づく指示処分を行った。",
    ],
    ids=["counted", "joined"],
)
def test_businesses_listed_each_with_its_office_in_brackets(lead: str) -> None:
    n = parser.parse(f"令和6年4月1日\n{lead}\n")
    assert {a.addressee for a in n.actions} == {"あおば建設", "みなと工業", "さくら電設"}


@pytest.mark.parametrize(
    "told",
    [
        "処分を受けたのは、あおばトラベル(架空営業所)、みなとトラベル企画(本店)、北星ツアーズ(架空中央支店と"
        "法人営業部)の3社。",
        "対象事業者は、ひかり交通(本店)、さくら旅行企画(架空支店)、東西観光バス(第二営業所)である。",
    ],
    ids=["office-and-department", "last-before-dearu"],
)
def test_names_with_their_offices_closing_a_sentence(told: str) -> None:
    n = parser.parse(f"令和6年4月1日\n関東運輸局は3日、旅行業者3社に行政処分を行った。{told}\n")
    assert len({o.label for o in n.organizations} - {"関東運輸局"}) == 3


@pytest.mark.parametrize(
    ("lead", "bare"),
    [
        ("総務省は、本日、あおば通信株式会社の子会社の一部(あおば光株式会社、ひかりビジョン架空、株式会社みなと"
         "ネット及び北星放送株式会社の計4社)に対し、行政指導を行った。", "ひかりビジョン架空"),
        ("総務省は、本日、株式会社ひかり物流、さくらエクスプレス、東西運輸株式会社の3社に対し、行政指導を"
         "行った。", "さくらエクスプレス"),
    ],
    ids=["in-brackets-with-kei", "in-the-lead"],
)  # fmt: skip
def test_a_bare_name_among_names_with_their_legal_form(lead: str, bare: str) -> None:
    n = parser.parse(f"令和6年4月1日\n{lead}\n")
    assert bare in {o.label for o in n.organizations}


def test_a_counted_list_of_kinds_names_no_business() -> None:
    n = parser.parse(
        "令和6年4月1日\n総務省は、本日、電気通信事業者、放送事業者及びあおば物流株式会社の3社に対し、"
        "行政指導を行った。\n"
    )
    assert not {"電気通信事業者", "放送事業者"} & {o.label for o in n.organizations}
