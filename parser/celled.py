"""Actions in a table a page flattened cell by cell, each cell closed by a bar and running
over lines (「|被処分者|⏎違反内容|⏎処分内容|⏎A社⏎(所在地)|⏎…したもの。|⏎令和7年…までの45日間、
(1)…の運用停止(電波法第76条第1項)⏎(2)…の運用停止(…)|⏎B社…|」): the header's cells give
the number of columns, the first column names each row's company and the column of
actions (`action_column` in `roles.tsv`) what is taken against it. One action per kind per
row, for the row's company; the drafts of the same terms without an addressee give way."""

from __future__ import annotations

import re

from shobun.parser import roles
from shobun.parser.context import Context
from shobun.parser.events import Draft
from shobun.parser.extract import sanctions
from shobun.parser.extract.sanctions import Term
from shobun.parser.positions import ByStart

_CELL_MAX = 400  # characters: a longer run between bars is prose after the table
_HEAD_MAX = 12  # characters: a header cell is a word or two
_NO_CELL = re.compile(r"[\s:\-]*")


def cells(text: str) -> list[list[tuple[int, int]]]:
    """Each bar-closed table's cells, in order (header first), as spans."""
    out: list[list[tuple[int, int]]] = []
    at = text.find("\n|")
    while at >= 0:
        run: list[tuple[int, int]] = []
        lo = at + 2
        hi = text.find("|", lo)
        while hi >= 0 and hi - lo <= _CELL_MAX and "\n\n" not in text[lo:hi]:
            if not _NO_CELL.fullmatch(text, lo, hi):  # |⏎| between rows, |---|: no cell
                run.append((lo, hi))
            lo, hi = hi + 1, text.find("|", hi + 1)
        out.append(run)
        at = text.find("\n|", lo)
    return out


def rowed(ctx: Context, drafts: tuple[Draft, ...], terms: ByStart[Term]) -> tuple[Draft, ...]:
    """`drafts` with each row's action for its company, in place of the drafts without an
    addressee that stand in the rows' cells of actions."""
    if "|" not in ctx.norm.text:
        return drafts
    new: list[Draft] = []
    for table in cells(ctx.norm.text):
        new += _table(ctx, table, terms)
    if not new:
        return drafts
    spans = [(d.scopes[0]) for d in new]
    kept = tuple(
        d for d in drafts if d.addressee or not any(lo <= d.start < hi for lo, hi in spans)
    )
    return kept + tuple(new)


def _table(ctx: Context, table: list[tuple[int, int]], terms: ByStart[Term]) -> list[Draft]:
    text = ctx.norm.text
    first = next((i for i, (lo, hi) in enumerate(table) if _company(ctx, lo, hi)), 0)
    head = [text[lo:hi].strip() for lo, hi in table[:first]]
    if len(head) < 2 or any(len(h) > _HEAD_MAX or "。" in h for h in head):
        return []
    acts = [i for i, h in enumerate(head) if roles.pattern("action_column").fullmatch(h)]
    if not acts:
        return []
    out: list[Draft] = []
    for row in range(first, len(table) - len(head) + 1, len(head)):
        who = _company(ctx, *table[row])
        if who is None:
            break  # a row that opens with no company: its cells no longer line up
        lo, hi = table[row + acts[0]]
        taken = [t for t in terms.between(lo, hi) if t.kind not in sanctions.INVESTIGATIONS]
        for t in {t.kind: t for t in reversed(taken)}.values():  # the first of each kind
            out.append(
                Draft(t.kind, t.term, who, None, None, (), None, t.start, t.end, ((lo, hi),))
            )
    return out


def _company(ctx: Context, lo: int, hi: int) -> str | None:
    return next((m.label for m in ctx.mention_index.between(lo, hi) if m.kind != "Authority"), None)
