"""Whom an action is for when a heading line above it says so and no section was read
from it: 「## Ⅱ　株式会社Bに対する業務改善命令」 over 「…の規定に基づき報告を求めたところ、
…」, the parts of a release that sets out one company's actions after another's."""

from __future__ import annotations

import re
from dataclasses import replace

from shobun.parser.acted import is_action_date
from shobun.parser.context import Context
from shobun.parser.events import Draft
from shobun.parser.extract.bulleted import block_at
from shobun.parser.extract.sanctions import INVESTIGATIONS, Term, names_term
from shobun.parser.model import DateValue
from shobun.parser.patterns import PUBLIC_KINDS
from shobun.parser.positions import ByStart

# a heading line: markdown's #, a roman numeral (Ⅱ is II after NFKC), 第N
_HEADING = re.compile(r"^(?:#+[ 　]*|[IVX]+[.、 ]*|第[0-9一二三四五六七八九十]+[ 　]*)", re.M)
_REACH = 3000  # characters: how far above an action its part's heading stands


def addressees(ctx: Context, drafts: tuple[Draft, ...], _terms: ByStart[Term]) -> tuple[Draft, ...]:
    """Each draft with no addressee takes the company the nearest heading line above it
    that names one before に対する names (its part's heading, the subheadings between
    naming none)."""
    if all(d.addressee or d.to_person for d in drafts):
        return drafts
    out = []
    for d in drafts:
        bare = d.addressee is None and not d.to_person and not d.from_heading
        found = _heading_for(ctx, d.start) if bare else None
        out.append(replace(d, addressee=found[0]) if found else d)
    return tuple(out)


def bulleted(ctx: Context, drafts: tuple[Draft, ...], _terms: ByStart[Term]) -> tuple[Draft, ...]:
    """Each draft with no addressee in the block of a trade paper's bullet line
    (「■X・本社営業所(…県…市)」 over 「…、輸送施設の使用停止(…)、文書警告の行政処分。」)
    takes the business that line names."""
    out = []
    lines: list[tuple[int, str | None]] | None = None
    for d in drafts:
        block = None if d.addressee or d.to_person else block_at(ctx.norm.text, d.start)
        named = [] if block is None else ctx.mention_index.between(block.name_start, block.name_end)
        found = next((m.label for m in named if m.kind != "Authority"), None)
        if found is None and not (d.addressee or d.to_person):
            lines = _name_lines(ctx) if lines is None else lines
            found = next((who for at, who in reversed(lines) if at < d.start), None)
        day = _line_day(ctx, d.start) if found and d.date is None else None
        out.append(replace(d, addressee=found, date=day or d.date) if found else d)
    return tuple(out)


# a bullet line: 「■A株式会社」 heads a company's block, any other (「■処分年月日」) closes it
_BULLET_LINE = re.compile(  # its number after the bullet too (■1 A株式会社)
    r"^[ \t\u3000]*[■●◆◇□▼◎][ \t\u3000]*(?:(?:[0-9]+[.、]?|\([0-9]+\))[ \t\u3000]*)?", re.M
)
_PLACE = re.compile(r"[ \t\u3000]*(?:\([^()\n]{1,30}\))?[ \t\u3000]*")  # (…県…市)


def _name_lines(ctx: Context) -> list[tuple[int, str | None]]:
    """Each bullet line with where it starts, and the company it names if it is only that
    name, with its place in brackets at most (「■A株式会社」 over 「処分内容 業務停止処分
    (…)」 and 「処分理由 …」, then 「■有限会社B」 over its own): the block under it, to the
    next bullet line, sets out that company's actions."""
    text, out = ctx.norm.text, []
    for b in _BULLET_LINE.finditer(text):
        end = text.find("\n", b.end())
        end = len(text) if end < 0 else end
        named = [m for m in ctx.mention_index.between(b.end(), end) if m.kind not in PUBLIC_KINDS]
        alone = len(named) == 1 and named[0].start == b.end()
        who = named[0].label if alone and _PLACE.fullmatch(text, named[0].end, end) else None
        out.append((b.start(), who))
    return out


def _line_day(ctx: Context, pos: int) -> DateValue | None:
    """The day that opens the line of an action in a bullet's block (「10月10日、輸送施設の
    使用停止(…)、文書警告の行政処分。」)."""
    start = ctx.norm.text.rfind("\n", 0, pos) + 1
    return next(
        (v for s, e, v in ctx.date_index.between(start, start + 1)
         if v.day and is_action_date(ctx.norm.text, e)),
        None,
    )  # fmt: skip


def own_deadlines(
    ctx: Context, drafts: tuple[Draft, ...], _terms: ByStart[Term]
) -> tuple[Draft, ...]:
    """An investigation recounted in a company's part (「…の規定に基づき報告を求めたところ、
    …」 under 「Ⅱ Bに対する…」) keeps only the deadlines its part gives: one a section of
    another company's part lent it is not its own."""
    out = []
    for d in drafts:
        found = _heading_for(ctx, d.start) if d.deadlines and d.kind in INVESTIGATIONS else None
        if found is not None and found[0] == d.addressee:
            own = {v for _s, _e, v in ctx.date_index.between(found[1], len(ctx.norm.text))}
            d = replace(d, deadlines=tuple(x for x in d.deadlines if x in own))
        out.append(d)
    return tuple(out)


def _heading_for(ctx: Context, pos: int) -> tuple[str, int] | None:
    text = ctx.norm.text
    for head in reversed(list(_HEADING.finditer(text, max(0, pos - _REACH), pos))):
        end = text.find("\n", head.end())
        end = len(text) if end < 0 else end
        for m in ctx.mention_index.between(head.end(), end):
            if m.kind != "Authority" and text.startswith("に対する", m.end):
                return m.label, head.start()  # the nearest heading that names a company
        if names_term(text, head.end(), end):
            return None  # 「第四 報告等の求め」: a part of its own that names no one
    return None
