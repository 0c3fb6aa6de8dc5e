"""Actions a run-together table lists (`extract.glued`): a lead that names the kind and the
basis once (「…下請法7条2項に基づく勧告を公表した案件は3件でした。下表に…」), then one row per
action, each with its day and its company (「2024/5/21(株)A下請代金の不当減額 …」). Each row
is an action of that kind against its company on its day; its named wrongs are the wrongs
it remedies (its line is its scope)."""

from __future__ import annotations

from shobun.parser import events
from shobun.parser.context import Context, sentence_of
from shobun.parser.events import Draft
from shobun.parser.extract import glued, sanctions
from shobun.parser.extract.sanctions import Term
from shobun.parser.model import Citation, DateValue
from shobun.parser.positions import ByStart
from shobun.parser.wrongs import Found

_LEAD_REACH = 600  # how far above its header the lead that names the kind may stand


def listed(ctx: Context, drafts: tuple[Draft, ...], terms: ByStart[Term]) -> tuple[Draft, ...]:
    """`drafts` and an action for each row of a run-together table whose company no draft
    names, where the lead above the table names one kind of action."""
    rows = [(r, who) for r in glued.rows(ctx.norm) if (who := _company(ctx, r.name))]
    if not rows:
        return drafts
    lead = _lead(ctx, rows[0][0].start, terms)
    if lead is None:
        return drafts
    term, basis = lead
    named = {d.addressee for d in drafts}
    new = tuple(
        Draft(
            term.kind,
            term.term,
            who,
            basis,
            _day(ctx, r.start),
            (),
            None,
            r.start,
            r.end,
            ((r.start, r.end),),
        )
        for r, who in rows
        if who not in named
    )
    return drafts + new


def _company(ctx: Context, at: int) -> str | None:
    """The company whose name begins right after a row's date."""
    return next(
        (m.label for m in ctx.mention_index.between(at, at + 1) if m.kind != "Authority"), None
    )


def _lead(ctx: Context, table: int, terms: ByStart[Term]) -> tuple[Term, Citation | None] | None:
    """The one kind of action the sentences above the table name, and the basis the first
    of them is taken under; None where they name none or more than one kind."""
    above = [
        t for t in terms.between(max(0, table - _LEAD_REACH), table)
        if t.kind not in sanctions.INVESTIGATIONS
    ]  # fmt: skip
    if not above or len({t.kind for t in above}) > 1:
        return None
    for t in above:
        if basis := events.basis_before(ctx, sentence_of(ctx, t.start)[0], t.start):
            return t, basis
    return above[0], None


def _day(ctx: Context, start: int) -> DateValue | None:
    """The date a row begins with."""
    return next((v for s, _e, v in ctx.dates if s == start), None)


def wrongs(ctx: Context) -> list[Found]:
    """The named wrongs of each row of a run-together table, each its row's company's."""
    text = ctx.norm.text
    return [
        Found(s, e, (), text[s:e], None, named=True, offender=who)
        for r in glued.rows(ctx.norm)
        if (who := _company(ctx, r.name))
        for s, e in r.wrongs
    ]
