"""Dates: eras, Western years, full-width and kanji numerals, 頃, redaction, 本日, weekdays."""

from __future__ import annotations

import pytest

from shobun import parser
from shobun.parser.extract import dates

HEAD = "令和7年3月14日\n金融庁\n\n業務改善命令について\n\n"

# (sentence, ISO value of the date it contains, approximate)
ROWS = [
    ("同社は、令和元年5月20日、新たなサービスを開始した。", "2019-05-20", False),
    ("同社は、平成31年4月30日に届出を行った。", "2019-04-30", False),
    ("同社は、2024年3月1日、顧客に通知した。", "2024-03-01", False),
    ("同社は、令和６年１２月２日、報告書を提出した。", "2024-12-02", False),
    ("同社は、令和六年十二月二十日、報告書を提出した。", "2024-12-20", False),
    ("同社は、令和5年4月頃から不適切な勧誘を行っていた。", "2023-04", True),
    ("同社は、令和6年1月●日、顧客情報を外部に送信した。", "2024-01", False),
    ("金融庁は、本日、同社に対し命令を発出した。", "2025-03-14", False),
    ("個人情報の保護に関する法律（平成15年法律第57号）第27条に違反し、令和6年5月7日に提供した。",
     "2024-05-07", False),
    ("同法施行規則（平成28年個人情報保護委員会規則第3号）に反し、令和6年5月7日に提供した。",
     "2024-05-07", False),
    ("同社は、令和6年（2024年）5月7日に届出を行った。", "2024-05-07", False),
    ("同社は、令和6年 5月 7日に届出を行った。", "2024-05-07", False),
    ("金融庁は、2月27日、同社に対し命令を発出した。", "2025-02-27", False),
    ("金融庁は12日、同社に対し命令を発出した。", "2025-03-12", False),
    ("同法施行規則（昭和51年通商産業省令第89号）に反し、令和6年5月7日に提供した。",
     "2024-05-07", False),
    ("委員会は、令和5年4月1日に個人情報の保護に関する法律第148条第1項に基づく勧告を行った。",
     "2023-04-01", False),
    ("同社に対し、令和5年4月1日付けで特定商取引に関する法律第7条第1項に基づく指示を行った。",
     "2023-04-01", False),
]  # fmt: skip
IDS = [
    "reiwa-gannen-is-year-one",
    "heisei-era-year",
    "western-year",
    "full-width-digits",
    "kanji-numerals",
    "goro-is-approximate",
    "redacted-day-gives-year-and-month",
    "honjitsu-is-the-issue-date",
    "era-year-of-a-law-number-is-not-a-date",
    "era-year-of-a-rule-number-is-not-a-date",
    "western-year-in-brackets-after-the-era-year",
    "spaced-parts-of-a-pdf-date",
    "news-day-without-its-year-takes-the-notices",
    "news-subjects-day-takes-the-notices-year-and-month",
    "era-year-of-a-ministry-ordinance-number-is-not-a-date",
    "a-day-then-a-laws-full-title-is-a-date-not-a-law-number",
    "a-day-tsukede-then-a-laws-full-title-is-a-date",
]


@pytest.mark.parametrize(("sentence", "iso", "approximate"), ROWS, ids=IDS)
def test_dates(sentence: str, iso: str, approximate: bool) -> None:
    n = parser.parse(HEAD + sentence)
    body = [d for d in n.dates if d.span.start >= len(HEAD)]
    assert [(d.value.iso(), d.approximate) for d in body] == [(iso, approximate)]
    for d in n.dates:
        assert n.text[d.span.start : d.span.end] == d.span.surface


# (sentence, warning code expected or None)
WEEKDAY_ROWS = [
    ("令和7年3月31日（月）までに報告すること。", None),
    ("令和7年3月31日（金）までに報告すること。", "SHOBUN-W101"),
]
WEEKDAY_IDS = ["matching-weekday-is-quiet", "weekday-mismatch-warns-w101"]


@pytest.mark.parametrize(("sentence", "code"), WEEKDAY_ROWS, ids=WEEKDAY_IDS)
def test_weekday_check(sentence: str, code: str | None) -> None:
    n = parser.parse(HEAD + sentence)
    codes = [w.code for w in n.warnings if w.code == "SHOBUN-W101"]
    assert codes == ([code] if code else [])
    assert "2025-03-31" in {d.value.iso() for d in n.dates}


# (line, ISO value it reads as, or None): a header's date line
LINE_ROWS = [
    ("2007/11/13", "2007-11-13"),
    ("2016.10.27", "2016-10-27"),
    ("2007/13/40", None),
    ("令和5年 (2023年) 3月 28日", "2023-03-28"),
]
LINE_IDS = ["slashed-date-line", "dotted-date-line", "slashed-non-date", "era-and-western-year"]


@pytest.mark.parametrize(("line", "iso"), LINE_ROWS, ids=LINE_IDS)
def test_date_lines(line: str, iso: str | None) -> None:
    value = dates.parse_date_text(line)
    assert (value.iso() if value else None) == iso


# (sentence, the warning's text): a malformed date is a warning and no date
MALFORMED = [
    ("同社は、令和5月10日に届け出た。", "令和5月: an era without its year"),
    ("同社は、令和5年13月10日に届け出た。", "令和5年13月10日: there is no month 13"),
]


@pytest.mark.parametrize(
    ("sentence", "message"), MALFORMED, ids=["era-without-its-year", "month-thirteen"]
)
def test_a_malformed_date_is_a_warning_and_no_date(sentence: str, message: str) -> None:
    n = parser.parse(HEAD + sentence)
    assert [d for d in n.dates if d.span.start >= len(HEAD)] == []
    assert message in [w.message for w in n.warnings if w.code == "SHOBUN-W107"]
