"""The authority that speaks where the header names none: the subject of the announcement
(「福岡県は、本日、…」), else a local government the page's lines name, else the first
authority the notice names."""

from __future__ import annotations

import re

from shobun.parser import headlines
from shobun.parser.extract import dates
from shobun.parser.extract.orgs import OrgMention
from shobun.parser.model import DateValue
from shobun.parser.patterns import OWN_BUREAUX

# 「福岡県は、本日、」; a news item's 「東京都は10日、」「岐阜県は3月4日、」「同局は昨日、」
_SUBJECT = re.compile(
    r"(?P<who>[^、。]{2,30}?)(?:\([^()]*\))?は(?:(?:[0-9]{4}年)?(?:[0-9]{1,2}月)?[0-9]{1,2}日|昨日|今日|このほど|先ごろ)?、"
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
            if a.kind == "Authority" and a.end not in starts and not OWN_BUREAUX.match(text, a.end)
        ),  # 「国土交通省四国運輸局が…」: the bureau, not the ministry written before it
        None,
    )
    return local or first or headlines.contact_government(text)


# A disposition record's fields (a 監督処分 database): 「処分年月日 2023年9月21日 処分を行った者
# 〇〇地方整備局長」 — who made the 処分 and on which day, where the page names no issuer
_DISPOSER = re.compile(r"(?:処分(?:を行った|をした)者|処分(?:行政)?庁|処分権者)[: ]?$")
_RECORD_DAY = re.compile(r"処分(?:年月日|日)[: ]?")
_FIELD_REACH = 8  # characters between a field's label and its value
_RECORD_SPAN = 200  # characters between the record's day and who made the 処分


def disposer(text: str, authorities: list[OrgMention]) -> tuple[str, tuple[int, int] | None] | None:
    """The authority a disposition record names as the one that made the 処分, and the span
    of the record's 処分年月日 (None where it gives none); None where there is no such field."""
    who = next(
        (
            a
            for a in authorities
            if a.kind == "Authority"
            and _DISPOSER.search(text, max(0, a.start - _FIELD_REACH), a.start)
        ),
        None,
    )
    if who is None:
        return None
    lo = max(0, who.start - _RECORD_SPAN)
    label = _RECORD_DAY.search(text, lo, who.start + _RECORD_SPAN)
    day = dates.leading_date(text, label.end()) if label else None
    return who.label, (day.span() if day else None)


def signed(
    text: str,
    authorities: list[OrgMention],
    title_text: str | None,
    authority: str | None,
    day: tuple[DateValue | None, tuple[int, int] | None],
) -> tuple[str | None, str | None, DateValue | None, tuple[int, int] | None]:
    """A 命令書's letter head where no title was found (its day, signer and title; no span,
    for the addressee above it is its text); a 監督処分 database's record where no body
    speaks (its fields say who and when)."""
    issued, issued_span = day
    if title_text is None and (letter := headlines.letter_head(text)) is not None:
        title_text, authority = text[slice(*letter.title)], letter.body
        issued_span = issued_span or letter.day
        issued = issued or dates.parse_date_text(text[slice(*issued_span)])
    if authority is None and (record := disposer(text, authorities)) is not None:
        authority, when = record
        issued_span = issued_span or when
        issued = issued or (dates.parse_date_text(text[slice(*when)]) if when else None)
    return title_text, authority, issued, issued_span
