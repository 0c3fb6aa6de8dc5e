"""The point-in-time stage (`parser.lawtime`): a citation and the notice's date → the
version cited, today's provision and the captions. One row per case, over notices of
the same duty dated in each numbering period (2017, 2021, 2022-06, 2023, 2024 …)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shobun.core.numbering import parse_item
from shobun.parser import concordance, lawtime, parse
from shobun.parser.model import (
    Action,
    Citation,
    DateValue,
    Notice,
    Numbering,
    Span,
    Statute,
    Warning,
)

LAWS = {
    "個人情報保護法": ("個人情報の保護に関する法律", "平成15年法律第57号", "415AC0000000057"),
    "景品表示法": ("不当景品類及び不当表示防止法", "昭和37年法律第134号", "337AC0000000134"),
    "独占禁止法": (
        "私的独占の禁止及び公正取引の確保に関する法律",
        "昭和22年法律第54号",
        "322AC0000000054",
    ),
    "下請法": (
        "製造委託等に係る中小受託事業者に対する代金の支払の遅延等の防止に関する法律",
        "昭和31年法律第120号",
        "331AC0000000120",
    ),
    "JAS法": ("日本農林規格等に関する法律", "昭和25年法律第175号", "325AC0000000175"),
    "労働者派遣法": (
        "労働者派遣事業の適正な運営の確保及び派遣労働者の保護等に関する法律",
        "昭和60年法律第88号",
        "360AC0000000088",
    ),
}


def day(iso: str | None) -> DateValue | None:
    if iso is None:
        return None
    y, m, d = (int(p) for p in iso.split("-"))
    return DateValue(y, m, d)


def numbering(cited: str) -> Numbering:
    """ "42/1" → article 42 paragraph 1; "5//1" → article 5 item 1; "5//3の2" → 第3号の2."""
    parts = ([*cited.split("/"), "", ""])[:3]
    return Numbering(
        parts[0], int(parts[1]) if parts[1] else None, parse_item(parts[2]) if parts[2] else None
    )


def notice(
    law: str,
    issued: str | None,
    cited: str,
    *,
    before: str = "",
    acted: str | None = None,
    written: str | None = None,
) -> Notice:
    """A notice of `issued` naming `law` (as `written`, its short name by default) and
    citing `cited` after `before` (旧法, 改正前の …); an action dated `acted` rests on it."""
    title, number, egov = LAWS[law]
    name = written or law
    n = numbering(cited)
    head = f"{name}に基づく。{before}"
    surface = f"第{n.article}条"
    text = head + surface + "の規定に基づき勧告を行った。"
    c = Citation(
        title, n.article, n.paragraph, n.item, Span(len(head), len(head) + len(surface), surface)
    )
    statute = Statute(title, number, egov, (), (Span(0, len(name), name),))
    actions = ()
    if acted:
        actions = (
            Action(
                "a1",
                "Recommendation",
                "勧告",
                None,
                None,
                c,
                (),
                (),
                None,
                day(acted),
                None,
                None,
                None,
                c.span,
            ),
        )
    return Notice(
        "t", text, "h", "text/plain", None, None, day(issued), issued, None,
        statutes=(statute,), citations=(c,), actions=actions,
    )  # fmt: skip


@dataclass(frozen=True)
class Case:
    id: str
    law: str
    issued: str | None
    cited: str
    version: str | None  # the versioned IRI's day; None: today's numbering
    current: str | None  # today's numbering; None: unknown
    caption: str | None = None
    before: str = ""
    acted: str | None = None
    warning: str | None = None


CASES = [
    # 安全管理措置: 第20条 until 2022-03-31, 第23条 since
    Case("APPI 2010 第20条 (2005 numbering) is today's 第23条", "個人情報保護法", "2010-06-01", "20", "2005-04-01", "23", "安全管理措置"),
    Case("APPI 2017 第20条 is today's 第23条", "個人情報保護法", "2017-06-01", "20", "2017-05-30", "23", "安全管理措置"),
    Case("APPI 2021 第20条 is today's 第23条", "個人情報保護法", "2021-03-01", "20", "2017-05-30", "23", "安全管理措置"),
    Case("APPI 2022-06 第23条 is today's 第23条", "個人情報保護法", "2022-06-01", "23", None, "23", "安全管理措置"),
    Case("APPI 2023 第23条", "個人情報保護法", "2023-05-01", "23", None, "23", "安全管理措置"),
    Case("APPI 2024 第23条", "個人情報保護法", "2024-01-15", "23", None, "23", "安全管理措置"),
    # 勧告及び命令: 第42条 → 第145条 (2022-04-01) → 第148条 (2023-04-01)
    Case("APPI 2017 勧告 第42条第1項", "個人情報保護法", "2017-06-01", "42/1", "2017-05-30", "148/1", "勧告及び命令"),
    Case("APPI 2021 勧告 第42条第1項", "個人情報保護法", "2021-03-01", "42/1", "2017-05-30", "148/1", "勧告及び命令"),
    Case("APPI 2022-06 勧告 第145条第1項", "個人情報保護法", "2022-06-01", "145/1", "2022-04-01", "148/1", "勧告及び命令"),
    Case("APPI 2023 勧告 第148条第1項", "個人情報保護法", "2023-05-01", "148/1", None, "148/1", "勧告及び命令"),
    Case("APPI 2024 命令 第148条第2項", "個人情報保護法", "2024-01-15", "148/2", None, "148/2", "勧告及び命令"),
    Case("APPI 2019 報告徴収 第40条第1項", "個人情報保護法", "2019-01-01", "40/1", "2017-05-30", "146/1", "報告及び立入検査"),
    Case("APPI 2019 指導 第41条", "個人情報保護法", "2019-01-01", "41", "2017-05-30", "147", "指導及び助言"),
    Case("APPI 2019 委託先の監督 第22条", "個人情報保護法", "2019-01-01", "22", "2017-05-30", "25", "委託先の監督"),
    Case("APPI 2019 第三者提供 第23条第1項", "個人情報保護法", "2019-01-01", "23/1", "2017-05-30", "27/1", "第三者提供の制限"),
    Case("APPI 2022-06 漏えい等の報告 第26条", "個人情報保護法", "2022-06-01", "26", None, "26", "漏えい等の報告等"),
    Case("APPI 2019 第30条: no row, unknown", "個人情報保護法", "2019-01-01", "30", "2017-05-30", None, None, warning="SHOBUN-W110"),
    Case("APPI 2022-06 第42条 is not a 2022 provision we know", "個人情報保護法", "2022-06-01", "42/1", "2022-04-01", None, warning="SHOBUN-W110"),
    Case("APPI 2022-06 旧法第20条: the version before", "個人情報保護法", "2022-06-01", "20", "2017-05-30", "23", "安全管理措置", before="旧法"),
    Case("APPI 2022-06 改正前の法第42条第1項", "個人情報保護法", "2022-06-01", "42/1", "2017-05-30", "148/1", "勧告及び命令", before="改正前の法"),
    Case("APPI 2022-06 旧法第20条及び第22条: the chain is old too", "個人情報保護法", "2022-06-01", "22", "2017-05-30", "25", "委託先の監督", before="旧法第20条及び"),
    Case("APPI 2022-06 (現行法第23条) after 旧法第20条 is today's", "個人情報保護法", "2022-06-01", "23", None, "23", "安全管理措置", before="旧法第20条(現行法"),
    Case("APPI no date: today's numbering, warned", "個人情報保護法", None, "23", None, "23", "安全管理措置", warning="SHOBUN-W109"),
    Case("APPI 2022-06 notice, action dated 2022-03: the action's day", "個人情報保護法", "2022-06-01", "42/1", "2017-05-30", "148/1", acted="2022-03-15"),
    Case("APPI 2022-06 notice, action dated later: the notice's day", "個人情報保護法", "2022-06-01", "145/1", "2022-04-01", "148/1", acted="2022-07-01"),
    # 景品表示法: 第4条第1項 → 第5条 (2014-12-01), 第6条 → 第7条
    Case("景表法 2013 優良誤認 第4条第1項第1号 is 第5条第1号", "景品表示法", "2013-11-01", "4/1/1", "2009-09-01", "5//1", "不当な表示の禁止"),
    Case("景表法 2013 措置命令 第6条 is 第7条", "景品表示法", "2013-11-01", "6", "2009-09-01", "7", "措置命令"),
    Case("景表法 2013 景品類 第3条 is 第4条", "景品表示法", "2013-11-01", "3", "2009-09-01", "4", "景品類の制限及び禁止"),
    Case("景表法 2013 第4条第2項: not moved by any row", "景品表示法", "2013-11-01", "4/2", "2009-09-01", None, "不当な表示の禁止", warning="SHOBUN-W110"),
    Case("景表法 2018 第5条第1号 is today's", "景品表示法", "2018-10-31", "5//1", None, "5//1", "不当な表示の禁止"),
    Case("景表法 2018 課徴金 第8条第1項 is today's", "景品表示法", "2018-10-31", "8/1", None, "8/1", "課徴金納付命令"),
    Case("景表法 2020 管理措置 第26条第1項 is 第22条第1項", "景品表示法", "2020-06-01", "26/1", "2014-12-01", "22/1"),
    Case("景表法 2025 第5条第1号", "景品表示法", "2025-10-01", "5//1", None, "5//1", "不当な表示の禁止"),
    # 独占禁止法 課徴金 (令和元年改正, 2020-12-25)
    Case("独禁法 2015 課徴金 第7条の2第1項 is today's", "独占禁止法", "2015-03-01", "7の2/1", None, "7の2/1"),
    Case("独禁法 2015 第7条の2第18項 is 第7条の4第7項", "独占禁止法", "2015-03-01", "7の2/18", "2010-01-01", "7の4/7"),
    Case("独禁法 2015 第7条の2第8項 is 第7条の3第2項", "独占禁止法", "2015-03-01", "7の2/8", "2010-01-01", "7の3/2"),
    Case("独禁法 2015 第7条の2第4項: not sourced", "独占禁止法", "2015-03-01", "7の2/4", "2010-01-01", None, warning="SHOBUN-W110"),
    Case("独禁法 2019 不当な取引制限 第3条 is today's", "独占禁止法", "2019-06-20", "3", None, "3"),
    Case("独禁法 2019 第19条: not sourced", "独占禁止法", "2019-06-20", "19", "2010-01-01", None, warning="SHOBUN-W110"),
    Case("独禁法 2021 第7条の2第1項", "独占禁止法", "2021-03-01", "7の2/1", None, "7の2/1"),
    # 下請法 → 取適法 (2026-01-01)
    Case("下請法 2025 受領拒否 第4条第1項第1号 is 第5条第1項第1号", "下請法", "2025-03-01", "4/1/1", "2004-04-01", "5/1/1"),
    Case("下請法 2025 勧告 第7条第2項 is 第10条第1項", "下請法", "2025-03-01", "7/2", "2004-04-01", "10/1", "勧告"),
    Case("下請法 2025 書面 第3条 is 第4条", "下請法", "2025-03-01", "3", "2004-04-01", "4"),
    Case("下請法 2025 割引困難な手形 第4条第2項第2号: no counterpart sourced", "下請法", "2025-03-01", "4/2/2", "2004-04-01", None, warning="SHOBUN-W110"),
    Case("取適法 2026 勧告 第10条第1項 is today's", "下請法", "2026-03-01", "10/1", None, "10/1", "勧告"),
    # branched items (第3号の2) move as their article does, and never as their plain item
    Case("APPI 2019 第23条第1項第5号の2 carries its branch to 第27条第1項第5号の2", "個人情報保護法", "2019-01-01", "23/1/5の2", "2017-05-30", "27/1/5の2", "第三者提供の制限"),
    Case("景表法 2013 第4条第1項第3号の2 is 第5条第3号の2", "景品表示法", "2013-11-01", "4/1/3の2", "2009-09-01", "5//3の2", "不当な表示の禁止"),
    Case("下請法 2025 第4条第1項第1号の2: 第1号's row does not move it", "下請法", "2025-03-01", "4/1/1の2", "2004-04-01", None, warning="SHOBUN-W110"),
]  # fmt: skip


def _place(case: Case) -> tuple[Notice, Notice]:
    n = notice(case.law, case.issued, case.cited, before=case.before, acted=case.acted)
    return n, lawtime.annotate(n)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_point_in_time(case: Case) -> None:
    _, out = _place(case)
    (placed,) = out.provisions_in_time
    assert placed.version == case.version
    assert placed.current == (numbering(case.current) if case.current else None)
    if case.caption is not None or case.current is None:
        assert placed.caption == case.caption
    codes = [w.code for w in out.warnings]
    assert codes == ([case.warning] if case.warning else [])


def test_a_law_without_tables_is_left_alone() -> None:
    n = notice("個人情報保護法", "2019-01-01", "20")
    other = Statute("銀行法", "昭和56年法律第59号", "356AC0000000059", (), n.statutes[0].mentions)
    c = Citation("銀行法", "26", 1, None, n.citations[0].span)
    out = lawtime.annotate(
        Notice(
            "t",
            n.text,
            "h",
            "text/plain",
            None,
            None,
            n.issued,
            None,
            None,
            statutes=(other,),
            citations=(c,),
        )
    )
    assert out.provisions_in_time == () and out.warnings == ()


TITLE_CASES = [
    ("下請法 in 2025 is 下請代金支払遅延等防止法", "下請法", "2025-03-01", None, "下請代金支払遅延等防止法", ()),
    ("下請法 in 2026 is 取適法's title", "下請法", "2026-03-01", None, LAWS["下請法"][0], ("下請代金支払遅延等防止法",)),
    ("the current title written out in 2025 stays as written", "下請法", "2025-03-01", LAWS["下請法"][0], LAWS["下請法"][0], ("下請代金支払遅延等防止法",)),
    ("労働者派遣法 in 2011 is the 就業条件の整備等 title", "労働者派遣法", "2011-05-01", None, "労働者派遣事業の適正な運営の確保及び派遣労働者の就業条件の整備等に関する法律", ()),
    ("労働者派遣法 in 2013 is today's title", "労働者派遣法", "2013-05-01", None, LAWS["労働者派遣法"][0], ("労働者派遣事業の適正な運営の確保及び派遣労働者の就業条件の整備等に関する法律",)),
    ("no date: today's title", "下請法", None, None, LAWS["下請法"][0], ("下請代金支払遅延等防止法",)),
    ("JAS法 in 2012 is the 品質表示の適正化 title", "JAS法", "2012-10-25", None, "農林物資の規格化及び品質表示の適正化に関する法律", ("農林物資の規格化等に関する法律",)),
    ("JAS法 in 2016 is the 規格化等 title", "JAS法", "2016-06-01", None, "農林物資の規格化等に関する法律", ("農林物資の規格化及び品質表示の適正化に関する法律",)),
    ("JAS法 from 2018-04 is today's title", "JAS法", "2018-04-01", None, LAWS["JAS法"][0], ("農林物資の規格化及び品質表示の適正化に関する法律", "農林物資の規格化等に関する法律")),
]  # fmt: skip


# A name the notice writes: a short name takes the title in force on the notice's day,
# however long it is (日本農林規格(JAS)法); a former title written out stays as written.
# (sentence, issue date, the statute's label)
WRITTEN_CASES = [
    ("short-long-name-2008", "架空水産株式会社に対し、日本農林規格(JAS)法に基づき指示を行った。", "平成20年1月10日", "農林物資の規格化及び品質表示の適正化に関する法律"),
    ("short-long-name-2019", "架空水産株式会社に対し、日本農林規格(JAS)法に基づき指示を行った。", "令和元年7月10日", "日本農林規格等に関する法律"),
    ("short-name-2013", "架空水産株式会社に対し、ＪＡＳ法第19条の14第1項に基づき指示を行った。", "平成25年1月10日", "農林物資の規格化及び品質表示の適正化に関する法律"),
    ("former-title-written-2019", "架空水産株式会社に対し、農林物資の規格化等に関する法律に基づき指示を行った。", "令和元年7月10日", "農林物資の規格化等に関する法律"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "dated", "label"),
    [c[1:] for c in WRITTEN_CASES],
    ids=[c[0] for c in WRITTEN_CASES],
)
def test_statute_label_as_written_or_in_time(sentence: str, dated: str, label: str) -> None:
    n = parse(f"架空農政局\n{dated}\n食品表示に関する指示について\n　架空農政局は、{sentence}\n")
    assert [s.label for s in n.statutes if s.egov_id == "325AC0000000175"] == [label]


@pytest.mark.parametrize(
    ("law", "issued", "written", "label", "formers"),
    [c[1:] for c in TITLE_CASES],
    ids=[c[0] for c in TITLE_CASES],
)
def test_statute_title_in_time(
    law: str, issued: str | None, written: str | None, label: str, formers: tuple[str, ...]
) -> None:
    out = lawtime.annotate(notice(law, issued, "1", written=written))
    (titles,) = out.statute_titles
    assert (titles.label, titles.current_title, titles.former_titles) == (
        label,
        LAWS[law][0],
        formers,
    )
    assert out.statutes[0].label == label
    assert {c.statute for c in out.citations} == {label}, "citations follow the label"
    assert {p.citation.statute for p in out.provisions_in_time} <= {label}


@given(st.text(max_size=60), st.integers(min_value=0, max_value=60))
def test_old_marker_never_raises(text: str, at: int) -> None:
    c = Citation("x", "1", None, None, Span(min(at, len(text)), min(at, len(text)), ""))
    assert lawtime._marked_old(text, c) in (True, False)


@given(
    st.sampled_from(sorted(concordance.versions())),
    st.integers(min_value=1, max_value=200),
    st.one_of(st.none(), st.integers(min_value=1, max_value=30)),
    st.one_of(st.none(), st.integers(min_value=1, max_value=30)),
    st.dates(),
)
def test_to_current_is_total(
    law: str, article: int, para: int | None, item: int | None, when: object
) -> None:
    """Any numbering on any day: today's numbering or None, never an error or a loop."""
    version = concordance.version_on(law, when)  # type: ignore[arg-type]
    if version is not None:
        out = concordance.to_current(law, version, Numbering(str(article), para, item))
        assert out is None or isinstance(out, Numbering)


def test_warning_names_the_citation() -> None:
    out = lawtime.annotate(notice("個人情報保護法", "2019-01-01", "30"))
    (w,) = out.warnings
    assert isinstance(w, Warning) and "第30条" in w.message and "2017-05-30" in w.message
