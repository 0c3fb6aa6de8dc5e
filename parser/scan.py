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
from functools import lru_cache
from typing import Any, cast

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
    found = _needs(_tree(regex.pattern, regex.flags))
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
    they would scan; the answers are the pattern's own. How it looks (one word with
    `str.find`, several with one scan of their alternation, the word every match opens
    with, the characters a match can begin with) is read from the pattern on first use:
    a notice asks for a few of the many guarded patterns, and starting up stays cheap."""

    __slots__ = (
        "_finder",
        "_ready",
        "_word",
        "groupindex",
        "needs",
        "opening",
        "pattern",
        "regex",
        "starts",
    )

    def __init__(self, regex: re.Pattern[str], most: int = _MOST) -> None:
        self.regex = regex
        self.needs = required(regex, most)
        self.pattern = regex.pattern
        self.groupindex = regex.groupindex
        self._ready = False
        self._word: str | None = None
        self._finder: re.Pattern[str] | None = None
        self.opening: str | None = None
        self.starts: frozenset[str] | None = None

    def ready(self) -> Guarded:
        """The guard with its ways of looking read from the pattern (once)."""
        if not self._ready:
            tree = _tree(self.regex.pattern, self.regex.flags)
            self._word, self._finder = _finder(self.needs)
            self.opening = _opening_of(tree, self.regex.flags)
            self.starts = _starts_of_tree(tree, self.regex.flags)
            self._ready = True
        return self

    def absent(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """True where no match can lie in text[pos:endpos]."""
        if not self._ready:
            self.ready()
        if self._word is not None:
            pos, endpos = max(pos, 0), max(endpos, 0)  # as `re` reads them; `find` counts back
            return text.find(self._word, pos, endpos) < 0
        if self._finder is None:
            return self.needs is not None  # no words to look for: absent only if none needed
        return self._finder.search(text, pos, endpos) is None

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if not self._ready:
            self.ready()
        if self.opening:
            return next(self._at_openings(text, pos, endpos), None)
        return None if self.absent(text, pos, endpos) else self.regex.search(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        if not self._ready:
            self.ready()
        if self.opening:
            return self._at_openings(text, pos, endpos)
        if self.absent(text, pos, endpos):
            return iter(())
        return self.regex.finditer(text, pos, endpos)

    def _at_openings(self, text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        """`regex.finditer`'s matches, tried only where the word every match opens with
        stands (`opening`): `str.find` jumps to each, where the regex engine would try
        every character between them (a pattern opening with a look-behind gets none of
        its own skipping ahead)."""
        word, match = cast(str, self.opening), self.regex.match
        pos, endpos = max(pos, 0), max(endpos, 0)
        while (at := text.find(word, pos, endpos)) >= 0:
            m = match(text, at, endpos)
            if m is not None:
                yield m
            pos = at + 1 if m is None else m.end()  # a match holds `word`: never empty

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if not self._ready:
            self.ready()
        if self.starts is not None:
            pos = max(pos, 0)  # as `re` reads it
            if pos >= min(len(text), endpos) or text[pos] not in self.starts:
                return None  # one look at the character, where a call would try the pattern
            return self.regex.match(text, pos, endpos)
        return None if self.absent(text, pos, endpos) else self.regex.match(text, pos, endpos)


@lru_cache(maxsize=512)
def _tree(pattern: str, flags: int) -> Any:
    """The standard library's parse of a pattern, read once for its needs, its opening
    and its first characters."""
    return _parser.parse(pattern, flags & ~re.UNICODE)


def opening(regex: re.Pattern[str]) -> str | None:
    """The characters every match of `regex` begins with, where it has some: after
    zero-width parts only (look-behinds, look-aheads, anchors), a run of literal
    characters (「(?<=に基づく)指示(?=を行)」 opens with 指示). None where a match may
    begin otherwise, where the run is shorter than `_OPENING_MIN`, or case is ignored."""
    return _opening_of(_tree(regex.pattern, regex.flags), regex.flags)


def _opening_of(tree: Any, flags: int) -> str | None:
    if flags & re.IGNORECASE or tree.state.flags & re.IGNORECASE:
        return None
    found = _opening(tree.data)
    return found if len(found) >= _OPENING_MIN else None


# a shorter opening (の, 立) stands at too many places: the engine's own walk is cheaper
_OPENING_MIN = 2


def _opening(items: Any) -> str:
    run: list[str] = []
    for op, av in items:
        if op is _C.LITERAL:
            run.append(chr(av))
            continue
        if run:
            break
        if _zero_width(op, av):
            continue
        if op is _C.SUBPATTERN and not av[1] & re.IGNORECASE:
            return _opening(av[3])  # a group the match opens with: what it opens with
        break
    return "".join(run)


def _zero_width(op: Any, av: Any) -> bool:
    """A part that matches no characters: a look-around, an anchor, or a group or an
    alternation of those only (「(?:(?<=に基づく)|(?<=による))」)."""
    if op in (_C.ASSERT, _C.ASSERT_NOT, _C.AT):
        return True
    if op is _C.SUBPATTERN:
        return all(_zero_width(o, a) for o, a in av[3])
    if op is _C.BRANCH:
        return all(all(_zero_width(o, a) for o, a in branch) for branch in av[1])
    return False


def starts(regex: re.Pattern[str]) -> frozenset[str] | None:
    """Every character a match of `regex` can begin with (look-arounds and anchors passed
    over: the set may hold more, never fewer), or None where that is not a short list (a
    match may be empty or begin with any of a large class, or case is ignored)."""
    return _starts_of_tree(_tree(regex.pattern, regex.flags), regex.flags)


def _starts_of_tree(tree: Any, flags: int) -> frozenset[str] | None:
    if flags & re.IGNORECASE or tree.state.flags & re.IGNORECASE:
        return None
    found = _starts(tree.data)
    return None if found is None or found[1] else frozenset(found[0])


_MOST_STARTS = 256  # characters: a larger class is no quick test


def _starts(items: Any) -> tuple[set[str], bool] | None:
    """The characters a sequence can begin with, and whether it can match empty."""
    out: set[str] = set()
    for op, av in items:
        if op in (_C.ASSERT, _C.ASSERT_NOT, _C.AT):
            continue  # zero-width: what follows it begins the match
        found = _starts_of(op, av)
        if found is None or len(out | found[0]) > _MOST_STARTS:
            return None
        out |= found[0]
        if not found[1]:
            return out, False
    return out, True


def _starts_of(op: Any, av: Any) -> tuple[set[str], bool] | None:
    if op is _C.LITERAL:
        return {chr(av)}, False
    if op is _C.IN:
        chars: set[str] = set()
        for o, a in av:
            if o is _C.LITERAL:
                chars.add(chr(a))
            elif o is _C.RANGE and a[1] - a[0] < _MOST_STARTS:
                chars.update(map(chr, range(a[0], a[1] + 1)))
            else:
                return None  # a negated class, a category (\d), a large range
        return chars, False
    if op is _C.BRANCH:
        branches = [_starts(b) for b in av[1]]
        if any(b is None for b in branches):
            return None
        return set().union(*(b[0] for b in branches if b)), any(b[1] for b in branches if b)
    if op is _C.SUBPATTERN and not av[1] & re.IGNORECASE:
        return _starts(av[3])
    if op in _REPEATS:
        body = _starts(av[2])
        return None if body is None else (body[0], body[1] or av[0] == 0)
    return None


def _finder(needs: Needs | None) -> tuple[str | None, re.Pattern[str] | None]:
    """How `absent` looks for `needs`: one word with `str.find`; several with one scan
    of their alternation (a `find` per word cost up to 30 scans of the same range)."""
    if not needs:
        return None, None
    if len(needs) == 1:
        return next(iter(needs)), None
    words = sorted(needs, key=lambda w: (-len(w), w))
    return None, re.compile("|".join(map(re.escape, words)))


def guarded(regex: re.Pattern[str], most: int = _MOST) -> Guarded:
    return Guarded(regex, most)
