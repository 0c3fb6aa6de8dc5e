"""A law's title spelled out in the parenthesis after its short name, the title's を, は,
が and 、 included: 「入札談合等関与行為防止法(入札談合等関与行為の排除及び防止並びに職員に
よる入札等の公正を害すべき行為の処罰に関する法律(平成14年法律第101号))」."""

from __future__ import annotations

import re

_WORD = re.compile(r"[一-鿿々ぁ-んァ-ヴー、・]")  # what a title is written in
_REACH = 80  # characters: the longest title in statutes.tsv, and then some


def spelled_out(text: str, start: int, paren: int) -> int:
    """Where a title starts that a short name's parenthesis spells out (「…防止法(…の公正を
    害すべき行為の処罰に関する法律(平成14年法律第101号))」): the whole parenthesis, its を,
    は, が and 、 included; else `start`."""
    if start == 0 or text[start - 1] == "(":
        return start
    opened = text.rfind("(", max(0, start - _REACH), start)
    if opened < 1 or text[opened - 1] not in "法律" or _PAREN.search(text, opened + 1, start):
        return start
    words = all(_WORD.match(text, at) for at in range(opened + 1, start))
    return opened + 1 if words else start


_PAREN = re.compile(r"[()]")
