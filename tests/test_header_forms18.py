"""Titles, issuers and dates of news items and reprints read in session 12 (dates18): a
clipping's eight-digit head, a news site's list of other stories above the story, a
prefecture as a headline's closing credit or as a regional edition's tag, a site that
credits a prefecture beside its 公開日, a lead that opens with its day, a bookmark button,
and a reprint whose only date is the full one its lead gives. Every page is written for
this test (three papers or authorities for each form); the companies are fictional."""

from __future__ import annotations

import pytest

from shobun import parser
from shobun.parser.datelines import compact_stamp
from shobun.parser.headlines import headline_subject, not_title, stamped_government
from shobun.parser.layout import joins

# (page, title, issuer, ISO issue date) — None where the page gives none
ROWS = [
    (
        "20310402 あけぼの新聞 朝刊\n\n 金融庁はあけぼの生命に対し、業務改善命令を週内にも発動する"
        "方向で最終調整に入った。\n",
        None, "金融庁", "2031-04-02",
    ),
    (
        "20310402 みなと日報 夕刊 3面\n近畿財務局はあけぼの商事株式会社に業務改善命令を出す方針を固めた。\n",
        None, "近畿財務局", "2031-04-02",
    ),
    (
        "20310402 架空経済新聞 電子版\n観光庁はあけぼの観光株式会社に業務停止を命じる方向で調整している。\n",
        None, "観光庁", "2031-04-02",
    ),
    (
        "一覧- 架空局/あけぼの運送に事業停止処分(4月1日付) (04月02日)\n"
        "- 物流協会/会員が増加 (04月02日)\n2031年04月02日 15:13 / 経営\n"
        "中部運輸局は4月2日、あけぼの運送(架空市)に対して、事業停止7日間の行政処分を行った。\n",
        None, "中部運輸局", "2031-04-02",
    ),
    (
        "・あけぼの物産に改善命令 (4/2)\n・みなと商事に指示 (4/1)\n2031/04/03 09:00 配信\n"
        "東北運輸局は2日、あけぼの交通株式会社に事業停止処分を行った。\n",
        None, "東北運輸局", "2031-04-03",
    ),
    (
        "- あけぼの商事に措置命令 (04月01日)\n2031年4月2日 10:00\n"
        "九州経済産業局は2日、あけぼの物産株式会社に業務停止を命じた。\n",
        None, "九州経済産業局", "2031-04-02",
    ),
    (
        "産地偽装のあけぼの食品を行政指導 鳥取県\n\nお気に入りに登録\n\n"
        " あけぼの食品が産地を偽っていた問題で、県は3日、表示の是正を指示した。\n",
        "産地偽装のあけぼの食品を行政指導 鳥取県", "鳥取県", None,
    ),
    (
        "あけぼの運送に事業停止命令 岩手県\n\nお気に入り登録\n\n"
        " 県は2日、あけぼの運送株式会社に30日間の事業停止を命じた。\n",
        "あけぼの運送に事業停止命令 岩手県", "岩手県", None,
    ),
    (
        "あけぼの産業の許可取り消し 佐賀県\n\nこの記事を保存する\n\n"
        " 県は1日、あけぼの産業株式会社の許可を取り消した。\n",
        "あけぼの産業の許可取り消し 佐賀県", "佐賀県", None,
    ),
    (
        "不法投棄の産廃業者、許可を取り消し /鳥取\n2031/04/03\nニュース\n"
        "残土を捨てたとして、県は2日までに、あけぼの興業の許可を取り消した。\n",
        "不法投棄の産廃業者、許可を取り消し /鳥取", "鳥取県", "2031-04-03",
    ),
    (
        "無許可で営業、古物商を処分 /岩手\n2031/04/03\nニュース\n"
        "県は2日、あけぼの商会の営業を停止する処分を行った。\n",
        "無許可で営業、古物商を処分 /岩手", "岩手県", "2031-04-03",
    ),
    (
        "表示偽装の業者に指示 /佐賀\n2031/04/03\nニュース\n"
        "産地を偽ったとして、県があけぼの食品に表示の是正を指示した。\n",
        "表示偽装の業者に指示 /佐賀", "佐賀県", "2031-04-03",
    ),
    (
        "千葉県 公開日: 2031年04月02日\n産業廃棄物処理業者2社への許可取消処分\n"
        "令和13年4月2日、環境生活部廃棄物指導課は、あけぼの興業株式会社に対し、許可取消しの行政処分を行いました。\n",
        "産業廃棄物処理業者2社への許可取消処分", "千葉県", "2031-04-02",
    ),
    (
        "鳥取県 掲載日:2031年4月2日\n古物商への営業停止処分\n"
        "4月2日、くらしの安全課は、あけぼの商会に対し、営業停止の処分を行いました。\n",
        "古物商への営業停止処分", "鳥取県", "2031-04-02",
    ),
    (
        "横浜市 更新日 令和13年4月2日\n介護事業所の指定取消処分\n"
        "令和13年4月1日付けで、介護保険課は、あけぼのケア株式会社の指定を取り消しました。\n",
        "介護事業所の指定取消処分", "横浜市", "2031-04-02",
    ),
    (
        "金融庁 損害保険会社2社に対する行政処分を公表\n\n"
        "金融庁は令和13年4月2日、損害保険会社2社に対し、保険業法に基づく業務改善命令を発出した。\n",
        "金融庁 損害保険会社2社に対する行政処分を公表", "金融庁", "2031-04-02",
    ),
    (
        "近畿財務局 貸金業者に対する行政処分\n\n"
        "近畿財務局は2031年4月2日付で、あけぼの商事株式会社に対し、業務停止を命じた。\n",
        "近畿財務局 貸金業者に対する行政処分", "近畿財務局", "2031-04-02",
    ),
    (
        "観光庁 旅行業者に対する処分\n\n"
        "観光庁は平成30年4月2日、あけぼの観光株式会社に対し、業務停止命令を行った。\n",
        "観光庁 旅行業者に対する処分", "観光庁", "2018-04-02",
    ),
]  # fmt: skip
IDS = [
    "a-clippings-eight-digit-head-dates-it-and-is-no-title",
    "a-clippings-head-with-its-edition-and-page",
    "a-clippings-head-with-a-digital-edition",
    "a-news-lists-items-with-their-days-are-no-title",
    "a-list-with-slashed-days-is-no-title",
    "a-one-item-list-is-no-title",
    "a-prefecture-credited-after-a-headlines-action-over-a-bookmark-button",
    "a-prefecture-credited-after-an-order-over-a-short-bookmark-button",
    "a-prefecture-credited-after-a-revocation-over-a-save-button",
    "a-regional-editions-tag-names-the-prefecture-whose-ken-speaks-in-the-lead",
    "a-regional-editions-tag-and-ken-at-the-leads-head",
    "a-regional-editions-tag-and-ken-ga-in-the-lead",
    "a-site-credits-a-prefecture-beside-its-publishing-day-the-lead-opens-with-its-day",
    "a-site-credits-a-prefecture-beside-its-posting-day-the-lead-opens-with-a-month-and-day",
    "a-site-credits-a-city-beside-its-update-day-the-lead-opens-with-its-dated-order",
    "a-reprints-lead-gives-the-only-date-in-full-with-an-era",
    "a-reprints-lead-gives-the-only-date-in-full-with-a-western-year-and-tsuke",
    "a-reprints-lead-gives-the-only-date-in-full-in-heisei",
]


@pytest.mark.parametrize(("page", "title", "issuer", "issued"), ROWS, ids=IDS)
def test_news_and_reprint_heads(
    page: str, title: str | None, issuer: str | None, issued: str | None
) -> None:
    n = parser.parse(page)
    got = n.title_text.replace(" ", "") if n.title_text else None
    assert got == (title.replace(" ", "") if title else None)
    assert n.issued_by == issuer
    assert (n.issued.iso() if n.issued else None) == issued


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("20310402 あけぼの新聞 朝刊", "2031-04-02"),
        ("20310402 みなと日報 夕刊 3面", "2031-04-02"),
        ("19991231 架空タイムス", "1999-12-31"),
        ("20310402", None),  # eight digits alone: a number, no paper's head
        ("20310402 あけぼの物産に業務停止命令", None),  # a headline after a number
        ("20311332 あけぼの新聞 朝刊", None),  # no such month
    ],
    ids=["paper-and-edition", "paper-edition-and-page", "paper-alone", "digits-alone",
         "a-headline-is-no-paper", "no-such-month"],
)  # fmt: skip
def test_a_clippings_head(line: str, iso: str | None) -> None:
    found = compact_stamp(line)
    assert (found[0].iso() if found else None) == iso


@pytest.mark.parametrize(
    ("line", "listed"),
    [
        ("国土交通省/あけぼの郵便に使用停止処分(4月1日付) (04月02日)", True),
        ("・あけぼの物産に改善命令 (4/2)", True),
        ("あけぼの物産株式会社に対する命令について(令和13年4月2日付)", False),
        ("あけぼの物産に業務停止命令(3か月)", False),
    ],
    ids=["an-item-with-its-day", "an-item-with-a-slashed-day", "a-titles-own-dated-order",
         "a-titles-period"],
)  # fmt: skip
def test_a_news_lists_lines_are_no_title(line: str, listed: bool) -> None:
    assert not_title(line) is listed


@pytest.mark.parametrize(
    ("title", "text", "issuer"),
    [
        ("産地偽装のあけぼの食品を行政指導鳥取県", "", "鳥取県"),
        ("あけぼの運送に事業停止命令岩手県", "", "岩手県"),
        ("あけぼの産業の許可取り消し佐賀県", "", "佐賀県"),
        ("鳥取県の観光地を巡る旅鳥取県", "", None),  # no action before it: no credit
        ("不法投棄の産廃業者、許可を取り消し/鳥取", "として、県は2日までに、", "鳥取県"),
        ("不法投棄の産廃業者、許可を取り消し/鳥取", "あけぼの市は2日、", None),
        ("不法投棄の産廃業者、許可を取り消し/架空", "県は2日、", None),
    ],
    ids=["credit-after-guidance", "credit-after-an-order", "credit-after-a-revocation",
         "a-place-after-no-action", "an-editions-tag-and-ken-in-the-lead",
         "an-editions-tag-and-a-city-in-the-lead", "a-tag-that-is-no-prefecture"],
)  # fmt: skip
def test_a_headlines_prefecture(title: str, text: str, issuer: str | None) -> None:
    assert headline_subject(title, text) == issuer


@pytest.mark.parametrize(
    ("line", "government"),
    [
        ("千葉県 公開日: 2031年04月02日", "千葉県"),
        ("鳥取県 掲載日:2031年4月2日", "鳥取県"),
        ("青葉市 更新日 令和13年4月2日", "青葉市"),
        ("千葉県の公開日は2031年4月2日", None),
        ("公開日: 2031年04月02日", None),
    ],
    ids=["prefecture-publishing-day", "prefecture-posting-day", "city-update-day",
         "a-sentence-about-the-day", "no-government"],
)  # fmt: skip
def test_a_government_credited_beside_a_day(line: str, government: str | None) -> None:
    assert stamped_government(line) == government


@pytest.mark.parametrize(
    ("prev", "nxt", "joined"),
    [
        ("産業廃棄物処理業者2社への許可取消処分", "令和13年4月2日、廃棄物指導課は、あけぼの興業に対し", False),
        ("古物商への営業停止処分", "4月2日、くらしの安全課は、あけぼの商会に対し", False),
        ("あけぼの物産に対する業務停止命令", "2031年4月2日付で、消費者庁が命じた", False),
        ("あけぼの物産株式会社の代表者が、許可なく営業を行ったとして処分", "を受けた", True),
    ],
    ids=["a-lead-opening-with-an-era-day", "a-lead-opening-with-a-month-and-day",
         "a-lead-opening-with-a-dated-order", "a-particle-goes-on"],
)  # fmt: skip
def test_a_headline_then_a_lead_that_opens_with_its_day(prev: str, nxt: str, joined: bool) -> None:
    got = joins(prev, nxt, bold_open=False, heading=False, indented=False, blank=False)
    assert got is joined


# (a news sentence, the (kind, addressee, ISO day) of every action)
ACTION_ROWS = [
    ("あけぼの運送に行政処分\n2031年4月3日 10:00\n"
     "あけぼの運送株式会社(本社・架空市)は2日付で、事業許可を取り消された。関東運輸局が発表した。\n",
     {("RegistrationRevocation", "あけぼの運送株式会社", "2031-04-02")}),
    ("あけぼの産業を処分\n2031年4月3日 10:00\n"
     "あけぼの産業株式会社は、1日付けで県から産業廃棄物処理業の許可を取り消された。\n",
     {("RegistrationRevocation", "あけぼの産業株式会社", "2031-04-01")}),
    ("あけぼのケアを処分\n2031年4月3日 10:00\n"
     "あけぼのケア株式会社は、3月31日付けで市から事業所の指定を取り消されました。\n",
     {("RegistrationRevocation", "あけぼのケア株式会社", "2031-03-31")}),
    ("あけぼの運送に行政処分\n2031年4月2日 10:00\n"
     "中部運輸局は4月2日、あけぼの運送株式会社に対して、事業停止7日間、車両使用停止処分120日車、"
     "文書警告の行政処分を行った。\n",
     {("BusinessSuspensionOrder", "あけぼの運送株式会社", "2031-04-02"),
      ("Order", "あけぼの運送株式会社", "2031-04-02"),
      ("Warning", "あけぼの運送株式会社", "2031-04-02")}),
    ("みなと交通に行政処分\n2031年4月2日 10:00\n"
     "東北運輸局は1日、みなと交通株式会社に対して、事業停止5日間、輸送施設の使用停止処分60日車及び"
     "文書警告の処分を行った。\n",
     {("BusinessSuspensionOrder", "みなと交通株式会社", "2031-04-01"),
      ("Order", "みなと交通株式会社", "2031-04-01"),
      ("Warning", "みなと交通株式会社", "2031-04-01")}),
    ("あおば観光に行政処分\n2031年4月2日 10:00\n"
     "九州運輸局は1日、あおば観光株式会社に対し、車両使用停止処分40日車、文書警告の処分を行った。\n",
     {("Order", "あおば観光株式会社", "2031-04-01"),
      ("Warning", "あおば観光株式会社", "2031-04-01")}),
]  # fmt: skip
ACTION_ROWS += [
    ("あけぼの物産に業務改善命令\n2031年6月2日 11:00\n"
     "近畿財務局は先月30日、あけぼの物産株式会社に対し業務改善命令を出した。\n",
     {("BusinessImprovementOrder", "あけぼの物産株式会社", "2031-05-30")}),
    ("あけぼの商事に措置命令\n2031/05/03 09:00\n"
     "消費者庁は、今月1日、あけぼの商事株式会社に対し措置命令を行った。"
     "同庁は先月28日、同社に資料の提出を求めていた。\n",
     {("MeasuresOrder", "あけぼの商事株式会社", "2031-05-01"),
      ("ReportRequest", "あけぼの商事株式会社", "2031-04-28")}),
    ("みなと観光に業務停止命令\n2031年1月12日 18:00\n"
     "観光庁は先月26日、みなと観光株式会社に対し業務停止命令を行った。\n",
     {("BusinessSuspensionOrder", "みなと観光株式会社", "2030-12-26")}),
]  # fmt: skip
ACTION_IDS = [
    "a-permit-revoked-in-the-passive-its-subject-the-holder",
    "a-permit-revoked-in-the-passive-by-the-prefecture",
    "a-designation-revoked-in-the-passive-polite",
    "a-suspension-a-vehicle-order-with-its-shobun-and-a-warning-listed",
    "a-suspension-a-facility-order-with-its-shobun-and-a-warning-joined-by-oyobi",
    "a-vehicle-order-with-its-shobun-then-a-warning",
    "last-month-in-a-news-lead",
    "this-month-and-last-month-in-one-item",
    "last-month-across-the-new-year",
]


@pytest.mark.parametrize(("text", "expected"), ACTION_ROWS, ids=ACTION_IDS)
def test_actions_told_in_the_passive_or_listed_with_their_measures(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    n = parser.parse(text)
    got = {(a.kind, a.addressee, a.date.iso() if a.date else None) for a in n.actions}
    assert got == expected
