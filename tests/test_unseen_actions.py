"""Actions, addressees, dates, deadlines and amounts in the forms that pages the parser had
never seen showed (probe rounds 8-10 and press pages, PDF text and news items read for
issue 12): one notice-shaped row per form, written for this test with fictional companies,
and the passes of `parser.asked` on their own inputs."""

from __future__ import annotations

import passes_inputs
import pytest

from shobun import parser
from shobun.parser import asked
from shobun.parser.events import Draft
from shobun.parser.model import Action, Citation, DateValue, Notice, Span
from shobun.parser.positions import ByStart


def _row(a: Action) -> tuple[str, str | None, str | None, str | None, str | None]:
    basis = a.legal_basis
    return (
        a.kind,
        a.addressee,
        f"{basis.article}/{basis.paragraph}" if basis else None,
        a.date.iso() if a.date else None,
        a.deadline.iso() if a.deadline else None,
    )


def _actions(text: str) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    return sorted(_row(a) for a in parser.parse(text).actions)


ROWS = [
    (  # a day between 許可を and 取り消した; a count of those it is for, named in the next sentence
        "令和7年5月20日\n近畿労働局\n\n派遣元2社の許可取消し\n\n近畿労働局は、派遣元2社の労働者派遣"
        "事業の許可を4月30日付で取り消した。処分を受けたのは株式会社さざなみ人材と株式会社"
        "ひばり派遣。\n",
        [("RegistrationRevocation", "株式会社さざなみ人材", None, "2025-04-30", None),
         ("RegistrationRevocation", "株式会社ひばり派遣", None, "2025-04-30", None)],
    ),
    (  # 「N社に対し」 and the N companies listed in a block below
        "かがみ労働局、派遣会社2社に改善命令\n2025/06/03\n\nかがみ労働局は2025年6月2日、派遣会社"
        "2社に対し、労働者派遣法第49条第1項に基づく労働者派遣事業改善命令を出しました。\n"
        "【処分対象の会社】\n- 株式会社いろは人材\n- 合同会社みなと派遣\n",
        [("BusinessImprovementOrder", "株式会社いろは人材", "49/1", "2025-06-02", None),
         ("BusinessImprovementOrder", "合同会社みなと派遣", "49/1", "2025-06-02", None)],
    ),
    (  # 停止すべき旨の命令, よう指示を行った, the day signed under the lead, a label's items
        "屋根工事の訪問販売業者に対し、業務停止命令及び指示を実施\n\n次の事業者は、特定商取引に"
        "関する法律(以下「法」という。)第3条に違反する行為を行ったことから、当該事業者に対し、"
        "法第8条第1項の規定に基づき訪問販売に関する業務の一部を停止すべき旨の命令をし、併せて"
        "法第7条第1項の規定に基づき、再発防止策を報告するよう指示を行った。\n令和7年4月10日\n"
        "あおば県知事\n\n1事業者の概要\n- 名称\n株式会社やまびこ工務店\n2不利益処分の内容\n"
        "- 業務停止命令\n令和7年4月11日から令和7年7月10日までの間、次の業務を停止すること。"
        "- ア 勧誘すること。\n- イ 契約を締結すること。\n- 指示\n- ア 同社は、違反行為の"
        "原因を検証し、令和7年5月9日までに、あおば県知事まで文書で報告すること。\n",
        [("BusinessSuspensionOrder", "株式会社やまびこ工務店", "8/1", "2025-04-10", None),
         ("Order", "株式会社やまびこ工務店", "7/1", "2025-04-10", "2025-05-09")],
    ),
    (  # the plan an order asks for, demanded in a sentence of its own, is part of the order
        "2025/09/10\n\n東北財務局、ひかり証券に業務改善命令\n\n東北財務局は10日、仙台市の証券会社"
        "「ひかり証券」に対し、金融商品取引法に基づき業務改善命令を出した。同局は10月10日までに"
        "改善計画を提出するよう求めた。\n",
        [("BusinessImprovementOrder", "ひかり証券", None, "2025-09-10", "2025-10-10")],
    ),
    (  # a sentence that speaks of the order by name gives it its deadline
        "投稿日:2025年8月1日\n\n関東財務局は令和7年7月25日、貸金業者である株式会社あさぎ"
        "ファイナンスに対し、貸金業法第24条の6の3第1項に基づく業務改善命令を発出した。\n"
        "業務改善命令では、改善策を令和7年8月29日までに書面で報告することが求められている。\n",
        [("BusinessImprovementOrder", "株式会社あさぎファイナンス", "24の6の3/1", "2025-07-25",
          "2025-08-29")],
    ),
    (  # 「…から報告を求め」: whom a report is demanded of; 同日 is a day, not a month
        "2025/10/01\n\n個人情報保護委員会は、令和7年9月5日、株式会社つばさ教育に対し、個人情報の"
        "保護に関する法律第147条に基づく指導を行った。\n委員会は、これに先立つ令和7年6月、同法"
        "第146条第1項に基づき、株式会社つばさ教育から委託先の管理状況について報告を求めていた。"
        "\n委員会は、委託先の株式会社ゆめデータに対しても、同日、同法第147条に基づく指導を行った。\n",
        [("Guidance", "株式会社つばさ教育", "147/None", "2025-09-05", None),
         ("Guidance", "株式会社ゆめデータ", "147/None", "2025-09-05", None),
         ("ReportRequest", "株式会社つばさ教育", "146/1", "2025-06", None)],
    ),
    (  # AとB across a comma; a bare に before the term
        "2021年04月08日\n\nみどり県は3月31日、健康食品通販のあおぞら食品株式会社に対し景表法に"
        "基づく措置命令と、特商法に基づく3カ月間の業務停止命令を行った。\n",
        [("BusinessSuspensionOrder", "あおぞら食品株式会社", None, "2021-03-31", None),
         ("MeasuresOrder", "あおぞら食品株式会社", None, "2021-03-31", None)],
    ),
    (  # an instruction received from another body before, and a suspension as what it stops
        "平成24年6月14日\nかもめ市場\n\n仲卸業者に対する行政処分について\n\n品質表示法に基づき"
        "平成24年5月2日に保健局から指示を受けた仲卸業者に対し、本日、下記のとおり行政処分を"
        "行いました。\n1.処分事業者\n株式会社まるいち青果\n2.処分内容\nかもめ市場条例第50条"
        "第1項に基づく処分として、仲卸業務の全部を10日間停止\n",
        [("BusinessSuspensionOrder", "株式会社まるいち青果", "50/1", "2012-06-14", None),
         ("Order", "株式会社まるいち青果", None, "2012-05-02", None)],
    ),
    (  # a basis one of two provisions (又は): each company's own section says which
        "令和6年8月6日\nあけぼの労働局\n\nあけぼの労働局は、本日、下記の2社に対し、労働者派遣法"
        "第14条第2項又は第21条第2項による労働者派遣事業停止命令を行った。\n第1 処分の内容\n"
        "1 株式会社こだま派遣\n(1) 労働者派遣法第14条第2項に基づく労働者派遣事業停止命令\n"
        "令和6年8月7日から同年10月6日まで、事業を停止すること。\n2 有限会社せせらぎ\n"
        "(1) 労働者派遣法第21条第2項に基づく労働者派遣事業停止命令\n令和6年8月7日から同年"
        "9月6日まで、事業を停止すること。\n",
        [("BusinessSuspensionOrder", "有限会社せせらぎ", "21/2", "2024-08-06", None),
         ("BusinessSuspensionOrder", "株式会社こだま派遣", "14/2", "2024-08-06", None)],
    ),
    (  # an earlier action the company received, on no day given: not today's
        "令和5年3月30日\nみさき労働局\n\nみさき労働局長は、本日、株式会社しおさい人材に対し、"
        "労働者派遣法第49条第1項に基づく労働者派遣事業改善命令を行った。\n第3 処分理由\n"
        "株式会社しおさい人材は、以前にも是正指導を受け、違反を承知していたにもかかわらず、"
        "建設業務に労働者を従事させた。\n",
        [("BusinessImprovementOrder", "株式会社しおさい人材", "49/1", "2023-03-30", None),
         ("Guidance", "株式会社しおさい人材", None, None, None)],
    ),
    (  # a sole trader known by a 屋号 in 「」, the order addressed to the person
        "2025年11月28日 10:05\n\nみどり県は11月26日、「あけぼの住設」の屋号で給湯器交換を"
        "戸別訪問で売り込んでいた個人事業主、山川 一郎氏に対し、特定商取引法に基づく6カ月間の"
        "業務停止命令を行った。\n",
        [("BusinessSuspensionOrder", "あけぼの住設", None, "2025-11-26", None)],
    ),
    (  # 処分等年月日 above each block's action dates it; a received 勧告 told with ました
        "建設業法ニュース\n\n事例1\n処分等年月日:2021年8月10日\n事業者名:かすみ建設株式会社\n"
        "処分の内容:建設業法第28条第3項の規定に基づき、令和3年8月24日から令和3年9月7日まで"
        "営業の全部を停止する。\n\n2017年9月13日、株式会社ふじマートが、公正取引委員会による"
        "下請法違反の勧告を受けました。\n",
        [("BusinessSuspensionOrder", "かすみ建設株式会社", "28/3", "2021-08-10", None),
         ("Recommendation", "株式会社ふじマート", None, "2017-09-13", None)],
    ),
    (  # items right after the order's sentence, unannounced: the last asks by a day
        "令和7年3月1日\n東北財務局\n\n東北財務局は、本日、株式会社あおい商事に対し、業務改善命令を"
        "発出した。\n(1)法令遵守態勢を確立すること。\n(2)上記(1)の対応状況を、令和7年4月30日(水)"
        "までに書面で報告すること。\n",
        [("BusinessImprovementOrder", "株式会社あおい商事", None, "2025-03-01", "2025-04-30")],
    ),
    (  # 記 and items numbered with a space, then a line 報告期限: under them
        "令和7年3月1日\n東北財務局\n\n東北財務局は、本日、株式会社あおい商事に対し、貸金業法"
        "第24条の6の3第1項に基づき、下記の内容の業務改善命令を発出した。\n記\n1 法令遵守態勢を"
        "確立すること。\n2 上記1の対応状況を書面で報告すること。\n報告期限:令和7年4月30日\n",
        [("BusinessImprovementOrder", "株式会社あおい商事", "24の6の3/1", "2025-03-01",
          "2025-04-30")],
    ),
    (  # a block of fields: the day labelled above the action's label, the basis below it
        "令和6年12月5日\n北海道開発局\n\n建設業者に対する監督処分について\n\n北海道開発局は、"
        "建設業法に基づき、下記の建設業者に対して監督処分を行いました。\n記\n商号又は名称 株式会社"
        "とかち建設\n主たる営業所の所在地 北海道帯広市\n処分年月日 令和6年12月4日\n処分の内容 "
        "営業停止(7日間)\n根拠法令 建設業法第28条第3項\n",
        [("BusinessSuspensionOrder", "株式会社とかち建設", "28/3", "2024-12-04", None)],
    ),
    (  # 業務の改善等を命じ, and the 厳重注意 that goes on from it the same day
        "平成22年2月4日\n\n総務省は、本日、はやて通信株式会社に対し、電気通信事業法に基づき、"
        "情報の取扱いについて業務の改善等を命じました。\nまた、同社に対し、文書による厳重注意を"
        "行いました。\n",
        [("BusinessImprovementOrder", "はやて通信株式会社", None, "2010-02-04", None),
         ("Caution", "はやて通信株式会社", None, "2010-02-04", None)],
    ),
    (  # a trade paper quotes the kind of action: 「指示」処分を出した
        "2022年11月17日\n食品業界ニュース\n\nあおい食品とみどり畜産が食品表示法違反\n\n農林水産省は"
        "16日、株式会社あおい食品とみどり畜産株式会社の2社に「指示」処分を出した。\n",
        [("Order", "株式会社あおい食品", None, "2022-11-16", None),
         ("Order", "みどり畜産株式会社", None, "2022-11-16", None)],
    ),
    (  # news: 改善措置や原因究明の指示を出した
        "2008年4月16日\n農業ニュース\n\n農水省、のり巻きあられの不適正表示で指示\n\n農林水産省は"
        "4月11日、株式会社しぐれ製菓に改善措置や原因究明の指示を出した。\n",
        [("Order", "株式会社しぐれ製菓", None, "2008-04-11", None)],
    ),
    (  # a trade paper: the 連鎖販売 取引等停止命令 and a 指示 joined by と
        "2025年3月20日\n通販ニュース\n\n連鎖販売業者に停止命令18カ月\n\n架空経済産業局は3月3日、"
        "連鎖販売取引の株式会社みなみ商会に特定商取引法違反で18カ月の取引等停止命令と指示を行った。\n",
        [("BusinessSuspensionOrder", "株式会社みなみ商会", None, "2025-03-03", None),
         ("Order", "株式会社みなみ商会", None, "2025-03-03", None)],
    ),
    (  # 「建設業者2社等を…告発した」: the two companies, not the public bodies also named
        "令和4年6月10日\n国土交通省\n北方地方整備局が発注する舗装工事の受注調整に係る刑事告発"
        "に対する指名停止措置等について\n1.事実概要 公正取引委員会は、本件を犯則事件として"
        "調査した結果、令和4年6月3日、独占禁止法第74条第1項の規定により建設業者2社等を検事"
        "総長に告発した。札幌地方検察庁は、同日、この2社等を起訴した。\n2.指名停止措置について\n"
        "(1)措置対象業者 こぶし舗道株式会社、株式会社はまなす道路\n"
        "(2)実施機関 北方地方整備局、札幌管区気象台\n",
        [("CriminalReferral", "こぶし舗道株式会社", "74/1", "2022-06-03", None),
         ("CriminalReferral", "株式会社はまなす道路", "74/1", "2022-06-03", None)],
    ),
    (  # a database's record titled 「…に対する件」: the 排除措置命令(書) lines name the order
        "審決等データベース\n本文表示\n福井県が発注する土木工事の入札参加業者に対する件\n"
        "独禁法3条後段\n令和4年(措)第9号\n排除措置命令\n令和4年(措)第9号\n排 除 措 置 命 令 書\n"
        "名宛人 別表1の名宛人目録記載のとおり\n公正取引委員会は,上記の者らに対し,私的独占の"
        "禁止及び公正取引の確保に関する法律(以下「独占禁止法」という。)第7条第2項の規定に"
        "基づき,次のとおり命令する。\n主 文\n1 別表1の名宛人目録記載の2名(以下「2名」という。)"
        "は,それぞれ,次の事項を,取締役会において決議しなければならない。\n理 由\n"
        "第2 法令の適用\n この行為は,独占禁止法第3条の規定に違反するものであるので,独占禁止法"
        "第7条第2項第1号の規定に基づき,主文のとおり命令する。\n  令和4年10月5日\n"
        "公正取引委員会\n別表1\n名宛人目録\n番号 名宛人 所在地 代表者\n"
        "1 株式会社かもめ土木 福井県坂井市三国町1番1号 代表取締役 浜田 一郎\n"
        "2 うみねこ建設株式会社 福井県坂井市丸岡町2番2号 代表取締役 磯野 二郎\n",
        [("CeaseAndDesistOrder", "うみねこ建設株式会社", "7/2", "2022-10-05", None),
         ("CeaseAndDesistOrder", "株式会社かもめ土木", "7/2", "2022-10-05", None)],
    ),
    (  # a request the sentence of today's 勧告 names after it, set out below with no day
        "株式会社かささぎ名簿に対する個人情報の保護に関する法律に基づく行政上の対応について\n"
        "令和6年3月8日\n個人情報保護委員会\n個人情報保護委員会は、本日、株式会社かささぎ名簿に"
        "対し、下記1のとおり個人情報の保護に関する法律第148条第1項の規定により勧告を行い、"
        "下記2のとおり法第146条第1項の規定により報告等の求めを行うことを決定した。\n記\n"
        "1 勧告の内容\n(1) 個人データの提供に関し、必要な措置を講ずること。\n"
        "2 報告等の求めの内容\n株式会社かささぎ名簿に対し、法第146条第1項の規定により、上記1の"
        "勧告に基づいて講じた措置の状況について、令和6年4月12日までに、当委員会に報告する"
        "よう求める。\n",
        [("Recommendation", "株式会社かささぎ名簿", "148/1", "2024-03-08", None),
         ("ReportRequest", "株式会社かささぎ名簿", "146/1", "2024-03-08", "2024-04-12")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    ROWS,
    ids=[
        "a-day-before-torikeshita-and-a-count-named-after",
        "n-sha-ni-taishi-and-a-list-below",
        "teishi-subeki-mune-signed-day-and-a-labels-items",
        "an-orders-plan-demanded-apart-is-the-orders",
        "the-order-spoken-of-gives-its-deadline",
        "kara-houkoku-and-doujitsu-a-day",
        "to-across-a-comma",
        "a-shiji-received-and-a-suspension-as-what-it-stops",
        "one-of-two-provisions-matas-wa",
        "izen-nimo-no-day-of-today",
        "a-yago-in-kagi-kakko",
        "shobun-tou-nengappi-above-and-uke-mashita",
        "unannounced-items-after-the-orders-sentence",
        "a-houkoku-kigen-line-under-the-items",
        "a-block-of-fields-day-above-basis-below",
        "kaizen-tou-wo-meiji-and-what-goes-on-from-it",
        "shiji-in-kagi-shobun-wo-dashita",
        "no-shiji-wo-dashita",
        "torihiki-tou-teishi-meirei-to-shiji",
        "n-sha-counts-the-companies-not-the-public-bodies",
        "a-records-meireisho-line-names-the-generic-order",
        "a-request-todays-sentence-names-after-the-action",
    ],
)
def test_unseen_forms(
    text: str, expected: list[tuple[str, str | None, str | None, str | None, str | None]]
) -> None:
    assert _actions(text) == sorted(expected)


AMOUNTS = [
    (  # per company in prose, the second time without 株式会社
        "公正取引委員会は、3社に対して、課徴金を納めるよう命じました。命令を受けたのは、東京・"
        "府中市の「はやせ計測」、京都市の「株式会社うみかぜ電子」、それに大阪・吹田市の"
        "「あかね計器」の3社です。課徴金は、"
        "はやせ計測が5200万円、うみかぜ電子が3100万円、あかね計器が1900万円です。\n",
        {"はやせ計測": 52_000_000, "株式会社うみかぜ電子": 31_000_000, "あかね計器": 19_000_000},
    ),
    (  # right before a lone order's term; 納付命令 alone is a surcharge order
        "課徴金納付命令では、株式会社しらゆき本舗(東京都豊島区)に対し、消費者庁が1,944万円の"
        "課徴金納付命令を出した。\nまた、株式会社コハル商店(大分市)に対して358万円の納付命令を"
        "出している。\n",
        {"株式会社しらゆき本舗": 19_440_000, "株式会社コハル商店": 3_580_000},
    ),
    (  # a table flattened into lines: each name, and its amount on the line under it
        "令和7年3月1日\n公正取引委員会\n\n公正取引委員会は、本日、下記2社に対し、独占禁止法"
        "第7条の2第1項の規定に基づき、課徴金納付命令を行った。\n記\n1 対象事業者及び課徴金額\n"
        "株式会社あさひ工業\n課徴金額 1億2,345万円\n株式会社ゆうひ建設\n課徴金額 6,789万円\n",
        {"株式会社あさひ工業": 123_450_000, "株式会社ゆうひ建設": 67_890_000},
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    AMOUNTS,
    ids=["per-company-in-prose", "before-a-lone-term", "the-line-under-each-name"],
)
def test_amounts(text: str, expected: dict[str, int]) -> None:
    n: Notice = parser.parse(text)
    got = {a.addressee: a.amount for a in n.actions if a.kind == "SurchargeOrder"}
    assert got == expected


NOT_ACTIONS = [
    "消費者庁は31日、措置命令を受けた件数は4件だったと発表した。\n",  # a count
    "同連合会には28日に、食品表示法に基づき、表示を正すことと原因の究明を指示する。\n",  # to come
    "無登録で投資助言をした事業者の事例を紹介します。\n",  # the business, not an action
    "県は、株式会社あおい商事に対し、業務停止命令を行うため、弁明の機会を付与した。\n",  # to come
    "株式会社あおい商事の代表者は、従業員に虚偽の説明をするよう指示を出していた。\n",  # its own
]


@pytest.mark.parametrize(
    "text",
    NOT_ACTIONS,
    ids=[
        "a-count-of-orders",
        "an-instruction-to-come",
        "toushi-jogen",
        "benmei-no-kikai",
        "a-companys-own-instruction-shiji-wo-dashite-ita",
    ],
)
def test_not_actions(text: str) -> None:
    assert parser.parse(text).actions == ()


# the passes of parser.asked on their own inputs
NOWHERE = Span(0, 0, "")
D1 = DateValue(2025, 10, 10)


_context = passes_inputs.context_of
_draft = passes_inputs.draft_at


PLAN = "東北財務局は、A社に対し、業務改善命令を出した。同局は10月10日までに改善計画を提出するよう求めた。"
PLANS = [
    ([_draft("BusinessImprovementOrder", 13), _draft("ReportRequest", 41, deadlines=(D1,))],
     [("BusinessImprovementOrder", (D1,))]),
    ([_draft("ReportRequest", 41, deadlines=(D1,))], [("ReportRequest", (D1,))]),
    ([_draft("BusinessImprovementOrder", 13, addressee="B社"),
      _draft("ReportRequest", 41, deadlines=(D1,))],
     [("BusinessImprovementOrder", ()), ("ReportRequest", (D1,))]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("drafts", "expected"),
    PLANS,
    ids=["folded-into-the-order-before", "no-order-stays-a-request", "another-addressee-stays"],
)
def test_plans(drafts: list[Draft], expected: list[tuple[str, tuple[DateValue, ...]]]) -> None:
    ctx, terms = _context(PLAN)
    got = asked.plans(ctx, tuple(drafts), ByStart(terms, lambda t: t.start))
    assert [(d.kind, d.deadlines) for d in got] == expected


def test_spoken_of_gives_only_drafts_of_its_kind_without_one() -> None:
    text = "A社に対し、業務改善命令を発出した。\n業務改善命令では、令和7年8月29日までに報告することが求められている。\n"
    ctx, terms = _context(text)
    drafts = (
        _draft("BusinessImprovementOrder", 5),
        _draft("BusinessSuspensionOrder", 5),
        _draft("BusinessImprovementOrder", 5, basis=Citation("貸金業法", "24", 1, None, NOWHERE),
               deadlines=(D1,)),
    )  # fmt: skip
    got = asked.spoken_of(ctx, drafts, ByStart(terms, lambda t: t.start))
    assert [d.deadlines for d in got] == [(DateValue(2025, 8, 29),), (), (D1,)]
