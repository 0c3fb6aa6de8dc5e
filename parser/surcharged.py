"""A part of the notice headed by the surcharge order (「5 課徴金納付命令の概要」) that sets
out the surcharge of only some of the offenders (「A株式会社⏎課徴金額⏎1234万円⏎納付期限⏎…」,
one company's block of a flattened table, the others spared under the leniency programme):
the lead's surcharge order is for those it names only."""

from __future__ import annotations

import re

from shobun.parser import roles
from shobun.parser.context import Context
from shobun.parser.events import Draft
from shobun.parser.extract.sanctions import Term
from shobun.parser.listed import named_in
from shobun.parser.positions import ByStart

_KIND = "SurchargeOrder"
_GROUP = re.compile(r"ほか|外[0-9]+社|各社|[0-9]+社")  # 「A株式会社ほか2社」: more than it names


def named_only(ctx: Context, drafts: tuple[Draft, ...], _terms: ByStart[Term]) -> tuple[Draft, ...]:
    """The surcharge orders of those a surcharge part names, where it names some of them
    and no group; the others' dropped."""
    ordered = {d.addressee for d in drafts if d.kind == _KIND and d.addressee}
    if len(ordered) < 2:
        return drafts
    named = _named_in_parts(ctx) & ordered
    if not named or named == ordered:
        return drafts
    return tuple(d for d in drafts if d.kind != _KIND or d.addressee in named)


def _named_in_parts(ctx: Context) -> set[str | None]:
    """Who the parts headed by the surcharge order name (none where one names a group)."""
    heading, text = roles.pattern("surcharge_part"), ctx.norm.text
    out: set[str | None] = set()
    for s in ctx.sections:
        if not heading.fullmatch(s.heading or ""):
            continue
        _, line_end, body_end = ctx.section_norm[s.path]
        if _GROUP.search(text, line_end, body_end):
            return set()
        out.update(named_in(ctx, line_end, body_end))
    return out
