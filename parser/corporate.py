"""法人番号: each organisation's 13-digit corporate number, from 「法人番号 1234…」 beside
or under its name (check digit verified, else a warning), or from a table's 法人番号 column."""

from __future__ import annotations

import re
from collections.abc import Iterator

from shobun.parser.extract import aliases, known, orgs
from shobun.parser.model import Warning
from shobun.parser.normalize import NormText
from shobun.parser.positions import ByStart

Mention = orgs.OrgMention
CORPORATE_NUMBER = re.compile(r"法人番号\|?[:：]?\s?([0-9]{13})")  # 法人番号|…: a row of a table


def check_digit_ok(number: str) -> bool:
    """法人番号: the first digit is 9 - (Σ digit × (1 or 2, alternating from the right)) mod 9."""
    digits = [int(c) for c in reversed(number[1:])]
    total = sum(d * (1 if i % 2 == 0 else 2) for i, d in enumerate(digits))
    return 9 - total % 9 == int(number[0])


def numbers(norm: NormText, mentions: list[Mention], warnings: list[Warning]) -> dict[str, str]:
    out: dict[str, str] = {}
    by_end = ByStart(mentions, lambda x: x.end)
    by_start = ByStart(mentions, lambda x: x.start)
    for m in CORPORATE_NUMBER.finditer(norm.text):
        number = m.group(1)
        paren = aliases.enclosing_paren(norm.text, m.start())
        line_start = norm.text.rfind("\n", 0, m.start()) + 1
        owner = list(by_end.between(paren, paren + 1)) if paren is not None else []
        # 株式会社X(本社:滋賀県…。法人番号…): the name the parenthetical follows, not a
        # place inside it
        cands = owner or _same_column(norm.text, line_start, m.start(), by_start)
        cands = cands or list(by_start.between(line_start, m.start()))
        if not cands:  # 名称 株式会社X / 法人番号 1234…: the line before names it
            cands = _named_above(by_start, m.start())
        if not check_digit_ok(number):
            warnings.append(Warning("SHOBUN-W103", f"法人番号 {number}: check digit does not match",
                                    known.span_of(norm, m.start(), m.end())))  # fmt: skip
            continue
        if cands:
            out.setdefault(max(cands, key=lambda x: x.end).label, number)
    for label, number in _table_numbers(norm.text, by_start):
        out.setdefault(label, number)
    return out


def _same_column(text: str, line_start: int, at: int, by_start: ByStart[Mention]) -> list[Mention]:
    """In a table whose companies stand side by side (|名称|株式会社A|B合同会社| ⏎
    ||(法人番号…)|(法人番号…)|), the organisation in the number's column of a row above."""
    if not text.startswith("|", line_start):
        return []
    column = text.count("|", line_start, at)
    end = line_start - 1
    for _ in range(_ROWS_UP):
        start = text.rfind("\n", 0, max(end, 0)) + 1
        if end <= 0 or not text.startswith("|", start):
            return []
        bars = [i for i in range(start, end) if text[i] == "|"]
        if 0 < column < len(bars):
            lo, hi = bars[column - 1], bars[column]
            named = [x for x in by_start.between(lo, hi) if x.kind != "Authority"]
            if named:
                return named[-1:]
        end = start - 1
    return []


_ROWS_UP = 2  # a table's rows above a 法人番号 row that may hold its names
_ABOVE, _FAR_ABOVE = 80, 240  # characters: the lines of one block above a 法人番号 line


def _named_above(by_start: ByStart[Mention], at: int) -> list[Mention]:
    """The organisation a block's 法人番号 line belongs to: the last company named in the
    block (not the prefecture of its address or its 登録番号 福岡県知事(3)…), else the last
    organisation just above that is no authority."""
    block = by_start.between(max(0, at - _FAR_ABOVE), at)
    companies = [x for x in block if x.kind == "Company"]
    near = [x for x in block if x.start >= at - _ABOVE and x.kind != "Authority"]
    return (companies or near)[-1:]


_NUMBER_CELL = re.compile(r"[0-9]{13}")


def _table_numbers(text: str, by_start: ByStart[Mention]) -> Iterator[tuple[str, str]]:
    """(organisation, 法人番号) from tables with a 法人番号 column: each row's number,
    for the organisation named in that row."""
    column: int | None = None
    offset = 0
    for line in text.split("\n"):
        cells = line.strip("|").split("|") if line.startswith("|") else None
        if cells is None:
            column = None
        elif "法人番号" in cells:
            column = cells.index("法人番号")
        elif column is not None and column < len(cells) and _NUMBER_CELL.fullmatch(cells[column]):
            row = by_start.between(offset, offset + len(line))
            named = [m for m in row if m.kind != "Authority"]
            if named and check_digit_ok(cells[column]):
                yield named[0].label, cells[column]
        offset += len(line) + 1
