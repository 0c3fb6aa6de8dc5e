"""`api.services.lists.Names`: the organizations whose folded name contains a word,
found in one joined text, are exactly those a test of each name finds."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shobun.api.services.lists import Names

LETTERS = st.text(alphabet="ab株式会社\x00 ", max_size=6)
PAIRS = st.lists(st.tuples(st.sampled_from(["o1", "o2", "o3", "o4"]), LETTERS), max_size=12)


@given(PAIRS, LETTERS)
def test_names_containing_a_word_are_those_a_scan_finds(
    pairs: list[tuple[str, str]], word: str
) -> None:
    assert Names(pairs).containing(word) == {org for org, name in pairs if word in name}


NAMES = [("o1", "株式会社あ"), ("o2", "あい株式会社"), ("o3", "う"), ("o1", "別名あ")]
CASES = {
    "a word in two organizations' names": ("株式会社", {"o1", "o2"}),
    "a word in an alias": ("別名", {"o1"}),
    "a word across two names finds nothing": ("あう", set()),
    "a word in no name": ("え", set()),
    "the empty word is in every name": ("", {"o1", "o2", "o3"}),
}


@pytest.mark.parametrize(("word", "orgs"), CASES.values(), ids=list(CASES))
def test_names_containing(word: str, orgs: set[str]) -> None:
    assert Names(NAMES).containing(word) == orgs
