"""The basis a notice states apart from its action, as a phrase or a field: a blog's
「府の報道発表資料には、命令の根拠として「景品表示法第7条第1項」が挙げられています」, a
page's line 「根拠法令 建設業法第28条第3項」 below a body that names only the law."""

from __future__ import annotations

import re
from dataclasses import replace

from shobun.parser import roles
from shobun.parser.context import Context
from shobun.parser.events import Draft
from shobun.parser.extract.sanctions import INVESTIGATIONS, Term
from shobun.parser.model import Citation
from shobun.parser.positions import ByStart

_REACH = 30  # characters between the phrase and the article it names: 「 and the law's name
_BETWEEN = re.compile(r"「?[^「」。、\n]*")


def told_apart(ctx: Context, drafts: tuple[Draft, ...], _terms: ByStart[Term]) -> tuple[Draft, ...]:
    """The actions without a basis, all of one kind, take the provision the first such
    phrase names, where it names one with its article."""
    bare = [d for d in drafts if d.basis is None and d.kind not in INVESTIGATIONS]
    if not bare or len({d.kind for d in bare}) > 1:
        return drafts
    cite = _told(ctx)
    if cite is None:
        return drafts
    return tuple(replace(d, basis=cite) if d in bare else d for d in drafts)


def _told(ctx: Context) -> Citation | None:
    text = ctx.norm.text
    for m in roles.pattern("basis_told").finditer(text):
        for start, _end, cite in ctx.citation_index.between(m.end(), m.end() + _REACH):
            if cite.article and _BETWEEN.fullmatch(text, m.end(), start):
                return cite
    return None
