"""Citation forms seen on regulators' notices and the pages that reproduce them, one row
per form: a short name in brackets between a law and its article, 同条項, a bare 法 that
the text never defines, a law the table does not know named by a contraction of its
title, 〜ないし〜, and a law's former title in a notice of its time.

Every sentence here is written for this test; the companies are fictional."""

from __future__ import annotations

import pytest

from shobun import parser
from shobun.parser.model import Notice

Cite = tuple[str | None, str, int | None, int | None]

YAKKI = "医薬品、医療機器等の品質、有効性及び安全性の確保等に関する法律"
TAKKEN = "宅地建物取引業法"
NOKYO = "農業協同組合法"
HAIKI = "廃棄物の処理及び清掃に関する法律"


def _parse(body: str, date: str = "令和4年6月1日") -> Notice:
    return parser.parse(f"{date}\n青葉県\n\n行政処分について\n\n{body}")


def _cites(n: Notice) -> set[Cite]:
    return {(c.statute, c.article, c.paragraph, c.item) for c in n.citations}


# (body, citations expected, citations not wanted)
ROWS = [
    (  # a title in 「」, its short name glossed, then the article: the quoted law's
        "本日、都は、「医薬品、医療機器等の品質、有効性及び安全性の確保等に関する法律」(以下、"
        "「法」という。)第75条第1項の規定に基づき、みなと製薬株式会社に対し、業務停止を命じた。",
        {(YAKKI, "75", 1, None)},
        {(None, "75", 1, None)},
    ),
    (  # a short name in brackets between the law and its article
        "県は、有限会社みどり薬品に対し、医薬品医療機器等法（薬機法）第75条第1項に基づき、"
        "業務停止を命じた。同社は同法第49条第1項に違反した。",
        {(YAKKI, "75", 1, None), (YAKKI, "49", 1, None)},
        set(),
    ),
    (  # 同条項7号: the article and paragraph cited last, with the item it gives
        "重要事項説明書に抵当権の記載がなく（宅建業法35条1項1号）、手数料の記載もなかった"
        "（同条項7号）。",
        {(TAKKEN, "35", 1, 1), (TAKKEN, "35", 1, 7)},
        {(TAKKEN, "35", None, 7)},
    ),
    (  # a bare 法 the text never defines: the law named before it, and then the law of the
        # citation before it, whatever other law is named in between
        "あおば不動産株式会社は、宅建業法違反により指示を受けた（法34条の2）。また、"
        "建築基準法の容積率を超える旨を記載しなかった（法35条1項2号）。",
        {(TAKKEN, "34の2", None, None), (TAKKEN, "35", 1, 2)},
        {("建築基準法", "35", 1, 2)},
    ),
    (  # a law the table does not know, named with で定める, then 同法 and its contraction
        "みずほ台農事組合法人は、農業協同組合法で定める届出を怠ったため、「同法第95条第1項の"
        "規定」に基づき命じた。また、「農協法第93条第1項」の規定に基づく報告を求めた。",
        {(NOKYO, "95", 1, None), (NOKYO, "93", 1, None)},
        {("農協法", "93", 1, None)},
    ),
    (  # ないし: the members between two paragraphs
        "株式会社ゆうなぎ商会は、割賦販売法第35条の3の7第1項ないし第3項の規定に違反した。",
        {("割賦販売法", "35の3の7", p, None) for p in (1, 2, 3)},
        set(),
    ),
    (  # a list whose lines the repair runs together: each item's katakana label before the
        # short name (ア法第9条, …停止命令⏎イ条例第7条) labels the item, it names no law; a
        # 条例 with its own number is a statute
        "青葉県環境保全条例（平成20年青葉県条例第16号。以下「条例」という。）第50条第1項に"
        "基づき公表する。\n(1)廃棄物の処理及び清掃に関する法律（以下「法」という。）に規定する処分\n"
        "ア法第9条の2第1項に規定する使用の停止命令\nイ法第14条の3に規定する停止命令\n"
        "(2)条例に規定する処分\nア条例第7条に規定する改善命令\nイ条例第10条に規定する改善命令",
        {
            ("青葉県環境保全条例", "50", 1, None),
            (HAIKI, "9の2", 1, None),
            (HAIKI, "14の3", None, None),
            ("青葉県環境保全条例", "7", None, None),
            ("青葉県環境保全条例", "10", None, None),
        },
        {("停止命令イ法", "14の3", None, None), ("ア条例", "7", None, None)},
    ),
    (  # numbers a range writes without 第, sharing the counter after the last
        "あおば不動産株式会社は、宅建業法違反（法35条1乃至3項）で処分された。また、"
        "特定商取引法第7条1号から3号及び第9条第2項から4項までに当たる。",
        {(TAKKEN, "35", p, None) for p in (1, 2, 3)}
        | {("特定商取引に関する法律", "7", None, i) for i in (1, 2, 3)}
        | {("特定商取引に関する法律", "9", p, None) for p in (2, 3, 4)},
        {(TAKKEN, "35", None, None)},
    ),
]
IDS = ["quoted-title-glossed-before-article", "gloss-before-article", "dou-jou-kou", "bare-hou", "contraction-of-unknown-title",
       "naishi-range", "labelled-list-run-together", "range-without-dai"]  # fmt: skip


@pytest.mark.parametrize(("body", "cites", "not_cites"), ROWS, ids=IDS)
def test_citation_forms(body: str, cites: set[Cite], not_cites: set[Cite]) -> None:
    found = _cites(_parse(body))
    assert cites <= found, cites - found
    assert not (not_cites & found), not_cites & found


@pytest.mark.parametrize(
    ("body", "label"),
    [
        ("株式会社ことぶき薬局は、薬事法第14条第1項に違反した。", "薬事法"),
        (f"株式会社ことぶき薬局は、{YAKKI}（旧薬事法）第14条第1項に違反した。", YAKKI),
        ("株式会社みなと証券は、証券取引法第55条第3項の規定に違反した。", "証券取引法"),
    ],
    ids=["former-title-as-written", "current-title-beside-former", "renamed-securities-law"],
)
def test_a_former_title_is_the_label_unless_the_current_one_is_written(
    body: str, label: str
) -> None:
    assert {c.statute for c in _parse(body, "平成24年9月26日").citations} == {label}


@pytest.mark.parametrize(
    "body",
    [
        "株式会社ひばり建設は、静岡県農業振興法で定める申請をせず、農協法第3条に違反した。",
        "株式会社ひばり建設は、農業協同組合法で定める届出をせず、農村協同振興法で定める"
        "申請もせず、農協法第3条に違反した。",
    ],
    ids=["first-character-differs", "two-titles-contract-to-it"],
)
def test_a_contraction_is_linked_only_to_one_title_that_starts_like_it(body: str) -> None:
    assert {c.statute for c in _parse(body).citations} == {"農協法"}


@pytest.mark.parametrize(
    ("body", "statute"),
    [
        (
            "株式会社みなと建材は、廃棄物の処理及び清掃に関する法律施行令に規定する数量を超えて"
            "保管した。",
            f"{HAIKI}施行令",
        ),
        (
            "株式会社みなと建材は、青葉県環境保全条例施行規則で定める様式によらなかった。",
            "青葉県環境保全条例施行規則",
        ),
    ],
    ids=["an-order-named-with-ni-kitei-suru", "a-rule-named-with-de-sadameru"],
)
def test_an_instrument_named_only_by_what_it_provides_is_a_statute(body: str, statute: str) -> None:
    assert statute in {s.label for s in _parse(body).statutes}
