"""Pattern helpers that make whole-text searches cheaper without changing a match.

`required_literal`: the words every match of a pattern holds, which lets a table's row
be skipped with one `in` test where the text lacks them; `guarded`: a pattern behind a
look-ahead for the characters a match can start with (`first_chars`). A wrong literal or
first character would drop matches, so each is checked on hand-made patterns and on
generated text against the shipped tables' patterns."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shobun.parser import layout, roles, tables
from shobun.parser.extract import citeunits, dates, figures
from shobun.parser.patterns import first_chars, guarded, plain, required_literal

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


FIRST = [
    (r"a|b", "ab"),
    (r"a?b", "ab"),
    (r"(?<=x)[0-9]+年", "0-9"),
    (r"(?:ab|)c", "ac"),
    (r"x{0,2}y", "xy"),
    (r"(?<!令和)(?:本日|同月[0-9]日)", "本同"),
    (r"a*", None),
    (r"[^a]b", None),
    (r"\dx", None),
    (r"(?i)a", None),
    (r".a", None),
    (r"(?:a|)", None),
    (r"(?=第|同法)(?:第[0-9]+条)?", "第同"),
    (r"x?(?=ab)(?:a)?", "xa"),
    (r"(?=a?)b", "b"),
    (r"(?<=a)b", "b"),
]
FIRST_IDS = [
    "alternatives", "optional-first", "after-a-lookbehind", "empty-alternative", "optional-repeat",
    "words", "may-be-empty", "negated-class", "category", "ignore-case", "any-character",
    "empty-group", "look-ahead-then-optional", "optional-then-look-ahead",
    "look-ahead-may-be-empty", "look-behind-is-no-look-ahead",
]  # fmt: skip


@pytest.mark.parametrize(("pattern", "first"), FIRST, ids=FIRST_IDS)
def test_first_chars(pattern: str, first: str | None) -> None:
    assert first_chars(pattern) == first


GUARDS = [
    (r"(?<=x)a|(?<=y)b", "(?:(?=[ab]))(?:(?<=x)a|(?<=y)b)"),
    (r"^a|b", r"(?:\A|(?=[b]))(?:^a|b)"),
    (r"\Aa", r"\Aa"),
    (r"(?m)^a|b", "(?m)^a|b"),
    (r"[^a]b", "[^a]b"),
    (r"業務(?:の)?停止", "業務(?:の)?停止"),
    (r"(?:報告|提出)を求め", "(?:報告|提出)を求め"),
    (r"[0-9]年", "[0-9]年"),
]
GUARD_IDS = [
    "first-characters", "anchored-or-first", "anchored-only", "global-flags", "unknown",
    "literal-first-scans-itself", "literal-alternatives-scan-themselves", "class-first-scans-itself",
]  # fmt: skip


@pytest.mark.parametrize(("pattern", "compiled"), GUARDS, ids=GUARD_IDS)
def test_guarded(pattern: str, compiled: str) -> None:
    assert guarded(pattern).pattern == compiled


# guarded where they are made
SHIPPED = [dates.DATE, dates.RELATIVE, layout._BREADCRUMB, figures._pattern(), citeunits._UNIT]
ROLE_ROWS = [re.compile(r["pattern"]) for t in ("roles", "violation_forms") for r in tables.rows(t)]


def _alternations() -> list[re.Pattern[str]]:
    """Each role's rows as `roles.pattern` compiles them: one alternation, guarded (a
    role whose rows repeat a group's name is compiled row by row, never as one)."""
    out = []
    for t in ("roles", "violation_forms"):
        for role in dict.fromkeys(r["role"] for r in tables.rows(t)):
            try:
                out.append(roles.pattern(role, t))
            except re.error:
                continue
    return out


ROLE_ALTERNATIONS = _alternations()

# Pieces of notices: dates of every form the patterns read, and the role tables' examples
PIECES = [
    *[
        "本日",
        "昨日",
        "同日",
        "同月3日",
        "同年",
        "令和5年",
        "平成元年",
        "2024年",
        "12月",
        "3日",
        "16日",
        "5月",
        "(金)",
        "頃",
        "一昨年",
        "今年",
        "本年",
    ],
    *[
        *["ホーム >", "トップ", "> 行政処分 >", "ヘッダー", "TOP›", "facebook", "現在位置", ">"],
        "2012/09/22",
        "2016.10.27",
        "は、",
        "、",
        "。",
        "第",
        "法律第57号",
        *["法第3条", "同条第2項", "(5条1項)", "第1条件", "、21条", "前項"],
        "から",
        "まで",
        "には",
        "に",
        "年",
        "月",
        "日",
        "●",
        "\n",
        *["約3万2千人", "1,200名", "30社", "第1回", "二十人", "2,345万円", "一〇件", "百"],
    ],
    *(r["example"] for t in ("roles", "violation_forms") for r in tables.rows(t) if r["example"]),
]
NOTICE_TEXT = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)


def same_matches(text: str, pattern: re.Pattern[str]) -> None:
    fast, slow = guarded(plain(pattern).pattern, pattern.flags), plain(pattern)
    spans = [(m.span(), m.groups()) for m in fast.finditer(text)]
    assert spans == [(m.span(), m.groups()) for m in slow.finditer(text)]
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in slow.finditer(text)]


@pytest.mark.parametrize(
    "pattern", SHIPPED, ids=["DATE", "RELATIVE", "BREADCRUMB", "FIGURES", "CITATION_UNIT"]
)
@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=NOTICE_TEXT)
def test_guarded_patterns_match_as_the_plain_ones(pattern: re.Pattern[str], text: str) -> None:
    same_matches(text, pattern)


@settings(max_examples=500, deadline=None)
@given(NOTICE_TEXT, st.sampled_from(ROLE_ROWS))
def test_role_rows_guarded_match_as_they_are(text: str, pattern: re.Pattern[str]) -> None:
    same_matches(text, pattern)


@settings(max_examples=500, deadline=None)
@given(NOTICE_TEXT, st.sampled_from(ROLE_ALTERNATIONS))
def test_role_alternations_match_as_their_plain_rows(text: str, pattern: re.Pattern[str]) -> None:
    same_matches(text, pattern)


def test_role_alternations_are_guarded_where_the_engine_cannot_skip() -> None:
    """A role whose rows open with an optional part or a look-behind is tried only where
    a match can begin (the look-ahead `guarded` puts before it)."""
    guarded_ones = [
        p for p in ROLE_ALTERNATIONS if plain(p) is not p and p.pattern != plain(p).pattern
    ]
    assert guarded_ones
    assert roles.pattern("named_list", "violation_forms") in guarded_ones


def test_without_the_standard_librarys_parser_patterns_stay_as_they_are(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from shobun.parser import patterns

    monkeypatch.delattr(re, "_parser")
    patterns._parsed.cache_clear()
    try:
        assert required_literal("(?:報告|提出)を求め") == ""
        assert first_chars("a|b") is None
        assert guarded(r"(?<=x)a|(?<=y)b").pattern == r"(?<=x)a|(?<=y)b"
    finally:
        patterns._parsed.cache_clear()
