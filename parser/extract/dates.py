"""Dates: 和暦 (元年, kanji or full-width digits), Western, redacted days, 頃, weekdays,
and the relative forms 本日 / 同日 / 同年… resolved against the notice date."""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from shobun.parser import numerals, tables
from shobun.parser.model import DateMention, DateValue, Span, Warning
from shobun.parser.normalize import NormText
from shobun.parser.patterns import guarded

_N = "[0-9〇一二三四五六七八九十]+"
_NUMBER = re.compile(_N)
_REDACTED = "[●○◯×＊*■□]+"
_WEEKDAY = r"(?:\((?P<wd>[月火水木金土日])(?:曜日?)?\))?"
# 令和5年(2023年)3月28日: prefectures' pages write the 西暦 year after the era's, and a
# PDF's spaced text puts a blank between the parts (令和5年 3月 28日)
_WESTERN_ASIDE = r"(?:\ ?\([0-9]{4}年\))?"
DATE = guarded(
    rf"""(?:(?P<era>明治|大正|昭和|平成|令和)(?P<ey>元|{_N})年{_WESTERN_ASIDE}|(?P<wy>[0-9]{{4}})年
    |(?P<rel>同)年)
    (?:[\n\ ]?(?P<m>{_N}|{_REDACTED})月(?:\ ?(?P<d>{_N}|{_REDACTED})日)?)?  # PDF: 同年⏎8月20日
    (?P<approx>頃|ころ)?{_WEEKDAY}""",
    re.VERBOSE,
)
# a news item's days: 「10月26日」 with no year, 「(金融庁は)16日、」 with no month
# a dated line of a news site or a blog: 「2012/09/22」「2012.08.06」「2025-11-20」; 昨年12月25日
# (the year before the notice's), 来年1月29日 (the year after it)
RELATIVE = guarded(
    rf"(?P<word>本日|昨日|同日|同じ日|即日(?![発効])|同月(?P<d>{_N})日"
    rf"|(?<![0-9年月第])(?<!年\n)(?<!年\ )(?<!明治)(?<!大正)(?<!昭和)(?<!平成)(?<!令和)"
    rf"(?P<ym>[0-9]{{1,2}})月(?P<yd>[0-9]{{1,2}})日"
    # 「前日の13日に」: the day before, named; 「先週6日、」「先週17日(金)付で」
    rf"|(?:(?<=[は、。\n])|(?<=前日の)|(?<=翌日の)|(?<=先週)|(?<=今週))"
    rf"(?P<dd>[0-9]{{1,2}})日(?=(?:\([月火水木金土日]\))?(?:[、,]|付|に(?![0-9一-九十]|わた|かけ|つき)))"
    rf"|(?<![0-9./-])(?P<sy>(?:19|20)[0-9]{{2}})(?P<sep>[./-])(?P<sm>0?[1-9]|1[0-2])(?P=sep)"
    rf"(?P<sd>0?[1-9]|[12][0-9]|3[01])(?![0-9./-])"
    rf"|(?P<ago>一昨年|おととし|昨年|今年|本年|来年)(?P<am>[0-9]{{1,2}})月(?:(?P<ad>[0-9]{{1,2}})日)?"
    rf"|(?P<next>来月|今月|先月)(?P<nd>[0-9]{{1,2}})日"  # 「来月23日までに」, 「先月28日に」
    rf"|(?<=[は、。\n])(?P<mo>[0-9]{{1,2}})月(?=には|に(?![0-9一-九十]|わた|かけ|つき)|(?:(?<=は[0-9]月)|(?<=は[0-9]{{2}}月))、))"
    rf"{_WEEKDAY}"
)
# 2007/11/13, 2016.10.27: a web page's date line (only where a line is read as a date)
# (2025-11-20: a news list's ISO date, two digits each for the month and the day)
SLASHED = re.compile(
    r"(?P<y>[0-9]{4})(?P<sep>[/.]|-(?=[0-9]{2}-[0-9]{2}(?![0-9])))(?P<m>[0-9]{1,2})(?P=sep)"
    r"(?P<d>[0-9]{1,2})"
)
_SHORT_YEAR = re.compile(r"[0-9]{2}/[0-9]{2}/[0-9]{2}")
_YEARS_AGO = {"一昨年": 2, "おととし": 2, "昨年": 1, "今年": 0, "本年": 0, "来年": -1}
_WEEKDAYS = "月火水木金土日"
# 平成15年法律第57号, 昭和51年通商産業省令第89号: a law's number, the maker's name (kanji) between;
# 「…4月1日付けで…に関する法律第7条」 is a date before a law's title, which has kana in it
_LAW_NUMBER_AFTER = re.compile(r"[一-鿿・]{0,12}?(?:法律|令|規則|告示)第")


@dataclass(frozen=True)
class Found:
    mentions: tuple[DateMention, ...]
    warnings: tuple[Warning, ...]
    positions: tuple[tuple[int, int], ...]  # normalised span of each mention


def era_year(era: str, year: str) -> int:
    start = tables.eras()[era][0]
    return start + (1 if year == "元" else numerals.to_int(year)) - 1


def _part(text: str | None) -> int | None:
    if text is None or not _NUMBER.fullmatch(text):
        return None
    return numerals.to_int(text)


def _value(m: re.Match[str], previous: DateValue | None) -> DateValue | None:
    if m.group("era"):
        year = era_year(m.group("era"), m.group("ey"))
    elif m.group("wy"):
        year = int(m.group("wy"))
    elif previous is not None:
        year = previous.year
    else:
        return None
    month = _part(m.group("m"))
    day = _part(m.group("d")) if month is not None else None
    if month is not None and not 1 <= month <= 12:
        month, day = None, None
    return DateValue(year, month, day)


def _bounded(
    m: re.Match[str], previous: DateValue | None, span: Span
) -> tuple[DateValue | None, list[Warning]]:
    """The date `m` writes, or a warning and no date when its numbers are beyond any
    calendar (令和10000年, a 20-digit year): text the parser does not understand."""
    try:
        value = _value(m, previous)
    except ValueError:
        value = DateValue(0)
    if value is None or 1 <= value.year <= 9999:
        return value, []
    return None, [Warning("SHOBUN-W111", f"{span.surface}: a year out of range", span)]


_LONG_NUMBER = re.compile(rf"[0-9〇零一二三四五六七八九十百千万億兆,]{{{numerals.MAX_CHARS + 1},}}")


def long_numbers(norm: NormText) -> list[Warning]:
    """A warning for each number too long to be one (no fact comes from it)."""
    out = []
    for m in _LONG_NUMBER.finditer(norm.text):
        span = _span(norm, m.start(), m.end())
        short = span.surface if len(span.surface) <= 40 else f"{span.surface[:20]}…"
        msg = f"{short}: a number of {m.end() - m.start()} characters, out of range"
        out.append(Warning("SHOBUN-W111", msg, span))
    return out


def _check(value: DateValue, weekday: str | None, span: Span) -> tuple[DateValue, list[Warning]]:
    warnings: list[Warning] = []
    if value.day is not None and value.month is not None:
        last = calendar.monthrange(value.year, value.month)[1]
        if not 1 <= value.day <= last:
            msg = f"{span.surface}: {value.year}-{value.month:02d} has no day {value.day}"
            return DateValue(value.year, value.month), [Warning("SHOBUN-W107", msg, span)]
        actual = _WEEKDAYS[dt.date(value.year, value.month, value.day).weekday()]
        if weekday is not None and weekday != actual:
            msg = f"{span.surface}: {value.iso()} is a {actual}曜日, not {weekday}曜日"
            warnings.append(Warning("SHOBUN-W101", msg, span))
    return value, warnings


def _span(norm: NormText, start: int, end: int) -> Span:
    s, e = norm.to_source(start, end)
    return Span(s, e, norm.source[s:e])


def _candidates(text: str) -> Iterator[re.Match[str]]:
    found = sorted(
        [*DATE.finditer(text), *RELATIVE.finditer(text)], key=lambda m: (m.start(), -m.end())
    )
    end = -1
    for m in found:
        if _LAW_NUMBER_AFTER.match(text, m.end()):
            continue
        if m.start() >= end:
            end = m.end()
            yield m


def find_dates(norm: NormText, today: DateValue | None) -> Found:
    """Every date in the text, in order; relative dates resolved where they can be."""
    mentions: list[DateMention] = []
    warnings: list[Warning] = []
    positions: list[tuple[int, int]] = []
    previous: DateValue | None = None  # the last date: 同年, 同月 build on it
    anchor: DateValue | None = None  # the last day that is not a period's bound: 同日
    for m in _candidates(norm.text):
        span = _span(norm, m.start(), m.end())
        if "word" in m.re.groupindex and m.group("word"):
            value = _relative(m, today, anchor if m.group("word") in _SAME_DAY else previous)
            approx = False
        else:
            value, problem = _bounded(m, previous, span)
            warnings.extend(problem or _no_such_month(m, span))
            value = None if _month_out_of_range(m) else value
            approx = bool(m.group("approx"))
        if value is None:
            continue
        value, problems = _check(value, m.group("wd"), span)
        warnings.extend(problems)
        mentions.append(DateMention(span, value, approx, m.group("wd")))
        positions.append((m.start(), m.end()))
        previous = value
        if value.day is not None and not _BOUND_AFTER.match(norm.text, m.end()):
            anchor = value  # 同日 is a day: 「令和7年5月、…」 between is no anchor
    return Found(tuple(mentions), tuple(warnings + _eras_without_year(norm)), tuple(positions))


# 令和5月10日: an era with no year after it, which no date is read from (a warning, never a
# date guessed)
_ERA_WITHOUT_YEAR = re.compile(rf"(?:明治|大正|昭和|平成|令和)(?={_N}月)")


def _eras_without_year(norm: NormText) -> list[Warning]:
    out = []
    for m in _ERA_WITHOUT_YEAR.finditer(norm.text):
        end = norm.text.find("月", m.end()) + 1
        span = _span(norm, m.start(), end)
        out.append(Warning("SHOBUN-W107", f"{span.surface}: an era without its year", span))
    return out


def _month_out_of_range(m: re.Match[str]) -> bool:
    month = _part(m.group("m")) if "m" in m.re.groupindex else None
    return month is not None and not 1 <= month <= 12


def _no_such_month(m: re.Match[str], span: Span) -> list[Warning]:
    if not _month_out_of_range(m):
        return []
    return [Warning("SHOBUN-W107", f"{span.surface}: there is no month {m.group('m')}", span)]


# 「令和7年3月14日から同年9月13日までの間」: bounds of a period, which 同日 never means
_BOUND_AFTER = re.compile(r"(?:\([月火水木金土日]\))?(?:から|より|まで)")


_SAME_DAY = ("同日", "同じ日", "即日")  # news: 「…指導を同じ日に行った」


def _relative(
    m: re.Match[str], today: DateValue | None, previous: DateValue | None
) -> DateValue | None:
    word = m.group("word")
    if word == "本日":
        return today
    if word == "昨日":  # a news item's or a blog's 「昨日(4/19)、」
        return _day_before(today)
    if word in _SAME_DAY:  # 「2日に監査を行った結果を受けて即日施行した」: the 2nd
        return previous or today
    if m.group("sy"):
        return DateValue(int(m.group("sy")), int(m.group("sm")), int(m.group("sd")))
    if m.group("ago"):
        return _years_ago(m, today)  # of the writing: a date before it is no anchor
    if m.group("next"):
        return _next_month(m, today)
    base = previous or today
    if m.group("ym"):
        return _yearless(int(m.group("ym")), int(m.group("yd")), today or previous, today)
    if m.group("mo"):  # 「9月には…立ち入り検査をしていた」: a month of the notice's year
        return _yearless(int(m.group("mo")), None, today or previous, today)
    if base is None or base.month is None:
        return None
    if m.group("dd"):  # after a month alone (「5月頃から…。…、9日、」): of the notice's
        base = today if today and base.day is None else base
        return _dayonly(int(m.group("dd")), base, base == today)
    return DateValue(base.year, base.month, _part(m.group("d")))


def _years_ago(m: re.Match[str], base: DateValue | None) -> DateValue | None:
    """「昨年12月25日」「今年3月」: of the year so far before the notice's; 「来年1月29日まで
    に」 (a news item's deadline): of the year after it."""
    month = int(m.group("am"))
    if base is None or not 1 <= month <= 12:
        return None
    day = int(m.group("ad")) if m.group("ad") else None
    return DateValue(base.year - _YEARS_AGO[m.group("ago")], month, day)


_MONTHS_AHEAD = {"来月": 1, "今月": 0, "先月": -1}


def _next_month(m: re.Match[str], today: DateValue | None) -> DateValue | None:
    """「来月23日」「今月5日」「先月28日」: a day of the month after the notice's (来月), of its
    own, or of the month before it (先月)."""
    if today is None or today.month is None:
        return None
    ahead = today.month + _MONTHS_AHEAD[m.group("next")]
    year = today.year + (ahead > 12) - (ahead < 1)
    return DateValue(year, (ahead - 1) % 12 + 1, int(m.group("nd")))


def _day_before(today: DateValue | None) -> DateValue | None:
    if today is None or today.month is None or today.day is None:
        return None
    day = dt.date(today.year, today.month, today.day) - dt.timedelta(days=1)
    return DateValue(day.year, day.month, day.day)


_AHEAD = 2  # months: a yearless date further after the notice's is of the year before


def _yearless(
    month: int, day: int | None, base: DateValue | None, today: DateValue | None
) -> DateValue | None:
    """「10月26日」 with no year: of the notice's year (a December's date in a January
    notice is of the year before), else of the year of the date before it."""
    if base is None or not 1 <= month <= 12:
        return None
    year = base.year
    if base == today and base.month is not None and month > base.month + _AHEAD:
        year -= 1
    return DateValue(year, month, day)


def _dayonly(day: int, base: DateValue, is_today: bool) -> DateValue | None:
    """「(金融庁は)16日、」 with no month: of the month of the date before it; of the
    notice's month, or the month before where the day is later than the notice's."""
    assert base.month is not None
    year, month = base.year, base.month
    if is_today and base.day is not None and day > base.day:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return DateValue(year, month, day)


_ISO = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")


def parse_iso_or_wareki(text: str) -> DateValue | None:
    """A date given as metadata: 2024-01-31, 2024-01, 2024, or 令和6年1月31日."""
    m = _ISO.fullmatch(text.strip())
    if m:
        y, mo, d = (int(g) if g else None for g in m.groups())
        assert y is not None
        return DateValue(y, mo, d)
    return parse_date_text(unicodedata.normalize("NFKC", text))


def parse_date_text(text: str) -> DateValue | None:
    """The date that `text` (already NFKC) consists of, e.g. a header's date line."""
    if (slashed := SLASHED.fullmatch(text.strip())) is not None:
        return _slashed(slashed)
    if _SHORT_YEAR.fullmatch(text.strip()) and (long := SLASHED.fullmatch(f"20{text.strip()}")):
        return _slashed(long)  # a thread's post stamp: 25/10/09
    m = DATE.fullmatch(text.strip())
    if m is not None and _month_out_of_range(m):
        return None  # 令和5年13月10日: no date (find_dates warns)
    try:
        value = _value(m, None) if m else None
    except ValueError:  # a number too long to be one
        return None
    if value is None or not 1 <= value.year <= 9999:
        return None
    if value.month and value.day and value.day > calendar.monthrange(value.year, value.month)[1]:
        return DateValue(value.year, value.month)  # 2月30日: find_dates warns (W107)
    return value


_DATELINE_LINES = 12  # a page's date line stands among its first lines
_AFTER_DATELINE = re.compile(r"\s*(?:\([^()]{1,3}\))?\s*(?:[0-9]{1,2}[:時][0-9]{2}分?)?\s*")


def dateline(text: str) -> DateValue | None:
    """The day of a line near the top that holds only a date (and a weekday or a time):
    a reprint's or a blog's 「2012.08.06」, 「2008年05月17日(土) 08時26分」. 本日 is that day
    where the header names none."""
    for line in text.split("\n", _DATELINE_LINES)[:_DATELINE_LINES]:
        for pattern in (DATE, RELATIVE):
            m = pattern.match(line.strip())
            if m is None or not _AFTER_DATELINE.fullmatch(line.strip(), m.end()):
                continue
            if pattern is RELATIVE and not m.group("sy"):
                continue
            value = (  # a year beyond any calendar is no date line (parse_date_text)
                parse_date_text(line.strip()[: m.end()]) if pattern is DATE
                else _relative(m, None, None)
            )  # fmt: skip
            if value is not None and value.day is not None:
                return value
    return None


def leading_date(text: str, pos: int = 0) -> re.Match[str] | None:
    """A date at `pos` of a header line, written in words or with slashes or dots."""
    return DATE.match(text, pos) or SLASHED.match(text, pos)


def _slashed(m: re.Match[str]) -> DateValue | None:
    year, month, day = (int(m.group(g)) for g in ("y", "m", "d"))
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return DateValue(year, month, day)
