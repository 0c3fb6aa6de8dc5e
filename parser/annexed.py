"""Annexes that each set out one company's action (「(別添1)⏎…1.処分対象業者⏎…A株式会社
…⏎2.処分内容⏎…営業の停止命令」, then 「(別添2)」 for B): an action an annex sets out with no
addressee is for the one organisation that annex names. The annex runs from a line that is
only its mark (`annex_line` in roles.tsv) to the next such line or the end."""

from __future__ import annotations

from shobun.parser import roles
from shobun.parser.context import Context
from shobun.parser.events import Draft
from shobun.parser.listed import named_in


def annexed(ctx: Context, drafts: tuple[Draft, ...]) -> dict[int, str]:
    """Where each action without an addressee starts → the one organisation its annex
    names, where it lies in an annex that names exactly one."""
    bare = [d.start for d in drafts if d.addressee is None and not d.to_person]
    if not bare:
        return {}
    text = ctx.norm.text
    marks = [m.start() for m in roles.pattern("annex_line").finditer(text)]
    if not marks:
        return {}
    out: dict[int, str] = {}
    for lo, hi in zip(marks, [*marks[1:], len(text)], strict=True):
        names = list(dict.fromkeys(named_in(ctx, lo, hi)))
        if len(names) == 1:
            out.update({start: names[0] for start in bare if lo <= start < hi})
    return out
