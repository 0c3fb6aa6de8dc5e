"""The day of a release a page reproduces (a source line, a link under 関連情報, a web
archive's capture of a news item stamped without its year) and a deadline 「来月N日」: one
row per form, written for this test with fictional companies and sites."""

from __future__ import annotations

import pytest

from shobun import parser
from shobun.parser import sourced
from shobun.parser.model import DateValue
from shobun.parser.normalize import normalize

ISSUED = [
    (  # a reproducing site's own date under the title, the release's day in its 参照元 line
        "とくしょうニュース\nホーム > お知らせ > 訪問販売業者に対する行政処分について\n"
        "訪問販売業者に対する行政処分について\n2025.03.10\nあおば経済産業局は、訪問販売業者である"
        "株式会社こだま住設に対し、令和7年3月7日、特定商取引法第8条第1項の規定に基づき、業務の"
        "一部を停止するよう命じました。\n参照元：消費者庁（2025年3月7日より）\n",
        "2025-03-07",
    ),
    (  # a link to the release under 関連情報, the page's own 掲載日 below it
        "けんこう情報\nホーム ＞ 注意喚起\n通信販売業者に業務停止命令（消費者庁）\n■内容\n2024年2月1日、"
        "消費者庁が通信販売業者に業務の一部停止を命じた。\n■関連情報\n消費者庁ウェブページPDF"
        "（2024年2月1日）→「通信販売業者【株式会社ひなた通販】に対する行政処分について」\n"
        "掲載日：2024年2月9日\n",
        "2024-02-01",
    ),
    (  # the same link, a blank before its bracket, the page giving no date of its own
        "■内容\n2021年7月16日、消費者庁が通信販売業者に業務の一部停止を命じた。\n■関連情報\n"
        "消費者庁ウェブページPDF (2021年7月16日) →「通信販売業者に対する業務停止命令について」\n",
        "2021-07-16",
    ),
    (  # a web archive's capture line over a news item stamped with its month and day
        "ウェブ魚拓\nこのページは 2010/03/02 09:15 に取得されました。\nみどりニュース\n"
        "3月1日 18時05分\n干物会社に表示改善を指示\n　農林水産省は1日、株式会社しおかぜ物産に"
        "対し、表示を改めるよう指示しました。\n",
        "2010-03-01",
    ),
    (  # captured in January, the item stamped in December: of the year before
        "ウェブ魚拓\nこのページは 2011/01/03 10:00 に取得されました。\nみどりニュース\n"
        "12月28日 11時30分\n米穀店に改善指示\n　農林水産省は28日、株式会社いなほ米穀に対し、"
        "表示を改めるよう指示しました。\n",
        "2010-12-28",
    ),
    (  # a source day later than the page's own is no release day of it
        "とくしょうニュース\n訪問販売業者に対する行政処分について\n2025.03.10\nあおば経済産業局は、"
        "本日、株式会社こだま住設に対し、業務の一部を停止するよう命じました。\n"
        "参照元：消費者庁（2025年4月1日より）\n",
        "2025-03-10",
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "iso"),
    ISSUED,
    ids=[
        "sanshoumoto-line",
        "kanren-jouhou-link-with-its-day",
        "a-blank-before-the-links-bracket",
        "gyotaku-capture-and-a-yearless-stamp",
        "captured-in-january-stamped-in-december",
        "a-later-source-day-is-not-taken",
    ],
)
def test_issued(text: str, iso: str) -> None:
    n = parser.parse(text)
    assert n.issued is not None and n.issued.iso() == iso


def test_raigetsu_gives_the_deadline() -> None:
    text = (
        "ウェブ魚拓\nこのページは 2010/12/21 09:15 に取得されました。\nみどりニュース\n"
        "12月20日 18時05分\n削り節会社に表示改善を指示\n　農林水産省は20日、株式会社しおかぜ物産"
        "に対し、表示を改めるよう指示しました。\n　農林水産省は、同社に原因を究明することを指示し、"
        "来月10日までに報告するよう求めました。\n"
    )
    [action] = parser.parse(text).actions
    assert (action.kind, action.date, action.deadline) == (
        "Order", DateValue(2010, 12, 20), DateValue(2011, 1, 10),
    )  # fmt: skip


NOT_SOURCES = [
    "出典：総務省統計局\n本文。\n",  # a source with no day
    "このページは 2010/03/02 09:15 に取得されました。\n",  # a capture, no stamp under it
    "3月1日 18時05分\n本文。\n",  # a stamp, no capture above it
    "参照元：消費者庁（2025年3月より）\n",  # a month, no day
    "このページは2024年4月1日に更新しました。\n1月23日 12時21分\n",  # updated, not captured
]


@pytest.mark.parametrize(
    "text",
    NOT_SOURCES,
    ids=["no-day", "capture-alone", "stamp-alone", "a-month-only", "an-update-is-no-capture"],
)
def test_no_reproduced_day(text: str) -> None:
    assert sourced.reproduced_day(normalize(text).text, None) is None
