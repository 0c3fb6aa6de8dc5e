"""A table flattened into lines with its cells run together, as a page copied from an HTML
table gives it: a header of column words with nothing between them (「日付対象企業違反事項備考」)
over rows that each begin with a date, the company right after it, then the wrongs and a
note apart by spaces (「2024/5/21㈱A下請代金の不当減額 不当返品 2023年4月から…実施」). Each
row's company ends where its named wrongs begin; the words of the header and the named
wrongs are data (`glued_column` in `roles.tsv`, `row_wrong` in `violation_forms.tsv`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from shobun.parser import roles, tables
from shobun.parser.memo import last_call
from shobun.parser.normalize import NormText

_ROW_DATE = re.compile(
    r"(?:[0-9]{4}/[0-9]{1,2}/[0-9]{1,2}|(?:令和|平成)(?:元|[0-9]{1,2})年[0-9]{1,2}月[0-9]{1,2}日)"
)
_MIN_COLUMNS = 3  # a date, a name and one more: fewer run-together words are no header
_MAX_ROWS = 60  # lines read below a header


@dataclass(frozen=True)
class Row:
    start: int  # the line's start: its date
    end: int  # the line's end
    name: int  # where the company begins, right after the date
    wrongs: tuple[tuple[int, int], ...]  # each named wrong of the row's cell of wrongs


@last_call  # asked for by the names' extent, the rejoined names and the rows' actions
def rows(norm: NormText) -> tuple[Row, ...]:
    """Every row of every run-together table in the text."""
    out: list[Row] = []
    for header in _headers(norm.text):
        out += _rows_below(norm, header)
    return tuple(out)


def _headers(text: str) -> list[int]:
    """Where each header line ends."""
    column = roles.pattern("glued_column")
    out: list[int] = []
    if not column.search(text):
        return out
    for m in _header_line(column).finditer(text):
        if len(column.findall(m.group())) >= _MIN_COLUMNS:
            out.append(m.end())
    return out


@lru_cache(maxsize=1)
def _header_line(column: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(f"^(?:{column.pattern})+$", re.M)


def _rows_below(norm: NormText, header: int) -> list[Row]:
    text = norm.text
    out: list[Row] = []
    at = header + 1
    for _ in range(_MAX_ROWS):
        if at >= len(text) or text[at] == "\n" or norm.gap_before(at):
            break  # a paragraph after the table (indented), or a blank line
        end = text.find("\n", at) % (len(text) + 1)
        for lo, hi in _source_lines(norm, at, end):
            date = _ROW_DATE.match(text, lo, hi)
            if date is not None:
                out.append(Row(lo, hi, date.end(), _wrongs(norm, date.end(), hi)))
        if not out:
            break  # no row right below: not a table's header
        at = end + 1
    return out


def _source_lines(norm: NormText, lo: int, hi: int) -> list[tuple[int, int]]:
    """The lines of the source that normalising joined into [lo, hi) (a line that did not
    end a sentence runs on into the next): each where it begins and ends."""
    breaks = [
        g
        for g in norm.gaps_between(lo, hi)
        if "\n" in norm.source[norm.src[g - 1] + 1 : norm.src[g]]
    ]
    starts = [lo, *breaks]
    return list(zip(starts, [*breaks, hi], strict=True))


def _wrongs(norm: NormText, lo: int, hi: int) -> tuple[tuple[int, int], ...]:
    """The named wrongs from the first one after the name: those the cell holds, one per
    part apart by a space, up to the first part that is no named wrong (the note)."""
    wrong = roles.pattern("row_wrong", "violation_forms")
    first = wrong.search(norm.text, lo + 1, hi)
    if first is None:
        return ()
    out: list[tuple[int, int]] = []
    at = first.start()
    for end in [*norm.gaps_between(at, hi), hi]:
        if wrong.fullmatch(norm.text, at, end) is None:
            break
        out.append((at, end))
        at = end
    return tuple(out)


def name_ends(norm: NormText) -> frozenset[int]:
    """Where the name of each row ends: where its first named wrong begins."""
    return frozenset(r.wrongs[0][0] for r in rows(norm) if r.wrongs)


# a row of a table flattened to one line, cells apart by single spaces: 「平成25年8月21日 ㈱A 事業
# 改善に取り組むべき…」 — the date, the company, then the reasons
_LINE_DATE = re.compile(rf"^{_ROW_DATE.pattern}", re.M)


@lru_cache(maxsize=1)
def _form() -> re.Pattern[str]:
    """Any legal form of `org_forms.tsv` (株式会社, (株), 一般社団法人 …)."""
    return re.compile("|".join(map(re.escape, sorted(tables.org_forms(), key=len, reverse=True))))


def spaced_name_ends(norm: NormText) -> frozenset[int]:
    """Where the company of such a row ends: at the first space after the one that follows
    the date, where a legal form stands between the two."""
    text, out = norm.text, set()
    for m in _LINE_DATE.finditer(text):
        if not norm.gap_before(m.end()):
            continue
        end = text.find("\n", m.end()) % (len(text) + 1)
        gaps = norm.gaps_between(m.end() + 1, end)
        if gaps and _form().search(text, m.end(), gaps[0]):
            out.add(gaps[0])
    return frozenset(out)
