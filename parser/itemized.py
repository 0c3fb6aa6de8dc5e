"""Wrongs told as numbered items of one clause: 「①…を交付していなかったこと、②…を置いて
いなかったことなどの事実が認められた。これらは…法第19条第1項及び同法第26条第1項の規定に
違反する」. Each item is a wrong of its own, and where the items are as many as the provisions
the clause names, each is paired with its provision in order; else they stay one wrong, without
their marks and the closing words (an action remedies one violation per provisions). The
phrasing that is data: `violation_forms.tsv` (`told_item`, `told_items_close`)."""

from __future__ import annotations

import re
from dataclasses import replace

from shobun.parser.model import Citation
from shobun.parser.wrongs import Found, form, sanction_like

__all__ = ["items_apart", "told", "told_noun"]

_MIN_ITEMS = 2
_ITEM_MAX = 120  # a longer stretch between two marks is no item of a list
_CITED = re.compile(r"第?[0-9]+条")  # items that cite their provisions are read with them


def items_apart(v: Found) -> list[Found]:
    """`v` as many violations as the numbered items its description tells, each ending in
    こと, where they are as many as its provisions; one without the marks where they are
    not; `v` itself where the description is no such list."""
    items = _items(v.description or "")
    if len(items) < _MIN_ITEMS:
        return [v]
    if len(items) == len(v.provisions):
        return [
            replace(v, provisions=(c,), description=item)
            for c, item in zip(v.provisions, items, strict=True)
        ]
    # an action remedies one violation per provisions: the items stay one wrong, told whole
    return [replace(v, description="、".join(items))]


def _items(text: str) -> list[str]:
    """The items of a list 「(1)A…こと、(2)B…ことなど…」, each without its mark and its こと;
    none where the text is no list of told wrongs from its start."""
    marks = list(form("told_item").finditer(text))
    if not marks or marks[0].start() != 0:
        return []
    body = form("told_items_close").sub("", text)
    ends = [m.start() for m in marks[1:]] + [len(body)]
    out: list[str] = []
    for m, end in zip(marks, ends, strict=True):
        part = body[m.end() : end].rstrip("、")
        part = re.sub(r"(?:及び|並びに|又は)$", "", part).rstrip("、")
        if not part.endswith("こと") or not 2 < len(part) <= _ITEM_MAX:
            return []
        out.append(part.removesuffix("こと"))
    return out


def told(text: str, stop: int) -> list[Found]:
    """The wrongs told as numbered items before 「…などの事実が認められた」 that cite no
    provision (「A社については、①…こと、②…ことなどの事実が認められたため。」 under 処分の理由;
    `told_items`): each a violation with its clause as the description and no provision."""
    out: list[Found] = []
    for m in form("told_items").finditer(text, 0, stop):
        lo, hi = m.span("list")
        if _CITED.search(text, lo, hi):
            continue
        at = lo
        for item in _items(text[lo:hi]):
            at = text.find(item, at, hi)
            out.append(Found(at, at + len(item), (), item, None))
            at += len(item)
    return out


# 「…に従事させたこと」: a clause that tells what was done, made a noun by こと
_NOUN_CLAUSE = re.compile(r"(?P<desc>[^、。()\n]{4,80}?(?:た|ず|なかった))こと$")


def told_noun(text: str, end: int, chain: list[Citation], start: int) -> Found | None:
    """「株式会社Aは、派遣労働者を…建設業務に従事させたこと(労働者派遣法第4条第1項第2号違反)。」
    (労働局's 処分理由): the clause told as a noun before the bracket is the wrong; not a step
    the authority took (…を命じたこと)."""
    opener = text.rfind("(", max(0, start - 25), start)
    close = form("told_noun_close").match(text, end)
    if opener < 0 or close is None or "、" in text[opener:start]:
        return None
    m = _NOUN_CLAUSE.search(text, max(0, opener - 90), opener)
    if (
        m is None
        or form("told_step").search(m.group("desc"))
        or sanction_like(m.group("desc")[-8:])
    ):
        return None  # 「指揮命令の下で…従事させた」 is told; 「…処分を受けた」 is no wrong
    return Found(start, close.end(), tuple(chain), m.group("desc"), None)
