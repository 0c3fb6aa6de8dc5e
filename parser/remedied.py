"""Which actions remedy which violations. A violation stated in an action's own sentences
and sections is remedied by that action; one stated apart (法令違反等の事実関係, 命令の原因と
なる事実, 処分の理由) by every action the notice announces against its offender, or by
those whose sentences stand in its own section (「…に違反するものと認められます。このため、
…命じました」); one stated with an action the notice recounts from the past (「前記表示が…
に該当するものとして、…措置命令を行っている」) also by the actions it announces against the
same company. An action remedies one violation per provisions, whichever of its mentions
names the wrong."""

from __future__ import annotations

import re
from dataclasses import replace

from shobun.parser import (
    context,
    events,
    glossed,
    lawful,
    listed,
    readback,
    roled,
    rows,
    violations,
)
from shobun.parser.extract import sanctions
from shobun.parser.model import DateValue
from shobun.parser.positions import ByStart, Zones
from shobun.parser.violations import Found

Remedies = list[list[Found]]  # per draft, in the drafts' order


def remedied(
    ctx: context.Context, drafts: tuple[events.Draft, ...], found: ByStart[Found]
) -> Remedies:
    """The violations each draft remedies, in order, each once."""
    addressees: set[str | None] = {d.addressee for d in drafts if d.addressee}
    found = _not_grounds(ctx, drafts, found)
    of: _Said = {}
    stated = {v.start: _stated(ctx, v, addressees, of) for v in found.items}
    memo: dict[str, readback.Here] = {}
    here = {v.start: readback.named_here(ctx, v.start, addressees, memo) for v in found.items}
    own: Remedies = [
        []
        if d.kind in sanctions.INVESTIGATIONS
        else [
            v
            for lo, hi in d.scopes
            for v in found.between(lo, hi)
            if rows.row_org(ctx, v.start) in (None, d.addressee)  # another row's company
            and d.addressee in (stated[v.start] or (d.addressee,))  # another company's wrong
            and (stated[v.start] or not readback.borrowed(d, *here[v.start]))
        ]
        for d in drafts
    ]
    own = lawful.kept_by_law(ctx, drafts, own)  # the 基準's wrongs to the law's 指示
    today = _announced(ctx, drafts)
    more = _recounted(drafts, own, today)
    for i, vs in _orphans(ctx, drafts, found, today, memo, of).items():
        more.setdefault(i, []).extend(vs)
    said = [[*own[i], *more.get(i, [])] for i in range(len(drafts))]
    for i, j in _same_matter(ctx, drafts, today):
        said[i] = [*said[i], *said[j]]
    said = glossed.kept(ctx.norm.text, drafts, said)  # 業務停止処分(…違反)及び指示処分(…違反)
    return _told_once(drafts, [_one_per_provision(vs) for vs in said])


def _told_once(drafts: tuple[events.Draft, ...], lists: Remedies) -> Remedies:
    """One violation per company per provision: a violation of several provisions named
    with no wrong (the lead's 「法第3条、法第4条第1項及び法第6条第1項第1号に規定する義務又は
    禁止に反する行為」 under the 業務停止命令) is, for each provision that one of the same
    company's other actions remedies with its wrong (the 指示's items 「法第3条に規定する
    勧誘目的等の明示義務に違反する行為」), that violation."""
    told: dict[tuple[object, ...], Found] = {}
    for d, vs in zip(drafts, lists, strict=True):
        for v in vs:
            if d.addressee and v.description and len(v.provisions) == 1:
                told.setdefault((d.addressee, *violations.provision(v.provisions[0])), v)
    out: Remedies = []
    for d, vs in zip(drafts, lists, strict=True):
        kept: list[Found] = []
        for v in vs:
            keys = [(d.addressee, *violations.provision(c)) for c in v.provisions]
            if v.description or len(keys) < 2 or not any(k in told for k in keys):
                kept.append(v)
                continue
            rest = tuple(c for c, k in zip(v.provisions, keys, strict=True) if k not in told)
            kept.extend(told[k] for k in keys if k in told)
            if rest:
                kept.append(replace(v, provisions=rest))
        out.append(list(dict.fromkeys(kept)))
    return out


def _not_grounds(
    ctx: context.Context, drafts: tuple[events.Draft, ...], found: ByStart[Found]
) -> ByStart[Found]:
    """`found` without what only falls under the article the actions are taken under
    (「…罰金の刑に処せられ…た。このことは、建設業法第28条第1項第3号に該当する」 beside
    an order under 第28条第3項): the order's ground, no wrong."""
    bases = {
        (c.statute, c.article) for d in drafts for c in (d.basis, *d.also_bases) if c is not None
    }
    text = ctx.norm.text
    return ByStart(
        (
            v
            for v in found.items
            if not v.provisions
            or v.description
            or "該当" not in text[v.start : v.end]
            or not all((c.statute, c.article) in bases for c in v.provisions)
        ),
        lambda v: v.start,
    )


_GUIDANCE = frozenset({"Guidance", "Caution", "Warning"})  # no order: steps before one


def _same_matter(
    ctx: context.Context, drafts: tuple[events.Draft, ...], today: list[int]
) -> list[tuple[int, int]]:
    """(past, announced) pairs against one company where the past action is dated to the
    day or the month (「令和5年11月24日、…措置命令を行っている」; 「同委員会は6月、…勧告し」
    before the 命令 for not following it): the announced one (課徴金納付命令, 命令) is
    for the same conduct, so the past one remedies its violations too; an action
    recounted by a year alone (「平成30年にも…指導を行っている」), or with にも after its month
    (「平成29年8月にも…指示処分を受けている」), was another matter, and so
    was guidance given before (「…個別指導を実施したが、…中断した」): a step, not the order."""
    return [
        (i, j)
        for i, d in enumerate(drafts)
        if i not in today and d.kind not in sanctions.INVESTIGATIONS and d.kind not in _GUIDANCE
        and d.addressee is not None and d.date is not None and d.date.month is not None
        and not _ALSO_THEN.search(ctx.norm.text, context.sentence_of(ctx, d.start)[0], d.start)
        for j in today
        if drafts[j].addressee == d.addressee
    ]  # fmt: skip


def _one_per_provision(said: list[Found]) -> list[Found]:
    """What one action remedies: one violation per provisions, told by the mention that
    names the wrong (法第35条の3の5第1項 in the order's items and in the reasons, with its
    caption, is one violation)."""
    by: dict[tuple[object, ...], list[Found]] = {}
    for v in said:  # a wrong named without a provision is one of its own (uncited)
        key: tuple[object, ...] = tuple(violations.provision(c) for c in v.provisions)
        by.setdefault(key or (v.description,), []).append(v)
    told = [set(key) for key in by]
    out: list[Found] = []
    for key, vs in by.items():
        if len(key) < 2:
            out.append(best(vs))
            continue
        # 「法第23条、第26条及び第28条の規定違反を是正」 after each was told on its own: none
        # more; after some were (法第3条、第5条及び第6条…, then 第3条 and 第6条 each with its
        # wrong): the rest, one violation per provision
        v = best(vs)
        rest = tuple(
            c for c in v.provisions
            if not any(violations.provision(c) in t and t != set(key) for t in told)
        )  # fmt: skip
        if rest:
            out.append(v if len(rest) == len(v.provisions) else replace(v, provisions=rest))
    return out


# 「同社は、平成29年8月にも当府から指示処分を受けている」: another occasion, another matter
_ALSO_THEN = re.compile(r"[年月日]にも、?")


def _announced(ctx: context.Context, drafts: tuple[events.Draft, ...]) -> list[int]:
    """The drafts of actions the notice announces (not those it recounts from the past,
    which carry their own date): dated the notice's day, or the latest day an action is
    dated, and addressed to someone; never one dated only by a year or a month before
    the notice's (「2022年にも…文書警告を受けていた」)."""
    acting = [
        (i, d) for i, d in enumerate(drafts)
        if d.kind not in sanctions.INVESTIGATIONS
        and not d.past  # dated by a year alone, the date itself kept off (events.Draft.past)
        and not _vaguely_before(d.date, ctx.today)
    ]  # fmt: skip
    latest = max((d.date.iso() for _, d in acting if d.date), default=None)
    return [
        i for i, d in acting
        if d.addressee and (d.date in (None, ctx.today) or d.date.iso() == latest)
    ]  # fmt: skip


def _vaguely_before(date: DateValue | None, today: DateValue | None) -> bool:
    """A year or a month alone, before the notice's own year or month; a year alone
    where the notice gives no date of its own (an action it announces has a day)."""
    if date is None or date.day is not None:
        return False
    if today is None:
        return date.month is None
    return date.iso() < today.iso()[: len(date.iso())]


def _recounted(
    drafts: tuple[events.Draft, ...], own: Remedies, today: list[int]
) -> dict[int, list[Found]]:
    """What an action recounted from the past remedied, the actions announced against the
    same company remedy too (a 課徴金納付命令 for the conduct of an earlier 措置命令)."""
    out: dict[int, list[Found]] = {}
    for i, d in enumerate(drafts):
        if i in today or not own[i] or d.addressee is None:
            continue
        for j in today:
            if drafts[j].addressee == d.addressee:
                out.setdefault(j, []).extend(own[i])
    return out


def _orphans(
    ctx: context.Context,
    drafts: tuple[events.Draft, ...],
    found: ByStart[Found],
    today: list[int],
    memo: dict[str, readback.Here],
    of: _Said,
) -> dict[int, list[Found]]:
    """Violations stated outside every action's sentences and sections: remedied by the
    announced actions against their offender — those with sentences in the violation's
    own section if there are any, else all. The offender is the subject of the
    violation's sentence (当社は、…), or the one addressee there is."""
    acting = [d for d in drafts if d.kind not in sanctions.INVESTIGATIONS]
    # an action whose addressee is not known (業務禁止命令 to the officers, named apart)
    # does not keep the wrongs its section runs on to from the companies' actions
    covered = Zones(scope for d in acting if d.addressee for scope in d.scopes)
    out: dict[int, list[Found]] = {}
    for v in found.items:
        if not today:
            continue
        acting_on = {drafts[i].addressee for i in today}
        stated = _stated(ctx, v, acting_on, of)
        if v.start in covered and not _of_another(acting, v.start, stated):
            continue
        who: list[str | None] = [*stated] or _offenders(ctx, v.start, acting_on)
        pool = (
            [i for i in today if drafts[i].addressee in who]
            if who
            else readback.all_of(ctx, v, drafts, today, memo)
        )
        theirs = lawful.under_its_law(ctx, drafts, pool, v)
        for i in _in_section(ctx, v.start, drafts, theirs) or theirs:
            out.setdefault(i, []).append(v)
    return out


def _of_another(acting: list[events.Draft], pos: int, stated: tuple[str, ...]) -> bool:
    """A wrong told in the sentences of actions against others than the company it is
    stated of (「委員会は、Aについて同法25条(…)に、Bについて同法23条(…)に違反すると認め、…
    Bに対しても、…指導を行いました」): A's wrong, which A's actions told elsewhere remedy."""
    here = {d.addressee for d in acting if any(lo <= pos < hi for lo, hi in d.scopes)}
    return bool(stated) and not here & set(stated)


def _in_section(
    ctx: context.Context, pos: int, drafts: tuple[events.Draft, ...], among: list[int]
) -> list[int]:
    """The drafts among `among` with a sentence in the innermost section holding `pos`."""
    path = context.innermost(ctx, pos)
    if path is None:
        return []
    lo, _, hi = ctx.section_norm[path]
    return [i for i in among if any(lo <= s < hi for s, _ in drafts[i].scopes)]


def _offenders(ctx: context.Context, pos: int, addressees: set[str | None]) -> list[str | None]:
    """Who committed the violation at `pos`, with those coordinated before the subject
    (「A、B及びCは、…の規定に違反する行為を行っていた」 is each of them) and those a group's
    name stands for (「2社の表示は、それぞれ、…に該当する」)."""
    who = _offender(ctx, pos, addressees)
    lo, _ = context.sentence_of(ctx, pos)
    if who is None:
        return list(_pointed(ctx, pos))
    said = ctx.mention_index.between(lo, pos)
    last = next((m for m in said if m.label == who), None)
    if last is None:
        return [who]
    group = events.coordinated_with(ctx, last, lo)
    at = ctx.mention_index.between(last.start, last.start + 1)  # a group's name: its members
    named = [m.label for m in at if m.end == last.end]
    return list(dict.fromkeys([*group, *named, who]))


_TOPIC_MARK = re.compile(r"(?:は|が)、")
_READ_BACK = readback.READ_BACK


_Said = dict[tuple[int, str | None, frozenset[str | None]], tuple[str, ...]]


def _stated(
    ctx: context.Context, v: Found, addressees: set[str | None], of: _Said
) -> tuple[str, ...]:
    """`_stated_of`, read once per violation and set of addressees: `remedied` asks with
    every addressee and `_orphans` with today's, most often the same (it reads only the
    violation's start and offender)."""
    key = (v.start, v.offender, frozenset(addressees))
    if key not in of:
        of[key] = _stated_of(ctx, v, addressees)
    return of[key]


def _stated_of(ctx: context.Context, v: Found, addressees: set[str | None]) -> tuple[str, ...]:
    """The addressees a violation is stated of, where the text says: its line's company
    (違反法条), the list its subject points at (別紙2の貸金業者は), its sentence's subjects,
    or those of the sentence before where it goes on (「A社は、…。また、…報告していなかった」)."""
    if v.offender:
        return (v.offender,)
    if only := readback.only_of(ctx, v.start, addressees):
        return (only,)
    if each := readback.distributed(ctx, v.start, addressees):
        return (each,)
    if roles := roled.of_role(ctx, v.end, addressees):  # 「…を行った〇〇事業主2社と」
        return roles
    if named := _pointed(ctx, v.start):
        return named
    lo, _ = context.sentence_of(ctx, v.start)
    if v.start - lo > _READ_BACK:
        return ()  # a run-on line names no subject to trust (and is not read again and again)
    if readback.of_a_person(ctx, lo, v.start, addressees):
        return (_PERSON,)  # no company's: no action against a company remedies it
    at = [v.start]
    if lo > 0 and violations.form("goes_on").match(ctx.norm.text, lo):
        at.append(lo - 1)
    for pos in at:
        if who := [w for w in _offenders(ctx, pos, addressees) if w in addressees]:
            return tuple(w for w in who if w)
    return ()


_PERSON = "(a person)"  # stands for no addressee


def _pointed(ctx: context.Context, pos: int) -> tuple[str, ...]:
    """「別紙2の貸金業者は、…に違反し」: the companies of the list the subject of the
    sentence holding `pos` points at, if it points at one."""
    lo = max(context.sentence_of(ctx, pos)[0], pos - _READ_BACK)
    for m in _TOPIC_MARK.finditer(ctx.norm.text, lo, pos):
        if named := listed.pointed_addressees(ctx, lo, m.start()):
            return tuple(named)
    return ()


def _offender(ctx: context.Context, pos: int, addressees: set[str | None]) -> str | None:
    """Who committed the violation at `pos`: the nearest subject of its sentence that an
    action is addressed to (Aの表示は…に、Bの表示は…に該当), else its first subject, else
    the company of its table row, else the company a heading over it names ((1) A社)."""
    subjects = events.sentence_subjects(ctx, pos)
    named = [s for s in subjects if s in addressees]
    if named or subjects:
        return named[-1] if named else subjects[0]
    return (
        rows.row_org(ctx, pos)
        or events.heading_addressee(ctx, context.innermost(ctx, pos))
        or rows.line_row_org(ctx, pos, addressees)
        or readback.referred(ctx, pos, addressees)
        or readback.pointed_back(ctx, pos, addressees)
    )


def best(mentions: list[Found]) -> Found:
    """Of the mentions of one violation, the one that names the wrong: a caption or a
    named wrong first, then any description, then the first."""
    return next(
        (v for v in mentions if v.named and v.description),
        next((v for v in mentions if v.description), mentions[0]),
    )
