"""Actions, violations, incidents and entrustments, end to end through `parser.parse`."""

from __future__ import annotations

import pytest

import parser
from parser.model import Action, Notice

PPC = "令和7年9月12日\n個人情報保護委員会\n\n"
APPI = "個人情報の保護に関する法律"
DEFINE = f"{APPI}（平成15年法律第57号。以下「法」という。）"


def _parse(text: str) -> Notice:
    return parser.parse(text)


def _row(a: Action) -> tuple[str, str | None]:
    return (a.kind, a.addressee)


TWO_PLAIN = (
    f"{PPC}株式会社ことりネット及び合同会社ミナトラボに対する行政上の対応について\n\n"
    "個人情報保護委員会は、本日、株式会社ことりネット及び合同会社ミナトラボに対し、"
    f"{DEFINE}第147条の規定に基づく指導を行った。\n"
)
TWO_ADDRESSEES = (
    f"{PPC}株式会社ことりネット及び合同会社ミナトラボに対する行政上の対応について\n\n"
    "個人情報保護委員会（以下「当委員会」という。）は、本日、株式会社ことりネット（以下「ことり」"
    "という。）及び合同会社ミナトラボ（以下「ミナト」という。）に対し、"
    f"{DEFINE}第147条の規定に基づく指導を行った。\n"
)
PAST_AND_ORDER = (
    f"{PPC}株式会社ことりネットに対する命令について\n\n"
    "個人情報保護委員会（以下「当委員会」という。）は、本日、株式会社ことりネット（以下「ことり」"
    f"という。）に対し、{DEFINE}第148条第2項の規定に基づく命令を行った。\n"
    "第1 事案の概要\n"
    "当委員会は、令和7年5月16日、ことりに対し、法第148条第1項の規定に基づく勧告を行ったが、"
    "ことりは、正当な理由がなく、その勧告に係る措置をとらなかった。\n"
    "第2 命令の内容\n"
    "1 法第27条第1項の規定に違反する個人データの第三者提供を直ちに中止すること。\n"
    "2 前記1の措置の実施状況について、令和7年10月10日までに当委員会に報告すること。\n"
)
REPORTS = (
    f"{PPC}株式会社ことりネットに対する報告徴収について\n\n"
    "個人情報保護委員会（以下「当委員会」という。）は、令和7年6月2日、株式会社ことりネット"
    f"（以下「ことり」という。）に対し、{DEFINE}第146条第1項の規定に基づき報告を求めた。"
    "また、当委員会は、令和7年7月1日、ことりに対し、法第146条第1項の規定に基づき、"
    "再度報告を求めた。\n"
)
REPORTS_JOINED = (
    f"{PPC}株式会社ことりネットに対する報告徴収について\n\n"
    "個人情報保護委員会は、株式会社ことりネットに対し、令和7年6月2日及び同年7月1日、"
    f"{DEFINE}第146条第1項の規定に基づき、報告を求めた。\n"
)
SURCHARGE = (
    "令和7年9月12日\n消費者庁\n\n株式会社あさひフーズに対する課徴金納付命令について\n\n"
    "消費者庁は、本日、株式会社あさひフーズ（以下「あさひ」という。）に対し、"
    "不当景品類及び不当表示防止法第8条第1項の規定に基づき、課徴金納付命令を行った。\n"
    "第1 課徴金納付命令の内容\n"
)
SURCHARGE_ROWS = [
    "あさひは、課徴金として2,345万円を国庫に納付しなければならない。",
    "あさひは、課徴金2,345万円を令和7年11月13日までに国庫に納付しなければならない。",
    "課徴金の額は、2,345万円である。",
    "あさひは、課徴金として金二千三百四十五万円を国庫に納付しなければならない。",
]  # fmt: skip
SURCHARGE_IDS = [
    "kachoukin-to-shite",
    "kachoukin-then-amount",
    "kachoukin-no-gaku-wa-comma",
    "amount-in-kanji-numerals",
]

JFTC = "令和7年9月12日\n公正取引委員会\n\n製缶メーカーに対する排除措置命令等について\n\n"
ANTIMONOPOLY = "私的独占の禁止及び公正取引の確保に関する法律（以下「独占禁止法」という。）"
POINTED_TABLE = (
    f"{JFTC}1　公正取引委員会は、{ANTIMONOPOLY}の規定に基づき審査を行ってきたところ、"
    "本日、下記2の違反行為者に対し、独占禁止法第7条第2項の規定に基づき排除措置命令を行った。\n"
    "2　違反行為者\n"
    "| 番号 | 違反行為者名 | 本店所在地 |\n|---|---|---|\n"
    "| 1 | 北辰製缶株式会社 | 東京都港区 |\n| 2 | 株式会社みなと缶詰 | 横浜市中区 |\n"
    "3　排除措置命令の概要\n"
    "(1) 前記違反行為を取りやめている旨を取締役会において決議すること。\n"
)
POINTED_ANNEX = (
    f"{JFTC}公正取引委員会は、本日、別紙記載の2社に対し、独占禁止法第20条第1項の規定に基づき"
    "排除措置命令を行った。\n"
    "第1 違反行為の概要\n公正取引委員会は、独占禁止法の規定に基づき審査を行った。\n"
    "別紙 命令の対象事業者\n北辰製缶株式会社\n株式会社みなと缶詰\n"
)
POINTED_NOWHERE = (
    f"{JFTC}公正取引委員会は、本日、下記5の違反行為者に対し、独占禁止法第7条第2項の規定に"
    "基づき排除措置命令を行った。\n2　株式会社みなと缶詰の概要\n"
)

# (notice, [(kind, addressee)] in any order)
KOTORI, MINATO = "株式会社ことりネット", "合同会社ミナトラボ"
HOKUSHIN, KANZUME = "北辰製缶株式会社", "株式会社みなと缶詰"
ACTION_ROWS = [
    (TWO_PLAIN, [("Guidance", KOTORI), ("Guidance", MINATO)]),
    (TWO_ADDRESSEES, [("Guidance", KOTORI), ("Guidance", MINATO)]),
    (REPORTS, [("ReportRequest", KOTORI), ("ReportRequest", KOTORI)]),
    (REPORTS_JOINED, [("ReportRequest", KOTORI), ("ReportRequest", KOTORI)]),
    (POINTED_TABLE, [("CeaseAndDesistOrder", HOKUSHIN), ("CeaseAndDesistOrder", KANZUME)]),
    (POINTED_ANNEX, [("CeaseAndDesistOrder", HOKUSHIN), ("CeaseAndDesistOrder", KANZUME)]),
    (POINTED_NOWHERE, [("CeaseAndDesistOrder", None)]),
]  # fmt: skip
ACTION_IDS = [
    "a-and-b-ni-taishi-shidou-gives-two-actions",
    "a-and-b-each-with-an-alias-gives-two-actions",
    "report-requested-twice-on-two-dates-gives-two-actions",
    "report-request-with-two-coordinated-dates-gives-two-actions",
    "kaki-2-no-ihan-koisha-points-at-the-table-of-section-2",
    "bessi-kisai-no-2-sha-points-at-the-annex",
    "a-pointer-to-a-missing-section-names-nobody",
]


@pytest.mark.parametrize(("text", "expected"), ACTION_ROWS, ids=ACTION_IDS)
def test_addressees(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert sorted(_row(a) for a in _parse(text).actions) == sorted(expected)


BASIS_ROWS = [(TWO_PLAIN, ("147", None)), (REPORTS, ("146", 1))]
BASIS_IDS = ["no-kitei-ni-motozuku-before-the-term", "no-kitei-ni-motozuki-before-the-term"]


@pytest.mark.parametrize(("text", "basis"), BASIS_ROWS, ids=BASIS_IDS)
def test_legal_basis(text: str, basis: tuple[str, int | None]) -> None:
    actions = _parse(text).actions
    assert actions
    for a in actions:
        assert a.legal_basis is not None
        assert (a.legal_basis.statute, a.legal_basis.article, a.legal_basis.paragraph) == (
            APPI,
            *basis,
        )


def test_report_requests_carry_their_own_dates() -> None:
    dates = sorted(a.date.iso() for a in _parse(REPORTS).actions if a.date)
    assert dates == ["2025-06-02", "2025-07-01"]


def test_past_action_keeps_its_date_and_the_order_is_dated_today() -> None:
    n = _parse(PAST_AND_ORDER)
    by_kind = {a.kind: a for a in n.actions}
    past = by_kind["Recommendation"]
    assert past.date is not None and past.date.iso() == "2025-05-16"
    assert past.legal_basis is not None and past.legal_basis.article == "148"
    assert past.legal_basis.paragraph == 1
    order = by_kind["Order"]
    assert order.date is not None and order.date.iso() == "2025-09-12"


def test_deadline_inside_the_order_attaches_to_the_order() -> None:
    by_kind = {a.kind: a for a in _parse(PAST_AND_ORDER).actions}
    assert by_kind["Order"].deadline is not None
    assert by_kind["Order"].deadline.iso() == "2025-10-10"
    assert by_kind["Recommendation"].deadline is None


@pytest.mark.parametrize("sentence", SURCHARGE_ROWS, ids=SURCHARGE_IDS)
def test_surcharge_amount(sentence: str) -> None:
    (action,) = _parse(f"{SURCHARGE}{sentence}\n").actions
    assert (action.kind, action.addressee, action.amount) == (
        "SurchargeOrder",
        "株式会社あさひフーズ",
        23_450_000,
    )


SURCHARGE_TABLE = (
    f"{JFTC}1　公正取引委員会は、本日、下記2の違反行為者に対し、独占禁止法第7条の2第1項の"
    "規定に基づき課徴金納付命令を行った。\n"
    "2　違反行為者及び課徴金額\n"
    "| 番号 | 違反行為者名 | 課徴金額 |\n|---|---|---|\n"
    "| 1 | 北辰製缶株式会社 | 7億円 |\n| 2 | 株式会社みなと缶詰 | 3億1,234万5,000円 |\n"
    "3　課徴金の合計額\n課徴金額は、合計10億1,234万5,000円である。\n"
)


def test_surcharge_amounts_come_from_each_addressees_table_row() -> None:
    rows = {(a.kind, a.addressee, a.amount) for a in _parse(SURCHARGE_TABLE).actions}
    assert rows == {
        ("SurchargeOrder", HOKUSHIN, 700_000_000),
        ("SurchargeOrder", KANZUME, 312_345_000),
    }


ROW_MONEY = [
    ("| 1 | 北辰製缶株式会社 | 7億円 |", 700_000_000),
    ("| 2 | 株式会社みなと缶詰 | 3億1,234万円 |", 312_340_000),
    ("| 3 | 株式会社みなと缶詰 | 1,200円 | 3,400円 |", None),  # two amounts: which?
    ("株式会社みなと缶詰 7億円", None),  # not a table row
    ("| 4 | 株式会社みなと缶詰 | 東京都港区 |", None),
]  # fmt: skip


@pytest.mark.parametrize(("line", "value"), ROW_MONEY)
def test_row_money(line: str, value: int | None) -> None:
    from parser.events import row_money

    assert row_money(line) == value


VIOLATION = (
    f"{PPC}株式会社ことりネットに対する指導について\n\n"
    "個人情報保護委員会（以下「当委員会」という。）は、本日、株式会社ことりネット（以下「ことり」"
    f"という。）に対し、{DEFINE}第147条の規定に基づく指導を行った。\n"
    "第1 指導の内容\n"
    "ことりにおいては、法第23条の規定違反（従業者のアクセス権限の管理の不備。）が認められた。\n"
)


def test_violation_description_from_kitei_ihan_parenthetical() -> None:
    (v,) = _parse(VIOLATION).violations
    assert v.committed_by == "株式会社ことりネット"
    assert [(c.statute, c.article) for c in v.provisions] == [(APPI, "23")]
    assert v.description == "従業者のアクセス権限の管理の不備"


def _entrust(sentence: str) -> Notice:
    return _parse(
        f"{PPC}株式会社ことりネットに対する指導について\n\n"
        "個人情報保護委員会は、本日、株式会社ことりネット（以下「ことり」という。）に対し、"
        f"{DEFINE}第147条の規定に基づく指導を行った。\n第1 事案の概要\n{sentence}\n"
    )


ENTRUST_ROWS = [
    ("ことりは、さくら商事株式会社から委託を受け、顧客情報の入力業務を行っていた。",
     ("さくら商事株式会社", "株式会社ことりネット")),
    ("ことりは、委託先である株式会社つばさシステムに対する監督を行っていなかった。",
     ("株式会社ことりネット", "株式会社つばさシステム")),
]  # fmt: skip
ENTRUST_IDS = [
    "kara-itaku-wo-uke-makes-x-the-principal",
    "itakusaki-de-aru-z-makes-z-the-agent",
]


@pytest.mark.parametrize(("sentence", "pair"), ENTRUST_ROWS, ids=ENTRUST_IDS)
def test_entrustment_direction(sentence: str, pair: tuple[str, str]) -> None:
    n = _entrust(sentence)
    assert [(e.principal, e.agent) for e in n.entrustments] == [pair]
