"""Forms of real pages read for session 10's second wave (actions, their days and the notice's
own day and speaker), each written as a sentence of our own: the companies, places, numbers
and days are fictional."""

from __future__ import annotations

import pytest

from shobun import parser
from shobun.parser.announced import announced_day
from shobun.parser.model import DateValue

LAW = "医薬品、医療機器等の品質、有効性及び安全性の確保等に関する法律(以下「法」という。)"

# (text, (speaker, the notice's day ISO or ""))
NOTICES = [
    ("報道発表資料  2025年04月02日  生活文化局\n\n法律違反業者に対する行政処分について\n\n"
     f" 本日、都は、{LAW}第75条第1項に基づき、株式会社あおば商会に対し、業務停止を命じました"
     "ので、お知らせいたします。\n",
     ("東京都", "2025-04-02")),
    ("法律違反業者に対する行政処分について\n\n令和7年4月2日\n\n"
     f"本日、道は、{LAW}第75条第1項に基づき、株式会社あおば商会に対し、業務停止を命じました。\n",
     ("北海道", "2025-04-02")),
    ("派遣元事業主に対する労働者派遣事業改善命令について\n\n"
     "千葉労働局は、本日、労働者派遣法第49条第1項に基づく労働者派遣事業改善命令を行った。\n\n"
     "第1 被処分派遣元事業主\n名 称 株式会社あおば商会\n"
     "許可番号 派 99-000001(令和3年4月1日許可)\n",
     ("千葉労働局", "")),
    ("【薬局の業務停止処分】あおば薬局\n\n"
     "【2024.05.13配信】青葉県は5月10日、薬機法違反に係る行政処分を公表。あおば薬局(株)を"
     "7日間の業務停止処分とした。\n\n■青葉県公表の内容\n"
     f"{LAW}の規定に基づき、令和6年5月10日に薬局業務の停止を命じました。\n",
     ("青葉県", "2024-05-10")),
    ("DIニュース\n\n薬局に業務停止\n\n 青葉県は2023年7月3日、あおば薬局(みどり市)に対して7月5日から"
     "11日まで、7日間の業務停止を命じたと発表した。\n",
     ("青葉県", "2023-07-03")),
]  # fmt: skip
NOTICE_IDS = [
    "to-alone-with-honjitsu-is-tokyo-to-and-the-press-line-dates-it",
    "do-alone-is-hokkaido",
    "a-licence-day-in-brackets-dates-neither-the-notice-nor-the-order",
    "a-reprint-is-dated-by-the-day-its-lead-says-the-prefecture-announced",
    "a-news-lead-with-the-full-date-the-prefecture-announced-on",
]


@pytest.mark.parametrize(("text", "expected"), NOTICES, ids=NOTICE_IDS)
def test_notice_speaker_and_day(text: str, expected: tuple[str, str]) -> None:
    got = parser.parse(text)
    assert (got.issued_by, got.issued.iso() if got.issued else "") == expected
    assert expected[0] in {o.label for o in got.organizations}
    if not expected[1]:  # no day of the notice's own: 本日 dates no action either
        assert all(a.date is None for a in got.actions)


# (text, (kind, addressee, article, paragraph, date ISO) of every action)
ACTIONS = [
    ("みなと経済ニュース\n2024年5月13日 10:00\n\n薬局に業務停止処分\n\n"
     "青葉県は5月10日、薬機法違反に係る行政処分を公表。無承認の医薬品を販売した"
     "として、あおば薬局(株)(青葉県みどり町)を7日間の業務停止処分とした。\n",
     [("BusinessSuspensionOrder", "あおば薬局(株)", "", "", "")]),
    ("青葉県は、本日、下記のとおり行政処分を行いました。\n\n令和6年5月10日\n\n"
     "1 処分対象\n開設者:あおば薬局(株)\n\n2 処分年月日\n令和6年5月10日\n\n"
     "3 行政処分の内容\n法第75条第1項に基づき、令和6年5月11日から同年5月17日まで7日間の薬局の"
     "業務停止処分とした。\n",
     [("BusinessSuspensionOrder", "あおば薬局(株)", "75", "1", "2024-05-10")]),
]  # fmt: skip
ACTION_IDS = [
    "shobun-to-shita-in-a-news-lead-performs-the-suspension",
    "the-basis-in-the-numbered-block-of-the-order-s-contents",
]


@pytest.mark.parametrize(("text", "expected"), ACTIONS, ids=ACTION_IDS)
def test_actions(text: str, expected: list[tuple[str, str, str, str, str]]) -> None:
    got = sorted(
        (
            a.kind,
            a.addressee or "",
            a.legal_basis.article if a.legal_basis else "",
            str(a.legal_basis.paragraph or "") if a.legal_basis else "",
            a.date.iso() if a.date else "",
        )
        for a in parser.parse(text).actions
    )
    assert got == sorted(expected)


# (text, speaker, the page's stamp, the release's day or None)
ANNOUNCED = [
    ("【2024.05.13配信】青葉県は5月10日、行政処分を公表。", "青葉県", DateValue(2024, 5, 13),
     DateValue(2024, 5, 10)),
    ("青葉県は12月27日付で、処分を発表した。", "青葉県", DateValue(2025, 1, 6),
     DateValue(2024, 12, 27)),
    ("青葉県は5月10日、事業者に業務停止を命じた。", "青葉県", DateValue(2024, 5, 13), None),
    ("青葉県は5月10日、行政処分を公表。", "青葉県", None, None),
    ("青葉県は2023年7月3日、あおば薬局に業務停止を命じたと発表した。", "青葉県", None,
     DateValue(2023, 7, 3)),
    ("記事によれば、みどり市は5月10日、処分を公表した。", "青葉県", DateValue(2024, 5, 13), None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "who", "stamped", "expected"),
    ANNOUNCED,
    ids=[
        "the-stamp-s-year",
        "a-december-release-in-a-january-reprint-is-last-year-s",
        "an-order-s-day-is-no-announcement",
        "no-year-known-no-day",
        "a-full-date-needs-no-stamp",
        "another-body-s-announcement",
    ],
)
def test_announced_day(
    text: str, who: str, stamped: DateValue | None, expected: DateValue | None
) -> None:
    got = announced_day(text, who, stamped)
    assert (got[0] if got else None) == expected
