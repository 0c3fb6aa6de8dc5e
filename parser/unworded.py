"""Violations worded without 違反 beside their provision: a bracket that labels its
provision with the wrong (「…を告げた(不実告知:法第21条第1項)。」), and a heading of the
wrongs that names their kind in brackets (「第2 違反行為(有利誤認)」 over 「この表示は、
景品表示法第5条第2号に該当するものであった。」). The phrasing is data:
`violation_forms.tsv`."""

from __future__ import annotations

import re
from dataclasses import replace

from shobun.parser import context, events, violations, wrongs
from shobun.parser.extract.sanctions import INVESTIGATIONS
from shobun.parser.model import Citation, Section
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
    found = _marked_above(text, pos)
    return found[1] if found else None


def _marked_above(text: str, pos: int) -> tuple[int, str] | None:
    """The nearest line above `pos` that a heading mark opens: where, and its words."""
    end = text.rfind("\n", 0, pos)
    for _ in range(_LINES_UP):
        if end < 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        if m := _MARKED.match(text, start, end):
            return start, text[m.end() : end]
        end = start - 1
    return None


def _heading_over(ctx: context.Context, pos: int) -> tuple[int, str] | None:
    """The heading of the part of the text holding `pos`: its section's, or the nearest
    marked line's (■処分の理由, ●認定した違反行為)."""
    path = context.innermost(ctx, pos)
    marked = _marked_above(ctx.norm.text, pos)
    if path is None or (marked and marked[0] > ctx.section_norm[path][0]):
        return marked  # a marked line inside a section no heading of its own was read from
    return ctx.section_norm[path][0], ctx.section_by_path[path].heading or ""


def shared(
    ctx: context.Context, drafts: tuple[events.Draft, ...], remedies: list[list[Found]]
) -> list[list[Found]]:
    """A block of the wrongs (●認定した違反行為, ■処分の理由, 違反の内容) that stands after
    all the actions announced against one company (業務停止命令 and 指示; 営業停止 and
    指示) is the reason of every one of them, not only of the nearest above it. The wrongs
    an earlier action was for (`for_past`) are that action's alone."""
    past = _past_lists(ctx.norm.text)
    out = [
        [v for v in vs if not _past_of_another(v, d, past)]
        for d, vs in zip(drafts, remedies, strict=True)
    ]
    for i, vs in enumerate(remedies):
        d = drafts[i]
        for v in vs:
            head = _heading_over(ctx, v.start)
            if head is None or not _of_wrongs(head[1]):
                continue
            for j in _siblings(drafts, d, head[0]):
                if v not in out[j]:
                    out[j].append(v)
    return out


def _of_wrongs(heading: str) -> bool:
    return bool(form("cause_heading").search(heading) or form("wrongs_heading").search(heading))


def _siblings(drafts: tuple[events.Draft, ...], d: events.Draft, head: int) -> list[int]:
    """The other actions of the day against `d`'s company under the same law, when all of
    them stand before the heading at `head`; none when one of them stands after it."""
    if d.addressee is None or d.kind in INVESTIGATIONS or d.past or d.start > head:
        return []
    law = d.basis.statute if d.basis else None
    same = [
        j for j, o in enumerate(drafts)
        if o.addressee == d.addressee and o.date == d.date and not o.past
        and o.kind not in INVESTIGATIONS
        and (law is None or o.basis is None or o.basis.statute == law)  # not the 条例's 勧告
    ]  # fmt: skip
    if any(drafts[j].start > head for j in same):
        return []
    return [j for j in same if drafts[j] is not d]


def unlabelled(found: Found | None) -> Found | None:
    """A description read off a labelled or bulleted line (「違反行為:下請代金の減額(…第3号)」,
    「・不実告知(法第6条第1項)」) without its label or its bullet."""
    if found is None or found.description is None:
        return found
    desc = found.description
    for role in ("list_marker", "wrong_label"):  # 「・不実告知(法第6条第1項)」 too
        m = form(role).match(desc)
        if m is not None and m.end() < len(desc) - 1:
            desc = desc[m.end() :]
    return found if desc == found.description else replace(found, description=desc)


def for_past(text: str, stop: int) -> list[Found]:
    """「同社は、過去(…付け)にも、事業者名の不明示、不実告知等により…業務停止命令…の処分を
    受けています」: each wrong named before 等により, with no provision (the past action's)."""
    out: list[Found] = []
    if "により" not in text:  # every such list ends so: a cheap test first
        return out
    for m in form("past_for").finditer(text, 0, stop):
        at = m.start("list")
        for item in m.group("list").split("、"):
            name = item.replace("\n", "")
            if 2 <= len(name) <= 20 and not form("not_a_named_wrong").search(name):
                out.append(Found(at, at + len(item), (), name, None, named=True))
            at += len(item) + 1
    return out


def _past_lists(text: str) -> list[tuple[int, int]]:
    return [m.span("list") for m in form("past_for").finditer(text)] if "により" in text else []


def _past_of_another(v: Found, d: events.Draft, past: list[tuple[int, int]]) -> bool:
    """A wrong an earlier action was for, and `d` is not that action (its sentence)."""
    if v.provisions or not any(lo <= v.start < hi for lo, hi in past):
        return False
    return not any(lo <= v.start < hi for lo, hi in d.scopes)


def headed(ctx: context.Context, v: Found) -> Found:
    """A violation without a description, in a numbered section under a heading of
    violations (違反行為の概要), takes its section's heading as the wrong it names:
    「(1) 顧客の意に反して…申込みをさせようとする行為 … この行為は、法第12条の6第1項の
    規定に違反する」; by the short name in brackets at its end, if one stands there."""
    path = context.innermost(ctx, v.start)
    if v.description is not None or path is None:
        return v
    sec = ctx.section_by_path[path]
    parent = ctx.section_by_path.get(sec.parent or "")
    heading = sec.heading or ""
    if parent is None or not _heads_wrongs(ctx, parent, sec):
        return v
    if not 2 <= len(heading) <= 60 or wrongs.sanction_like(heading):
        return v
    return replace(v, description=wrongs.named_in_heading(heading), named=True)


def _heads_wrongs(ctx: context.Context, parent: Section, sec: Section) -> bool:
    """A section whose numbered subsections are each headed by a wrong: its heading says
    so (違反行為の概要), or its words before the subsection point at them below
    (「1.…検査を行った結果、下記の法令違反の事実が認められた…」, a PDF item over lines)."""
    if violations.form("wrongs_heading").search(parent.heading or ""):
        return True
    lines = ctx.section_norm
    if parent.path not in lines or sec.path not in lines:
        return False
    lead = ctx.norm.text[lines[parent.path][0] : lines[sec.path][0]].replace("\n", "")
    return violations.form("wrongs_below").search(lead) is not None
