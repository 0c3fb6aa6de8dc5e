"""Figures: counts of persons, companies and bodies, money, approximations."""

from __future__ import annotations

import pytest

from shobun.parser.extract.figures import figures

# (text, surface, value, unit, kind, approximate, what it counts)
ROWS = [
    ("顧客情報約928万人分が漏えいした。", "928万人分", 9_280_000, "人分", "person", True,
     "顧客情報"),
    ("会員3万2千人の個人データを提供した。", "3万2千人", 32_000, "人", "person", False, "会員"),
    ("従業者約1,200名に対し研修を行った。", "1,200名", 1_200, "名", "person", True, "従業者"),
    ("取引先30社に対し通知した。", "30社", 30, "社", "party", False, "取引先"),
    ("1機関から報告を受けた。", "1機関", 1, "機関", "party", False, None),
    ("38団体が加盟している。", "38団体", 38, "団体", "party", False, None),
    ("課徴金2,345万円の納付を命じた。", "2,345万円", 23_450_000, "円", "money", False, "課徴金"),
    ("課徴金1億2,000万円の納付を命じた。", "1億2,000万円", 120_000_000, "円", "money", False,
     "課徴金"),
]  # fmt: skip
IDS = [
    "approximate-man-with-bun-counter",
    "man-and-sen-combined",
    "comma-grouped-with-mei",
    "companies-sha",
    "bodies-kikan",
    "organisations-dantai",
    "money-in-man-yen",
    "money-in-oku-and-man-yen",
]


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit", "kind", "approximate", "count_of"), ROWS, ids=IDS
)
def test_figures(
    text: str,
    surface: str,
    value: int,
    unit: str,
    kind: str,
    approximate: bool,
    count_of: str | None,
) -> None:
    (fig,) = figures(text)
    assert text[fig.start : fig.end] == surface
    assert (fig.value, fig.unit, fig.kind) == (value, unit, kind)
    assert (fig.approximate, fig.count_of) == (approximate, count_of)
