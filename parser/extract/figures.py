"""Counted figures: 約928万人分, 3万2千人, 約1,200名, 2,345万円, 30社, 1機関, 38団体."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from shobun.parser import numerals, tables
from shobun.parser.patterns import guarded

_APPROX_BEFORE = re.compile(r"(?:約|およそ|概ね|おおむね|推計)$")
_APPROX_AFTER = re.compile(r"以上|程度|超|余り|余|強|弱|前後|あまり")
_COUNT_OF = re.compile(r"[一-鿿ァ-ヴーA-Za-z]+(?:等)?$")
_TRAILING_NOISE = re.compile(r"(?:等)?(?:合計|総計|計|総数|数)$")


@dataclass(frozen=True)
class Figure:
    value: int
    unit: str
    kind: str  # counters.tsv kind: party, person, case, money
    count_of: str | None
    approximate: bool
    start: int
    end: int


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    units = "|".join(re.escape(c) for c in sorted(tables.counters(), key=len, reverse=True))
    number = (
        r"[0-9][0-9,]*+(?:億(?:[0-9][0-9,]*+)?)?(?:万(?:[0-9][0-9,]*+)?)?(?:千(?:[0-9]++)?)?"
        r"|[0-9]*+[一二三四五六七八九十百千]++[万億]?[一二三四五六七八九十百千]*+"
    )  # possessive, and tried only where a number begins: linear in a run of digits
    # guarded: the look-behind and both forms are tried only where a digit stands
    return guarded(rf"(?<![0-9,一二三四五六七八九十百千万億])(?P<n>{number})(?P<u>{units})")


def figures(text: str) -> list[Figure]:
    out: list[Figure] = []
    for m in _pattern().finditer(text):
        raw = m.group("n")
        if not raw or not any(ch.isdigit() for ch in raw) or raw.startswith(","):
            continue
        if text[m.start() - 1 : m.start()] == "第":  # 第1回 is an ordinal, not a count
            continue
        try:
            value = numerals.to_int(raw)
        except ValueError:
            continue
        unit = m.group("u")
        kind = tables.counters()[unit]
        if unit in ("万円", "億円"):
            value *= 10_000 if unit == "万円" else 100_000_000
        before = text[max(0, m.start() - 30) : m.start()]
        approx = bool(_APPROX_BEFORE.search(before)) or bool(_APPROX_AFTER.match(text, m.end()))
        head = re.sub(r"(?:約|およそ|概ね)$", "", before)
        of = _COUNT_OF.search(head)
        count_of = _TRAILING_NOISE.sub("", of.group()) if of else None
        out.append(Figure(value, unit, kind, count_of or None, approx, m.start(), m.end()))
    return out
