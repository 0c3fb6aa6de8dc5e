"""Statutes and the provisions cited: law numbers, short names, 法/同法/同条, chains, ranges."""

from __future__ import annotations

import pytest

from shobun import parser
from shobun.parser.model import Notice

HEAD = "令和7年3月14日\n個人情報保護委員会\n\n行政上の対応について\n\n"
APPI = "個人情報の保護に関する法律"
DEFINE = f"{APPI}（平成十五年法律第五十七号。以下「法」という。）"


def _parse(body: str) -> Notice:
    return parser.parse(HEAD + body)


def _cites(n: Notice) -> list[tuple[str | None, str, int | None, int | str | None]]:
    return [(c.statute, c.article, c.paragraph, c.item) for c in n.citations]


# (body, statute label, law number, e-Gov id)
STATUTE_ROWS = [
    (f"当委員会は、{DEFINE}第百四十八条第二項の規定に基づく命令を行った。", APPI,
     "平成15年法律第57号", "415AC0000000057"),
    ("同社の表示は、景品表示法第5条第1号に違反するものである。", "不当景品類及び不当表示防止法",
     "昭和37年法律第134号", "337AC0000000134"),
    ("同社の行為は、独占禁止法第19条の規定に違反するものである。",
     "私的独占の禁止及び公正取引の確保に関する法律", "昭和22年法律第54号", "322AC0000000054"),
    ("同社は、個人情報保護法第27条第1項の規定に違反した。", APPI,
     "平成15年法律第57号", "415AC0000000057"),
    ("同社は、架空取引業者の業務に関する内閣府令（平成二十年内閣府令第九十八号）第十二条に違反した。",
     "架空取引業者の業務に関する内閣府令", "平成20年内閣府令第98号", None),
    ("同社の表示は、食品表示基準（平成二十七年内閣府令第十号）第三条第一項に違反する。",
     "食品表示基準", "平成27年内閣府令第10号", "427M60000002010"),
    ("同社は、架空情報の取扱いに関する規則（令和二年個人情報保護委員会規則第九号）第三条に違反した。",
     "架空情報の取扱いに関する規則", "令和2年個人情報保護委員会規則第9号", None),
    ("同社の表示は、食品表示法第四条第一項の規定に基づき定められた食品表示基準（平成二十七年"
     "内閣府令第十号）第三条第一項に違反する。", "食品表示基準", "平成27年内閣府令第10号",
     "427M60000002010"),
]  # fmt: skip
STATUTE_IDS = [
    "kanji-law-number-normalised-and-egov-id-derived",
    "short-name-keihyo-ho-resolves-to-official-title",
    "short-name-dokkin-ho-resolves-to-official-title",
    "short-name-kojin-joho-hogo-ho-resolves-to-official-title",
    "a-cabinet-office-ordinance-with-its-number-is-its-own-statute-without-derived-id",
    "an-ordinance-the-table-knows-takes-its-egov-id-from-the-table",
    "a-commission-rule-with-its-number-is-its-own-statute-without-derived-id",
    "the-clause-introducing-an-ordinance-is-not-part-of-its-title",
]


@pytest.mark.parametrize(("body", "label", "number", "egov"), STATUTE_ROWS, ids=STATUTE_IDS)
def test_statutes(body: str, label: str, number: str, egov: str | None) -> None:
    statutes = {s.label: s for s in _parse(body).statutes}
    assert statutes[label].law_number == number
    assert statutes[label].egov_id == egov


# (body after the defining sentence, citations expected in order among the notice's)
CITE_ROWS = [
    ("法第百四十八条第二項の規定に基づく命令を行った。", [(APPI, "148", 2, None)]),
    ("同社は、法第27条第1項の規定に違反した。", [(APPI, "27", 1, None)]),
    (f"同社は、{APPI}第26条第1項及び同法第27条の規定に違反した。",
     [(APPI, "26", 1, None), (APPI, "27", None, None)]),
    ("同社は、法第30条第1項及び第3項の規定に違反した。",
     [(APPI, "30", 1, None), (APPI, "30", 3, None)]),
    ("法第5条から第7条までの規定に基づき報告を求めた。",
     [(APPI, "5", None, None), (APPI, "6", None, None), (APPI, "7", None, None)]),
    ("法第16条第1項に該当する場合であって、同条第2号に掲げるものである。",
     [(APPI, "16", 1, None), (APPI, "16", None, 2)]),
    ("法第16条第1項に該当する場合であって、同項第2号に掲げるものである。",
     [(APPI, "16", 1, None), (APPI, "16", 1, 2)]),
    ("同社は、法第5条第1号に該当する。", [(APPI, "5", None, 1)]),
    ("同社は、法第19条（不適正な利用の禁止）の規定に違反した。", [(APPI, "19", None, None)]),
    ("法第2条の2に定める措置を講じていなかった。", [(APPI, "2の2", None, None)]),
    ("同社は、食品表示基準（平成二十七年内閣府令第十号）第三条第一項に違反した。",
     [("食品表示基準", "3", 1, None)]),
    # branched items (第3号の2): a provision of their own, in the article's form
    ("株式会社みなと不動産は、法第16条第1項第三号の二に該当する。", [(APPI, "16", 1, "3の2")]),
    ("株式会社みなと不動産は、法第１６条第１項第３号の２に該当する。", [(APPI, "16", 1, "3の2")]),
    ("株式会社くろしお商事は、法第20条第2号の3の2に該当する。", [(APPI, "20", None, "2の3の2")]),
    ("株式会社くろしお商事は、法第5条第2号の2に該当する。", [(APPI, "5", None, "2の2")]),
    ("株式会社やまびこ住建は、宅地建物取引業法施行規則第16条の4の3第3号の2に違反した。",
     [("宅地建物取引業法施行規則", "16の4の3", None, "3の2")]),
    ("株式会社やまびこ住建は、法第16条第1項第3号及び第3号の2に該当する。",
     [(APPI, "16", 1, 3), (APPI, "16", 1, "3の2")]),
    ("株式会社やまびこ住建は、法第16条第1項に該当し、同項第2号の2に掲げる者である。",
     [(APPI, "16", 1, None), (APPI, "16", 1, "2の2")]),
    ("株式会社はまなす物産は、法第16条第1項第1号から第3号の2までに該当する。",
     [(APPI, "16", 1, 1), (APPI, "16", 1, 2), (APPI, "16", 1, 3), (APPI, "16", 1, "3の2")]),
    ("株式会社はまなす物産は、法第16条第1項第2号の2乃至第4号に該当する。",
     [(APPI, "16", 1, "2の2"), (APPI, "16", 1, 3), (APPI, "16", 1, 4)]),
    ("株式会社はまなす物産は、法第16条第1項第3号の2から第3号の4までに該当する。",
     [(APPI, "16", 1, "3の2"), (APPI, "16", 1, "3の4")]),
    ("株式会社はまなす物産は、法第16条第1項第1号の一部を満たしていない。", [(APPI, "16", 1, 1)]),
    # news drop 第 after the law and in its chain, each article with its caption
    ("株式会社はまなす物産の行為は、法16条(利用目的の特定)、21条1項(取得の通知)に違反する。",
     [(APPI, "16", None, None), (APPI, "21", 1, None)]),
    ("株式会社はまなす物産(みなと市)、21条の会の二つが調査を受けた。", []),
    ("株式会社はまなす物産は法第20条に違反した。記録も求められている(29条1項)。",
     [(APPI, "20", None, None), (APPI, "29", 1, None)]),
    ("株式会社はまなす物産は、(3条件)を満たしていた。", []),
]  # fmt: skip
CITE_IDS = [
    "kanji-article-and-paragraph",
    "defined-short-name-ho-resolves-to-its-statute",
    "dou-ho-resolves-to-the-last-statute",
    "chain-of-paragraphs-under-one-article",
    "range-kara-made-expands-to-every-article",
    "dou-jou-item-takes-the-article-not-the-paragraph",
    "dou-kou-item-takes-article-and-paragraph",
    "item-without-paragraph",
    "article-caption-in-parentheses-is-not-a-citation",
    "no-article-kept-as-branch-number",
    "articles-after-an-ordinance-are-the-ordinances-not-the-defined-law",
    "kanji-branched-item-is-3no2-not-3",
    "full-width-branched-item-is-3no2-not-3",
    "chained-branches-of-an-item",
    "branched-item-without-paragraph",
    "branched-item-of-a-branched-article",
    "plain-and-branched-item-of-one-paragraph-are-two-citations",
    "dou-kou-branched-item-takes-article-and-paragraph",
    "range-plain-to-branched-holds-the-plain-items-up-to-its-base",
    "range-branched-to-plain-holds-the-plain-items-after-its-base",
    "range-between-two-branches-invents-no-branch",
    "no-ichibu-after-an-item-is-no-branch",
    "a-bare-article-after-a-caption-continues-the-chain",
    "a-bare-article-after-a-bracket-out-of-a-chain-is-none",
    "a-bare-article-alone-in-brackets-cites-the-law",
    "a-count-of-conditions-in-brackets-is-no-article",
]


@pytest.mark.parametrize(("body", "expected"), CITE_ROWS, ids=CITE_IDS)
def test_citations(
    body: str, expected: list[tuple[str, str, int | None, int | str | None]]
) -> None:
    n = _parse(f"当委員会は、{DEFINE}に基づき調査を行った。\n{body}")
    assert _cites(n) == expected
    for c in n.citations:
        assert n.text[c.span.start : c.span.end] == c.span.surface


@pytest.mark.parametrize(
    "define",
    ["以下保護法という", "以下保護法という。", "以下保護法と略す"],
    ids=["bare-short-name", "bare-short-name-with-its-full-stop", "bare-short-name-abbreviated"],
)
def test_a_short_name_defined_without_brackets_is_the_laws(define: str) -> None:
    """A news item retells 以下「X」という without the brackets: X is the law's short name,
    its articles the law's, never a statute of its own."""
    n = _parse(
        f"当委員会は、{APPI}（平成十五年法律第五十七号。{define}）に基づき調査を行った。\n"
        "株式会社はまなす物産は、保護法第20条第1項に違反した。"
    )
    assert _cites(n) == [(APPI, "20", 1, None)]
    assert {s.label for s in n.statutes} == {APPI}
