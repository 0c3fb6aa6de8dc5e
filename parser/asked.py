"""What an order asks for, told apart from it: a report of the improvement it orders,
demanded in a sentence of its own (「…に業務改善命令を出した。同局は12月5日までに改善計画
を提出するよう求めた。」), is part of the order, not a request of its own; a sentence that
speaks of the order by name (「業務改善命令では、…を8月29日までに報告することが求められて
いる。」) gives it its deadline."""

from __future__ import annotations

from dataclasses import replace

from shobun.parser import roles
from shobun.parser.context import Context, sentence_of
from shobun.parser.deadlines import deadlines_in
from shobun.parser.events import Draft
from shobun.parser.extract.sanctions import INVESTIGATIONS, Term
from shobun.parser.positions import ByStart


def plans(ctx: Context, drafts: tuple[Draft, ...], _terms: ByStart[Term]) -> tuple[Draft, ...]:
    """Each report request for the plan an order asks for, folded into that order: the
    order before it, to the same addressee, takes its deadline where it has none."""
    out = list(drafts)
    plan = roles.pattern("ordered_plan")
    for d in drafts:
        if d.kind != "ReportRequest" or d.from_heading:
            continue
        if not plan.search(ctx.norm.text, sentence_of(ctx, d.start)[0], d.start):
            continue
        order = _order_before(out, d)
        if order is None:
            continue
        out.remove(d)
        if d.deadlines and not order.deadlines:
            out[out.index(order)] = replace(order, deadlines=d.deadlines)
    return tuple(out)


def _order_before(drafts: list[Draft], d: Draft) -> Draft | None:
    """The last order taken before `d` to the same addressee (or any, where `d` names none)."""
    found = [
        o
        for o in drafts
        if o.start < d.start
        and o.kind not in INVESTIGATIONS
        and o.kind.endswith("Order")
        and d.addressee in (None, o.addressee)
    ]
    return found[-1] if found else None


def spoken_of(ctx: Context, drafts: tuple[Draft, ...], terms: ByStart[Term]) -> tuple[Draft, ...]:
    """A sentence that opens with an order's name as its topic (「業務改善命令では、…まで
    に書面で報告することが求められている。」) gives the orders of that kind its deadline."""
    text = ctx.norm.text
    topic = roles.pattern("order_topic")
    for t in terms.between(0, len(text)):
        lo, hi = sentence_of(ctx, t.start)
        if t.verbal or not topic.match(text, t.end) or text[lo : t.start].strip():
            continue
        due = deadlines_in(ctx, t.end, hi)
        if due:
            drafts = tuple(
                replace(d, deadlines=(due[0],))
                if d.kind == t.kind and not d.deadlines and not d.from_heading
                else d
                for d in drafts
            )
    return drafts
