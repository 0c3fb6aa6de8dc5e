"""The context the events stage reads: the normalised text with its sections, mentions,
citations and dates, indexed by position, and the sentences of the text."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property

from shobun.parser.model import Citation, DateValue, Section
from shobun.parser.normalize import NormText
from shobun.parser.positions import ByStart, Seen
from shobun.parser.resolve import Mention


@dataclass(frozen=True)
class Context:
    norm: NormText
    sections: tuple[Section, ...]
    section_norm: dict[str, tuple[int, int, int]]  # path → (line start, line end, body end)
    mentions: list[Mention]
    citations: list[tuple[int, int, Citation]]
    dates: list[tuple[int, int, DateValue]]
    today: DateValue | None
    title_addressees: tuple[str, ...]
    sentences: list[tuple[int, int]]
    sentence_starts: list[int]
    title: tuple[int, int] | None = None  # the notice's title, normalised span
    issuer: str | None = None  # the body that speaks, never an addressee of its actions

    @cached_property
    def _seen(self) -> dict[str, Seen]:
        return {}

    def seen(self, pattern: re.Pattern[str], reach: int, lo: int, hi: int) -> bool:
        """`pattern.search(text, lo, hi) is not None`, in time linear over the questions
        of one sentence (`Seen`); `reach`: the longest match the pattern makes."""
        found = self._seen.get(pattern.pattern)
        if found is None:
            found = self._seen[pattern.pattern] = Seen(self.norm.text, pattern, reach)
        return found.within(lo, hi)

    @cached_property
    def addressed_at(self) -> list[int]:
        """Where each に対し of the text starts, in order."""
        text, out = self.norm.text, []
        at = text.find("に対し")
        while at >= 0:
            out.append(at)
            at = text.find("に対し", at + 1)
        return out

    def last_addressed(self, lo: int, hi: int) -> int:
        """Where the last に対し inside [lo, hi) starts, or -1 (`text.rfind`)."""
        i = bisect_left(self.addressed_at, hi - 2) - 1
        return self.addressed_at[i] if i >= 0 and self.addressed_at[i] >= lo else -1

    @cached_property
    def mention_index(self) -> ByStart[Mention]:
        return ByStart(self.mentions, lambda m: m.start)

    @cached_property
    def mentions_of(self) -> dict[str, list[Mention]]:
        """Organisation label → its mentions, in order."""
        out: dict[str, list[Mention]] = {}
        for m in self.mentions:
            out.setdefault(m.label, []).append(m)
        return out

    @cached_property
    def citation_index(self) -> ByStart[tuple[int, int, Citation]]:
        return ByStart(self.citations, lambda c: c[0])

    @cached_property
    def date_index(self) -> ByStart[tuple[int, int, DateValue]]:
        return ByStart(self.dates, lambda d: d[0])

    @cached_property
    def section_by_path(self) -> dict[str, Section]:
        return {s.path: s for s in self.sections}

    @cached_property
    def children(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for s in self.sections:
            if s.parent is not None:
                out.setdefault(s.parent, []).append(s.path)
        return out

    @cached_property
    def section_starts(self) -> list[tuple[int, str]]:
        return sorted((self.section_norm[s.path][0], s.path) for s in self.sections)


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Every sentence of the normalised text: a line, cut after each 。 that stands
    outside parentheses (…という。) does not end a sentence); a line that ends inside
    parentheses (「…(昭和22年法律第54号。\n以下「独占禁止法」という。)第7条…」) goes on
    into the next line, and no further."""
    out: list[tuple[int, int]] = []
    line_start = 0
    depth, start, carried = 0, 0, False
    for line in text.split("\n"):
        if depth and not carried:
            carried = True  # the sentence goes on from the line before
        else:
            depth, start, carried = 0, line_start, False
        for m in _SENTENCE_MARKS.finditer(line):
            ch = m.group()
            if ch in "(「":
                depth += 1
            elif ch in ")」":
                depth = max(0, depth - 1)
            elif depth == 0:
                end = line_start + m.end()
                out.append((start, end))
                start, carried = end, False
        line_end = line_start + len(line)
        if (start < line_end or start == line_start) and not (depth and not carried):
            out.append((start, line_end))
        line_start = line_end + 1
    if depth and (not out or out[-1][1] <= start):  # a parenthesis the text never closes
        out.append((start, len(text)))
    return out


_SENTENCE_MARKS = re.compile("[(「)」。]")


def sentence_of(ctx: Context, pos: int) -> tuple[int, int]:
    """The sentence holding normalised offset `pos`."""
    i = bisect_right(ctx.sentence_starts, pos) - 1
    return ctx.sentences[max(i, 0)]


def innermost(ctx: Context, pos: int) -> str | None:
    """The deepest section whose body holds `pos`: the last one opened before it, or
    the nearest of its ancestors that is still open there."""
    i = bisect_right(ctx.section_starts, (pos, "\uffff")) - 1
    path: str | None = ctx.section_starts[i][1] if i >= 0 else None
    while path is not None and not pos < ctx.section_norm[path][2]:
        path = ctx.section_by_path[path].parent
    return path
