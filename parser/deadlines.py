"""Deadlines: a date followed by まで(に) or after 納付期限/提出期限, and the deadlines of a
section that belong to the action it sets out."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from shobun.parser.context import Context, innermost, sentence_of
from shobun.parser.events import Draft, heading_addressee
from shobun.parser.extract import sanctions
from shobun.parser.model import DateValue
from shobun.parser.positions import ByStart

_DEADLINE_AFTER = re.compile(r"(?:\([月火水木金土日]\))?まで(?:に|の間に|(?!の間|延長|停止))")
# 「停止期間を令和5年4月30日まで延長する」「…まで停止する」: the end of a period, no deadline
_PERIOD_END = re.compile(r"(?:から|より)$")  # 「AからBまで(15日間)」: B ends a period
_DEADLINE_BEFORE = re.compile(r"(?:納付期限|提出期限|報告期限|期限)(?:は|:)?$")  # 納付期限は…


def deadlines_in(ctx: Context, lo: int, hi: int) -> list[DateValue]:
    text = ctx.norm.text
    out = []
    for start, end, value in ctx.date_index.between(lo, hi):
        if (
            end <= hi
            and not _PERIOD_END.search(text, max(0, start - 2), start)
            and (
                (_DEADLINE_AFTER.match(text, end) and not text.startswith("までの間", end))
                or _DEADLINE_BEFORE.search(text, max(0, start - 6), start)
            )
        ) and value.day is not None:
            out.append(value)
    return out


def own_deadlines(
    ctx: Context, span: tuple[int, int], kind: str, terms: ByStart[sanctions.Term]
) -> list[DateValue]:
    """The deadlines in `span` but those of a sentence performing an action of another
    kind (「また、…までに報告するよう求める。」 under a 勧告's heading); kind "*": all."""
    lo, hi = span
    out: list[DateValue] = []
    first = max(bisect_right(ctx.sentence_starts, lo) - 1, 0)
    for s_lo, s_hi in ctx.sentences[first : bisect_left(ctx.sentence_starts, hi)]:
        if s_hi <= lo:
            continue
        own = terms.between(s_lo, s_hi)
        if kind != "*" and any(t.verbal and not fits(t.kind, kind) for t in own):
            continue
        if kind != "*" and _elsewhere(ctx, s_lo, lo, kind, terms):
            continue
        out += [x for x in deadlines_in(ctx, max(s_lo, lo), min(s_hi, hi)) if x not in out]
    return out


def _elsewhere(ctx: Context, pos: int, lo: int, kind: str, terms: ByStart[sanctions.Term]) -> bool:
    """Whether `pos` lies in a subsection (starting after `lo`) whose heading names only
    actions of another kind (「I. …求めた報告…」 ⊃ 「(2)…に基づく業務改善命令 … (3)…までに提出」):
    its deadlines are that action's."""
    path = innermost(ctx, pos)
    while path is not None and ctx.section_norm[path][0] > lo:
        line_start, line_end, _ = ctx.section_norm[path]
        named = terms.between(line_start, line_end)
        if named and not any(fits(t.kind, kind) or fits(kind, t.kind) for t in named):
            return True
        path = ctx.section_by_path[path].parent
    return False


def fits(kind: str, heading_kind: str) -> bool:
    """Whether an action of `kind` is what a section about `heading_kind` sets out."""
    return (
        heading_kind == "*"
        or kind == heading_kind
        or (heading_kind == "Order" and kind.endswith("Order"))
    )


_IMPOSED = re.compile(r"こと(?:。|$)")


def in_company_sections(ctx: Context, drafts: tuple[Draft, ...]) -> tuple[Draft, ...]:
    """A deadline a company's own section imposes (「(3) A社⏎…A社は、令和7年8月29日までに
    改善措置を講じ、その内容を観光庁に報告すること。」) is that of the one action the company
    was given today with none."""
    text = ctx.norm.text
    due: dict[str, DateValue] = {}
    for sec in ctx.sections:
        who = heading_addressee(ctx, sec.path)
        if who is None or who in due:
            continue
        _, line_end, body_end = ctx.section_norm[sec.path]
        for start, end, value in ctx.date_index.between(line_end, body_end):
            _, s_end = sentence_of(ctx, end)
            if deadlines_in(ctx, start, end) and _IMPOSED.search(text, end, s_end + 1):
                due[who] = value
                break
    mine = {w: [d for d in drafts if d.addressee == w and not _apart(ctx, d)] for w in due}
    return tuple(
        replace(d, deadlines=(due[w],))
        if (w := d.addressee) in due and mine[w] == [d] and not d.deadlines
        else d
        for d in drafts
    )  # the company's one action today: with two, the section may be either's


def _apart(ctx: Context, d: Draft) -> bool:
    """An investigation, or an action of another day: no deadline of today's orders."""
    return d.kind in sanctions.INVESTIGATIONS or d.date not in (None, ctx.today)
