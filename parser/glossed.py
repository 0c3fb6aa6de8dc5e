"""Violations glossed in the brackets of one kind of a 行政処分: 「…第65条第2項の規定に基づく
業務停止処分(同法第47条第1号違反)及び同条第1項の規定に基づく指示処分(同法第35条第1項違反)」.
Each kind remedies the violation its own brackets name, not the other kinds'."""

from __future__ import annotations

from shobun.parser import events
from shobun.parser.patterns import PARENTHETICAL
from shobun.parser.wrongs import Found

__all__ = ["kept"]

Remedies = list[list[Found]]  # per draft, in the drafts' order


def kept(text: str, drafts: tuple[events.Draft, ...], said: Remedies) -> Remedies:
    """`said` without the violations that stand in the brackets right after another action's
    term: such a violation is remedied by the actions of that term alone (one per addressee)."""
    owners: dict[int, set[tuple[int, int]]] = {}
    for d in drafts:
        m = PARENTHETICAL.match(text, d.end)
        if m is None:
            continue
        for v in (v for vs in said for v in vs):
            if m.start() < v.start < m.end():
                owners.setdefault(v.start, set()).add((d.start, d.end))
    return [
        [v for v in vs if (d.start, d.end) in owners.get(v.start, {(d.start, d.end)})]
        for d, vs in zip(drafts, said, strict=True)
    ]
