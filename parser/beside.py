"""The basis written beside the name of a kind of action, anywhere in a notice: a page's
foot 「本件は、…法第8条第1項(業務停止命令)、第7条第1項(指示)…に基づく処分です」, a table
cell 「…無線局4局の運用停止(電波法第76条第1項)」, a line 「無線局の運用停止処分は、電波法
第76条第1項に基づくものです」. Each gives the actions of that kind that name no basis of their
own the provision written beside it (the connecting phrasing is `roles.tsv` data)."""

from __future__ import annotations

import re
from dataclasses import replace

from shobun.parser import roles, tables
from shobun.parser.context import Context
from shobun.parser.events import Draft
from shobun.parser.extract.sanctions import INVESTIGATIONS, Term
from shobun.parser.model import Citation
from shobun.parser.positions import ByStart

_REACH = 24  # the law's title between the phrase and the article: 「(電波法第76条第1項)」
_TITLE = re.compile(r"[^、。\n()「」]*")
_LABEL = re.compile(r"\(([^()、。\n]{1,12})\)")


def bases(ctx: Context, drafts: tuple[Draft, ...], terms: ByStart[Term]) -> tuple[Draft, ...]:
    """The actions without a basis take the provision written beside their kind's name."""
    if not any(d.basis is None for d in drafts):
        return drafts
    paired: dict[str, Citation] = {}
    for kind, cite in [*_labelled(ctx), *_after_terms(ctx, terms)]:
        if cite.article and kind not in INVESTIGATIONS:
            paired.setdefault(kind, cite)
    return tuple(
        replace(d, basis=paired[d.kind])
        if d.basis is None and d.kind in paired and not d.to_person
        else d
        for d in drafts
    )


def _labelled(ctx: Context) -> list[tuple[str, Citation]]:
    """「第7条第1項(指示)」「…第132条第1項に基づく命令(業務改善命令)」: a provision and,
    alone in the parentheses after it (or after a general word for an order it is the basis
    of), the name of the kind of action (never a sanction only a person receives)."""
    text, out = ctx.norm.text, []
    for _start, end, cite in ctx.citations:
        lead = roles.pattern("basis_label_lead").match(text, end)  # …に基づく命令(業務改善命令)
        m = _LABEL.match(text, lead.end() if lead else end)
        kind = _kind(m.group(1)) if m else None
        if kind is not None:
            out.append((kind, cite))
    return out


def _kind(word: str) -> str | None:
    if roles.pattern("person_sanction").fullmatch(word):
        return None
    if roles.pattern("order_label").fullmatch(word):
        return "Order"
    return tables.sanction_terms().get(word)


def _after_terms(ctx: Context, terms: ByStart[Term]) -> list[tuple[str, Citation]]:
    """「運用停止(電波法第76条第1項)」「運用停止処分は、電波法第76条第1項に基づく」."""
    text, out = ctx.norm.text, []
    for t in terms.items:
        opened = roles.pattern("basis_beside").match(text, t.end)
        if opened is None or roles.pattern("person_sanction").fullmatch(t.term):
            continue
        for start, end, cite in ctx.citation_index.between(opened.end(), opened.end() + _REACH):
            closed = roles.pattern("basis_beside_end").match(text, end)
            if _TITLE.fullmatch(text, opened.end(), start) and closed is not None:
                out.append((t.kind, cite))
            break
    return out
