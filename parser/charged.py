"""Violations listed under a heading of the provisions violated (違反法条, 違反条項,
適用法条): 「4 違反法条 (1)A社 景品表示法第5条第1号 (2)B社 同法第5条第2号」 — each line
the provisions one company broke, the company named before them or, where none is, the
offenders of the notice. A caption in brackets after a provision names the wrong."""

from __future__ import annotations

from collections.abc import Iterator

from shobun.parser import context, violations, wrongs
from shobun.parser.model import Citation
from shobun.parser.wrongs import Found


def listed(ctx: context.Context, stated: list[Found]) -> list[Found]:
    """`stated` and the violations the lines under a heading of violated provisions list,
    where no stated violation stands on the line already."""
    taken = {_line_of(ctx.norm.text, v.start) for v in stated}
    more = [
        v
        for sec in ctx.sections
        if wrongs.form("violated_heading").search(sec.heading or "")
        for v in _under(ctx, ctx.section_norm[sec.path][0], ctx.section_norm[sec.path][2])
        if _line_of(ctx.norm.text, v.start) not in taken
    ]
    return sorted([*stated, *more], key=lambda v: v.start)


def _line_of(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _under(ctx: context.Context, lo: int, hi: int) -> Iterator[Found]:
    """One violation per line of the section's body that cites a provision: the longest
    chain of provisions on it."""
    text = ctx.norm.text
    by_line: dict[int, list[tuple[int, int, Citation]]] = {}
    for s, e, c in ctx.citation_index.between(lo, hi):
        line = _line_of(text, s)
        if text.count("(", line, s) <= text.count(")", line, s):  # not one in brackets
            by_line.setdefault(line, []).append((s, e, c))
    for line, cites in by_line.items():
        longest: dict[int, tuple[int, int, list[Citation]]] = {}
        for start, end, chain in violations.chains(text, cites):
            longest[start] = (start, end, chain)
        for start, end, chain in longest.values():
            named = violations.caption_at(text, end)
            who = _offender(ctx, line, start)
            yield Found(start, end, tuple(chain), named, None, named is not None, offender=who)


def _offender(ctx: context.Context, line: int, start: int) -> str | None:
    """The company the line names before its first provision (「(1)A社 景品表示法第5条」)."""
    named = [m.label for m in ctx.mention_index.between(line, start) if m.kind != "Authority"]
    return named[0] if named else None
