"""The basis of each company's action, from its reasons: 「…同法第65条の規定に基づく監督
処分を行いました」 names the article, and the section of each company's reasons names the
paragraph its conduct falls under (「これらは、法第65条第2項第2号に該当する」); a lead that
joins paragraphs (「第65条第2項及び第4項の規定により」) gives each company the one its reasons
name."""

from __future__ import annotations

import re
from dataclasses import replace

from shobun.parser.context import Context, sentence_of
from shobun.parser.events import Draft, basis_before, heading_addressee
from shobun.parser.extract.sanctions import INVESTIGATIONS, Term
from shobun.parser.lead import ANNOUNCES
from shobun.parser.model import Citation
from shobun.parser.patterns import PAREN
from shobun.parser.positions import ByStart
from shobun.parser.wrongs import a_ground

_FALLS_UNDER = re.compile(r"(?:の規定)?に該当")


def reasons(ctx: Context, drafts: tuple[Draft, ...], terms: ByStart[Term]) -> tuple[Draft, ...]:
    """「…同法第65条の規定に基づく監督処分を行いました」 names the article; the section of
    each company's reasons names the paragraph its conduct falls under (「これらは、法第65条
    第2項第2号に該当する」): the basis of that company's action, where it names none."""
    drafts = _distributed(ctx, drafts)
    if not any(d.basis is None and d.addressee for d in drafts):
        return drafts  # every action has its basis: the lead is not searched
    m = ANNOUNCES.search(ctx.norm.text)
    said = basis_before(ctx, sentence_of(ctx, m.start())[0], m.end()) if m else None
    if said is None:
        return grounded(ctx, drafts) if m else drafts
    falls = _falls_under(ctx, {said.article})
    return tuple(
        replace(d, basis=falls[d.addressee])
        if d.basis is None and d.addressee in falls and d.kind not in INVESTIGATIONS
        else d
        for d in drafts
    )


def _falls_under(ctx: Context, articles: set[str]) -> dict[str, Citation]:
    """Company → the provision (of `articles`) its reasons say its conduct falls under."""
    falls: dict[str, Citation] = {}
    for sec in ctx.sections:
        who = heading_addressee(ctx, sec.path)
        line_start, _, body_end = ctx.section_norm[sec.path]
        for _, end, cite in ctx.citation_index.between(line_start, body_end):
            if who and cite.article in articles and _FALLS_UNDER.match(ctx.norm.text, end):
                falls.setdefault(who, replace(cite, item=None))
    return falls


def _distributed(ctx: Context, drafts: tuple[Draft, ...]) -> tuple[Draft, ...]:
    """「…第65条第2項及び第4項の規定により、次のとおり業務の停止を命じた」 with each
    company's reasons ending 「…第65条第2項第2号に該当する」: each company's order is under
    the one paragraph its reasons name."""
    joined = [d for d in drafts if d.basis and d.also_bases and d.addressee]
    if not joined:
        return drafts
    falls = _falls_under(ctx, {c.article for d in joined for c in (d.basis, *d.also_bases) if c})
    out = []
    for d in drafts:
        own = falls.get(d.addressee or "") if d in joined else None
        chain = [c for c in (d.basis, *d.also_bases) if c and own and _same(c, own)]
        out.append(replace(d, basis=chain[0], also_bases=()) if chain else d)
    return tuple(out)


def _same(a: Citation, b: Citation) -> bool:
    return (a.statute, a.article, a.paragraph) == (b.statute, b.article, b.paragraph)


_GROUND = re.compile(rf"{PAREN}(?:の規定)?に該当(?:します|する|したため|し(?!、))")


def grounded(ctx: Context, drafts: tuple[Draft, ...]) -> tuple[Draft, ...]:
    """A lead that names the law but no article, and reasons that end on the one provision
    the conduct falls under as the sanction's ground (「…違反に該当し、法第14条の3の2第1項
    第5号(…情状が特に重いとき)に該当します」): the basis of the actions that name none."""
    text = ctx.norm.text
    found = [
        cite for _, end, cite in ctx.citation_index.between(0, len(text))
        if (m := _GROUND.match(text, end)) and a_ground(_caption(text, end, m.end()), None)
    ]  # fmt: skip
    if len(found) != 1:
        return drafts
    basis = replace(found[0], item=None)
    return tuple(
        replace(d, basis=basis)
        if d.basis is None and d.addressee and not d.past and d.kind not in INVESTIGATIONS
        else d
        for d in drafts
    )


def _caption(text: str, lo: int, hi: int) -> str | None:
    """The words in brackets right after a provision (its caption, or what it says)."""
    inside = text[lo:hi]
    return inside[1 : inside.rfind(")")] if inside.startswith("(") else None
