"""Positional lookups over things sorted by where they start, so that a stage asking
"what lies between these offsets?" costs a bisection, not a scan: a 20 MB notice has
tens of thousands of mentions, and a scan per question would make the parse quadratic."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from re import Pattern
from typing import Generic, TypeVar

T = TypeVar("T")


class ByStart(Generic[T]):
    """Items kept in order of their start offset."""

    def __init__(self, items: Iterable[T], start: Callable[[T], int]) -> None:
        self.items: list[T] = sorted(items, key=start)
        self.starts = [start(x) for x in self.items]

    def between(self, lo: int, hi: int) -> Sequence[T]:
        """Items with lo <= start < hi, in order."""
        return self.items[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]

    def before(self, pos: int) -> Sequence[T]:
        """Items with start <= pos, in order."""
        return self.items[: bisect_right(self.starts, pos)]


class Zones:
    """A union of [lo, hi) intervals, for "is this offset in any of them?"."""

    def __init__(self, zones: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for lo, hi in sorted(zones):
            if merged and lo <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], hi)
            else:
                merged.append([lo, hi])
        self.los = [z[0] for z in merged]
        self.his = [z[1] for z in merged]

    def __contains__(self, pos: int) -> bool:
        i = bisect_right(self.los, pos) - 1
        return i >= 0 and pos < self.his[i]


class Seen:
    """Whether a pattern matches inside [lo, hi), asked again and again with one `lo` and a
    growing `hi` (every sanction term of one huge sentence, in order): each question scans
    only what the last one with that `lo` did not, back by `reach`, the longest match the
    pattern can make, so a sentence is scanned about once, not once per term. The pattern
    must have no lookaround, anchors or word boundaries (a match depends only on its own
    characters); the answers are those of `pattern.search(text, lo, hi)`."""

    def __init__(self, text: str, pattern: Pattern[str], reach: int) -> None:
        self.text, self.pattern, self.reach = text, pattern, reach
        self.asked: dict[int, tuple[int, bool]] = {}  # lo → (the last hi, whether it matched)

    def within(self, lo: int, hi: int) -> bool:
        last = self.asked.get(lo)
        if last is not None and last[1] and last[0] <= hi:
            return True
        if last is not None and not last[1] and last[0] <= hi:
            found = self.pattern.search(self.text, max(lo, last[0] - self.reach), hi) is not None
        else:  # the first question from `lo`, or a shorter one than before
            found = self.pattern.search(self.text, lo, hi) is not None
        if last is None or hi >= last[0]:
            self.asked[lo] = (hi, found)
        return found
