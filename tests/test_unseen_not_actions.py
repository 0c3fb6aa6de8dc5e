"""What is, and is not, an action of its own, in the forms round 14's real pages showed
(news items of a 指示 under JAS法 or 食品表示法, a ministry's 指導 that says what it may do
next): one notice-shaped row per form, written for this test with fictional companies, and
`asked.with_instruction` on its own inputs."""

from __future__ import annotations

import passes_inputs
import pytest

from shobun import parser
from shobun.parser import asked
from shobun.parser.events import Draft
from shobun.parser.model import Action, DateValue
from shobun.parser.positions import ByStart

Row = tuple[str, str | None, str | None, str | None, str | None]


def _row(a: Action) -> Row:
    basis = a.legal_basis
    return (
        a.kind,
        a.addressee,
        f"{basis.article}/{basis.paragraph}" if basis else None,
        a.date.iso() if a.date else None,
        a.deadline.iso() if a.deadline else None,
    )


ROWS = [
    (  # the lead's 改善指示 dated 「…付で出し」; the report its sentence asks for is the 指示's
        "みどり新聞\nニュース\n\n精米の産地を偽装　東海農政局が改善指示\n2024.05.20\n　東海農政局は、"
        "袋詰め精米の産地を偽って表示していた(有)さくら米穀に対し、JAS法にもとづく改善指示を5月17日"
        "付で出した。\n　同局は、JAS法第19条の14第1項にもとづき、表示の是正と再発防止策の実施を同社に"
        "指示し、6月17日までに改善策を報告するよう求めている。\n",
        [("Order", "(有)さくら米穀", "19の14/1", "2024-05-17", "2024-06-17")],
    ),
    (  # no 指示 read but the one the request's sentence names: the request becomes it
        "2024年5月20日\nみどり放送\n　東海農政局は、JAS法第19条の14第1項にもとづき、表示の是正と"
        "再発防止策の実施を(有)さくら米穀に指示し、6月17日までに改善策を報告するよう求めている。\n",
        [("Order", "(有)さくら米穀", "19の14/1", None, "2024-06-17")],
    ),
    (  # two companies told to correct, then 「…ことを指示し、…までに報告するよう求めました」
        "2024年5月20日\nみどり放送\n干物2社に表示改善を指示\n　JAS法に違反する表示が見つかった"
        "「株式会社しおさい水産」と「なぎさ食品株式会社」の2社に対し、農林水産省は20日、表示を"
        "改めるよう指示しました。\n　農林水産省は、JAS法に基づいて、2社に表示を点検して改める"
        "ことを指示し、6月20日までに報告するよう求めました。\n",
        [("Order", "株式会社しおさい水産", None, "2024-05-20", "2024-06-20"),
         ("Order", "なぎさ食品株式会社", None, "2024-05-20", "2024-06-20")],
    ),
    (  # 「…を指示するとともに、…までに報告するよう求めた」: one instruction, its deadline
        "令和6年9月2日\nみなと農政局\n　みなと農政局は、本日、株式会社うしお水産に対し、食品表示法"
        "第6条第1項の規定に基づき、表示の是正を指示するとともに、令和6年10月1日までに改善状況を"
        "報告するよう求めました。\n",
        [("Order", "株式会社うしお水産", "6/1", "2024-09-02", "2024-10-01")],
    ),
    (  # an order the body may issue later, 「…の発出を含め、適切に対応してまいります」
        "令和7年4月1日\n総務省\n株式会社あおぞら回線に対する指導\n　総務省は、本日、株式会社"
        "あおぞら回線に対し、再発防止策を講ずるよう、文書による行政指導を行いました。\n　総務省"
        "は、同社から提出される報告の内容を踏まえ、必要に応じて、電気通信事業法第29条第1項に"
        "基づく業務改善命令の発出を含め、適切に対応してまいります。\n",
        [("Guidance", "株式会社あおぞら回線", None, "2025-04-01", None)],
    ),
    (  # what the body says it will do if it happens again: 「…処分を含め厳正に対処してまいります」
        "令和7年4月1日\nみなと県\n　県は、本日、株式会社ひかり工務に対し、建設業法第28条第1項に"
        "基づき指示を行いました。\n　今後、同様の違反が確認された場合には、営業停止処分を含め"
        "厳正に対処してまいります。\n",
        [("Order", "株式会社ひかり工務", "28/1", "2025-04-01", None)],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    ROWS,
    ids=[
        "kaizen-shiji-dated-tsuke-de-and-its-report",
        "shiji-shi-only-the-request-becomes-the-order",
        "two-companies-koto-wo-shiji-shi-houkoku",
        "shiji-suru-to-tomo-ni-houkoku",
        "hasshutsu-wo-fukume-taiou-shite-mairimasu",
        "shobun-wo-fukume-taisho-shite-mairimasu",
    ],
)
def test_forms(text: str, expected: list[Row]) -> None:
    assert sorted(_row(a) for a in parser.parse(text).actions) == sorted(expected)


# asked.with_instruction on its own inputs
D1 = DateValue(2024, 6, 17)
TEXT = "同局は、A社に表示の是正を指示し、6月17日までに改善策を報告するよう求めている。"
ASKED = TEXT.index("報告")


_context = passes_inputs.context_of
_draft = passes_inputs.draft_at


INSTRUCTED = [
    ([_draft("Order", 12), _draft("ReportRequest", ASKED, deadlines=(D1,))], [("Order", (D1,))]),
    ([_draft("ReportRequest", ASKED, deadlines=(D1,))], [("Order", (D1,))]),
    ([_draft("Order", 12, addressee="B社"), _draft("ReportRequest", ASKED, deadlines=(D1,))],
     [("Order", ()), ("Order", (D1,))]),
    ([_draft("Guidance", 12), _draft("ReportRequest", ASKED, deadlines=(D1,))],
     [("Guidance", ()), ("Order", (D1,))]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("drafts", "expected"),
    INSTRUCTED,
    ids=[
        "folded-into-the-instruction",
        "alone-becomes-the-instruction",
        "another-addressees-instruction-is-not-its-owner",
        "a-guidance-is-no-owner",
    ],
)
def test_with_instruction(
    drafts: list[Draft], expected: list[tuple[str, tuple[DateValue, ...]]]
) -> None:
    ctx, terms = _context(TEXT)
    got = asked.with_instruction(ctx, tuple(drafts), ByStart(terms, lambda t: t.start))
    assert [(d.kind, d.deadlines) for d in got] == expected


def test_a_request_with_no_instruction_in_its_sentence_stays() -> None:
    text = "同局は、A社に表示の是正を求めた。6月17日までに改善策を報告するよう求めている。"
    ctx, terms = _context(text)
    d = _draft("ReportRequest", text.index("報告"), deadlines=(D1,))
    got = asked.with_instruction(ctx, (d,), ByStart(terms, lambda t: t.start))
    assert got == (d,)
