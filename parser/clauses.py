"""Violations a labelled clause names: 「【違反条項】はJAS法第19条の13第1項の規定に基づく
〇〇品質表示基準第3条第1項第2号及び第6条第1号。」, 「違反法令:〇〇法第8条第1項(産地情報の
伝達)」 (県 releases and the local news that quote them). Each provision the clause cites is
violated, one violation each, its caption in brackets the wrong; not the law's article an
enactment after it is made under (「…第19条の13第1項の規定に基づく…基準第3条」: the 基準's
provisions are broken, the law's article only empowers the 基準). The phrasing is data:
`violated_label` and `made_under` in `violation_forms.tsv`."""

from __future__ import annotations

import re

from shobun.parser import context, violations, wrongs
from shobun.parser.wrongs import Found

_WORDS = ("違反条", "違反法", "違反した", "適用条項")  # a literal pre-check before any pattern
_BASED = re.compile(r"(?:の規定)?(?:に基づ|により|による)")  # the basis of an action, cited there


def labelled(ctx: context.Context, stated: list[Found]) -> list[Found]:
    """The violations of the labelled clauses of the text whose provisions no violation
    of `stated` names already."""
    text = ctx.norm.text
    if not any(w in text for w in _WORDS):
        return []
    taken = [(v.start, v.end) for v in stated]
    out: list[Found] = []
    for m in wrongs.form("violated_label").finditer(text):
        stop = min(_end(text, "。", m.end()), _end(text, "\n", m.end()))
        cites = [
            (s, e, c)
            for s, e, c in ctx.citation_index.between(m.end(), stop)
            if not any(lo <= s < hi for lo, hi in taken)
        ]
        out += [
            Found(s, e, (c,), named, None, named is not None)
            for s, e, c in cites
            if not wrongs.form("made_under").match(text, e) and not _BASED.match(text, e)
            for named in [violations.caption_at(text, e)]
        ]
    return out


def _end(text: str, mark: str, pos: int) -> int:
    at = text.find(mark, pos)
    return at if at >= 0 else len(text)


def made_under(ctx: context.Context) -> dict[str, str]:
    """Enactment → the law it is made under, where the text says so (「…法第19条の13第1項
    の規定に基づく〇〇品質表示基準」): a violation of the 基準 is one the actions under the
    law remedy."""
    text = ctx.norm.text
    if "に基づ" not in text:
        return {}
    out: dict[str, str] = {}
    under = wrongs.form("made_under")
    for _, e, c in ctx.citation_index.items:
        m = under.match(text, e)
        nxt = _next_statute(ctx, m.end()) if m else None
        if c.statute and nxt and nxt != c.statute:
            out.setdefault(nxt, c.statute)
    return out


def _next_statute(ctx: context.Context, pos: int) -> str | None:
    following = ctx.citation_index.between(pos, pos + 60)
    return following[0][2].statute if following else None
