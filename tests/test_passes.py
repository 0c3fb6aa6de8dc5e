"""The events passes and the resolution stage, each on its own inputs: drafts made by hand
for the pure passes (merge, specific, absorb), a context built from a short text for the
passes that read the notice (fill, describe), mentions for resolution."""

from __future__ import annotations

from dataclasses import replace

import pytest

from shobun.parser import described, labels, lead, merge, passes, stages
from shobun.parser.context import Context
from shobun.parser.events import Draft
from shobun.parser.extract import sanctions
from shobun.parser.model import Citation, DateValue, Span
from shobun.parser.normalize import normalize
from shobun.parser.positions import ByStart

D1, D2 = DateValue(2025, 3, 1), DateValue(2025, 4, 1)
NOWHERE = Span(0, 0, "")


def cite(article: str, paragraph: int | None = None) -> Citation:
    return Citation("銀行法", article, paragraph, None, NOWHERE)


def draft(kind: str = "BusinessImprovementOrder", who: str | None = "A社", **kw: object) -> Draft:
    base = Draft(kind, "業務改善命令", who, None, None, (), None, 0, 2, ((0, 10),))
    return replace(base, **kw)  # type: ignore[arg-type]


MERGES = [
    ([draft(), draft(basis=cite("26", 1))], [("BusinessImprovementOrder", "A社", "26")]),
    ([draft(basis=cite("26", 1)), draft(basis=cite("27"))],
     [("BusinessImprovementOrder", "A社", "26"), ("BusinessImprovementOrder", "A社", "27")]),
    ([draft(date=D1), draft(date=D2)],
     [("BusinessImprovementOrder", "A社", None), ("BusinessImprovementOrder", "A社", None)]),
    ([draft(), draft(who="B社")],
     [("BusinessImprovementOrder", "A社", None), ("BusinessImprovementOrder", "B社", None)]),
    ([draft(deadlines=(D1, D2), requested="報告")],
     [("BusinessImprovementOrder", "A社", None), ("BusinessImprovementOrder", "A社", None)]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("items", "expected"),
    MERGES,
    ids=[
        "heading-and-body-of-one-order-are-one",
        "two-bases-stay-two-orders",
        "two-days-stay-two-orders",
        "two-addressees-stay-two",
        "two-deadlines-split-in-two",
    ],
)
def test_merge(items: list[Draft], expected: list[tuple[str, str, str | None]]) -> None:
    got = merge.merge(tuple(items))
    assert [(d.kind, d.addressee, d.basis.article if d.basis else None) for d in got] == expected


def test_merge_changes_nothing_it_was_given() -> None:
    items = (draft(deadlines=(D1,)), draft(basis=cite("26", 1), deadlines=(D2,)))
    before = [replace(d) for d in items]
    merge.merge(items)
    assert list(items) == before


@pytest.mark.parametrize(
    ("term", "kind"),
    [("次の措置を講ずるよう命じ", "Order"), ("措置を講ずるよう命じ", "BusinessImprovementOrder"),
     ("指示", "Order")],
    ids=["not-the-whole-term", "generic-order-restates-improvement-order", "a-shiji-stays"],
)  # fmt: skip
def test_specific(term: str, kind: str) -> None:
    items = (draft(), draft("Order", term=term))
    assert merge.specific(items)[1].kind == kind


def test_a_headless_heading_lends_to_the_one_addressee_of_its_kind() -> None:
    heading = draft("Caution", None, from_heading=True, scopes=((50, 60),), basis=cite("28"))
    told = draft("Caution", "A社")
    (only,) = merge.absorb_headless((told, heading))
    assert (only.addressee, only.basis) == ("A社", cite("28"))


def context(text: str) -> tuple[Context, list[sanctions.Term]]:
    found = stages.extract(normalize(text))
    return stages.context_of(found, stages.resolved(found)), found.terms


LEAD = "令和7年3月1日\n東北財務局\n\n行政処分について\n\n東北財務局は、本日、下記の貸金業者に対し、"


FILLS = [
    (f"{LEAD}行政処分を行った。\n1 処分を受けた者\n商号　株式会社あおい商事\n", ["株式会社あおい商事"]),
    (f"{LEAD}行政処分を行った。\n1 事業者\n| 商号 | 所在地 |\n|---|---|\n| 株式会社あおい商事 | 仙台市 |\n",
     ["株式会社あおい商事"]),
    (f"{LEAD}行政処分を行った。\n株式会社あおい商事は、書面を交付していなかった。\n",
     ["株式会社あおい商事"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    FILLS,
    ids=["a-list-headed-shobun-wo-uketa-mono", "a-table-column-of-names", "the-one-company-named"],
)
def test_fill_finds_whom_an_unaddressed_action_is_for(text: str, expected: list[str]) -> None:
    ctx, _ = context(text)
    unaddressed = (draft(who=None),)
    got = lead.fill(ctx, unaddressed)
    assert [d.addressee for d in got] == expected
    assert got[0].date == DateValue(2025, 3, 1)  # the lead's 本日


def test_describe_lends_a_sections_deadline_and_items() -> None:
    text = (
        f"{LEAD}業務改善命令を発出した。\n2 業務改善命令の内容\n(1) 法令遵守態勢を確立すること。\n"
        "(2) 上記(1)について、令和7年4月30日までに報告すること。\n"
    )
    ctx, terms = context(text)
    (performed,) = (d for d in passes.found(ctx, terms) if d.kind == "BusinessImprovementOrder")
    (lent,) = described.describe(ctx, (performed,), ByStart(terms, lambda t: t.start))
    assert lent.deadlines == (DateValue(2025, 4, 30),)
    assert lent.requested is not None and "法令遵守態勢" in lent.requested


@pytest.mark.parametrize(
    ("date", "lent"),
    [(DateValue(2025, 2, 1), ()), (None, (DateValue(2025, 4, 30),))],
    ids=["a-past-action-takes-no-deadline-set-out-today", "todays-action-takes-it"],
)
def test_describe_lends_a_later_deadline_to_todays_action_only(
    date: DateValue | None, lent: tuple[DateValue, ...]
) -> None:
    text = f"{LEAD}業務改善命令を発出した。\n2 業務改善命令の内容\n(1) 令和7年4月30日までに報告すること。\n"
    ctx, terms = context(text)
    (performed,) = (d for d in passes.found(ctx, terms) if d.kind == "BusinessImprovementOrder")
    then = replace(performed, date=date) if date else performed
    (got,) = described.describe(ctx, (then,), ByStart(terms, lambda t: t.start))
    assert got.deadlines == lent


RESOLVED = [
    ("株式会社あおい商事(以下「あおい」という。)に対し、あおいは", ["株式会社あおい商事"] * 2),
    ("株式会社あおい商事に対し、同社は", ["株式会社あおい商事"] * 2),
    ("株式会社あおい商事及び合同会社みどりラボ(以下まとめて「両社」という。)に対し、両社は",
     ["株式会社あおい商事", "合同会社みどりラボ", "合同会社みどりラボ", "株式会社あおい商事"]),
    ("株式会社あおい商事については、東京都が、措置命令を行っている。同社は",
     ["株式会社あおい商事", "東京都", "株式会社あおい商事"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "labels"),
    RESOLVED,
    ids=["alias", "doushya", "group-stands-for-each-member", "doushya-is-no-prefecture"],
)
def test_resolution_of_names(text: str, labels: list[str]) -> None:
    found = stages.extract(normalize(text))
    mentions = stages.resolved(found).organizations.mentions
    assert sorted(m.label for m in mentions) == sorted(labels)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("銀行法(昭和56年法律第59号。以下「法」という。)第26条第1項及び同条第2項", ["26/1", "26/2"]),
        ("景品表示法第7条第1項及び同法第8条第1項", ["7/1", "8/1"]),
        ("法第5条から第7条まで", ["5/None", "6/None", "7/None"]),
    ],
    ids=["hou-and-doujou", "douhou", "a-range-stands-for-each-member"],
)  # fmt: skip
def test_resolution_of_citations(text: str, expected: list[str]) -> None:
    found = stages.extract(normalize(text))
    cites = stages.resolved(found).citations
    assert [f"{c.article}/{c.paragraph}" for _, _, c in cites] == expected


INSTRUCTED = [
    (draft("Order", term="ことなどを指示"), (DateValue(2025, 4, 30),)),
    (draft("BusinessSuspensionOrder", term="業務停止命令"), ()),
    (draft("Order", term="ことなどを指示", deadlines=(D1,)), (D1,)),
]  # fmt: skip


@pytest.mark.parametrize(
    ("given", "deadlines"),
    INSTRUCTED,
    ids=["an-instruction-takes-it", "a-suspension-does-not", "an-own-deadline-stays"],
)
def test_a_section_headed_shiji_no_naiyou_gives_its_deadline(
    given: Draft, deadlines: tuple[DateValue, ...]
) -> None:
    ctx, terms = context(
        f"{LEAD}行政処分を行った。\n2 指示の内容\n(1) 再発防止策を講ずること。\n"
        "(2) 上記(1)について、令和7年4月30日までに報告すること。\n"
    )
    (got,) = labels.instructed(ctx, (given,), ByStart(terms, lambda t: t.start))
    assert got.deadlines == deadlines


def test_a_label_told_again_in_a_sentence_owns_no_section() -> None:
    told = draft()
    label = draft(from_heading=True, labelled=True)
    heading = draft(from_heading=True)
    assert not merge.merge((told, label))[0].from_heading
    assert merge.merge((told, heading))[0].from_heading
    assert merge.merge((label, replace(label)))[0].from_heading


@pytest.mark.parametrize(
    ("kind", "date"),
    [("BusinessSuspensionOrder", DateValue(2025, 3, 3)), ("OnSiteInspection", None)],
    ids=["an-action-takes-its-blocks-day", "an-inspection-does-not"],
)
def test_a_day_labelled_in_the_block_dates_the_action(kind: str, date: DateValue | None) -> None:
    text = f"{LEAD}行政処分を行った。\n1 営業停止処分\n処分日 | 令和7年3月3日 |\n"
    ctx, _ = context(text)
    (got,) = labels.labelled_dates(ctx, (draft(kind, scopes=((0, len(text)),)),))
    assert got.date == date


@pytest.mark.parametrize(
    ("named", "kind"),
    [(["SurchargeOrder"], "SurchargeOrder"), (["SurchargeOrder", "MeasuresOrder"], "Order"), ([], "Order")],
    ids=["the-one-order-its-label-names", "two-orders-named-stay-generic", "nothing-named"],
)  # fmt: skip
def test_a_generic_order_under_a_label_is_the_order_named(named: list[str], kind: str) -> None:
    labels_ = [
        draft(k, "B社", section="3", from_heading=True, labelled=True, term="課徴金納付命令")
        for k in named
    ]
    told = draft("Order", "B社", section="3", term="命令")
    assert merge.specific((*labels_, told))[-1].kind == kind
