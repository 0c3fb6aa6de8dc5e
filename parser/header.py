"""The header block: title, issue-date line and issuing authority.

The header is every line before the first sentence (a line ending in 。) or the first
numbered section. Where there is no header, the authority is the subject of the
announcement (「個人情報保護委員会は、本日、…勧告を行い」).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from parser.extract import dates
from parser.extract.orgs import OrgMention
from parser.model import DateValue
from parser.normalize import NormText
from parser.structure import read_marker

_SUBJECT = re.compile(r"^(?P<who>[^、。]{2,30}?)(?:\([^()]*\))?は、")
_TITLE_ENDS = ("について", "】", ")", "」", "』", "等", "(概要)", "処分", "公表")
_TITLE_MAX = 150  # characters: a title line, or a title wrapped over lines
_NOT_TITLE = re.compile(r"^(?:報道発表資料|報道発表|お知らせ|別紙|別添|プレスリリース|記)$")
# 公表日：令和7年3月13日 — web pages label the date they publish a notice on.
_DATE_LABEL = re.compile(r"^(?:(?:報道)?発表|公表|掲載|公開)(?:日|年月日)[:]?|^日付[:]")
# A line that only names a local government or one of its bureaux (東京都, 大阪府
# 商工労働部): the issuer, printed above the title, never a part of it.
_ISSUER = re.compile(
    r"^(?:[一-鿿々]{1,4}[都道府県]|[一-鿿々ヶ]{1,6}[市区町村])"
    r"(?:[一-鿿ァ-ヶー々・]{0,20}(?:局|部|課|室|センター|事務所))?$"
)


# A contact line printed above or below the title: (担当)…課, 問合せ先:…, 電話 03-….
_CONTACT = re.compile(
    r"^[(【\[]?(?:担当|お?問(?:い)?合(?:わ)?せ|連絡先)|^(?:電話|TEL|Tel|FAX)(?:番号)?[: 0-9(]"
)


@dataclass(frozen=True)
class Header:
    title: tuple[int, int] | None  # normalised span
    title_text: str | None
    issued: DateValue | None
    issued_span: tuple[int, int] | None
    authority: str | None
    body_start: int


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def read_header(norm: NormText, authorities: list[OrgMention]) -> Header:
    title: tuple[int, int] | None = None
    title_text: str | None = None
    last_title_line: tuple[int, str] | None = None  # the header line just before, if a title line
    issued: DateValue | None = None
    issued_span: tuple[int, int] | None = None
    authority: str | None = None
    body_start = 0
    for at, line in _lines(norm.text):
        if line.endswith("。") or read_marker(line) is not None or len(line) > 200:
            body_start = at
            break
        body_start = at + len(line) + 1
        value, own, date_span = _date_line_parts(line, at, authorities)
        continued = (  # a wrapped title goes on, but no further than a title's length
            last_title_line is not None
            and not last_title_line[1].endswith(_TITLE_ENDS)
            and len(last_title_line[1]) + len(line) <= _TITLE_MAX
        )
        last = last_title_line
        last_title_line = None
        if value is not None and issued is None:
            issued, issued_span = value, date_span
            authority = authority or (own[0].label if own else None)
        elif own and authority is None:
            authority = own[0].label
        elif _title_like(line) and continued and last is not None:
            title, title_text = (last[0], at + len(line)), last[1] + line  # a wrapped title
            last_title_line = (last[0], title_text)
        elif _title_like(line) and (title is None or len(line) > len(title_text or "")):
            title, title_text = (at, at + len(line)), line
            last_title_line = (at, line)
    if authority is None:
        authority = _subject_authority(norm.text, body_start, authorities)
    if issued is None:  # a date on a line of its own further down (signed at the end)
        issued_span = _date_line(norm.text, body_start)
        issued = dates.parse_date_text(norm.text[slice(*issued_span)]) if issued_span else None
    return Header(
        title, title_text, issued, issued_span, authority, min(body_start, len(norm.text))
    )


def _date_line_parts(
    line: str, at: int, authorities: list[OrgMention]
) -> tuple[DateValue | None, list[OrgMention], tuple[int, int]]:
    """The date a header line gives (after a label like 公表日:, if any), the
    authorities that make up the rest of it, and the date's normalised span."""
    label = _DATE_LABEL.match(line)
    skip = label.end() if label else 0
    value = dates.parse_date_text(line[skip:])
    own = _exactly(authorities, at, at + len(line))
    date_len = len(line) - skip
    if value is None and not own:  # 令和6年1月31日 金融庁: date and authority on one line
        value, own, date_len = _date_and_authority(line[skip:], at + skip, authorities)
    return value, own, (at + skip, at + skip + date_len)


def _date_and_authority(
    line: str, at: int, authorities: list[OrgMention]
) -> tuple[DateValue | None, list[OrgMention], int]:
    m = dates.DATE.match(line)
    if not m or m.end() == len(line):
        return None, [], 0
    own = _exactly(authorities, at + m.end(), at + len(line))
    return (dates.parse_date_text(m.group()), own, m.end()) if own else (None, [], 0)


def _exactly(authorities: list[OrgMention], start: int, end: int) -> list[OrgMention]:
    """The authorities spanning exactly [start, end), found by bisection (`authorities`
    come in text order), so a header of many lines stays linear."""
    i = bisect.bisect_left(authorities, start, key=lambda a: a.start)
    found = []
    while i < len(authorities) and authorities[i].start == start:
        if authorities[i].end == end:
            found.append(authorities[i])
        i += 1
    return found


def _date_line(text: str, start: int) -> tuple[int, int] | None:
    for at, line in _lines(text):
        if at >= start and len(line) <= 20 and dates.parse_date_text(line) is not None:
            return at, at + len(line)
    return None


def _title_like(line: str) -> bool:
    """A title is a phrase: no sentence inside it, not a label like 報道発表資料."""
    return (
        bool(line)
        and not any(p.match(line) for p in (_NOT_TITLE, _ISSUER, _DATE_LABEL, _CONTACT))
        and "。" not in line
        and len(line) <= _TITLE_MAX
    )


def _subject_authority(text: str, body_start: int, authorities: list[OrgMention]) -> str | None:
    for a in authorities:
        if a.start >= body_start and a.kind == "Authority" and _SUBJECT.match(text, a.start):
            return a.label
    return next((a.label for a in authorities if a.kind == "Authority"), None)
