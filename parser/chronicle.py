"""Days a press page gives its actions without a sentence that dates them.

- A dated row of a chronology (「3.処分を行うに至った経緯」: 「2023年8月29日 立入調査の実施。」,
  「2023年9月27日 文書(指導票)による指導実施」): the action in the row is of the row's day —
  a full date at the start of its line, white space after it, then what was done.
- A lead with no day that tells the news of the page (「…以下のとおり処分を行いましたので、
  お知らせします。」): what it announces is of the page's own day, as 本日 would be.
"""

from __future__ import annotations

import re
from dataclasses import replace

from shobun.parser.context import Context, sentence_of
from shobun.parser.events import Draft
from shobun.parser.extract import dates
from shobun.parser.extract.sanctions import INVESTIGATIONS, Term
from shobun.parser.lead import ANNOUNCES
from shobun.parser.model import DateValue
from shobun.parser.positions import ByStart

# after the row's day and the gap the source had there (white space is taken out in the
# normalised text): no word that makes the day a period's or a deadline's
_NOT_ROW = re.compile(r"[ \t\u3000]*(?:から|まで|付|に|以降|以後|\(|[0-9])")
_TELLS = re.compile(r"ので、?お知らせ(?:します|いたします|する)")


def dated(ctx: Context, drafts: tuple[Draft, ...], _terms: ByStart[Term]) -> tuple[Draft, ...]:
    """Each undated draft the day of its chronology row, else of the page where its lead
    announces it with no day of its own."""
    if all(d.date for d in drafts):
        return drafts
    rows = {d.start: day for d in drafts if _undated(d) and (day := row_day(ctx, d.start))}
    today = _told_today(ctx)
    return tuple(
        replace(d, date=rows[d.start])
        if d.start in rows
        else replace(d, date=today)
        if today and _news(d)
        else d
        for d in drafts
    )


def row_day(ctx: Context, at: int) -> DateValue | None:
    """The day at the start of the line `at` is on, where white space followed it."""
    text = ctx.norm.text
    start = text.rfind("\n", 0, at) + 1
    cell = text.startswith("|", start)  # a table's row: 「|2023年8月29日|立入調査の実施。|」
    m = dates.leading_date(text, start + cell)
    if m is None or m.end() > at or _NOT_ROW.match(text, m.end()):
        return None
    if not (text.startswith("|", m.end()) if cell else m.end() in ctx.norm.gaps):
        return None
    value = dates.parse_date_text(m.group())
    return value if value is not None and value.day is not None else None


def _undated(d: Draft) -> bool:
    """Told with no day, and not told as done before (「前回指導したにも関わらず」)."""
    return d.date is None and not d.past


def _news(d: Draft) -> bool:
    return _undated(d) and d.kind not in INVESTIGATIONS


def _told_today(ctx: Context) -> DateValue | None:
    """The page's day where its lead announces 処分 with no day and says it tells so."""
    if ctx.today is None or "お知らせ" not in ctx.norm.text:
        return None
    m = ANNOUNCES.search(ctx.norm.text)
    if m is None:
        return None
    lo, hi = sentence_of(ctx, m.start())
    if ctx.date_index.between(lo, hi):
        return None
    return ctx.today if _TELLS.search(ctx.norm.text, m.end(), hi + 1) else None
