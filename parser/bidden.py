"""Deadlines of what an action bids, where no section sets it out: the clause a performed
term governs (「…その結果を3月31日までに報告するよう改めて指示した」, 「…⑤…を12月19日までに
報告すること――を指示した」), and the items a sentence of their own announces after the
action (「…に行政指導を行った。…文書では、同社に次の5点を実施するよう求めた。⏎1. …⏎5. …を
4月28日までに報告すること」)."""

from __future__ import annotations

import re
from dataclasses import replace

from shobun.parser import roles
from shobun.parser.context import Context
from shobun.parser.deadlines import deadlines_in
from shobun.parser.events import Draft
from shobun.parser.extract.sanctions import INVESTIGATIONS, Term
from shobun.parser.model import DateValue
from shobun.parser.positions import ByStart

# what the clause before a performed term ends with when it is what the term bids
_BIDS = re.compile(r"(?:よう(?:に)?|こと(?:など|等)?(?:[―─—]+)?を?)、?$")
_BID_TAIL = 8  # characters before the term where the bidding clause ends
_BID_TERM = ("よう", "こと")  # a term that opens with its bid (ことを指示, こと――を指示)


def bidden(ctx: Context, lo: int, t: Term) -> list[DateValue]:
    """The deadlines of the clause `t` governs, from `lo` (its clause's start) to it: a
    performed action that bids something done by a day (…までに報告するよう指示した)."""
    if not t.verbal or t.kind in INVESTIGATIONS or "まで" not in ctx.norm.text[lo : t.start]:
        return []
    tail = max(lo, t.start - _BID_TAIL)
    if not (t.term.startswith(_BID_TERM) or _BIDS.search(ctx.norm.text, tail, t.start)):
        return []
    return deadlines_in(ctx, lo, t.start)


_ITEM = re.compile(r"[ \t]*(?:[0-9]+[.、) ]|\([0-9]+\)|[①-⑳]|[・・])")
_ITEMS_REACH = 1500  # characters: the most the announced items run


def announced(ctx: Context, drafts: tuple[Draft, ...], terms: ByStart[Term]) -> tuple[Draft, ...]:
    """「文書では、同社に次の5点を実施するよう求めた。⏎1. …⏎5. …までに報告すること」: the
    items a sentence with no action of its own announces after today's action give the
    actions of the notice's latest day that have no deadline their first deadline."""
    text = ctx.norm.text
    if "の" not in text or not any(w in text for w in ("次の", "以下の", "下記の")):
        return drafts
    acts = [d for d in drafts if d.kind not in INVESTIGATIONS]
    for m in roles.pattern("items_announced").finditer(text):
        if any(t.verbal for t in terms.between(m.start(), m.end())):
            continue  # the action's own sentence: its items are read with it
        if not any(d.start < m.start() for d in acts):
            continue
        due = _imposed(ctx, m.end(), _items_end(text, m.end()))
        if due:
            last = max((d.date.iso() for d in acts if d.date is not None), default=None)
            given = {
                id(d) for d in acts if not d.deadlines and (d.date is None or d.date.iso() == last)
            }
            return tuple(replace(d, deadlines=(due[0],)) if id(d) in given else d for d in drafts)
    return drafts


_IMPOSED = re.compile(r"[^。\n]{0,40}?こと(?![^。\n]{0,3}(?:が|は|も))")  # …までに報告すること


def _imposed(ctx: Context, lo: int, hi: int) -> list[DateValue]:
    """The deadlines in [lo, hi) that an item imposes (「…を6月13日までに報告すること」): a
    line joined on after the items (「…周知すること同社は…までに…予定だ。」) imposes none."""
    return [
        v
        for s, e, v in ctx.date_index.between(lo, hi)
        if deadlines_in(ctx, s, e) and _IMPOSED.match(ctx.norm.text, e)
    ]


def _items_end(text: str, pos: int) -> int:
    """Where the numbered lines right after `pos` (blank lines between) end."""
    limit = min(len(text), pos + _ITEMS_REACH)
    end = pos
    line_start = text.find("\n", pos, limit)
    while 0 <= line_start < limit:
        nl = text.find("\n", line_start + 1, limit)
        line_end = limit if nl < 0 else nl
        line = text[line_start + 1 : line_end]
        if line.strip() and not _ITEM.match(line):
            break
        end = line_end if line.strip() else end
        line_start = nl
    return end
