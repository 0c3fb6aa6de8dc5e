"""Actions a table's row does not give its company (PHENOMENA §40): 「…3社に対し、…業務停止
命令及び業務改善命令を発出しました」 over 「| 事業者名 | … | 処分内容 |」 rows, one of which
says only 「業務改善命令」 — that company gets no 業務停止命令: the row decides, not the lead."""

from __future__ import annotations

from shobun.parser.context import Context
from shobun.parser.events import Draft
from shobun.parser.extract.sanctions import Term
from shobun.parser.patterns import PUBLIC_KINDS
from shobun.parser.positions import ByStart


def spared(ctx: Context, drafts: tuple[Draft, ...], terms: ByStart[Term]) -> tuple[Draft, ...]:
    """The drafts without those of a kind other rows of the table name and the company's
    own row does not, where two or more rows each name a company and actions."""
    kinds: dict[str, set[str]] = {}
    for lo, hi in _rows(ctx.norm.text):
        named = [m.label for m in ctx.mention_index.between(lo, hi) if m.kind not in PUBLIC_KINDS]
        said = {t.kind for t in terms.between(lo, hi)}
        if len(set(named)) == 1 and said:
            kinds.setdefault(named[0], set()).update(said)
    if len(kinds) < 2:
        return drafts
    every = set().union(*kinds.values())
    return tuple(
        d for d in drafts if not (d.addressee in kinds and d.kind in every - kinds[d.addressee])
    )


def _rows(text: str) -> list[tuple[int, int]]:
    """The lines of a table written with bars (「| A株式会社 | … | 業務改善命令 |」)."""
    out, at = [], 0
    for line in text.split("\n"):
        if line.startswith("|") and line.count("|") >= 3:
            out.append((at, at + len(line)))
        at += len(line) + 1
    return out
