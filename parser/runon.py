"""A release's header run on into one line by a page that reproduces it (a forum post, a
document-sharing page): 「国土交通省Press Release…令和元年7月12日国土交通省中部地方整備局が
発注する…について1.事実概要公正取引委員会は、…」 — the date, the body that issues it, the
title up to its について, then the first numbered section."""

from __future__ import annotations

import bisect
import re

from shobun.parser.extract import dates
from shobun.parser.extract.orgs import OrgMention
from shobun.parser.model import DateValue

_DAY = re.compile(r"(?:令和|平成|昭和)(?:元|[0-9]{1,2})年[0-9]{1,2}月[0-9]{1,2}日")
# the title's end: について, then a numbered section (1. 1 第1) or a bullet (○) or 記
_TITLE_END = re.compile(r"について(?=[0-9]{1,2}[.]|[0-9]{1,2} |第1|○|記)")
_LINES = 12  # the run-on line is near the top of the page
_RUN_ON = 100  # characters: a line this long holds more than a header line
_HEAD = 400  # characters of the line the header stands in
_TITLE_MAX = 120

RunOn = tuple[tuple[int, int], DateValue, tuple[int, int], str | None]


def run_on_header(text: str, authorities: list[OrgMention]) -> RunOn | None:
    """(title span, date, date span, issuer or None) of a release header run on into a long
    line near the top, or None."""
    starts = [a.start for a in authorities]
    at = 0
    for line in text.split("\n", _LINES)[:_LINES]:
        if len(line) > _RUN_ON:
            for m in _DAY.finditer(line, 0, _HEAD):
                found = _after(text, at + m.end(), authorities, starts)
                if found is not None and (value := dates.parse_date_text(m.group())) is not None:
                    return found[0], value, (at + m.start(), at + m.end()), found[1]
        at += len(line) + 1
    return None


def _after(
    text: str, day_end: int, authorities: list[OrgMention], starts: list[int]
) -> tuple[tuple[int, int], str | None] | None:
    """The title span and the issuer right after a date: an authority (or the office that
    answers, naming no issuer), then words up to について and a section's mark or a bullet,
    with no sentence between."""
    i = bisect.bisect_left(starts, day_end)
    who = authorities[i] if i < len(starts) and starts[i] == day_end else None
    contact = _CONTACT.match(text, day_end) if who is None else None
    begin = who.end if who is not None else contact.end() if contact is not None else None
    if begin is None:
        return None
    end = _TITLE_END.search(text, begin, begin + _TITLE_MAX)
    if end is None or "。" in text[begin : end.start()] or "\n" in text[begin : end.start()]:
        return None
    return (begin, end.end()), who.label if who is not None else None


# the office that answers, between the date and the title of a PDF's first page run on:
# 「消費経済課長森下秀樹TEL(082)224-5671」
_CONTACT = re.compile(r"[^。、\n]{2,30}?(?:TEL|Tel|電話)\s*[:]?\s*\(?0[0-9]{1,4}\)?[0-9-]{6,10}")
