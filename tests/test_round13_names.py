"""Header, name and statute forms of round 13 found on real pages (都 and 県 press pages, a
公正取引委員会 page and its case database, 労働局 PDF text, a blog and a forum quoting a
release, trade papers), one row per form: the date line that names the publishing office,
a 県 site's name as the only mention of the issuer, a site's menu line above the title, a
breadcrumb that keeps the title's date, a database's case name before its fields, a contact's
telephone line before a PDF headline, a quoted release's own date, a release's header run on
into one line; a 前株 name after a trade's word, footnote marks glued to a name, 検察庁 and
気象台, a short name's parenthesis spelling out a title with を.

Every notice here is written for this test (fictional companies and people)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shobun import parser
from shobun.parser.datelines import quoted_day
from shobun.parser.extract import orgs
from shobun.parser.extract.spelled import spelled_out
from shobun.parser.normalize import normalize
from shobun.parser.runon import run_on_header
from shobun.parser.speaker import disposer

_LEAD = (
    "株式会社あけぼの物産に対し、特定商取引に関する法律第7条第1項の規定に基づき指示を行いました。\n"
)

# (page text, title, ISO issue date, issuer)
HEADERS = [
    (
        "報道発表資料　　2031年04月02日　　産業労働局\n"
        "訪問販売業者に対する業務停止命令について\n　東京都は、本日、" + _LEAD,
        "訪問販売業者に対する業務停止命令について",
        "2031-04-02",
        "東京都",
    ),
    (
        "みなみネット 山形県公式サイト\n"
        "トップページ > くらし > 事業者指導 > 訪問販売業者に対する指示について\n"
        "訪問販売業者に対する指示について\n2031年4月2日\n1 概要\n 県は、本日、" + _LEAD,
        "訪問販売業者に対する指示について",
        "2031-04-02",
        "山形県",
    ),
    (
        "サイトメニューここから\n公正取引委員会について 報道発表 相談窓口 独占禁止法 下請法\n"
        "サイトメニューここまで\n(令和元年5月7日)株式会社あけぼの物産に対する勧告について\n"
        "令和元年5月7日\n公正取引委員会\n 公正取引委員会は、本日、株式会社あけぼの物産に対し、"
        "勧告を行った。\n",
        "株式会社あけぼの物産に対する勧告について",
        "2019-05-07",
        "公正取引委員会",
    ),
    (
        "ホーム > 環境 > 報道発表 > 産業廃棄物処理業者に対する行政処分について(令和13年4月2日)\n"
        "産業廃棄物処理業者に対する行政処分について(令和13年4月2日)\n発表日:令和13年4月2日\n"
        "福井県環境部循環社会推進課\n 株式会社あけぼの環境に対して、許可取消しの処分を行いました。\n",
        "産業廃棄物処理業者に対する行政処分について(令和13年4月2日)",
        "2031-04-02",
        "福井県",
    ),
    (
        "公正取引委員会審決等データベース\n本文表示\nみなと市が発注する舗装工事の入札参加業者に対する件\n"
        "独禁法3条後段\n令和13年(措)第1号\n排除措置命令\n令和13年4月2日\n公正取引委員会\n"
        "公正取引委員会は、上記の者らに対し、次のとおり命令する。\n",
        "みなと市が発注する舗装工事の入札参加業者に対する件",
        "2031-04-02",
        "公正取引委員会",
    ),
    (
        "青森労働局発表\n令和13年4月2日\n担\n当\n職業安定部需給調整事業室\n"
        "主任指導官 山川 花子\n電話 017-123-45XX\n派遣元事業主に対する改善命令について\n"
        "青森労働局は、本日、株式会社あけぼの人材に対し、改善命令を行った。\n",
        "派遣元事業主に対する改善命令について",
        "2031-04-02",
        "青森労働局",
    ),
    (
        "あけぼの法務ブログ\n2031年12月5日\n名簿業者への勧告(個人情報保護委員会)\n"
        "少し前の話ですが、勉強会で取り上げた公表文を引用します。\n――――――\n令和13年9月5日\n"
        "個人情報保護委員会\n個人情報保護委員会(以下「当委員会」という。)は、本日、"
        "株式会社あけぼの名簿に対し、勧告を行った。\n",
        "名簿業者への勧告(個人情報保護委員会)",
        "2031-09-05",
        "個人情報保護委員会",
    ),
    (
        "工事掲示板 > 入札 > 国交省、舗装工事談合の3社を指名停止\n[出典:国土交通省ホームページ]\n"
        "国 土 交 通 省 Press Release 令和13年4月2日 国 土 交 通 省 "
        "関東地方整備局が発注する舗装工事の受注調整に係る指名停止措置等について 1.事実概要 "
        "公正取引委員会は、関東地方整備局が発注する舗装工事の受注調整事件を調査した結果、"
        "株式会社あけぼの舗装ほか2社に違反行為があると判断した。2.指名停止措置について "
        "関東地方整備局は、本日、3社に対し、指名停止措置を行う。\n",
        "関東地方整備局が発注する舗装工事の受注調整に係る指名停止措置等について",
        "2031-04-02",
        "国土交通省",
    ),
    (
        "厚生労働省\n青森労働局発表 令和13年4月2日 |\n担 当 |\n需給調整事業部 課長 山川 一郎 "
        "電話017-123-4567 |\n派遣元事業主に対する事業停止命令について\n"
        "青森労働局は、本日、株式会社あけぼの人材に対し、事業停止命令を行った。\n",
        "派遣元事業主に対する事業停止命令について",
        "2031-04-02",
        "青森労働局",
    ),
    (
        "令 和 1 3 年 4 月 2 日 消 費 経 済 課 長 山 川 一 郎 TEL (099)123-4567 "
        "特定商取引法違反の訪問販売業者に対する 業務停止命令(3か月)について ○ 九州経済産業局は、"
        "株式会社あけぼの物産に対し、本日、特定商取引法第8条第1項の規定に基づき、業務の一部を"
        "停止するよう命じました。\n",
        "特定商取引法違反の訪問販売業者に対する業務停止命令(3か月)について",
        "2031-04-02",
        "九州経済産業局",
    ),
]


def test_a_disposition_records_fields_name_its_issuer_and_day() -> None:
    n = parser.parse(
        "国土交通省 ネガティブ情報等検索サイト\n1.処分を受けた建設業者に関する事項\n"
        "商号または名称 株式会社あけぼの建設 代表者氏名 山川 一郎\n2.処分に関する事項\n"
        "処分年月日 2031年4月2日 処分を行った者 東北地方整備局長\n根拠法令 建設業法第28条第3項\n"
    )
    assert (n.issued.iso() if n.issued else None, n.issued_by) == ("2031-04-02", "東北地方整備局")
    assert "国土交通省" not in [o.label for o in n.organizations]  # named only in the site's name


@pytest.mark.parametrize(
    ("text", "title", "issued", "issuer"),
    HEADERS,
    ids=[
        "date-line-naming-the-office",
        "site-name-only-mention-of-the-ken",
        "menu-line-above-a-dated-title",
        "breadcrumb-keeps-the-date",
        "database-case-name-before-fields",
        "telephone-line-before-pdf-headline",
        "quoted-release-dated-by-its-own-day",
        "release-header-run-on-in-a-forum",
        "bureau-then-happyo-then-date",
        "pdf-page-run-on-date-contact-title",
    ],
)
def test_header_form(text: str, title: str, issued: str, issuer: str) -> None:
    n = parser.parse(text)
    assert (n.title_text, n.issued.iso() if n.issued else None, n.issued_by) == (
        title,
        issued,
        issuer,
    )


def test_a_site_menu_names_no_statute() -> None:
    n = parser.parse(HEADERS[2][0])
    assert [s.label for s in n.statutes] == []


def test_a_ken_named_only_by_its_site_is_an_organisation() -> None:
    n = parser.parse(HEADERS[1][0])
    assert "山形県" in [o.label for o in n.organizations]


# (text, an organisation the notice names, one it must not)
NAMES = [
    (
        "農林水産省は16日、愛知県の青果卸売業者(株)あけぼの青果(架空市、山川一郎代表)に"
        "指示処分を出した。\n",
        "(株)あけぼの青果",
        "青果卸売業者(株)",
    ),
    (
        "東海農政局は、静岡県の食肉販売業者(有)みどり精肉(架空市、川村二郎代表)に対し、"
        "指示を行った。\n",
        "(有)みどり精肉",
        "食肉販売業者(有)",
    ),
    (
        "公正取引委員会は、本日、株式会社あけぼの舗装を検事総長に告発した。東京地方検察庁は、"
        "同日、同社を起訴した。\n",
        "東京地方検察庁",
        None,
    ),
    (
        "措置の実施機関は、国土交通本省、関東地方整備局及び青森地方気象台である。\n",
        "青森地方気象台",
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "named", "not_named"),
    NAMES,
    ids=["kabu-after-a-trade-word", "yuu-after-a-trade-word", "prosecutors-office", "kishodai"],
)
def test_organisation_form(text: str, named: str, not_named: str | None) -> None:
    labels = [o.label for o in parser.parse(text).organizations]
    assert named in labels
    assert not_named not in labels


def test_footnote_marks_glued_to_a_name_keep_its_alias() -> None:
    n = parser.parse(
        "個人情報保護委員会は、本日、名簿販売の事業を営む株式会社あけぼの名簿1、2(以下「あけぼの名簿」"
        "という。)に対し、勧告を行った。あけぼの名簿は、名簿を販売していた。\n"
    )
    assert [(a.alias, a.target) for a in n.aliases] == [("あけぼの名簿", "株式会社あけぼの名簿")]


def test_a_short_names_parenthesis_spells_out_a_title_with_wo() -> None:
    title = "架空行為の排除並びに職員による入札等の公正を害すべき行為の処罰に関する法律"
    n = parser.parse(
        f"架空行為防止法({title}(平成31年法律第12号))第2条第5項第3号に規定する架空行為に"
        "該当すると認められた。\n"
    )
    assert [(s.label, s.law_number) for s in n.statutes] == [(title, "平成31年法律第12号")]


@pytest.mark.parametrize(
    "text",
    [
        "農林水産省は16日、青果卸売業者(株)あけぼの青果(架空市、山川一郎代表)に「指示」処分を出した。\n",
        "東海農政局は、(有)みどり精肉に「指示」処分を下した。\n",
    ],
    ids=["shiji-shobun-wo-dashita", "shiji-shobun-wo-kudashita"],
)
def test_a_trade_papers_quoted_shiji_is_an_order_to_the_abbreviated_company(text: str) -> None:
    acts = [(a.kind, a.addressee) for a in parser.parse(text).actions]
    named = next(o.label for o in parser.parse(text).organizations if o.kind == "Company")
    assert acts == [("Order", named)]


_JA = st.text(
    alphabet=st.sampled_from(
        list(
            "令和13年4月2日国土交通省局長処分を行った者年月日について1.○「」()、。\n TEL0-株式会社法律"
        )
    ),
    max_size=300,
)


@given(text=_JA)
@settings(max_examples=200, deadline=None)
def test_the_new_header_readers_take_any_text(text: str) -> None:
    """Whatever the text, the readers return spans inside it (or nothing) and never fail."""
    norm = normalize(text)
    text, found = norm.text, orgs.authorities(norm)
    run = run_on_header(text, found)
    if run is not None:
        assert 0 <= run[0][0] < run[0][1] <= len(text)
    day = quoted_day(text, found)
    if day is not None:
        assert 0 <= day[1][0] < day[1][1] <= len(text)
    record = disposer(text, found)
    if record is not None and record[1] is not None:
        assert 0 <= record[1][0] < record[1][1] <= len(text)
    assert 0 <= spelled_out(text, len(text) // 2, len(text)) <= len(text)
