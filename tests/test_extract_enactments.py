"""Enactments that are not the law a notice is about, one row per form seen on real
notices (`tests/data/probes/PHENOMENA.md` 11.6–11.8): a 条例 with the short name it is
given, a 施行規則 named after 同法, 同規則, a 告示 guideline or 基準 with its number, an
amending act, a rule named after a citation of another law, a law's title in its time.

Every sentence here is written for this test; the companies are fictional."""

from __future__ import annotations

import pytest

from shobun import parser
from shobun.parser.model import Notice

Cite = tuple[str | None, str, int | None, int | None]


def _parse(body: str, date: str = "令和4年6月1日") -> Notice:
    return parser.parse(f"{date}\n青葉県\n\n行政処分について\n\n{body}")


def _cites(n: Notice) -> set[Cite]:
    return {(c.statute, c.article, c.paragraph, c.item) for c in n.citations}


TOKUSHO = "特定商取引に関する法律"
JOREI = "青葉県消費生活条例"
GUIDE = "電気通信事業における利用者情報の取扱いに関するガイドライン"
KIJUN = "加工食品品質表示基準"
AMEND = "建設業法等の一部を改正する法律"
RYOTAN = "保険医療機関及び保険医療養担当規則"

# (body, statutes expected with their law numbers, citations expected, citations not wanted)
ROWS = [
    (  # a 条例 given a short name, its articles after the law's: never the law's
        "県は、株式会社みなせ商事が特定商取引法第6条第1項に違反したと認め、また、"
        f"{JOREI}（以下「条例」という。）第16条第1項に当たると認め、条例第17条第3項の"
        "規定に基づき勧告し、同条第4項により公表した。",
        {(TOKUSHO, "昭和51年法律第57号"), (JOREI, None)},
        {(TOKUSHO, "6", 1, None), (JOREI, "16", 1, None), (JOREI, "17", 3, None),
         (JOREI, "17", 4, None)},
        {(TOKUSHO, "16", 1, None), (TOKUSHO, "17", 3, None)},
    ),
    (  # the short name's parenthetical without 。, or with 以下、
        f"{JOREI}（以下「消費生活条例」という）第16条第1項に当たり、消費生活条例第17条第3項に"
        "基づき勧告した。また、緑川市消費者保護条例（以下、「市条例」という。）第9条に当たる。",
        {(JOREI, None), ("緑川市消費者保護条例", None)},
        {(JOREI, "16", 1, None), (JOREI, "17", 3, None), ("緑川市消費者保護条例", "9", None, None)},
        set(),
    ),
    (  # a 条例's 施行規則 named only with its schedule
        f"その勧誘は、{JOREI}施行規則別表第2（3）に掲げる不当な取引方法に当たる。",
        {(f"{JOREI}施行規則", None)}, set(), set(),
    ),
    (  # 同法施行規則 after a law's short name: the law's title and 施行規則
        "株式会社みなせ商事は、特定商取引法第7条第4号に基づく同法施行規則第7条第1号に"
        "該当する行為をした。",
        {(TOKUSHO, "昭和51年法律第57号"), (f"{TOKUSHO}施行規則", None)},
        {(TOKUSHO, "7", None, 4), (f"{TOKUSHO}施行規則", "7", None, 1)},
        {(TOKUSHO, "7", None, 1)},
    ),
    (  # 法施行規則 where the text calls the law 法: the law's own rule, under its full name
        f"{TOKUSHO}（昭和五十一年法律第五十七号。以下「法」という。）第8条第1項に基づき命じた。"
        "同社は、法第7条第1項第5号及び法施行規則第18条第1号に該当する行為をした。",
        {(TOKUSHO, "昭和51年法律第57号"), (f"{TOKUSHO}施行規則", None)},
        {(TOKUSHO, "7", 1, 5), (f"{TOKUSHO}施行規則", "18", None, 1)},
        {("法施行規則", "18", None, 1)},
    ),
    (  # 同規則 in a table cell: the 規則 named last, not the law before it
        "輸送施設の使用停止（貨物自動車運送事業法第33条）　点呼の未実施（貨物自動車運送"
        "事業輸送安全規則第7条第1項）、乗務時間の超過（同規則第3条第4項）",
        {("貨物自動車運送事業輸送安全規則", "平成2年運輸省令第22号")},  # statutes.tsv knows it
        {("貨物自動車運送事業輸送安全規則", "3", 4, None)},
        {("貨物自動車運送事業法", "3", 4, None)},
    ),
    (  # a 告示 guideline with its number and short name, after a law's articles
        "3社の事案は、個人情報の保護に関する法律第23条並びに"
        f"{GUIDE}（平成二十九年総務省告示第百五十二号。以下「ガイドライン」という。）"
        "第12条に違反するものです。",
        {(GUIDE, "平成29年総務省告示第152号")}, {(GUIDE, "12", None, None)}, set(),
    ),
    (  # a 告示 基準 introduced by the clause that grounds it
        f"このことは、JAS法第19条の13第1項の規定に基づき定められた{KIJUN}（平成十二年"
        "農林水産省告示第五百十三号）第4条第1項の規定に違反する。",
        {(KIJUN, "平成12年農林水産省告示第513号")}, {(KIJUN, "4", 1, None)},
        {("農林物資の規格化及び品質表示の適正化に関する法律", "4", 1, None)},
    ),
    (  # an amending act, its 附則 and the law as it stood before it
        f"{AMEND}（令和元年法律第三十号）附則第3条の規定により、なお従前の例による。",
        {(AMEND, "令和元年法律第30号")}, set(), set(),
    ),
    (  # a 省令 named right after a citation of another law and 及び
        f"これらは、健康保険法第70条第1項及び{RYOTAN}（昭和三十二年厚生省令第十五号）"
        "第19条に違反するものである。",
        {(RYOTAN, "昭和32年厚生省令第15号")}, {(RYOTAN, "19", None, None)}, set(),
    ),
    (  # the 施行規則 of a law whose full title has 及び in it
        "同社は、不当景品類及び不当表示防止法施行規則第8条に定める事項を表示しなかった。",
        {("不当景品類及び不当表示防止法施行規則", None)},
        {("不当景品類及び不当表示防止法施行規則", "8", None, None)},
        {("不当表示防止法施行規則", "8", None, None)},
    ),
    (  # 同条例施行規則: the rule of the ordinance named last
        f"同社は、{JOREI}第15条第1項及び同条例施行規則第7条第2号に違反した。",
        {(JOREI, None), (JOREI + "施行規則", None)},
        {(JOREI, "15", 1, None), (JOREI + "施行規則", "7", None, 2)},
        {(JOREI, "7", None, 2)},
    ),
    (  # a 告示 guideline with its volume in brackets before its number
        "同社の取扱いは、電気通信事業における個人情報保護に関するガイドライン（解説編）"
        "（令和4年個人情報保護委員会・総務省告示第4号）に沿わないものであった。",
        {("電気通信事業における個人情報保護に関するガイドライン(解説編)",
          "令和4年個人情報保護委員会・総務省告示第4号")}, set(), set(),
    ),
    (  # a full title with 及び that the table does not know, its short name in brackets
        "都は、水産物の表示及び流通の適正化に関する法律（水産表示法）に違反する行為を確認したので、"
        "同法第12条第1項の規定に基づき指示を行った。",
        {("水産物の表示及び流通の適正化に関する法律", None)},
        {("水産物の表示及び流通の適正化に関する法律", "12", 1, None)}, set(),
    ),
    (  # a duty and 法 joined by 及び is no title
        "個人情報の保護に関する法律（以下「法」という。）第23条に定める安全管理措置及び法第25条に"
        "定める監督を怠っていた。",
        {("個人情報の保護に関する法律", "平成15年法律第57号")},
        {("個人情報の保護に関する法律", "25", None, None)}, {("安全管理措置及び法", "25", None, None)},
    ),
    (  # a table's column headed by a law's articles: a bare article in its rows is the law's
        "不適正な取引行為\n特定商取引法の条項\n勧誘の目的を告げていなかった。\n第3条\n"
        "勧誘目的等不明示\n",
        {(TOKUSHO, "昭和51年法律第57号")}, {(TOKUSHO, "3", None, None)}, {(None, "3", None, None)},
    ),
]  # fmt: skip
IDS = [
    "jorei-short-name-articles-are-the-jorei-s",
    "jorei-short-name-paren-without-maru-or-with-comma",
    "jorei-shikou-kisoku-with-a-schedule",
    "dou-ho-shikou-kisoku-is-the-law-s-rule",
    "ho-shikou-kisoku-after-a-defined-short-name",
    "dou-kisoku-is-the-last-rule",
    "kokuji-guideline-with-number-and-short-name",
    "kokuji-kijun-after-its-grounding-clause",
    "amending-act-title-runs-over-its-wo",
    "shorei-after-another-law-s-citation-and-oyobi",
    "shikou-kisoku-of-a-law-with-oyobi-in-its-title",
    "dou-jorei-shikou-kisoku-is-the-ordinance-s-rule",
    "kokuji-guideline-with-its-volume-in-brackets",
    "unknown-full-title-with-oyobi-and-short-name-in-brackets",
    "a-duty-and-ho-joined-by-oyobi-is-no-title",
    "bare-article-under-a-column-headed-by-a-law-s-articles",
]


@pytest.mark.parametrize(("body", "statutes", "cites", "not_cites"), ROWS, ids=IDS)
def test_enactments(
    body: str, statutes: set[tuple[str, str | None]], cites: set[Cite], not_cites: set[Cite]
) -> None:
    n = _parse(body)
    assert statutes <= {(s.label, s.law_number) for s in n.statutes}
    assert cites <= _cites(n)
    assert not (not_cites & _cites(n))


def test_an_amending_act_has_its_derived_id_and_hides_no_second_law() -> None:
    n = _parse(f"{AMEND}（令和元年法律第三十号）附則第3条の規定による。")
    assert {s.label: s.egov_id for s in n.statutes} == {AMEND: "501AC0000000030"}


@pytest.mark.parametrize(
    ("date", "label"),
    [("平成18年4月14日", "貸金業の規制等に関する法律"), ("平成22年5月10日", "貸金業法")],
    ids=["before-the-2007-renaming", "after-the-2007-renaming"],
)
def test_a_short_name_takes_the_title_in_force_on_the_notice_s_date(date: str, label: str) -> None:
    n = _parse(
        "財務局は、あおい信販株式会社に対し、貸金業規制法第36条に基づき業務の停止を命じた。", date
    )
    assert [s.label for s in n.statutes] == [label]
    assert _cites(n) == {(label, "36", None, None)}


def test_a_statute_named_only_above_the_title_is_the_page_s_not_the_notice_s() -> None:
    n = parser.parse(
        "くらしの法律ブログ　特定商取引法\n\n株式会社みなとマートに対する措置命令について\n\n"
        "2018年4月20日\n\n大阪府は、本日、株式会社みなとマートに対し、景品表示法第7条第1項の"
        "規定に基づき、措置命令を行った。\n"
    )
    assert [s.label for s in n.statutes] == ["不当景品類及び不当表示防止法"]


def test_a_news_item_s_law_takes_the_title_of_the_item_s_day() -> None:
    n = parser.parse(
        "ニュース速報アーカイブ ＞ 経済 ＞ 2006年4月\n\n2006年04月14日(金) 19時42分\n\n"
        "財務局、貸金業者に業務停止命令　違法な取り立てで\n\n"
        "　財務局は14日、あおい信販株式会社（京都市）に対し、貸金業規制法第36条に基づき"
        "業務の停止を命令した。\n"
    )
    assert [s.label for s in n.statutes] == ["貸金業の規制等に関する法律"]
