"""A table of offenders flattened one cell per line, with a column per kind of order (the
公正取引委員会's 違反行為者一覧: 「番号⏎違反行為者⏎本店所在地⏎排除措置命令⏎課徴金額」, then
「1⏎A株式会社⏎…市⏎○⏎1234万円」 per company): a mark of none (―) in an order's column
says the company did not get that order, and the surcharge column gives each its amount.
The header words and the marks are `roles.tsv` rows."""

from __future__ import annotations

import re
from dataclasses import dataclass

from shobun.parser import roles, rows, tables
from shobun.parser.context import Context
from shobun.parser.events import Draft
from shobun.parser.extract.sanctions import Term
from shobun.parser.listed import named_in
from shobun.parser.positions import ByStart

_CELL_MAX = 16  # characters of a header cell
_ROW_CELL_MAX = 60  # characters of any cell: a longer line is prose after the table
_NUMBER = re.compile(r"[0-9]+")


@dataclass(frozen=True)
class Row:
    name: str
    cells: tuple[tuple[int, int], ...]  # where each cell of the row stands


@dataclass(frozen=True)
class Tally:
    kinds: tuple[str | None, ...]  # per column: the kind of order it marks, or None
    rows: tuple[Row, ...]


def tally(ctx: Context) -> Tally | None:
    """The first such table of the notice, if it has one."""
    text = ctx.norm.text
    head = roles.guarded("tally_head").search(text)
    if head is None:
        return None
    lines = _lines(text, text.rfind("\n", 0, head.start()) + 1)
    header = _header(ctx, lines)
    kinds = tuple(_kind(text[lo:hi]) for lo, hi in header)
    if len(header) < 3 or not any(kinds) or len(lines) <= len(header):
        return None
    first = text[slice(*lines[len(header)])].strip()  # 番号 over rows that open with 1, 2 …
    numbered = _is_number_head(text, lines[0][0]) and first == "1"  # (PDF text may drop them)
    at = 1 if numbered else 0  # the offender's column; a 番号 column before it
    if numbered:
        above = text.rfind("\n", 0, lines[0][0] - 1) + 1
        header, kinds = [(above, lines[0][0] - 1), *header], (None, *kinds)
    return Tally(kinds, tuple(_rows(ctx, lines[len(header) - at :], len(header), at)))


def _lines(text: str, start: int) -> list[tuple[int, int]]:
    """The non-empty lines from `start` on, as far as a table of one cell per line goes
    (to the first line longer than any cell of it)."""
    out, pos = [], start
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if end - pos > _ROW_CELL_MAX:
            break
        if text[pos:end].strip():
            out.append((pos, end))
        pos = end + 1
    return out


def _is_number_head(text: str, line_start: int) -> bool:
    if line_start == 0:
        return False
    above = text.rfind("\n", 0, line_start - 1) + 1
    return roles.pattern("tally_number").fullmatch(text[above : line_start - 1].strip()) is not None


def _header(ctx: Context, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The header's cells: short lines naming no organisation, up to the first row."""
    text, out = ctx.norm.text, []
    for lo, hi in lines:
        cell = text[lo:hi].strip()
        if len(cell) > _CELL_MAX or _NUMBER.fullmatch(cell) or named_in(ctx, lo, hi):
            break
        out.append((lo, hi))
    return out


def _kind(cell: str) -> str | None:
    cell = cell.strip()
    if roles.pattern("surcharge_column").fullmatch(cell):
        return "SurchargeOrder"
    return tables.sanction_terms().get(cell)


def _rows(ctx: Context, lines: list[tuple[int, int]], width: int, at: int) -> list[Row]:
    """The rows, `width` lines each, while each names an organisation in its `at`-th cell
    (and, in a numbered table, opens with the next number)."""
    text, out = ctx.norm.text, list[Row]()
    for i in range(0, len(lines) - width + 1, width):
        cells = tuple(lines[i : i + width])
        names = named_in(ctx, *cells[at])
        numbered = at == 0 or text[slice(*cells[0])].strip() == str(len(out) + 1)
        if not (names and numbered):
            break
        out.append(Row(names[0], cells))
    return out


def spared(ctx: Context, drafts: tuple[Draft, ...], _terms: ByStart[Term]) -> tuple[Draft, ...]:
    """The drafts less the orders a mark of none in the company's row says it did not get."""
    found = tally(ctx)
    if found is None:
        return drafts
    text, none = ctx.norm.text, roles.pattern("none_mark")
    spare = {
        (kind, row.name)
        for row in found.rows
        for kind, (lo, hi) in zip(found.kinds, row.cells, strict=True)
        if kind is not None and none.fullmatch(text[lo:hi].strip())
    }
    return tuple(d for d in drafts if (d.kind, d.addressee) not in spare) if spare else drafts


def amounts(ctx: Context) -> dict[str, tuple[int, rows.Money]]:
    """Each company's amount in the surcharge column: where its cell starts, and the value
    with its span inside the cell."""
    found, out = tally(ctx), dict[str, tuple[int, rows.Money]]()
    for row in found.rows if found else ():
        for kind, (lo, hi) in zip(found.kinds if found else (), row.cells, strict=True):
            m = _YEN.fullmatch(ctx.norm.text, lo, hi) if kind == "SurchargeOrder" else None
            value = rows.yen(m.group(1)) if m else None
            if m is not None and value is not None:
                out.setdefault(row.name, (lo, (value, m.start(1) - lo, m.end() - lo)))
    return out


_YEN = re.compile(r"[ \t]*(?:金)?([0-9][0-9,]*(?:億[0-9,]*)?(?:万[0-9,]*)?)円[ \t]*")
