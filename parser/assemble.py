"""Assembly of the events stage: drafts of actions → typed Actions and Violations, the
sections that describe an action (命令の内容, 課徴金納付命令の概要) lending it their
deadlines, amount and requested items, and the incident with its figures."""

from __future__ import annotations

import re
from collections import Counter

from shobun.parser import (
    charged,
    context,
    events,
    incidents,
    itemized,
    passes,
    prosed,
    remedied,
    resolve,
    rowed,
    rows,
    tallied,
    uncited,
    unworded,
    violations,
)
from shobun.parser.extract import abbreviated, figures, sanctions
from shobun.parser.model import Action, Incident, Quantity, SectionRef, Span, Violation
from shobun.parser.positions import ByStart, Zones

_SUSPENSION = re.compile(r"停止|禁止")
SectionRefs = list[tuple[int, int, SectionRef]]


def actions(
    ctx: context.Context, terms: list[sanctions.Term], srefs: SectionRefs, authority: str | None
) -> tuple[list[Action], list[Violation]]:
    drafts = passes.run(ctx, terms)
    found = ByStart(_found(ctx), lambda v: v.start)
    explained = Zones((lo, hi + 1) for v in found.items if v.paren for lo, hi in [v.paren])
    refs_at = ByStart(srefs, lambda r: r[0])
    remedies = unworded.shared(ctx, drafts, remedied.remedied(ctx, drafts, found))
    viols: dict[tuple[object, ...], Violation] = {}
    out: list[Action] = []
    starts = Counter(d.start for d in drafts)  # a term with one addressee: its amount is its own
    tallied_amounts = tallied.amounts(ctx)  # 違反行為者一覧's 課徴金額 column, one cell per line
    for i, d in enumerate(drafts):
        keys = tuple(dict.fromkeys(_violation(ctx, viols, v, d, refs_at).key for v in remedies[i]))
        own_refs = tuple(
            r for lo, hi in d.scopes for s, _, r in refs_at.between(lo, hi) if s not in explained
        )
        alone = starts[d.start] == 1
        amount, amount_span = (
            _amount(ctx, d, alone, tallied_amounts.get(d.addressee or ""))
            if d.kind == "SurchargeOrder"
            else (None, None)
        )
        out.append(Action(
            f"a{i + 1}", d.kind, d.term, d.addressee, authority, d.basis, keys, own_refs,
            d.deadlines[0] if d.deadlines else None, d.date, d.requested, amount, d.section,
            resolve.span(ctx.norm, d.start, d.end),
            also_bases=d.also_bases, amount_span=amount_span,
        ))  # fmt: skip
    return out, list(viols.values())


def _found(ctx: context.Context) -> list[violations.Found]:
    """Every violation the text states, described and split into its items."""
    stated = charged.listed(
        ctx,
        sorted(
            [*violations.violations(ctx.norm, ctx.citations), *rowed.wrongs(ctx)],
            key=lambda v: v.start,
        ),
    )
    told = prosed.described(
        ctx.norm.text, [unworded.kinded(ctx, unworded.headed(ctx, v)) for v in stated]
    )
    return [
        item
        for v in uncited.untold(prosed.reasons(ctx.norm.text, told))
        for item in itemized.items_apart(v)  # ①…こと、②…ことなどの事実: each its own
    ]


def _violation(
    ctx: context.Context,
    viols: dict[tuple[object, ...], Violation],
    v: violations.Found,
    d: events.Draft,
    srefs: ByStart[tuple[int, int, SectionRef]],
) -> Violation:
    """One Violation per (provisions, description, offender), shared by the actions."""
    provisions = tuple(violations.provision(c) for c in v.provisions)
    key = (provisions, v.description, d.addressee)
    if key not in viols:
        viols[key] = Violation(
            f"v{len(viols) + 1}", d.addressee, v.provisions, v.description,
            violations.refs_in(srefs, v.paren), resolve.span(ctx.norm, v.start, v.end),
        )  # fmt: skip
    return viols[key]


def _amount(
    ctx: context.Context,
    d: events.Draft,
    alone: bool,
    cell: tuple[int, rows.Money] | None = None,
) -> tuple[int | None, Span | None]:
    """The addressee's cell of a table's surcharge column (`cell`), else its row of a table
    of amounts, else the amount a sentence about 課徴金
    gives after its name, else the one written before the order's term where the term has
    one addressee (`alone`), else the first 課徴金…円 in the action's scopes, else the one
    amount of 課徴金 the notice states: the value and where it is written."""
    text = ctx.norm.text
    found: list[tuple[int, rows.Money | None]] = [cell] if cell else []
    found += [
        (lo, rows.row_money(line, m.label, [g - lo for g in ctx.norm.gaps_between(lo, end)]))
        for m in ctx.mentions_of.get(d.addressee or "", [])
        if m.kind != "Authority"
        for lo, hi in [(text.rfind("\n", 0, m.start) + 1, text.find("\n", m.end))]
        for end in [hi if hi >= 0 else len(text)]
        for line in [text[lo:end]]
    ]
    found += [
        (end, rows.owed(text, (start, end), context.sentence_of(ctx, end)[0]))
        for start, end in _names(text, d.addressee or "")
    ]  # 「課徴金は、A社が6900万円、B社が4100万円です」, 「A社⏎課徴金額 6,789万円」
    found += [  # 「株式会社A⏎B株式会社⏎4,312万円⏎2,987万円」: a table flattened column by column
        (0, rows.run_money(text, (m.start, m.end)))
        for m in ctx.mentions_of.get(d.addressee or "", [])
        if m.kind != "Authority"
    ]
    found += [(max(0, d.start - 20), rows.priced(text, d.start))] if alone else []
    found += [(lo, rows.money(text[lo:hi])) for lo, hi in d.scopes]
    found.append((0, rows.only_money(text)))  # 「3 課徴金の額等 (1)課徴金の額 6,123万円」
    for lo, money in found:
        if money is not None:
            value, start, end = money
            return value, resolve.span(ctx.norm, lo + start, lo + end)
    return None, None


def _names(text: str, name: str) -> list[tuple[int, int]]:
    """Where the name, or the name without its legal form (株式会社山吹電子 → 山吹電子, as
    news writes it the second time), stands each time it is written."""
    out: list[tuple[int, int]] = []
    for stem in dict.fromkeys([name, abbreviated.without_form(name)]):
        at = text.find(stem) if len(stem) > 1 else -1
        while at >= 0:
            out.append((at, at + len(stem)))
            at = text.find(stem, at + 1)
    return out


def _excluded(ctx: context.Context, terms: list[sanctions.Term]) -> Zones:
    """Where periods belong to sanctions (業務停止の期間), not to the incident: the
    sentences that name a sanction or a suspension."""
    text = ctx.norm.text
    zones = [context.sentence_of(ctx, t.start) for t in terms]
    zones += [context.sentence_of(ctx, m.start()) for m in _SUSPENSION.finditer(text)]
    return Zones(zones)


def incident(
    ctx: context.Context,
    terms: list[sanctions.Term],
    figs: list[figures.Figure],
    acts: list[Action],
) -> tuple[list[Incident], list[Quantity]]:
    norm = ctx.norm
    persons = incidents.person_figure(figs)
    per = incidents.period(norm, ctx.dates, _excluded(ctx, terms))
    quantities = [
        Quantity(f.value, f.unit, f.count_of, f.approximate, resolve.span(norm, f.start, f.end))
        for f in figs
        if f.kind in ("party", "case") and f.count_of
    ]
    if persons is None and per is None:
        return [], quantities
    anchor = (persons.start, persons.end) if persons else (0, 0)
    inc = Incident(
        persons.value if persons else None, persons.approximate if persons else None,
        per[0] if per else None, per[1] if per else None,
        tuple(dict.fromkeys(a.addressee for a in acts if a.addressee)), tuple(quantities),
        resolve.span(norm, *anchor),
    )  # fmt: skip
    return [inc], quantities
