"""Steps of a case's history: an action told under a 経緯 heading with no day of its own
(「経緯⏎1. …⏎2. このため、当局は、同組合に対して改善指導を行い、…」) is an earlier step; the
passes that give undated actions the lead's day (`lead.fill`) do not date it. One told in a
sentence that tells again an action the lead announces today (「このため、3社に対し、…注意を
行うとともに、…文書により指導しました。」 under 経緯, after 「本日、…3社に対し、…指導を
行いました。」) is taken with it, and keeps the day it was lent."""

from __future__ import annotations

from dataclasses import replace

from shobun.parser.context import Context, sentence_of
from shobun.parser.events import Draft
from shobun.parser.extract.sanctions import Term
from shobun.parser.positions import ByStart


def undated(ctx: Context, drafts: tuple[Draft, ...], terms: ByStart[Term]) -> tuple[Draft, ...]:
    """Each recounted draft without the day a pass lent it, unless its sentence tells
    today's action again."""
    today = {
        (d.kind, d.addressee)
        for d in drafts
        if not d.recounted and d.date is not None and d.date == ctx.today
    }
    return tuple(
        replace(d, date=None) if d.recounted and d.date and not _retells(ctx, d, terms, today)
        else d
        for d in drafts
    )  # fmt: skip


def _retells(
    ctx: Context, d: Draft, terms: ByStart[Term], today: set[tuple[str, str | None]]
) -> bool:
    """Whether another term of the draft's sentence is today's action to its addressee."""
    lo, hi = sentence_of(ctx, d.start)
    return any(
        t.verbal and t.start != d.start and (t.kind, d.addressee) in today
        for t in terms.between(lo, hi)
    )
