"""Steps of a case's history: an action told under a 経緯 heading with no day of its own
(「経緯⏎1. …⏎2. このため、当局は、同組合に対して改善指導を行い、…」) is an earlier step; the
passes that give undated actions the lead's day (`lead.fill`) do not date it."""

from __future__ import annotations

from dataclasses import replace

from shobun.parser.context import Context
from shobun.parser.events import Draft
from shobun.parser.extract.sanctions import Term
from shobun.parser.positions import ByStart


def undated(_ctx: Context, drafts: tuple[Draft, ...], _terms: ByStart[Term]) -> tuple[Draft, ...]:
    """Each recounted draft without the day a pass lent it."""
    return tuple(replace(d, date=None) if d.recounted and d.date else d for d in drafts)
