"""Law numbers (平成15年法律第57号) and the e-Gov law IDs the contract derives from them."""

from __future__ import annotations

import re

from shobun.parser import numerals, tables
from shobun.parser.extract.dates import era_year

_N = "[0-9〇一二三四五六七八九十百千]+"
# 法律 and 政令, and the ordinances and rules with numbers of their own (内閣府令,
# 厚生労働省令, 個人情報保護委員会規則, 〇〇県条例): each numbers a statute of its own.
LAW_NUMBER = re.compile(
    rf"(?P<era>明治|大正|昭和|平成|令和)(?P<y>元|{_N})年"
    rf"(?P<type>法律|政令|[一-鿿・]{{1,16}}?(?:府令|省令|規則|告示|条例))第(?P<n>{_N})号"
)
_TYPE_CODE = {"法律": "AC", "政令": "CO"}


def normalise_law_number(m: re.Match[str]) -> str:
    """法律第五十七号 → 法律第57号 (a number too long to be one stays as written)."""
    y, n = m.group("y"), m.group("n")
    year = "元" if y == "元" else str(numerals.as_int(y) or y)
    return f"{m.group('era')}{year}年{m.group('type')}第{numerals.as_int(n) or n}号"


def egov_id(law_number: str) -> str | None:
    m = LAW_NUMBER.fullmatch(law_number)
    if not m or m.group("type") not in _TYPE_CODE:
        return None  # the contract defines the derivation for 法律 (and e-Gov for 政令)
    era = tables.eras()[m.group("era")]
    number = numerals.as_int(m.group("n"))
    if number is None or (numerals.as_int(m.group("y")) is None and m.group("y") != "元"):
        return None  # numbers too long to be a law's
    year = era_year(m.group("era"), m.group("y")) - era[0] + 1
    return f"{era[3]}{year:02d}{_TYPE_CODE[m.group('type')]}{number:010d}"
