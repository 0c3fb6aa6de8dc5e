"""Violations in forms read for round 15's remaining misses (issue 12), each row a sentence
of our own with fictional names: a breach only feared (違反するおそれ) is none; a labelled
clause of the provisions violated (【違反条項】は…); a violation goes to the action under the
law it breaks, a 基準 to the action under the law it is made under."""

from __future__ import annotations

import pytest

from shobun import parser
from shobun.parser.model import Notice

Fact = tuple[str, str, str, str]  # (action kind, addressee, article, description)


def _remedied(n: Notice) -> list[Fact]:
    by_key = {v.key: v for v in n.violations}
    return sorted(
        (a.kind, a.addressee or "", p.article, by_key[k].description or "")
        for a in n.actions
        for k in a.violations
        for p in by_key[k].provisions
    )


CASES: list[tuple[str, list[Fact]]] = [
    (  # a breach only feared: a 警告, no violation
        "令和6年7月1日\n公正取引委員会\n\nかすみ青果出荷組合に対する警告について\n\n"
        "公正取引委員会は、本日、かすみ青果出荷組合に対し、独占禁止法第8条第4号の規定に違反する"
        "おそれがあるものとして、警告を行った。\n",
        [],
    ),
    (  # the same in news prose, with the caption in brackets
        "みなと経済ニュース\n2024年7月2日\n\n出荷組合に警告\n\n"
        "公正取引委員会は1日、かすみ青果出荷組合に対して警告を行った。その行為が独占禁止法8条4号"
        "(事業者団体による構成事業者の機能又は活動の不当な制限の禁止)に違反する恐れがあるとした。\n",
        [],
    ),
]  # fmt: skip
IDS = [
    "a-feared-breach-is-no-violation",
    "a-feared-breach-in-news-with-its-caption",
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_violations_remedied(text: str, expected: list[Fact]) -> None:
    assert _remedied(parser.parse(text)) == sorted(expected)
