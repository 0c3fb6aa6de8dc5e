"""Articles of a law's supplementary provisions: 「食品表示基準附則第3条」「法附則第6条」
「改正法附則第2条」 cite 第3条 of the 附則, not 第3条 of the law's main text. The citation
model has no place for a 附則, so such an article is not recorded as the law's article — nor
are the articles chained on to it (「附則第2条及び第3条」)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol, TypeVar

_MARK = "附則"
_BEFORE = 4  # characters before a unit where 附則 may stand (「附則 第3条」 in spaced text)


class _Unit(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def chained(self) -> bool: ...


U = TypeVar("U", bound=_Unit)


def main_provisions(text: str, units: Iterable[U]) -> Iterator[U]:
    """`units` without those of a 附則 and the units chained on to them."""
    if _MARK not in text:
        yield from units
        return
    inside = False  # the unit before was a 附則's
    for u in units:
        inside = _opens(text, u.start) or (inside and u.chained)
        if not inside:
            yield u


def _opens(text: str, start: int) -> bool:
    return text[max(0, start - _BEFORE) : start].replace(" ", "").endswith(_MARK)
