"""A table of offenders flattened one cell per line with a column per kind of order
(`parser/tallied.py`): a mark of none in an order's column takes that order from the
company of its row, and the surcharge column gives each company its own amount, never the
total above the table. Every sentence is written for this test; the companies are
fictional."""

from __future__ import annotations

import pytest

from shobun import parser

LEAD = (
    "令和5年2月8日\n公正取引委員会\n\nみなと市が発注する清掃業務の入札参加業者に対する排除措置命令等について\n\n"
    " 公正取引委員会は、みなと市が発注する清掃業務の入札参加業者に対し、独占禁止法第3条の規定に違反する"
    "行為を行っていたとして、本日、同法第7条第2項の規定に基づく排除措置命令及び同法第7条の2第1項の規定に"
    "基づく課徴金納付命令を行った。\n"
    "1 違反行為者数、命令対象事業者数及び課徴金額\n課徴金額 900万円\n"
)
TABLE = (
    "2 違反行為者一覧\n番号\n違反行為者\n本店所在地\n排除措置命令\n課徴金額\n"
    "1\n株式会社ひいらぎ清掃\n長野県みなと市\n○\n600万円\n"
    "2\nあざみ環境株式会社\n長野県みなと市\n○\n300万円\n"
    "3\n有限会社つばき美装\n長野県みなと市\n○\n―\n"
    "4\nすずかけ産業株式会社\n長野県みなと市\n―\n―\n"
    "(注)番号4の事業者は、違反行為を既に取りやめている。\n"
)
PLAIN = (
    "2 違反行為者一覧\n違反行為者\n本店所在地\n代表者\n"
    "株式会社ひいらぎ清掃\n長野県みなと市\n山野一郎\n"
    "あざみ環境株式会社\n長野県みなと市\n川上花子\n"
)

# (text, (kind, addressee, amount) of every action)
ROWS = [
    (LEAD + TABLE, [
        ("CeaseAndDesistOrder", "株式会社ひいらぎ清掃", None),
        ("CeaseAndDesistOrder", "あざみ環境株式会社", None),
        ("CeaseAndDesistOrder", "有限会社つばき美装", None),
        ("SurchargeOrder", "株式会社ひいらぎ清掃", 6_000_000),
        ("SurchargeOrder", "あざみ環境株式会社", 3_000_000),
    ]),
    (LEAD + PLAIN, [
        ("CeaseAndDesistOrder", "株式会社ひいらぎ清掃", None),
        ("CeaseAndDesistOrder", "あざみ環境株式会社", None),
        ("SurchargeOrder", "株式会社ひいらぎ清掃", 9_000_000),
        ("SurchargeOrder", "あざみ環境株式会社", 9_000_000),
    ]),
]  # fmt: skip
IDS = [
    "a-dash-in-an-orders-column-takes-it-away-and-each-row-owes-its-own-amount",
    "a-table-with-no-column-of-orders-changes-nothing",
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=IDS)
def test_a_table_of_offenders_marks_each_companys_orders(
    text: str, expected: list[tuple[str, str, int | None]]
) -> None:
    got = [(a.kind, a.addressee, a.amount) for a in parser.parse(text).actions]
    assert sorted(got, key=lambda g: (g[0], g[2] or 0)) == sorted(
        expected, key=lambda g: (g[0], g[2] or 0)
    )
