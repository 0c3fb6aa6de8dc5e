"""Round 14's table, PDF and name forms, read on real pages (整備局・県 の建設業法 監督処分 with a
記 list and 別添 PDF text, 県 特商法 pages with a 個人事業 trade name), each written as a
sentence of our own: the companies, places and days are fictional."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shobun import parser
from shobun.parser import celled
from shobun.parser.extract import glued
from shobun.parser.model import Notice
from shobun.parser.normalize import normalize

SEIBI = "令和6年5月8日\nみなと地方整備局\n\n建設業者に対する監督処分について\n\n"

# (text, organisations the notice names but its issuer)
ORGS = [
    (
        SEIBI
        + "みなと地方整備局は、本日、下記の2社に対し、建設業法に基づく監督処分を行いました。\n記\n"
        "1.なぎさ土木株式会社\u3000国土交通大臣許可(特-5)第1XXXX号\n"
        "2.有限会社しおさい設備\u3000国土交通大臣許可(般-2)第1XXXX号\n",
        {"なぎさ土木株式会社", "有限会社しおさい設備"},
    ),
    (
        SEIBI + "1 処分を受けた者\n(1)商号:株式会社ひばり\n工務店\n代表者:代表取締役 山田 一郎\n"
        "2 処分の内容\n株式会社ひばり工務店\n建設業法第28条第1項の規定に基づく指示\n",
        {"株式会社ひばり工務店"},
    ),
    (
        SEIBI + "1 処分を受けた者\n商号:有限会社かもめ\u3000みなと県知事許可(般-3)第2XXXX号\n",
        {"有限会社かもめ"},
    ),
    (
        "報道発表日:令和5年6月1日\nみなと県\n\n特定商取引法に基づく行政処分(指示)について\n\n"
        "みなと県では、訪問販売業者「ひだまりリフォーム」に対し、法第7条第1項の規定により、"
        "行政処分(指示)を行いました。\n1.事業者の概要\n(1)名称 ひだまりリフォーム(個人事業)\n",
        set(),
    ),
    (
        "令和6年9月2日\n個人情報保護委員会\n\nみなと市教育委員会に対する指導について\n\n"
        "個人情報保護委員会は、本日、みなと市教育委員会に対し、生徒の個人情報の取扱いについて指導を"
        "行った。\n",
        {"みなと市教育委員会"},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), ORGS,
    ids=["licence-number-after-name", "name-broken-over-a-line", "prefecture-licence",
         "sole-trader-trade-name", "board-of-education"],
)  # fmt: skip
def test_organisations_of_construction_and_trade_notices(text: str, expected: set[str]) -> None:
    notice = parser.parse(text)
    found = {o.label for o in notice.organizations if o.kind != "Authority"}
    assert found == expected


# (text, (kind, addressee, article, paragraph) of every action; violations (committer, article))
ACTIONS = [
    (
        SEIBI + "1 処分を行った年月日\n令和6年5月8日\n2 処分の内容\n(1)なぎさ土木株式会社\n"
        "建設業法第28条第3項の規定に基づく営業の停止\nア 停止を命ずる期間:令和6年5月23日から"
        "同年6月21日までの30日間\n(2)有限会社しおさい設備\n建設業法第28条第1項の規定に基づく指示\n"
        "3 処分の原因となった事実\n(1)なぎさ土木株式会社は、虚偽の申請をした。このことが、"
        "建設業法第28条第1項第2号に該当すると認められる。\n(2)有限会社しおさい設備は、書面による"
        "契約を締結していなかった。このことが、建設業法第19条第1項の規定に違反すると認められる。\n",
        {
            ("BusinessSuspensionOrder", "なぎさ土木株式会社", "28", 3),
            ("Order", "有限会社しおさい設備", "28", 1),
        },
        {("有限会社しおさい設備", "19")},
    ),
]


@pytest.mark.parametrize(
    ("text", "actions", "wrongs"), ACTIONS, ids=["eigyo-no-teishi-and-kono-koto-ga"]
)
def test_construction_orders_and_what_their_reasons_violate(
    text: str, actions: set[tuple[str, str, str, int]], wrongs: set[tuple[str, str]]
) -> None:
    notice = parser.parse(text)
    found = {
        (a.kind, a.addressee, a.legal_basis.article if a.legal_basis else "",
         a.legal_basis.paragraph if a.legal_basis else None)
        for a in notice.actions
    }  # fmt: skip
    assert found == actions
    assert {(v.committed_by, p.article) for v in notice.violations for p in v.provisions} == wrongs


def _dated_actions(notice: Notice) -> set[tuple[str, str | None, str, str]]:
    """(kind, addressee, article of the basis, date) of each action."""
    return {
        (a.kind, a.addressee, a.legal_basis.article if a.legal_basis else "",
         a.date.iso() if a.date else "")
        for a in notice.actions
    }  # fmt: skip


NEWSLETTER = (
    "法務コンテンツ\n経済法トピックス\n2025年度上半期の勧告の状況\n2025/10/30\n"
    "2025年度上半期の勧告の状況\n"
    "\u3000この半年間に、公正取引委員会が下請法7条2項に基づく勧告を公表した案件は3件でした。\n"
    "\u3000下表に各案件をまとめました。\n"
    "日付対象企業違反事項備考\n"
    "2025/5/14㈱あけぼの製作下請代金の不当減額 2023年4月から実施\n"
    "減額金額合計1000万円\n"
    "2025/6/3みさき工業㈱不当な経済上の利益の提供要請 金型の無償保管の事案\n"
    "2025/7/22㈱こはる食品下請代金の不当減額 不当返品 2024年1月から実施\n"
    "\u3000上記のほか、自発的な申出の案件も公表されています。\n"
)


def test_a_run_together_table_lists_one_action_per_row() -> None:
    notice = parser.parse(NEWSLETTER)
    assert {a for a in _dated_actions(notice) if a[1]} == {
        ("Recommendation", "(株)あけぼの製作", "7", "2025-05-14"),
        ("Recommendation", "みさき工業(株)", "7", "2025-06-03"),
        ("Recommendation", "(株)こはる食品", "7", "2025-07-22"),
    }
    wrongs = {(v.committed_by, v.description) for v in notice.violations}
    assert wrongs == {
        ("(株)あけぼの製作", "下請代金の不当減額"),
        ("みさき工業(株)", "不当な経済上の利益の提供要請"),
        ("(株)こはる食品", "下請代金の不当減額"),
        ("(株)こはる食品", "不当返品"),
    }


# (text, a statute title the text must give whole)
TITLES = [
    (
        "以下の行為は、みなとの振興を図るための港湾事業に関する法律等の一部を改正する法律"
        "(令和4年法律第99号)による改正前の法に違反する。\n",
        "みなとの振興を図るための港湾事業に関する法律等の一部を改正する法律",
    ),
    (
        "この行為は、地域の活力を高めるための関係法律の整備に関する法律(平成29年法律第98号)"
        "による改正後の法第5条に違反する。\n",
        "地域の活力を高めるための関係法律の整備に関する法律",
    ),
]


@pytest.mark.parametrize(
    ("text", "title"), TITLES, ids=["wo-hakaru-tame-no", "wo-takameru-tame-no"]
)
def test_a_title_that_says_what_it_is_for_runs_over_its_wo(text: str, title: str) -> None:
    assert title in {s.label for s in parser.parse(text).statutes}


SOUTSU = (
    "報道資料\n令和7年6月2日\n四国総合通信局\n電波法違反者に対する行政処分\n"
    "\u3000四国総合通信局は、令和7年6月2日(月曜日)、電波法違反を行った2者に対して、電波法に基づく"
    "行政処分を行いました。\n1\u3000違反発覚の端緒\n\u3000第十一管区海上保安本部からの電波法違反事件"
    "通報書による。\n2\u3000違反及び行政処分の内容\n| 被処分者 |\n違反内容 |\n処分内容 |\n"
    "有限会社しおじ水産\n(みなと県うみべ市) |\n漁船に無線設備を設置して、免許を受けずに無線局を開設"
    "したもの。 |\n令和7年6月2日から令和7年7月1日までの30日間、\n(1)同社が開設する船舶局(1局)の運用"
    "停止(電波法第76条第1項)\n(2)同社が開設する簡易無線局(2局)の運用停止(電波法第76条第1項) |\n"
    "株式会社なみま運送\n(みなと県はま市) |\n免許状に記載された周波数以外の周波数を使用したもの。 |\n"
    "令和7年6月2日から令和7年6月20日までの19日間、\n簡易無線局(4局)の運用停止(電波法第76条第1項) |\n"
    "3\u3000違反した規定\n\u3000有限会社しおじ水産の行為は電波法第4条の規定に、株式会社なみま運送の行為は"
    "同法第53条の規定に、それぞれ違反するものです。\n<関連条文>\n電波法(昭和25年法律第131号)<抜粋>\n"
    "第4条\n無線局を開設しようとする者は、総務大臣の免許を受けなければならない。\n(以下略)\n"
    "第53条\n無線局を運用する場合においては、その無線局の免許状等に記載されたところによらなければ"
    "ならない。\n(以下略)\n"
)


def test_actions_in_a_table_whose_cells_close_with_bars() -> None:
    notice = parser.parse(SOUTSU)
    assert _dated_actions(notice) == {
        ("Order", "有限会社しおじ水産", "76", "2025-06-02"),
        ("Order", "株式会社なみま運送", "76", "2025-06-02"),
    }
    wrongs = {(v.committed_by, p.article) for v in notice.violations for p in v.provisions}
    assert wrongs == {("有限会社しおじ水産", "4"), ("株式会社なみま運送", "53")}
    assert "第十一管区海上保安本部" in {o.label for o in notice.organizations}


def test_a_trade_papers_related_articles_name_no_organisation_of_the_notice() -> None:
    text = (
        "みなと農業新聞\nニュース > 農政\n精米の産地を偽装 東海農政局が改善指示\n2008.10.21\n"
        "\u3000東海農政局はJAS法にもとづく改善指示を10月17日付で(有)しらなみ精米に出し、公表した。\n"
        "(関連記事)\n事故米穀の流通経路を公表\u3000農水省(08.09.19)\n一覧はこちら\n"
    )
    labels = {o.label for o in parser.parse(text).organizations}
    assert "農林水産省" not in labels
    assert "(有)しらなみ精米" in labels


_TABLE_TEXT = st.text(
    alphabet="日付対象企業違反事項備考名称処分内容被処分者|/ \n0123㈱株式会社A下請代金の不当減額返品。、",
    max_size=300,
)


@settings(max_examples=200, deadline=None)
@given(_TABLE_TEXT)
def test_run_together_and_bar_closed_tables_read_any_text(text: str) -> None:
    norm = normalize(text)
    for r in glued.rows(norm):
        assert r.start < r.name <= r.end <= len(norm.text)
        assert all(r.name < s < e <= r.end for s, e in r.wrongs)
    for table in celled.cells(norm.text):
        assert all(lo <= hi <= len(norm.text) for lo, hi in table)
        assert all(a[1] < b[0] for a, b in pairwise(table))


def test_a_table_with_one_row_per_line_gives_each_row_its_company() -> None:
    text = (
        "令和6年5月1日\n四国総合通信局\n電波法違反者に対する行政処分\n"
        "四国総合通信局は、本日、電波法違反を行った2者に対して行政処分を行いました。\n"
        "|被処分者|違反内容|処分内容|\n|---|---|---|\n"
        "|株式会社あおい運輸|無免許開設|簡易無線局の運用停止(電波法第76条第1項)|\n"
        "|有限会社みどり漁業|周波数違反|船舶局の運用停止(電波法第76条第1項)|\n"
    )
    assert _dated_actions(parser.parse(text)) == {
        ("Order", "株式会社あおい運輸", "76", "2024-05-01"),
        ("Order", "有限会社みどり漁業", "76", "2024-05-01"),
    }
