"""Deadlines a notice sets apart from its actions: a section 「３　納付期限」 whose body is
the date, or a sentence 「納付期限は令和…」, gives it to the actions that lack one."""

from __future__ import annotations

from dataclasses import replace

from shobun.parser import roles
from shobun.parser.context import Context
from shobun.parser.events import Draft
from shobun.parser.extract.sanctions import INVESTIGATIONS
from shobun.parser.model import DateValue


def due_sections(ctx: Context, drafts: tuple[Draft, ...]) -> tuple[Draft, ...]:
    """A section 「３　納付期限」 whose body is the date gives it to the actions that lack
    one: a 納付期限 to the surcharges, another 期限 to every action set out today."""
    for s in ctx.sections:
        m = roles.pattern("due_heading").match(s.heading or "")
        if m is None:
            continue
        _, line_end, body_end = ctx.section_norm[s.path]
        dates = [v for _, _, v in ctx.date_index.between(line_end, body_end) if v.day]
        drafts = _give_due(ctx, drafts, dates, m.group("what") == "納付")
    for m in roles.pattern("surcharge_due_said").finditer(ctx.norm.text):  # 納付期限は令和…
        said = [v for _, _, v in ctx.date_index.between(m.end(), m.end() + 1)]
        drafts = _give_due(ctx, drafts, said, True)
    return drafts


def _give_due(
    ctx: Context, drafts: tuple[Draft, ...], dates: list[DateValue], surcharge: bool
) -> tuple[Draft, ...]:
    if not (dates and dates[0].day):
        return drafts
    return tuple(
        replace(d, deadlines=(dates[0],)) if _due_to(ctx, d, surcharge) else d for d in drafts
    )


def _due_to(ctx: Context, d: Draft, surcharge: bool) -> bool:
    wanted = d.kind == "SurchargeOrder" if surcharge else True
    today = d.date in (None, ctx.today) and d.kind not in INVESTIGATIONS
    # a 納付期限 is the surcharges' own, though they were ordered days before the notice
    return wanted and (today or surcharge) and not d.deadlines
