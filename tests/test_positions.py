"""`Seen` answers as `pattern.search` does, whatever the order of the questions: the
events stage asks it once per sanction term of a sentence instead of scanning the
sentence again per term."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shobun.parser.events import ITEMS_FOLLOW, TO_PERSON
from shobun.parser.positions import Seen

PATTERNS = [
    (TO_PERSON, 40),
    (ITEMS_FOLLOW, 40),
    (re.compile("本日"), 2),
    (re.compile(r"に対し"), 3),
]
LETTERS = "代表取締役であるの山田に対し次以下のとおり事項本日、。は"


@pytest.mark.parametrize(("pattern", "reach"), PATTERNS, ids=lambda x: str(x)[:24])
@given(
    text=st.text(alphabet=LETTERS, max_size=80),
    asks=st.lists(st.tuples(st.integers(0, 80), st.integers(0, 80)), max_size=30),
)
def test_seen_answers_as_search_does(
    pattern: re.Pattern[str], reach: int, text: str, asks: list[tuple[int, int]]
) -> None:
    seen = Seen(text, pattern, reach)
    for a, b in asks:
        lo, hi = min(a, b, len(text)), min(max(a, b), len(text))
        assert seen.within(lo, hi) == (pattern.search(text, lo, hi) is not None)


def test_a_growing_question_scans_only_what_is_new() -> None:
    text = "勧告を行った" * 2000 + "本日"
    seen = Seen(text, re.compile("本日"), 2)
    assert not any(seen.within(0, hi) for hi in range(6, len(text) - 2, 6))
    assert seen.within(0, len(text))
