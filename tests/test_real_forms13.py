"""Action forms found on real pages in session 7 (press pages of prefectures and
labour bureaux, and blogs that reproduce them), one row per form: a title that stands
only in the breadcrumb trail, a term quoted with its day in brackets, an order 発令された,
a label line whose term runs on from the business it is for.

Every notice here is written for this test (fictional companies and people)."""

from __future__ import annotations

import pytest

from shobun import parser


def _facts(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    n = parser.parse(text)
    out = []
    for a in n.actions:
        c = a.legal_basis
        basis = f"{c.article}/{c.paragraph}" if c and c.article else None
        out.append((a.kind, a.addressee, basis, a.date.iso() if a.date else None))
    return sorted(out, key=str)


ROWS = [
    (  # the title only as the breadcrumb's last item; the body says only 行政処分を行いました
        "トップページ > 県政ニュース > 2024年6月 > 訪問販売業者に対する業務停止命令(3か月)・"
        "指示、役員に対する業務禁止命令(3か月)について\nページ番号:204511\n"
        "発表日:2024年6月12日14時\n担当名:事業者指導担当\n"
        "みどり県は、本日、住宅リフォームの役務提供を行う生活協同組合あおばの会に対し、"
        "特定商取引法に基づく行政処分を行い、併せて同組合代表理事に対しても、行政処分を"
        "行いました。\n商号 生活協同組合あおばの会\n",
        [
            ("BusinessSuspensionOrder", "生活協同組合あおばの会", None, "2024-06-12"),
            ("Order", "生活協同組合あおばの会", None, "2024-06-12"),
        ],
    ),
    (  # a quoted term dated in its own brackets, 発令しました; the label line below
        "くらしの労務ブログ\n\n旧特定派遣事業主に対し「労働者派遣事業改善命令(北陸労働局)」\n\n"
        "北陸労働局は、下記の派遣元事業主に対し、労働者派遣法に基づき、「労働者派遣事業"
        "改善命令(2023年4月7日付)」を発令しました。\n1.【被処分派遣元事業主】\n"
        " ●有限会社ふたば技研\n2.【処分内容】\n"
        " ●労働者派遣事業改善命令(労働者派遣法第49条第1項)\n",
        [("BusinessImprovementOrder", "有限会社ふたば技研", "49/1", "2023-04-07")],
    ),
    (  # an order 発令された in a news item's words
        "2024年2月9日\nこがね運輸株式会社に業務改善命令\n\n"
        "2024年2月8日、こがね運輸株式会社に対し、中国運輸局から貨物自動車運送事業法第"
        "26条第1項に基づく業務改善命令が発令された。\n",
        [("BusinessImprovementOrder", "こがね運輸株式会社", "26/1", "2024-02-08")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    ROWS,
    ids=[
        "title-only-in-the-breadcrumb-body-says-it-acted",
        "quoted-term-dated-in-its-brackets-and-label-line",
        "order-hatsurei-sareta-in-news",
    ],
)
def test_action_forms(
    text: str, expected: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    assert _facts(text) == sorted(expected, key=str)


@pytest.mark.parametrize(
    "aside",
    ["(令和5年4月1日から令和5年6月30日まで)", "(令和5年4月1日)"],
    ids=["a-period-dates-nothing", "a-bare-day-is-no-dated-by"],
)
def test_a_parenthetical_without_tsuke_dates_no_action(aside: str) -> None:
    text = (
        "ふたば技研の件\n\n北陸労働局は、下記の派遣元事業主に対し、「労働者派遣事業改善命令"
        f"{aside}」を発令しました。\n1.【被処分派遣元事業主】\n ●有限会社ふたば技研\n"
    )
    assert [d for *_, d in _facts(text)] == [None]


MORE_ROWS = [
    (  # a bookmark's excerpt quotes the release's title with its date; 以下のように指示
        "ことりのブックマーク > 2016年3月9日\n\n精米の産地を偽って表示した業者に対する指示について\n"
        "www.example.jp/press/2016/03/...\n"
        "  精米の産地を偽って表示した業者に対する指示について 平成28年3月8日 農政部 県は、"
        "調査の結果、本日、食品表示法第6条第1項の規定に基づき、以下のように指示を行い"
        "ました。 1 違反事業者 株式会社ことり米穀(みどり市) 違反内容 …\n"
        "  3 users 2016/03/09 08:52\n",
        [("Order", "株式会社ことり米穀", "6/1", "2016-03-08")],
    ),
    (  # a suspension told by its period, what it stops named without 業務
        "平成27年6月3日\n東北経済産業局\n\n電話勧誘販売業者に対する業務停止命令について\n\n"
        "東北経済産業局は、株式会社やまびこ商事に対し、本日、特定商取引法第23条第1項の"
        "規定に基づき、電話勧誘販売のうち新たな勧誘及び契約の締結を、平成27年6月4日から"
        "同年9月3日までの3か月間停止するよう命じました。\n",
        [("BusinessSuspensionOrder", "株式会社やまびこ商事", "23/1", "2015-06-03")],
    ),
    (  # a trade paper: the lead counts the orders, later sentences give each its day
        "〈地方局〉 2社に業務改善命令\n 割賦販売業者2社に、地方局が相次いで業務改善を命じた。\n"
        " 四国経済産業局は3月4日付で、しまなみクレジット株式会社(本社愛媛県)に命じた。"
        "中国経済産業局は3月6日付で、せとうち信販株式会社(本社広島県)に命じている。\n"
        "掲載内容は発行時点の情報です。\n(2021年3月18日号)\n",
        [
            ("BusinessImprovementOrder", "しまなみクレジット株式会社", None, "2021-03-04"),
            ("BusinessImprovementOrder", "せとうち信販株式会社", None, "2021-03-06"),
        ],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    MORE_ROWS,
    ids=[
        "bookmark-excerpt-title-then-its-date-and-youni-shiji",
        "suspension-told-by-its-period",
        "trade-paper-issue-stamp-and-each-addressees-day",
    ],
)
def test_more_action_forms(
    text: str, expected: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    assert _facts(text) == sorted(expected, key=str)


def test_a_report_on_how_the_guidance_goes_is_part_of_it() -> None:
    n = parser.parse(
        "2023年5月2日\n\n総務省は1日、通信障害を起こした株式会社あさぎり通信に行政指導を"
        "行った。再発防止策の徹底を要請し、6月30日までに対応状況を報告するよう求めた。\n"
    )
    assert [(a.kind, a.addressee) for a in n.actions] == [("Guidance", "株式会社あさぎり通信")]
    deadline = n.actions[0].deadline
    assert deadline is not None and deadline.iso() == "2023-06-30"


def test_a_report_under_its_own_basis_stays_a_request() -> None:
    n = parser.parse(
        "2023年5月2日\n\n総務省は1日、株式会社あさぎり通信に行政指導を行った。また、電気通信"
        "事業法第166条第1項の規定に基づき、対応状況を報告するよう求めた。\n"
    )
    assert sorted(a.kind for a in n.actions) == ["Guidance", "ReportRequest"]


def test_a_company_entrusted_by_the_one_before_it_not_by_a_city() -> None:
    n = parser.parse(
        "令和6年2月1日\n個人情報保護委員会\n\n委員会は、みどり台市に対し、指導を行いました。\n"
        "また、委員会は、株式会社はまなす通販及び同社の配送業務の委託先であるさざなみ物流"
        "株式会社に対し、それぞれ指導を行いました。\n"
    )
    assert [(e.principal, e.agent) for e in n.entrustments] == [
        ("株式会社はまなす通販", "さざなみ物流株式会社")
    ]


def test_a_news_agencys_credit_line_names_no_addressee() -> None:
    n = parser.parse(
        "県、業者を行政指導\n\n 県は8日、訪問販売業者を行政指導した。\n\n© 一般社団法人みなと通信社\n"
    )
    assert [a.addressee for a in n.actions] == [None]


def test_the_items_below_give_a_titled_instruction_its_deadline() -> None:
    n = parser.parse(
        "トップページ > 報道発表資料 > 訪問販売業者に対する業務停止命令(3か月)・指示について\n"
        "発表日:2025年2月6日14時\n"
        "みどり県は、本日、生活協同組合ひまわりの会に対し、特定商取引法に基づく行政処分を"
        "行いました。\n商号 生活協同組合ひまわりの会\n3か月(令和7年2月7日から令和7年5月6日まで)\n"
        "ア 業務停止命令を受ける原因となった違反行為の発生原因について、調査分析の上検証し、"
        "その結果を令和7年3月7日までにみどり県知事宛てに文書で報告すること。\n"
    )
    due = {a.kind: a.deadline.iso() if a.deadline else None for a in n.actions}
    assert due == {"BusinessSuspensionOrder": None, "Order": "2025-03-07"}


def test_the_day_an_announcement_gives_dates_the_action_told_next() -> None:
    n = parser.parse(
        "【食品】外国産のりを「県産」と表示 北陸農政局が指示\n2024/02/15(木) 10:05\n\n"
        "北陸農政局は14日、海産物を扱う株式会社しおかぜ海産が外国産ののりを県産と表示して"
        "いたと発表した。同局は食品表示法に基づき、表示の是正と再発防止策の実施を指示した。\n"
    )
    assert [(a.kind, a.date.iso() if a.date else None) for a in n.actions] == [
        ("Order", "2024-02-14")
    ]


def test_a_markdown_heading_sets_out_the_instruction_and_its_deadline() -> None:
    n = parser.parse(
        "# 訪問販売業者【株式会社あけぼの住建】に対する指示について\n\n公表日：令和6年4月3日\n\n"
        "消費者庁\n\n## 概要\n\n消費者庁は、株式会社あけぼの住建に対し、令和6年4月3日、特定商取引法"
        "第7条第1項の規定に基づき、再発防止策を講ずることなどを指示しました。\n\n## 指示の内容\n\n"
        "- 同社は、契約の相手方に対し、令和6年4月17日までに、本指示の内容を書面により通知"
        "すること。\n\n---\n"
    )
    assert [(a.kind, a.deadline.iso() if a.deadline else None) for a in n.actions] == [
        ("Order", "2024-04-17")
    ]


def test_a_station_ordered_to_stop_operating_for_a_period() -> None:
    facts = _facts(
        "令和5年6月9日\n総務省\n\nあさひ無線株式会社に対する無線局の運用停止命令\n\n"
        "総務省は、本日、あさひ無線株式会社に対し、電波法第76条第1項の規定に基づき、同社が"
        "開設する無線局の運用を令和5年6月12日から同月21日までの10日間停止することを命じ"
        "ました。\n"
    )
    assert facts == [("Order", "あさひ無線株式会社", "76/1", "2023-06-09")]


BASIS_ROWS = [
    (  # a blog: 昨日 with the day restated in brackets, the basis named apart from the order
        "法律ノート\n\n2019年6月12日 (水)\n\nみどり県の措置命令\n\n 昨日（6/11）、みどり県が、"
        "株式会社ひばり商店に対し、景品表示法に基づき、措置命令を行いました。\n 県の報道"
        "発表資料には、命令の根拠として「景品表示法第7条第1項」が挙げられています。\n",
        [("MeasuresOrder", "株式会社ひばり商店", "7/1", "2019-06-11")],
    ),
    (  # a field line gives the basis of the one action the body names under the law only
        "令和5年10月2日\nみどり県\n\n建設業者に対する監督処分について\n\nみどり県は、本日、株式会社"
        "かえで建設に対し、建設業法に基づき営業停止処分を行いました。\n処分の内容 営業停止(7日間)\n"
        "根拠法令 建設業法第28条第3項\n",
        [("BusinessSuspensionOrder", "株式会社かえで建設", "28/3", "2023-10-02")],
    ),
    (  # a news item: 「指示は…第6条第1項に基づくもので」, a sentence about the action's basis
        "食品ニュース\n2023年4月14日\n農林水産省は13日、株式会社はやぶさ食品の食品表示法違反を"
        "公表し、同社に「指示」処分を出した。\n同省は同社に対し、表示の是正を指示した。指示は"
        "食品表示法第6条第1項に基づくもので、同社の行為は同法第5条に違反するとしている。\n",
        [("Order", "株式会社はやぶさ食品", "6/1", "2023-04-13")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    BASIS_ROWS,
    ids=["basis-named-apart-in-a-blog", "basis-in-a-field-line", "shiji-wa-ni-motozuku-mono"],
)
def test_a_basis_told_apart(
    text: str, expected: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    assert _facts(text) == expected


def test_a_basis_told_apart_goes_to_no_action_of_two_kinds() -> None:
    facts = _facts(
        "令和5年10月2日\nみどり県\n\n訪問販売業者に対する行政処分について\n\nみどり県は、本日、株式"
        "会社かえで住設に対し、特定商取引法に基づく業務停止命令及び指示を行いました。\n"
        "根拠法令 特定商取引法第8条第1項\n"
    )
    assert [basis for _, _, basis, _ in facts] == [None, None]


def test_a_digest_items_honjitsu_is_the_items_day() -> None:
    facts = _facts(
        "くらしの業界ニュース\n\nニュースダイジェスト 2019年5月上旬\n投稿日:2019年5月10日\n\n"
        "◆4月26日 県、定期購入の相談が増加\n 相談は前年の1.3倍になったという。\n\n"
        "◆5月8日 電話勧誘販売業者【こだま物産(株)】に対する行政処分について\n"
        "https://www.example.go.jp/release/2019/0508.pdf\n\n"
        "東北経済産業局は、本日、こだま物産株式会社に対し、特定商取引法第23条第1項の規定に"
        "基づき、電話勧誘販売に関する業務の一部を停止するよう命じました。\n"
    )
    assert facts == [("BusinessSuspensionOrder", "こだま物産株式会社", "23/1", "2019-05-08")]


def test_an_investigation_in_a_companys_part_is_that_companys() -> None:
    n = parser.parse(
        "令和6年11月8日\n金融庁\n\n暗号資産交換業者2社に対する行政処分について\n\n"
        "## Ⅰ　株式会社あかつきコインに対する登録の取消し\n\n"
        "(1)金融庁は、令和6年8月2日、あかつきコインに対し、法第63条の15第1項の規定に基づき、"
        "報告を求める命令(報告徴求命令)を発出したが、同社は、期限である同月23日までに報告を"
        "行わなかった。\n\n"
        "## Ⅱ　株式会社ゆうなぎウォレットに対する業務改善命令\n\n"
        "### 1．処分の内容\n\n株式会社ゆうなぎウォレットに対し、法第63条の16の規定に基づき、"
        "以下の業務改善命令を発出する。\n\n### 2．処分の理由\n\n"
        "法第63条の15第1項の規定に基づき報告を求めたところ、以下の問題が認められた。\n"
    )
    requests = [
        (a.addressee, a.deadline.iso() if a.deadline else None)
        for a in n.actions
        if a.kind == "ReportRequest"
    ]
    assert sorted(requests, key=str) == [
        ("株式会社あかつきコイン", "2024-08-23"),
        ("株式会社ゆうなぎウォレット", None),
    ]
