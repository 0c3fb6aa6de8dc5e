"""Health centres (保健所) that inspect or carry out a prefecture's or a city's sanctions
(「処分の実施機関 …保健所」, 「…保健所が立入検査を実施した」), and each of a list that writes the
word once after the last (「A、B及びC保健所」: three centres). A public body each."""

from __future__ import annotations

import re

_CENTRE = re.compile(r"(?<![一-鿿々])(?![年月日])[一-鿿々]{1,8}?保健所(?![長前])")
# the names before the last one, each closed by 、 / 及び / 並びに (新発田、三条及び)
_LIST = re.compile(r"(?<![一-鿿々])(?:[一-鿿々]{1,5}(?:、|及び|並びに))+$")
_ITEM = re.compile(r"([一-鿿々]{1,5})(?:、|及び|並びに)")
_REACH = 60  # characters before the last name where the list may start
_BODY = re.compile(r"[都道府県]$")  # 〇〇県及び〇〇保健所: the prefecture is a body of its own


def health_centres(text: str) -> list[tuple[str, str, int, int]]:
    """(label, kind, start, end) of each health centre named, and of each listed before one
    with the word left out; a listed one's span is its own name, its label with 保健所."""
    if "保健所" not in text:
        return []
    out: list[tuple[str, str, int, int]] = []
    for m in _CENTRE.finditer(text):
        out.append((m.group(), "PublicBody", m.start(), m.end()))
        listed = _LIST.search(text, max(0, m.start() - _REACH), m.start())
        if listed is None:
            continue
        for item in _ITEM.finditer(text, listed.start(), m.start()):
            if not _BODY.search(item.group(1)):
                out.append((item.group(1) + "保健所", "PublicBody", item.start(1), item.end(1)))
    return out
