"""Actions, violations, incidents and entrustments, end to end through `parser.parse`."""

from __future__ import annotations

import pytest

from shobun import parser
from shobun.parser.model import Action, Notice

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
SURCHARGE_ROWS = [  # (sentence, the amount as written)
    ("あさひは、課徴金として2,345万円を国庫に納付しなければならない。", "2,345万円"),
    ("あさひは、課徴金2,345万円を令和7年11月13日までに国庫に納付しなければならない。", "2,345万円"),
    ("課徴金の額は、2,345万円である。", "2,345万円"),
    ("あさひは、課徴金として金二千三百四十五万円を国庫に納付しなければならない。", "二千三百四十五万円"),
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
    (POINTED_NOWHERE, [("CeaseAndDesistOrder", KANZUME)]),
]  # fmt: skip
ACTION_IDS = [
    "a-and-b-ni-taishi-shidou-gives-two-actions",
    "a-and-b-each-with-an-alias-gives-two-actions",
    "report-requested-twice-on-two-dates-gives-two-actions",
    "report-request-with-two-coordinated-dates-gives-two-actions",
    "kaki-2-no-ihan-koisha-points-at-the-table-of-section-2",
    "bessi-kisai-no-2-sha-points-at-the-annex",
    "a-pointer-to-a-missing-section-falls-back-to-the-one-company-named",
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


@pytest.mark.parametrize(("sentence", "written"), SURCHARGE_ROWS, ids=SURCHARGE_IDS)
def test_surcharge_amount(sentence: str, written: str) -> None:
    (action,) = _parse(f"{SURCHARGE}{sentence}\n").actions
    assert (action.kind, action.addressee, action.amount) == (
        "SurchargeOrder",
        "株式会社あさひフーズ",
        23_450_000,
    )
    assert action.amount_span is not None and action.amount_span.surface == written


SURCHARGE_TABLE = (
    f"{JFTC}1　公正取引委員会は、本日、下記2の違反行為者に対し、独占禁止法第7条の2第1項の"
    "規定に基づき課徴金納付命令を行った。\n"
    "2　違反行為者及び課徴金額\n"
    "| 番号 | 違反行為者名 | 課徴金額 |\n|---|---|---|\n"
    "| 1 | 北辰製缶株式会社 | 7億円 |\n| 2 | 株式会社みなと缶詰 | 3億1,234万5,000円 |\n"
    "3　課徴金の合計額\n課徴金額は、合計10億1,234万5,000円である。\n"
)


def test_surcharge_amounts_come_from_each_addressees_table_row() -> None:
    rows = {
        (a.kind, a.addressee, a.amount, a.amount_span and a.amount_span.surface)
        for a in _parse(SURCHARGE_TABLE).actions
    }
    assert rows == {
        ("SurchargeOrder", HOKUSHIN, 700_000_000, "7億円"),
        ("SurchargeOrder", KANZUME, 312_345_000, "3億1,234万5,000円"),
    }


ROW_MONEY = [  # (line, name, value, the amount as written)
    ("| 1 | 北辰製缶株式会社 | 7億円 |", HOKUSHIN, 700_000_000, "7億円"),
    ("| 2 | 株式会社みなと缶詰 | 3億1,234万円 |", KANZUME, 312_340_000, "3億1,234万円"),
    ("| 3 | 株式会社みなと缶詰 | 1,200円 | 3,400円 |", KANZUME, None, None),  # two amounts: which?
    ("株式会社みなと缶詰    7億円", KANZUME, 700_000_000, "7億円"),  # name, padding, amount
    ("(2) 株式会社みなと缶詰 金7,000万円", KANZUME, 70_000_000, "7,000万円"),
    ("株式会社みなと缶詰は7億円を納付する", KANZUME, None, None),  # a sentence, not a list
    ("| 4 | 株式会社みなと缶詰 | 東京都港区 |", KANZUME, None, None),
    ("| 5 | 株式会社みなと缶詰 | 7億円 |", HOKUSHIN, None, None),  # someone else's row
]  # fmt: skip


@pytest.mark.parametrize(("line", "name", "value", "written"), ROW_MONEY)
def test_row_money(line: str, name: str, value: int | None, written: str | None) -> None:
    from shobun.parser.rows import row_money

    found = row_money(line, name)
    assert (found and (found[0], line[found[1] : found[2]])) == (value and (value, written))


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


CAA = "令和7年3月13日\n消費者庁\n\n株式会社ほしぞら通販に対する行政処分について\n\n"
TOKUSHO = "特定商取引に関する法律（以下「特定商取引法」という。）"
FSA = "令和元年12月27日\n金融庁\n\n行政処分について\n\n"
HOSHI, SORA, SORA_HD = (
    "株式会社ほしぞら通販",
    "そら損害保険株式会社",
    "そらホールディングス株式会社",
)

# (notice, {(kind, addressee, article, paragraph, date)}): one row per way notices write it
FORMS = [
    (f"{CAA}消費者庁は、本日、{HOSHI}に対し、{TOKUSHO}第8条第1項の規定に基づき、業務の一部"
     "（勧誘、申込みの受付及び契約の締結）を停止するよう命じました。\n",
     {("BusinessSuspensionOrder", HOSHI, "8", 1, "2025-03-13")}),
    (f"{CAA}消費者庁は、本日、{HOSHI}に対し、{TOKUSHO}第8条第1項の規定に基づき、業務の一部を"
     "3か月間停止するよう命じました。\n",
     {("BusinessSuspensionOrder", HOSHI, "8", 1, "2025-03-13")}),
    (f"{CAA}消費者庁は、本日、{HOSHI}に対し、{TOKUSHO}第7条第1項の規定に基づき、"
     "再発防止策を講ずることなどを指示しました。\n",
     {("Order", HOSHI, "7", 1, "2025-03-13")}),
    (f"{CAA}消費者庁は、本日、{HOSHI}に対し、{TOKUSHO}第7条第1項の規定に基づき指示を"
     "行いました。\n",
     {("Order", HOSHI, "7", 1, "2025-03-13")}),
    # 同日 after a period means the day of the action before it, not the period's end
    (f"{CAA}消費者庁は、本日、{HOSHI}に対し、{TOKUSHO}第8条第1項の規定に基づき、令和7年3月"
     "14日から令和7年6月13日までの間、業務の一部を停止するよう命じました。また、同日、"
     f"{HOSHI}に対し、特定商取引法第7条第1項の規定に基づき指示を行いました。\n",
     {("BusinessSuspensionOrder", HOSHI, "8", 1, "2025-03-13"),
      ("Order", HOSHI, "7", 1, "2025-03-13")}),
    # a sentence that goes on (また、…) keeps the day of the one before
    (f"{CAA}消費者庁は、本日、{HOSHI}に対し、{TOKUSHO}第8条第1項の規定に基づき、業務の一部を"
     "停止するよう命じました。また、同社に対し、同法第7条第1項の規定に基づき指示を行いました。\n",
     {("BusinessSuspensionOrder", HOSHI, "8", 1, "2025-03-13"),
      ("Order", HOSHI, "7", 1, "2025-03-13")}),
    # one basis for coordinated terms; an alias's 。 between two clauses ends nothing
    (f"{FSA}金融庁は、本日、{SORA}（以下「当社」という。）に対し、保険業法第132条第1項に基づく"
     f"業務停止命令及び業務改善命令を、{SORA_HD}（以下「当社持株会社」という。）に対し、"
     "同法第271条の29第1項に基づく業務改善命令を発出しました。\n",
     {("BusinessSuspensionOrder", SORA, "132", 1, "2019-12-27"),
      ("BusinessImprovementOrder", SORA, "132", 1, "2019-12-27"),
      ("BusinessImprovementOrder", SORA_HD, "271の29", 1, "2019-12-27")}),
]  # fmt: skip
FORM_IDS = [
    "gyoumu-no-ichibu-paren-wo-teishi-suru-you-meiji",
    "gyoumu-no-ichibu-wo-3-kagetsukan-teishi",
    "koto-nado-wo-shiji-shimashita",
    "ni-motozuki-shiji-wo-okonaimashita",
    "doujitsu-after-a-period-is-the-action-day",
    "mata-keeps-the-day",
    "a-oyobi-b-share-the-basis-and-a-second-addressee-has-its-own",
]


@pytest.mark.parametrize(("text", "expected"), FORMS, ids=FORM_IDS)
def test_action_forms(text: str, expected: set[tuple[object, ...]]) -> None:
    got = {
        (a.kind, a.addressee, a.legal_basis and a.legal_basis.article,
         a.legal_basis and a.legal_basis.paragraph, a.date and a.date.iso())
        for a in _parse(text).actions
    }  # fmt: skip
    assert got == expected


def test_an_investigation_finds_violations_and_remedies_none() -> None:
    text = (
        f"{FSA}金融庁は、本日、{SORA}（以下「当社」という。）に対し、保険業法第132条第1項に"
        "基づく業務改善命令を発出しました。\n"
        "1．処分の理由\n"
        "当社に対し、保険業法第129条第1項に基づく立入検査を実施したところ、当社は、"
        "保険業法第300条第1項第1号に違反する行為を行っていた。\n"
    )
    notice = _parse(text)
    by_kind = {a.kind: a for a in notice.actions}
    assert by_kind.keys() == {"BusinessImprovementOrder", "OnSiteInspection"}
    assert by_kind["OnSiteInspection"].violations == ()
    (v,) = notice.violations
    assert by_kind["BusinessImprovementOrder"].violations == (v.key,)
    assert v.provisions[0].article == "300"


ZAIMU = "令和6年2月9日\n東海財務局\n\n貸金業者に対する行政処分について\n\n"
MIKAWA = "株式会社みかわファイナンス"
LEAD_NOTICE = (
    f"{ZAIMU}東海財務局は、本日、{MIKAWA}（以下「当社」という。）に対し、貸金業法に基づき、"
    "以下の行政処分を行った。\n"
    "1．処分の内容\n"
    "(1)業務停止命令\n"
    "令和6年2月13日から令和6年3月12日までの間、貸金業の業務の全部を停止すること。\n"
    "(2)業務改善命令\n"
    "ア 経営管理態勢を見直すこと。\n"
    "イ 上記アの対応状況について、令和6年3月8日までに書面で報告すること。\n"
    "2．根拠条文\n"
    "(1)業務停止命令　貸金業法第24条の6の4第1項\n"
    "(2)業務改善命令　貸金業法第24条の6の3第1項\n"
)
OFFENDERS_NOTICE = (
    f"{JFTC}1　公正取引委員会は、缶詰用空缶の製造業者に対し、{ANTIMONOPOLY}の規定に基づいて"
    "審査を行ってきたところ、本日、同法第7条第2項の規定に基づき排除措置命令を行った。\n"
    f"2　違反行為者\n(1) {HOKUSHIN}\n(2) {KANZUME}\n"
)


def test_actions_set_out_under_headings_take_the_lead_sentences_addressee_day_and_listed_basis() -> (
    None
):
    rows = {
        (a.kind, a.addressee, a.legal_basis and a.legal_basis.article, a.date and a.date.iso(),
         a.deadline and a.deadline.iso())
        for a in _parse(LEAD_NOTICE).actions
    }  # fmt: skip
    assert rows == {
        ("BusinessSuspensionOrder", MIKAWA, "24の6の4", "2024-02-09", None),  # a period's end
        ("BusinessImprovementOrder", MIKAWA, "24の6の3", "2024-02-09", "2024-03-08"),
    }


def test_an_action_addressed_to_a_kind_of_business_goes_to_the_listed_offenders() -> None:
    rows = {(a.kind, a.addressee) for a in _parse(OFFENDERS_NOTICE).actions}
    assert rows == {("CeaseAndDesistOrder", HOKUSHIN), ("CeaseAndDesistOrder", KANZUME)}


HEADED_TWO = (
    f"{PPC}{KOTORI}に対する勧告等について\n\n"
    f"個人情報保護委員会は、本日、{KOTORI}に対し、{DEFINE}第148条第1項に基づく勧告を行った。\n"
    "第1 当委員会の対応\n"
    "(1)勧告\n当委員会は、ことりネットに対し、法第148条第1項に基づき、必要な措置をとるよう勧告した。\n"
    "(2)報告等の求め\n当委員会は、ことりネットに対し、法第146条第1項に基づき、令和7年10月10日"
    "までに報告するよう求めた。\n"
    "第2 勧告の内容\n法第23条の規定違反を是正すること。\n"
    "また、法第146条第1項に基づき、前記の措置の実施状況について、令和7年11月14日までに報告"
    "するよう求める。\n"
)


def test_a_deadline_belongs_to_the_action_of_its_own_sentence() -> None:
    rows = {(a.kind, a.deadline and a.deadline.iso()) for a in _parse(HEADED_TWO).actions}
    assert ("Recommendation", None) in rows
    assert {r for r in rows if r[0] == "ReportRequest"} == {
        ("ReportRequest", "2025-10-10"),
        ("ReportRequest", "2025-11-14"),
    }


def test_a_re_entrustment_is_made_by_the_nearest_subject() -> None:
    n = _entrust(
        "ことりは、顧客情報の入力業務を株式会社つばさシステムに委託していたところ、"
        "株式会社つばさシステムは、その一部を株式会社みなとデータに再委託していた。"
    )
    assert {(e.principal, e.agent) for e in n.entrustments} == {
        ("株式会社ことりネット", "株式会社つばさシステム"),
        ("株式会社つばさシステム", "株式会社みなとデータ"),
    }


LISTED_ONE = (
    f"{CAA}消費者庁は、{HOSHI}（本店所在地：東京都港区、法人番号：3011101023456）（以下「同社」"
    f"という。）に対し、令和7年3月13日、{TOKUSHO}第8条第1項の規定に基づき、業務の一部を停止する"
    "よう命じました。\n"
    "## 認定した違反行為\n\n- 不実告知（特定商取引法第6条第1項）\n- 威迫困惑（特定商取引法第6条第3項）\n"
)
LISTED_EACH = (
    "令和6年10月3日\n東京都\n\n電話勧誘販売事業者2社に対する業務停止命令について\n\n"
    f"東京都は、本日、{HOSHI}（以下「A社」という。）及び{KOTORI}（以下「B社」という。）に対し、"
    f"{TOKUSHO}第23条第1項の規定に基づき、業務の一部を停止するよう命じました。\n"
    "1　主な違反行為\n（1）A社\nア　氏名等の不明示（法第十六条）\n（2）B社\nア　再勧誘（法第十七条）\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LISTED_ONE, {(HOSHI, "6", "不実告知"), (HOSHI, "6", "威迫困惑")}),
        (LISTED_EACH, {(HOSHI, "16", "氏名等の不明示"), (KOTORI, "17", "再勧誘")}),
    ],
    ids=["a-bulleted-list-after-two-parentheticals", "a-list-under-each-companys-heading"],
)
def test_listed_violations_go_to_their_offenders_actions(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    notice = _parse(text)
    by_key = {v.key: v for v in notice.violations}
    got = {
        (a.addressee, by_key[k].provisions[0].article, by_key[k].description)
        for a in notice.actions
        for k in a.violations
    }
    assert got == expected


SEIBI = (
    "令和7年2月14日\n中部地方整備局\n\n建設業者に対する監督処分について\n\n"
    "中部地方整備局長は、本日、下記の建設業者に対し、建設業法（昭和24年法律第100号）に基づき、"
    "次のとおり監督処分を行いました。\n"
    f"1．処分を受けた者\n（1）{HOKUSHIN}\n（2）{KANZUME}（以下「みなと」という。）\n"
    f"2．処分の内容\n（1）{HOKUSHIN}\n建設業法第28条第3項の規定に基づき、令和7年2月28日から"
    "同年3月14日まで（15日間）、営業の全部を停止すること（営業停止処分）。\n"
    "（2）みなと\n建設業法第28条第1項の規定に基づき、社内体制を整備すること（指示処分）。\n"
    "3．処分の理由\n北辰製缶株式会社は、建設業法第22条第1項の規定に違反していた。\n"
)


def test_items_named_by_their_sanction_go_to_the_company_that_heads_them() -> None:
    rows = {
        (a.kind, a.addressee, a.legal_basis and a.legal_basis.article, a.date and a.date.iso(),
         a.deadline)
        for a in _parse(SEIBI).actions
    }  # fmt: skip
    assert rows == {
        ("BusinessSuspensionOrder", HOKUSHIN, "28", "2025-02-14", None),  # 3月14日 ends a period
        ("Order", KANZUME, "28", "2025-02-14", None),
    }


def test_two_companies_two_captions_in_one_sentence() -> None:
    text = (
        f"{CAA}消費者庁は、本日、{HOSHI}（以下「ほしぞら」という。）及び{KOTORI}（以下「ことり」"
        "という。）に対し、それぞれ、不当景品類及び不当表示防止法（以下「景品表示法」という。）"
        "第7条第1項の規定に基づき、措置命令を行いました。\n"
        "ほしぞらの表示は景品表示法第5条第1号（優良誤認）に、ことりの表示は同条第2号（有利誤認）"
        "に該当するものです。\n"
    )
    notice = _parse(text)
    by_key = {v.key: v for v in notice.violations}
    got = {(a.addressee, by_key[k].description) for a in notice.actions for k in a.violations}
    assert got == {(HOSHI, "優良誤認"), (KOTORI, "有利誤認")}


KANAGAWA = (
    "令和5年8月10日\n神奈川県\n\n宅地建物取引業者に対する監督処分について\n\n"
    "神奈川県は、宅地建物取引業法（昭和27年法律第176号。以下「法」という。）に基づき、本日、"
    "次の宅地建物取引業者に対して監督処分を行いました。\n"
    f"1　業務停止処分\n（1）処分を受けた者\n商号　{HOKUSHIN}\n（2）処分の内容\n"
    "法第65条第2項の規定に基づき、令和5年8月24日から同年9月22日までの30日間、業務の全部を停止する。\n"
    f"2　指示処分\n（1）処分を受けた者\n商号　{KANZUME}\n（2）処分の内容\n"
    "法第65条第1項の規定に基づき、次のとおり指示する。\n"
    "ア　上記の措置の結果を、令和5年9月29日までに文書で報告すること。\n"
)
HAKEN = (
    "令和6年3月22日\n東京労働局\n\n労働者派遣事業停止命令について\n\n"
    "東京労働局は、本日、下記の派遣元事業主に対し、労働者派遣事業の適正な運営の確保及び派遣労働者"
    "の保護等に関する法律（昭和60年法律第88号。以下「労働者派遣法」という。）第14条第2項の規定に"
    "基づく労働者派遣事業停止命令を行った。\n\n記\n\n"
    f"1　事業停止命令の対象となる派遣元事業主\n（1）名称　{HOKUSHIN}\n"
)


def test_each_action_goes_to_the_list_of_those_it_is_for() -> None:
    rows = {
        (a.kind, a.addressee, a.legal_basis and a.legal_basis.article, a.date and a.date.iso(),
         a.deadline and a.deadline.iso())
        for n in (_parse(KANAGAWA), _parse(HAKEN)) for a in n.actions
    }  # fmt: skip
    assert rows == {
        ("BusinessSuspensionOrder", HOKUSHIN, "65", "2023-08-10", None),  # its own section's list
        ("Order", KANZUME, "65", "2023-08-10", "2023-09-29"),
        ("BusinessSuspensionOrder", HOKUSHIN, "14", "2024-03-22", None),  # 下記の…事業主
    }


def test_surcharges_from_a_tab_separated_table_and_a_due_date_section() -> None:
    text = (
        f"{CAA}消費者庁は、本日、別表に記載の事業者2社に対し、不当景品類及び不当表示防止法第8条"
        "第1項の規定に基づき、課徴金納付命令を発出しました。\n"
        "1　課徴金納付命令の対象事業者及び課徴金額\n別表\n事業者名\t課徴金額\n"
        f"{HOSHI}\t1億2,345万円\n{KOTORI}\t876万円\n"
        "2　納付期限\n令和7年4月14日\n"
    )
    rows = {(a.addressee, a.amount, a.deadline and a.deadline.iso()) for a in _parse(text).actions}
    assert rows == {(HOSHI, 123_450_000, "2025-04-14"), (KOTORI, 8_760_000, "2025-04-14")}


def test_a_table_row_gives_its_company_the_violation_in_a_cell_and_a_passive_past_order() -> None:
    text = (
        f"{CAA}消費者庁は、本日、別表に記載の事業者2社（以下「2社」という。）に対し、不当景品類及び"
        "不当表示防止法（以下「景品表示法」という。）第8条第1項の規定に基づき、課徴金納付命令を"
        "発出しました。\n2社は、令和5年11月24日、消費者庁から景品表示法第7条第1項の規定に基づく"
        "措置命令を受けていたものです。\n"
        "1　課徴金納付命令の対象事業者及び課徴金額\n別表\n事業者名\t違反行為\t課徴金額\n"
        f"{HOSHI}\t優良誤認（第5条第1号）\t1億2,345万円\n{KOTORI}\t有利誤認（第5条第2号）\t876万円\n"
    )
    notice = _parse(text)
    by_key = {v.key: v for v in notice.violations}
    rows = {
        (a.kind, a.addressee, a.date and a.date.iso(),
         tuple(sorted(by_key[k].description or "" for k in a.violations)))
        for a in notice.actions
    }  # fmt: skip
    assert rows == {
        ("SurchargeOrder", HOSHI, "2025-03-13", ("優良誤認",)),
        ("SurchargeOrder", KOTORI, "2025-03-13", ("有利誤認",)),
        # recounted to the day: the surcharge is for the conduct the order was for
        ("MeasuresOrder", HOSHI, "2023-11-24", ("優良誤認",)),
        ("MeasuresOrder", KOTORI, "2023-11-24", ("有利誤認",)),
    }


def test_a_licence_revoked_by_a_genitive_and_a_correction_instructed() -> None:
    text = (
        "令和6年12月20日\n関東財務局\n\n行政処分について\n\n"
        f"関東財務局は、本日、資金決済に関する法律第63条の17第1項の規定に基づき、{HOSHI}（法人番号"
        "5011001556611。以下「ほしぞら」という。）の暗号資産交換業者の登録を取り消した。\n"
        f"また、同日、{KOTORI}に対し、同法第63条の16の規定に基づき、表示の是正等を指示しました。\n"
    )
    rows = {(a.kind, a.addressee, a.date and a.date.iso()) for a in _parse(text).actions}
    assert rows == {
        ("RegistrationRevocation", HOSHI, "2024-12-20"),
        ("Order", KOTORI, "2024-12-20"),
    }


def test_an_order_on_an_officer_is_nobodys_and_a_reference_to_a_suspension_is_no_action() -> None:
    text = (
        f"{CAA}消費者庁は、{HOSHI}（以下「同社」といいます。）に対し、令和7年3月12日、{TOKUSHO}"
        "第8条第1項の規定に基づき、業務の一部を停止するよう命じました。\n"
        "あわせて、消費者庁は、同社の代表取締役である星野一郎に対し、特定商取引法第8条の2第1項の"
        "規定に基づき、同社に対して前記業務停止命令により業務の停止を命ずる範囲の業務を新たに開始する"
        "ことの禁止を命じました。\n"
        "2　処分の対象となる違反行為\n(1) 不実告知（特定商取引法第6条第1項）\n"
    )
    notice = _parse(text)
    (action,) = notice.actions
    assert (action.kind, action.addressee) == ("BusinessSuspensionOrder", HOSHI)
    # dated the day before the notice, it is still what the notice announces
    assert [v.description for v in notice.violations if v.key in action.violations] == ["不実告知"]


def test_numbered_annexes_each_list_their_own_addressees() -> None:
    text = (
        "令和4年10月21日\n関東財務局\n\n貸金業者の登録の取消しについて\n\n"
        "関東財務局は、本日、別紙1に掲げる貸金業者2社に対し、貸金業法第24条の6の5第1項の規定に基づき、"
        "登録の取消しを行いました。\nまた、本日、別紙2に掲げる貸金業者1社に対し、同法第24条の6の4第1項"
        "の規定に基づき、登録の取消しを行いました。\n"
        f"（別紙1）\n{HOSHI}\n{KOTORI}\n（別紙2）\n{HOKUSHIN}\n"
    )
    rows = {(a.addressee, a.legal_basis and a.legal_basis.article) for a in _parse(text).actions}
    assert rows == {(HOSHI, "24の6の5"), (KOTORI, "24の6の5"), (HOKUSHIN, "24の6の4")}


def test_an_order_addressed_to_an_officer_is_not_given_to_the_listed_company() -> None:
    text = (
        f"{CAA}消費者庁は、本日、下記の事業者に対し、{TOKUSHO}第8条第1項の規定に基づき、業務の一部を"
        "停止するよう命じました。また、同社の代表取締役である星野一郎に対し、同法第8条の2第1項の規定に"
        f"基づき、業務禁止命令を行いました。\n1　処分の対象事業者\n{HOSHI}\n"
    )
    rows = {(a.kind, a.addressee) for a in _parse(text).actions}
    assert rows == {("BusinessSuspensionOrder", HOSHI), ("Order", None)}


def test_actions_laid_out_in_a_table_row_each() -> None:
    text = (
        "令和7年7月4日\n観光庁\n\n旅行業者に対する行政処分について\n\n"
        "観光庁は、本日、以下の旅行業者2社に対し、旅行業法（昭和27年法律第239号。以下「法」という。）"
        "に基づく行政処分を行いました。\n"
        "| 処分対象者 | 処分の内容 | 根拠条文 |\n|---|---|---|\n"
        f"| {HOSHI} | 登録の取消し | 法第19条第1項 |\n"
        f"| {KOTORI} | 業務停止命令（令和7年7月11日から30日間） | 法第19条第1項 |\n"
    )
    rows = {
        (a.kind, a.addressee, a.legal_basis and a.legal_basis.article, a.date and a.date.iso())
        for a in _parse(text).actions
    }
    assert rows == {
        ("RegistrationRevocation", HOSHI, "19", "2025-07-04"),
        ("BusinessSuspensionOrder", KOTORI, "19", "2025-07-04"),
    }


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        (
            "公正取引委員会は、本日、北辰製缶株式会社に対し、同法第7条の2第1項の規定に基づく課徴金納付命令"
            "（以下「本件命令」という。）を行った。",
            {"SurchargeOrder"},
        ),
        (
            "公正取引委員会は、本日、北辰製缶株式会社に対し、報告を求める命令（報告徴求命令）を発出した。",
            {"ReportRequest"},
        ),
    ],
    ids=["a-defining-aside-between-term-and-verb", "an-aside-naming-the-action-itself"],
)
def test_an_aside_between_a_term_and_its_verb(sentence: str, kinds: set[str]) -> None:
    n = _parse(f"{JFTC}{sentence}\n")
    assert {a.kind for a in n.actions} == kinds


def test_a_past_order_in_the_present_perfect_and_a_due_date_said_in_prose() -> None:
    text = (
        f"{CAA}消費者庁は、本日、{HOSHI}（以下「ほしぞら」という。）に対し、不当景品類及び不当表示防止法"
        "（以下「景品表示法」という。）第8条第1項の規定に基づき、課徴金納付命令を行いました。\n"
        "消費者庁は、令和6年2月16日、ほしぞらに対し、同法第7条第1項の規定に基づき措置命令を行っています。\n"
        "なお、納付期限は令和7年10月14日です。\n"
    )
    rows = {
        (a.kind, a.date and a.date.iso(), a.deadline and a.deadline.iso())
        for a in _parse(text).actions
    }
    assert rows == {
        ("SurchargeOrder", "2025-03-13", "2025-10-14"),
        ("MeasuresOrder", "2024-02-16", None),
    }
