"""Actions a news item portions out per company in one sentence of contents, after a lead
that says only 行政処分: 「業務停止の期間は、A宇都宮支店が3月27日～4月4日の9日間、B本社営業所
とC東京支店が…の14日間。」, 「処分の内容は、Aの広島支店が…の業務停止、B…とC…が…の業務停止。」
Each company the sentence names is given the action named after it (or the suspension the
sentence is about), where the body sets out no action of that kind for it."""

from __future__ import annotations

import re

from shobun.parser import roles
from shobun.parser.context import Context, sentence_of
from shobun.parser.events import Draft
from shobun.parser.extract.sanctions import INVESTIGATIONS, Term
from shobun.parser.model import Citation
from shobun.parser.patterns import PUBLIC_KINDS
from shobun.parser.positions import ByStart

_SUSPENSION = "BusinessSuspensionOrder"  # what the period a sentence is about is of
_SUBJECT = re.compile(
    r"(?:\([^()]*\))*(?:[^、。()]{0,12}?(?:支店|営業所|支社|本社|本店))?(?:\([^()]*\))*[はが]"
)


def portioned(ctx: Context, drafts: tuple[Draft, ...], terms: ByStart[Term]) -> tuple[Draft, ...]:
    """The drafts, and one more per company and action a sentence of contents names."""
    text = ctx.norm.text
    if "は" not in text or not any(w in text for w in ("内容", "内訳", "期間", "となっ")):
        return drafts
    have = {(d.kind, d.addressee) for d in drafts}
    out = list(drafts)
    whole = ((0, len(text)),)
    basis = _lead_basis(ctx)
    for kind, term, who, at in _portions(ctx, terms):
        if (kind, who) not in have:
            have.add((kind, who))
            out.append(Draft(kind, term, who, basis, None, (), None, at, at + len(term),
                             whole, from_heading=True))  # fmt: skip
    return tuple(out)


def _portions(ctx: Context, terms: ByStart[Term]) -> list[tuple[str, str, str, int]]:
    """(kind, term, company, where) of every sentence of contents, and of every sentence
    that ends in what each company's action became (「Aは業務改善命令、Bは…の業務停止と
    なった。」), each company there the subject of its part."""
    text, out = ctx.norm.text, []
    for m in roles.guarded("contents_topic").finditer(text):
        s_end = sentence_of(ctx, m.start())[1]
        out += _given(ctx, m.end(), s_end, terms, "停止" in m.group())
    if "となっ" in text:
        became = roles.pattern("portions_became")
        for t in terms.between(0, len(text)):
            if not t.verbal and became.match(text, t.end):
                out += _given(ctx, sentence_of(ctx, t.start)[0], t.end, terms, False, True)
    return out


def _given(
    ctx: Context, lo: int, hi: int, terms: ByStart[Term], suspension: bool, subject: bool = False
) -> list[tuple[str, str, str, int]]:
    """(kind, term, company, where) for each company named in [lo, hi) before a term (or
    any, where the sentence is about a suspension's period); `subject`: only a company
    that is the subject of its part (Aは、A(…)が)."""
    named = [
        m
        for m in ctx.mention_index.between(lo, hi)
        if m.kind not in PUBLIC_KINDS and not (subject and not _SUBJECT.match(ctx.norm.text, m.end))
    ]
    if suspension:
        return [(_SUSPENSION, "業務停止", m.label, m.start) for m in named]
    out, start = [], lo
    for t in terms.between(lo, hi):
        if t.kind not in INVESTIGATIONS and not t.verbal:
            out += [(t.kind, t.term, m.label, t.start) for m in named if start <= m.start < t.start]
            start = t.end
    return out


def _lead_basis(ctx: Context) -> Citation | None:
    """The provision the notice's 行政処分 rests on (「…第19条第1項第1号に基づく行政処分」)."""
    rests = roles.pattern("shobun_basis")
    for _s, end, cite in ctx.citation_index.between(0, len(ctx.norm.text)):
        if cite.article and rests.match(ctx.norm.text, end):
            return cite
    return None
