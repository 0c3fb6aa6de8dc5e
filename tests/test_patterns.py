"""`required_literal`: the words every match of a pattern holds, which lets a table's row
be skipped with one `in` test where the text lacks them. A wrong literal would drop
matches, so it is checked on hand-made patterns, on generated matches of every
`sanction_verbs.tsv` row, and on the examples of the role tables."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shobun.parser import tables
from shobun.parser.patterns import required_literal

ROWS = [
    (r"措置をとるべきことを命じ", "措置をとるべきことを命じ"),
    (r"(?<!改善)(?:その他の)?措置を命じ", "措置を命じ"),
    (r"(?:報告|提出)を求め", "を求め"),
    (r"(?:立入|立ち入り)検査", "検査"),
    (r"(?<=に基づく)指示(?=を行)", "指示"),
    (r"x(abc)y", "abc"),
    (r"ab*c", "a"),
    (r"業務(?:の)?停止", "業務"),
    (r"a|b", ""),
    (r"[0-9]+年", "年"),
    (r"(?i)abc", ""),
    (r"x(?i:abc)", "x"),
    (r"(", ""),
]
IDS = [
    "plain", "after-optional-and-lookbehind", "after-alternatives", "common-prefix-is-factored",
    "inside-look-arounds-not-counted", "inside-a-group", "before-a-repeat", "longest-run",
    "alternation-has-none", "after-a-class", "ignore-case-has-none", "ignore-case-group",
    "invalid-pattern",
]  # fmt: skip


@pytest.mark.parametrize(("pattern", "literal"), ROWS, ids=IDS)
def test_required_literal(pattern: str, literal: str) -> None:
    assert required_literal(pattern) == literal


VERBS = [r["pattern"] for r in tables.rows("sanction_verbs")]


@pytest.mark.parametrize("pattern", VERBS, ids=[p[:24] for p in VERBS])
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_every_match_of_a_verb_row_holds_its_literal(pattern: str, data: st.DataObject) -> None:
    text = data.draw(st.from_regex(pattern))
    m = re.search(pattern, text)
    if m is not None:
        assert required_literal(pattern) in m.group()


EXAMPLES = [
    (r["pattern"], r["example"])
    for table in ("roles", "violation_forms", "org_phrases")
    for r in tables.rows(table)
    if r["example"]
]


@pytest.mark.parametrize(("pattern", "example"), EXAMPLES, ids=[e[:20] for _, e in EXAMPLES])
def test_the_match_in_a_role_rows_example_holds_its_literal(pattern: str, example: str) -> None:
    m = re.search(pattern, example)
    if m is not None:  # some examples are counter-examples, which no match must read
        assert required_literal(pattern) in m.group()
