"""Actions a list of cases sets out: a heading that names one kind of action (「(1) 排除措置
命令」) over a table flattened one row a paragraph, each row opened by its 件名 (「…に対する件」,
`case_name` in roles.tsv) and holding its 内容 and its 措置年月日 (「…を合意していた。 3条後段
令和元年6月4日」). Each row is an action of the heading's kind against each company the row
names, dated by the date that ends the row's first line; a row that names no company is none."""

from __future__ import annotations

from dataclasses import replace

from shobun.parser import roles
from shobun.parser.context import Context
from shobun.parser.events import Draft
from shobun.parser.extract.sanctions import Term
from shobun.parser.listed import named_in
from shobun.parser.model import DateValue
from shobun.parser.positions import ByStart


def cases(ctx: Context, drafts: tuple[Draft, ...], _terms: ByStart[Term]) -> tuple[Draft, ...]:
    """Each headed draft with no addressee over a list of cases, once per company per row."""
    out: list[Draft] = []
    for d in drafts:
        rows = _rows(ctx, d) if d.from_heading and d.addressee is None and d.section else []
        found = [
            replace(d, addressee=who, date=_day(ctx, lo) or d.date, scopes=((lo, hi),))
            for lo, hi in rows
            for who in dict.fromkeys(named_in(ctx, lo, hi))
        ]
        out.extend(found or [d])
    return tuple(out)


def _rows(ctx: Context, d: Draft) -> list[tuple[int, int]]:
    """The rows of the draft's section: from each line that opens with a 件名 to the next."""
    text = ctx.norm.text
    _, head_end, body_end = ctx.section_norm[d.section or ""]
    starts = [
        text.rfind("\n", 0, m.start()) + 1
        for m in roles.pattern("case_name").finditer(text, head_end, body_end)
    ]
    return list(zip(starts, [*starts[1:], body_end], strict=True)) if starts else []


def _day(ctx: Context, lo: int) -> DateValue | None:
    """The date that ends the row's first line (its 措置年月日 column)."""
    text = ctx.norm.text
    end = text.find("\n", lo)
    end = len(text) if end < 0 else end
    line_end = len(text[lo:end].rstrip()) + lo
    return next((v for _s, e, v in ctx.date_index.between(lo, end) if e == line_end), None)
