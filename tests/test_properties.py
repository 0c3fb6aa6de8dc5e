"""Property tests: arbitrary text never breaks normalisation or the parser."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from shobun import parser
from shobun.core.errors import ShobunError
from shobun.parser.model import Span
from shobun.parser.normalize import normalize

# Mostly the characters notices are made of, so the extractors actually fire.
_NOTICE_CHARS = st.sampled_from(
    list("第一二三十百条項号法及び並びに対し命令勧告指導株式会社合同（）()「」以下という。、")
    + list("令和平成元年月日頃●本日金融庁個人情報保護委員会約万千人社円0123456789")
    + list("０１２３４５６７８９ＡＢＣ⑴①アイ \u3000\n*#-")
)
TEXT = st.one_of(
    st.text(),
    st.text(alphabet=_NOTICE_CHARS, max_size=300),
    st.lists(
        st.sampled_from(
            [
                "令和７年１月３０日（木）\n",
                "金融庁\n",
                "株式会社ひかり情報（法人番号 1011101012345。以下「ひかり」という。）に対し、",
                "個人情報の保護に関する法律（平成十五年法律第五十七号。以下「法」という。）",
                "法第30条第1項及び第3項の規定に基づく勧告を行った。\n",
                "第1 事案の概要\n",
                "1 調査に基づく事案の概要 ⑴ ",
                "約3万2千人分",
                "課徴金として2,345万円を納付",
                "法第23条の規定違反（安全管理措置の不備。）",
                "\n- 2 -\n",
                "**",
                "以　上",
            ]
        ),
        max_size=12,
    ).map("".join),
)


def _spans(obj: Any) -> Iterator[Span]:
    if isinstance(obj, Span):
        yield obj
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            yield from _spans(getattr(obj, f.name))
    elif isinstance(obj, tuple | list):
        for item in obj:
            yield from _spans(item)


@settings(max_examples=60, deadline=None)
@given(TEXT)
def test_normalize_never_raises_and_maps_monotonically(text: str) -> None:
    norm = normalize(text)
    previous = 0
    for i in range(len(norm.text)):
        s, e = norm.to_source(i, i + 1)
        assert 0 <= s < e <= len(text)
        assert s >= previous
        previous = s
    s, e = norm.to_source(0, len(norm.text))
    assert 0 <= s <= e <= len(text)


@settings(max_examples=60, deadline=None)
@given(TEXT)
def test_parse_raises_only_our_error_and_spans_match_the_text(text: str) -> None:
    try:
        notice = parser.parse(text)
    except ShobunError:
        return
    for span in _spans(notice):
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.surface


@settings(max_examples=60, deadline=None)
@given(TEXT)
def test_parse_is_deterministic(text: str) -> None:
    try:
        first = parser.parse(text)
    except ShobunError:
        return
    assert parser.parse(text) == first


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "株式会社",
                "有限会社",
                "Inc.",
                "LLC",
                " ",
                "A",
                "あ",
                ",",
                "法人",
                "一般社団法人",
                "社団",
                "NPO法人",
                "医療法人",
                "医療法人社団",
                "(株)",
                "L.L.C.",
                "Ltd.",
            ]
        ),
        max_size=30,
    ).map("".join)
)
def test_form_search_by_find_equals_the_regex(text: str) -> None:
    from shobun.parser.extract import orgs

    by_regex = [(m.start(), m.end(), m.group()) for m in orgs._form_pattern().finditer(text)]
    assert orgs.form_matches(text) == by_regex


_PLACE_WORDS = ["東京都", "北海道", "大阪府", "静岡県", "横浜市", "港区", "町", "村", "広域連合"]
_PLACE_WORDS += ["一部事務組合", "企業団", "県", "市", "は、", "が", "に対し", "知事", "長", "及び"]
_PLACE_WORDS += [
    "と",
    "(以下",
    "産業労働局",
    "の",
    "、",
    "。",
    "\n",
    "本日",
    "命令",
    "を行った",
    "A",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PLACE_WORDS), max_size=14).map("".join))
def test_local_governments_look_ahead_keeps_the_matches(text: str) -> None:
    """The look-ahead for a name's ending only spares the search work: the pattern finds
    what it finds without it."""
    import re

    from shobun.parser.extract import places

    fast = places._pattern()
    plain = re.compile(fast.pattern.replace(places._ending(), "", 1))
    assert places._ending() and fast.pattern != plain.pattern
    found = [(m.span(), m.groups()) for m in fast.finditer(text)]
    assert found == [(m.span(), m.groups()) for m in plain.finditer(text)]


_MARKER_PIECES = ["第", "1", "12", "一", "十", "(", ")", "ア", "イ", "I", "V", "X", ".", "、"]
_MARKER_PIECES += [" ", "条", "事案の概要", "A", "(1)", "(ア)", "III", "IV.", "第3", "2 ", "あ"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_MARKER_PIECES), max_size=8).map("".join))
def test_markers_tried_by_first_character_read_as_all_markers(line: str) -> None:
    """A line is tried only with the markers its first character can open: it reads as
    it does when every marker is tried."""
    from shobun.parser import structure

    every = dict.fromkeys(structure._BY_FIRST, structure._MARKERS)
    by_first = structure._BY_FIRST
    found = structure.read_marker(line)
    try:
        structure._BY_FIRST = every
        assert structure.read_marker(line) == found
    finally:
        structure._BY_FIRST = by_first
