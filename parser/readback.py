"""Whose a wrong stated apart is, read back from it: the company a pointer subject
(当該建設業者は, このことは) or a sentence pointing back (これらが…に違反する) stands for, and
the companies a section or paragraph names, by which a wrong stated of no one is kept to
the actions against them (`remedied` asks these when its sentence names no offender)."""

from __future__ import annotations

import re

from shobun.parser import context, events, roles, violations
from shobun.parser.extract import abbreviated, sanctions
from shobun.parser.patterns import PUBLIC_KINDS
from shobun.parser.violations import Found

READ_BACK = 1000  # how far back a violation's subject or its paragraph's company is read


Here = tuple[set[str], tuple[int, int]]


def named_here(
    ctx: context.Context, pos: int, addressees: set[str | None], memo: dict[str, Here]
) -> Here:
    """The addressees the innermost section holding `pos` names, or where there is none its
    paragraph up to `pos`, and where that section or paragraph stands; none where it speaks
    of a group (ほか3社, 各社), which stands for companies it does not name. Each section is
    read once (`memo`, by its path): a long one with many wrongs is not read again."""
    path = context.innermost(ctx, pos)
    if path is None:  # no sections: its paragraph, up to it (bounded)
        lo = max(ctx.norm.text.rfind("\n", max(0, pos - READ_BACK), pos) + 1, pos - READ_BACK)
        return _named_between(ctx, lo, pos, addressees)
    if path not in memo:
        lo, _, hi = ctx.section_norm[path]
        memo[path] = _named_between(ctx, lo, hi, addressees)
    return memo[path]


def _named_between(ctx: context.Context, lo: int, hi: int, addressees: set[str | None]) -> Here:
    if violations.form("group_of_companies").search(ctx.norm.text, lo, hi):
        return set(), (lo, hi)  # 「A社ほか3社の4社は、…」: more companies than it names
    watched = roles.pattern("supervised_party")  # 「委託先「B」に対する監督が不十分」: A's
    said = {
        m.label
        for m in ctx.mention_index.between(lo, hi)
        if m.kind != "Authority" and not watched.match(ctx.norm.text, m.end)
    }
    return {n for n in said if n in addressees}, (lo, hi)


def borrowed(d: events.Draft, named: set[str], where: tuple[int, int]) -> bool:
    """Whether an action reaches a wrong stated of no one only through a section it borrows
    (one describing the actions of several companies), a section that names other
    addressees and not the action's own sentence (「(1) 名簿業者に対する指導 …A社に対し…
    指導を行いました。…点が、法第19条に違反する」 is A's wrong, not that of B's 指導 of (2))."""
    lo, hi = where
    own = d.scopes[0][0] if d.scopes else -1
    return bool(named) and d.addressee not in named and not lo <= own < hi


def all_of(
    ctx: context.Context,
    v: Found,
    drafts: tuple[events.Draft, ...],
    today: list[int],
    memo: dict[str, Here],
) -> list[int]:
    """The actions a wrong stated of no one is remedied by: all those announced (「3社は、…
    表示していた。前記の表示は…第5条第2号に該当する」), unless its own section, or where
    there is none its paragraph, names addressees: then the actions against them, announced
    or told there (「(2) 名簿業者に対する指導 …株式会社ミナトリストに対し、…指導を行い
    ました。…点が、法第19条に違反する」: ミナトリスト's wrong, not the others')."""
    named, (lo, hi) = named_here(ctx, v.start, {d.addressee for d in drafts}, memo)
    if not named:
        return list(today)
    return [
        i for i, d in enumerate(drafts)
        if d.addressee in named and d.kind not in sanctions.INVESTIGATIONS and not d.past
        and (i in today or any(lo <= s < hi for s, _ in d.scopes))
    ]  # fmt: skip


def pointed_back(ctx: context.Context, pos: int, addressees: set[str | None]) -> str | None:
    """「事業者名:A社 … 当該建設業者は、…置いていなかった。このことは、…第26条第1項に違反
    する」: a wrong whose sentence (or the one before) has a pointer for its subject (当該
    建設業者, 同社, このこと) is the last addressee's named before those sentences."""
    text = ctx.norm.text
    lo, _ = context.sentence_of(ctx, pos)
    before = context.sentence_of(ctx, lo - 1)[0] if lo > 0 else lo
    pointer = violations.form("pointer_subject")
    if not any(pointer.match(text, at) for at in {lo, before}):
        return None
    if any(violations.form("group_subject").match(text, at) for at in {lo, before}):
        return None  # 「2社は、…。これは…に違反します」: the group's wrong, not the last named
    said = ctx.mention_index.between(max(0, before - READ_BACK), before)
    return next((m.label for m in reversed(said) if m.label in addressees), None)


def referred(ctx: context.Context, pos: int, addressees: set[str | None]) -> str | None:
    """「A社では、…記さなかった。…。金融庁は、これらが同法第19条などに違反するとみている」:
    a wrong's sentence that points back (これら, こうした行為) is about the company the
    sentences before it in its paragraph are about, the nearest first."""
    text = ctx.norm.text
    lo, _ = context.sentence_of(ctx, pos)
    if not violations.form("refers_back").search(text, lo, pos):
        return None
    topic = violations.form("topic_after")
    para = max(text.rfind("\n", 0, lo) + 1, lo - READ_BACK)  # bounded: no quadratic read
    about = [
        (i + len(name), who)
        for who in addressees
        if who
        for name in {who, abbreviated.without_form(who)}
        for i in _all(text, name, para, lo)
        if topic.match(text, i + len(name))
    ]
    return max(about)[1] if about else None


def _all(text: str, name: str, lo: int, hi: int) -> list[int]:
    """Where `name` stands between lo and hi."""
    out, i = [], text.find(name, lo, hi)
    while i >= 0:
        out.append(i)
        i = text.find(name, i + 1, hi)
    return out


def distributed(ctx: context.Context, pos: int, addressees: set[str | None]) -> str | None:
    """「Aについて同法25条(委託先の監督)に、Bについて同法23条(安全管理措置)に違反する」,
    「委託元には委託先の監督(法第25条)、委託先には安全管理措置(法第23条)の不備が認められた」:
    a wrong is of the company, or the party to the entrustment, that its own clause names
    right before it."""
    text = ctx.norm.text
    lo = max(max(text.rfind(c, 0, pos) for c in "、。\n") + 1, pos - READ_BACK)
    m = violations.form("each_subject").match(text, lo, pos)
    if m is None or pos - m.end() > _CLAUSE_REST:
        return None
    who = m.group("who")
    if who in addressees:
        return who
    return _party(ctx, pos, who, addressees) if who in _PARTIES else None


_CLAUSE_REST = 25  # the wrong's name and the bracket or 同法 between the subject and `pos`
_PARTIES = ("委託元", "委託先")


def _party(ctx: context.Context, pos: int, role: str, addressees: set[str | None]) -> str | None:
    """The addressee the text makes the 委託先 (「…の委託先であるB」, 「委託先のB」), or for
    委託元 the one other addressee named in the sentences before `pos`."""
    text = ctx.norm.text
    lo = max(0, pos - READ_BACK)
    said = [m for m in ctx.mention_index.between(lo, pos) if m.label in addressees]
    agent = next(
        (m.label for m in said if _AGENT_BEFORE.search(text, max(0, m.start - 6), m.start)), None
    )
    if role == "委託先":
        return agent
    others = {m.label for m in said if agent and m.label != agent}
    return others.pop() if len(others) == 1 else None


_AGENT_BEFORE = re.compile(r"委託先(?:である|の)?$")


def of_a_person(ctx: context.Context, lo: int, pos: int, addressees: set[str | None]) -> bool:
    """「…無線従事者(男性58歳)が、…操作を行い、…電波法第40条及び第53条の規定に違反する」:
    a wrong whose sentence (from `lo`) has a person for its subject and names no company
    before it is the person's, not that of the company the notice's actions are against;
    so is one whose sentence points back (これらの行為は、…に該当) to a sentence whose
    subject is a person (〇〇局の職員が、…教示していた。)."""
    if _person_subject(ctx, lo, pos, addressees):
        return True
    text = ctx.norm.text
    lead = _SPACES.match(text, lo)
    if lo == 0 or lead is None or not violations.form("refers_back").match(text, lead.end()):
        return False
    return _person_subject(ctx, context.sentence_of(ctx, lo - 1)[0], lo, addressees)


_SPACES = re.compile(r"[\x20\u3000]*")


def _person_subject(ctx: context.Context, lo: int, pos: int, addressees: set[str | None]) -> bool:
    """A person the subject, no company or addressee named before it (a body sanctioned
    is no other's whose staff did the wrong)."""
    m = violations.form("person_subject").search(ctx.norm.text, lo, pos)
    return m is not None and not any(
        mm.kind not in PUBLIC_KINDS or mm.label in addressees
        for mm in ctx.mention_index.between(lo, m.start())
    )


_ONLY_REACH = 60  # characters: a row's closing bracket right before its provision


def only_of(ctx: context.Context, pos: int, addressees: set[str | None]) -> str | None:
    """「…記載していなかった。(株式会社Bのみ)⏎第5条第1項⏎書面の記載不備」: the addressee a
    row's closing bracket names alone, right before the provision at `pos`."""
    m = violations.form("only_of").search(ctx.norm.text, max(0, pos - _ONLY_REACH), pos)
    if m is None:
        return None
    lo, hi = m.span("who")
    return next((x.label for x in ctx.mention_index.between(lo, hi) if x.label in addressees), None)
