"""The companies a wrong is told of by their role: 「…法第44条が禁じる労働者供給事業を行った
特定派遣元事業主2社と、これに深く関わった一般派遣元事業主1社の計3社に、…命令を出した。処分を
受けたのは、特定派遣元事業主のA(…)とB(…)、一般派遣元事業主のC(…)」 (news retelling a
労働局's orders): the wrong is A's and B's, the companies named with the role that did it,
not C's. The phrasing is data: `role_group` and `role_named` in `violation_forms.tsv`."""

from __future__ import annotations

import re

from shobun.parser import context, wrongs

_REACH = 400  # how far after the wrong the companies of its role are named
_JOINED = re.compile(r"(?:\([^()\n]{0,30}\))?(?:と|及び|および|並びに|、)")


def of_role(ctx: context.Context, end: int, addressees: set[str | None]) -> tuple[str, ...]:
    """The addressees named with the role whose counted group did the wrong ending at
    `end` (「…を行った特定派遣元事業主2社と、…」), if the text names them so."""
    text = ctx.norm.text
    m = wrongs.form("role_group").match(text, end)
    if m is None:
        return ()
    role = m.group("role")
    at = text.find(role + "の", m.end(), m.end() + _REACH)
    while at > 0 and wrongs.form("role_named").match(text, at - 1) is None:
        at = text.find(role + "の", at + 1, m.end() + _REACH)  # 「一般…の」 is not 「…の」
    if at < 0:
        return ()
    return tuple(w for w in _run(ctx, at + len(role) + 1) if w in addressees)


def _run(ctx: context.Context, pos: int) -> list[str]:
    """The companies named one after another from `pos`: 「A(港区)とB(横浜市)、」."""
    text, out = ctx.norm.text, []
    for m in ctx.mention_index.between(pos, pos + _REACH):
        if m.start != pos:
            break
        out.append(m.label)
        joined = _JOINED.match(text, m.end)
        if joined is None:
            break
        pos = joined.end()
    return out
