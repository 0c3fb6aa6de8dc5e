"""Citation units: the links of a chain of provisions as the text writes them (法第30条
第1項及び第3項, 第5条から第7条まで, 同条第2号, 35条1乃至3項), each with its level numbers
and whether it continues the chain before it. `law` resolves nothing here: which statute
a unit belongs to is `parser.enactments`'."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from shobun.core.numbering import Item, item_of
from shobun.parser import numerals
from shobun.parser.extract import truncated
from shobun.parser.patterns import guarded

NUMERAL = "[0-9〇一二三四五六七八九十百千]+"  # a number as notices write it
_N = NUMERAL
# 同規則, 同条例, 同告示 …: the enactment of that kind named last (listed before 同条)
SAME_ENACTMENT = "同(?:施行規則|施行令|規則|条例|基準|告示|府令|省令|政令|令)"
SAME_KIND = re.compile(SAME_ENACTMENT)
# (news drop 第: 同法147条, 個人情報保護法146条1項; 特商法16条(…)、21条1項(…); …禁止(17条);
# after a short name in brackets: 下請代金支払遅延等防止法(下請法)4条1項3号, or its gloss:
# …防止法(以下「下請法」という。)4条1項3号)
# tried only where a character its look-ahead can begin with stands (`guarded`): a pattern
# opening with a look-ahead gives the regex engine nothing to skip ahead to
_UNIT = guarded(
    rf"""(?={SAME_ENACTMENT}|同法|同条|同項|前条|前項|本条|第{_N}[条項号]|(?:(?<=[法例則令準])|(?<=\)、)|(?<=法\))|(?<=という。\))|(?<=という\))){_N}条(?!件)|(?<=\(){_N}条(?:{_N}項)?\))
    (?P<ref>{SAME_ENACTMENT}|同法|同条項|同条|同項|前条|前項|本条)?
    (?:第?(?P<a>{_N})条(?!件)(?P<asub>(?:の{_N})*))?
    (?:第?(?P<p>{_N})項)?
    (?:第?(?P<i>{_N})号(?P<isub>(?:の{_N}(?![部つ方]))*))?""",
    re.VERBOSE,
)
_CAPTION = re.compile(r"\([^()第]{1,30}\)")
_JOIN = re.compile(r"及び|および|並びに|ならびに|又は|または|若しくは|もしくは|[、・]")
_RANGE = re.compile(r"から|乃至|ないし|[~〜]")


@dataclass(frozen=True)
class Unit:
    ref: str | None
    article: str | None
    paragraph: int | None
    item: Item | None  # 3; "3の2" for 第3号の2
    start: int
    end: int
    chained: bool  # joined to the unit before by 及び/、/から …
    range_from: bool  # the unit before opened a range (から/乃至) that this one closes


def _numbers(num: str | None, sub: str | None) -> list[int] | None:
    """第16条の4の3 → [16, 4, 3]: a number and its branch numbers (の…); None where there
    is no number or one is too long to be a provision's."""
    if num is None:
        return None
    parts = [numerals.as_int(num), *(numerals.as_int(s) for s in (sub or "").split("の") if s)]
    return None if None in parts else [p for p in parts if p is not None]


def _art(num: str | None, sub: str | None) -> str | None:
    parts = _numbers(num, sub)
    return None if parts is None else "の".join(map(str, parts))


def _item(num: str | None, sub: str | None) -> Item | None:
    """第3号 → 3; 第3号の2 → "3の2", a provision of its own (not item 3)."""
    parts = _numbers(num, sub)
    return None if parts is None else item_of(parts)


def _int(num: str | None) -> int | None:
    return None if num is None else numerals.as_int(num)


# a unit of its own without 第 (同条項: the article and paragraph cited last, 同条項7号)
RELATIVE = frozenset({"同条", "同項", "同条項", "前条", "前項", "本条"})
_LOOSE = frozenset(f"、{d}" for d in "0123456789")  # a bare article after 、: only in a chain


def units(text: str) -> list[Unit]:
    """Every citation unit, marked where it continues the chain before it."""
    out: list[Unit] = []
    prev_end = -1
    for m in _UNIT.finditer(text):
        if m.end() == m.start():
            continue
        between = text[prev_end : m.start()] if prev_end >= 0 else "x"
        caption = _CAPTION.match(between)
        if caption:
            between = between[caption.end() :]
        is_range = bool(_RANGE.fullmatch(between))
        unit = Unit(
            m.group("ref"), _art(m.group("a"), m.group("asub")), _int(m.group("p")),
            _item(m.group("i"), m.group("isub")), m.start(), m.end(),
            is_range or bool(_JOIN.fullmatch(between)), is_range,
        )  # fmt: skip
        empty = not (unit.article or unit.paragraph or unit.item) and unit.ref not in RELATIVE
        empty = empty or truncated.cut_off(text, m.end())  # 「…第1項第2」: the excerpt ended
        if empty or (text[m.start() - 1 : m.start() + 1] in _LOOSE and not unit.chained):
            continue  # 「、21条」 with no 第: an article only in a chain (…16条(…)、21条1項)
        shared = _shared_counter(text, unit)
        out += shared or [unit]
        prev_end = shared[-1].end if shared else m.end()
    return out


# 35条1乃至3項, 7条1~3号: two numbers that share the counter after the second; 7条1号から
# 3号: the second without its 第
_SHARED = re.compile(rf"(?P<a>{_N})(?:乃至|ないし|から|[~〜])(?P<b>{_N})(?P<kind>[項号])")
_CLOSING = re.compile(rf"(?:乃至|ないし|から|[~〜])(?P<b>{_N})(?P<kind>[項号])(?!の)")


def _shared_counter(text: str, unit: Unit) -> list[Unit]:
    """An article followed by a range whose numbers the text writes without 第 (法35条
    1乃至3項, 7条1号から3号): its first and last paragraph (or item), a range the resolver
    fills in. [] where there is none."""
    if unit.article is None:
        return []
    closing = _CLOSING.match(text, unit.end)
    level = "item" if unit.item is not None else "paragraph" if unit.paragraph is not None else ""
    if (
        closing is not None
        and level
        and closing.group("kind") == ("号" if level == "item" else "項")
    ):
        last = _int(closing.group("b"))
        return [unit, _closer(unit, level, last, closing.start("b"), closing.end())] if last else []
    m = _SHARED.match(text, unit.end)
    level = {"項": "paragraph", "号": "item"}[m.group("kind")] if m else ""
    if m is None or unit.item is not None or (level == "paragraph" and unit.paragraph is not None):
        return []
    first, last = _int(m.group("a")), _int(m.group("b"))
    if first is None or last is None:
        return []
    opened = (
        replace(unit, end=m.end("a"), item=first)
        if level == "item"
        else replace(unit, end=m.end("a"), paragraph=first)
    )
    return [opened, _closer(unit, level, last, m.start("b"), m.end())]


def _closer(unit: Unit, level: str, number: int, start: int, end: int) -> Unit:
    """The unit that closes a range opened by `unit`, at `level` (paragraph or item)."""
    return replace(
        unit, ref=None, article=None, start=start, end=end, chained=True, range_from=True,
        paragraph=unit.paragraph if level == "item" else number,
        item=number if level == "item" else None,
    )  # fmt: skip
