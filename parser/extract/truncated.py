"""A citation cut off by the end of an excerpt: a search result's or a reprint's text stops
mid-citation (「・〇〇法第4条第1項第2」, the unit's name 号 never written). What is left is no
citation of 第4条第1項: the reader cannot tell what it cited, so none is recorded."""

from __future__ import annotations

import re

# 第 and a number with no unit after it, then only the end of the text
_CUT_TAIL = re.compile(r"第[0-9〇一二三四五六七八九十百千]*\s*")


def cut_off(text: str, end: int) -> bool:
    """Whether the citation ending at `end` runs on into a 第N the text's end cut short."""
    return text.startswith("第", end) and _CUT_TAIL.fullmatch(text, end) is not None
