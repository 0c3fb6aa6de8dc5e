"""The day a reprint says the release was made: 「【…配信】〇〇県は3月4日、…行政処分を公表。」 —
the speaker, a month and day (or a full date: 「〇〇県は2031年4月2日、…命じたと発表した」), and
公表 or 発表 in the same sentence; where the page has no posting stamp either, the speaker
and a full date with its year, whatever the verb (「〇〇庁は令和13年4月2日、…に業務改善命令を
発出した」: `lead_day`). A reprint (news, a blog)
is dated by the release it retells, not by its own 配信 stamp; the year is the one a full date
of that month and day in the page gives (the quoted release's 「令和5年3月4日」), else the
year of the page's own stamp (the year before where the month is later than the stamp's)."""

from __future__ import annotations

import re
from collections.abc import Callable

from shobun.parser.extract import dates
from shobun.parser.model import DateValue

# after the speaker (and its bracketed aside): 「は3月4日、」「は3月4日付で、」 …then 公表/発表
_ANNOUNCED = re.compile(
    r"(?:\([^()]{0,40}\))?[はが](?:(?P<y>[0-9]{4})年)?(?P<m>[0-9]{1,2})月(?P<d>[0-9]{1,2})日"
    r"(?:付けで|付で)?、"
    r"[^。\n]{0,120}?(?:公表|発表)(?:し|した|しました|。|$)"
)
# 「金融庁は令和7年3月24日、…業務改善命令を発出した」: a full date, year and all, right after the
# speaker at the head of a page with no date of its own dates the release, whatever the verb
_FULL = re.compile(
    r"(?:\([^()]{0,40}\))?[はが](?P<date>(?:令和|平成|昭和)[0-9元]{1,2}年[0-9]{1,2}月[0-9]{1,2}日"
    r"|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)(?:付けで|付で)?、"
)
_REACH = 400  # characters from the page's start the lead stands within


def announced_day(
    text: str, authority: str | None, stamp: Callable[[str], DateValue | None]
) -> tuple[DateValue, tuple[int, int]] | None:
    """The release's day and the span of its month and day, where the lead of a page with
    no date of its own says the authority announced on that day; None where it says no such
    thing or no year is known (`stamp`: the page's posting stamp, asked for only then)."""
    if not authority or ("公表" not in text and "発表" not in text):
        return None
    at = text.find(authority, 0, _REACH)
    while at >= 0:
        m = _ANNOUNCED.match(text, at + len(authority))
        if m is not None:
            month, day = int(m.group("m")), int(m.group("d"))
            year = int(m.group("y")) if m.group("y") else _year(text, month, day, stamp)
            if year is not None and 1 <= month <= 12 and 1 <= day <= 31:
                start = m.start("y") if m.group("y") else m.start("m")
                return DateValue(year, month, day), (start, m.end("d") + 1)
        at = text.find(authority, at + 1, _REACH)
    return None


def lead_day(text: str, authority: str | None) -> tuple[DateValue, tuple[int, int]] | None:
    """The full date the lead gives right after the speaker, and its span, where a page
    has no date of its own, not even a posting stamp; None where it gives none."""
    at = text.find(authority, 0, _REACH) if authority else -1
    while authority and at >= 0:
        full = _FULL.match(text, at + len(authority))
        value = dates.parse_date_text(full.group("date")) if full else None
        if full is not None and value is not None:
            return value, full.span("date")
        at = text.find(authority, at + 1, _REACH)
    return None


def _year(text: str, month: int, day: int, stamp: Callable[[str], DateValue | None]) -> int | None:
    """The year of a full date of `month`/`day` the page gives, else the stamp's."""
    for m in dates.DATE.finditer(text):
        value = dates.parse_date_text(m.group())
        if value is not None and (value.month, value.day) == (month, day):
            return value.year
    stamped = stamp(text)
    if stamped is None or stamped.month is None:
        return None
    return stamped.year - 1 if month > stamped.month else stamped.year


# 「12月8日(金) 17時05分 配信」: a news page's stamp with no year, on a line of its own
_YEARLESS = re.compile(
    r"(?:^|(?<=\n))(?P<m>[0-9]{1,2})月(?P<d>[0-9]{1,2})日(?:\([月火水木金土日]\))?\s?"
    r"(?:[0-9]{1,2}(?:時(?:[0-9]{1,2}分)?|:[0-9]{2}))?\s?(?:配信|更新|掲載|公開|放送)?(?=\n|$)"
)


def yearless_day(text: str, end: int) -> tuple[DateValue, tuple[int, int]] | None:
    """The day of a page's stamp that writes no year, above `end`, where a full date of that
    month and day elsewhere on the page (「※この記事は2023年12月8日に放送された…」) gives it."""
    m = _YEARLESS.search(text, 0, end)
    if m is None:
        return None
    month, day = int(m.group("m")), int(m.group("d"))
    year = _year(text, month, day, lambda _: None)
    if year is None or not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return DateValue(year, month, day), (m.start("m"), m.end("d"))
