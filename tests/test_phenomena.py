"""Issue 3's phenomena, one table each, on sentences written for these tests
(fictional companies): past actions, bases, deadlines, amounts, requested content,
violations, companion documents, dates, figures, the incident, 委託, warnings."""

from __future__ import annotations

import pytest

from shobun.parser import parse
from shobun.parser.model import Notice

HEAD = "令和7年11月28日\n個人情報保護委員会\n\n株式会社あおばテックに対する行政上の対応について\n\n"
LAW = "個人情報の保護に関する法律(平成15年法律第57号。以下「法」という。)"
AOBA = "株式会社あおばテック"


def _parse(body: str) -> Notice:
    return parse(HEAD + body)


PAST = [
    ("当委員会は、令和7年3月14日、株式会社あおばテックに対し、" + LAW + "第148条第1項に基づき、"
     "措置をとるよう勧告したが、同社は措置をとらなかった。", "Recommendation", "2025-03-14"),
    ("金融庁は、令和7年8月21日、株式会社あおばテックに対し、銀行法第25条第1項の規定に基づく"
     "立入検査を実施したところ、問題が認められた。", "OnSiteInspection", "2025-08-21"),
    ("当委員会は、令和6年3月5日付けで、株式会社あおばテックに対し行政指導を実施した。",
     "Guidance", "2024-03-05"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "kind", "date"), PAST, ids=["kankoku-shitaga", "tachiiri", "zuke-de"]
)
def test_actions_recounted_from_the_past_keep_their_date(body: str, kind: str, date: str) -> None:
    found = {(a.kind, a.date.iso() if a.date else None) for a in _parse(body).actions}
    assert (kind, date) in found


BASIS = [
    (LAW + "第147条の規定により、株式会社あおばテックに対し指導を行った。", "147"),
    ("株式会社あおばテックに対し、" + LAW + "第147条による指導を行った。", "147"),
    ("株式会社あおばテックに対し、" + LAW + "第147条に基づく指導を行った。", "147"),
    (LAW + "第147条の規定に基づき、株式会社あおばテックに対し指導を行った。", "147"),
]


@pytest.mark.parametrize(
    ("body", "article"),
    BASIS,
    ids=["no-kitei-ni-yori", "ni-yoru", "ni-motozuku", "no-kitei-ni-motozuki"],
)
def test_legal_basis_forms(body: str, article: str) -> None:
    (action,) = _parse(body).actions
    assert action.legal_basis is not None and action.legal_basis.article == article


def test_what_an_order_asks_to_observe_is_no_violation() -> None:
    n = _parse(
        "当委員会は、株式会社あおばテックに対し、命令を行った。あおばテックは、"
        + LAW
        + "第34条第1項の規定を"
        "遵守するとともに、令和7年4月30日までに改善状況を報告すること。"
    )
    assert n.violations == ()


def test_a_duty_not_met_is_a_violation_not_a_basis() -> None:
    n = _parse(
        "株式会社あおばテックは、" + LAW + "第30条第1項の規定に基づく確認を行っていなかった。"
        "当委員会は、株式会社あおばテックに対し、体制を整備するよう指導を行った。"
    )
    (action,) = n.actions
    assert action.legal_basis is None


DEADLINES = [
    ("第1 命令の内容\n1 再発防止策を講ずること。\n2 前記1の実施状況について、令和8年1月30日(金)までに"
     "報告すること。\n当委員会は、本日、株式会社あおばテックに対し、" + LAW + "第148条第2項の規定に基づく"
     "命令を行った。", ("Order", "2026-01-30")),
    ("消費者庁は、本日、株式会社あおばテックに対し、不当景品類及び不当表示防止法第8条第1項の規定に基づき、"
     "課徴金納付命令を行った。\n1 課徴金納付命令の概要\n(1) 課徴金額 1億2,345万円\n(2) 納付期限 令和8年6月1日",
     ("SurchargeOrder", "2026-06-01")),
]  # fmt: skip


@pytest.mark.parametrize(("body", "expected"), DEADLINES, ids=["inside-an-order", "noufu-kigen"])
def test_deadlines_attach_to_their_action(body: str, expected: tuple[str, str]) -> None:
    found = {(a.kind, a.deadline.iso() if a.deadline else None) for a in _parse(body).actions}
    assert expected in found


def test_surcharge_amount_in_oku_and_man() -> None:
    (action,) = _parse(DEADLINES[1][0]).actions
    assert action.amount == 123_450_000


def test_requested_content_is_what_is_asked() -> None:
    (action,) = _parse(
        "当委員会は、" + LAW + "第148条第1項に基づき、株式会社あおばテックに対し、"
        "安全管理措置を見直すよう勧告する。"
    ).actions
    assert action.requested == "安全管理措置を見直す"


VIOLATIONS = [
    ("当委員会は、株式会社あおばテックに対し、以下の" + LAW + "第19条の規定違反が認められたことから、"
     "指導を行った。", "19", None),
    ("消費者庁は、株式会社あおばテックに対し、景品表示法に違反する行為(同法第5条第2号(有利誤認)に該当)が"
     "認められたことから、措置命令を行った。", "5", "有利誤認"),
    ("当委員会は、株式会社あおばテックに対し、" + LAW + "第27条第1項の規定に違反する個人データの第三者提供を"
     "中止するよう勧告した。", "27", "個人データの第三者提供"),
    ("当委員会は、株式会社あおばテックに対し、指導を行った。あおばテックは、" + LAW + "第25条が求める委託先"
     "の監督を適切に行っていなかった。", "25", "委託先の監督"),  # the duty named, not the prose
    ("当委員会は、株式会社あおばテックに対し、指導を行った。あおばテックは、" + LAW + "第37条第2項に規定"
     "する書面を顧客に交付していなかった。", "37", None),  # a thing (書面) names no wrong
]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "article", "description"),
    VIOLATIONS,
    ids=[
        "kitei-ihan-ga",
        "ni-gaitou",
        "ni-ihan-suru",
        "ga-motomeru-wo-okonatte-inakatta",
        "ni-kitei-suru-wo-koufu-shite-inakatta",
    ],
)
def test_violations(body: str, article: str, description: str | None) -> None:
    n = _parse(body)
    (violation,) = n.violations
    assert [c.article for c in violation.provisions] == [article]
    assert violation.description == description
    assert violation.committed_by == AOBA
    assert all(violation.key in a.violations for a in n.actions)


REFS = [
    ("(詳細版、第3の2(1)ア乃至ウ)", ["第3の2(1)ア", "第3の2(1)イ", "第3の2(1)ウ"]),
    ("(詳細版、第4の1(1)から(3)まで)", ["第4の1(1)", "第4の1(2)", "第4の1(3)"]),
    ("(詳細版、第3の2(1)ア及びイ並びに第4の3)", ["第3の2(1)ア", "第3の2(1)イ", "第4の3"]),
]
DEFINE_DOC = "「(資料2)調査結果の詳細」(以下「詳細版」という。)を参照。\n"


@pytest.mark.parametrize(("refs", "paths"), REFS, ids=["naishi", "kara-made", "tail-inherits-head"])
def test_section_references_into_the_companion_document(refs: str, paths: list[str]) -> None:
    n = _parse(
        DEFINE_DOC + "当委員会は、株式会社あおばテックに対し、" + LAW + "第23条の規定違反(安全管理措置の不備。"
        + refs[1:-1] + "。)について、指導を行った。"
    )  # fmt: skip
    (doc,) = n.documents
    assert (doc.alias, doc.identifier, doc.title) == ("詳細版", "資料2", "調査結果の詳細")
    assert [r.path for r in n.violations[0].detailed_in] == paths


def test_an_annex_is_a_referenced_document() -> None:
    n = _parse("当委員会は、株式会社あおばテックに対し、別添1のとおり指導を行った。")
    assert [d.alias for d in n.documents] == ["別添1"]


DATES = [
    ("令和元年5月1日", "2019-05-01"), ("平成元年1月8日", "1989-01-08"), ("大正元年8月1日", "1912-08-01"),
    ("昭和六十三年十二月一日", "1988-12-01"), ("２０２４年１月５日", "2024-01-05"), ("令和6年1月●日", "2024-01"),
    ("平成30年6月頃", "2018-06"), ("明治45年7月1日", "1912-07-01"),
]  # fmt: skip


@pytest.mark.parametrize(("written", "iso"), DATES, ids=[d[0] for d in DATES])
def test_dates(written: str, iso: str) -> None:
    n = parse(f"{written}、株式会社あおばテックは事業を開始した。")
    assert n.dates[0].value.iso() == iso


def test_relative_dates_resolve_against_the_notice_and_each_other() -> None:
    n = _parse(
        "当委員会は、本日、指導を行った。同日、報告を求めた。令和7年3月1日に受領し、同年4月1日に確認した。"
    )
    assert [d.value.iso() for d in n.dates[1:]] == [
        "2025-11-28",
        "2025-11-28",
        "2025-03-01",
        "2025-04-01",
    ]


FIGURES = [
    ("30社以上", 30, True),
    ("約50人程度", 50, True),
    ("100件超", 100, True),
    ("12団体", 12, False),
    ("約12万3,456人分", 123456, True),
]


@pytest.mark.parametrize(
    ("written", "value", "approx"),
    FIGURES,
    ids=["ijou", "yaku-teido", "chou", "exact", "man-then-digits-with-comma"],
)
def test_figures_and_their_approximate_flag(written: str, value: int, approx: bool) -> None:
    from shobun.parser.extract.figures import figures

    (fig,) = figures(f"対象は{written}であった。")
    assert (fig.value, fig.approximate) == (value, approx)


def test_incident_period_with_koro_ni_kakete() -> None:
    n = _parse(
        "株式会社あおばテックは、平成25年7月頃から令和5年2月頃にかけて、顧客約1,200名の個人データを漏えいさせた。"
    )
    (incident,) = n.incidents
    assert (incident.period_start, incident.period_end) is not None
    assert incident.period_start is not None and incident.period_start.iso() == "2013-07"
    assert incident.period_end is not None and incident.period_end.iso() == "2023-02"
    assert (incident.affected_persons, incident.approximate) == (1200, True)


ENTRUST = [
    ("株式会社あおばテックは、顧客データの処理を株式会社みなとシステムに委託していた。",
     (AOBA, "株式会社みなとシステム")),
    ("株式会社みなとシステムは、株式会社あおばテックから委託された業務を行っていた。",
     (AOBA, "株式会社みなとシステム")),
    ("株式会社あおばテックから委託を受けた株式会社みなとシステムが、データを取り扱っていた。",
     (AOBA, "株式会社みなとシステム")),
    ("株式会社ひかり商事は、株式会社あおばテックの委託先である株式会社みなとシステムに、データを提供した。",
     (AOBA, "株式会社みなとシステム")),
    ("株式会社みなとシステムは、委託元である株式会社あおばテックの指示に従っていた。",
     (AOBA, "株式会社みなとシステム")),
]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "pair"),
    ENTRUST,
    ids=[
        "ni-itaku-shiteita",
        "kara-itaku-sareta",
        "kara-itaku-wo-uke",
        "x-no-itakusaki",
        "itakumoto-de-aru",
    ],
)
def test_entrustment_direction(body: str, pair: tuple[str, str]) -> None:
    assert pair in {(e.principal, e.agent) for e in _parse(body).entrustments}


WARNINGS = [
    ("当委員会は、本日、指導を行った。", "SHOBUN-W104"),
    ("当委員会は、株式会社あおばテックに対し、" + LAW + "第23条の規定違反(詳細版、第3の1(1))について指導を行った。",
     "SHOBUN-W105"),
    ("当委員会は、株式会社あおばテックに対し、法第23条について指導を行った。", "SHOBUN-W102"),
    ("令和8年1月30日(木)までに報告を求める。", "SHOBUN-W101"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "code"),
    WARNINGS,
    ids=["no-addressee", "undefined-document", "undefined-short-name", "weekday"],
)
def test_what_cannot_be_resolved_is_a_warning(body: str, code: str) -> None:
    n = parse(body)
    assert code in {w.code for w in n.warnings}


STATUTE_LABELS = [
    (
        "下請代金支払遅延等防止法(昭和31年法律第120号。以下「下請法」という。)第7条第2項",
        "下請代金支払遅延等防止法",
        "331AC0000000120",
    ),
    ("景品表示法第7条第1項", "不当景品類及び不当表示防止法", "337AC0000000134"),
    ("独占禁止法第20条第1項", "私的独占の禁止及び公正取引の確保に関する法律", "322AC0000000054"),
]


@pytest.mark.parametrize(
    ("cited", "label", "egov"),
    STATUTE_LABELS,
    ids=["former-full-title-as-written", "short-name", "dokkinhou"],
)
def test_statute_labels(cited: str, label: str, egov: str) -> None:
    n = parse(
        f"公正取引委員会は、本日、株式会社あおばテックに対し、{cited}の規定に基づき勧告を行った。"
    )
    assert [(s.label, s.egov_id) for s in n.statutes] == [(label, egov)]
    assert n.actions[0].legal_basis is not None and n.actions[0].legal_basis.statute == label


PERFORMED = [
    ("公正取引委員会は、本日、株式会社あおばテックに対し、独占禁止法第7条第2項の規定に基づき排除措置命令を、同法第7条の2第1項の規定に基づき課徴金納付命令を行った。",
     {("CeaseAndDesistOrder", "7"), ("SurchargeOrder", "7の2")}),
    ("総務省は、本日、株式会社あおばテックに対し、電気通信事業法第29条第1項の規定に基づき、業務の方法の改善その他の措置をとるべきことを命じた。",
     {("BusinessImprovementOrder", "29")}),
    ("関東財務局は、本日、株式会社あおばテックに対し、貸金業法第24条の6の5第1項の規定に基づき、登録を取り消した。",
     {("RegistrationRevocation", "24の6の5")}),
    ("農林水産省は、本日、株式会社あおばテックに対し、食品表示法第6条第1項の規定に基づく指示を行った。",
     {("Order", "6")}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "expected"),
    PERFORMED,
    ids=["wo-comma-coordination", "beki-koto-wo-meijita", "touroku-torikeshi", "ni-motozuku-shiji"],
)
def test_sanctions_performed_by_verb_phrases(body: str, expected: set[tuple[str, str]]) -> None:
    n = parse(body)
    assert {(a.kind, a.legal_basis.article if a.legal_basis else "") for a in n.actions} == expected
    assert {a.addressee for a in n.actions} == {AOBA}


def test_a_citation_of_a_subordinate_rule_is_the_rules_not_the_laws() -> None:
    """A rule with a number of its own (個人情報保護委員会規則第3号) is a statute of its own:
    its articles are its provisions, never the parent law's."""
    n = _parse(
        "当委員会は、株式会社あおばテックに対し、" + LAW + "第147条に基づく指導を行った。"
        "同社は、個人情報の保護に関する法律施行規則(平成28年個人情報保護委員会規則第3号)第7条第1号に定める措置を講じていなかった。"
    )
    assert [(c.statute, c.article) for c in n.citations] == [
        ("個人情報の保護に関する法律", "147"),
        ("個人情報の保護に関する法律施行規則", "7"),
    ]
    assert "SHOBUN-W102" not in {w.code for w in n.warnings}
    assert [o.label for o in n.organizations if o.kind == "Authority"] == ["個人情報保護委員会"]


TITLES = [
    (
        "令和6年1月31日\n金融庁\n株式会社あおばテックに対する行政\n処分について\n金融庁は、本日、指導を行った。",
        "株式会社あおばテックに対する行政処分について",
    ),
    (
        "報道発表資料\n令和6年1月31日\n金融庁\n株式会社あおばテックに対する行政処分について\n金融庁は、本日、指導を行った。",
        "株式会社あおばテックに対する行政処分について",
    ),
    ("金融庁は、本日、株式会社あおばテックに対し、指導を行った。", None),
]


@pytest.mark.parametrize(
    ("text", "title"),
    TITLES,
    ids=["wrapped-at-a-kanji", "label-line-is-not-the-title", "no-header"],
)
def test_titles(text: str, title: str | None) -> None:
    assert parse(text).title_text == title


def test_a_sentence_that_goes_on_keeps_the_addressee_and_new_terms_are_read() -> None:
    n = parse(
        "厚生労働省は、本日、株式会社あおばテックに対し、労働者派遣事業の適正な運営の確保及び派遣労働者の保護等に関する法律"
        "(以下「労働者派遣法」という。)第49条第1項の規定に基づき、改善命令を行った。"
        "また、同法第14条第2項の規定に基づき、事業停止命令を行った。"
    )
    assert [
        (a.kind, a.addressee, a.legal_basis.article if a.legal_basis else None) for a in n.actions
    ] == [
        ("BusinessImprovementOrder", AOBA, "49"),
        ("BusinessSuspensionOrder", AOBA, "14"),
    ]


def test_a_notice_signed_with_its_date_at_the_end() -> None:
    n = parse(
        "株式会社あおばテックに対する行政処分について\n金融庁は、本日、株式会社あおばテックに対し、業務改善命令を発出した。\n以上\n令和6年1月31日\n金融庁"
    )
    assert n.issued is not None and n.issued.iso() == "2024-01-31"
    assert [a.date.iso() if a.date else None for a in n.actions] == ["2024-01-31"]


def test_an_instruction_inside_a_company_is_no_sanction() -> None:
    n = _parse(
        "株式会社あおばテックの経営陣は、改善に向けた対応を指示していなかった。社長は部下に調査を指示した。"
    )
    assert n.actions == ()


def test_corporate_numbers_on_the_line_under_each_name() -> None:
    n = parse(
        "令和6年1月1日\n消費者庁\n\n株式会社あおばテック及びひかり株式会社に対する措置命令について\n\n"
        "1 違反行為者\n(1) 名称 株式会社あおばテック\n法人番号 7010401022916\n"
        "(2) 名称 ひかり株式会社\n法人番号 1020001234560\n"
    )
    numbers = {o.label: o.corporate_number for o in n.organizations if o.kind == "Company"}
    assert numbers == {AOBA: "7010401022916", "ひかり株式会社": "1020001234560"}


UNKNOWN_TITLES = [
    ("株式会社あおばテックは、信用金庫法第89条第1項に違反した。", ("信用金庫法", "89")),
    (
        "協同組合による金融事業に関する法律第6条に基づき、指導を行った。",
        ("協同組合による金融事業に関する法律", "6"),
    ),
    ("その他に確認された法第23条の不備", (None, "23")),
    ("当委員会は、法第147条及び同法第148条を適用した。", (None, "147")),
]


@pytest.mark.parametrize(
    ("text", "first"),
    UNKNOWN_TITLES,
    ids=["title-ending-in-hou", "title-ending-in-houritsu", "prose-before-hou", "hou-and-douhou"],
)
def test_a_law_the_table_does_not_know_is_named_by_its_title(
    text: str, first: tuple[str | None, str]
) -> None:
    n = parse(text)
    assert (n.citations[0].statute, n.citations[0].article) == first
    assert [s.label for s in n.statutes] == ([first[0]] if first[0] else [])


def test_date_and_authority_on_one_header_line() -> None:
    n = parse(
        "株式会社あおばテックに対する行政処分について\n令和6年1月31日　金融庁\n\n金融庁は、本日、株式会社あおばテックに対し、業務改善命令を発出した。"
    )
    assert (n.issued_text, n.issued_by) == ("令和6年1月31日", "金融庁")
    assert n.title_text == "株式会社あおばテックに対する行政処分について"
    assert [a.date.iso() if a.date else None for a in n.actions] == ["2024-01-31"]
