"""Deadlines and days of actions told in prose (round 15's second wave, read on regulators'
pages and news items): the deadline inside what a performed term bids (「…その結果を…までに
報告するよう改めて指示した」, 「…⑤…を…までに報告すること――を指示した」), the items a sentence
of their own announces after the action (「文書では、同社に次の3点を実施するよう求めた。⏎1.
…」), and an action told under a 経緯 heading with no day of its own (an earlier step, not
the notice's day's). Every sentence is written for this test; the names are fictional."""

from __future__ import annotations

import pytest

from shobun import parser

PAGE = "{title}\n\n令和7年5月1日\nみなと経済産業局\n\n"
NEWS = "みなと通信ニュース\n\n{title}\n2025年05月01日 18時00分 公開\n\n"

# (text, (kind, addressee, date ISO, deadline ISO) of every action)
ROWS = [
    (
        NEWS.format(title="あおば銀行に業務改善命令")
        + "金融庁は2025年5月1日、株式会社あおば銀行に対し、銀行法に基づく業務改善命令を発動した。\n",
        [("BusinessImprovementOrder", "株式会社あおば銀行", "2025-05-01", "")],
    ),
    (
        "総務省は2025年5月1日,株式会社かもめ通信に対して設備の管理を徹底するよう指導を行った"
        "と発表した。\n\n 同省は2024年3月1日にも同社に対して行政指導を行っている。 行政指導では,"
        "(1)障害の再発防止策,(2)利用者への周知方法の改善策について,2025年5月30日までに検討結果を"
        "報告すること求めている。\n",
        [
            ("Guidance", "株式会社かもめ通信", "2025-05-01", "2025-05-30"),
            ("Guidance", "株式会社かもめ通信", "2024-03-01", ""),
        ],
    ),
    (
        NEWS.format(title="個人情報保護委、名簿サイトに停止命令")
        + "個人情報保護委員会は2025年5月1日、株式会社なぎさリストに対し、同日付で個人情報保護法に"
        "基づく命令を出したと発表した。\n\n命令では、提供を止めたうえで、講じた措置を5月30日までに"
        "同委員会へ報告するよう求めた。同委員会は3月、同社に提供をやめるよう勧告し、あわせて報告を"
        "求めていた。\n",
        [
            ("Order", "株式会社なぎさリスト", "2025-05-01", "2025-05-30"),
            ("Recommendation", "株式会社なぎさリスト", "2025-03", ""),
            ("ReportRequest", "株式会社なぎさリスト", "2025-03", ""),
        ],
    ),
    (
        PAGE.format(title="ガス事業法違反に対する厳重注意について")
        + "当局は、本日、株式会社あおぞらガスに対し、文書により厳重注意を行うとともに、是正措置を"
        "講じ、その結果を令和7年5月30日までに報告するよう改めて指示した。\n",
        [
            ("Caution", "株式会社あおぞらガス", "2025-05-01", ""),
            ("Order", "株式会社あおぞらガス", "2025-05-01", "2025-05-30"),
        ],
    ),
    (
        PAGE.format(title="米穀の不適正表示に対する指示について")
        + "みなと県は、本日、株式会社しおかぜ米穀に対し、食品表示法第6条第1項の規定に基づく指示を"
        "行った。\n県は同社に対し、(1)表示の是正、(2)再発防止策の実施、(3)講じた措置を5月23日まで"
        "に報告すること――を指示した。\n",
        [("Order", "株式会社しおかぜ米穀", "2025-05-01", "2025-05-23")],
    ),
    (
        NEWS.format(title="みなと省、かもめ通信に行政指導")
        + "みなと省は5月1日、株式会社かもめ通信に対して文書による行政指導を行った。4月に起きた"
        "通信障害を重く見た。\n\n文書では、同社に次の3点を実施するよう求めた。\n\n"
        "1. 工事の前に検証を徹底すること\n2. 利用者に速やかに周知すること\n"
        "3. 上記1と2の取り組みの状況を、2025年6月13日までにみなと省に報告すること\n\n"
        "関連記事\n・かもめ通信が障害を報告\n",
        [("Guidance", "株式会社かもめ通信", "2025-05-01", "2025-06-13")],
    ),
    (
        NEWS.format(title="みなと省、かもめ通信に行政指導")
        + "みなと省は5月1日、株式会社かもめ通信に対して文書による行政指導を行った。\n\n"
        "文書では、同社に次の2点を実施するよう求めた。\n\n"
        "1. 工事の前に検証を徹底すること\n2. 利用者に速やかに周知すること\n\n"
        "同社は2025年6月13日までに新しい設備を入れる予定だ。\n",
        [("Guidance", "株式会社かもめ通信", "2025-05-01", "")],
    ),
    (
        PAGE.format(title="ガス事業法違反に対する厳重注意について")
        + "当局は、本日、あおぞらガス協同組合に対し、文書により厳重注意を行った。\n\n経緯\n"
        "1. みなと経済産業局は、通報を受け、あおぞらガス協同組合が許可を受けずにガス事業を営んで"
        "いた事実を確認した。\n2. このため、当局は、同組合に対して改善指導を行い、同組合からは"
        "違法状態を解消する旨の申出があったが、是正措置が講じられていない。\n",
        [
            ("Caution", "あおぞらガス協同組合", "2025-05-01", ""),
            ("Guidance", "あおぞらガス協同組合", "", ""),
        ],
    ),
    (
        PAGE.format(title="ガス事業法違反に対する指示について")
        + "経緯\n1. みなと経済産業局は、あおぞらガス協同組合が許可を受けずにガス事業を営んでいた"
        "事実を確認した。\n2. 当局は、本日、同組合に対して是正措置を講じるよう指示した。\n",
        [("Order", "あおぞらガス協同組合", "2025-05-01", "")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    ROWS,
    ids=[
        "an-order-told-as-invoked",
        "the-guidance-spoken-of-after-a-comma-gives-todays-its-deadline",
        "a-report-an-order-spoken-of-asks-for-is-no-earlier-request",
        "deadline-inside-what-an-instruction-bids",
        "deadline-of-items-before-a-dashed-instruction",
        "deadline-of-items-a-later-sentence-announces",
        "items-announced-without-a-deadline-give-none",
        "an-undated-step-under-a-history-heading-has-no-day",
        "a-step-under-a-history-heading-dated-today-keeps-it",
    ],
)
def test_deadlines_and_days_of_actions_told_in_prose(
    text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    got = sorted(
        (
            a.kind,
            a.addressee or "",
            a.date.iso() if a.date else "",
            a.deadline.iso() if a.deadline else "",
        )
        for a in parser.parse(text).actions
    )
    assert got == sorted(expected)


# (text, (title, issued ISO)): a page's day in a blog theme's run-together date line, a
# headline whose sub-headline (「対象事業者は…」) the normaliser joined on to it
HEADERS = [
    (
        "お米ニュース > 行政\n\n9月 202019\n\n◎株式会社ひばり米穀に対する立入検査の結果について\n"
        "◆農林水産省は、株式会社ひばり米穀に対し、立入検査を行いました。\n",
        ("株式会社ひばり米穀に対する立入検査の結果について", "2019-09-20"),
    ),
    (
        "お米ニュース > 行政\n\nSep 052021\n\n◎株式会社ひばり米穀に対する立入検査の結果について\n"
        "◆農林水産省は、株式会社ひばり米穀に対し、立入検査を行いました。\n",
        ("株式会社ひばり米穀に対する立入検査の結果について", "2021-09-05"),
    ),
    (
        "お米ニュース > 行政\n\n13月 202019\n\n◎株式会社ひばり米穀に対する立入検査の結果について\n"
        "◆農林水産省は、株式会社ひばり米穀に対し、立入検査を行いました。\n",
        ("株式会社ひばり米穀に対する立入検査の結果について", ""),
    ),
    (
        "みなと県政ニュース > 県政\n\n2024.05.10(金)\n精米の不適正表示に対し、食品表示法に基づく指示\n"
        "及び米トレーサビリティ法違反に係る指導を行う\n対象事業者はしおかぜ米穀(株)(なぎさ市)\n\n"
        "しおかぜ米穀(株)が販売した精米を調べた結果、みなと県は9日、食品表示法第6条第1項の規定に"
        "基づく指示を行った。\n",
        (
            "精米の不適正表示に対し、食品表示法に基づく指示及び米トレーサビリティ法違反に係る指導を行う",
            "2024-05-10",
        ),
    ),
    (
        "みなと県政ニュース > 県政\n\n2024.05.10(金)\n精米の不適正表示に対し、食品表示法に基づく指示\n"
        "及び対象事業者への指導を行う\n\n"
        "しおかぜ米穀(株)が販売した精米を調べた結果、みなと県は9日、食品表示法第6条第1項の規定に"
        "基づく指示を行った。\n",
        (
            "精米の不適正表示に対し、食品表示法に基づく指示及び対象事業者への指導を行う",
            "2024-05-10",
        ),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    HEADERS,
    ids=[
        "month-then-day-and-year-run-together",
        "english-month-then-day-and-year-run-together",
        "no-month-13-in-a-run-together-line",
        "a-sub-headline-naming-the-company-is-no-part-of-the-title",
        "a-headline-over-two-lines-stays-whole",
    ],
)
def test_page_dates_and_titles_of_reproductions(text: str, expected: tuple[str, str]) -> None:
    got = parser.parse(text)
    assert (got.title_text, got.issued.iso() if got.issued else "") == expected


def test_an_order_told_after_a_lead_that_says_what_it_stopped_has_the_leads_day() -> None:
    text = (
        "バスニュース > 事業者\n\n東北運輸局、貸切バス事業者の全車両を使用停止\n2024年5月10日\n\n"
        "東北運輸局は2024年5月10日、なぎさ市の貸切バス事業者「あおば観光」の全車両を使用停止に"
        "したと発表した。前日の9日に営業所へ立ち入って監査を行い、当日のうちに実施した。\n\n"
        "運行管理者が不在だった。同局はこれを受け、道路運送法に基づく「輸送の安全確保命令」を発出し、"
        "全車両の使用を停止させた。\n"
    )
    got = sorted((a.kind, a.date.iso() if a.date else "") for a in parser.parse(text).actions)
    assert got == [("OnSiteInspection", "2024-05-09"), ("Order", "2024-05-10")]


# (text, organisation, whether the notice names it): a 産業保安監督部 that reported the case
# (a body of 経済産業省), a ministry named only in the 関連記事一覧 under a news story
ORGS = [
    (
        PAGE.format(title="ガス事業法違反に対する厳重注意について")
        + "当局は、関東東北産業保安監督部からの通報を受け、あおぞらガス協同組合からの聴取を行った。\n"
        "当局は、本日、同組合に対し文書により厳重注意を行った。\n",
        "関東東北産業保安監督部",
        True,
    ),
    (
        "バスニュース > 事業者\n\n東北運輸局、貸切バス事業者に安全確保命令\n2024年5月10日\n\n"
        "東北運輸局は5月10日、株式会社あおば観光に輸送の安全確保命令を出した。\n\n"
        "関連記事一覧\n・国交省、貸切バスの処分基準を強化\n",
        "国土交通省",
        False,
    ),
]


ORGS += [
    (
        "総務省は2025年5月1日,かもめモバイルに対して設備の管理を徹底するよう指導を行ったと発表した。\n",
        "かもめモバイル",
        True,
    ),
    (
        "[東京 1日 ロイター] - 総務省は1日、かもめ通信<1234.T>に対して行政指導を行った。\n",
        "かもめ通信",
        True,
    ),
]


@pytest.mark.parametrize(
    ("text", "label", "named"),
    ORGS,
    ids=[
        "a-safety-inspection-department-is-an-authority",
        "a-ministry-in-the-related-list",
        "a-brand-after-a-date-closed-by-a-comma",
        "a-brand-with-its-stock-code",
    ],
)
def test_organisations_a_page_names(text: str, label: str, named: bool) -> None:
    assert (label in {o.label for o in parser.parse(text).organizations}) is named
