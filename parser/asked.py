"""What an order asks for, told apart from it: a report of the improvement it orders,
demanded in a sentence of its own (「…に業務改善命令を出した。同局は12月5日までに改善計画
を提出するよう求めた。」), is part of the order, not a request of its own; a sentence that
speaks of the order by name (「業務改善命令では、…を8月29日までに報告することが求められて
いる。」, 「改善命令では、…までに報告するよう求めた。」) gives it its deadline, and the report it
asks for there is part of it."""

from __future__ import annotations

import re
from dataclasses import replace

from shobun.parser import roles
from shobun.parser.context import Context, sentence_of
from shobun.parser.deadlines import deadlines_in
from shobun.parser.events import Draft, basis_before
from shobun.parser.extract.sanctions import INVESTIGATIONS, Term
from shobun.parser.model import DateValue
from shobun.parser.positions import ByStart

_PLAN_REACH = 60  # characters before a request where the plan it asks for is named
_OPENS = 4  # characters of white space or a bullet before a term that opens its sentence


def plans(ctx: Context, drafts: tuple[Draft, ...], _terms: ByStart[Term]) -> tuple[Draft, ...]:
    """Each report request for the plan an order asks for, folded into that order: the
    order before it, to the same addressee (any, where the request names none), takes its
    deadline where it has none, and its day if it has none (「…に業務改善命令を出した。…は1日、
    …計画を、…までに提出するよう命じた」); likewise a report of how the measures a guidance or
    warning asks for are going (「…に行政指導を行った。…までに対応状況を報告するよう求めた」),
    or of the improvement a recommendation asks for (「…勧告を行った。…改善内容を報告するよう
    求めた」), unless the request names a basis of its own. One pass over the drafts."""
    out: list[Draft | None] = []
    last: dict[str | None, int] = {}  # addressee (None: any) → index of its last order
    guided: dict[str | None, int] = {}  # …of its last guidance or warning
    plan, status = roles.pattern("ordered_plan"), roles.pattern("guided_status")
    for d in drafts:  # in the order the text tells them
        asks = d.kind == "ReportRequest" and not d.from_heading
        lo = max(sentence_of(ctx, d.start)[0], d.start - _PLAN_REACH)
        at = last.get(d.addressee) if asks else None
        if at is None or not plan.search(ctx.norm.text, lo, d.start):
            at = guided.get(d.addressee) if asks and d.basis is None else None
            owner = out[at] if at is not None else None
            said = status.search(ctx.norm.text, lo, d.start) or (
                owner is not None and owner.kind == "Recommendation"
                and plan.search(ctx.norm.text, lo, d.start)
            )  # fmt: skip
            at = at if at is not None and said else None
        if at is not None:
            owner = out[at]
            if owner is not None and d.deadlines and not owner.deadlines:
                out[at] = replace(owner, deadlines=d.deadlines, date=owner.date or d.date)
            continue
        if d.kind not in INVESTIGATIONS and d.kind.endswith("Order"):
            last[d.addressee] = last[None] = len(out)
        if d.kind in _ASKS_MEASURES:
            guided[d.addressee] = guided[None] = len(out)
        out.append(d)
    return tuple(x for x in out if x is not None)


def spoken_of(ctx: Context, drafts: tuple[Draft, ...], terms: ByStart[Term]) -> tuple[Draft, ...]:
    """A sentence that opens with an order's name as its topic (「業務改善命令では、…まで
    に書面で報告することが求められている。」) gives the orders of that kind its deadline."""
    due, told = _spoken(ctx, terms)
    last = max((d.date.iso() for d in drafts if d.date is not None), default=None)
    return tuple(
        replace(d, deadlines=(due[d.kind],))
        if d.kind in due and not d.deadlines and not d.from_heading
        and (d.date is None or d.date.iso() == last)  # not an earlier one (2008年5月14日にも)
        else d
        for d in drafts
        if not _asked_within(d, told)
    )  # fmt: skip


def asked_of_spoken(
    ctx: Context, drafts: tuple[Draft, ...], terms: ByStart[Term]
) -> tuple[Draft, ...]:
    """The reports an order spoken of asks for, left out before the drafts of one action are
    merged: merged, one would take the day of another request told later (「命令では、…まで
    に…報告するよう求めた。同委員会は6月、…勧告し、あわせて報告を求めていた。」)."""
    told = _spoken(ctx, terms)[1]
    return tuple(d for d in drafts if not _asked_within(d, told)) if told else drafts


def _spoken(
    ctx: Context, terms: ByStart[Term]
) -> tuple[dict[str, DateValue], list[tuple[int, int]]]:
    """The first deadline a sentence about each kind of order gives, and the sentences
    that speak of an order so."""
    text = ctx.norm.text
    topic = roles.pattern("order_topic")
    due: dict[str, DateValue] = {}  # kind → the first deadline a sentence about it gives
    told: list[tuple[int, int]] = []  # the sentences that speak of an order so
    for t in terms.between(0, len(text)):
        lo, hi = sentence_of(ctx, t.start)
        opens = t.start - lo <= _OPENS and not text[lo : t.start].strip()  # opens its sentence
        if t.verbal or t.kind in due or not topic.match(text, t.end) or not opens:
            continue
        told += [(t.end, hi)] if t.kind.endswith("Order") else []
        if found := deadlines_in(ctx, t.end, hi):
            due[t.kind] = found[0]
    return due, told


def _asked_within(d: Draft, told: list[tuple[int, int]]) -> bool:
    """A report the order spoken of asks for (「改善命令では、…までに報告するよう求めた」):
    part of that order, no request of its own."""
    asks = d.kind == "ReportRequest" and not d.from_heading and d.basis is None
    return asks and any(lo <= d.start < hi for lo, hi in told)


_WARNINGS = frozenset({"Caution", "Guidance", "Warning"})
# 「…に勧告を行った。…までに改善内容を報告するよう求めた」: a 勧告 asks for measures and a
# report of them as a guidance does; a request with a basis of its own stays one
_ASKS_MEASURES = _WARNINGS | {"Recommendation"}
_ALONG = re.compile(r"を?(?:行う|実施する|する|し)?とともに、")


def with_warning(
    ctx: Context, drafts: tuple[Draft, ...], terms: ByStart[Term]
) -> tuple[Draft, ...]:
    """A report asked for together with a warning (「…厳重注意を行うとともに、…を…までに
    当局へ報告するよう求めました」) is part of the warning: the warning takes its deadline."""
    out = list(drafts)
    drop: set[int] = set()
    for i, d in enumerate(drafts):
        if d.kind != "ReportRequest" or d.from_heading:
            continue
        lo = sentence_of(ctx, d.start)[0]
        kinds = {
            t.kind for t in terms.between(lo, d.start)
            if t.kind in _WARNINGS and _ALONG.match(ctx.norm.text, t.end)
        }  # fmt: skip
        owner = next(
            (j for j, w in enumerate(out) if w.kind in kinds and w.addressee == d.addressee), None
        )
        if owner is None:
            continue
        drop.add(i)
        if d.deadlines and not out[owner].deadlines:
            out[owner] = replace(out[owner], deadlines=d.deadlines)
    return tuple(d for i, d in enumerate(out) if i not in drop)


def with_instruction(
    ctx: Context, drafts: tuple[Draft, ...], _terms: ByStart[Term]
) -> tuple[Draft, ...]:
    """A report asked for in the sentence of an instruction (「…の実施を同社に指示し、11月
    17日までに改善策を報告するよう求めている」) is part of the instruction: the 指示 to the
    same addressee takes its deadline; where no 指示 was read (its wording names no sanction
    term), the request becomes it."""
    text, told = ctx.norm.text, roles.pattern("instructed_report")
    out: list[Draft] = list(drafts)
    drop: set[int] = set()
    for i, d in enumerate(drafts):
        if d.kind != "ReportRequest" or d.from_heading:
            continue
        lo = sentence_of(ctx, d.start)[0]
        said = list(told.finditer(text, lo, d.start)) if "指示" in text[lo : d.start] else []
        if not said:
            continue
        owner = next(
            (j for j, o in enumerate(out) if o.kind == "Order" and o.addressee == d.addressee),
            None,
        )
        if owner is None:  # the instruction itself, read from the request's sentence
            at = said[-1].start()
            out[i] = replace(d, kind="Order", term="指示", start=at, end=at + 2)
            continue
        drop.add(i)
        o = out[owner]
        out[owner] = replace(
            o,
            deadlines=o.deadlines or d.deadlines,
            basis=o.basis or d.basis or basis_before(ctx, lo, said[-1].start()),
        )
    return tuple(d for i, d in enumerate(out) if i not in drop)
