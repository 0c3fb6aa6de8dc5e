"""A law's short name glossed with its full title where the notice explains it:
「入札談合等関与行為防止法(入札談合等関与行為の排除及び防止並びに…に関する法律(平成14年法律
第101号))」. Named elsewhere by that short name alone (「…防止法の規定に基づき」), it is the
same law, not a law of its own whose title the notice writes so."""

from __future__ import annotations

from typing import Protocol, TypeVar


class _Mention(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def written(self) -> str: ...

    @property
    def generic(self) -> bool: ...


M = TypeVar("M", bound=_Mention)


def without_glossed(text: str, mentions: list[M]) -> list[M]:
    """`mentions` without the titles found only by their place (generic) that the text glosses
    with a statute it knows in the brackets after them."""
    known = {s.start for s in mentions if not s.generic}
    names = {s.written for s in mentions if s.generic}
    glossed = {name for name in names if _glossed(text, name, known)}
    return [s for s in mentions if not (s.generic and s.written in glossed)]


def _glossed(text: str, name: str, known: set[int]) -> bool:
    at = text.find(name + "(")
    while at >= 0:
        if at + len(name) + 1 in known:
            return True
        at = text.find(name + "(", at + 1)
    return False
