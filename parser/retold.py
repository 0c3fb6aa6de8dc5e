"""Days a news item gives each addressee after the lead: 「…2社に業務改善を命じた。」 then
「九州経済産業局は9月29日付で、A(本社…)に命じた。関東経済産業局は10月2日付で、B(…)に
命じている。」: the sentence that names the addressee before the verb of the action it
retells dates that addressee's action."""

from __future__ import annotations

from dataclasses import replace

from shobun.parser import roles
from shobun.parser.acted import action_dates
from shobun.parser.context import Context, sentence_of
from shobun.parser.events import Draft
from shobun.parser.extract.sanctions import Term
from shobun.parser.model import DateValue
from shobun.parser.positions import ByStart


def days(ctx: Context, drafts: tuple[Draft, ...], _terms: ByStart[Term]) -> tuple[Draft, ...]:
    """Each undated draft with an addressee takes the day of the first later sentence that
    retells an action to that addressee."""
    if all(d.date is not None or d.addressee is None for d in drafts):
        return drafts
    return tuple(
        replace(d, date=day)
        if d.date is None and d.addressee and (day := _retold(ctx, d.addressee, d.end))
        else d
        for d in drafts
    )


def _retold(ctx: Context, who: str, after: int) -> DateValue | None:
    verb = roles.pattern("retold_action")
    for m in ctx.mention_index.between(after, len(ctx.norm.text)):
        if m.label != who or not verb.match(ctx.norm.text, m.end):
            continue
        found = action_dates(ctx, sentence_of(ctx, m.start)[0], m.start)
        if found and found[0].day is not None:
            return found[0]
    return None
