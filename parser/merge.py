"""Mentions of one action — the announcement, its heading, its body — merged into one
draft per (kind, addressee) where basis and date agree; a draft with two deadlines for
two requests split into two. Pure: drafts in, new drafts out."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from parser.events import Draft
from parser.model import DateValue


def absorb_headless(items: tuple[Draft, ...]) -> tuple[Draft, ...]:
    """A heading with no addressee (第四 報告等の求め) lends its basis to the actions of
    its kind inside its section, which name their addressees."""
    lent: dict[int, Draft] = {}  # index of an inner draft → the heading that lends to it
    absorbed: set[int] = set()
    for i, d in enumerate(items):
        if d.addressee is not None or not d.from_heading:
            continue
        inner = [
            j for j, x in enumerate(items)
            if j != i and x.kind == d.kind and x.addressee
            and any(lo <= x.start < hi for lo, hi in d.scopes)
        ]  # fmt: skip
        if inner:
            absorbed.add(i)
            for j in inner:
                lent.setdefault(j, d)
    return tuple(
        _lend(x, lent[j]) if j in lent else x for j, x in enumerate(items) if j not in absorbed
    )


def _lend(x: Draft, heading: Draft) -> Draft:
    return replace(x, basis=x.basis or heading.basis, section=x.section or heading.section)


def merge(items: tuple[Draft, ...]) -> tuple[Draft, ...]:
    """One action per (kind, addressee) where basis and date agree."""
    items = tuple(
        replace(d, asks=_asks(d.asks, ((x, d.requested) for x in d.deadlines)))
        for d in absorb_headless(items)
    )
    out: list[Draft] = []
    for d in items:
        twin = next((i for i, o in enumerate(out) if _same(o, d)), None)
        if twin is None:
            out.append(d)
        else:
            out[twin] = _combine(out[twin], d)
    return tuple(x for d in out for x in _split(d))


Asks = tuple[tuple[DateValue, str | None], ...]


def _asks(asks: Asks, more: Iterable[tuple[DateValue, str | None]]) -> Asks:
    """What is asked by each deadline: the first text that says it."""
    out = dict(asks)
    for deadline, said in more:
        if out.get(deadline) is None:
            out[deadline] = said
    return tuple(out.items())


def _combine(twin: Draft, d: Draft) -> Draft:
    basis, also = (twin.basis, twin.also_bases) if twin.basis else (d.basis, d.also_bases)
    return replace(
        twin,
        basis=basis,
        also_bases=also,
        date=twin.date or d.date,
        section=twin.section or d.section,
        requested=twin.requested or d.requested,
        asks=_asks(twin.asks, ((x, d.requested) for x in d.deadlines)),
        scopes=twin.scopes + tuple(x for x in d.scopes if x not in twin.scopes),
        from_heading=twin.from_heading or d.from_heading,
        deadlines=twin.deadlines + tuple(x for x in d.deadlines if x not in twin.deadlines),
    )


def _same(a: Draft, b: Draft) -> bool:
    if a.kind != b.kind or a.addressee != b.addressee:
        return False
    if (
        a.basis
        and b.basis
        and (a.basis.article, a.basis.paragraph) != (b.basis.article, b.basis.paragraph)
    ):
        return False
    return not (a.date and b.date and a.date != b.date)


def _split(d: Draft) -> tuple[Draft, ...]:
    if len(d.deadlines) <= 1:
        return (d,)
    asks = dict(d.asks)
    return tuple(
        replace(d, deadlines=(x,), requested=asks.get(x, d.requested)) for x in d.deadlines
    )
