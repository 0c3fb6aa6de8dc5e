"""The header block: which lines are the title, the issue date and the issuer."""

from __future__ import annotations

import pytest

from shobun.parser.extract import orgs
from shobun.parser.header import read_header
from shobun.parser.normalize import normalize

BODY = "\n\n　同局は、本日、株式会社あけぼの物産に対し、指示を行いました。\n"

# (header lines, title, ISO issue date, authority)
ROWS = [
    (
        "令和６年５月１０日\n金融庁\n\n銀行に対する行政処分について",
        "銀行に対する行政処分について", "2024-05-10", "金融庁",
    ),
    (
        "令和６年５月１０日\n大阪府\n\n訪問販売業者に対する業務停止命令について",
        "訪問販売業者に対する業務停止命令について", "2024-05-10", None,
    ),
    (
        "令和６年５月１０日\n大阪府商工労働部\n\n訪問販売業者に対する業務停止命令について",
        "訪問販売業者に対する業務停止命令について", "2024-05-10", None,
    ),
    (
        "# 訪問販売業者に対する業務停止命令について\n\n発表日：令和６年５月１０日\n\n消費者庁",
        "訪問販売業者に対する業務停止命令について", "2024-05-10", "消費者庁",
    ),
    (
        "公表日：令和６年５月１０日\n\n消費者庁",
        None, "2024-05-10", "消費者庁",
    ),
    (
        "令和６年５月１０日\n大阪府\n（担当）商工労働部消費経済課\n\n訪問販売業者に対する業務停止命令について",
        "訪問販売業者に対する業務停止命令について", "2024-05-10", None,
    ),
    (
        "令和６年５月１０日\n大阪府\n問合せ先：商工労働部消費経済課\n訪問販売業者に対する業務停止命令について",
        "訪問販売業者に対する業務停止命令について", "2024-05-10", None,
    ),
    (
        "令和６年５月１０日\n東京都\n電話　０３－１２３４－５６７８\n\n電話勧誘販売業者に対する業務停止命令について",
        "電話勧誘販売業者に対する業務停止命令について", "2024-05-10", None,
    ),
    (
        "干潟の貝に“国産”の表示　浜辺市の販売店に県が是正指示\nみなとテレビ　2031年4月2日(水) 18:05",
        "干潟の貝に“国産”の表示浜辺市の販売店に県が是正指示", "2031-04-02", None,
    ),
    (
        "報告を怠った派遣元に事業停止処分（架空労働局）\n2031年04月02日　カテゴリー：行政処分情報",
        "報告を怠った派遣元に事業停止処分(架空労働局)", "2031-04-02", None,
    ),
    (
        "無届けの業者への警告について\n公開日：2031年4月2日　最終更新日：2031年4月9日",
        "無届けの業者への警告について", "2031-04-02", None,
    ),
]  # fmt: skip
IDS = [
    "date-authority-title",
    "prefecture-issuer-line-is-not-part-of-the-title",
    "prefectural-bureau-issuer-line-is-not-part-of-the-title",
    "labelled-publication-date-is-the-issue-date",
    "labelled-date-alone-is-no-title",
    "contact-line-before-the-title-is-not-part-of-it",
    "inquiry-line-right-before-the-title-is-not-part-of-it",
    "a-phone-number-line-is-no-title-a-title-on-telephone-sales-is",
    "a-news-byline-under-the-headline-dates-it-and-is-no-part-of-it",
    "a-post-header-date-before-its-category",
    "a-labelled-posting-date-before-an-updated-field",
]


@pytest.mark.parametrize(("head", "title", "issued", "authority"), ROWS, ids=IDS)
def test_header(head: str, title: str | None, issued: str, authority: str | None) -> None:
    norm = normalize(head + BODY)
    found = read_header(norm, orgs.authorities(norm))
    got_issued = found.issued.iso() if found.issued else None
    assert (found.title_text, got_issued) == (title, issued)
    if authority is not None:
        assert found.authority == authority


# A page dated below its header: a date line of its own (signed at the end) dates it, but
# not the value of a field that dates an action in a block (「処分年月日⏎令和…」), where
# the page's 更新日 does. (text, ISO issue date)
LATER_ROWS = [
    (
        "架空県トップページ > 宅地建物取引業者に対する監督処分について\n"
        "宅地建物取引業者に対する監督処分について\n更新日:2031年4月9日\n"
        "　宅地建物取引業法の規定に基づき、下記の業者に対して監督処分を行いました。\n"
        "1\n処分年月日\n令和13年4月2日\n商号又は名称\n株式会社あけぼの住販\n",
        "2031-04-09",
    ),
    (
        "架空県トップページ > 建設業者に対する監督処分について\n"
        "建設業者に対する監督処分について\n更新日:2031年4月9日\n"
        "　建設業法の規定に基づき、下記の業者に対して監督処分を行いました。\n"
        "命令日\n令和13年4月3日\n名称\n株式会社あけぼの建工\n",
        "2031-04-09",
    ),
    (
        "建設業者に対する監督処分について\n"
        "　建設業法の規定に基づき、株式会社あけぼの建工に対して指示を行いました。\n"
        "令和13年4月2日\n架空県知事\n",
        "2031-04-02",
    ),
    (
        "株式会社あけぼの建工に対する監督処分について\n"
        "　架空県は、本日、株式会社あけぼの建工に対して指示を行いました。\n"
        "(問い合わせ先)\n建設業課 電話099-000-0000\n令和13年4月2日 発表\n",
        "2031-04-02",
    ),
    (
        "株式会社あけぼの建工に対する監督処分について\n"
        "　架空県は、本日(令和13年4月2日)、株式会社あけぼの建工に対して指示を行いました。\n"
        "1 処分年月日\n令和13年3月30日\n",
        "2031-04-02",
    ),
]  # fmt: skip
LATER_IDS = [
    "a-disposal-date-field-is-no-signature-the-update-field-dates-the-page",
    "an-order-date-field-is-no-signature-either",
    "a-date-line-after-the-body-still-signs-the-notice",
    "a-foot-line-of-the-day-and-happyo-signs-the-notice",
    "the-day-a-lead-glosses-honjitsu-with-dates-the-notice",
]


@pytest.mark.parametrize(("text", "issued"), LATER_ROWS, ids=LATER_IDS)
def test_date_below_the_header(text: str, issued: str) -> None:
    norm = normalize(text)
    found = read_header(norm, orgs.authorities(norm))
    assert found.issued is not None and found.issued.iso() == issued
