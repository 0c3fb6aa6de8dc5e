"""The authority that speaks where the header names none: the subject of the announcement
(「福岡県は、本日、…」), else a local government the page's lines name, else the first
authority the notice names."""

from __future__ import annotations

import re

from shobun.parser import headlines
from shobun.parser.extract.orgs import OrgMention
from shobun.parser.patterns import OWN_BUREAUX

# 「福岡県は、本日、」; a news item's 「東京都は10日、」「同局は昨日、」
_SUBJECT = re.compile(
    r"(?P<who>[^、。]{2,30}?)(?:\([^()]*\))?は(?:[0-9]{1,2}日|昨日|今日|このほど|先ごろ)?、"
)
_LOCAL = re.compile(r"[都道府県市区町村]$")


def subject_authority(
    text: str, body_start: int, authorities: list[OrgMention], local: str | None
) -> str | None:
    """The authority that speaks: the subject of the announcement (a prefecture or city
    too: 「福岡県は、本日、…」), else the first authority named."""
    starts = {a.start for a in authorities}  # 国土交通省中国運輸局は、: the bureau speaks
    for a in authorities:
        speaks = a.kind == "Authority" or _LOCAL.search(a.label) is not None
        if a.end in starts or not speaks or a.start < body_start:
            continue
        if _SUBJECT.match(text, a.start):
            return a.label
    first = next(
        (
            a.label
            for a in authorities
            if a.kind == "Authority" and not OWN_BUREAUX.match(text, a.end)
        ),
        None,
    )
    return local or first or headlines.contact_government(text)
