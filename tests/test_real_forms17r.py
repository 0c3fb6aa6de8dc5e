"""Actions and organisations of real notices' forms (session 11, helper realfix17): a news
item's 「事業停止5日間などの行政処分」 and vehicles stopped by 「…を40日間使用停止する処分を
受けました」, an annex per company in a 整備局 PDF (「(別添1)」 … 「営業の停止命令」), a company
a paper names with only 「(東京)」 after it and the report its 勧告 asks for, a 法的措置一覧
flattened one row a paragraph (「…に対する件」), a report received under a power to demand
it, a prefecture's page that calls itself 県庁 and 知事 only, a heading that lost its
number, a 注意 told under 経緯 with today's 指導. Every sentence is written for this test;
the names are fictional."""

from __future__ import annotations

import pytest

from shobun import parser

PAGE = "{title}\n\n令和7年5月1日\nみなと経済産業局\n\n"
NEWS = "みなと通信ニュース\n\n{title}\n2025年05月01日 18時00分 公開\n\n"

# (text, (kind, addressee, article of the basis, date ISO, deadline ISO) of every action)
ROWS = [
    (
        "運転者に休息を与えないなど、道路運送法などの法令に違反していたとして、国土交通省みなと運輸局"
        "は15日、貸切バス事業を行う岐阜県架空市の浜風観光に対し、事業停止5日間などの行政処分を行った"
        "と発表しました。\n\n浜風観光は、15日から5日間の事業停止と、事業停止終了後に6台中3台の車両を"
        "40日間使用停止する処分を受けました。\n",
        [("BusinessSuspensionOrder", "浜風観光", "", "", ""), ("Order", "浜風観光", "", "", "")],
    ),
    (
        PAGE.format(title="建設業者に対する監督処分について")
        + "みなと経済産業局は、本日、下記の2社に対し、建設業法に基づく監督処分を行いました。\n記\n"
        "1.あおば建設株式会社\n2.しおさい工業株式会社\n(別添1)\n建設業者に対する監督処分について\n"
        "1.処分対象業者\n商\n号\n許可番号\nあおば建設株式会社 国土交通大臣許可\n2.処分内容\n"
        "建設業法第28条第3項の規定に基づく営業の停止命令\n(別添2)\n建設業者に対する監督処分について\n"
        "1.処分対象業者\n商\n号\n許可番号\nしおさい工業株式会社 国土交通大臣許可\n2.処分内容\n"
        "建設業法第28条第1項の規定に基づく指示\n",
        [
            ("BusinessSuspensionOrder", "あおば建設株式会社", "28", "2025-05-01", ""),
            ("Order", "しおさい工業株式会社", "28", "2025-05-01", ""),
        ],
    ),
    (
        NEWS.format(title="求人サイト運営会社に是正勧告")
        + " 求人サイトを運営するミドリキャリア(東京)が利用者の情報を同意なく販売していた問題で、"
        "個人情報保護委員会は1日、個人情報保護法違反に当たるとして、是正を求める勧告を行った。\n\n"
        " 委員会は体制の見直しを求め、5月30日までに改善内容を報告するよう求めた。\n",
        [("Recommendation", "ミドリキャリア", "", "2025-05-01", "2025-05-30")],
    ),
    (
        "令和元年度\n\n独占禁止法法的措置一覧(令和元年度)\n\n(1) 排除措置命令\n\n"
        "一連番号 事件番号 件名 内容 違反法条 措置年月日\n\n1\n\n元(措)1\n"
        "架空錠剤の製造業者に対する件  架空錠剤の製造業者であるあさひ製薬株式会社とゆうひ化学株式会社"
        "が,仕切価について合意していた。 3条後段 令和元年6月4日\n2\n\n元(措)2\n"
        "架空資材の販売業者に対する件\n\n 架空資材の販売業者が,価格を維持する旨を合意していた。"
        " 3条後段 令和元年6月20日\n3\n\n元(措)3\nこもれび用品合同会社に対する件  遅くとも平成28年"
        "5月頃以降,小売業者にこもれび用品合同会社の商品を定める価格で販売するようにさせていた。\n",
        [
            ("CeaseAndDesistOrder", "あさひ製薬株式会社", "", "2019-06-04", ""),
            ("CeaseAndDesistOrder", "ゆうひ化学株式会社", "", "2019-06-04", ""),
            ("CeaseAndDesistOrder", "こもれび用品合同会社", "", "", ""),
        ],
    ),
    (
        "令和7年5月1日\n金融庁\n\n株式会社なぎさ損保に対する行政処分について\n\n"
        "1.株式会社なぎさ損保(以下「当社」という。)については、当庁検査の結果及び保険業法第128条"
        "第1項に基づく当社からの報告によると、以下のような事実が認められた。\n",
        [("ReportRequest", "株式会社なぎさ損保", "128", "", "")],
    ),
    (
        "報道資料\n令和7年5月1日\n架空規則の報告の誤りに関する行政指導\n"
        "総務省は、本日、株式会社かもめ通信(以下「かもめ通信」といいます。)に対し、報告の正確性に"
        "ついて指導を行いました。\n1 経緯\n報告について、かもめ通信から誤りがあったとの報告を受けました。\n"
        "このため、かもめ通信に対し、再発を防止する観点から注意を行うとともに、再発防止策の実施状況の"
        "報告を行うよう、文書により指導しました。\n",
        [
            ("Guidance", "株式会社かもめ通信", "", "2025-05-01", ""),
            ("Caution", "株式会社かもめ通信", "", "2025-05-01", ""),
        ],
    ),
]


ROWS += [
    (
        "路線バス2社に行政処分\n\n国土交通省中部運輸局は、あおば交通とはまかぜバスに対し、行政処分を"
        "実施したと発表した。\n\nあおば交通は南線で、終点の手前で運行を中断していた。はまかぜバスは"
        "北線で運行を中断していた。\n\n両社に対して監査を実施し、違反が判明したことから、事業用自動車1両"
        "を10日間の使用停止とし、文書で警告した。\n",
        [
            ("Order", "あおば交通", "", "", ""),
            ("Order", "はまかぜバス", "", "", ""),
            ("Warning", "あおば交通", "", "", ""),
            ("Warning", "はまかぜバス", "", "", ""),
        ],
    ),
    (
        "バス事業者に車両停止処分  中部運輸局\n 中部運輸局は1月4日、一般貸切旅客自動車運送事業者の"
        "しらなみトランスポート(岐阜県架空市)に対し、事業用自動車の使用停止処分を行ったと発表した。\n",
        [("Order", "しらなみトランスポート", "", "", "")],
    ),
    (
        "観光バス会社に行政処分 沖縄総合事務局は架空町の事業所に対して事業停止30日間などの行政処分を出しました。"
        " 行政処分を受けたのはみなみ交通株式会社で、事業停止30日となりました。\n",
        [("BusinessSuspensionOrder", "みなみ交通株式会社", "", "", "")],
    ),
]


ROWS += [
    (
        "汐見銀行と若葉台銀行は、本年6月23日、金融商品取引法第51条の2に基づき、関東財務局より、"
        "仲介業務に係る行政処分(業務改善命令)を受けた。また、あさぎ証券株式会社は、金融商品取引法"
        "第51条に基づき、関東財務局より、業務運営の状況に係る行政処分(業務改善命令)を受けた。\n",
        [
            ("BusinessImprovementOrder", "汐見銀行", "51の2", "", ""),
            ("BusinessImprovementOrder", "若葉台銀行", "51の2", "", ""),
            ("BusinessImprovementOrder", "あさぎ証券株式会社", "51", "", ""),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    ROWS,
    ids=[
        "a-suspension-with-its-period-and-nado-before-the-shobun-and-vehicles-stopped",
        "an-annex-per-company-gives-each-its-action",
        "a-company-a-paper-names-with-its-head-office-and-the-report-its-kankoku-asks",
        "each-row-of-a-list-of-cases-is-an-order-against-its-companies-on-its-day",
        "a-report-received-under-the-power-to-demand-it",
        "a-caution-told-under-keii-with-todays-guidance-is-todays",
        "two-names-a-regulators-lead-joins-and-ryosha-at-a-paragraphs-start",
        "the-kind-of-business-before-a-name-is-no-part-of-it",
        "a-shobun-told-as-given-out",
        "orders-received-as-a-kind-in-brackets-by-a-pair-of-banks-and-by-a-firm",
    ],
)
def test_actions_of_real_forms(text: str, expected: list[tuple[str, str, str, str, str]]) -> None:
    got = sorted(
        (
            a.kind,
            a.addressee or "",
            a.legal_basis.article if a.legal_basis else "",
            a.date.iso() if a.date else "",
            a.deadline.iso() if a.deadline else "",
        )
        for a in parser.parse(text).actions
    )
    assert got == sorted(expected)


# (text, the actions' addressees): where the form does not hold, it lends no addressee
NOT_LENT = [
    (  # an annex that names two companies lends neither: its list of offenders gives both
        PAGE.format(title="建設業者に対する監督処分について")
        + "(別添1)\n1.処分対象業者\nあおば建設株式会社、しおさい工業株式会社\n2.処分内容\n"
        "建設業法第28条第3項の規定に基づく営業の停止命令\n",
        {"あおば建設株式会社", "しおさい工業株式会社"},
    ),
    (  # a row of a list that names no company is no order
        "(1) 排除措置命令\n\n架空資材の販売業者に対する件\n\n 架空資材の販売業者が,価格を維持する旨を"
        "合意していた。 3条後段 令和元年6月20日\n",
        set(),
    ),
]


@pytest.mark.parametrize(
    ("text", "addressees"),
    NOT_LENT,
    ids=["an-annex-naming-two-companies-lends-neither-alone", "a-row-naming-no-company-is-none"],
)
def test_no_addressee_is_lent_where_the_form_does_not_hold(text: str, addressees: set[str]) -> None:
    assert {a.addressee for a in parser.parse(text).actions if a.addressee} == addressees


# (text, organisation label, kind or None where it must not be named)
ORGS = [
    (
        "現在位置:\n  1. トップページ >\n  2. 行政処分 >\n担当所属:\n  1.  県庁の組織一覧  >\n"
        "  2. 環境生活部  >\n令和7年05月01日\n\n産業廃棄物処理業者の行政処分を行いました\n\n"
        " 令和7年4月30日、廃棄物の処理及び清掃に関する法律の規定に基づき、産業廃棄物処理業者に対して、"
        "次のとおり行政処分を行いました。\n\n1 行政処分を受けた者\n 岐阜県架空市本町1番地\n"
        " 株式会社しらかば環境\n\n2 行政処分の内容\n 産業廃棄物処分業の許可の取消し\n\n3 行政処分の理由\n"
        " 株式会社しらかば環境は、知事の許可を受けずに施設を設置した。\n",
        "岐阜県",
        "Authority",
    ),
    (  # two prefectures named: the page's own is not told
        "令和7年05月01日\n\n産業廃棄物処理業者の行政処分を行いました\n\n 岐阜県架空市の株式会社"
        "しらかば環境及び愛知県架空市の株式会社みずなら商事に対して、許可の取消しを行いました。両社は"
        "知事の許可を受けずに施設を設置した。\n",
        "岐阜県",
        None,
    ),
    (
        NEWS.format(title="求人サイト運営会社に是正勧告")
        + "求人サイトを運営するミドリキャリア(東京)が情報を販売していた。\n",
        "ミドリキャリア",
        "Company",
    ),
    (
        "高知市の食肉販売業者が表示を偽っていたとして、岐阜県はこの業者に改善を行うよう「指示」しました。"
        "\n岐阜県から指示を受けたのは架空市にある食肉販売業者「みどり屋」です。\n",
        "岐阜県",
        "Authority",
    ),
    (
        "1.概要\n岐阜県は,立入検査の結果,不適正表示事案を確認した。\nこのため,本日,次の者に対し,"
        "法第6条第1項の規定に基づき,指示を行った。\n2.指示対象事業者\nみなとフーズ(岐阜県架空市本町"
        "外1番地の2)\n代表者 山田一郎(岐阜県架空市本町2番3号)\n",
        "みなとフーズ",
        "Company",
    ),
    (
        "観光庁は3月15日、あおばツアー、しおさいトラベル、みなとツーリストに対して、旅行業法第19条"
        "第1項に基づき、業務停止命令の行政処分を実施した。あおばツアー東京支店としおさいトラベル本社"
        "営業所に14日間、みなとツーリスト広島支店に9日間の業務停止を命じた。\n",
        "しおさいトラベル",
        "Company",
    ),
    (  # a regulator's lead naming one shop before に対し: the shop is no company
        "保険薬局の指定の取消し\n\n近畿厚生局は、あおい薬局本町店に対し、健康保険法第80条の規定に"
        "基づき、保険薬局の指定の取消しを行った。\n",
        "あおい薬局本町店",
        None,
    ),
    (  # a dated lead whose run holds the regulator's own 「…局は、」: no list of names
        "(1)平成30年5月、保険者から近畿厚生局に対し、あおい薬局本町店において不正があるとの情報"
        "提供があった。\n(2)平成30年9月19日、近畿厚生局は、あおい薬局本町店に対し、健康保険法"
        "第73条の規定に基づき指導を行った。\n",
        "あおい薬局本町店",
        None,
    ),
    (
        NEWS.format(title="月の措置件数")
        + "発表によれば、3月に措置命令を受けた件数は5件だった。\n",
        "件数",
        None,
    ),
    (
        NEWS.format(title="求人サイト運営会社に是正勧告") + "消費者庁(東京)が情報を公表した。\n",
        "消費者庁",
        "Authority",
    ),
]


@pytest.mark.parametrize(
    ("text", "label", "kind"),
    ORGS,
    ids=[
        "a-page-calling-itself-kenchou-is-the-one-prefecture-it-names",
        "not-where-it-names-two",
        "a-name-with-its-head-office-in-brackets-is-a-company",
        "a-prefecture-an-instruction-is-received-from-regulates",
        "a-business-with-its-full-address-in-brackets",
        "each-name-of-a-dated-leads-list-standing-alone-elsewhere",
        "a-shop-a-regulators-lead-names-alone-is-none",
        "a-dated-lead-with-the-regulator-as-subject-lists-no-names",
        "a-count-of-orders-received-is-no-name",
        "an-authority-with-a-place-in-brackets-stays-one",
    ],
)
def test_organisations_of_real_forms(text: str, label: str, kind: str | None) -> None:
    found = {o.label: o.kind for o in parser.parse(text).organizations}
    assert found.get(label) == kind


def test_a_heading_that_lost_its_number_is_no_title() -> None:
    text = (
        "株式会社みなと取引所に対する検査結果に基づく勧告について\n\n\n令和7年5月1日\n"
        "証券取引等監視委員会\n\n.勧告の内容\n 証券取引等監視委員会は、株式会社みなと取引所を検査した。\n"
    )
    assert (
        parser.parse(text).title_text == "株式会社みなと取引所に対する検査結果に基づく勧告について"
    )
