"""Violations listed under a heading of the provisions violated (違反法条, 違反条項,
適用法条): 「4 違反法条 (1)A社 景品表示法第5条第1号 (2)B社 同法第5条第2号」 — each line
the provisions one company broke, the company named before them or, where none is, the
offenders of the notice. A caption in brackets after a provision names the wrong."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from shobun.parser import clauses, context, rows, scan, violations, wrongs
from shobun.parser.model import Citation
from shobun.parser.wrongs import Found


def listed(ctx: context.Context, stated: list[Found]) -> list[Found]:
    """`stated` and the violations the lines under a heading of violated provisions list,
    or the cells of a table's column of them, where no stated violation stands already."""
    taken = {_line_of(ctx.norm.text, v.start) for v in stated}
    quoted = _quoted().search(ctx.norm.text)  # 「<関連条文>⏎第4条⏎…」: the law's own text
    stop = quoted.start() if quoted else len(ctx.norm.text)
    more = [
        v
        for sec in ctx.sections
        if wrongs.form("violated_heading").search(sec.heading or "")
        for v in _under(
            ctx, ctx.section_norm[sec.path][0], min(ctx.section_norm[sec.path][2], stop)
        )
        if _line_of(ctx.norm.text, v.start) not in taken
    ]
    cells = {_cell_of(ctx.norm.text, v.start) for v in [*stated, *more]}
    more += [v for v in _in_column(ctx) if _cell_of(ctx.norm.text, v.start) not in cells]
    more += clauses.labelled(ctx, [*stated, *more])  # 「【違反条項】は…基準第3条…」
    return sorted([*stated, *more], key=lambda v: v.start)


def _cell_of(text: str, pos: int) -> int:
    return max(text.rfind("|", 0, pos), text.rfind("\n", 0, pos))


def _in_column(ctx: context.Context) -> Iterator[Found]:
    """「|事業者名|違反条項|」 over 「|A社|…規則第3条第4項、第7条第1項|」: the provisions in a
    column headed as the violated ones, each cell the company of its row's."""
    text = ctx.norm.text
    tops: dict[int, int] = {}
    by_cell: dict[int, list[tuple[int, int, Citation]]] = {}
    for s, e, c in ctx.citation_index.items:
        row = _line_of(text, s)
        if not text.startswith("|", row):
            continue
        top = _table_top(text, row, tops)
        if top != row and _column_violated(text, top, text.count("|", row, s)):
            by_cell.setdefault(_cell_of(text, s), []).append((s, e, c))
    for cites in by_cell.values():
        longest = {start: (end, chain) for start, end, chain in violations.chains(text, cites)}
        for start, (end, chain) in longest.items():
            who = rows.row_org(ctx, start)
            yield Found(start, end, tuple(chain), None, None, offender=who)


def _table_top(text: str, row: int, tops: dict[int, int]) -> int:
    """The first row of the table holding the row at `row`; each row walked once."""
    walked = [row]
    while walked[-1] not in tops and walked[-1] > 0:
        prev = _line_of(text, walked[-1] - 1)
        if not text.startswith("|", prev):
            break
        walked.append(prev)
    top = tops.get(walked[-1], walked[-1])
    tops.update(dict.fromkeys(walked, top))
    return top


def _column_violated(text: str, top: int, column: int) -> bool:
    """Whether the table whose first row is at `top` heads column `column` (1-based) as
    the provisions violated (違反条項, 該当条項)."""
    cells = text[top : text.find("\n", top) % (len(text) + 1)].split("|")
    header = cells[column] if column < len(cells) else ""
    return bool(wrongs.form("violated_heading").search(header))


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
    """The company the line names before its first provision (「(1)A社 景品表示法第5条」),
    or, where its clauses each name their own (「Aの行為は第4条の規定に、Bの行為は同法第53条
    の規定に、それぞれ違反する」), the one whose clause holds the provision."""
    text = ctx.norm.text
    named = [m for m in ctx.mention_index.between(line, start) if m.kind != "Authority"]
    each = wrongs.form("each_subject")
    own = [
        m.label
        for m in named
        if (x := each.match(text, m.start)) and x.group("who") == text[m.start : m.end]
    ]
    return own[-1] if own else named[0].label if named else None


@cache
def _quoted() -> scan.Guarded:
    return scan.guarded(re.compile(rf"^(?:{wrongs.form('quoted_law').pattern})", re.MULTILINE))
