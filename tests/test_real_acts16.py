"""Forms of real pages read for session 10's second wave (actions, their days and the notice's
own day and speaker), each written as a sentence of our own: the companies, places, numbers
and days are fictional."""

from __future__ import annotations

import pytest

from shobun import parser
from shobun.parser import chronicle, stages
from shobun.parser.announced import announced_day
from shobun.parser.model import DateValue
from shobun.parser.normalize import normalize

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
    ("記者資料提供(2025年6月4日)\n保健所薬務課\n市内の薬局において法違反があり、以下のとおり処分を"
     "行いましたので、お知らせします。\n\n1.対象となる薬局\n\n名称  みどり薬局\n"
     "開設者 株式会社あおば商会 代表取締役 青葉 一郎\n\n2. 処分内容\n\n"
     "医薬品医療機器等法第 75 条第1項に基づく薬局の業務の停止\n処分期間:2025 年6月5日から同月 9 日まで\n\n"
     "3.処分を行うに至った経緯\n\n2025年1月10日   みどり薬局開局\n"
     "2025年2月3日 立入調査の実施。管理者がいないことを確認。\n"
     "2025年2月20日 文書(指導票)による指導実施\n"
     "2025年4月1日 立入調査の実施。前回指導したにも関わらず、管理者がいないことを確認。\n"
     "2025年4月8日 開設者に対して勤務状況に関する報告書の提出を指示。\n",
     [("BusinessSuspensionOrder", "株式会社あおば商会", "75", "1", "2025-06-04"),
      ("Guidance", "株式会社あおば商会", "", "", "2025-02-20"),
      ("OnSiteInspection", "株式会社あおば商会", "", "", "2025-02-03"),
      ("OnSiteInspection", "株式会社あおば商会", "", "", "2025-04-01"),
      ("ReportRequest", "株式会社あおば商会", "", "", "2025-04-08")]),
    ("物流ニュース\n2024年5月7日 10:00\n\n"
     "九州運輸局は5日、貨物運送事業者のあおば運輸(福岡県みどり町)について、本社営業所(熊本県なぎさ市)の"
     "事業停止30日間と事業用自動車の使用停止40日車の処分としたと発表した。\n"
     "2024年3月に実施した監査で、点呼の未実施など5項目の違反が判明した。\n",
     [("BusinessSuspensionOrder", "あおば運輸", "", "", "2024-05-05"),
      ("Order", "あおば運輸", "", "", "2024-05-05"),
      ("OnSiteInspection", "あおば運輸", "", "", "2024-03")]),
    ("関東運輸局は10日、あおば運送(東京都みどり区)の本社営業所に対し、30日間の事業停止処分および"
     "輸送施設の使用停止処分を行ったと発表した。\n"
     "同局は、法令違反の疑いがあるとの情報を受け、2024年5月21日および6月4日に監査を実施。\n",
     [("BusinessSuspensionOrder", "あおば運送", "", "", ""),
      ("Order", "あおば運送", "", "", ""),
      ("OnSiteInspection", "あおば運送", "", "", "2024-05-21"),
      ("OnSiteInspection", "あおば運送", "", "", "2024-06-04")]),
    # the section is headed by the order itself (「Ⅲ.措置命令」): a numbered field heading
    # 「Ⅲ.措置命令の概要」 is no title, and so names no action on a page with no lead
    ("Ⅰ.分類\n1.誤認類型\n優良誤認\nⅡ.違反行為者\nあおば食品株式会社\nⅢ.措置命令\n"
     "(1)対象商品\nア 「みどり茶」と称する食品\n(2)対象表示\nイ 実際\n前記アの表示について、消費者庁は、"
     "景品表示法第7条第2項の規定に基づき、あおば食品株式会社に対し、期間を定めて、当該表示の裏付けとなる"
     "合理的な根拠を示",
     [("MeasuresOrder", "あおば食品株式会社", "", "", "")]),
]  # fmt: skip
ACTION_IDS = [
    "shobun-to-shita-in-a-news-lead-performs-the-suspension",
    "the-basis-in-the-numbered-block-of-the-order-s-contents",
    "a-city-page-s-order-as-a-label-and-the-steps-of-its-chronology-with-their-days",
    "trade-news-a-business-with-its-town-each-order-with-its-period-and-an-audit-done-in-a-month",
    "trade-news-orders-joined-by-oyobi-and-an-audit-on-two-days-dates-no-order",
    "the-basis-of-a-request-for-proof-is-not-the-basis-of-the-order-its-section-heads",
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
    got = announced_day(text, who, lambda _: stamped)
    assert (got[0] if got else None) == expected


# (text, the first line's action, the row's day ISO or "")
ROW_DAYS = [
    ("2025年2月3日 立入調査の実施。\n", "立入調査", "2025-02-03"),
    ("2025年2月3日\t文書による指導実施\n", "指導", "2025-02-03"),
    ("2025年2月 立入調査の実施。\n", "立入調査", ""),
    ("2025年2月3日 から同月9日まで業務の停止\n", "業務の停止", ""),
    ("2025年2月3日に立入調査を実施。\n", "立入調査", ""),
    ("経緯 2025年2月3日 立入調査の実施。\n", "立入調査", ""),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "term", "expected"),
    ROW_DAYS,
    ids=[
        "a-day-a-gap-and-what-was-done",
        "a-tab-after-the-day",
        "a-month-alone-dates-no-row",
        "a-period-s-first-day-is-no-row",
        "a-day-in-a-sentence-is-no-row",
        "a-day-not-at-the-line-s-start",
    ],
)
def test_row_day(text: str, term: str, expected: str) -> None:
    found = stages.extract(normalize(text))
    ctx = stages.context_of(found, stages.resolved(found))
    day = chronicle.row_day(ctx, ctx.norm.text.find(term))
    assert (day.iso() if day else "") == expected


# (text, the local governments found as organisations)
TIPPED = [
    ("2023年8月22日 青葉県薬務課より当該薬局について管理者不在の疑いがある旨の情報提供あり。\n",
     ["青葉県"]),
    ("青葉県生活衛生課より、事業者の所在について連絡を受けた。\n", ["青葉県"]),
    ("青葉県薬務課より購入した医薬品を販売した。\n", []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    TIPPED,
    ids=["a-tip-from-a-prefecture-s-division", "a-call-from-it", "bought-from-it-is-no-tip"],
)
def test_the_body_a_tip_came_from(text: str, expected: list[str]) -> None:
    got = parser.parse(text)
    assert [o.label for o in got.organizations if o.label.endswith("県")] == expected


# (text, (kind, date ISO) of every action, whoever it is for)
AUDITS = [
    ("関東運輸局は、2024年7月9日に同社の本社営業所に対して監査を実施し、違反を確認した。\n",
     [("OnSiteInspection", "2024-07-09")]),
    ("2024年3月に実施した監査で、点呼の未実施など5項目の違反が判明した。\n",
     [("OnSiteInspection", "2024-03")]),
    ("監査法人は、監査を実施する体制を整備すること。\n", []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    AUDITS,
    ids=["an-audit-of-the-office-on-a-day", "an-audit-done-in-a-month", "no-audit-told-as-done"],
)
def test_audits_told_as_done(text: str, expected: list[tuple[str, str]]) -> None:
    got = parser.parse(text).actions
    assert sorted((a.kind, a.date.iso() if a.date else "") for a in got) == expected


# (text, the addressee of the one order)
CLAUSE_BEFORE = [
    ("関東運輸局は18日、運行管理者を選任していないとして昨年7月と8月の2回にわたって青葉運輸(栃木県みどり市)"
     "の本社を監査した結果、同社に30日間の事業停止を命じたと発表した。\n", "青葉運輸"),
    ("関東運輸局は18日、同局が監査した青葉運輸(栃木県みどり市)の本社営業所に対し、30日間の事業停止を命じた。\n",
     "青葉運輸"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    CLAUSE_BEFORE,
    ids=["the-clause-before-the-name-ends-in-te", "it-ends-in-ga-then-a-verb"],
)
def test_the_clause_before_a_bare_name(text: str, expected: str) -> None:
    assert [a.addressee for a in parser.parse(text).actions] == [expected]
