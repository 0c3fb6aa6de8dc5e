"""Which actions a violation is for, by law: an action under one law remedies the wrongs
against that law and the enactments made under it (〇〇品質表示基準 under JAS法: the 指示
under JAS法 remedies them), and an action said to be for the breach of a law (「米トレーサ
ビリティ法違反に係る指導」, no basis cited) remedies the wrongs against that law."""

from __future__ import annotations

import re

from shobun.parser import clauses, context, events, wrongs
from shobun.parser.wrongs import Found

_FOR_BREACH = re.compile(r"違反(?:に係る|に対する|に関する|についての)(?:行政)?$")
_DEFINED_TAIL = re.compile(r"」?という。?\)$")
_WRITTEN = re.compile(r"[^\x20、。「」()\n]{1,30}?法$")
_REACH = 80  # how far before an action's term its law's name may stand


def under_its_law(
    ctx: context.Context, drafts: tuple[events.Draft, ...], among: list[int], v: Found
) -> list[int]:
    """Of the actions `among`, those not under another law than one the violation `v`
    breaks (or one over it: 〇〇法施行規則 under 〇〇法, a 基準 made under the law); all of
    them where none is under one of the violation's laws."""
    laws = _laws(v)
    if not laws:  # a wrong named without a provision: by the law or action its words name
        return _named_for(ctx, drafts, among, v.start)
    parents = clauses.made_under(ctx)
    laws = laws | {parents[law] for law in laws if law in parents}
    own = {i: _law_of(ctx, drafts[i]) for i in among}

    def fits(i: int) -> bool:
        law = own[i]
        return law is None or any(x.startswith(law) for x in laws)

    return [i for i in among if fits(i)] if any(fits(i) for i in among if own[i]) else among


def _law_of(ctx: context.Context, d: events.Draft) -> str | None:
    """The law the action is taken under, or the one whose breach its words say it is for."""
    if d.basis is not None and d.basis.statute:
        return d.basis.statute
    text = ctx.norm.text
    before = text[max(0, d.start - _REACH) : d.start]
    m = _FOR_BREACH.search(before)
    if "違反" not in before or m is None:
        return None
    named = _DEFINED_TAIL.sub("", before[: m.start()])
    known = next((law for law, name in _names(ctx) if named.endswith(name)), None)
    # a law no citation names (「…以下米トレーサビリティ法」という)違反に係る指導」): another law
    # than the violations' all the same, written as it stands
    written = _WRITTEN.search(named)
    return known or (written.group(0) if written else None)


_NO_NAME = frozenset({"法", "同法", "本法", "同", "令", "同令"})


def _names(ctx: context.Context) -> list[tuple[str, str]]:
    """(statute, a name it is written with): its title, and the name a citation of it
    is written with (米トレーサビリティ法 in 「米トレーサビリティ法第8条第1項」)."""
    text = ctx.norm.text
    out: list[tuple[str, str]] = []
    for s, e, c in ctx.citations:
        if c.statute:
            out.append((c.statute, c.statute))
            cut = text.find("第", s, e)
            if cut > s and text[s:cut] not in _NO_NAME:
                out.append((c.statute, text[s:cut]))
    return list(dict.fromkeys(out))


def kept_by_law(
    ctx: context.Context, drafts: tuple[events.Draft, ...], own: list[list[Found]]
) -> list[list[Found]]:
    """`own` (the violations stated in each action's sentences and sections) less those
    another action against the same company, in the same sentences, takes by law (「…
    JAS法第19条の14第1項の規定に基づく指示、及び米トレーサビリティ法違反に係る指導を行った」:
    the 基準's wrongs the 指示's, the other law's the 指導's)."""
    holders: dict[tuple[int, str | None], list[int]] = {}
    for i, vs in enumerate(own):
        for v in vs:
            holders.setdefault((id(v), drafts[i].addressee), []).append(i)
    drop: set[tuple[int, int]] = set()
    for i, vs in enumerate(own):
        for v in vs:
            among = holders[(id(v), drafts[i].addressee)]
            if len(among) > 1 and i not in under_its_law(ctx, drafts, among, v):
                drop.add((i, id(v)))
    return [[v for v in vs if (i, id(v)) not in drop] for i, vs in enumerate(own)]


def _laws(v: Found) -> set[str]:
    return {c.statute for c in v.provisions if c.statute}


def _named_for(
    ctx: context.Context, drafts: tuple[events.Draft, ...], among: list[int], pos: int
) -> list[int]:
    """For a wrong named without a provision at `pos`: the actions under the law its
    sentence names as written (「特商法の処分で県が認めた違反は、「誇大広告」…」 and 「特商法に
    基づく…業務停止命令」), else those of the kind the sentence before opens with as its
    topic (「措置命令が問題にしたのは2つの表示だ。…として「有利誤認」…」); else all."""
    text = ctx.norm.text
    lo, _ = context.sentence_of(ctx, pos)
    said = list(wrongs.form("law_named").finditer(text, lo, pos)) if "法" in text[lo:pos] else []
    if said:
        law = said[-1].group("law")
        keep = [i for i in among if _written_law(ctx, drafts[i]) == law]
        return keep or among
    before, _ = context.sentence_of(ctx, lo - 1) if lo > 0 else (lo, lo)
    opens = text[before:lo].lstrip("\x20\u3000")
    keep = [i for i in among if opens.startswith(drafts[i].term + "が")]
    return keep or among


def _written_law(ctx: context.Context, d: events.Draft) -> str | None:
    """The law written right before the action's term (「景表法に基づく措置命令」)."""
    text = ctx.norm.text
    lo = max(0, d.start - _REACH // 2)
    said = list(wrongs.form("law_named").finditer(text, lo, d.start))
    return said[-1].group("law") if said else None
