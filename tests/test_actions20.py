"""Actions, addressees and days as real notices write them (session 14, actions20): a
group's bracket whose names each carry their own bracket and close on a defined name
(「大手保険会社3社(A(本店:…)、B(…)、C(…)。以下「各社」という。)に対し」), a basis given as
a label (「…第132条第1項に基づく命令(業務改善命令)」), a group named with この and には in a
later sentence (「この保険会社2社には、…日公正取引委員会による行政処分として…の納付を命じ
られており」), names in 「」 with their town (「「A」(…県…市)と「B」(…)の運送会社2社に対し」),
an earlier order's own day not lent to the action its defiance led to (「…日付けで…を命じたに
もかかわらず、…許可を取り消した」), and the day opening the line of a news list's bullet block.
Every sentence is written for this test; the names are fictional."""

from __future__ import annotations

import pytest

from shobun import parser
from shobun.parser.model import Citation

PAGE = "{title}\n\n令和7年5月1日\n金融庁\n\n"
NEWS = "みなと物流ニュース\n\n{title}\n\n{day} 15:52 / 経営\n"

# (text, (kind, addressee, basis article/paragraph, date ISO) of every action)
ROWS = [
    (
        PAGE.format(title="大手保険会社に対する行政処分について")
        + "金融庁は、本日、大手保険会社3社(あおば損害保険株式会社(本店:架空県架空市)、かもめ火災"
        "保険株式会社(本店:東西県南北市)、ひばり海上保険株式会社(本店:架空県架空市)。以下「各社」"
        "という。)に対し、下記のとおり業務改善命令を発出した。\n\n Ⅰ.業務改善命令の内容\n"
        " 保険業法第132条第1項に基づく命令(業務改善命令)\n1.業務の適切な運営を確保するため、"
        "以下を実施すること。\n",
        [
            ("BusinessImprovementOrder", "あおば損害保険株式会社", "132/1", "2025-05-01"),
            ("BusinessImprovementOrder", "かもめ火災保険株式会社", "132/1", "2025-05-01"),
            ("BusinessImprovementOrder", "ひばり海上保険株式会社", "132/1", "2025-05-01"),
        ],
    ),
    (
        "金融庁 保険会社2社に対する行政処分を公表\n\n金融庁は令和7年5月1日、保険会社2社(あおば"
        "損害保険株式会社、かもめ火災保険株式会社)に対し、保険業法に基づく業務改善命令を発出した。\n"
        "この保険会社2社には、保険料の調整を繰り返していたとして、令和6年10月31日公正取引委員会"
        "による行政処分として合わせて3億円の課徴金の納付を命じられていた。\n",
        [
            ("BusinessImprovementOrder", "あおば損害保険株式会社", "", "2025-05-01"),
            ("BusinessImprovementOrder", "かもめ火災保険株式会社", "", "2025-05-01"),
            ("SurchargeOrder", "あおば損害保険株式会社", "", "2024-10-31"),
            ("SurchargeOrder", "かもめ火災保険株式会社", "", "2024-10-31"),
        ],
    ),
    (
        NEWS.format(title="関東運輸局、運送会社2社に事業許可取消処分", day="2025年06月05日")
        + "関東運輸局は5日、「あおば商事」(架空県架空市)と「かもめ物流」(東西県南北区)の運送会社"
        "2社に対し、事業許可の取り消し処分を行ったと発表した。\n\nあおば商事に対しては、2024年5月"
        "30日付けで事業停止と車両の使用停止を命じたにもかかわらず、この命令に従わなかったことから、"
        "一般貨物自動車運送事業の許可を取り消した。\n",
        [
            ("RegistrationRevocation", "あおば商事", "", "2025-06-05"),
            ("RegistrationRevocation", "かもめ物流", "", "2025-06-05"),
            ("BusinessSuspensionOrder", "あおば商事", "", "2024-05-30"),
            ("Order", "あおば商事", "", "2024-05-30"),
        ],
    ),
    (
        NEWS.format(title="中国運輸局/1月の行政処分、2社", day="2026年02月20日")
        + "中国運輸局は2月20日、トラック運送事業者に対して1月に行った行政処分を公表した。\n"
        "■あおば運送・本社営業所(架空県架空市)\n1月13日、輸送施設の使用停止(100日車)、文書警告の"
        "行政処分。\n■かもめ起業・本社営業所(東西県南北市)\n1月14日、輸送施設の使用停止(30日車)、"
        "文書警告の行政処分。\n",
        [
            ("Order", "あおば運送", "", "2026-01-13"),
            ("Warning", "あおば運送", "", "2026-01-13"),
            ("Order", "かもめ起業", "", "2026-01-14"),
            ("Warning", "かもめ起業", "", "2026-01-14"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    ROWS,
    ids=[
        "a-group-bracket-whose-names-carry-brackets-and-a-defined-name",
        "a-group-with-kono-and-niwa-received-an-earlier-order-of-another-body",
        "quoted-names-with-their-town-and-an-earlier-order-with-its-own-day",
        "the-day-opening-a-bullet-blocks-line",
    ],
)
def test_actions_addressees_and_days(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    got = sorted(
        (a.kind, a.addressee or "", _basis(a.legal_basis), a.date.iso() if a.date else "")
        for a in parser.parse(text).actions
    )
    assert got == sorted(expected)


def _basis(cite: Citation | None) -> str:
    if cite is None:
        return ""
    return f"{cite.article}/{cite.paragraph}" if cite.paragraph else cite.article
