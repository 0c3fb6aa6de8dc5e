"""Header forms of real web pages, one row each (fictional names): the lines a press page
or a reproducing site prints around a notice's title that are no part of it, a title
given only as the breadcrumb's last item, and the dates such pages carry."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shobun import parser
from shobun.parser.datelines import title_then_date
from shobun.parser.extract import orgs
from shobun.parser.header import read_header
from shobun.parser.headlines import breadcrumb_title, not_title
from shobun.parser.normalize import normalize

BODY = "\n\n　同局は、本日、株式会社あけぼの物産に対し、指示を行いました。\n"

# (page head, title, ISO issue date)
ROWS = [
    (
        "トップページ > くらし > 報道発表資料 > 訪問販売業者に対する業務停止命令について\n"
        "ページ番号:1234\n発表日:2031年4月2日14時\nここから本文です。\n部局名:県民生活部\n"
        "担当者名:山川\n内線電話番号:1234\n直通電話番号:099-123-XXXX\nEmail:a@example.jp",
        "訪問販売業者に対する業務停止命令について", "2031-04-02",
    ),
    (
        "報道資料\n令和13年4月2日\n株式会社あけぼの物産に対する電気通信事業法に基づく指導",
        "株式会社あけぼの物産に対する電気通信事業法に基づく指導", "2031-04-02",
    ),
    (
        "【報道発表】株式会社あけぼの物産に対する指示について\n令和13年4月2日",
        "株式会社あけぼの物産に対する指示について", "2031-04-02",
    ),
    (
        "【水産】外国産アサリを「県産」と表示　水産会社に農政局が指示 [04/02]\n"
        "1 ：名無し ★：2031/04/02(水) 16:11:35 ID:abc",
        "【水産】外国産アサリを「県産」と表示水産会社に農政局が指示[04/02]", "2031-04-02",
    ),
    (
        "【水産】外国産アサリを「県産」と表示　農政局が指示 [04/02]\n"
        "1 ：名無し ★：31/04/02 16:11:35 0",
        "【水産】外国産アサリを「県産」と表示農政局が指示[04/02]", "2031-04-02",
    ),
    (
        "愛知労働局 報道発表資料です。\n\n厚生労働省愛知労働局\nPress Release\n令和13年4月2日(水)\n"
        "【照会先】\n報道関係者 各位\n愛知労働局需給調整事業部\n課長補佐\n山田 一郎\n"
        "副主任需給調整指導官\n川田 二郎\n(電 話)03-1234-5678\n"
        "事業停止命令に違反した事業主をさらに2か月間の事業停止処分\n"
        "愛知労働局(局長 山田一郎)は、事業主に対し、再度、事業停止命令を行った。",
        "事業停止命令に違反した事業主をさらに2か月間の事業停止処分", "2031-04-02",
    ),
    (
        "特 定 商 取 引 法 違 反 の 業 者 に 対 す る 指 示 に つ い て 令 和 13 年 4 月 2 日 近 畿 経 済 産 業 局 近 畿 経 済 産 業 局 は あ\n\n"
        "Similar documents\n関係のない文書の一節\n\nTranscription\n"
        "1 特 定 商 取 引 法 違 反 の 業 者 に 対 す る 指 示 に つ い て\n令 和 13 年 4 月 2 日\n"
        "近 畿 経 済 産 業 局\n近 畿 経 済 産 業 局 は 、 本 日 、 指 示 を 行 い ま し た 。",
        "特定商取引法違反の業者に対する指示について", "2031-04-02",
    ),
    (
        "建設業コラム\n\n無許可営業で指示処分 ― 整備局の監督処分事例から\n\n"
        "行政書士　川田 花子（許可申請担当）\n2031.04.02\n\n本文の段落です。\n\n段落二です。"
        "\n\n段落三です。\n\n段落四です。\n\n段落五です。\n\n段落六です。\n\n段落七です。",
        "無許可営業で指示処分―整備局の監督処分事例から", "2031-04-02",
    ),
    (
        "はてなブックマーク　＞　user　＞　通信\n\n"
        "架空局、通信2社に行政指導　「通信の秘密」侵害で - 架空ニュース\n"
        "news.example.jp　　2031/04/02　　12 users",
        "架空局、通信2社に行政指導「通信の秘密」侵害で-架空ニュース", "2031-04-02",
    ),
    (
        "架空局/あけぼの物産に業務改善命令/調査に不備\n\n  • 定期購読する\n  • デジタル版で読む\n\n"
        "2031年4月2日 12:00 配信",
        "架空局/あけぼの物産に業務改善命令/調査に不備", "2031-04-02",
    ),
    (
        "定期購読する\n業界データ購入\nデジタル版で読む\n2031年4月2日 12:00 配信\n〈架空省の地方局〉 "
        "あけぼの物産に業務改善命令/調査不足を見逃す\n 架空の2社に、架空省の地方局が業務改善を命じた。",
        "〈架空省の地方局〉あけぼの物産に業務改善命令/調査不足を見逃す", "2031-04-02",
    ),
    (
        "2031年4月2日\n架空労働局発表\n上限を超える手数料を受け取っていた事業者を行政処分\n"
        "~有料職業紹介事業者に対する事業停止命令について~\n架空労働局(局長:山川\n一郎)は、",
        "上限を超える手数料を受け取っていた事業者を行政処分",
        "2031-04-02",
    ),
    (
        "最近の景表法関連ニュース\n架空庁は1日、株式会社あけぼの物産の表示について、同社に対し...\n"
        "2031-04-02",
        "最近の景表法関連ニュース", "2031-04-02",
    ),
    (
        "点検せずに路線バスを運行していたあけぼの交通架空営業所に30日間の使用停止処分\n"
        "架空朝日放送\n2031年4月2日",
        "点検せずに路線バスを運行していたあけぼの交通架空営業所に30日間の使用停止処分",
        "2031-04-02",
    ),
    (
        "2031年04月02日( 水 )\n\n架空県の貸切バス事業者、30日間の事業停止処分~架空運輸局\n\n"
        "記事を保存する\n\n保存した記事はマイページからいつでも閲覧いただけます。\n\n印刷\n"
        "お問い合わせ\n\n 架空運輸局は2月4日、架空県の事業者に対し、事業停止処分を行った。\n\n"
        "同社は累積点数が基準を超えた。\n\n【山田 一郎】\n\n関連キーワード\n\n関連記事",
        "架空県の貸切バス事業者、30日間の事業停止処分~架空運輸局", "2031-04-02",
    ),
    (
        "•検索結果がありません。\n\nシェア \"報道資料 令和 13 年 4 月 2 日薬務課…\"\n\nCopied!\n8\n"
        "読み込み中.... (全文を見る)\n\n全文\n\n(1)\n\n令和13年 4月2日\n\n薬務課監視係\n\n担当\n\n"
        "山川、川田\n\n内線 3170\n\nあけぼの製薬株式会社に係る改善命令について\n\n"
        "令和13年3月に同社の工場に立入調査を実施した結果、違反が判明しました。",
        "あけぼの製薬株式会社に係る改善命令について", "2031-04-02",
    ),
    (
        "架空県報\n第1234号\n令和13年4月2日(火曜日)\n目次\n告示\n"
        "○宅地建物取引業者に対する業務停止処分について(建築指導課)……………1\n"
        "○土地改良区の役員の就任の届出について(耕地課)……………………2\n告示\n架空県告示第61号",
        "宅地建物取引業者に対する業務停止処分について", "2031-04-02",
    ),
    (
        "架空事務所　＞　コラム　＞　行政処分事例\n\n"
        "行政処分事例から学ぶ教訓②｜無登録で助言をした「ミナミノート」への警告\n"
        "公開日：2031年4月2日",
        "行政処分事例から学ぶ教訓②|無登録で助言をした「ミナミノート」への警告", "2031-04-02",
    ),
    (
        "あけぼの物産に業務停止命令 | 架空住まいニュース\n2031年4月2日",
        "あけぼの物産に業務停止命令", "2031-04-02",
    ),
    (
        "架空取説ニュース　｜　行政・業界ニュース\n\n業界ニュースまとめ　2031年4月上旬\n"
        "投稿日：2031年4月2日\n\n◆4月1日 電話勧誘販売業者【あけぼの物産(株)】に対する行政処分について\n"
        "http://example.jp/release.pdf",
        "業界ニュースまとめ 2031年4月上旬", "2031-04-02",
    ),
    (
        "# 架空行政ニュース\n\n## 架空局、あけぼの信販に業務改善命令　調査を怠る\n\n"
        "投稿日：2031年4月2日　｜　カテゴリ：割賦販売法\n\n---\n\n"
        "> 割賦販売法に基づく個別信用購入あっせん業者に対する行政処分を行いました\n>\n> 2031年4月2日\n",
        "割賦販売法に基づく個別信用購入あっせん業者に対する行政処分を行いました", "2031-04-02",
    ),
    (
        "あけぼの物産に業務停止命令　消費者庁\n2031年04月02日 AM09:30\n\n特定商取引法で初",
        "あけぼの物産に業務停止命令 消費者庁", "2031-04-02",
    ),
    (
        "トップ > 情報発信 > 市場への便り\n\n市場への便り（令和13年4月2日）\n"
        "～当会では、活動の状況を簡潔にまとめて「市場への便り」として配信しています～",
        "市場への便り(令和13年4月2日)", "2031-04-02",
    ),
    (
        "あけぼの不祥事クリップ\n関連する記事を見つけた方は、登録してください。\n\n"
        "◇名義貸しで　あけぼの住建を営業停止へ　関東地方整備局\n\n"
        "　関東地方整備局は、あけぼの住建に営業停止処分を科す方針を固めた。\n"
        "【2031年4月2日　あけぼの新報】",
        "名義貸しで あけぼの住建を営業停止へ 関東地方整備局", "2031-04-02",
    ),
    (
        "あけぼの協会メールマガジン(第12号) 令和13年4月2日\n\n◆あけぼの物産に対する指示について◆",
        "あけぼの物産に対する指示について", "2031-04-02",
    ),
    (
        "●あけぼの物産に業務停止命令　消費者庁/2031.04.02 【あけぼの新聞】",
        "あけぼの物産に業務停止命令 消費者庁", "2031-04-02",
    ),
    (
        "要請に応じない店舗に使用停止命令 架空県が通知\n\nこの記事をシェア\n\n  • LINE\n"
        "架空2031.04.02 08:32",
        "要請に応じない店舗に使用停止命令 架空県が通知", "2031-04-02",
    ),
    (
        "記事登録\n2031年04月02日(水) 08時26分\n\n"
        "あけぼの物産に改善命令 改正法で初の適用 架空庁 架空ビジネス",
        "あけぼの物産に改善命令 改正法で初の適用 架空庁 架空ビジネス", "2031-04-02",
    ),
    (
        "特 定 商 取 引 法 違 反 の 業 者 に 対 す る 業 務 停 止 命 令 ( 3 か 月 ) に つ い て "
        "令 和 13 年 4 月 2 日 近 畿 経 済 産 業 局 近 畿 経 済 産 業 局 は 販 売 業 者 で あ る 株 式 会 社 あ",
        "特定商取引法違反の業者に対する業務停止命令(3か月)について", "2031-04-02",
    ),
]  # fmt: skip
IDS = [
    "a-title-given-only-as-the-breadcrumbs-last-item-below-header-fields",
    "a-release-label-over-the-date-is-no-title",
    "a-release-label-in-brackets-is-taken-off-the-title",
    "a-category-tag-in-brackets-stays-with-a-thread-title",
    "a-thread-posts-stamp-with-a-two-digit-year-dates-it",
    "a-press-releases-contact-posts-are-no-title-the-lead-no-part-of-it",
    "a-doc-share-pages-run-on-summary-is-no-title-its-page-one-title-is",
    "a-columns-byline-is-no-part-of-its-headline",
    "a-bookmarks-site-line-dates-the-entry-and-is-no-part-of-its-title",
    "a-trade-papers-menu-items-under-its-headline-are-no-part-of-it",
    "a-trade-papers-menu-above-its-headline-and-a-one-space-indented-lead-are-no-part-of-it",
    "a-fenced-subtitle-closes-the-title-the-lead-cut-below-is-no-part-of-it",
    "a-news-lists-cut-off-snippet-is-no-title-its-iso-date-dates-it",
    "a-news-providers-name-under-a-headline-is-no-part-of-it",
    "a-sites-button-under-a-headline-with-its-source-is-no-part-of-it",
    "a-doc-share-pdfs-title-under-its-date-and-office-past-a-page-number",
    "a-gazettes-contents-entry-without-its-office-and-page-is-the-title",
    "a-series-entrys-circled-number-and-subtitle-after-a-bar-stay-in-the-title",
    "a-sites-name-after-a-bar-is-no-part-of-the-title",
    "a-blog-entrys-title-over-its-posting-date-beats-its-items-headlines",
    "a-reprints-quoted-release-title-over-its-day-beats-the-reprints-headline",
    "a-news-sites-date-line-with-an-am-time-ends-the-headline-and-dates-it",
    "a-series-issue-titled-with-its-day-under-the-trail-its-wave-strap-no-title",
    "a-clips-headline-naming-the-suspension-below-the-sites-name-its-paper-dates-it",
    "a-newsletters-issue-line-ends-in-its-date-a-diamond-pair-is-no-part-of-the-title",
    "a-posts-headline-then-a-slash-its-date-and-its-paper",
    "a-news-pages-share-button-under-its-headline-is-no-part-of-it",
    "a-news-headline-in-spaced-phrases-that-names-an-action-is-no-menu",
    "a-doc-share-pages-run-on-first-line-dates-the-title-by-the-day-after-it",
]


@pytest.mark.parametrize(("head", "title", "issued"), ROWS, ids=IDS)
def test_header_forms(head: str, title: str, issued: str) -> None:
    norm = normalize(head + BODY)
    found = read_header(norm, orgs.authorities(norm))
    got = (found.title_text.replace(" ", "") if found.title_text else None, found.issued)
    assert (got[0], got[1].iso() if got[1] else None) == (title.replace(" ", ""), issued)


@pytest.mark.parametrize(
    ("line", "no_title"),
    [
        ("報道資料", True),
        ("記者発表資料", True),
        ("直通電話番号:03-1234-5678", True),
        ("部局名:県民生活部", True),
        ("副主任需給調整指導官", True),
        ("example.jp 2031/04/02 3 users", True),
        ("行政書士山田太郎(許可担当)", True),
        ("消費者庁は1日、株式会社あけぼの物産に対し...", True),
        (":::引用:::", True),
        ("【転載】", True),
        ("以下引用", True),
        ("引用元の記事に対する指導について", False),
        ("株式会社あけぼの物産に対する指示について", False),
        ("行政書士法人あけぼの事務所に対する懲戒処分について", False),
    ],
    ids=lambda v: str(v)[:12],
)
def test_lines_that_are_no_title(line: str, no_title: bool) -> None:
    assert not_title(line) is no_title


@pytest.mark.parametrize(
    ("source", "crumb"),
    [
        (
            "ホーム > 報道発表 > 〇〇業者に対する指示について\n本文。",
            "〇〇業者に対する指示について",
        ),
        ("トップ ＞ くらし ＞ 業者に対する　命令について\n", "業者に対する命令について"),
        ("見出しだけの行\n本文です。", None),
    ],
    ids=["ascii-separators", "full-width-separators-and-a-space", "no-trail"],
)
def test_breadcrumb_title(source: str, crumb: str | None) -> None:
    assert breadcrumb_title(source) == crumb


def test_a_law_named_only_in_a_news_lists_heading_is_no_statute_of_the_notice() -> None:
    n = parser.parse(
        "最近の独禁法・景表法関連ニュース\n2031-04-02\n"
        "架空庁は1日、株式会社あけぼの物産に対し、景品表示法第7条第1項の規定に基づく措置命令を行った。\n"
    )
    assert [s.label for s in n.statutes] == ["不当景品類及び不当表示防止法"]


def test_a_branch_office_written_after_its_bureau_is_the_issuer() -> None:
    n = parser.parse(
        "点検せずに運行した架空交通に使用停止処分\n架空放送\n"
        "車検切れの車両を運行していたとして、東北運輸局架空運輸支局は、架空交通株式会社に対し、"
        "車両1台の使用停止を命じました。\n"
    )
    assert n.issued_by == "架空運輸支局"


LETTER = (
    "別添の写しは省略しています。\n別添1\n架空表対第12号\n令和13年4月2日\n株式会社あけぼの物産\n"
    "代表取締役 山川 一郎 殿\n{signer}\n(公印省略)\n"
    "不当景品類及び不当表示防止法第7条第1項の規定に基づく措置命令\n"
    "貴社は、不当な表示を行っていたので、同法第7条第1項の規定に基づき、次のとおり命令する。\n"
)


@pytest.mark.parametrize(
    ("signer", "issuer"),
    [("消費者庁長官", "消費者庁"), ("経済産業大臣", "経済産業省"), ("架空町長", None)],
    ids=["agency-head", "minister", "unknown-signer-names-no-issuer"],
)
def test_an_order_written_as_a_letter_has_its_signers_body_day_and_title(
    signer: str, issuer: str | None
) -> None:
    n = parser.parse(LETTER.format(signer=signer))
    title = "不当景品類及び不当表示防止法第7条第1項の規定に基づく措置命令"
    assert (n.issued_by, n.title_text) == (issuer, title if issuer else None)
    assert n.issued is not None and n.issued.iso() == "2031-04-02"
    assert "株式会社あけぼの物産" in {o.label for o in n.organizations}  # above the title


BANNERED = (
    "トップページ > 報道発表 > 医薬品等の製造業者に対する行政処分について\n\n更新日:2031年4月2日\n\n"
    "ここから本文です。\n\n架空県 News Release MAKE KAKUU STYLE\n\n"
    "医薬品等の製造業者に対する行政処分について\n\n発表日 2031年4月2日(水曜日)\n\n"
    "県は本日付で、県内企業に対して、業務の停止を命じました。\n\n1.処分対象業者\n\n業者名\n\n"
    "株式会社あけぼの堂(代表取締役社長 山川一郎)\n\n所在地\n\n架空市中町1番1号\n"
)


def test_a_prefectures_english_banner_names_the_issuer_and_runs_into_no_title() -> None:
    n = parser.parse(BANNERED.replace("架空県", "富山県"))
    assert (n.title_text, n.issued_by) == ("医薬品等の製造業者に対する行政処分について", "富山県")


def test_a_news_items_body_that_acted_lately_is_the_issuer() -> None:
    n = parser.parse(
        "鳥取県、運送会社に許可取消処分\n2031年4月2日\n"
        "鳥取県はこのほど、株式会社あけぼの運送に対し、許可を取り消す行政処分を行った。\n"
    )
    assert n.issued_by == "鳥取県"


def test_a_ministry_named_for_its_regional_bureaux_is_no_organisation() -> None:
    n = parser.parse(
        "個品割賦2社に業務改善命令\n 信販2社に、経済産業省の地方局が相次いで業務改善を命じた。\n"
        " 東北経済産業局は9月1日付で、あおば信販(本社宮城県、山川一郎社長)に命じた。\n"
    )
    assert "経済産業省" not in {o.label for o in n.organizations}
    assert n.issued_by != "経済産業省"


@given(
    st.text(
        alphabet=st.sampled_from("ホーム >＞›»報道資料\n 　について命令ab.jp0123/"), max_size=80
    )
)
def test_header_line_checks_take_any_text(source: str) -> None:
    crumb = breadcrumb_title(source)
    assert crumb is None or (crumb and not any(c.isspace() for c in crumb))
    assert all(isinstance(not_title(line), bool) for line in source.split("\n"))


@pytest.mark.parametrize(
    ("title", "issuer"),
    [
        ("鳥取県、運送会社「あけぼの運送」に許可取消処分", "鳥取県"),
        ("東京都、大阪府の事業者が合同で説明会", None),
        ("産廃処理:県、「あけぼの金属」の許可取り消し /鳥取", "鳥取県"),
        ("産廃処理:県、「あけぼの金属」の許可取り消し /架空", None),
        ("要請に応じない店舗に使用停止命令 鳥取県が通知", "鳥取県"),
    ],
    ids=[
        "a-prefecture-opening-a-headline-on-a-sanction",
        "a-list-of-places-is-no-subject",
        "ken-alone-in-a-regional-editions-headline",
        "a-tag-that-is-no-prefecture",
        "a-prefecture-closing-a-headline-as-its-verbs-subject",
    ],
)
def test_a_headlines_prefecture_is_the_issuer_where_no_lead_names_one(
    title: str, issuer: str | None
) -> None:
    n = parser.parse(f"{title}\n2031年4月2日\n同社は許可を取り消された。\n")
    assert n.issued_by == issuer


@pytest.mark.parametrize(
    ("line", "split"),
    [
        ("あけぼの協会メールマガジン(第12号) 令和13年4月2日", ("あけぼの協会メールマガジン(第12号)", "令和13年4月2日")),
        ("あけぼの物産に業務停止命令/2031.04.02 【あけぼの新聞】", ("あけぼの物産に業務停止命令", "2031.04.02")),
        ("業務停止命令の処分日 2031年4月2日", None),
        ("あけぼの物産に対する令和13年4月2日付けの命令について", None),
        ("令和13年4月2日", None),
    ],
    ids=["issue-line-then-date", "headline-slash-date-paper", "a-fields-label-is-no-title",
         "a-date-inside-a-title", "a-date-alone"],
)  # fmt: skip
def test_title_then_date(line: str, split: tuple[str, str] | None) -> None:
    found = title_then_date(normalize(line).text)
    text = normalize(line).text
    got = (found[0], text[slice(*found[1])]) if found else None
    assert got == (tuple(normalize(x).text for x in split) if split else None)
