"""`memo.last_call`: the last answer again only for the very same arguments."""

from __future__ import annotations

from shobun.parser import memo
from shobun.parser.extract import glued
from shobun.parser.normalize import normalize


def test_the_same_objects_are_answered_once_equal_ones_again() -> None:
    calls: list[object] = []

    @memo.last_call
    def ask(x: list[int]) -> int:
        calls.append(x)
        return sum(x)

    first, equal = [1, 2], [1, 2]
    assert ask(first) == 3 and ask(first) == 3
    assert len(calls) == 1  # the same list: answered from the last call
    assert ask(equal) == 3
    assert len(calls) == 2  # an equal list is another object: asked again
    first.append(4)
    assert ask(equal) == 3 and ask(first) == 7  # the last call was `equal`'s


def test_glued_rows_of_one_notice_are_read_once_and_are_those_of_a_fresh_read() -> None:
    norm = normalize("日付対象企業違反事項備考\n2024/5/21株式会社あおい商事減額 返品\n")
    rows = glued.rows(norm)
    assert rows and glued.rows(norm) is rows
    assert glued.rows(normalize(norm.source)) == rows
