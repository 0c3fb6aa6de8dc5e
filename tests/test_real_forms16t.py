"""Titles, statutes and citations as real pages write them (session 10's second wave, read
on regulators' pages, PDF text and reprints): a generated news page's headline over a first
sub-heading that opens with the same name, a blog's labelled fields (「Ⅲ.措置命令の概要」)
on a page with no title, two laws named together with no article (「A法及びB法の規定に
基づいて」), and a citation the end of an excerpt cut short (「…第1項第2」). Every sentence
is written for this test; the names are fictional."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shobun import parser
from shobun.parser.extract import truncated

LEAD = "令和6年4月1日、みなと財務局は{who}に対し、業務改善命令を発出しました。"

# (text, the title or "" for none)
TITLES = [
    (
        "かもめ信用金庫に対する業務改善命令の背景と影響\n"
        "かもめ信用金庫に業務改善命令が発令される背景\n" + LEAD.format(who="かもめ信用金庫") + "\n",
        "かもめ信用金庫に対する業務改善命令の背景と影響",
    ),
    (
        "株式会社あおば商会に対する特定商取引法に基づく\n業務停止命令について\n"
        + LEAD.format(who="株式会社あおば商会")
        + "\n",
        "株式会社あおば商会に対する特定商取引法に基づく業務停止命令について",
    ),
    (
        "労働者派遣事業者に対する労働者派遣事業停止命令及び\n労働者派遣事業改善命令について\n"
        + LEAD.format(who="株式会社あおば人材")
        + "\n",
        "労働者派遣事業者に対する労働者派遣事業停止命令及び労働者派遣事業改善命令について",
    ),
    (
        "Ⅰ.分類\n1.誤認類型\n優良誤認\nⅡ.違反行為者\nひばり食品株式会社\nⅢ.措置命令の概要\n"
        "⑴対象商品\n「ひばり茶」と称する食品\n消費者庁は、ひばり食品株式会社に対し、措置命令を行った。\n",
        "",
    ),
    (
        " ".join(
            "みなと県に対する業務停止命令(3か月)について平成22年4月8日みなと経済産業局"
            "みなと経済産業局は、訪問販売業者である株式会社あおば商会に対し、業務停止命令を行いました。"
        )
        + "\n",
        "みなと県に対する業務停止命令(3か月)について",
    ),
    (
        "株式会社あおば商会に対する業務停止命令について令和2年4月8日みなと経済産業局"
        "みなと経済産業局は、訪問販売業者である株式会社あおば商会に対し、業務停止命令を行いました。\n",
        "株式会社あおば商会に対する業務停止命令について",
    ),
    (
        "株式会社あおば商会について2020年4月8日に聞いた話では、同社は訪問販売業者であり、"
        "みなと経済産業局が株式会社あおば商会に対して調査を行ったとのことです。\n",
        "",
    ),
]


@pytest.mark.parametrize(
    ("text", "title"),
    TITLES,
    ids=[
        "a-sub-heading-that-restarts-with-the-name-is-no-part-of-the-headline",
        "a-title-wrapped-over-two-lines-stays-whole",
        "a-title-wrapped-after-and-stays-whole-though-its-next-line-opens-alike",
        "a-numbered-field-heading-is-no-title-of-a-page-without-one",
        "a-spaced-title-run-into-its-day-on-one-line",
        "a-title-run-into-its-day-on-one-line",
        "a-sentence-about-a-company-before-a-day-is-no-title",
    ],
)
def test_titles_of_real_page_forms(text: str, title: str) -> None:
    assert (parser.parse(text).title_text or "") == title


BASIS = "みどり信用金庫に対する業務改善命令について\n" + LEAD.format(who="みどり信用金庫")

# (text, the labels of the statutes it names)
STATUTES = [
    (
        BASIS + "この処分は、白鳥金庫法及び銀行法の規定に基づいて行われたものです。\n",
        ["白鳥金庫法", "銀行法"],
    ),
    (
        BASIS + "この処分は、銀行法及び白鳥金庫法の規定に基づいて行われたものです。\n",
        ["白鳥金庫法", "銀行法"],
    ),
    (BASIS + "この処分は、白鳥金庫法の規定に基づくものです。\n", ["白鳥金庫法"]),
    (BASIS + "この処分は、白鳥金庫法に基づくものです。\n", ["白鳥金庫法"]),
    (
        BASIS + "この処分は、銀行法に基づくものです。同法の規定に基づき報告を求めます。\n",
        ["銀行法"],
    ),
    (
        BASIS + "また、港湾清掃促進法の規定に基づき、改善を求めた。\n"
        "これらは、港湾清掃促進法(港湾の清掃の促進に関する法律(平成14年法律第999号))"
        "第2条に該当する。\n",
        ["港湾の清掃の促進に関する法律"],
    ),
]


@pytest.mark.parametrize(
    ("text", "labels"),
    STATUTES,
    ids=[
        "an-unknown-law-before-and-and-a-known-one",
        "a-known-law-before-and-and-an-unknown-one",
        "an-unknown-law-with-no-article-before-its-provisions",
        "an-unknown-law-with-no-article",
        "the-same-law-is-no-new-one",
        "a-short-name-the-text-glosses-with-a-full-title-is-that-law",
    ],
)
def test_laws_named_without_articles(text: str, labels: list[str]) -> None:
    assert sorted(s.label for s in parser.parse(text).statutes) == labels


CITED = "あおば株式会社に対する改善命令について\n本日、みなと労働局は、あおば株式会社に対し、改善命令を行った。\n"

# (text, (article, paragraph, item) of every citation)
CITATIONS = [
    (CITED + "・労働者派遣法第4条第1項第2\n", []),
    (CITED + "・労働者派遣法第4条第1項第\n", []),
    (CITED + "・労働者派遣法第4条第1項第2号\n", [("4", 1, 2)]),
    (CITED + "・労働者派遣法第4条第1項\n", [("4", 1, None)]),
    (CITED + "・労働者派遣法第4条第1項第2\n号に違反した。\n", [("4", 1, 2)]),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    CITATIONS,
    ids=[
        "a-citation-cut-in-its-item-number-by-the-end-is-dropped",
        "a-citation-cut-after-dai-by-the-end-is-dropped",
        "a-whole-citation-at-the-end-is-kept",
        "a-citation-ending-at-a-paragraph-is-kept",
        "an-item-broken-over-a-line-is-no-cut",
    ],
)
def test_citations_cut_by_the_end(text: str, expected: list[tuple[str, int, int]]) -> None:
    got = [(c.article, c.paragraph, c.item) for c in parser.parse(text).citations]
    assert got == expected


@given(st.text(max_size=40), st.integers(min_value=0, max_value=45))
def test_cut_off_only_where_a_bare_dai_runs_to_the_end(text: str, end: int) -> None:
    cut = truncated.cut_off(text, end)
    assert not cut or text[end:].rstrip()[:1] == "第"
    assert not truncated.cut_off(text + "号に", end)


FOOD = "株式会社あおば食品に対する指示について\nみなと県は、本日、株式会社あおば食品に対し、食品表示法第6条第1項の規定に基づき指示を行った。\n"

# (text, (statute, article, paragraph) of every citation after the lead's)
SUPPLEMENTARY = [
    (
        FOOD + "同社は、食品表示基準附則第3条の規定によりなお従前の例によることとされる"
        "加工食品品質表示基準第3条第1項に違反した。\n",
        [("加工食品品質表示基準", "3", 1)],
    ),
    (FOOD + "法附則第6条の規定により、なお従前の例による。\n", []),
    (FOOD + "食品表示基準附則第3条及び第4条の規定による。\n", []),
    (
        FOOD + "食品表示基準附則第3条及び食品表示基準第4条の規定による。\n",
        [("食品表示基準", "4", None)],
    ),
    (FOOD + "同社は、食品表示基準第3条第1項に違反した。\n", [("食品表示基準", "3", 1)]),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    SUPPLEMENTARY,
    ids=[
        "a-standards-supplementary-article-is-no-article-of-it",
        "a-laws-supplementary-article-is-no-article-of-it",
        "articles-chained-on-to-a-supplementary-one-are-its-too",
        "a-main-article-named-with-its-title-after-one-is-kept",
        "a-main-article-is-kept",
    ],
)
def test_supplementary_articles_are_not_the_laws(
    text: str, expected: list[tuple[str, str, int | None]]
) -> None:
    got = [(c.statute, c.article, c.paragraph) for c in parser.parse(text).citations[1:]]
    assert got == expected


SALES = "株式会社あおば商会に対する行政処分について\n当局は、本日、株式会社あおば商会に対し、特定商取引法第8条第1項の規定に基づき、業務停止命令を行った。\n"

# (text, (statute, article, paragraph) of every citation after the lead's)
SAME_LAW = [
    (
        SALES
        + "同社は、特定商取引に関する法律施行規則第7条第2号に違反し、同法第6条第1項にも違反した。\n",
        [("特定商取引に関する法律施行規則", "7", None), ("特定商取引に関する法律", "6", 1)],
    ),
    (
        SALES + "同社は、同法施行規則第7条第2号に違反し、同法第6条第1項にも違反した。\n",
        [("特定商取引に関する法律施行規則", "7", None), ("特定商取引に関する法律", "6", 1)],
    ),
    (
        SALES + "同社は、特定商取引に関する法律施行規則第7条第2号に違反した。\n\n【参考】\n"
        "特定商取引に関する法律(抜粋)\n(業務の停止等)\n第八条 主務大臣は、…\n",
        [("特定商取引に関する法律施行規則", "7", None), ("特定商取引に関する法律", "8", None)],
    ),
    (
        SALES + "同社は、特定商取引に関する法律施行規則第7条第2号に違反した。\n\n【参考】\n"
        "(特定商取引に関する法律施行規則抜粋)\n第七条 …\n",
        [
            ("特定商取引に関する法律施行規則", "7", None),
            ("特定商取引に関する法律施行規則", "7", None),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    SAME_LAW,
    ids=[
        "the-same-law-after-its-rules-is-the-law",
        "the-same-law-after-the-same-laws-rules-is-the-law",
        "an-excerpts-articles-are-the-law-its-heading-names",
        "an-excerpt-of-rules-gives-the-rules-articles",
    ],
)
def test_the_law_an_article_is_of(text: str, expected: list[tuple[str, str, int | None]]) -> None:
    got = [(c.statute, c.article, c.paragraph) for c in parser.parse(text).citations[1:]]
    assert got == expected


BULLETS = (
    FOOD
    + "違反条項\n・港南品質表示基準第3条第1項\n・労働者派遣法第34条の2\n・同法施行規則第25条の2\n"
)


def test_a_bullet_is_no_part_of_a_title_before_an_article() -> None:
    notice = parser.parse(BULLETS)
    labels = {s.label for s in notice.statutes}
    assert "港南品質表示基準" in labels
    assert not any(label.startswith("・") for label in labels)
    rules = [c.statute for c in notice.citations if c.article == "25の2"]
    assert rules == ["労働者派遣事業の適正な運営の確保及び派遣労働者の保護等に関する法律施行規則"]


DRUGS = "株式会社あおば薬局に対する行政処分について\nみなと県は、本日、株式会社あおば薬局に対し、業務停止を命じた。\n"
PMD = "医薬品、医療機器等の品質、有効性及び安全性の確保等に関する法律"

# (text, the labels of the statutes it names)
RULES_UNDER_SHORT_NAMES = [
    (DRUGS + "同社は、薬機法施行規則第14条に違反した。\n", [PMD + "施行規則"]),
    (DRUGS + "同社は、医薬品医療機器等法施行規則第14条に違反した。\n", [PMD + "施行規則"]),
    (
        DRUGS + "同社は、特商法施行規則第7条に違反した。\n",
        ["特定商取引に関する法律施行規則"],
    ),
    (
        DRUGS + "同社は、訪問販売等に関する法律施行規則第7条に違反した。\n",
        ["訪問販売等に関する法律施行規則"],
    ),
]


@pytest.mark.parametrize(
    ("text", "labels"),
    RULES_UNDER_SHORT_NAMES,
    ids=[
        "rules-under-a-short-name-take-the-laws-title",
        "rules-under-another-short-name-take-the-laws-title",
        "rules-under-a-clipped-name-take-the-laws-title",
        "rules-under-a-former-title-are-kept-as-written",
    ],
)
def test_rules_named_under_a_short_name(text: str, labels: list[str]) -> None:
    got = sorted(s.label for s in parser.parse(text).statutes if s.label.endswith("規則"))
    assert got == labels
