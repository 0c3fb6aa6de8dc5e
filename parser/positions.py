"""Positional lookups over things sorted by where they start, so that a stage asking
"what lies between these offsets?" costs a bisection, not a scan: a 20 MB notice has
tens of thousands of mentions, and a scan per question would make the parse quadratic."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
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
