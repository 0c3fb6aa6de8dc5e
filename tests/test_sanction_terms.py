"""Sanction terms inside a longer phrase (「業務の停止を命令した」: the 命令 is the phrase's
word, no term of its own), found in one sweep: the same answer as comparing every pair."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shobun.parser.extract.sanctions import Term, _inside_phrases, terms


def _pairwise(found: list[Term]) -> set[int]:
    return {
        i
        for i, t in enumerate(found)
        if any(
            o is not t
            and o.start <= t.start
            and t.end <= o.end
            and o.end - o.start > t.end - t.start
            for o in found
        )
    }


SPANS = st.lists(
    st.tuples(st.integers(0, 40), st.integers(1, 12)).map(
        lambda p: Term("x", "Order", p[0], p[0] + p[1], False)
    ),
    max_size=12,
)


@given(SPANS)
def test_the_sweep_finds_what_every_pair_finds(found: list[Term]) -> None:
    assert _inside_phrases(found) == _pairwise(found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("同社に対し、業務の停止を命令した。", [("業務の停止を命令し", "BusinessSuspensionOrder")]),
        ("同社に対し、業務改善命令を発出した。", [("業務改善命令", "BusinessImprovementOrder")]),
    ],
    ids=["the-phrase-not-its-word", "a-term-of-its-own"],
)
def test_a_term_inside_a_phrase_is_none_of_its_own(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(t.term, t.kind) for t in terms(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("省は、ひばり放送株式会社に対し、厳重注意の行政指導をおこないました。",
         [("厳重注意", "Caution", True)]),
        ("省は、ひばり放送株式会社に対し、行政指導をおこなった。", [("行政指導", "Guidance", True)]),
        ("省は、ひばり放送株式会社に対し、厳重注意及び行政指導を行った。",
         [("厳重注意", "Caution", True), ("行政指導", "Guidance", True)]),
        ("局は、無登録で業務を行っていた株式会社ことり舎に対し、警告書を発出した。",
         [("警告書", "Warning", True)]),
    ],
    ids=["x-no-gyosei-shido-is-x", "okonau-in-kana-performs", "x-and-shido-are-two",
         "keikokusho-wo-hasshutsu-is-a-warning"],
)  # fmt: skip
def test_a_general_word_after_no_names_the_kind_of_the_term(
    text: str, expected: list[tuple[str, str, bool]]
) -> None:
    assert [(t.term, t.kind, t.verbal) for t in terms(text)] == expected
