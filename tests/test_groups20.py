"""Addressees named as a set (session 14, groups20; PHENOMENA §40): companies pointed at
below with their count and a defined group name (「下記の建設業者2社(以下「2社」という。)に
対し」 over a numbered list; 「2社は、…を受けている」 as each), が-subjects of a finding with
no に対し (「A(…。以下「同組合」という。)及びB(…。以下「同社」という。)が、…ことを確認した
ため、…指示しました」), 「同組合及び同社に対する立入検査」, a bullet list line that names a
company and what it was given (「●A(〇〇市) 産業廃棄物収集運搬業の事業の全部停止(30日間)」),
a count in the lead over a heading that counts the list (「3事業者に対しては、…指導を行いまし
た」 … 「■指導を行った事業者(3事業者)」), and a 指示 taken too (「あわせて、…に基づく指示も
行っています」). Every sentence is written for this test; the names are fictional."""

from __future__ import annotations

import pytest

from shobun import parser
from shobun.parser.model import Citation

# (text, (kind, addressee, basis article/paragraph, date ISO) of every action)
ROWS = [
    (
        "建設業者の監督処分について\n\n令和7年4月3日\n東北地方整備局\n\n"
        "東北地方整備局長は、建設業法に基づき、下記の建設業者2社(以下「2社」という。)に対し、"
        "本日付けで営業停止の処分を行いましたのでお知らせします。\n\n1.処分の対象\n"
        "(1)株式会社あおば舗装(架空県架空市) 許可番号 国土交通大臣許可(特-1)第0000号\n"
        "(2)みちのく道路株式会社(架空県南北市) 許可番号 国土交通大臣許可(般-2)第0000号\n\n"
        "2.処分の理由\n2社は、架空県が発注する舗装工事について、共同して受注予定者を決定していた。\n"
        "なお、2社は、この件に関し、令和6年12月5日に公正取引委員会から排除措置命令を受けている。\n",
        [
            ("BusinessSuspensionOrder", "株式会社あおば舗装", "", "2025-04-03"),
            ("BusinessSuspensionOrder", "みちのく道路株式会社", "", "2025-04-03"),
            ("CeaseAndDesistOrder", "株式会社あおば舗装", "", "2024-12-05"),
            ("CeaseAndDesistOrder", "みちのく道路株式会社", "", "2024-12-05"),
        ],
    ),
    (
        "食品表示法に基づく指示について\n\n令和7年3月4日\n東海農政局\n\n"
        "東海農政局は、みなと青果協同組合(架空県架空市。以下「同組合」という。)及び株式会社さかえ"
        "食品(南北市中区。以下「同社」という。)が、一般消費者向けに販売した農産物に事実と異なる原産地を"
        "表示していたことを確認したため、本日、食品表示法第6条第1項の規定に基づき、表示の是正等を"
        "指示しました。\n\n1 経緯\n東海農政局は、令和6年11月、同法第8条第1項の規定に基づき、"
        "同組合及び同社に対する立入検査を実施しました。\n",
        [
            ("Order", "みなと青果協同組合", "6/1", "2025-03-04"),
            ("Order", "株式会社さかえ食品", "6/1", "2025-03-04"),
            ("OnSiteInspection", "みなと青果協同組合", "8/1", "2024-11"),
            ("OnSiteInspection", "株式会社さかえ食品", "8/1", "2024-11"),
        ],
    ),
    (
        "産業廃棄物処理業者に対する行政処分について\n\n令和7年2月10日\n架空県環境部\n\n"
        "架空県は、本日、次のとおり行政処分を行いました。\n"
        "●みどり運輸株式会社(東西市) 産業廃棄物収集運搬業の事業の全部停止(30日間)\n"
        "●株式会社北斗環境(南北市) 産業廃棄物収集運搬業の事業の一部停止(10日間)\n",
        [
            ("BusinessSuspensionOrder", "みどり運輸株式会社", "", "2025-02-10"),
            ("BusinessSuspensionOrder", "株式会社北斗環境", "", "2025-02-10"),
        ],
    ),
    (
        "景品表示法に基づく措置命令及び指導について\n\n令和7年1月20日\n架空県消費生活課\n\n"
        "■概要\n架空県は、飲食店を営む事業者1社に対し、景品表示法第7条第1項の規定に基づき、"
        "措置命令を行いました。\nまた、調査を行った旅館のうち2事業者に対しては、表示の是正を求める"
        "指導を行いました。\n\n■措置命令の対象事業者\n名称:有限会社かすみ亭\n\n"
        "■指導を行った事業者(2事業者)\n株式会社しおさい館(東西市)\n株式会社ゆけむり荘(南北市)\n",
        [
            ("MeasuresOrder", "有限会社かすみ亭", "7/1", "2025-01-20"),
            ("Guidance", "株式会社しおさい館", "", "2025-01-20"),
            ("Guidance", "株式会社ゆけむり荘", "", "2025-01-20"),
        ],
    ),
    (
        "訪問販売業者に対する行政処分について\n\n令和7年6月2日\n消費者庁\n\n"
        "消費者庁は、本日、株式会社ほしぞら住宅(架空県架空市)に対し、特定商取引法第8条第1項の"
        "規定に基づき、業務の一部を停止するよう命じました。あわせて、同法第7条第1項に基づく指示も"
        "行っています。\n",
        [
            ("BusinessSuspensionOrder", "株式会社ほしぞら住宅", "8/1", "2025-06-02"),
            ("Order", "株式会社ほしぞら住宅", "7/1", "2025-06-02"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    ROWS,
    ids=["pointed-below-count", "found-subjects", "bullet-lines", "counted-heading", "shiji-mo"],
)
def test_set_addressees(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    got = sorted(
        (a.kind, a.addressee or "", _basis(a.legal_basis), a.date.iso() if a.date else "")
        for a in parser.parse(text).actions
    )
    assert got == sorted(expected)


SCOPED = (
    "労働者派遣事業者に対する行政処分について\n\n令和7年5月9日\n架空労働局\n\n"
    "架空労働局は、本日、下記の3事業主(以下「3社」という。)に対し、労働者派遣法(以下「法」という。)"
    "に基づき、下記のとおり行政処分を行った。\n\n記\n\n1 処分対象事業主\n"
    "(1)株式会社あさひ人材(架空市)\n(2)かぜまち派遣株式会社(南北市)\n(3)有限会社つばめワーク(東西市)\n\n"
    "2 処分の内容\n(1)労働者派遣事業停止命令(法第14条第2項)\n 対象:上記(1)及び(3)の2社\n"
    " 期間:令和7年5月16日から令和7年6月15日まで\n(2)労働者派遣事業改善命令(法第49条第1項)\n"
    " 対象:3社すべて\n 改善報告期限:令和7年6月6日\n\n3 処分の理由\n"
    "ア (1)及び(3)の2社は、派遣労働者を建設業務に従事させた(法第4条第1項違反)。\n"
    "イ (2)の事業主は、派遣先に派遣労働者の氏名を通知していなかった(法第35条違反)。\n"
)


def test_scope_by_list_number() -> None:
    """「対象:上記(1)及び(3)の2社」 limits the action to those items; 「(2)の事業主は」 is item
    (2)'s wrong; the 改善報告期限 of the 改善命令's block is that order's alone."""
    notice = parser.parse(SCOPED)
    wrongs = {v.key: [c.article for c in v.provisions] for v in notice.violations}
    got = sorted(
        (a.kind, a.addressee or "", sorted(x for k in a.violations for x in wrongs[k]),
         a.deadline.iso() if a.deadline else "")
        for a in notice.actions
    )  # fmt: skip
    assert got == [
        ("BusinessImprovementOrder", "かぜまち派遣株式会社", ["35"], "2025-06-06"),
        ("BusinessImprovementOrder", "有限会社つばめワーク", ["4"], "2025-06-06"),
        ("BusinessImprovementOrder", "株式会社あさひ人材", ["4"], "2025-06-06"),
        ("BusinessSuspensionOrder", "有限会社つばめワーク", ["4"], ""),
        ("BusinessSuspensionOrder", "株式会社あさひ人材", ["4"], ""),
    ]


def test_recommendation_received_by_the_issuer_is_no_action() -> None:
    """「…監視委員会から、…検査結果に基づき行政処分を求める勧告を受けました」: a 勧告 to the
    issuer; the action is the one it then takes."""
    text = (
        "株式会社みさき証券に対する行政処分について\n\n令和7年7月4日\n架空財務局\n\n"
        "架空財務局は、証券取引等監視委員会から、令和7年6月13日付けで、株式会社みさき証券(架空市)"
        "に対する検査結果に基づき行政処分を求める勧告を受けました。これを受けて、本日、同社に対し、"
        "金融商品取引法第51条の規定に基づき、業務改善命令を発出しました。\n"
    )
    kinds = sorted((a.kind, a.addressee) for a in parser.parse(text).actions)
    assert kinds == [("BusinessImprovementOrder", "株式会社みさき証券")]


def _basis(cite: Citation | None) -> str:
    if cite is None:
        return ""
    return f"{cite.article}/{cite.paragraph}" if cite.paragraph else cite.article


def test_defined_anaphor_is_its_own_company() -> None:
    """「以下「同社」という。」: each 同社 after it is that company, not the nearest name."""
    text = ROWS[1][0]
    notice = parser.parse(text)
    aliases = {a.alias: a.target for a in notice.aliases}
    assert aliases["同社"] == "株式会社さかえ食品"


NEWS = "みなとテレビ ニュース\n\n{title}\n\n2025年9月12日 18時10分\n\n"

# (text, (kind, addressee, date ISO) of every action): names and forms of news items
NEWS_ROWS = [
    (  # a 前株 name with の held whole by 「」; 「「X」の…登録を取り消しました」
        NEWS.format(title="貸金業者2社を処分")
        + "架空財務局は12日、架空市の貸金業者「株式会社こののはファイナンス」に2か月間の業務の"
        "全部停止を命じ、南北市の「有限会社みのり信販」の貸金業の登録を取り消しました。\n",
        [
            ("BusinessSuspensionOrder", "株式会社こののはファイナンス", "2025-09-12"),
            ("RegistrationRevocation", "有限会社みのり信販", "2025-09-12"),
        ],
    ),
    (  # a town's bracket closes a 前株 name with の; 指導を同じ日に行った
        NEWS.format(title="個人情報保護委が2社に勧告と指導")
        + "個人情報保護委員会は、架空市の株式会社はるのそらネット(架空市)に対し、個人情報保護法に"
        "基づく勧告を行ったと発表しました。勧告は今月5日付けです。\n"
        "また、委託先のあおぞらシステム株式会社に対しても、同法第147条に基づく指導を同じ日に"
        "行ったということです。\n",
        [
            ("Recommendation", "株式会社はるのそらネット", "2025-09-05"),
            ("Guidance", "あおぞらシステム株式会社", "2025-09-05"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEWS_ROWS, ids=["quoted-names", "same-day"])
def test_news_addressees(text: str, expected: list[tuple[str, str, str]]) -> None:
    got = sorted(
        (a.kind, a.addressee or "", a.date.iso() if a.date else "")
        for a in parser.parse(text).actions
    )
    assert got == sorted(expected)


def test_table_row_decides_the_kinds() -> None:
    """A lead's 「業務停止命令及び業務改善命令」 for the three of a table whose third row says
    only 業務改善命令: no 業務停止命令 for that company."""
    text = (
        "旅行業者に対する行政処分について\n\n令和7年8月1日\n観光庁\n\n"
        "観光庁は、旅行業法に違反した下記の旅行業者3社に対し、同法第19条第1項の規定に基づき、"
        "本日付けで業務停止命令及び業務改善命令を発出しました。\n\n"
        "| 事業者名 | 所在地 | 処分内容 |\n|---|---|---|\n"
        "| 株式会社かもめツアー | 架空市 | 業務停止命令(30日間)、業務改善命令 |\n"
        "| ひばり旅行株式会社 | 南北市 | 業務停止命令(14日間)、業務改善命令 |\n"
        "| 合同会社あおい観光 | 東西市 | 業務改善命令 |\n"
    )
    got = sorted((a.kind, a.addressee) for a in parser.parse(text).actions)
    assert got == sorted(
        [
            ("BusinessImprovementOrder", "ひばり旅行株式会社"),
            ("BusinessImprovementOrder", "合同会社あおい観光"),
            ("BusinessImprovementOrder", "株式会社かもめツアー"),
            ("BusinessSuspensionOrder", "ひばり旅行株式会社"),
            ("BusinessSuspensionOrder", "株式会社かもめツアー"),
        ]
    )


def test_exempted_members_of_a_group() -> None:
    """「なお、Cは、…排除措置命令の対象とはしていない」「※Bは、…課徴金の納付を命じていない」."""
    text = (
        "排除措置命令及び課徴金納付命令について\n\n令和7年3月3日\n公正取引委員会\n\n"
        "公正取引委員会は、本日、下記の3社に対し、独占禁止法第7条第2項の規定に基づく排除措置命令"
        "及び同法第7条の2第1項の規定に基づく課徴金納付命令を行った。\n\n"
        "1 違反行為者\n(1)株式会社あさぎ建設\n(2)紅葉土木株式会社\n(3)株式会社すずらん工務店\n\n"
        "2 排除措置命令の概要\nなお、すずらん工務店は、立入検査前に違反行為を取りやめていたことから、"
        "排除措置命令の対象とはしていない。\n\n3 課徴金納付命令の概要\n"
        "※紅葉土木は、課徴金減免制度の適用により、課徴金の納付を命じていない。\n"
    )
    got = sorted((a.kind, a.addressee) for a in parser.parse(text).actions)
    assert got == sorted(
        [
            ("CeaseAndDesistOrder", "紅葉土木株式会社"),
            ("CeaseAndDesistOrder", "株式会社あさぎ建設"),
            ("SurchargeOrder", "株式会社あさぎ建設"),
            ("SurchargeOrder", "株式会社すずらん工務店"),
        ]
    )


def test_an_earlier_action_told_with_nimo_keeps_no_current_wrong() -> None:
    """「同社は、平成30年5月にも当府から指示処分を受けている」: another matter."""
    text = (
        "宅地建物取引業者に対する監督処分について\n\n令和7年4月1日\n架空県\n\n"
        "架空県知事は、本日付けで、次の宅地建物取引業者に対し、業務停止処分を行った。\n\n"
        "1 業務停止処分\n(1)商号又は名称 株式会社みずほ住建\n"
        "(2)処分理由 買主に対し、重要事項の説明をしなかった(法第35条第1項違反)。\n"
        "(3)その他 同社は、平成30年5月にも当県から指示処分を受けている。\n"
    )
    notice = parser.parse(text)
    past = [a for a in notice.actions if a.kind == "Order"]
    assert [(a.addressee, a.date.iso() if a.date else "") for a in past] == [
        ("株式会社みずほ住建", "2018-05")
    ]
    assert past[0].violations == ()
