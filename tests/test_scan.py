"""The words a pattern's every match needs (`scan.required`), held to the matches.

A need that some match lacks would make `scan.Guarded` skip a scan that finds something:
so every row of the phrasing tables is checked on its own example (each match of the
row's role there holds one of the role's needs), the reader of patterns on hand-written
cases, and `Guarded` against its pattern on generated text, ranges included."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shobun.parser import charged, headlines, layout, roles, scan, tables, violations
from shobun.parser.extract import aliases
from shobun.parser.patterns import guarded as guarded_pattern

TABLES = ("roles", "violation_forms", "org_phrases")
ROWS = [(t, r) for t in TABLES for r in tables.rows(t) if r.get("example")]


@pytest.mark.parametrize(
    ("table", "row"), ROWS, ids=[f"{t}:{r['role']}:{r['example'][:12]}" for t, r in ROWS]
)
def test_each_match_of_a_row_in_its_example_holds_one_of_the_rows_needs(
    table: str, row: dict[str, str]
) -> None:
    regex = re.compile(row["pattern"])
    needs = scan.required(regex)
    example = row["example"].replace("\\n", "\n")
    found = list(regex.finditer(example))
    assert found, "the row's example has no match to hold a need"
    for m in found:
        assert needs is None or any(w in m.group() for w in needs), (needs, m.group())
    guarded = scan.Guarded(regex)
    assert [m.span() for m in guarded.finditer(example)] == [m.span() for m in found]


REQUIRED = [
    ("literal run, the longest", r"[一-鿿]{2,8}法第[0-9]+条", {"法第"}),
    ("one of each branch", r"(?:株式会社|有限会社)X", {"株式会社X", "有限会社X"}),
    ("one of each branch, not exact", r"(?:株式会社|有限会社[0-9]+)X", {"株式会社", "有限会社"}),
    ("a repeat's least run", r"(?:\.{3,}|…{2,})[0-9]", {"...", "……"}),
    ("an alternation inside a run", r"よう(?:改めて|再度)指示", {"よう改めて指示", "よう再度指示"}),
    ("a group that must match", r"(?P<x>命令)を?", {"命令"}),
    ("an optional group is no need", r"(?:ab)?c", {"c"}),
    ("a class of characters", r"[条項]|号", {"条", "項", "号"}),
    ("a repeat that runs once", r"(?:指示){1,3}", {"指示"}),
    ("a repeat that may not run", r"(?:指示)*", None),
    ("a look-ahead is no need", r"a(?=bcd)", {"a"}),
    ("a look-behind is no need", r"(?<=本日)[0-9]", None),
    ("a branch with no need", r"命令|[0-9]+", None),
    ("ignore case", r"(?i)inc\.", None),
    ("a word inside another is enough", r"違反事業者|事業者", {"事業者"}),
    ("too many words to look for", "|".join("あいうえおかきくけこ"), None),
    ("a class then a literal", r"[市区町村]の", {"市の", "区の", "町の", "村の"}),
    ("a product too large is cut", r"[0-9][0-9]年", {"年"}),
]


@pytest.mark.parametrize(
    ("pattern", "needs"), [r[1:] for r in REQUIRED], ids=[r[0] for r in REQUIRED]
)
def test_required(pattern: str, needs: set[str] | None) -> None:
    assert scan.required(re.compile(pattern)) == (None if needs is None else frozenset(needs))


GUARDED = [
    ("roles", roles.guarded("tally_head").regex),
    ("roles", roles.guarded("contents_topic").regex),
    ("violation_forms", roles.guarded("named_list_after", "violation_forms").regex),
    ("module", aliases.COMPANION.regex),
    ("module", violations._quoted_law().regex),
    ("module", charged._quoted().regex),
]
PIECES = st.sampled_from(
    ["、", "。", "\n", "「", "」", "(", ")", "A社", "株式会社B", "と併せて", "という", "の違反",
     "違反行為者", "商号", "処分の内容", "停止", "参考", "関係法令", "根拠条文", "命令", "は、", "x"]
)  # fmt: skip
TEXT = st.lists(PIECES, max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXT, st.integers(-10, 40), st.integers(-10, 60))
@pytest.mark.parametrize("regex", [g[1] for g in GUARDED], ids=[g[0] for g in GUARDED])
def test_guarded_finds_what_its_pattern_finds(
    regex: re.Pattern[str], text: str, pos: int, endpos: int
) -> None:
    guarded = scan.Guarded(regex)
    assert guarded.needs is not None  # else it would guard nothing
    found = [m.span() for m in guarded.finditer(text, pos, endpos)]
    assert found == [m.span() for m in regex.finditer(text, pos, endpos)]
    first, own = guarded.search(text, pos, endpos), regex.search(text, pos, endpos)
    assert (first and first.span()) == (own and own.span())
    at, own_at = guarded.match(text, pos, endpos), regex.match(text, pos, endpos)
    assert (at and at.span()) == (own_at and own_at.span())


LINE_GUARDS = [
    ("breadcrumb", layout._CRUMB_WORDS),
    ("site mark", layout._MARK_WORDS),
    ("trail separator", headlines._TRAIL_CHARS),
    ("contact heading", roles.guarded("contact_head")),
    *((f"joins: {w.pattern[:12]}", w) for w in layout._RARE_WORDS),
]


@pytest.mark.parametrize("guard", [g[1] for g in LINE_GUARDS], ids=[g[0] for g in LINE_GUARDS])
def test_a_guard_looked_for_once_per_page_has_words_to_look_for(guard: scan.Guarded) -> None:
    """A pattern tried line by line is tried only on a page holding one of its needs: a
    pattern whose needs grow past the limit would silently guard nothing."""
    assert guard.needs is not None


LINE_PIECES = st.sampled_from(
    ["\n", " ", ">", "＞", "›", "»", "ホーム", "トップページ", "本文へ", "ここから本文です",
     "お問合せ先", "照会先", "連絡先", "このページの先頭です", "X", "1", "。", "A", "http://",
     "www.", "a.jp", "~", "〜", "...", "..", "……", "…", "・・・", "・"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(LINE_PIECES, max_size=30).map("".join))
@pytest.mark.parametrize("guard", [g[1] for g in LINE_GUARDS], ids=[g[0] for g in LINE_GUARDS])
def test_no_line_of_a_page_without_the_needs_matches(guard: scan.Guarded, page: str) -> None:
    if guard.absent(page):
        assert not any(guard.regex.search(line) for line in page.split("\n"))


RANGES = [
    ("whole text", 0, 100),
    ("a range after the word", 3, 100),
    ("a range ending inside the word", 0, 1),
    ("a negative start reads as 0", -2, 100),
    ("a negative end reads as 0", 0, -2),
    ("an end past the text", 1, 10_000),
]


@pytest.mark.parametrize(("pos", "endpos"), [r[1:] for r in RANGES], ids=[r[0] for r in RANGES])
def test_guarded_reads_a_range_as_re_does(pos: int, endpos: int) -> None:
    regex = re.compile("命令")
    guarded, text = scan.Guarded(regex), "命令を行った。"
    assert guarded.needs == {"命令"}
    own = regex.search(text, pos, endpos)
    found = guarded.search(text, pos, endpos)
    assert (found and found.span()) == (own and own.span())


OPENING = [
    ("a look-behind, then the word", r"(?<=に基づく)指示(?=を行)", "指示"),
    ("look-behinds in a group", r"(?:(?<=及び)|(?<=並びに))指示", "指示"),
    ("a guard's look-ahead, then a group", r"(?:(?=[指]))(?:(?<=よう)指示)", "指示"),
    ("alternatives sharing their first word", r"立入検査|立入調査", "立入"),
    ("the word alone", r"措置命令", "措置命令"),
    ("one character is too few", r"(?<=の)指", None),
    ("alternatives", r"(?:報告|提出)を求め", None),
    ("an optional word first", r"(?:の規定)?に違反", None),
    ("a class first", r"[0-9]+日", None),
    ("ignore case", r"(?i)inc\.", None),
]


@pytest.mark.parametrize(("pattern", "word"), [r[1:] for r in OPENING], ids=[r[0] for r in OPENING])
def test_opening(pattern: str, word: str | None) -> None:
    assert scan.opening(re.compile(pattern)) == word


STARTS = [
    ("a word", r"命令", {"命"}),
    ("an optional word, then a word", r"(?:の規定)?に違反", {"の", "に"}),
    ("alternatives", r"(?:で|により)禁止", {"で", "に"}),
    ("look-arounds pass", r"(?<=から)(?=指示)指示", {"指"}),
    ("a small class", r"[条項]", {"条", "項"}),
    ("a small range", r"[0-9]日", set("0123456789")),
    ("a large range", r"[一-鿿]日", None),
    ("a negated class", r"[^、。]日", None),
    ("a category", r"\d日", None),
    ("may match empty", r"(?:命令)?", None),
    ("ignore case", r"(?i)a", None),
]


@pytest.mark.parametrize(("pattern", "chars"), [r[1:] for r in STARTS], ids=[r[0] for r in STARTS])
def test_starts(pattern: str, chars: set[str] | None) -> None:
    assert scan.starts(re.compile(pattern)) == (None if chars is None else frozenset(chars))


# the table rows `scan.Guarded` now scans by their opening word or first character
SCANNED_ROWS = [
    *(("sanction_verbs", guarded_pattern(r["pattern"])) for r in tables.rows("sanction_verbs")),
    *(
        ("violation_forms:after", re.compile(r["pattern"]))
        for r in tables.rows("violation_forms")
        if r["role"] == "after"
    ),
]
ROW_PIECES = st.sampled_from(
    ["、", "。", "\n", "「", "」", "(", ")", "A社", "に基づく", "による", "により、", "及び",
     "指示", "指示を行", "した", "しました", "から", "命じ", "命令", "を受け", "業務", "の停止",
     "停止", "よう", "改めて", "立入検査", "を実施", "監査", "の規定", "に違反", "に規定する",
     "に該当する", "で禁止される", "行為", "を行っ", "報告", "を求め", "x", "3日間", "課徴金"]
)  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.lists(ROW_PIECES, max_size=24).map("".join), st.integers(-3, 30), st.integers(-3, 90))
@pytest.mark.parametrize(
    "regex", [r[1] for r in SCANNED_ROWS], ids=[f"{r[0]}:{r[1].pattern[:16]}" for r in SCANNED_ROWS]
)
def test_a_row_scanned_by_its_opening_or_first_character_finds_what_it_finds(
    regex: re.Pattern[str], text: str, pos: int, endpos: int
) -> None:
    guarded = scan.Guarded(regex)
    found = [m.span() for m in guarded.finditer(text, pos, endpos)]
    assert found == [m.span() for m in regex.finditer(text, pos, endpos)]
    first, own = guarded.search(text, pos, endpos), regex.search(text, pos, endpos)
    assert (first and first.span()) == (own and own.span())
    for at in range(-1, len(text) + 1):
        got, own_at = guarded.match(text, at, endpos), regex.match(text, at, endpos)
        assert (got and got.span()) == (own_at and own_at.span())


def test_the_rows_scanned_by_their_opening_word_are_many() -> None:
    """The sanction verbs' rows that open with a look-behind and a word (「(?<=に基づく)指示」)
    are scanned word to word: a change to `scan.opening` that found none would go unseen."""
    rows = [r for t, r in SCANNED_ROWS if t == "sanction_verbs"]
    assert sum(scan.Guarded(r).ready().opening is not None for r in rows) >= len(rows) // 3
