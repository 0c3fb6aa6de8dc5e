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


def _cites(n: Notice) -> list[tuple[str | None, str, int | None, int | None]]:
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
    ("同社は、金融商品取引業等に関する内閣府令（平成十九年内閣府令第五十二号）第百二十三条に違反した。",
     "金融商品取引業等に関する内閣府令", "平成19年内閣府令第52号", None),
    ("同社の表示は、食品表示基準（平成二十七年内閣府令第十号）第三条第一項に違反する。",
     "食品表示基準", "平成27年内閣府令第10号", "427M60000002010"),
    (f"同社は、{APPI}施行規則（平成二十八年個人情報保護委員会規則第三号）第七条に違反した。",
     f"{APPI}施行規則", "平成28年個人情報保護委員会規則第3号", None),
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
]


@pytest.mark.parametrize(("body", "expected"), CITE_ROWS, ids=CITE_IDS)
def test_citations(body: str, expected: list[tuple[str, str, int | None, int | None]]) -> None:
    n = _parse(f"当委員会は、{DEFINE}に基づき調査を行った。\n{body}")
    assert _cites(n) == expected
    for c in n.citations:
        assert n.text[c.span.start : c.span.end] == c.span.surface
