"""Notices in the styles of other regulators (written for these tests; fictional
companies): 公正取引委員会, a 財務局, 総務省 as a web page, 消費者庁 under 特定商取引法,
a PDF's text with its line wraps and page furniture, and an excerpt cut mid-sentence.

Each row: the notice, and the sanctions it must yield as (class, addressee, article of
the legal basis or None), plus the violated articles per addressee."""

from __future__ import annotations

from pathlib import Path

import pytest

from shobun.parser import parse_path
from shobun.parser.model import Notice

STYLES = Path(__file__).parent / "data" / "styles"
SAKURA, NIHON = "合同会社さくらライフ", "一般社団法人日本健康推進協会"
ROWS = [
    (
        "jftc-cease-and-desist.txt",
        {("CeaseAndDesistOrder", "株式会社ABCホールディングス", "20")},
        {("株式会社ABCホールディングス", "19")},
    ),
    (
        "local-finance-bureau-suspension.txt",
        {
            ("BusinessSuspensionOrder", "XYZペイ株式会社", "56"),
            ("ReportRequest", "XYZペイ株式会社", "54"),
        },
        {("XYZペイ株式会社", "51")},
    ),
    (
        "mic-guidance.html",
        {
            ("Guidance", "株式会社ネクストモバイル", None),
            ("ReportRequest", "株式会社ネクストモバイル", None),
        },
        {("株式会社ネクストモバイル", "28")},
    ),
    (
        "caa-tokushoho-suspension.txt",
        {
            ("BusinessSuspensionOrder", SAKURA, "8"),
            ("BusinessSuspensionOrder", NIHON, "8"),
            ("Order", SAKURA, "7"),
        },
        {(SAKURA, "6")},  # 「なお、同社は、…不実告知を行っていました(…第6条第1項第7号)。」
    ),
    (
        "ppc-pdf-wrapped-lines.txt",
        {("Recommendation", "株式会社ほしぞらトラベル", "148")},
        {("株式会社ほしぞらトラベル", "23")},
    ),
    (
        "fsa-improvement-order-with-findings.txt",
        {("BusinessImprovementOrder", "株式会社はやて証券", "51")},
        {("株式会社はやて証券", "40")},
    ),
    (
        "jftc-subcontract-recommendation.txt",
        {("Recommendation", "株式会社みなと物産", "7")},
        {("株式会社みなと物産", "4")},
    ),
    (
        "caa-suspension-and-instruction.txt",
        {
            ("BusinessSuspensionOrder", "株式会社ひまわりホーム", "8"),
            ("Order", "株式会社ひまわりホーム", "7"),
        },
        {("株式会社ひまわりホーム", "3"), ("株式会社ひまわりホーム", "6")},
    ),
    (
        "ppc-overview-short-name-defined-last.md",
        {
            ("Recommendation", "株式会社いろはメディカル", "148"),
            ("Guidance", "株式会社いろはメディカル", "147"),
        },
        {("株式会社いろはメディカル", "23"), ("株式会社いろはメディカル", "25")},
    ),
    (
        "local-finance-bureau-credit-union.html",
        {("BusinessImprovementOrder", "ひかり信用金庫", "26")},
        set(),
    ),
    (
        "fsa-excerpt-cut-mid-sentence.txt",
        {
            ("BusinessImprovementOrder", "株式会社みなと証券", "51"),
            ("BusinessSuspensionOrder", "株式会社みなと証券", "52"),
        },
        set(),
    ),
]


def _actions(n: Notice) -> set[tuple[str, str | None, str | None]]:
    return {
        (a.kind, a.addressee, a.legal_basis.article if a.legal_basis else None) for a in n.actions
    }


def _violations(n: Notice) -> set[tuple[str | None, str]]:
    return {(v.committed_by, c.article) for v in n.violations for c in v.provisions}


@pytest.mark.parametrize(("name", "actions", "violations"), ROWS, ids=[r[0] for r in ROWS])
def test_sanctions_and_violations_in_other_styles(
    name: str, actions: set[tuple[str, str, str | None]], violations: set[tuple[str, str]]
) -> None:
    n = parse_path(STYLES / name)
    assert _actions(n) == actions
    assert _violations(n) == violations


def test_html_title_and_date_lines_stay_apart() -> None:
    n = parse_path(STYLES / "mic-guidance.html")
    assert n.title_text == "株式会社ネクストモバイルに対する電気通信事業法に基づく行政指導"
    assert n.issued is not None and n.issued.iso() == "2025-02-14"
    assert n.issued_by == "総務省"


def test_a_group_alias_is_not_one_company() -> None:
    n = parse_path(STYLES / "caa-tokushoho-suspension.txt")
    group = next(d for d in n.aliases if d.alias == "本件事業者")
    assert group.target_kind == "Group" and set(group.members) == {SAKURA, NIHON}
    assert all("本件事業者" not in o.aliases for o in n.organizations)


def test_a_suspension_period_is_not_the_incident_period() -> None:
    n = parse_path(STYLES / "caa-tokushoho-suspension.txt")
    (incident,) = n.incidents
    assert incident.period_start is not None and incident.period_start.iso() == "2024-08"
    assert incident.affected_persons == 350


def test_pdf_wraps_are_undone_and_page_furniture_dropped() -> None:
    n = parse_path(STYLES / "ppc-pdf-wrapped-lines.txt")
    assert (
        n.title_text
        == "株式会社ほしぞらトラベルに対する個人情報の保護に関する法律に基づく行政上の対応について"
    )
    assert [(s.path, s.heading) for s in n.sections] == [
        ("1", "事案の概要"), ("2", "法律上の問題点"), ("3", "勧告の内容"),
        ("3(1)", None), ("3(2)", None),
    ]  # fmt: skip
    assert {o.label for o in n.organizations} == {"個人情報保護委員会", "株式会社ほしぞらトラベル"}
    (action,) = n.actions
    assert action.deadline is not None and action.deadline.iso() == "2023-04-28"


def test_an_excerpt_has_no_title_made_of_its_first_sentence() -> None:
    n = parse_path(STYLES / "fsa-excerpt-cut-mid-sentence.txt")
    assert n.title_text is None
    assert n.issued_by == "金融庁"


def test_a_name_that_begins_with_a_particle_and_follows_a_line_number() -> None:
    n = parse_path(STYLES / "fsa-improvement-order-with-findings.txt")
    (company,) = [o for o in n.organizations if o.kind == "Company"]
    assert (company.label, company.aliases, company.corporate_number) == (
        "株式会社はやて証券", ("当社",), "7010401022916",
    )  # fmt: skip
    assert [q.count_of for q in n.quantities] == []


def test_a_former_full_title_and_its_short_name_are_one_statute() -> None:
    n = parse_path(STYLES / "jftc-subcontract-recommendation.txt")
    assert [(s.label, s.short_names) for s in n.statutes] == [
        ("下請代金支払遅延等防止法", ("下請法",))
    ]
    assert len(n.violations) == 1


def test_violations_listed_as_numbered_headings_with_their_provision() -> None:
    n = parse_path(STYLES / "caa-suspension-and-instruction.txt")
    assert {v.description for v in n.violations} == {"勧誘目的等の不明示", "不実告知"}
    assert all(set(a.violations) == {v.key for v in n.violations} for a in n.actions)


def test_a_short_name_defined_in_a_closing_reference_list_still_resolves() -> None:
    n = parse_path(STYLES / "ppc-overview-short-name-defined-last.md")
    assert [(s.label, s.short_names) for s in n.statutes] == [
        ("個人情報の保護に関する法律", ("法",))
    ]
    assert n.warnings == ()
    assert [(e.principal, e.agent) for e in n.entrustments] == [
        ("株式会社いろはメディカル", "こだまソフト株式会社")
    ]
    assert {r.path for v in n.violations for r in v.detailed_in} == {
        "第2の1(1)",
        "第2の1(2)",
        "第2の3",
    }


def test_a_web_page_with_a_table_a_suffix_form_and_an_unknown_law() -> None:
    n = parse_path(STYLES / "local-finance-bureau-credit-union.html")
    assert (n.title_text, n.issued_by) == ("ひかり信用金庫に対する行政処分について", "関東財務局")
    assert [(s.path, s.heading) for s in n.sections] == [
        ("1", "処分の内容"), ("1(1)", "法令等遵守態勢の確立"), ("1(2)", None), ("2", "処分の理由"),
    ]  # fmt: skip
    assert [s.label for s in n.statutes] == ["信用金庫法", "銀行法"]
    assert [w.code for w in n.warnings] == ["SHOBUN-W103"]  # the made-up 法人番号's check digit
    assert n.actions[0].deadline is not None and n.actions[0].deadline.iso() == "2024-12-06"
