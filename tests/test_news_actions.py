"""Actions as news items, blogs and PDF text tell them: days without a month or year
(「金融庁は16日、」「10月26日」「昨日」), a branch as where the order takes effect
(「同社西部営業所に…業務停止を命じた」), two measures in one 「…の処分を行った」, the day
given after the sentence (「処分日は、10月9日。」), names in side-by-side columns. Every
sentence is written for this test; the companies are fictional."""

from __future__ import annotations

import pytest

from shobun import parser
from shobun.parser.context import sentence_bounds

NEWS = "ニュースの森\n\n{title}\n2019年6月21日(金) 10:05\n\n"
PDF = "令和3年2月5日\n東海北陸厚生局\n\n"

# (text, the date of every date mention after the head, as ISO)
DATE_ROWS = [
    (NEWS.format(title="県が業者を処分") + "県は20日、株式会社ことり舎に業務の改善を命じた。",
     ["2019-06-20"]),
    (NEWS.format(title="県が業者を処分") + "県は30日、株式会社ことり舎に業務の改善を命じた。",
     ["2019-05-30"]),
    (NEWS.format(title="県が業者を処分") + "県は、6月18日、株式会社ことり舎に業務の改善を命じた。",
     ["2019-06-18"]),
    (NEWS.format(title="県が業者を処分") + "県は、12月3日に株式会社ことり舎を処分した。",
     ["2018-12-03"]),
    (NEWS.format(title="県が業者を処分") + "昨日、県が株式会社ことり舎に業務の改善を命じた。",
     ["2019-06-20"]),
    (PDF + "令和3年1月8日から同年\n2月7日までの間、業務を停止すること。", ["2021-01-08", "2021-02-07"]),
    (NEWS.format(title="県が業者を処分") + "同社は1日に8時間を超えて運転させていた。", []),
    (NEWS.format(title="県が業者を処分") + "同社は表示を偽っていた。5月には県が立ち入り検査をしていた。",
     ["2019-05"]),
    (NEWS.format(title="県が業者を処分") + "同社は、5月に研修を受けていた。", ["2019-05"]),
    (NEWS.format(title="県が業者を処分") + "同社は、5月にかけて表示を偽っていた。", []),
    (NEWS.format(title="県が業者を処分") + "業務を30日間停止するよう命じた。", []),
    (NEWS.format(title="県が業者を処分") + "同社は、昨年12月25日付けで届け出た。", ["2018-12-25"]),
    ("ブログ\n2012/09/22\n\n県は21日、株式会社ことり舎に業務の改善を命じた。", ["2012-09-22", "2012-09-21"]),
    ("ブログ\n2012.08.06\n\n本文。", ["2012-08-06"]),
    ("版 1.2.3\n\n2012.13.06 本文。", []),
]  # fmt: skip
DATE_IDS = [
    "a-bare-day-is-of-the-notices-month",
    "a-bare-day-after-the-notices-is-of-the-month-before",
    "a-yearless-day-is-of-the-notices-year",
    "a-yearless-december-in-june-is-of-the-year-before",
    "kinou-is-the-day-before-the-notice",
    "a-pdf-line-break-inside-a-date",
    "ichinichi-ni-is-no-date",
    "a-month-opening-a-clause-is-of-the-notices-year",
    "a-month-after-a-comma-likewise",
    "a-month-ni-kakete-ends-a-period-and-is-no-date",
    "a-period-of-days-is-no-date",
    "sakunen-is-the-year-before-the-notices",
    "a-slashed-date-line-and-the-bare-day-after-it",
    "a-dotted-date-line",
    "version-numbers-and-a-thirteenth-month-are-no-dates",
]


@pytest.mark.parametrize(("text", "isos"), DATE_ROWS, ids=DATE_IDS)
def test_dates_without_a_year_or_month(text: str, isos: list[str]) -> None:
    n = parser.parse(text)
    head = (
        text.index("\n\n", text.index("\n\n") + 2) if text.startswith("ニュース")
        else len(PDF) if text.startswith(PDF) else 0
    )  # fmt: skip
    body = [d.value.iso() for d in n.dates if d.span.start >= head]
    assert body == isos


# (text, (kind, addressee, article of the basis, date ISO) of every action)
ACTION_ROWS = [
    (NEWS.format(title="旅行会社2社を行政処分 観光庁")
     + "観光庁は20日、旅行業者2社に行政処分を行った。\n"
     "株式会社そよかぜツアーは、書面を交付していなかった。観光庁は、同法第19条第1項に基づき、"
     "同社北口営業所に7月1日から5日間の業務停止を命じた。\n",
     [("BusinessSuspensionOrder", "株式会社そよかぜツアー", "19", "2019-06-20")]),
    (NEWS.format(title="消費者金融2社に改善命令")
     + "近畿財務局は19日、株式会社あけぼのローンに対し、貸金業法第24条の6の3に基づく業務改善命令を出した。"
     "株式会社ゆうひ信販には、同法第24条の6の4第1項に基づき、業務を7月1日から5日間停止するよう命じた。\n",
     [("BusinessImprovementOrder", "株式会社あけぼのローン", "24の6の3", "2019-06-19"),
      ("BusinessSuspensionOrder", "株式会社ゆうひ信販", "24の6の4", "2019-06-19")]),
    (NEWS.format(title="運輸局、バス会社を処分")
     + "中部運輸局は、株式会社みずうみ交通に対し、道路運送法第40条に基づき、事業の停止と"
     "事業用自動車の使用停止の処分を行った。処分日は、6月17日。\n",
     [("BusinessSuspensionOrder", "株式会社みずうみ交通", "40", "2019-06-17"),
      ("Order", "株式会社みずうみ交通", "40", "2019-06-17")]),
    (PDF + "監督処分について\n\n東海北陸厚生局は、本日、下記の2社に対し、監督処分を行った。\n"
     "記\n1.株式会社あさつゆ工務\n2.株式会社ゆうなぎ設備\n"
     "(別添1)\n1.処分対象業者\n商号 許可番号\n株式会社あさつゆ工務\n所在地 名古屋市\n"
     "2.処分内容\n建設業法第28条第3項の規定に基づく営業の停止命令\n"
     "(別添2)\n1.処分対象業者\n商号 許可番号\n株式会社ゆうなぎ設備\n所在地 岐阜市\n"
     "2.処分内容\n建設業法第28条第1項の規定に基づく指示処分\n",
     [("BusinessSuspensionOrder", "株式会社あさつゆ工務", "28", "2021-02-05"),
      ("Order", "株式会社ゆうなぎ設備", "28", "2021-02-05")]),
]  # fmt: skip
ACTION_IDS = [
    "the-companys-branch-is-where-the-order-takes-effect",
    "an-undated-order-in-a-news-item-takes-the-leads-day",
    "two-measures-of-one-shobun-wo-okonatta-and-the-day-said-after",
    "names-under-a-column-head-each-in-its-own-block",
]


RELEASE = "令和4年9月2日\n近畿財務局\n\n行政処分について\n\n"

# (text, (kind, addressee, article of the basis, date ISO) of every action)
PHRASE_ROWS = [
    (NEWS.format(title="談合で課徴金命令")
     + "公正取引委員会は、株式会社こだま計器に対して、違反行為をやめるよう命じるとともに、"
     "課徴金を納めるよう命じました。\n命令を受けたのは、株式会社こだま計器です。\n",
     [("CeaseAndDesistOrder", "株式会社こだま計器", "", "2019-06-21"),
      ("SurchargeOrder", "株式会社こだま計器", "", "2019-06-21")]),
    (RELEASE + "近畿財務局は、本日、株式会社いなほペイに対し、割賦販売法第35条の17の9の規定に基づき、"
     "業務の運営を改善するために必要な措置をとるべきことを命じました。\n",
     [("BusinessImprovementOrder", "株式会社いなほペイ", "35の17の9", "2022-09-02")]),
    (RELEASE + "近畿財務局は、本日付けで下記の建設業者に対し監督処分を行った。\n記\n1.被処分者\n"
     "商号:株式会社みずなら建工\n処分内容:建設業法第28条第3項の規定により、令和4年9月20日から令和4年\n"
     "10月3日までの14日間、近畿財務局管内における建築工事業に\n関する営業のうち、公共工事に係るものを停止する。\n",
     [("BusinessSuspensionOrder", "株式会社みずなら建工", "28", "2022-09-02")]),
    (RELEASE + "近畿財務局は、本日、当社に対し、下記(1)については貸金業法第24条の6の5第1項第1号に基づき、"
     "下記(2)については同法第24条の6の3に基づき、以下の行政処分を行った。\n"
     "株式会社しらさぎ金融(以下「当社」という。)\n(1)登録取消し\n登録を取り消す。\n(2)業務改善命令\n"
     "業務運営体制を見直すこと。\n",
     [("RegistrationRevocation", "株式会社しらさぎ金融", "24の6の5", "2022-09-02"),
      ("BusinessImprovementOrder", "株式会社しらさぎ金融", "24の6の3", "2022-09-02")]),
    (RELEASE + "近畿財務局は、令和4年6月1日、貸金業法第24条の6の10第1項の規定に基づき、"
     "株式会社あさぎ信販に対し報告を求めるとともに、同年7月5日、同社に対し立入検査を実施した。\n",
     [("ReportRequest", "株式会社あさぎ信販", "24の6の10", "2022-06-01"),
      ("OnSiteInspection", "株式会社あさぎ信販", "24の6の10", "2022-07-05")]),
    (RELEASE + "県は、本日、株式会社ひばり住設に対し、特定商取引法に基づき業務停止命令及び指示を行った。\n"
     "1 処分の内容\n(1)業務停止命令(特定商取引法第8条第1項)\n業務の一部を停止すること。\n"
     "(2)指示(特定商取引法第7条第1項)\n再発防止策を講ずること。\n",
     [("BusinessSuspensionOrder", "株式会社ひばり住設", "8", "2022-09-02"),
      ("Order", "株式会社ひばり住設", "7", "2022-09-02")]),
    (RELEASE + "宅地建物取引業者に対する監督処分\n"
     "|処分年月日|商号又は名称|処分の内容|処分の理由|\n|---|---|---|---|\n"
     "|令和4年8月1日|株式会社うみねこ不動産|業務停止10日間|書面を交付しなかった。(法第37条第1項違反)、法第65条第2項第2号に該当|\n"
     "|令和4年7月4日|有限会社やまばと土地|免許取消し|代表者が刑に処せられた。(法第5条第1項第5号該当)、法第66条第1項第3号に該当|\n",
     [("BusinessSuspensionOrder", "株式会社うみねこ不動産", "65", "2022-08-01"),
      ("RegistrationRevocation", "有限会社やまばと土地", "66", "2022-07-04")]),
    (NEWS.format(title="景表法の措置命令")
     + "消費者庁は20日、措置命令を受けたのは、株式会社あかね食品(横浜市)及び株式会社しろがね製菓(川崎市)と発表した。\n",
     [("MeasuresOrder", "株式会社あかね食品", "", "2019-06-20"),
      ("MeasuresOrder", "株式会社しろがね製菓", "", "2019-06-20")]),
    (NEWS.format(title="措置命令") + "本日、消費者庁は、株式会社あおば薬房に対し、措置命令を出しています。\n",
     [("MeasuresOrder", "株式会社あおば薬房", "", "2019-06-21")]),
    (NEWS.format(title="バス会社を処分") + "中部運輸局は20日、株式会社みさき交通に対し、"
     "昨年12月25日付けで事業用自動車の使用停止処分を行ったと発表した。\n",
     [("Order", "株式会社みさき交通", "", "2018-12-25")]),
    (NEWS.format(title="バス会社を処分") + "中部運輸局は20日、株式会社みさき交通を同日付で車両使用停止処分にした。"
     "運輸局は、改善状況について報告を求める「輸送の安全確保命令」も出した。\n",
     [("Order", "株式会社みさき交通", "", "2019-06-20")]),
    (NEWS.format(title="消費者金融に停止命令") + "近畿財務局は19日、株式会社ゆうひ信販に対し業務改善命令を出した。"
     "株式会社あかつき信販には、昨年11月に支店長が深夜に返済を迫っていたとして、"
     "業務を7月1日から5日間停止するよう命じた。\n",
     [("BusinessImprovementOrder", "株式会社ゆうひ信販", "", "2019-06-19"),
      ("BusinessSuspensionOrder", "株式会社あかつき信販", "", "2019-06-19")]),
    (RELEASE + "近畿財務局は、株式会社かえで商事に対しては、業務改善命令を発出しないこととした。\n", []),
    (RELEASE + "近畿財務局は、本日、株式会社かえで商事に対し、業務停止命令の停止期間を延長した。\n",
     [("BusinessSuspensionOrder", "株式会社かえで商事", "", "2022-09-02")]),
    (RELEASE + "近畿財務局は、本日、株式会社かえで商事に対し、業務改善命令を下した。\n",
     [("BusinessImprovementOrder", "株式会社かえで商事", "", "2022-09-02")]),
    ("事務所通信\n\n派遣元事業主に対する命令について\n2012.08.06\n\n"
     "滋賀労働局は、本日、株式会社おうみ人材に対し、労働者派遣事業改善命令を行った。\n",
     [("BusinessImprovementOrder", "株式会社おうみ人材", "", "2012-08-06")]),
    (RELEASE + "近畿財務局は、令和4年6月8日及び9日、株式会社かえで商事に対し立入検査を実施した。\n",
     [("OnSiteInspection", "株式会社かえで商事", "", "2022-06-08")]),
    (NEWS.format(title="貸金業者5社を処分") + "県は20日、株式会社あやめ商事の登録を取り消し、"
     "別の2社に業務停止を命じた。\n",
     [("RegistrationRevocation", "株式会社あやめ商事", "", "2019-06-20"),
      ("BusinessSuspensionOrder", None, "", "2019-06-20")]),
    (RELEASE.replace("近畿財務局", "近畿厚生局") + "近畿厚生局は、本日、健康保険法第80条の規定に基づき、"
     "株式会社すずらん薬局の保険薬局の指定を取り消すとともに、同法第81条の規定に基づき、"
     "下記2の保険薬剤師の登録を取り消しました。\n",
     [("RegistrationRevocation", "株式会社すずらん薬局", "80", "2022-09-02"),
      ("RegistrationRevocation", None, "81", "2022-09-02")]),
    (RELEASE.replace("近畿財務局", "東海労働局") + "東海労働局は、本日、株式会社さざなみ人材に対し、"
     "労働者派遣法第14条第2項に基づき、労働者派遣事業の全部の停止を命じました。\n",
     [("BusinessSuspensionOrder", "株式会社さざなみ人材", "14", "2022-09-02")]),
    (RELEASE.replace("近畿財務局", "近畿経済産業局") + "近畿経済産業局は、株式会社ほしぞらライフ(本社:大阪市)に"
     "対し、本日、特定商取引法第39条第1項の規定に基づき、連鎖販売取引に係る取引の一部(勧誘及び契約締結)を"
     "停止するよう命じました。\n",
     [("BusinessSuspensionOrder", "株式会社ほしぞらライフ", "39", "2022-09-02")]),
    (NEWS.format(title="産地を偽る") + "農政局は20日、株式会社ことり舎に表示を改めるよう指示した。"
     "4月には農政局が同社に立ち入り検査をしていた。\n",
     [("Order", "株式会社ことり舎", "", "2019-06-20"),
      ("OnSiteInspection", "株式会社ことり舎", "", "2019-04")]),
    ("ブログ\n\n産地を偽った業者\n\n株式会社ことり舎は2011年5月から産地を偽っていた。"
     "昨年10月に通報が届き、県が同社に立ち入り検査をして判明した。\n",
     [("OnSiteInspection", "株式会社ことり舎", "", "")]),
    (NEWS.format(title="通販会社に命令") + "県は5月30日・31日にかけ、株式会社ことり舎に対し、"
     "特商法に基づく3カ月間の業務停止命令を行った。\n",
     [("BusinessSuspensionOrder", "株式会社ことり舎", "", "")]),
    ("建設業法ニュース\n\n事例1\n処分等年月日:2021年8月10日\n処分等を行った者:中部地方整備局長\n"
     "事業者名:ひばり建設株式会社\n処分等の種類:営業停止(15日間)\n"
     "処分の内容:建設業法第28条第3項の規定に基づき、令和3年8月24日から令和3年9月7日まで"
     "営業の全部を停止する。\n\n事例2\n処分等年月日:2021年8月12日\n処分等を行った者:中部地方整備局長\n"
     "事業者名:有限会社つぐみ設備\n処分等の種類:指示\n"
     "処分の内容:建設業法第28条第1項の規定に基づき、法令遵守の徹底等を指示する。\n",
     [("BusinessSuspensionOrder", "ひばり建設株式会社", "28", "2021-08-10"),
      ("Order", "有限会社つぐみ設備", "28", "2021-08-12")]),
    (NEWS.format(title="産地を偽る") + "株式会社ことり舎は産地を偽っていた。"
     "5月に苦情が届き、県が同社に立ち入り検査をしたところ、偽りが分かった。\n",
     [("OnSiteInspection", "株式会社ことり舎", "", "")]),
    (NEWS.format(title="消費者金融に停止命令") + "近畿財務局は19日、株式会社ゆうひ信販に対し業務改善命令を出した。"
     "また、株式会社あかつき信販に対して、西部支店で昨年11月、当時の支店長が深夜に返済を迫っていたとして、"
     "7月1日から5日間、同店の業務停止を命じた。\n",
     [("BusinessImprovementOrder", "株式会社ゆうひ信販", "", "2019-06-19"),
      ("BusinessSuspensionOrder", "株式会社あかつき信販", "", "2019-06-19")]),
    (NEWS.format(title="消費者金融に停止命令") + "近畿財務局は19日、消費者金融大手のゆうひ信販に対し、"
     "債務者との交渉経過の記録が不適切だったなどとして、法令順守の徹底などを求める業務改善命令を出した。"
     "また、準大手のあかつき信販に対して、7月1日から5日間、西部支店の業務停止を命じた。"
     "あかつき信販にも経営管理体制の充実などを求めた業務改善命令を出した。\n",
     [("BusinessImprovementOrder", "ゆうひ信販", "", "2019-06-19"),
      ("BusinessSuspensionOrder", "あかつき信販", "", "2019-06-19"),
      ("BusinessImprovementOrder", "あかつき信販", "", "2019-06-19")]),
    ("監督処分一覧\n処分年月日 | 商号又は名称 | 所在地 | 処分内容 |\n"
     "令和3年5月28日 | 株式会社ひばり工務店 | 架空市波多町1-2 | 許可の取消し |\n"
     "令和3年6月28日 | つばめ設備株式会社 | 架空市元町5-1 | 指示 |\n",
     [("RegistrationRevocation", "株式会社ひばり工務店", "", "2021-05-28"),
      ("Order", "つばめ設備株式会社", "", "2021-06-28")]),
    (RELEASE + "近畿財務局は、本日、株式会社かえで商事に対し、業務改善命令を発出した。\n"
     "(参考)処分件数\n|年度|指示|業務改善命令|\n|令和3年度|3|2|\n",
     [("BusinessImprovementOrder", "株式会社かえで商事", "", "2022-09-02")]),
    (NEWS.format(title="消費者金融に改善命令") + "近畿財務局は19日、消費者金融大手のゆうひ信販に対し、"
     "交渉記録が不適切だったなどとして、法令順守の徹底などを求める業務改善命令を出した。\n",
     [("BusinessImprovementOrder", "ゆうひ信販", "", "2019-06-19")]),
    ("監督処分一覧\n|名称|所在地|処分内容|\n|みなと農業協同組合|架空市波多町1-2|指示|\n",
     [("Order", "みなと農業協同組合", "", "")]),
]  # fmt: skip
PHRASE_IDS = [
    "orders-told-by-their-verbs-and-who-received-them-is-no-new-order",
    "gyomu-no-unei-wo-kaizen-suru-tame-is-an-improvement-order",
    "a-suspension-told-as-eigyo-no-uchi-wo-teishi-suru-over-pdf-lines",
    "each-item-takes-the-basis-the-lead-names-for-it",
    "to-tomoni-shares-the-basis-and-the-clause-keeps-its-own-day",
    "a-numbered-sub-heading-shiji-gives-its-basis",
    "a-list-rows-basis-is-what-the-conduct-falls-under-not-what-it-broke",
    "a-named-order-received-by-those-named-after-it",
    "dashite-imasu-performs-the-order",
    "the-day-tsukede-is-the-actions-not-the-announcements",
    "shobun-ni-shita-and-what-a-named-order-asks-is-no-request",
    "when-the-wrong-was-done-does-not-date-the-order",
    "an-order-not-issued-is-no-action",
    "an-extension-of-a-suspension-is-an-order",
    "meirei-wo-kudashita-performs-it",
    "honjitsu-is-the-reprints-date-line-where-the-header-names-no-date",
    "an-inspection-on-two-days-is-dated-by-the-first",
    "others-counted-but-not-named-are-no-addressee",
    "shitei-wo-torikesu-and-a-pharmacists-registration-which-is-no-companys",
    "jigyo-no-zenbu-no-teishi-wo-meijita-is-a-suspension",
    "torihiki-no-ichibu-wo-teishi-suru-yo-meijita-is-a-suspension",
    "tachiiri-kensa-wo-shiteita-is-an-inspection-done",
    "sakunen-needs-the-notices-own-date-not-the-date-before-it",
    "days-ni-kake-are-a-period-not-the-day-of-the-order",
    "each-block-s-order-is-for-the-name-labelled-above-it",
    "a-month-of-another-subjects-clause-does-not-date-the-inspection",
    "a-month-alone-in-the-reason-clause-does-not-date-the-order-the-day-before-does",
    "names-after-their-rank-and-a-second-company-ni-mo-are-the-addressees",
    "shiji-alone-in-a-dispositions-rows-cell-is-an-order",
    "shiji-as-a-column-header-over-counts-is-no-order",
    "a-name-after-its-industry-rank-daite-no-is-the-addressee",
    "shiji-in-a-row-of-a-company-of-any-legal-form-is-an-order",
]


@pytest.mark.parametrize(
    ("text", "expected"), ACTION_ROWS + PHRASE_ROWS, ids=ACTION_IDS + PHRASE_IDS
)
def test_actions_of_news_items_and_pdf_text(
    text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    n = parser.parse(text)
    got = [
        (
            a.kind,
            a.addressee,
            a.legal_basis.article if a.legal_basis else "",
            a.date.iso() if a.date else "",
        )
        for a in n.actions
    ]
    assert got == expected


# (text, (kind, addressee, deadline ISO, amount) of every action)
DUE_ROWS = [
    (PDF + "監督処分について\n\n東海北陸厚生局は、本日、下記の業者に対し、監督処分を行った。\n"
     "(別添1)\n1.処分対象業者\n商号 許可番号\n株式会社ゆうなぎ設備\n所在地 岐阜市\n"
     "2.処分内容\n建設業法第28条第1項の規定に基づく指示処分\n(1)社内体制を整備すること。\n"
     "(2)講じた措置について、令和3年3月31日までに文書で報告すること。\n3.処分理由\n同社は書面を交付しなかった。\n",
     [("Order", "株式会社ゆうなぎ設備", "2021-03-31", None)]),
    (RELEASE + "近畿財務局は、本日、株式会社かもめ信販に対し、業務改善命令を発出しました。\n\n"
     "**1．処分内容**\n\n(1) 割賦販売法第35条の3の21第1項に基づく業務改善命令\n\n"
     "1. 調査を行っていなかったものについて、速やかに調査を行うこと。\n"
     "2. 苦情を適切に処理する態勢を整備すること。\n"
     "3. 上記1.及び2.に関する改善計画を令和4年10月3日までに提出すること。\n\n"
     "**2．処分の理由**\n\n同社は調査を行っていなかった。\n",
     [("BusinessImprovementOrder", "株式会社かもめ信販", "2022-10-03", None)]),
    (RELEASE + "以上のことから、本日、株式会社かもめ保険に対し、保険業法第306条の規定に基づき、"
     "下記の内容の業務改善命令を発出した。\n記\n1.経営管理態勢の強化\n2.募集管理態勢の確立\n"
     "3.上記1及び2に関する業務改善計画を令和4年10月31日(月)までに提出すること。\n",
     [("BusinessImprovementOrder", "株式会社かもめ保険", "2022-10-31", None)]),
    (RELEASE + "近畿財務局は、本日、以下の2社に対し、行政処分を行いました。\n"
     "1 処分の概要\n|処分対象者|処分の内容|\n|---|---|\n|株式会社つばめ旅行|登録の取消し|\n"
     "|株式会社ひばり観光|業務改善命令|\n2 処分の理由\n(1) 株式会社ひばり観光\n"
     "同社は、取引条件を説明していなかった。同社は、令和4年10月14日までに改善措置を講じ、"
     "その内容を報告すること。\n",
     [("RegistrationRevocation", "株式会社つばめ旅行", "", None),
      ("BusinessImprovementOrder", "株式会社ひばり観光", "2022-10-14", None)]),
    (RELEASE.replace("近畿財務局", "消費者庁") + "消費者庁は、本日、株式会社こまち化粧品に対し、"
     "課徴金納付命令を発出しました。同法第8条第1項の規定により算定した課徴金の額1,200万円から"
     "返金額300万円を減額した結果、同社に納付を命じた課徴金の額は900万円となりました。\n",
     [("SurchargeOrder", "株式会社こまち化粧品", "", 9000000)]),
    (RELEASE + "近畿財務局は、本日、みさき信用金庫に対し、次の内容の業務改善命令を出した。\n"
     "(1)法令等遵守態勢を見直すこと\n(a)経営責任の明確化\n(b)再発防止策の策定\n"
     "(2)上記(1)に係る業務改善計画を令和4年10月28日までに提出すること\n",
     [("BusinessImprovementOrder", "みさき信用金庫", "2022-10-28", None)]),
]  # fmt: skip
DUE_IDS = [
    "the-deadline-of-a-labels-items-where-an-annex-restarts-the-numbering",
    "the-deadline-of-items-under-a-heading-whose-section-holds-only-its-line",
    "the-deadline-of-items-after-ki",
    "the-deadline-a-companys-own-section-imposes-on-its-one-action",
    "the-surcharge-ordered-not-the-one-computed-before-a-refund",
    "the-deadline-of-items-with-lettered-sub-items-a-b",
]


# (text, the articles of every provision each action is taken under)
BASES_ROWS = [
    (RELEASE + "近畿財務局は、本日、みさき信用金庫に対し、信用金庫法第89条第1項において準用する"
     "銀行法第26条第1項の規定に基づき、業務改善命令を出した。\n", [("89", "26")]),
    (RELEASE + "近畿財務局は、本日、みさき信用金庫に対し、信用金庫法第89条第1項において"
     "読み替えて準用する銀行法第24条第1項に基づき、報告を求めた。\n", [("89", "24")]),
]  # fmt: skip
BASES_IDS = ["junyo-suru-an-order-under-both-articles", "yomikaete-junyo-a-request-under-both"]


@pytest.mark.parametrize(("text", "expected"), BASES_ROWS, ids=BASES_IDS)
def test_an_article_applied_through_another_is_a_basis_with_it(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    got = [tuple(b.article for b in a.bases) for a in parser.parse(text).actions]
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), DUE_ROWS, ids=DUE_IDS)
def test_deadlines_and_amounts(text: str, expected: list[tuple[str, str, str, int | None]]) -> None:
    got = [
        (a.kind, a.addressee, a.deadline.iso() if a.deadline else "", a.amount)
        for a in parser.parse(text).actions
    ]
    assert got == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "株式会社あさひ商会(以下「あさひ」という。)に対し、指導を行いました。"
        "また、あさひから顧客対応業務の委託を受けていたユウヅキ通信株式会社に対し、要請しました。",
        "株式会社あさひ商会(以下「あさひ」という。)に対し、指導を行いました。"
        "また、あさひから整備業務を受託しているユウヅキ通信株式会社に対し、厳重注意を行いました。",
    ],
    ids=["itaku-wo-ukete-ita-Y", "jutaku-shite-iru-Y"],
)
def test_an_agent_named_after_what_it_was_entrusted(sentence: str) -> None:
    n = parser.parse(RELEASE + sentence)
    assert [(e.principal, e.agent) for e in n.entrustments] == [
        ("株式会社あさひ商会", "ユウヅキ通信株式会社")
    ]


@pytest.mark.parametrize(
    ("text", "bounds"),
    [("(勧告", [(0, 3)]), ("A社(本店\n東京)は命令した。\nB", [(0, 15), (16, 17)])],
    ids=["a-text-ending-inside-parentheses-is-one-sentence", "a-parenthetical-carried-over-a-line"],
)
def test_sentence_bounds_cover_a_last_line_left_in_parentheses(
    text: str, bounds: list[tuple[int, int]]
) -> None:
    assert sentence_bounds(text) == bounds


def test_a_news_list_with_cities_each_given_its_suspension() -> None:
    """Local news on a 県's orders: names with their cities, then 「AとBには、…停止する処分を
    科した」 and 「C(市)は60日間、D(市)は15日間、…などを停止する行政処分とした」."""
    text = NEWS.format(title="産廃業者を行政処分") + (
        "県は、5月9日付けで、県内の4事業者に対し、許可の取り消しや事業の停止などの行政処分を行った。"
        "元請けのあさひの土木(美濃市)が、ミドリ運送(関市)に運搬を任せていた。"
        "あさひの土木とミドリ運送には、収集運搬業を9日から30日間停止する処分を科した。"
        "ほかの現場でも違反があったとして、ミナセ工業(土岐市)は60日間、"
        "ハルタ環境(瑞浪市)は15日間、収集運搬業などを停止する行政処分とした。\n"
    )
    got = {(a.kind, a.addressee) for a in parser.parse(text).actions}
    names = ("あさひの土木", "ミドリ運送", "ミナセ工業", "ハルタ環境")
    assert got == {("BusinessSuspensionOrder", n) for n in names}
