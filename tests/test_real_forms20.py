"""Forms of real pages read in session 14, each in fictional words: a news item that names
the business in quotes and retells its order in other words, a headline whose company holds
a menu's word, a tag line of bodies under a headline, a handout's date line and note lines,
prefectures listed with ・ that act together, an earlier order the company 「…の処分を受け
ています」."""

from __future__ import annotations

import pytest

from shobun import parser
from shobun.parser.model import Notice


def _acts(n: Notice) -> list[tuple[str, str | None, str | None]]:
    return [(a.kind, a.addressee, a.date.iso() if a.date else None) for a in n.actions]


NEWS = (
    "2031年1月7日 18時36分更新\n"
    "架空市の訪問販売業者が高齢者の自宅を訪れて寝具を強引に売りつけたとして、県はこの業者に対し、"
    "1年間の業務停止命令を出しました。\n"
    "業務停止命令の処分を受けたのは架空市北区の訪問販売業者、{name}です。\n"
    "このため架空県では、特定商取引法に基づいて、{bare}に対し、8日から1年間、訪問販売に関する"
    "業務を{retold}命令を出しました。\n"
)


@pytest.mark.parametrize(
    ("name", "bare", "retold"),
    [
        ("「ミドリリビング」", "ミドリリビング", "禁止する"),
        ("「ミドリリビング」", "ミドリリビング", "停止する"),
        ("ミドリリビング", "ミドリリビング", "禁止する"),
    ],
    ids=["quoted-name", "quoted-name-stop", "bare-name"],
)
def test_a_news_item_names_the_business_and_retells_its_order(
    name: str, bare: str, retold: str
) -> None:
    n = parser.parse(NEWS.format(name=name, bare=bare, retold=retold))
    assert "ミドリリビング" in {o.label for o in n.organizations}
    # 「…業務を禁止する命令」 is the 業務停止命令 told again, not an order of its own
    assert [(k, who) for k, who, _ in _acts(n)] == [("BusinessSuspensionOrder", "ミドリリビング")]


def test_a_generic_order_stays_one_where_the_addressee_has_two_kinds() -> None:
    text = (
        "令和13年4月2日\n消費者庁\n\n株式会社あおば食品に対する措置命令及び課徴金納付命令について\n\n"
        "消費者庁は、本日、株式会社あおば食品に対し、景品表示法第7条第1項の規定に基づき措置命令を、"
        "同法第8条第1項の規定に基づき課徴金納付命令を行いました。同社に対しては、次の措置を講ずるよう"
        "命令しました。\n"
    )
    kinds = sorted({k for k, _, _ in _acts(parser.parse(text))})
    assert "BusinessSuspensionOrder" not in kinds
    assert {"MeasuresOrder", "SurchargeOrder"} <= set(kinds)


HEADLINE = (
    "{headline}\n\n{tag}\n\n"
    "観光庁は3月15日、あさひツアー、ミドリトップツアーズ、かもめ旅行に対して、旅行業法第65条"
    "第1項に基づき、業務停止命令の行政処分を3月25日付けで実施した。\n"
)


@pytest.mark.parametrize(
    ("headline", "tag"),
    [
        ("観光庁、ミドリトップツアーズやかもめ旅行などに業務停止命令 最大14日間", "国土交通省・観光庁"),
        ("観光庁、トップアップ旅行などに業務停止命令 最大14日間", "国土交通省・観光庁"),
        ("観光庁、ミドリトップツアーズやかもめ旅行などに業務停止命令 最大14日間", "観光庁、国土交通省"),
    ],
    ids=["top-inside-a-name", "top-opens-a-name", "tag-with-comma"],
)  # fmt: skip
def test_a_headline_holding_a_menu_word_in_a_name_is_the_title(headline: str, tag: str) -> None:
    n = parser.parse(HEADLINE.format(headline=headline, tag=tag))
    assert n.title_text == headline.replace(" ", "")  # the tag line of bodies continues nothing


@pytest.mark.parametrize(
    "menu",
    ["トップページ > 報道発表 > 行政処分", "ページトップへ戻る", "トップへ"],
)
def test_a_menu_line_with_top_is_still_no_title(menu: str) -> None:
    text = (
        f"{menu}\n\n株式会社あおば商事に対する行政処分について\n\n"
        "令和13年4月2日\n関東財務局\n\n関東財務局は、本日、株式会社あおば商事に対し、業務改善命令を"
        "発出しました。\n"
    )
    assert parser.parse(text).title_text == "株式会社あおば商事に対する行政処分について"


HANDOUT = (
    "インターネットでの情報提供\n提供予定日\n4月3日\n※架空3県同時公表\n"
    "{dateline}\n所\n属\n担 当 者\n生活政策課\n直通 000-000-0000\n"
    "県は、下記の事業者に対し、{day}付けで、特定商取引法第8条の規定に基づき業務停止命令(12か月)を"
    "行いましたので公表します。\n"
    "なお、今回の行政処分は、{members}が同時に実施するものです。\n{past}"
    "記\n1 事業者の概要\n(1)名称 有限会社みそ屋ひばり\n"
)


@pytest.mark.parametrize(
    ("dateline", "iso"),
    [
        ("令和13年4月2日(水) 県政記者クラブ配付資料", "2031-04-02"),
        ("令和13年4月2日 記者発表資料", "2031-04-02"),
        ("2031年4月2日(水) 報道発表資料", "2031-04-02"),
    ],
    ids=["press-club-handout", "press-handout", "seireki-handout"],
)
def test_a_handouts_date_line_dates_the_notice_and_its_note_is_no_title(
    dateline: str, iso: str
) -> None:
    text = HANDOUT.format(
        dateline=dateline, day="令和13年4月2日", members="北山県・南川県・西野県の架空3県", past=""
    )
    n = parser.parse(text)
    assert n.issued is not None and n.issued.iso() == iso
    assert not (n.title_text or "").startswith("※")


@pytest.mark.parametrize(
    ("members", "expected"),
    [
        ("岐阜県・静岡県・愛知県・三重県の東海4県", {"岐阜県", "静岡県", "愛知県", "三重県"}),
        ("青森県・秋田県の北東北2県", {"青森県", "秋田県"}),
        ("青森県・秋田県", {"青森県", "秋田県"}),  # the list itself is the subject
    ],
    ids=["four-dotted", "two-dotted", "subject"],
)  # fmt: skip
def test_prefectures_listed_with_dots_that_act_together(members: str, expected: set[str]) -> None:
    text = HANDOUT.format(
        dateline="令和13年4月2日 記者発表資料", day="令和13年4月2日", members=members, past=""
    )
    labels = {o.label for o in parser.parse(text).organizations}
    assert labels & {"岐阜県", "静岡県", "愛知県", "三重県", "青森県", "秋田県"} == expected


@pytest.mark.parametrize(
    ("said", "kind", "iso"),
    [
        ("業務停止命令3ヶ月の処分を受けています", "BusinessSuspensionOrder", "2028-11-27"),
        ("業務停止命令(3か月)の処分を受けています", None, None),  # no term glued to it: not read
        ("業務停止命令の処分を受けた", "BusinessSuspensionOrder", "2028-11-27"),
        ("指示の処分を受けている", "Order", "2028-11-27"),
    ],
    ids=["with-term", "bracketed-term", "bare", "instruction"],
)  # fmt: skip
def test_an_earlier_order_the_company_received(
    said: str, kind: str | None, iso: str | None
) -> None:
    past = f"また、同社は、過去(令和10年11月27日付け)にも、不実告知等により同法に基づく{said}。\n"
    text = HANDOUT.format(
        dateline="令和13年4月2日 記者発表資料", day="令和13年4月2日", members="北山県", past=past
    )
    acts = _acts(parser.parse(text))
    assert ("BusinessSuspensionOrder", "有限会社みそ屋ひばり", "2031-04-02") in acts
    if kind is not None:
        assert (kind, "有限会社みそ屋ひばり", iso) in acts


@pytest.mark.parametrize(
    ("term", "kind"),
    [
        ("3か月間の業務の全部停止命令を発出しました", "BusinessSuspensionOrder"),
        ("3か月間の業務の全部停止を命じました", "BusinessSuspensionOrder"),
        ("業務の改善に関する命令を行いました", "BusinessImprovementOrder"),
        ("業務の改善命令を発出しました", "BusinessImprovementOrder"),
    ],
    ids=["whole-stop-order", "whole-stop", "improvement-told-long", "improvement-with-no"],
)
def test_orders_named_in_longer_words(term: str, kind: str) -> None:
    text = (
        "令和13年4月2日\n北海道財務局\n\n株式会社あおば信販に対する行政処分について\n\n"
        f"北海道財務局は、本日、株式会社あおば信販に対し、貸金業法第24条の6の4第1項に基づき、{term}。\n"
    )
    assert [(k, who) for k, who, _ in _acts(parser.parse(text))] == [(kind, "株式会社あおば信販")]


@pytest.mark.parametrize(
    "listed",
    [
        "株式会社みなと建設及び有限会社ひかり住宅の2社",
        "株式会社みなと建設、有限会社ひかり住宅の2社",
        "株式会社みなと建設及び有限会社ひかり住宅",
    ],
    ids=["joined-counted", "comma-counted", "joined"],
)
def test_a_lists_count_closes_the_last_name(listed: str) -> None:
    text = (
        "令和13年4月2日\n架空県\n\n建設業者に対する監督処分について\n\n"
        f"架空県は、本日、{listed}に対し、それぞれ営業停止処分を行いました。\n"
    )
    n = parser.parse(text)
    assert {o.label for o in n.organizations} >= {"株式会社みなと建設", "有限会社ひかり住宅"}
    assert sorted(who or "" for _, who, _ in _acts(n)) == [
        "有限会社ひかり住宅",
        "株式会社みなと建設",
    ]


BLOCK_PAGE = (
    "令和13年4月2日\n架空県\n\n宅地建物取引業者に対する監督処分について\n\n"
    "架空県は、下記の宅地建物取引業者に対し、宅地建物取引業法に基づく監督処分を行いました。\n"
    "記\n1 処分を受けた者\n商号 株式会社ひまわり不動産\n代表者 代表取締役 佐藤一郎\n"
    "2 処分年月日\n令和13年3月30日\n3 処分の内容\n業務停止 30日間\n"
    "{basis}"
)


@pytest.mark.parametrize(
    ("basis", "article"),
    [
        ("4 根拠法令\n宅地建物取引業法第65条第2項\n", "65"),
        ("(4) 根拠法令\n宅地建物取引業法第65条第2項\n", "65"),
        ("根拠法令:宅地建物取引業法第65条第2項\n", "65"),
        ("", None),
    ],
    ids=["numbered-field-next-line", "bracketed-field-next-line", "labelled-field", "none"],
)
def test_a_numbered_basis_field_gives_the_action_its_basis(basis: str, article: str | None) -> None:
    (a,) = parser.parse(BLOCK_PAGE.format(basis=basis)).actions
    assert (a.legal_basis.article if a.legal_basis else None) == article
    assert a.date is not None and a.date.iso() == "2031-03-30"


TABLE_PAGE = (
    "2031年04月02日\n架空県 環境生活部 廃棄物対策課\n産業廃棄物処理業者に対する行政処分について\n"
    "県は、次の産業廃棄物処理業者に対し、廃棄物の処理及び清掃に関する法律第14条の3の2第1項の規定に"
    "基づき、産業廃棄物収集運搬業の許可を取り消しました。\n"
    "|処分対象者|有限会社さくら環境|\n|代表者|代表取締役 鈴木次郎|\n{rows}"
    "|処分内容|産業廃棄物収集運搬業の許可の取消し|\n"
)


@pytest.mark.parametrize(
    ("rows", "iso"),
    [
        ("|処分日|令和13年3月30日|\n", "2031-03-30"),
        ("|処分年月日|令和13年3月30日|\n", "2031-03-30"),
        ("|処分日|令和13年3月30日|\n|公表日|令和13年4月2日|\n", "2031-03-30"),
        ("|処分日|令和13年3月30日|\n|命令日|令和13年3月31日|\n", None),  # two labelled days
    ],
    ids=["day-row", "date-row", "day-row-and-other-date", "two-labelled-days"],
)
def test_the_one_labelled_day_dates_an_action_the_lead_leaves_undated(
    rows: str, iso: str | None
) -> None:
    (a,) = parser.parse(TABLE_PAGE.format(rows=rows)).actions
    assert (a.date.iso() if a.date else None) == iso


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("電子マネーを発行するアオバノペイ株式会社は、関東財務局から業務改善命令を受けた。", "アオバノペイ株式会社"),
        ("関東財務局は、本日、ヨツバノ商事株式会社に対し、業務改善命令を発出した。", "ヨツバノ商事株式会社"),
        ("関東財務局は、本日、株式会社ミナトノペイに対し、業務改善命令を発出した。", "株式会社ミナトノペイ"),
    ],
    ids=["katakana-no-after-a-verb", "katakana-no-then-kanji", "prefixed-form"],
)  # fmt: skip
def test_a_katakana_no_inside_a_name_is_no_particle(sentence: str, name: str) -> None:
    n = parser.parse(f"令和13年4月2日\n関東財務局\n\n{sentence}\n")
    assert [who for _, who, _ in _acts(n)] == [name]


@pytest.mark.parametrize(
    ("first", "later", "label"),
    [
        ("貸金業者「ちくしローン」", "株式会社ちくしローン", "株式会社ちくしローン"),
        ("貸金業者の「ちくしローン」", "ちくしローン株式会社", "ちくしローン株式会社"),
    ],
    ids=["prefixed-form-later", "suffixed-form-later"],
)
def test_a_name_quoted_without_its_form_is_the_company_written_with_it(
    first: str, later: str, label: str
) -> None:
    text = (
        "2031年4月3日\n福岡財務支局は3日、架空市の"
        + first
        + "(登録番号:福岡財務支局長(1)第00123号)"
        "に対し、貸金業法第24条の6の3第1項に基づく業務改善命令を出した。処分は同日付。\n"
        f"同支局によると、{later}の従業員は、返済を求める際に威迫していた。\n"
    )
    n = parser.parse(text)
    companies = [o.label for o in n.organizations if o.kind == "Company"]
    assert companies == [label]
    assert [who for _, who, _ in _acts(n)] == [label]


def test_a_short_name_defined_after_an_abbreviated_form_points_at_the_company() -> None:
    text = (
        "令和13年4月2日\n消費者庁\n\n消費者庁は、本日、ミドリ・ボーテ㈱(以下「ミドリ・ボーテ」という。)に対し、"
        "景品表示法第7条第1項の規定に基づき、措置命令を行った。\n"
    )
    (alias,) = parser.parse(text).aliases
    assert (alias.alias, alias.target) == ("ミドリ・ボーテ", "ミドリ・ボーテ(株)")


@pytest.mark.parametrize(
    ("cut", "article"),
    [
        ("(以下「労働者派遣法」という。)第\n４９条第１項の規定に基づき", "49"),
        ("(以下「労働者派遣法」という。)第\n四十九条第一項の規定に基づき", "49"),
        ("(以下「労働者派遣法」という。)第49\n条第1項の規定に基づき", "49"),
    ],
    ids=["cut-after-dai", "cut-after-dai-kanji", "cut-inside-number"],
)
def test_a_pdf_line_cut_inside_an_article_is_joined(cut: str, article: str) -> None:
    text = (
        "令和13年4月2日\n架空労働局\n\n架空労働局は、本日、株式会社びわこワークに対し、労働者派遣事業の"
        "適正な運営の確保及び派遣労働者の保護等に関する法律"
        + cut
        + "、労働者派遣事業改善命令を発出した。\n"
    )
    (a,) = parser.parse(text).actions
    assert a.legal_basis is not None and a.legal_basis.article == article
    assert a.date is not None and a.date.iso() == "2031-04-02"


@pytest.mark.parametrize(
    "verb",
    [
        "課徴金1億2345万円を国庫に納付するよう命じた",
        "課徴金を納付するよう命じた",
        "課徴金3456万円を納付するよう命じた",
    ],
)
def test_a_surcharge_told_with_its_amount_before_the_verb(verb: str) -> None:
    text = (
        "令和13年4月2日\n消費者庁\n\n消費者庁は、本日、株式会社あおば食品に対し、景品表示法第8条第1項の"
        f"規定に基づき、{verb}。\n"
    )
    acts = [
        (a.kind, a.legal_basis.article if a.legal_basis else None)
        for a in parser.parse(text).actions
    ]
    assert acts == [("SurchargeOrder", "8")]


NEWSPAPER = (
    "架空日報　{dateline}\n\nプリペイド発行のアオバノペイ、関東財務局から業務改善命令\n"
    "発行保証金の供託不足、1年以上放置\n\n"
    "　電子マネーを発行するアオバノペイ株式会社は、関東財務局から資金決済に関する法律第25条に"
    "基づく業務改善命令を受けた。{told}同社が8日、ホームページで公表した。\n"
)


@pytest.mark.parametrize(
    ("dateline", "told", "issued", "acted"),
    [
        ("2031年7月9日付　5面", "命令は7月8日付。", "2031-07-09", "2031-07-08"),
        ("2031年7月9日付 朝刊 5面", "処分は7月8日付。", "2031-07-09", "2031-07-08"),
        ("2031年7月9日付　5面", "", "2031-07-09", None),  # the paper's day is not the order's
    ],
    ids=["page-and-day-told", "morning-edition", "no-day-told"],
)
def test_a_newspapers_dateline_and_the_day_an_order_is_said_to_bear(
    dateline: str, told: str, issued: str, acted: str | None
) -> None:
    n = parser.parse(NEWSPAPER.format(dateline=dateline, told=told))
    assert n.issued is not None and n.issued.iso() == issued
    assert _acts(n) == [("BusinessImprovementOrder", "アオバノペイ株式会社", acted)]


@pytest.mark.parametrize(
    "asked",
    ["改善計画を11月4日までに出すよう同社に命じた", "改善計画を11月4日までに出すよう求めた"],
    ids=["ordered", "asked"],
)
def test_a_plan_a_news_item_says_to_hand_in_by_a_day(asked: str) -> None:
    text = (
        "2031年10月3日\n架空財務支局は3日、株式会社ちくしローンに対し、貸金業法第24条の6の3第1項に"
        f"基づく業務改善命令を出した。\n命令は、①法令遵守の徹底②再発防止策の策定――を求め、{asked}。\n"
    )
    (a,) = parser.parse(text).actions
    assert a.deadline is not None and a.deadline.iso() == "2031-11-04"


@pytest.mark.parametrize(
    ("label", "quote"),
    [("(業務改善命令の内容)", ""), ("(業務改善命令の内容)", "> "), ("【業務改善命令の内容】", "")],
    ids=["bracketed-label", "quoted-in-a-blog", "lenticular-label"],
)
def test_a_bracketed_content_label_over_bullets_gives_the_deadline(label: str, quote: str) -> None:
    lines = [
        "旅行業者に対する行政処分について", "令和13年10月21日", "観光庁", "",
        "観光庁は、本日、合同会社ハルカゼ旅行に対し、旅行業法第18条の3第1項の規定による業務改善命令を"
        "発出した。", "", label, "・取引条件の説明及び書面の交付の徹底", "・社内の管理体制の再構築",
        "・上記の措置の実施状況を令和13年11月30日までに観光庁長官あて報告すること",
    ]  # fmt: skip
    n = parser.parse("\n".join(quote + line for line in lines) + "\n\n\u3000格安の旅行でした。\n")
    (a,) = n.actions
    assert a.deadline is not None and a.deadline.iso() == "2031-11-30"


@pytest.mark.parametrize(
    ("lead", "iso"),
    [
        ("架空財務局はきょう、", "2031-06-09"),
        ("架空財務局は先週6日、", "2031-06-06"),
        ("架空財務局は先週28日(水)付で、", "2031-05-28"),
        ("架空財務局は6日、", "2031-06-06"),
    ],
    ids=["kyou", "last-week", "last-week-month-before", "bare-day"],
)
def test_a_news_items_relative_days(lead: str, iso: str) -> None:
    text = f"2031年6月9日\n{lead}株式会社あおば信販に対し、貸金業法に基づく業務改善命令を出した。\n"
    assert _acts(parser.parse(text)) == [("BusinessImprovementOrder", "株式会社あおば信販", iso)]


@pytest.mark.parametrize(
    ("head", "iso"),
    [
        ("架空ジャーナル　2031年9月19日(金)　食品・卸売面\n\n", "2031-09-19"),
        ("(令和13年9月19日)株式会社あおば食品に対する勧告について\n\n", "2031-09-19"),
        (
            "あおば食品に勧告 架空委員会\n\n9月19日(金)17時05分 配信\n\n",
            "2031-09-19",
        ),  # the year from the footnote's full date below
    ],
    ids=["masthead-with-section", "title-prefixed-by-its-day", "yearless-stamp"],
)
def test_a_pages_own_day_in_its_masthead_title_or_stamp(head: str, iso: str) -> None:
    text = (
        head + "公正取引委員会は、本日、株式会社あおば食品に対し、下請法第7条第2項の規定に基づき"
        "勧告を行った。\n\n※この記事は2031年9月19日に放送されたニュースをもとにしています。\n"
    )
    n = parser.parse(text)
    assert n.issued is not None and n.issued.iso() == iso
    assert not (n.title_text or "").endswith("配信")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("包括信用購入あっせん業者の株式会社むさしのカード(さいたま市)とヒカリペイ株式会社に対し、"
         "業務改善命令を出した。", "株式会社むさしのカード"),
        ("架空市の貸金業者「株式会社ひのくにローン」に3か月間の業務の全部停止を命じた。",
         "株式会社ひのくにローン"),
    ],
    ids=["closed-by-its-place", "closed-by-quotes"],
)  # fmt: skip
def test_a_prefixed_name_with_no_inside_is_read_whole_when_it_is_closed(
    sentence: str, name: str
) -> None:
    n = parser.parse(f"2031年6月9日\n架空財務局は、本日、{sentence}\n")
    assert name in {o.label for o in n.organizations}


def test_a_bare_law_after_a_rule_is_the_notices_law_not_the_rule() -> None:
    text = (
        "令和13年10月6日\n架空運輸局\n\n貨物自動車運送事業者に対する行政処分等について\n\n"
        "当局は、貨物自動車運送事業法に基づき、以下のとおり行政処分を行った。\n"
        "|令和13年9月5日|株式会社みかわ運輸|車両停止30日車|点呼の未実施(輸送安全規則第7条)|法第33条|\n"
    )
    cites = {(c.statute, c.article) for c in parser.parse(text).citations}
    assert ("貨物自動車運送事業法", "33") in cites
    assert ("貨物自動車運送事業輸送安全規則", "33") not in cites


def test_a_pdf_line_cut_inside_an_articles_number() -> None:
    text = (
        "令和13年10月1日\n架空農政局\n\n架空農政局は、本日、株式会社あおば食品に対し、食品表示法第6条第1項"
        "の規定に基づき指示を行った。同社は食品表示基準第1\n8条第1項に違反していた。\n"
    )
    assert ("食品表示基準", "18") in {(c.statute, c.article) for c in parser.parse(text).citations}
