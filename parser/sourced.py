"""The day of the release a page reproduces, where the page says it apart from its own
date: a source line (「参照元:消費者庁(2025年6月18日より)」, 「出典:〇〇県(令和6年3月1日発表)」),
a link to the release under 関連情報 (「消費者庁ウェブページPDF(2023年11月28日)→「…について」」),
and a web archive's capture of a news item stamped with the month and day only (「このページ
は 2009/01/24 01:41 に取得されました。」 over 「1月23日 12時21分」)."""

from __future__ import annotations

import re

from shobun.parser.extract import dates
from shobun.parser.model import DateValue

Day = tuple[DateValue, tuple[int, int]]

# a line naming where the page took the release from, and that release's day in brackets
_SOURCE = re.compile(
    r"(?m:^[■●◆・\s]*(?:参照元|出典|引用元|情報元|ソース|リソース)[:\s]*[^\n()]{2,30}?\("
    r"|^[^\n()]{0,20}?(?:庁|省|局|委員会|都|道|府|県|市)(?:ウェブページ|ホームページ|サイト|HP)?"
    r"(?:PDF)?\s?\((?=[^\n()]{6,20}\)\s*(?:→|⇒|>|「)))"
)
_SOURCE_DAY = re.compile(r"\s*(?:より|発表|公表|掲載|報道発表)?\)")
# a web archive's line saying when it captured the page (megalodon.jp, archive.today …)
_DAY = r"((?:19|20)[0-9]{2})[/年.-]([0-9]{1,2})[/月.-]([0-9]{1,2})"
_CAPTURED = re.compile(
    rf"このページは\s*{_DAY}(?=[^。\n]{{0,16}}?に(?:取得|保存))|(?:取得|保存)日時?[:\s]\s*{_DAY}"
)
# a news item's stamp: the month and day, and the time, with no year (「1月23日 12時21分」)
_STAMPED = re.compile(
    r"(?m:^\s*(?P<m>[0-9]{1,2})月(?P<d>[0-9]{1,2})日\s*[0-9]{1,2}(?:時[0-9]{1,2}分|:[0-9]{2})\s*$)"
)
_HEAD = 600  # characters: where a capture line and the stamp under it stand


def reproduced_day(text: str, page: DateValue | None) -> Day | None:
    """The day of the release a page reproduces, where it names one no later than the
    page's own (`page`): a source line's, else a captured news item's."""
    found = release_day(text) or archived_day(text)
    return found if found and (page is None or _on_or_before(found[0], page)) else None


def _on_or_before(a: DateValue, b: DateValue) -> bool:
    return (a.year, a.month or 0, a.day or 0) <= (b.year, b.month or 12, b.day or 31)


def release_day(text: str) -> Day | None:
    """The day of the release a source line names, where the page gives one."""
    if "(" not in text:
        return None
    for m in _SOURCE.finditer(text):
        day = dates.DATE.match(text, m.end())
        if day is None or not _SOURCE_DAY.match(text, day.end()):
            continue
        value = dates.parse_date_text(day.group())
        if value is not None and value.day is not None:
            return value, day.span()
    return None


def archived_day(text: str) -> Day | None:
    """A captured news item's own day: its month and day, in the year of the capture (the
    year before, where the month and day come after the capture's)."""
    head = text[:_HEAD]
    captured = _CAPTURED.search(head)
    stamped = _STAMPED.search(head, captured.end()) if captured else None
    if captured is None or stamped is None:
        return None
    year, month, day = (int(x) for x in captured.groups() if x is not None)
    m, d = int(stamped.group("m")), int(stamped.group("d"))
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    year -= (m, d) > (month, day)
    return DateValue(year, m, d), (stamped.start("m"), stamped.end("d") + 1)


# a line that is only the address of a government's page (a blog's 「以下、メモ⏎https://www.pref.…
# lg.jp/…⏎「…」に対する措置について」): the lines under it reproduce that page
_OFFICIAL_URL = re.compile(
    r"(?m:^[ \t]*(?:(?:出典|引用元|参照元?|元記事|URL|リンク)[:\s]*)?"
    r"https?://[^\s/]*\.(?:go|lg)\.jp(?:/\S*)?[ \t]*\n)"
)
_LINKED_REACH = 3  # lines below the address where the page's title may stand


def linked_title(text: str) -> tuple[tuple[int, int], str] | None:
    """The first line under a government page's address that the page reproduces below it
    (its title, where the caller finds the line reads as one), with its span."""
    m = _OFFICIAL_URL.search(text) if "go.jp" in text or "lg.jp" in text else None
    if m is None:
        return None
    at = m.end()
    lines = text[at:].split("\n")
    for i, line in enumerate(lines[:_LINKED_REACH]):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            below = any("。" in b for b in lines[i + 1 : i + 1 + _BODY_REACH])
            return ((at + lead, at + len(line.rstrip())), line.strip()) if below else None
        at += len(line) + 1
    return None


_BODY_REACH = 8  # lines under the title where the quoted release's text goes on (a link at
# a story's foot, 「…プレスリリース⏎https://…⏎この記事のタグ:…」, quotes nothing)
