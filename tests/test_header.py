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
