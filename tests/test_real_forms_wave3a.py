"""Action, addressee and date forms of round 12 found on real pages (公正取引委員会, 労働局,
県報, 消費者庁, 地方整備局, 経済産業局, 財務局), one row per form: addressees picked from a
numbered list by reference, a 被処分者 block whose labels stand one character per line, a
告示 dated by its 処分をした年月日 field with a distributive basis, a 命令書's letter head,
an order received before, per-company items of a suspension, a deadline kept to the part
that sets it, an inspection dated by the month it began.

Every notice here is written for this test (fictional companies and people)."""

from __future__ import annotations

import pytest

from shobun import parser

Fact = tuple[str, str | None, str | None, str | None, str | None]


def _facts(text: str) -> list[Fact]:
    """(kind, addressee, basis, date, deadline) of each action, sorted."""
    out = []
    for a in parser.parse(text).actions:
        c = a.legal_basis
        basis = f"{c.article}/{c.paragraph}" if c and c.article else None
        out.append(
            (
                a.kind,
                a.addressee,
                basis,
                a.date.iso() if a.date else None,
                a.deadline.iso() if a.deadline else None,
            )
        )
    return sorted(out, key=str)


_BY_REFERENCE = (
    "砂利運搬工事の入札参加業者に対する排除措置命令及び課徴金納付命令について\n"
    "令和6年3月5日\n公正取引委員会\n"
    "1 公正取引委員会は、みなと市が発注する砂利運搬工事の入札参加業者に対し、審査を行って"
    "きたところ、下記2(1)の3社は、独占禁止法第3条の規定に違反する行為を行っていたもので"
    "あり、本日、下記2(2)の2社に対し、独占禁止法第7条第2項の規定に基づき排除措置命令を"
    "行うとともに、下記3の2社に対し、独占禁止法第7条の2第1項の規定に基づき課徴金納付命令"
    "を行った。\n"
    "2 排除措置命令の対象事業者等\n(1)違反事業者\n番号\n違反事業者名\n本店所在地\n"
    "1\n株式会社あおば運輸\nみなと市一丁目1番1号\n"
    "2\nしらかば砕石株式会社\nみなと市二丁目2番2号\n"
    "3\n株式会社くぬぎ建材\nみなと市三丁目3番3号\n"
    "(2)排除措置命令の名宛人\n前記(1)の番号1から2までの2社\n"
    "(注)株式会社くぬぎ建材は、事業を廃止していることから、排除措置命令の対象としていない。\n"
    "3 課徴金納付命令の対象事業者\n"
    "課徴金納付命令の名宛人及び課徴金額は別表のとおりであり、課徴金の納付期限は令和6年10月7日"
    "である。\n"
    "(注)しらかば砕石株式会社は、課徴金納付命令の対象としていない。\n"
    "別表\n番号\n名宛人\n課徴金額\n1\n2\n株式会社あおば運輸\n株式会社くぬぎ建材\n"
    "1,234万円\n567万円\n合計\n1,801万円\n"
)


def test_addressees_picked_from_a_numbered_list_by_reference() -> None:
    assert _facts(_BY_REFERENCE) == sorted(
        [
            ("CeaseAndDesistOrder", "株式会社あおば運輸", "7/2", "2024-03-05", None),
            ("CeaseAndDesistOrder", "しらかば砕石株式会社", "7/2", "2024-03-05", None),
            ("SurchargeOrder", "株式会社あおば運輸", "7の2/1", "2024-03-05", "2024-10-07"),
            ("SurchargeOrder", "株式会社くぬぎ建材", "7の2/1", "2024-03-05", "2024-10-07"),
        ],
        key=str,
    )


def test_amounts_of_an_annex_flattened_column_by_column() -> None:
    amounts = {
        a.addressee: a.amount
        for a in parser.parse(_BY_REFERENCE).actions
        if a.kind == "SurchargeOrder"
    }
    assert amounts == {"株式会社あおば運輸": 12_340_000, "株式会社くぬぎ建材": 5_670_000}


ROWS: list[tuple[str, list[Fact]]] = [
    (  # a 被処分者 block whose labels stand one character per line (a PDF's narrow cells)
        "かえで労働局\n令和6年7月10日\n派遣元事業主に対する行政処分について\n"
        "かえで労働局(局長:山田一郎)は、下記のとおり、労働者派遣事業を営む事業主2社に対して、"
        "本日、労働者派遣法に基づく行政処分を行った。\n記\n第1\n被処分派遣元事業主\n"
        "名\n称\n株式会社ひいらぎスタッフ\n所\n在\n地\nかえで市一丁目1番1号\n処分内容\n"
        "労働者派遣法第14条第2項に基づく労働者派遣事業停止命令\n"
        "労働者派遣法第49条第1項に基づく労働者派遣事業改善命令\n"
        "名\n称\n有限会社すずらん工業\n所\n在\n地\nかえで市二丁目2番2号\n処分内容\n"
        "労働者派遣法第49条第1項に基づく労働者派遣事業改善命令\n"
        "第2\n労働者派遣事業改善命令の内容(2社共通)\n"
        "1 上記の措置について、令和6年8月9日までに、書面により報告すること。\n",
        [
            ("BusinessSuspensionOrder", "株式会社ひいらぎスタッフ", "14/2", "2024-07-10", None),
            ("BusinessImprovementOrder", "株式会社ひいらぎスタッフ", "49/1", "2024-07-10",
             "2024-08-09"),
            ("BusinessImprovementOrder", "有限会社すずらん工業", "49/1", "2024-07-10",
             "2024-08-09"),
        ],
    ),
    (  # a 県報 告示: the 処分をした年月日 field dates the orders; the reasons share out the basis
        "みどり県報\n第1234号\n令和5年6月9日\n告示\nみどり県告示第300号\n"
        "宅地建物取引業法(昭和27年法律第176号)第65条第2項及び第4項の規定により、次のとおり"
        "業務の停止を命じたので、同法第70条第1項の規定により公告する。\n令和5年6月9日\n"
        "みどり県知事\n1 処分をした年月日\n令和5年6月5日\n2 処分を受けた者\n"
        "(1)商号又は名称 株式会社あさぎ不動産\n(2)商号又は名称 ときわホーム株式会社\n"
        "3 処分の内容\n(1)株式会社あさぎ不動産\n令和5年6月12日から30日間、業務の全部を停止する。\n"
        "(2)ときわホーム株式会社\n令和5年6月12日から15日間、業務の全部を停止する。\n"
        "4 処分の理由\n(1)株式会社あさぎ不動産\nこの行為は、同法第35条第1項の規定に違反し、"
        "同法第65条第2項第2号に該当する。\n(2)ときわホーム株式会社\nこの行為は、同法第47条"
        "第3号の規定に違反し、同法第65条第4項第2号に該当する。\n",
        [
            ("BusinessSuspensionOrder", "株式会社あさぎ不動産", "65/2", "2023-06-05", None),
            ("BusinessSuspensionOrder", "ときわホーム株式会社", "65/4", "2023-06-05", None),
        ],
    ),
    (  # a 命令書: the letter head dates it, the standalone line names the order's kind
        "別添写しについては、添付を省略しています。\n別添1\n消表対第100号\n令和6年2月2日\n株式会社さくらの森\n代表取締役 田中花子 殿\n"
        "消費者庁長官\n(公印省略)\n"
        "不当景品類及び不当表示防止法第7条第1項の規定に基づく措置命令\n"
        "貴社は、…不当な表示を行っていたので、同法第7条第1項の規定に基づき、次のとおり命令する。\n"
        "1 命令の内容\n(1)貴社は、…周知徹底しなければならない。\n",
        [("MeasuresOrder", "株式会社さくらの森", "7/1", "2024-02-02", None)],
    ),
    (  # an order received before, told with its own day
        "令和6年5月10日\n消費者庁\n株式会社つばき商会に対する課徴金納付命令について\n"
        "消費者庁は、本日、株式会社つばき商会に対し、景品表示法第8条第1項の規定に基づき、"
        "課徴金納付命令を発出しました。\n"
        "なお、株式会社つばき商会は、本件表示について、令和5年9月1日、当庁から措置命令を受けています。\n",
        [
            ("MeasuresOrder", "株式会社つばき商会", None, "2023-09-01", None),
            ("SurchargeOrder", "株式会社つばき商会", "8/1", "2024-05-10", None),
        ],
    ),
    (  # an 整備局's per-company items: a suspension stated as what it stops, after its basis
        "令和6年4月3日\n国土交通省あおい地方整備局\n建設業者に対する監督処分について\n"
        "あおい地方整備局は、本日、建設業法に基づき、下記の建設業者2社に対し監督処分を行いました。\n"
        "1.処分を受けた者\n株式会社ひのき工務店\n有限会社もみじ設備\n2.処分の内容\n"
        "(1)株式会社ひのき工務店\n建設業法第28条第3項の規定により、令和6年4月18日から令和6年5月2日"
        "までの15日間、管内における建築工事業に関する営業のうち、民間工事に係るものの全部を停止すること。\n"
        "(2)有限会社もみじ設備\n建設業法第28条第1項の規定により、次のとおり指示する。\n"
        "① 上記の措置について、令和6年5月17日までに、文書により報告すること。\n",
        [
            ("BusinessSuspensionOrder", "株式会社ひのき工務店", "28/3", "2024-04-03", None),
            ("Order", "有限会社もみじ設備", "28/1", "2024-04-03", "2024-05-17"),
        ],
    ),
    (  # a 処分の内容 section in two parts: the 指示's report deadline is the 指示's only
        "令和6年2月14日\nあかね経済産業局\n電話勧誘販売業者に対する行政処分について\n"
        "あかね経済産業局は、株式会社こはく健康に対し、令和6年2月14日、特定商取引法第23条第1項の"
        "規定に基づき、業務の一部を停止するよう命じました。\nあわせて、同局は、同社に対し、"
        "特定商取引法第22条第1項の規定に基づき、再発防止策を講ずることなどを指示しました。\n"
        "本件は、同局とあかね県が連携して調査を行い、あかね県も同日付けで同社に対する特定商取引法"
        "に基づく業務停止命令(6か月)及び指示並びに同社の代表取締役に対する業務禁止命令(6か月)を"
        "行いました。\n"
        "3.行政処分の内容\n(1)業務停止命令\n令和6年2月15日から6か月間、業務の一部を停止すること。\n"
        "(2)指示\nア 同社は、令和6年3月14日までに、文書で報告すること。\n"
        "イ 同社は、業務停止命令の内容を令和6年3月14日までに通知し、文書で報告すること。\n",
        [
            ("BusinessSuspensionOrder", "株式会社こはく健康", "23/1", "2024-02-14", None),
            ("Order", "株式会社こはく健康", "22/1", "2024-02-14", "2024-03-14"),
            ("Order", None, None, "2024-02-14", None),  # the officer's 業務禁止命令
        ],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    ROWS,
    ids=[
        "hishobun-block-labels-one-character-per-line",
        "kenpo-kokuji-dated-by-its-field-basis-shared-out",
        "meireisho-letter-head-and-standalone-kind-line",
        "order-received-before-with-its-day",
        "seibikyoku-per-company-suspension-item",
        "shiji-deadline-kept-to-its-part",
    ],
)
def test_action_forms(text: str, expected: list[Fact]) -> None:
    assert _facts(text) == sorted(expected, key=str)


def test_notes_that_take_one_of_the_group_out_of_an_order_of_one_kind() -> None:
    facts = _facts(
        "令和6年3月5日\n公正取引委員会\n公正取引委員会は、本日、株式会社あおば運輸、しらかば砕石"
        "株式会社及び株式会社くぬぎ建材に対し、独占禁止法第7条第2項の規定に基づき排除措置命令を"
        "行うとともに、独占禁止法第7条の2第1項の規定に基づき課徴金納付命令を行った。\n"
        "(注)株式会社くぬぎ建材は、事業を廃止していることから、排除措置命令の対象としていない。\n"
        "また、しらかば砕石株式会社については、算出された課徴金の額が100万円未満であるため、"
        "課徴金納付命令の対象としていない。\n"
    )
    assert [(kind, who) for kind, who, *_ in facts] == [
        ("CeaseAndDesistOrder", "しらかば砕石株式会社"),
        ("CeaseAndDesistOrder", "株式会社あおば運輸"),
        ("SurchargeOrder", "株式会社あおば運輸"),
        ("SurchargeOrder", "株式会社くぬぎ建材"),
    ]


def test_a_generic_order_under_a_title_that_names_one_kind_is_that_kind() -> None:
    facts = _facts(
        "不当景品類及び不当表示防止法第7条第1項の規定に基づく措置命令\n"
        "貴社は、…不当な表示を行っていたので、同法第7条第1項の規定に基づき、次のとおり命令する。\n"
        "1 命令の内容\n(1)貴社は、…周知徹底しなければならない。\n"
    )
    assert [kind for kind, *_ in facts] == ["MeasuresOrder"]


def test_an_order_another_body_took_and_its_heading_are_one_with_its_own_deadline() -> None:
    facts = _facts(
        "News Release 令和6年3月29日\n消費者庁\n特定商取引法に基づく行政処分について\n"
        "東北経済産業局は、本日、特定商取引法に基づく行政処分を行いました。この処分は、特定商取引法"
        "第69条第3項の規定により消費者庁長官から権限の委任を受けた東北経済産業局長が行ったものです。\n"
        "(別添)\n令和6年3月29日\n東北経済産業局\n訪問販売業者に対する業務停止命令(3か月)等について\n"
        "東北経済産業局は、浄水器の訪問販売を行う株式会社こもれび水に対し、本日、特定商取引法第8条"
        "第1項の規定に基づき、訪問販売に関する業務の一部を停止するよう命じました。\n"
        "あわせて、同社に対し、同法第7条の規定に基づき、再発防止策を講ずることなどを指示しました。\n"
        "3.命令の内容\n(1)業務停止命令\n令和6年3月30日から3か月間、訪問販売に関する業務のうち、"
        "次の業務を停止すること。\n(2)指示\nア 再発防止策を講ずること。\n"
        "イ 上記アに基づいて講じた措置について、令和6年5月31日までに文書で報告すること。\n"
    )
    assert [(kind, basis, due) for kind, _, basis, _, due in facts] == [
        ("BusinessSuspensionOrder", "8/1", None),
        ("Order", "7/None", "2024-05-31"),
    ]


@pytest.mark.parametrize(
    "verb",
    ["がなされました", "が下された", "が発出された"],
    ids=["nasareta", "kudasareta", "hasshutsu-sareta"],
)
def test_an_order_told_in_the_passive_is_taken(verb: str) -> None:
    facts = _facts(
        "2024年3月1日\nくらしの法律ブログ\n"
        f"不当な表示をしていた株式会社ひまわり雑貨に対して、消費者庁から課徴金納付命令{verb}。\n"
    )
    assert [(kind, who) for kind, who, *_ in facts] == [("SurchargeOrder", "株式会社ひまわり雑貨")]


def test_an_inspection_is_dated_by_the_month_it_began() -> None:
    n = parser.parse(
        "令和6年11月8日\nあさひ財務局\nやまぶき信用組合に対する行政処分について\n"
        "あさひ財務局は、本日、やまぶき信用組合に対し、下記のとおり行政処分を行いました。\n"
        "2.処分の理由\n当局が令和6年2月から実施した立入検査の結果及び銀行法第24条第1項に基づき"
        "求めた報告を検証したところ、以下のような問題が認められた。\n"
    )
    dates = {a.kind: a.date.iso() if a.date else None for a in n.actions}
    assert dates.get("OnSiteInspection") == "2024-02"
    assert dates.get("ReportRequest") != "2024-02"
