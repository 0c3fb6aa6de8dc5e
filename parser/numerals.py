"""Numbers as Japanese notices write them: ASCII, kanji (百四十八, 一〇), mixed (3万2千)."""

from __future__ import annotations

import re

_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9, "壱": 1, "弐": 2, "参": 3}  # fmt: skip
_SMALL = {"十": 10, "百": 100, "千": 1000, "拾": 10}
_LARGE = {"万": 10_000, "億": 100_000_000, "兆": 1_000_000_000_000}
MAX_CHARS = 18
NUMBER = r"[0-9,〇零一二三四五六七八九十百千万億兆]+"
_ASCII_RUN = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?")


def _below_10000(text: str) -> int:
    total = 0
    pending: int | None = None
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isdigit() and ch.isascii():
            m = _ASCII_RUN.match(text, i)
            assert m is not None
            pending = int(float(m.group().replace(",", "")))
            i = m.end()
            continue
        if ch in _DIGIT:
            pending = (pending or 0) * 10 + _DIGIT[ch] if pending is not None else _DIGIT[ch]
        elif ch in _SMALL:
            total += (pending if pending is not None else 1) * _SMALL[ch]
            pending = None
        else:
            raise ValueError(text)
        i += 1
    return total + (pending or 0)


def as_int(text: str) -> int | None:
    """`to_int`, or None for what is not a number or is too long to be one."""
    try:
        return to_int(text)
    except ValueError:
        return None


def to_int(text: str) -> int:
    """`"百四十八"` → 148, `"3万2千"` → 32000, `"1,200"` → 1200, `"二〇二四"` → 2024.

    Raises ValueError on anything that is not a number, and on a number longer than
    `MAX_CHARS` characters (no notice counts that high: 20 digits is text the parser
    does not understand, and a 200 000-digit one would not even convert).
    """
    if len(text) > MAX_CHARS:
        raise ValueError(f"number of {len(text)} characters")
    if text.isascii() and text.isdigit():
        return int(text)
    text = text.strip()
    if not text:
        raise ValueError(text)
    total = 0
    chunk = ""
    for ch in text:
        if ch in _LARGE:
            total += (_below_10000(chunk) if chunk else 1) * _LARGE[ch]
            chunk = ""
        else:
            chunk += ch
    return total + (_below_10000(chunk) if chunk else 0)
