"""Violations worded without 違反 beside their provision: a bracket that labels its
provision with the wrong (「…を告げた(不実告知:法第21条第1項)。」), and a heading of the
wrongs that names their kind in brackets (「第2 違反行為(有利誤認)」 over 「この表示は、
景品表示法第5条第2号に該当するものであった。」). The phrasing is data:
`violation_forms.tsv`."""

from __future__ import annotations

import re
from dataclasses import replace

from shobun.parser import context, wrongs
from shobun.parser.model import Citation
from shobun.parser.wrongs import Found, form

_LABEL_REACH = 25  # how far before a provision its bracket's label is read


def labelled(text: str, end: int, chain: list[Citation], start: int) -> Found | None:
    """「・…事実と異なることを告げた(不実告知:法第21条第1項)。」: the words before the colon
    in the provision's bracket name the wrong."""
    if text[end : end + 1] != ")":
        return None
    m = form("bracket_label").search(text, max(0, start - _LABEL_REACH), start)
    if m is None or m.end() != start or wrongs.sanction_like(m.group("desc")):
        return None
    return Found(start, end + 1, tuple(chain), m.group("desc"), None, named=True)


def kinded(ctx: context.Context, v: Found) -> Found:
    """A violation without a description under a heading of the wrongs that names their
    kind in brackets (「第2 違反行為(有利誤認)」, 「■違反の内容(優良誤認表示)」): that kind."""
    if v.description is not None:
        return v
    path = context.innermost(ctx, v.start)
    sec = ctx.section_by_path.get(path) if path is not None else None
    heading = sec.heading if sec is not None else _marked_line_above(ctx.norm.text, v.start)
    m = form("kind_heading").search(heading or "")
    if m is None or wrongs.sanction_like(m.group("desc")):
        return v
    return replace(v, description=m.group("desc"), named=True)


# a line that opens a part of a page no section was read from (■違反の内容(…), 第2 …)
_MARKED = re.compile(r"[\x20\u3000]*(?:[■●◆□◇▼【]|第[0-9]+[\x20\u3000]|[0-9]+[.．][\x20\u3000]?)")
_LINES_UP = 12  # how many lines above a violation its part's heading is looked for


def _marked_line_above(text: str, pos: int) -> str | None:
    """The nearest line above `pos` that a heading mark opens, without its mark."""
    end = text.rfind("\n", 0, pos)
    for _ in range(_LINES_UP):
        if end < 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        if m := _MARKED.match(text, start, end):
            return text[m.end() : end]
        end = start - 1
    return None


def unlabelled(found: Found | None) -> Found | None:
    """A description read off a labelled line (「違反行為:下請代金の減額(…第3号)」) without
    its label."""
    if found is None or found.description is None:
        return found
    m = form("wrong_label").match(found.description)
    if m is None or m.end() >= len(found.description) - 1:
        return found
    return replace(found, description=found.description[m.end() :])
