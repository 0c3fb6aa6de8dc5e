"""Mentions of one action — the announcement, its heading, its body — merged into one
draft per (kind, addressee) where basis and date agree; a draft with two deadlines for
two requests split into two. Pure: drafts in, new drafts out."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from shobun.parser import roles
from shobun.parser.events import Draft
from shobun.parser.model import Citation, DateValue


def absorb_headless(items: tuple[Draft, ...]) -> tuple[Draft, ...]:
    """A heading with no addressee (第四 報告等の求め) lends its basis to the actions of
    its kind inside its section, which name their addressees; where none is inside, to
    the one addressee that an action of its kind names elsewhere (「3 厳重注意」 under a
    lead that gave the 厳重注意). An action told again with no addressee is the same, and
    so is a lead's that the records below set out as labels, one per addressee."""
    lent: dict[int, Draft] = {}  # index of an inner draft → the heading that lends to it
    absorbed: set[int] = set()
    addressed: dict[str, list[int]] = {}  # kind → the drafts of that kind with an addressee
    for j, x in enumerate(items):
        if x.addressee:
            addressed.setdefault(x.kind, []).append(j)
    for i, d in enumerate(items):
        if d.addressee is not None or d.to_person:
            continue
        kin = addressed.get(d.kind, [])
        inner = [
            j
            for j in kin
            if d.from_heading and any(lo <= items[j].start < hi for lo, hi in d.scopes)
        ]
        if not inner and len({items[j].addressee for j in kin}) == 1:
            inner = kin
        if not inner and not d.from_heading:  # 「…許可取消しの処分を行いました。⏎1 A…処分
            inner = [j for j in kin if items[j].labelled and items[j].start > d.start]  # 内容…」
        if inner:
            absorbed.add(i)
            for j in inner:
                lent.setdefault(j, d)
    return tuple(
        _lend(x, lent[j]) if j in lent else x for j, x in enumerate(items) if j not in absorbed
    )


_SPECIFIC = "BusinessImprovementOrder"  # what a generic 「措置を講ずるよう命じ」 restates


def specific(items: tuple[Draft, ...], titled: str | None = None) -> tuple[Draft, ...]:
    """An order named by no kind of its own (「次の措置を講ずるよう命じました」) given to an
    addressee whom the notice gives a 業務改善命令, or one kind of order only, is that order
    told again; else the one
    order its section's heading or labels name; else the one order the title names
    (`titled`)."""
    kinds_of: dict[str, set[str]] = {}  # addressee → the kinds of order it is given by name
    for d in items:
        if d.addressee and d.kind.endswith("Order") and d.kind != "Order":
            kinds_of.setdefault(d.addressee, set()).add(d.kind)
    named: dict[str, set[str]] = {}  # section → the kinds of order its heading or labels name
    for d in items:
        # 「…第7条第1項の規定に基づく措置命令」 alone above a letter's body: its preamble's
        if d.from_heading and d.kind.endswith("Order") and d.kind != "Order":
            named.setdefault(d.section or "", set()).add(d.kind)
    # 「(別添)⏎課徴金納付命令⏎…次のとおり命令する。」: the one order its heading or label names
    headed = {path: kinds.pop() for path, kinds in named.items() if len(kinds) == 1}
    generic = roles.pattern("generic_order")
    out = []
    for d in items:
        if d.kind == "Order" and generic.fullmatch(d.term):
            kind = _own_kind(kinds_of.get(d.addressee or "", set())) or headed.get(
                d.section or "", titled or d.kind
            )
            d = replace(d, kind=kind)
        out.append(d)
    return tuple(out)


def _own_kind(kinds: set[str]) -> str | None:
    """The kind a generic order to an addressee restates: its 業務改善命令, else the one kind
    of order the notice gives it by name (「…1年間の業務停止命令を出しました。…同社に対し、
    …業務を禁止する命令を出しました。」)."""
    if _SPECIFIC in kinds:
        return _SPECIFIC
    return next(iter(kinds)) if len(kinds) == 1 else None


def _lend(x: Draft, heading: Draft) -> Draft:
    return replace(x, basis=x.basis or heading.basis, section=x.section or heading.section)


def merge(items: tuple[Draft, ...], titled: str | None = None) -> tuple[Draft, ...]:
    """One action per (kind, addressee) where basis and date agree (`titled`: the one kind
    of order the title names)."""
    items = tuple(  # a draft without deadlines asks nothing more: itself, not a copy
        replace(d, asks=_asks(d.asks, ((x, d.requested) for x in d.deadlines)))
        if d.deadlines
        else d
        for d in absorb_headless(specific(items, titled))
    )
    heads: list[Draft] = []  # each action's draft so far: what the next is compared with
    more: list[list[Draft]] = []  # the drafts merged into each
    kin: dict[tuple[str, str | None], list[int]] = {}  # (kind, addressee) → indices
    for d in items:
        same = kin.setdefault((d.kind, d.addressee), [])
        twin = next((i for i in same if _same(heads[i], d)), None)
        if twin is None:
            same.append(len(heads))
            heads.append(d)
            more.append([])
        else:
            heads[twin] = _combine(heads[twin], d)
            more[twin].append(d)
    out = [_gather(h, ds) for h, ds in zip(heads, more, strict=True)]
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
    """The fields another mention of the action completes (constant work per merge)."""
    mine = twin.basis and not (twin.either and d.basis and not d.either)
    basis, also = (twin.basis, twin.also_bases) if mine else (d.basis, d.also_bases)
    return replace(
        twin,
        basis=basis,
        also_bases=also,
        date=twin.date or d.date,
        section=twin.section or d.section,
        requested=twin.requested or d.requested,
        from_heading=_heads(twin) or _heads(d) or (twin.from_heading and d.from_heading),
        labelled=twin.labelled and d.labelled,
    )


def _heads(d: Draft) -> bool:
    """A heading owns its section; a label line, told again in a sentence, owns none."""
    return d.from_heading and not d.labelled


def _gather(head: Draft, merged: list[Draft]) -> Draft:
    """The scopes, deadlines and what each deadline asks, of every mention, in order."""
    if not merged:
        return head
    return replace(
        head,
        asks=_asks(head.asks, ((x, d.requested) for d in merged for x in d.deadlines)),
        scopes=tuple(dict.fromkeys([*head.scopes, *(x for d in merged for x in d.scopes)])),
        deadlines=tuple(
            dict.fromkeys([*head.deadlines, *(x for d in merged for x in d.deadlines)])
        ),
    )


def _same(a: Draft, b: Draft) -> bool:
    headed = (a.from_heading and a.by is None) or (b.from_heading and b.by is None)
    if a.kind != b.kind or a.addressee != b.addressee or (a.by != b.by and not headed):
        return False  # 福岡県も…業務停止命令を行った: its own, not the issuer's order told again
    if a.basis and b.basis and not (_one_of(a.basis, b) or _one_of(b.basis, a)):
        return False
    return not (a.date and b.date and a.date != b.date)


def _split(d: Draft) -> tuple[Draft, ...]:
    if len(d.deadlines) <= 1:
        return (d,)
    asks = dict(d.asks)
    return tuple(
        replace(d, deadlines=(x,), requested=asks.get(x, d.requested)) for x in d.deadlines
    )


def _one_of(basis: Citation, d: Draft) -> bool:
    """Whether `basis` is `d`'s, or one of the provisions `d` is taken under either of."""
    return any(
        (basis.article, basis.paragraph) == (c.article, c.paragraph)
        for c in (d.basis, *d.either)
        if c is not None
    )
