"""Numbered sections: paths built from the numbering itself, headings told from items."""

from __future__ import annotations

import pytest

from shobun.parser.normalize import normalize
from shobun.parser.structure import sections

# (text, [(path, heading)]) — heading None for an item (a sentence ending in 。)
ROWS = [
    (
        "第3 指導の内容\n2 安全管理措置\n(1) 組織的安全管理措置\nイ 責任者の設置\n"
        "(イ) 個人データの取扱いに関する責任者を定めること。",
        [
            ("第3", "指導の内容"),
            ("第3の2", "安全管理措置"),
            ("第3の2(1)", "組織的安全管理措置"),
            ("第3の2(1)イ", "責任者の設置"),
            ("第3の2(1)イ(イ)", None),
        ],
    ),
    (
        "第一　事案の概要\n第二　命令の内容\n第十　その他",
        [("第1", "事案の概要"), ("第2", "命令の内容"), ("第10", "その他")],
    ),
    (
        "第1 処分の内容\n1．業務改善計画を提出すること。\n2．計画を実行すること。",
        [("第1", "処分の内容"), ("第1の1", None), ("第1の2", None)],
    ),
    (
        "1 報告を求める事項\n（１）委託先の選定基準\n（２）監督の状況",
        [("1", "報告を求める事項"), ("1(1)", "委託先の選定基準"), ("1(2)", "監督の状況")],
    ),
    (
        "1 報告を求める事項\n⑴ 委託先の選定基準\n⑵ 監督の状況",
        [("1", "報告を求める事項"), ("1(1)", "委託先の選定基準"), ("1(2)", "監督の状況")],
    ),
    (
        "1 報告を求める事項\n① 委託先の選定基準\n② 監督の状況",
        [("1", "報告を求める事項"), ("1(1)", "委託先の選定基準"), ("1(2)", "監督の状況")],
    ),
    (
        "1 命令の内容\n(1) 個人データの取扱状況を把握すること。\n(2) 従業者の教育",
        [("1", "命令の内容"), ("1(1)", None), ("1(2)", "従業者の教育")],
    ),
    (
        "第1 事案の概要\n1 調査に基づく事案の概要 ⑴ 平成30年6月、株式会社ひかり情報は、"
        "顧客情報の管理を外部に委託した。",
        [("第1", "事案の概要"), ("第1の1", "調査に基づく事案の概要"), ("第1の1(1)", None)],
    ),
    (
        "1 業務改善命令\n（１）経営管理態勢を確立すること。\n① 取締役会を強化すること。\n"
        "② 内部監査を見直すこと。\n（２）改善計画を提出すること。\n2 処分の理由",
        [
            ("1", "業務改善命令"),
            ("1(1)", None),
            ("1(1)(1)", None),
            ("1(1)(2)", None),
            ("1(2)", None),
            ("2", "処分の理由"),
        ],
    ),
    (
        "第二 その他\n一 特記事項\n(1) その他\n二 参考",
        [("第2", "その他"), ("第2の1", "特記事項"), ("第2の1(1)", "その他"), ("第2の2", "参考")],
    ),
    (
        "二　命令の概要\n　（一）甲社は、次の事項を決議しなければならない。\n"
        "　　ア　同様の行為を行わないこと。\n　（二）甲社は、措置を報告しなければならない。",
        [("2", "命令の概要"), ("2(1)", None), ("2(1)ア", None), ("2(2)", None)],
    ),
    (
        "三　違反行為の概要\n㈠ 納入業者に協賛金を提供させていた。\n㈡ 従業員を派遣させていた。",
        [("3", "違反行為の概要"), ("3(1)", None), ("3(2)", None)],
    ),
    (
        "Ⅰ．株式会社あおば商会に対する命令\n1．処分の内容\n(1) 計画を提出すること。\n"
        "2．処分の理由\nⅡ．株式会社みどり物産に対する命令\n1．処分の内容\n2．処分の理由",
        [
            ("I", "株式会社あおば商会に対する命令"),
            ("Iの1", "処分の内容"),
            ("Iの1(1)", None),
            ("Iの2", "処分の理由"),
            ("II", "株式会社みどり物産に対する命令"),
            ("IIの1", "処分の内容"),
            ("IIの2", "処分の理由"),
        ],
    ),
    (
        "1 処分を受けた者\n（１）株式会社やまと工務店（以下「やまと」という。）\n"
        "（２）有限会社みさき設備（法人番号　1234567890123。以下「みさき」という。）",
        [
            ("1", "処分を受けた者"),
            ("1(1)", "株式会社やまと工務店(以下「やまと」という。)"),
            ("1(2)", "有限会社みさき設備(法人番号1234567890123。以下「みさき」という。)"),
        ],
    ),
    (
        "2．命令の内容\n（１）業務改善命令\n　ア　内部管理態勢を見直し、役員の責任を明確にするとともに、\n"
        "　　再発防止策を策定すること。\n　イ　上記アの状況を報告すること。",
        [("2", "命令の内容"), ("2(1)", "業務改善命令"), ("2(1)ア", None), ("2(1)イ", None)],
    ),
    (
        "1．処分の内容\n(1) 顧客資産の管理態勢を見直し、同条に規定する管理を\n"
        "　　確実に行うこと。\n(2) 研修を実施すること。",
        [("1", "処分の内容"), ("1(1)", None), ("1(2)", None)],
    ),
    (
        "1 処分の理由\n第一みなと地所株式会社は、改善命令に従わなかった。\n第2 処分の内容\n許可の取消し",
        [("1", "処分の理由"), ("第2", "処分の内容")],
    ),
    ("第1 株式会社みなと地所に対する措置\n本文。", [("第1", "株式会社みなと地所に対する措置")]),
]
IDS = [
    "dai-num-paren-kana-pkana-nest-to-3no2(1)i(i)",
    "kanji-numbered-dai-read-as-digits",
    "full-width-period-numbering",
    "full-width-parenthesised-numbers",
    "parenthesised-digit-characters",
    "circled-digits-read-as-parenthesised",
    "sentence-ending-in-maru-is-an-item-not-a-heading",
    "run-on-heading-and-first-subitem-are-split",
    "circled-digits-under-parenthesised-ones-are-a-level-below",
    "kanji-numbers-under-dai",
    "parenthesised-kanji-numbers-are-paren-level",
    "enclosed-kanji-numbers-are-paren-level",
    "roman-parts-are-a-level-above-numbers",
    "heading-ending-in-a-parenthesised-definition-is-a-heading",
    "item-wrapped-after-a-comma-is-not-a-heading",
    "item-wrapped-after-a-particle-is-not-a-heading",
    "a-company-named-dai-ichi-at-a-line-s-start-is-no-part",
    "a-part-dai-1-then-a-company-s-name-is-a-part",
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=IDS)
def test_section_paths_and_headings(text: str, expected: list[tuple[str, str | None]]) -> None:
    found = sections(normalize(text), 0)
    assert [(s.path, s.heading) for s in found] == expected


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=IDS)
def test_sections_name_their_parent(text: str, expected: list[tuple[str, str | None]]) -> None:
    found = sections(normalize(text), 0)
    paths = {s.path for s in found}
    for s in found:
        assert s.parent is None or s.parent in paths
        assert text[s.span.start : s.span.end] == s.span.surface
