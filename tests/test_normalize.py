"""Normalisation: what the matcher sees, and that every span maps back to the source."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shobun.parser.normalize import _nfkc_all, normalize

TITLE = "さくら商事株式会社に対する業務改善命令について"


def _flat(text: str) -> str:
    """The source as the matcher reads it: NFKC, no white space, no markdown marks."""
    return re.sub(r"[\s*#]", "", unicodedata.normalize("NFKC", text))


# (source, a word the normalised text must contain, a string it must no longer contain);
# the word is also mapped back to the source, less any dropped furniture it spans.
ROWS = [
    ("令和７年１１月２８日に命令を行った。", "令和7年11月28日", "７"),
    ("法第 148 条第 2 項の規定に基づき命令を行った。", "法第148条第2項", "第 148"),
    (
        "同社は、委託先における個人データの取扱状況を\n\n把握していなかった。",
        "取扱状況を把握していなかった",
        "状況を\n",
    ),
    ("当委員会は、同社に対し、勧告及 び命令を行った。", "勧告及び命令", "及 び"),
    ("再発防止策を講ずること。\n\n以　上\n", "以上", "以 上"),
    (
        "## 第1 事案の概要\n\n**さくら商事株式会社**は、顧客情報を漏えいした。",
        "さくら商事株式会社は",
        "*",
    ),
    (
        "同社は、委託先に対する監督を\n- 3 -\n行っていなかった。",
        "監督を行っていなかった",
        "- 3 -",
    ),
    (
        "ホーム > 報道発表資料 > 令和7年\n金融庁は、本日、命令を発出した。",
        "金融庁は、本日、命令を発出した。",
        "報道発表資料",
    ),
    (
        f"{TITLE}\n\n金融庁は、本日、命令を発出した。\n\n{TITLE}\n\n第1 事案の概要",
        "命令を発出した。\n第1",
        None,
    ),
    (
        "(1) 顧客資産の管理態勢を見直し、同条に規定する管理を\n　　確実に行うこと。",
        "管理を確実に行うこと。",
        "管理を\n",
    ),
    ("　ア　態勢を見直し、\n　イ　報告すること。", "見直し、\nイ", None),
    (
        "　同社は、顧客に対し、同法第２１条\n　第２項の規定に違反して書面を交付しなかった。",
        "同法第21条第2項の規定",
        "条\n",
    ),
    (
        "　同社は、法第９条第１項\n　　第３号に掲げる事項を記載しなかった。",
        "法第9条第1項第3号に掲げる",
        "項\n",
    ),
    (
        "　このことは、建設業法第２８\n            条第１項第３号に該当する。",
        "建設業法第28条第1項第3号に該当する",
        "28\n",
    ),
    (
        "ページ番号：123456\n担当者名：山田、川口\n内線電話番号：1234\nEmail：a@pref.nagano.lg.jp\n"
        "訪問販売業者に対する業務停止命令について",
        "\n訪問販売業者に対する業務停止命令について",
        "川口内線",
    ),
    (
        "架空ニュース　＞　社会\n\n干潟の貝に産地偽装　浜辺市の販売店に県が是正指示\n",
        "干潟の貝に産地偽装",
        "社会",
    ),
    (
        "干潟の貝に産地偽装　浜辺市の販売店に県が是正指示\nみなとテレビ　2031年4月2日(水) 18:05\n",
        "是正指示\nみなとテレビ",
        None,
    ),
    (
        "あおば商店への注意について：架空省\nwww.example.jp/press/2031/0402.html\n",
        "架空省\nwww.example.jp",
        None,
    ),
    (
        "干潟の貝に産地偽装、販売店に県が指示\nこのエントリーをはてなブックマークに追加\n",
        "県が指示",
        "このエントリー",
    ),
    (
        "1.株式会社あけぼの証券(本社:架空市、第一種金\n  融商品取引業。以下「当社」という。)に対し\n",
        "第一種金融商品取引業。以下「当社」",
        None,
    ),
    (
        "架空の2社に業務改善命令/調査不足を見逃す\n 架空の2社に、架空局が業務改善を命じた。\n",
        "見逃す\n架空の2社に",
        None,
    ),
    (
        "住所 みなと市しおかぜ町1丁目2番地3 ハーバービル207\n処分内容 産業廃棄物収集運搬業の許可の取消し\n"
        "処分日 令和6年4月10日\n",
        "ハーバービル207\n処分内容産業廃棄物収集運搬業の許可の取消し\n処分日",
        None,
    ),
    (
        "処分の内容\n産業廃棄物収集運搬業の許可の取消し\n産業廃棄物処分業の許可の取消し\n違反条項\n",
        "許可の取消し\n産業廃棄物処分業の許可の取消し\n違反条項",
        None,
    ),
]
IDS = [
    "nfkc-folds-full-width-digits",
    "spaces-inside-a-citation-are-squeezed",
    "pdf-wrap-across-a-blank-line-is-joined",
    "letter-spaced-conjunction-is-joined",
    "letter-spaced-closing-ijou-is-joined",
    "markdown-heading-and-bold-marks-are-removed",
    "page-number-line-is-dropped-and-the-wrap-joined",
    "breadcrumb-line-is-dropped",
    "title-line-repeated-later-is-dropped",
    "hanging-indent-after-a-clause-cut-mid-sentence-is-joined",
    "next-numbered-item-after-a-comma-stays-a-line-of-its-own",
    "a-citation-wrapped-before-its-paragraph-is-joined-across-the-indent",
    "a-citation-wrapped-before-its-item-is-joined-across-the-indent",
    "a-citation-cut-inside-the-article-s-number-is-joined-across-the-indent",
    "a-page-s-header-fields-are-lines-of-their-own",
    "a-site-then-its-section-is-a-breadcrumb-dropped",
    "a-byline-under-a-headline-is-a-line-of-its-own",
    "a-page-s-address-is-a-line-of-its-own",
    "a-share-button-is-dropped",
    "an-open-bracket-goes-on-across-the-indent",
    "a-one-space-indent-under-a-flush-headline-opens-a-paragraph",
    "the-fields-of-an-action-s-record-are-lines-of-their-own",
    "lines-of-a-list-that-end-alike-are-lines-of-their-own",
]


_FURNITURE = ("-3-", TITLE)


@pytest.mark.parametrize(("source", "word", "gone"), ROWS, ids=IDS)
def test_normalised_text(source: str, word: str, gone: str | None) -> None:
    norm = normalize(source)
    assert word in norm.text
    if gone is not None:
        assert gone not in norm.text
    if source.startswith(TITLE):
        assert norm.text.count(TITLE) == 1


@pytest.mark.parametrize(("source", "word", "gone"), ROWS, ids=IDS)
def test_found_words_map_back_to_their_source_surface(
    source: str, word: str, gone: str | None
) -> None:
    norm = normalize(source)
    i = norm.text.index(word)
    s, e = norm.to_source(i, i + len(word))
    assert norm.source == source
    covered = _flat(norm.source[s:e])
    for furniture in _FURNITURE:  # a word joined across a dropped line also spans that line
        covered = covered.replace(furniture, "")
    assert covered == _flat(word)
    assert norm.source[s] == word[0]


def test_a_tab_separated_row_is_a_table_row_of_its_own() -> None:
    """HTML tables reach the normaliser as tab-separated lines; their cells stay apart
    and each row stays one line, as a markdown table's rows do."""
    source = "別表\n株式会社あおば商事\t5011001998877\t1億2,345万円\nみなと物産株式会社\t876万円\n"
    norm = normalize(source)
    assert norm.text.split("\n")[1:] == [
        "|株式会社あおば商事|5011001998877|1億2,345万円|",
        "|みなと物産株式会社|876万円|",
    ]
    start = norm.text.index("みなと物産")
    lo, hi = norm.to_source(start, start + len("みなと物産株式会社"))
    assert source[lo:hi] == "みなと物産株式会社"


def test_a_row_whose_first_cell_is_a_number_is_a_numbered_item() -> None:
    norm = normalize("1．処分の内容\n（１）\t態勢の確立\n（２）\t改善計画を提出すること。\n")
    assert norm.text.split("\n")[1:] == ["(1) 態勢の確立", "(2) 改善計画を提出すること。"]


def test_a_box_drawn_table_s_bars_are_a_markdown_row_s() -> None:
    norm = normalize("│名称  │株式会社あさぎり堂│\n│所在地│松江市殿町一丁目  │")
    assert norm.text == "|名称|株式会社あさぎり堂|\n|所在地|松江市殿町一丁目|"
    i = norm.text.index("株式会社あさぎり堂")
    s, e = norm.to_source(i, i + len("株式会社あさぎり堂"))
    assert norm.source[s:e] == "株式会社あさぎり堂"


# Characters whose NFKC is one other character, and those that compose or reorder with
# the character before them: kana and their voicing marks (full and half width), Latin
# letters and combining accents, Hangul syllables and jamo, full-width forms, an ideograph.
_NFKC_MIX = st.text(
    alphabet=st.sampled_from(
        [
            *"かはカハｶﾊﾞﾟ\u3099\u309a\u309b\u309cゝゞ",
            *"aeAE\u0300\u0301\u0308\u0327\u0345ǅ",
            *"가각\u1100\u1161\u11a8ᄀ",
            *"（）１２Ａｘ　：・㈱①",
            *"法勧告\n ",
        ]
    ),
    max_size=24,
)


@settings(max_examples=500, deadline=None)
@given(st.one_of(_NFKC_MIX, st.text(max_size=24)))
def test_the_whole_text_s_nfkc_is_nfkc(text: str) -> None:
    """Where the whole text maps one character to one (a table per character where nothing
    composes across characters, else NFKC itself), it is NFKC of the text."""
    whole = _nfkc_all(text)
    assert whole is None or whole == unicodedata.normalize("NFKC", text)
