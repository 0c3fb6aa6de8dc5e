"""Bases a lead gives by reference to the items that set the actions out: 「本日、当社に
対し、下記(1)については…法第52条第1項第9号に基づき、下記(2)については同法第51条に
基づき、以下の行政処分を行った。(1)登録取消し …(2)業務改善命令 …」 — each item's action
is taken under the provision named for it."""

from __future__ import annotations

import re
from dataclasses import replace

from shobun.parser.context import Context, sentence_of
from shobun.parser.events import Draft, bases_before, basis_before
from shobun.parser.extract.sanctions import INVESTIGATIONS
from shobun.parser.lead import ANNOUNCES
from shobun.parser.model import Citation
from shobun.parser.patterns import required_literal

_REFERS = re.compile(r"(?:下記|以下|後記|次の)?\(([0-9]+)\)については、?")
_REFERS_NEEDS = required_literal(_REFERS.pattern)  # a text without it is not searched
_ITEM = re.compile(r"\(([0-9]+)\)$")  # the last step of a section's path: 2(1) → 1
_REACH = 80  # characters from 「(1)については」 to the end of its basis


def by_reference(ctx: Context, drafts: tuple[Draft, ...]) -> tuple[Draft, ...]:
    """Each action of an item that names no basis of its own takes the one the lead gives
    that item."""
    given = _given(ctx)
    if not given:
        return drafts
    out = []
    for d in drafts:
        item = _ITEM.search(d.section or "")
        cite = given.get(item.group(1)) if item else None
        out.append(replace(d, basis=cite) if d.basis is None and cite else d)
    return tuple(out)


def _given(ctx: Context) -> dict[str, Citation]:
    """Item number → the provision the lead names for it."""
    text = ctx.norm.text
    found = list(_REFERS.finditer(text)) if _REFERS_NEEDS in text else []
    out: dict[str, Citation] = {}
    for m, after in zip(found, [*found[1:], None][: len(found)], strict=True):
        hi = min(after.start() if after else len(text), m.end() + _REACH)
        cite = basis_before(ctx, m.end(), hi)
        if cite is not None:
            out.setdefault(m.group(1), cite)
    return out


def in_order(ctx: Context, drafts: tuple[Draft, ...]) -> tuple[Draft, ...]:
    """The provisions a lead names before 「以下の行政処分を行った」 for the actions set out
    after it that name none: one provision for them all (「…第65条の規定に基づき、下記の業者
    に対して監督処分を行いました」), or one per kind in order where the counts agree
    (「…第52条第1項及び第51条の規定に基づき、以下の行政処分を行った。(1)業務停止命令 …
    (2)業務改善命令 …」)."""
    if not any(d.basis is None and not d.past and d.kind not in INVESTIGATIONS for d in drafts):
        return drafts  # none open to a basis: the lead is not searched
    m = ANNOUNCES.search(ctx.norm.text)
    if m is None:
        return drafts
    chain = bases_before(ctx, sentence_of(ctx, m.start())[0], m.end())
    open_ = [
        d for d in drafts
        if d.basis is None and d.start >= m.end() and not d.past and d.kind not in INVESTIGATIONS
    ]  # fmt: skip
    kinds = list(dict.fromkeys(d.kind for d in sorted(open_, key=lambda d: d.start)))
    ids = {id(d) for d in open_}
    if len(kinds) == 1 and len(chain) > 1:  # 「法第14条の3の2(…)及び法第15条の3(…)の規定に
        # 基づき行政処分を行いました。…許可の取消し」: one kind, taken under every provision
        last, rest = chain[-1], chain[:-1]
        return tuple(replace(d, basis=last, also_bases=rest) if id(d) in ids else d for d in drafts)
    if not chain or len(chain) not in (1, len(kinds)):
        return drafts
    given = {k: chain[0] if len(chain) == 1 else chain[i] for i, k in enumerate(kinds)}
    return tuple(replace(d, basis=given[d.kind]) if id(d) in ids else d for d in drafts)
