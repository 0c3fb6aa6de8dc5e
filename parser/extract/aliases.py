"""Short names defined inline: 以下「X」という / といいます / 以下まとめて「X」という.

Each definition binds to what stands just before the parenthetical that holds it, so
a parent's alias nested inside its subsidiary's parenthetical finds the right name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from shobun.parser import scan
from shobun.parser.extract.bare_names import counted_lists

DEFINITION = re.compile(
    r"以下(?:、)?(?P<group>まとめて|併せて|あわせて|総称して|これらを|両者を|両社を)?(?:単に)?(?:、)?"
    r"「(?P<alias>[^「」]{1,40})」"
    r"(?:と(?:いう|いい|いいます|総称|略|称す|記載)|(?=\)))"  # (以下「X」): a column's
)
# A news item's retelling without the brackets: 「…法律(平成21年法律第26号。以下X法という)」
# (the short name written bare: no hiragana in it, right before という and the paren's end)
BARE_DEFINITION = re.compile(
    r"以下(?P<group>)(?P<alias>[A-Za-z0-9一-鿿ァ-ヶー・]{1,20})と(?:いう|いい|称す|略す)(?:。)?(?=\))"
)
ANAPHORS = {
    "同社": "Company", "当該会社": "Company", "同行": "Company", "当該事業者": "Company",
    "同事業者": "Company", "同法人": "Body", "同委員会": "Authority", "同庁": "Authority",
    "同省": "Authority", "同局": "Authority",
}  # fmt: skip
# 同社 is a company, never a prefecture or a city (a PublicBody); 同法人 ("Body") may be any
# body but an authority (an 独立行政法人 too).
ANAPHOR = re.compile("|".join(sorted(ANAPHORS, key=len, reverse=True)))


@dataclass(frozen=True)
class Definition:
    alias: str
    start: int  # normalised span of 以下「X」という
    end: int
    antecedent_end: int  # where the defined thing ends: the opening parenthesis, or the start
    group: bool = False  # 以下まとめて「X」: X names several things
    companion: str | None = None  # 「…、Aと併せて「2社」という」: the other member, as written


def enclosing_paren(text: str, at: int) -> int | None:
    """Offset of the `(` that encloses `at`, or None."""
    depth = 0
    for i in range(at - 1, max(-1, at - 400), -1):
        ch = text[i]
        if ch in ")」":
            depth += 1
        elif ch in "(「":
            if depth == 0:
                return i if ch == "(" else None
            depth -= 1
        elif ch == "\n":
            return None
    return None


def _before_parentheticals(text: str, at: int) -> int:
    """Where a run of parentheticals that closes at `at` begins: consecutive ones after a
    name all belong to it (株式会社X(本店所在地:…、法人番号:…)(以下「同社」という。))."""
    while text[at - 1 : at] == ")":
        if _SHORT_FORM.search(text, max(0, at - 3), at):
            break  # ルミエール(株)(以下「ルミエール」という。): the form closes the name
        opening = enclosing_paren(text, at - 1)
        if opening is None:
            break
        at = opening
    marks = _NOTE_MARKS.search(text, max(0, at - _MARKS_REACH), at)
    return marks.start() if marks else at  # 株式会社X1、2(以下「X」という。): notes 1 and 2


_SHORT_FORM = re.compile(r"\((?:株|有|同|合|資|名)\)$")
# footnote marks glued to a name before its parenthetical (…リスト1、2(以下…)): two or more
_NOTE_MARKS = re.compile(r"(?<=[^0-9、,])[0-9]{1,2}(?:[、,][0-9]{1,2})+$")
_MARKS_REACH = 12


# 「B(…。以下「B社」といい、A社と併せて「2社」という。)」: a group of B and A, named inside
# B's parenthetical after B's own short name
COMPANION = scan.guarded(
    re.compile(
        r"(?<=、)(?P<with>[^、。「」()]{1,30}?)と(?:併せて|あわせて|合わせて)"
        r"「(?P<alias>[^「」]{1,40})」と(?:いう|いい|いいます|総称)"
    )
)


# the name a company trades under, quoted in brackets right after its own: 「合同会社X(屋号
# 「Y」)」 (round 10's gold does not read the unquoted 「(屋号:Y)」 as a name of the company)
TRADE_NAME = re.compile(r"\((?:屋号|店舗名|店名|通称)[:]?「(?P<alias>[^「」()]{1,40})」\)")


def definitions(text: str) -> list[Definition]:
    out: list[Definition] = []
    found = list(DEFINITION.finditer(text))
    if "以下" in text:
        found = sorted(found + list(BARE_DEFINITION.finditer(text)), key=lambda m: m.start())
    for m in found:
        paren = enclosing_paren(text, m.start())
        antecedent = _before_parentheticals(text, paren) if paren is not None else m.start()
        out.append(
            Definition(m.group("alias"), m.start(), m.end(), antecedent, bool(m.group("group")))
        )
    for c in counted_lists(text):  # A(宮城県)、B(愛知県)の2社: a group named 2社
        out.append(Definition(c.count, c.count_start, c.count_end, c.last_end, True))
    out += _bracketed(text)
    for m in TRADE_NAME.finditer(text):  # A(屋号「B」): B is the name A trades under
        out.append(Definition(m["alias"], m.start(), m.end(), m.start()))
    for m in COMPANION.finditer(text):
        paren = enclosing_paren(text, m.start())
        if paren is not None:
            antecedent = _before_parentheticals(text, paren)
            start, end = m.start(), m.end()
            out.append(Definition(m.group("alias"), start, end, antecedent, True, m.group("with")))
    return sorted(out, key=lambda d: d.start)


# A news item's short name in brackets right after the name it shortens, used again later
# (株式会社かえでネットワークス(かえでNW)…かえでNWは): no 以下「」という, but a definition
_BRACKETED = re.compile(r"\((?P<alias>[^()、。,:「」\s0-9][^()、。,:「」\s]{1,11})\)")
_PLACE = re.compile(r"[都道府県市区町村郡]$")
_COMPANY_BEFORE = re.compile(
    r"(?:株式会社|有限会社|合同会社)[^、。「」()\s]{1,25}$|[^、。「」()\s]{1,25}(?:株式会社|有限会社|合同会社|組合)$"
)
_NAME_REACH = 30  # characters before the bracket the shortened name stands in


def _bracketed(text: str) -> list[Definition]:
    out = []
    for m in _BRACKETED.finditer(text):
        alias, at = m.group("alias"), m.start()
        before = text[max(0, at - _NAME_REACH) : at]
        found = _COMPANY_BEFORE.search(before)  # a company's name ends at the bracket
        name = found.group() if found else ""
        # …出荷組合(出荷組合): the name's own last words, when a word of its own before them
        tail = name.endswith(alias) and len(name) - len(alias) >= 3 and len(alias) >= 3
        shortens = alias[:2] in name and (alias not in name or tail) and not _PLACE.search(alias)
        if shortens and text.find(alias, m.end()) >= 0:
            out.append(Definition(alias, at, m.end(), at))
    return out
