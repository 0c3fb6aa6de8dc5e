"""SELECT results written by Oxigraph's own serialisers, stopped at the row cap.

Oxigraph writes every solution it is given, and the endpoint must stop at `max_rows`.
So the serialiser writes into a `RowCounter`, which counts rows in each chunk as it
arrives, stops the serialiser (by raising from `write`) as soon as it has seen the
row after the cap, and then cuts the body right before that row. No term becomes a
Python object. Counting is exact because each format starts a row with bytes that a
value cannot contain:

* TSV: a row is a line (a line break in a literal is written `\\n`).
* XML: a row is `<result>` (a `<` in a value is written `&lt;`).
* JSON: a row is `[{"` or `,{"` followed by a variable name's first character. That
  `"` follows `{`, so it is not escaped: it opens or closes a string. Were it closing
  one, the next byte would be `,`, `:`, `}` or `]`; a name starts otherwise, so the
  `"` opens a key and the `{` before it is outside any string: a new solution. Only a
  solution that binds nothing (`{}`) has no such mark, and `{}` may also be part of a
  value; when it turns up, the count is uncertain and the query runs again as TSV.
* CSV quotes values with line breaks or commas, so CSV is always written via TSV.

Rows written as TSV are turned into the other formats by Oxigraph's parser and
serialisers (still no Python term per cell).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, cast

import pyoxigraph as ox

F = ox.QueryResultsFormat
Capped = tuple[bytes, int, bool]  # body, rows written, whether rows were left out


@dataclass(frozen=True)
class Grammar:
    """How one format marks its rows: `mark` finds each mark, `count` counts them
    (faster than `mark`: literal patterns searched separately), `before` is the number
    of marks before the first row, `close` ends a cut body."""

    format: ox.QueryResultsFormat
    mark: re.Pattern[bytes]
    count: Callable[[bytes], int]
    before: int
    close: bytes
    uncertain: re.Pattern[bytes] | None = None  # found: the count may be wrong


_NEXT_ROW = re.compile(rb',\{"[^,:}\]]')  # a literal start lets `re` skip ahead fast
_FIRST_ROW = re.compile(rb'\[\{"[^,:}\]]')


def _json_rows(data: bytes) -> int:
    return len(_NEXT_ROW.findall(data)) + len(_FIRST_ROW.findall(data))


GRAMMARS = {
    "tsv": Grammar(F.TSV, re.compile(rb"\n"), lambda b: b.count(b"\n"), 1, b""),
    "xml": Grammar(
        F.XML, re.compile(rb"<result>"), lambda b: b.count(b"<result>"), 0, b"</results></sparql>"
    ),
    "json": Grammar(
        F.JSON, re.compile(rb'[\[,]\{"[^,:}\]]'), _json_rows, 0, b"]}}", re.compile(rb"\{\}")
    ),
}
FORMATS = {"json": F.JSON, "xml": F.XML, "csv": F.CSV, "tsv": F.TSV}
TAIL = 8  # longer than any mark, so a mark split between two chunks is still seen


class Full(Exception):
    """Raised into Oxigraph's serialiser to stop it one row past the cap."""


class Uncertain(Exception):
    """Raised into Oxigraph's serialiser when its rows cannot be counted exactly."""


class RowCounter:
    """A binary file Oxigraph's serialiser writes to; it counts rows as they come."""

    def __init__(self, grammar: Grammar, cap: int) -> None:
        self.grammar = grammar
        self.limit = cap + grammar.before  # marks allowed before the body is full
        self.parts: list[bytes] = []
        self.marks = 0
        self.tail = b""
        self.stopped: Full | Uncertain | None = None

    def write(self, chunk: bytes) -> int:
        if self.stopped is not None:  # Oxigraph flushes once more after an error
            raise self.stopped
        seen = self.tail + chunk
        self.parts.append(chunk)
        g = self.grammar
        if g.uncertain is not None and g.uncertain.search(seen):
            self.stopped = Uncertain()
            raise self.stopped
        self.marks += g.count(seen) - g.count(self.tail)
        self.tail = seen[-TAIL:]
        if self.marks > self.limit:
            self.stopped = Full()
            raise self.stopped
        return len(chunk)

    def flush(self) -> None:
        return None

    def body(self) -> Capped:
        """The body, cut before the first row over the cap when there was one."""
        data = b"".join(self.parts)
        g = self.grammar
        if self.marks <= self.limit:
            return data, self.marks - g.before, False
        found = g.mark.finditer(data)
        ends_row = g.format == F.TSV  # a line break ends its row; the others start one
        for _ in range(self.limit - ends_row):
            next(found)
        mark = next(found)
        cut = mark.end() if ends_row else mark.start()
        if g.format == F.JSON and data[cut : cut + 1] == b"[":
            cut += 1  # the first row: keep the array's bracket
        return data[:cut] + g.close, self.limit - g.before, True


def _serialize(result: ox.QuerySolutions, fmt: str, cap: int) -> Capped | None:
    """`result` in `fmt` (tsv, xml, json), capped; None when the count was uncertain."""
    counter = RowCounter(GRAMMARS[fmt], cap)
    try:
        result.serialize(cast(IO[bytes], counter), format=GRAMMARS[fmt].format)
    except (Full, Uncertain):
        if isinstance(counter.stopped, Uncertain):
            return None
    return counter.body()


def _via_tsv(result: ox.QuerySolutions, fmt: str, cap: int) -> Capped:
    written = _serialize(result, "tsv", cap)
    assert written is not None  # TSV rows are always counted exactly
    tsv, n, truncated = written
    if fmt == "tsv":
        return tsv, n, truncated
    parsed = ox.parse_query_results(tsv, format=F.TSV)
    assert isinstance(parsed, ox.QuerySolutions)
    return parsed.serialize(format=FORMATS[fmt]) or b"", n, truncated


def solutions(
    result: ox.QuerySolutions, fmt: str, cap: int, again: Callable[[], ox.QuerySolutions]
) -> Capped:
    """At most `cap` solutions of `result` in `fmt` (json, xml, csv or tsv), with the
    number written and whether any were left out. `again` runs the query anew, for the
    rare results whose rows cannot be counted in the format asked for."""
    if fmt == "csv":
        return _via_tsv(result, fmt, cap)
    written = _serialize(result, fmt, cap)
    return written if written is not None else _via_tsv(again(), fmt, cap)
