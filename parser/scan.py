"""A pattern that looks for the words every match of it must contain before it scans.

Most scans of a notice's whole text find nothing (1 135 scans a parse, 927 of them empty:
`benchmarks/scans.py`), and a pattern that opens with a class or a repeat
(`[一-鿿]{2,8}法…`) is tried at every character. `str.find` of a word the match cannot do
without is a fast C search; where none of those words stands in the scanned range, the
scan is skipped. The words are read from the pattern itself (`required`), so a table's
new row brings its own: a sequence needs any one of its needs (the longest kept), an
alternation one need of each branch, a repeat the needs of its body if it must run once.
Lookarounds are never needs (a lookbehind may read before `pos`)."""

from __future__ import annotations

import itertools
import re
import sys
from collections.abc import Iterator
from typing import Any

_parser: Any = getattr(re, "_parser")  # noqa: B009 — the stdlib's own reader of patterns
_C = _parser  # the opcodes: LITERAL, IN, BRANCH, SUBPATTERN, …
_REPEATS = (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT)
_MOST = 8  # more words than this cost more to find than the scan they would save

Needs = frozenset[str]


def required(regex: re.Pattern[str], most: int = _MOST) -> Needs | None:
    """Words one of which stands inside every match of `regex`, or None where the pattern
    has none to offer (an ignore-case pattern, one of classes and repeats only) or more
    than `most` (looking for them once per text, not once per scan, may look for more)."""
    if regex.flags & re.IGNORECASE:
        return None
    found = _needs(_parser.parse(regex.pattern, regex.flags & ~re.UNICODE))
    if found is None:
        return None
    found = frozenset(w for w in found if not any(v != w and v in w for v in found))
    return found if len(found) <= most else None  # 違反事業者 stands only where 事業者 does


def _better(new: Needs | None, old: Needs | None) -> bool:
    if new is None or not new or "" in new:
        return False
    if old is None:
        return True
    return (min(map(len, new)), -len(new)) > (min(map(len, old)), -len(old))


def _needs(items: Any) -> Needs | None:
    """The best needs of a sequence: its longest run of characters each from a small set
    (「[市区町村]の」: 市の, 区の, 町の, 村の), or the needs of one of its parts."""
    best: Needs | None = None
    run: Needs = frozenset([""])
    for op, av in [*items, (None, None)]:
        exact = _exact(op, av)
        if exact is not None:
            longer = frozenset(a + b for a in run for b in exact)
            if len(longer) <= _MOST:
                run = longer
                continue
        for candidate in (run, _part(op, av)):
            best = candidate if _better(candidate, best) else best
        run = exact if exact is not None else frozenset([""])
    return best


def _exact(op: Any, av: Any) -> Needs | None:
    """The strings a part matches, where they are few: a literal character, a class of
    literal characters ([条項]), a group or an alternation of such (改めて|再度)."""
    if op is _C.LITERAL:
        return frozenset([chr(av)])
    if op is _C.IN and av and all(o is _C.LITERAL for o, _ in av):
        return frozenset(chr(c) for _, c in av)
    if op is _C.SUBPATTERN and not av[1] & re.IGNORECASE:
        return _exact_run(av[3])
    if op is _C.BRANCH:
        branches = [_exact_run(p) for p in av[1]]
        if any(b is None for b in branches):
            return None
        found = frozenset().union(*branches)  # type: ignore[arg-type]
        return found if len(found) <= _MOST else None
    return None


def _exact_run(items: Any) -> Needs | None:
    """The strings a sequence of exact parts matches."""
    run: Needs = frozenset([""])
    for op, av in items:
        exact = _exact(op, av)
        if exact is None:
            return None
        run = frozenset(a + b for a in run for b in exact)
        if len(run) > _MOST:
            return None
    return run


def _part(op: Any, av: Any) -> Needs | None:
    if op is _C.SUBPATTERN:
        return None if av[1] & re.IGNORECASE else _needs(av[3])
    if op is _C.ATOMIC_GROUP:
        return _needs(av)
    if op in _REPEATS and av[0] >= 1:
        body = _exact_run(av[2])  # …{2,}: two of them
        if body is not None and len(body) ** min(av[0], 4) <= _MOST:
            return frozenset(map("".join, itertools.product(body, repeat=min(av[0], 4))))
        return _needs(av[2])
    if op in _REPEATS:
        return None
    if op is _C.BRANCH:
        branches = [_needs(p) for p in av[1]]
        if any(b is None for b in branches):
            return None
        return frozenset().union(*branches)  # type: ignore[arg-type]
    return _exact(op, av)


class Guarded:
    """A compiled pattern whose scans first look for its needs (`required`) in the range
    they would scan; the answers are the pattern's own."""

    __slots__ = ("groupindex", "needs", "pattern", "regex")

    def __init__(self, regex: re.Pattern[str], most: int = _MOST) -> None:
        self.regex = regex
        self.needs = required(regex, most)
        self.pattern = regex.pattern
        self.groupindex = regex.groupindex

    def absent(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """True where no match can lie in text[pos:endpos]."""
        if self.needs is None:
            return False
        pos, endpos = max(pos, 0), max(endpos, 0)  # as `re` reads them; `find` counts back
        for w in self.needs:  # noqa: SIM110 — a loop, not a generator: called per scan
            if text.find(w, pos, endpos) >= 0:
                return False
        return True

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self.absent(text, pos, endpos) else self.regex.search(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        if self.absent(text, pos, endpos):
            return iter(())
        return self.regex.finditer(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self.absent(text, pos, endpos) else self.regex.match(text, pos, endpos)


def guarded(regex: re.Pattern[str], most: int = _MOST) -> Guarded:
    return Guarded(regex, most)
