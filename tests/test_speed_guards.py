"""Cheap tests that let the parser skip work, held to the work they skip.

Each guard answers "can this text hold a match?" before an expensive step (an NFKC of a
line, a search with look-behinds at every kanji): a guard that says no where the step
would have found something drops a result, so each is checked against the step done
without it, on generated text and on every character that could matter."""

from __future__ import annotations

import re
import sys
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shobun.parser import headlines, incidents
from shobun.parser.extract import orgs, places
from shobun.parser.extract.suffixed import NAME_CHAR, latin_space
from shobun.parser.patterns import longest_first


def _nfkd_holds_separator(ch: str) -> bool:
    return headlines._TRAIL.search(unicodedata.normalize("NFKD", ch)) is not None


def test_trail_source_holds_every_character_whose_nfkc_may_hold_a_separator() -> None:
    """NFKC composes only to characters with a decomposition, which no separator has, so a
    separator in a line's NFKC comes from a character whose NFKD holds one."""
    chars = (chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    missing = [
        ch for ch in chars if _nfkd_holds_separator(ch) and not headlines.TRAIL_SOURCE.match(ch)
    ]
    assert missing == []


def _breadcrumb_title_unguarded(source: str) -> str | None:
    """`breadcrumb_title` as it read before the guard: every one of the first lines
    normalised and split."""
    for line in [ln for ln in source.split("\n") if ln.strip()][: headlines._TRAIL_LINES]:
        items = headlines._TRAIL.split(unicodedata.normalize("NFKC", line))
        if len(items) < 3:
            continue
        last = re.sub(r"\s+", "", items[-1])
        return last or None
    return None


CRUMB_PIECES = [
    "ホーム", "消費生活", "報道発表", "業務停止命令について", " ", "\u3000", "\n", "\n\n",
    ">", "＞", "﹥", "›", "»", "≫", "≯", ">\u0338", "→", "<", "〉", "A", "1",
]  # fmt: skip
CRUMB_TEXT = st.lists(st.sampled_from(CRUMB_PIECES), max_size=40).map("".join)


@settings(max_examples=500, deadline=None)
@given(CRUMB_TEXT)
def test_breadcrumb_title_is_what_normalising_every_line_finds(source: str) -> None:
    assert headlines.breadcrumb_title(source) == _breadcrumb_title_unguarded(source)


OFFICE_ROWS = [
    ("長崎地方裁判所から罰金の略式命令を受け", [("長崎地方裁判所", "PublicBody")]),
    ("最高裁判所が判決を言い渡した", [("最高裁判所", "PublicBody")]),
    ("東京高等裁判所八王子支部", [("東京高等裁判所八王子支部", "PublicBody")]),
    ("新潟運輸支局が監査を実施した", [("新潟運輸支局", "Authority")]),
    ("同年5月裁判所", []),
    ("株式会社に対し指示を行った", []),
]
OFFICE_IDS = ["court", "supreme-court", "branch", "transport-branch", "date-before", "none"]


@pytest.mark.parametrize(("text", "expected"), OFFICE_ROWS, ids=OFFICE_IDS)
def test_offices(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(label, kind) for label, kind, _, _ in places.offices(text)] == expected


OFFICE_PIECES = [
    "長崎", "地方", "簡易", "家庭", "高等", "最高", "裁判", "裁判所", "所", "支部", "八王子",
    "運輸", "支局", "運輸支局", "新潟", "年", "月", "日", "が", "、", "\n", "A",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(OFFICE_PIECES), max_size=16).map("".join))
def test_offices_skipped_only_where_no_office_could_match(text: str) -> None:
    every = [
        (m.group(), kind, m.start(), m.end())
        for pattern, kind, _ in places._OFFICES
        for m in pattern.finditer(text)
    ]
    assert places.offices(text) == every


def _plain(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


LONGEST_ROWS = [
    (["法", "法律", "法律施行規則"], "法律施行規則第3条、法律(昭和)、法"),
    (["金融庁", "金融庁長官", "庁"], "金融庁長官は金融庁に庁"),
    (["ab", "abc", "abd", "b"], "abdabcabxb"),
    (["a.b", "a"], "a.b axb a"),
    ([], "abc"),
]
LONGEST_IDS = ["nested-prefixes", "prefix-with-tail-refused", "siblings", "escaped", "no-words"]


@pytest.mark.parametrize(("words", "text"), LONGEST_ROWS, ids=LONGEST_IDS)
def test_longest_first_matches_as_the_words_longest_first(words: list[str], text: str) -> None:
    for tail in ("", "(?!長官|施行|c)"):
        fast = re.compile(f"(?:{longest_first(words)}){tail}")
        slow = re.compile(f"(?:{_plain(words)}){tail}")
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)]


WORD = st.text(alphabet="abc.", min_size=1, max_size=4)


@settings(max_examples=500, deadline=None)
@given(st.lists(WORD, max_size=8), st.text(alphabet="abc.x", max_size=30))
def test_longest_first_on_any_words(words: list[str], text: str) -> None:
    fast = re.compile(f"(?:{longest_first(words)})(?!a)")
    slow = re.compile(f"(?:{_plain(words)})(?!a)")
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)]
    for lo in range(len(text)):
        for hi in range(lo, len(text) + 1):
            assert bool(fast.fullmatch(text, lo, hi)) == bool(slow.fullmatch(text, lo, hi))


def _local_government_pattern_as_written() -> re.Pattern[str]:
    """`places._pattern` with its look-behinds in one group, as first written."""
    after = rf"(?:(?<=及び)|(?<=並びに)|(?<=又は)|(?<=と)|(?<!{places._NAME_CHAR}))"
    rest = rf"{places._ending()}({places._name()})({places._ANCHOR})"
    return re.compile(after + rest)


PLACE_PIECES = [
    "東京都", "大阪府", "長野県", "横浜市", "千代田区", "北海道", "A局", "株式会社", "及び", "並びに",
    "又は", "と", "び", "に", "は", "は、", "が", "知事", "長は", "に対し", "、", "。", "\n", "1",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PLACE_PIECES), max_size=14).map("".join))
def test_local_governments_found_as_with_the_look_behinds_first(text: str) -> None:
    slow = _local_government_pattern_as_written()
    found = [(m.span(), m.groups()) for m in places._pattern().finditer(text)]
    assert found == [(m.span(), m.groups()) for m in slow.finditer(text)]


def _right_extent_char_by_char(text: str, start: int, stops: frozenset[int]) -> int:
    """`orgs._right_extent` as first written: one regex match a character."""
    end = start
    while (
        end < len(text)
        and (end == start or end not in stops)
        and (NAME_CHAR.match(text, end) or (end > start and latin_space(text, end)))
    ):
        end += 1
    others = orgs._OTHERS.search(text, start, end)
    return others.start() if others else end


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet="株式会社AB C1、 ほか3社。の\n", max_size=24),
    st.integers(0, 24),
    st.frozensets(st.integers(0, 25), max_size=5),
)
def test_right_extent_reads_runs_as_it_read_characters(
    text: str, start: int, stops: frozenset[int]
) -> None:
    start = min(start, len(text))
    assert orgs._right_extent(text, start, stops) == _right_extent_char_by_char(text, start, stops)


ENTRUST_PIECES = [
    "A社", "から", "より", "に", "業務の", "委", "委任", "受け", "され", "し", "ていた", "先である",
    "元の", "(本社)", "、", "。", "は", "が",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(ENTRUST_PIECES), max_size=12).map("".join))
def test_entrustment_phrasings_all_need_the_character_the_stage_looks_for(text: str) -> None:
    """`incidents.entrustments` reads no mention of a text without 託: none of its
    phrasings can match there."""
    phrasings = (incidents._FROM, incidents._TO, incidents._AGENT_OF, incidents._PRINCIPAL_OF)
    assert all(p.search(text) is None for p in phrasings)
