"""Sections that describe an action (命令の内容, 課徴金納付命令の概要, 処分の内容) lend it
their body: the deadlines in it, the numbered items it requires, where its violations and
amount are to be found."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from shobun.parser import context, deadlines, events, violations
from shobun.parser.extract import sanctions
from shobun.parser.model import DateValue
from shobun.parser.positions import ByStart


def _describing_term(
    ctx: context.Context, path: str, terms: ByStart[sanctions.Term]
) -> sanctions.Term | None:
    """The sanction a section is about: named in its heading, or in a first body line
    that is itself a heading (銀行法第26条第1項に基づく命令(業務改善命令))."""
    text = ctx.norm.text
    line_start, line_end, body_end = ctx.section_norm[path]
    named = terms.between(line_start, line_end)
    if named and (named[-1].verbal or not _an_item(ctx, path)):
        return named[-1]
    next_end = text.find("\n", line_end + 1)
    next_end = body_end if next_end < 0 else min(next_end, body_end)
    if text[line_end + 1 : next_end].endswith("。") or any(
        ctx.section_norm[child][0] <= line_end + 1 for child in ctx.children.get(path, ())
    ):
        return None  # an item, or the heading of the first subsection ((1)勧告 (2)指導 …)
    first = terms.between(line_end + 1, next_end)
    return first[-1] if first else None


def _an_item(ctx: context.Context, path: str) -> bool:
    """「イ 同社は、…業務停止命令の内容…を通知し、…報告すること。」: an item of what an
    action requires, which names another action (not taking it) but describes none."""
    line_start, line_end, _ = ctx.section_norm[path]
    return ctx.section_by_path[path].heading is None and ctx.norm.text[
        line_start:line_end
    ].endswith("。")


def _parted(ctx: context.Context, path: str, kind: str, terms: ByStart[sanctions.Term]) -> bool:
    """A section of what was done in parts, each with deadlines of its own: 「3 処分の内容
    (1)業務停止命令 … (2)指示 …までに報告すること」, 「3 命令の内容 (1)業務停止命令 (2)指示」
    (named by the generic 命令), 「3 処分の内容 (1)A社 …停止すること (2)B社 …報告すること」."""
    children = ctx.children.get(path, ())
    if kind == "Order":
        return any(_describing_term(ctx, c, terms) for c in children)
    return kind == "*" and any(
        _describing_term(ctx, c, terms) or events.heading_addressee(ctx, c) for c in children
    )


def describe(
    ctx: context.Context, drafts: tuple[events.Draft, ...], terms: ByStart[sanctions.Term]
) -> tuple[events.Draft, ...]:
    """Sections whose heading names an action lend it their body: deadlines, amount,
    violations and the numbered items it requires."""
    described: dict[str, str] = {}  # section path → the action kind it describes
    headed = {d.section for d in drafts if d.from_heading}
    for sec in ctx.sections:
        if violations.form("cause_heading").search(sec.heading or ""):
            continue  # 命令の原因となる事実: the cause of every action, described by none
        term = _describing_term(ctx, sec.path, terms)
        generic = term is None and bool(_WHAT_WAS_DONE.search(sec.heading or ""))
        if (term is None and not generic) or sec.path in headed:
            continue
        if term is None:  # 処分の内容: the actions the notice announces, whatever their kind
            kind = "*"
        else:
            kind = described.get(sec.parent or "", term.kind) if term.kind == "Order" else term.kind
        described[sec.path] = kind
        line_start, _, body_end = ctx.section_norm[sec.path]
        span = (line_start, body_end)
        due = (
            ()
            if _parted(ctx, sec.path, kind, terms)
            else deadlines.own_deadlines(ctx, span, kind, terms)
        )
        lent = _Lent(
            sec.path, sec.level, kind, events.heading_addressee(ctx, sec.path), span, tuple(due),
            _items(ctx, sec.path),
        )  # fmt: skip
        drafts = tuple(_lend(ctx, d, lent) for d in drafts)
    return drafts


@dataclass(frozen=True)
class _Lent:
    """What a section that describes an action lends it."""

    path: str
    level: int
    kind: str
    who: str | None
    span: tuple[int, int]
    due: tuple[DateValue, ...]
    items: str | None


def _lend(ctx: context.Context, d: events.Draft, lent: _Lent) -> events.Draft:
    if (
        not deadlines.fits(d.kind, lent.kind)
        or (d.from_heading and not d.labelled)  # a label line in a block (処分内容 …命令)
        or lent.who not in (None, d.addressee)
    ):
        return d
    past = d.date not in (None, ctx.today)
    if lent.kind == "*" and (past or d.kind in sanctions.INVESTIGATIONS):
        return d  # recounted from the past, or what led to it: not what is set out
    deeper = bool(lent.items) and lent.level > d.requested_level  # the deepest items win
    return replace(
        d,
        scopes=(*d.scopes, lent.span),
        section=d.section or lent.path,
        requested=lent.items if deeper else d.requested,
        requested_level=lent.level if deeper else d.requested_level,
        deadlines=d.deadlines or _due(ctx, lent.due, past),
    )


def _due(ctx: context.Context, due: tuple[DateValue, ...], past: bool) -> tuple[DateValue, ...]:
    """The deadlines a section lends: to an action of the past, only those already passed
    on the notice's day (a later one is that of the request made today)."""
    today = ctx.today.iso() if ctx.today else None
    kept = [x for x in due if not past or today is None or x.iso() <= today]
    return tuple(dict.fromkeys(kept))


def _items(ctx: context.Context, path: str) -> str | None:
    """The numbered items under a section, one per line (ア 前記表示は…こと。)."""
    lines = []
    for child in ctx.children.get(path, ()):
        start, end, _ = ctx.section_norm[child]
        lines.append(ctx.norm.text[start:end])
    return "\n".join(lines) if lines else None


_WHAT_WAS_DONE = re.compile(r"^(?:行政)?処分の?(?:内容|概要)$")
