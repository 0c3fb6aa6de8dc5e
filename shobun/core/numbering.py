"""Provision numbers as shobun carries them, from the parser to the API.

An article is a string with its branch numbers joined by の (第16条の4の3 → "16の4の3").
An item (号) is an `int` where it has no branch (第3号 → 3, `xsd:integer` in the graph, as
the contract says) and, where it has one, the string in the article's form (第3号の2 →
"3の2", an `xsd:string`): a branched item is a provision of its own, never item 3. That
string form is an extension of the contract (`docs/linked-data.md`, `sbo:item`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

Item = int | str  # 3, or "3の2" for 第3号の2

ITEM_FORM = r"[1-9][0-9]*(?:の[1-9][0-9]*)*"  # "3", "3の2", "2の3の2"
_ITEM = re.compile(ITEM_FORM)


def item_of(numbers: Sequence[int]) -> Item:
    """(3,) → 3; (3, 2) → "3の2": an item from its number and its branch numbers."""
    if not numbers:
        raise ValueError("an item has a number")
    return numbers[0] if len(numbers) == 1 else "の".join(map(str, numbers))


def parse_item(text: str) -> Item | None:
    """ "3" → 3, "3の2" → "3の2"; None for anything else ("0", "03", "3の", "三")."""
    if not _ITEM.fullmatch(text):
        return None
    return item_of([int(part) for part in text.split("の")])


def item_numbers(item: Item) -> tuple[int, ...]:
    """3 → (3,); "3の2" → (3, 2)."""
    return (item,) if isinstance(item, int) else tuple(int(p) for p in item.split("の"))


def branched(item: Item) -> bool:
    return len(item_numbers(item)) > 1


def plain_items_between(a: Item, b: Item) -> range:
    """The plain items strictly inside the range 第{a}号から第{b}号まで, in law's order
    (3 < 3の2 < 4): 第1号から第3号の2まで holds 2 and 3, 第2号の2から第4号まで holds 3. The
    branched items inside a range are never listed: which of them exist (is there a 3の3
    before 3の5?) the text does not say."""
    low = item_numbers(a)[0] + 1
    high = item_numbers(b)[0] + (1 if branched(b) else 0)
    return range(low, max(low, high))


def item_label(item: Item | str) -> str:
    """3 → 第3号; "3の2" → 第3号の2 (as the law writes it; "3", as SPARQL gives it, → 第3号)."""
    head, *branches = str(item).split("の")
    return f"第{head}号" + "".join(f"の{b}" for b in branches)


def provision_label(
    statute: str | None, article: str, paragraph: int | str | None, item: Item | None
) -> str:
    """「個人情報の保護に関する法律第148条第1項」, 「…第16の4の3条第3号の2」."""
    out = f"{statute or ''}第{article}条"
    out += f"第{paragraph}項" if paragraph is not None else ""
    return out + (item_label(item) if item is not None else "")
