"""Wrongs a notice names without citing a provision (issue 12): 「認定した違反行為は、A、B
及びCです」, numbered or quoted items, a heading over bulleted lines; and the cited forms of
an order's items (「法第3条に規定する…義務に違反する行為」). Each row is a sentence of our
own with fictional names; the whole notice is parsed, since remedies span the events stage."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shobun import parser
from shobun.parser import uncited
from shobun.parser.model import Notice

Fact = tuple[str, str, str, str]  # (action kind, addressee, articles, description)

_HEAD = "令和7年3月3日\nみなと県\n\n訪問販売業者に対する行政処分について\n\n"
_LEAD = (
    "みなと県は、本日、株式会社あけぼの設備に対し、特定商取引法第8条第1項の規定に基づき、"
    "業務停止命令を行いました。"
)


def _remedied(n: Notice) -> list[Fact]:
    by_key = {v.key: v for v in n.violations}
    return sorted(
        (
            a.kind,
            a.addressee or "",
            "+".join(p.article for p in by_key[k].provisions),
            by_key[k].description or "",
        )
        for a in n.actions
        for k in a.violations
    )


_SUSPENDED = ("BusinessSuspensionOrder", "株式会社あけぼの設備")

CASES: list[tuple[str, str, list[Fact]]] = [
    (
        "listed-desu",
        _LEAD + "認定した違反行為は、氏名等不明示、再勧誘、不実告知です。\n",
        [(*_SUSPENDED, "", "不実告知"), (*_SUSPENDED, "", "再勧誘"), (*_SUSPENDED, "", "氏名等不明示")],
    ),
    (
        "numbered-no-futatsu",
        _LEAD + "県が認定した違反行為は、下記のとおり(1)氏名等不明示、(2)故意の不告知の2つです。\n",
        [(*_SUSPENDED, "", "故意の不告知"), (*_SUSPENDED, "", "氏名等不明示")],
    ),
    (
        "quoted-items",
        _LEAD + "県が認めた違反は「勧誘目的等不明示」「書面不交付」。\n",
        [(*_SUSPENDED, "", "勧誘目的等不明示"), (*_SUSPENDED, "", "書面不交付")],
    ),
    (
        "oyobi-de-aru",
        _LEAD + "認定された違反行為は、不実告知及び契約書面の記載不備である。\n",
        [(*_SUSPENDED, "", "不実告知"), (*_SUSPENDED, "", "契約書面の記載不備")],
    ),
    (
        "heading-over-bullets",
        _LEAD + "\n違反行為の内容\n・過量販売\n・迷惑勧誘\n\n問い合わせ先 消費生活課\n",
        [(*_SUSPENDED, "", "迷惑勧誘"), (*_SUSPENDED, "", "過量販売")],
    ),
    (
        "list-below-a-pointer",
        _LEAD + "認定した違反行為は以下のとおりです。\n(1)勧誘目的等不明示\n(2)再勧誘\n",
        [(*_SUSPENDED, "", "再勧誘"), (*_SUSPENDED, "", "勧誘目的等不明示")],
    ),
    (  # prose after the opening words names no wrong
        "prose-is-no-list",
        _LEAD + "認定した違反行為は、同社が消費者に対し点検と称して訪問していたことである。\n",
        [],
    ),
    (  # a wrong the notice also cites is one violation, the cited one
        "cited-wins",
        _LEAD + "認定した違反行為は、不実告知です。\n同社の行為は、特定商取引法第6条第1項(不実告知)"
        "に該当する。\n",
        [(*_SUSPENDED, "6", "不実告知")],
    ),
    (  # an order's items: the duty each provision sets, broken
        "duty-of-provision-broken",
        _LEAD + "\n指示の内容\n同社は、次の行為を行っていた。\n"
        "(ア)特定商取引法第3条に規定する勧誘目的等の明示義務に違反する行為\n"
        "(イ)特定商取引法第6条第1項第1号に規定する不実告知の禁止に違反する行為\n",
        [(*_SUSPENDED, "3", "勧誘目的等の明示義務"), (*_SUSPENDED, "6", "不実告知の禁止")],
    ),
    (  # a chain of provisions whose duties or bans were broken, no wrong named
        "chain-gimu-mata-wa-kinshi",
        "令和7年3月3日\nみなと県\n\n訪問販売業者に対する行政処分について\n\n"
        "株式会社あけぼの設備は、特定商取引法第3条及び同法第6条第1項に規定する義務又は禁止に"
        "反する行為を行ったことから、みなと県は、本日、同社に対し、同法第8条第1項の規定に"
        "基づき業務停止命令を行いました。\n",
        [(*_SUSPENDED, "3+6", "")],
    ),
    (  # a numbered line: the wrong, its provision in brackets, and a note after it
        "wrong-provision-note",
        _LEAD + "\n処分の理由は次の2つです。\n(1)誇大広告(第12条)※効能の表示\n"
        "(2)最終確認画面の表示不備(第12条の6)\n",
        [(*_SUSPENDED, "12", "誇大広告"), (*_SUSPENDED, "12の6", "最終確認画面の表示不備")],
    ),
    (  # blocks of cases: a wrong whose subject points back is the company named last
        "pointer-subject-in-blocks",
        "令和7年3月3日\nみなと地方整備局\n\n建設業者に対する監督処分について\n\n"
        "事業者名:株式会社あおい土木\n処分等の種類:営業停止\n"
        "当該建設業者は、請け負った工事の全部を一括して他の業者に請け負わせた。このことは、"
        "建設業法第22条第1項に違反する。\n処分の内容:建設業法第28条第3項の規定に基づき、"
        "営業の全部を停止する。\n\n"
        "事業者名:有限会社みさき設備\n処分等の種類:指示\n"
        "当該建設業者は、主任技術者を置いていなかった。このことは、建設業法第26条第1項に"
        "違反する。\n処分の内容:建設業法第28条第1項の規定に基づき、法令遵守の徹底等を指示する。\n",
        [
            (  # the sentence 「このことは、」 reads back to is the wrong (`parser/prosed.py`)
                "BusinessSuspensionOrder", "株式会社あおい土木", "22",
                "請け負った工事の全部を一括して他の業者に請け負わせた",
            ),
            ("Order", "有限会社みさき設備", "26", "主任技術者を置いていなかった"),
        ],
    ),
    (  # a chain, then some of its provisions each with its wrong: one violation each
        "chain-then-items",
        "株式会社あけぼの設備は、特定商取引法第3条、同法第5条第1項及び同法第6条第1項に規定する"
        "違反行為を行ったことから、みなと県は、本日、同社に対し、同法第8条第1項の規定に基づき"
        "業務停止命令を行いました。\n同社は、次の行為を行っていた。\n"
        "(ア)特定商取引法第3条に規定する勧誘目的等の明示義務に違反する行為\n"
        "(イ)特定商取引法第6条第1項に規定する不実告知の禁止に違反する行為\n",
        [
            (*_SUSPENDED, "3", "勧誘目的等の明示義務"),
            (*_SUSPENDED, "5", ""),
            (*_SUSPENDED, "6", "不実告知の禁止"),
        ],
    ),
    (  # a table's column of wrongs: each row's company committed the wrongs of its cell
        "column-of-wrongs",
        "みなと県は、本日、下記の事業者に対し、特定商取引法第8条第1項の規定に基づき業務停止命令"
        "を行いました。\n|事業者名|違反行為|\n|株式会社あけぼの設備|不実告知、再勧誘|\n"
        "|有限会社なぎさ工房|氏名等不明示|\n",
        [
            (*_SUSPENDED, "", "不実告知"),
            (*_SUSPENDED, "", "再勧誘"),
            ("BusinessSuspensionOrder", "有限会社なぎさ工房", "", "氏名等不明示"),
        ],
    ),
    (  # what a provision forbids, done all the same, each company its own
        "ga-kinjiru-okonatta",
        "令和7年3月3日\nみなと労働局\n\n派遣元事業主に対する行政処分について\n\n"
        "みなと労働局は、本日、株式会社かもめ人材及び有限会社いそかぜ工業に対し、労働者派遣法"
        "第49条第1項に基づく労働者派遣事業改善命令を行った。\n1 株式会社かもめ人材は、労働者派遣法第4条第1項第2号が禁じる建設"
        "業務についての労働者派遣事業を行ったこと。\n2 有限会社いそかぜ工業は、職業安定法第44条"
        "が禁じる労働者供給事業を行ったこと。\n",
        [
            # what the provision forbids, named, is the wrong (`parser/prosed.py`)
            ("BusinessImprovementOrder", "有限会社いそかぜ工業", "44", "労働者供給事業"),
            ("BusinessImprovementOrder", "株式会社かもめ人材", "4", "建設業務についての労働者派遣事業"),
        ],
    ),
    (  # what a provision protects was leaked: a violation of it
        "rouei-ga-atta",
        "令和7年3月3日\n総務省\n\nさざなみモバイル株式会社に対する指導\n\n総務省は、本日、"
        "さざなみモバイル株式会社に対し、文書により行政指導を行いました。これは、電気通信事業法"
        "第4条第1項に規定する通信の秘密の漏えいがあったものと認められます。\n",
        [("Guidance", "さざなみモバイル株式会社", "4", "")],
    ),
    (  # a caption in brackets after the clause that tells the conduct: the wrong, no article
        "caption-after-clause",
        "令和7年3月3日\n公正取引委員会\n\n株式会社ひばり商店に対する勧告について\n\n"
        "公正取引委員会は、本日、株式会社ひばり商店に対し、下請法第7条第2項の規定に基づき勧告を"
        "行った。\n同社は、下請事業者に対し、一方的に著しく低い単価を定めていた(買いたたきの禁止)。\n",
        [("Recommendation", "株式会社ひばり商店", "", "買いたたきの禁止")],
    ),
    (  # an order's item to stop what breaks a provision: a violation of it, 表示 no wrong
        "order-item-chushi",
        "令和7年3月3日\n消費者庁\n\n株式会社ひまわり本舗に対する措置命令について\n\n"
        "消費者庁は、本日、株式会社ひまわり本舗に対し、景品表示法第7条第1項の規定に基づき、"
        "措置命令を行いました。\n措置命令の概要\n(1)同社は、景品表示法第5条第1号の規定に"
        "違反する表示を速やかに中止すること。\n",
        [("MeasuresOrder", "株式会社ひまわり本舗", "5", "")],
    ),
    (  # a newsletter's items on other days: a wrong stated of no one is the company's
        # its own paragraph names, though that action is not the latest
        "paragraph-names-the-offender",
        "2024.02.02\nみずほ坂法律事務所ニューズレター\n\n個人情報保護委員会の指導事例\n\n"
        "2.各事案の内容\n(1) 名簿業者に対する指導(2024年1月17日)\n 委員会は、2024年1月17日、"
        "株式会社めいぼ堂に対し、個人情報の保護に関する法律第147条に基づく指導を行いました。"
        "詐欺に使われるおそれを知りつつ名簿の販売を続けていた点が、同法第19条(不適正な利用の"
        "禁止)に違反するとされています。\n(2) 通信販売業者に対する指導(2024年1月24日)\n"
        " 委員会は、2024年1月24日、株式会社そよかぜ通販に対し、同法第147条に基づく指導を"
        "行いました。\n",
        [("Guidance", "株式会社めいぼ堂", "19", "不適正な利用の禁止")],
    ),
    (  # what falls under the article the order is taken under is its ground, no wrong
        "ground-of-the-order",
        "令和7年3月3日\nみなと地方整備局\n\n建設業者に対する監督処分について\n\n"
        "商号:株式会社あおい土木\n処分内容:建設業法第28条第3項の規定により、営業の全部を停止"
        "する。\n処分理由:同社の役員であった者が、罰金の刑に処せられ、同刑が確定した。このこと"
        "は、建設業法第28条第1項第3号に該当する。\n",
        [],
    ),
    (  # a sentence that tells what was left undone, its provision in brackets at the end
        "told-then-provision",
        "令和7年3月3日\n個人情報保護委員会\n\nみなと市に対する指導について\n\n委員会は、本日、"
        "みなと市に対し、個人情報の保護に関する法律第157条に基づく指導を行いました。委員会への"
        "報告は期限を大幅に過ぎてから行われていました(同法第68条第1項)。\n",
        [("Guidance", "みなと市", "68", "")],
    ),
    (  # …and names the wrong where the clause says it was done
        "done-then-provision",
        _LEAD + "なお、同社は、少なくとも消費者約20名に対し、過量販売を行っていました(特定商取引法"
        "第9条の2第1項第1号)。\n",
        [(*_SUSPENDED, "9の2", "過量販売")],
    ),
    (  # …but not a step the authority took, its provision in brackets
        "step-then-provision-is-none",
        "令和7年3月3日\n個人情報保護委員会\n\n株式会社あさひ舎に対する指導について\n\n"
        "委員会は、本日、株式会社あさひ舎に対し、個人情報の保護に関する法律第147条に基づく指導を"
        "行いました。委員会は、これに先立ち同社に報告を求めていました(同法第146条第1項)。\n",
        [],
    ),
    (  # a penalty quoted beside its provision is no wrong
        "quoted-penalty-is-none",
        _LEAD + "\n罰則\n2年以下の懲役若しくは300万円以下の罰金又はその併科(特定商取引法第70条)\n",
        [],
    ),
    (  # what an order forbids for the future is no violation
        "future-ban-is-none",
        _LEAD + "同社は、今後、特定商取引法第3条に規定する明示義務に違反する行為を行わないこと。\n",
        [],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_uncited_and_item_forms(body: str, expected: list[Fact]) -> None:
    got = _remedied(parser.parse(_HEAD + body, name="t.txt"))
    assert got == sorted(expected)


NAMED: list[tuple[str, str, list[str]]] = [
    ("commas", "認定した違反行為は、不実告知、再勧誘です。", ["不実告知", "再勧誘"]),
    ("count", "認定した違反行為は、A型勧誘、B型勧誘の2つである。", ["A型勧誘", "B型勧誘"]),
    ("quoted-to-no-futatsu", "県が認めた違反は、「誇大広告」と「迷惑勧誘」の２つ。", ["誇大広告", "迷惑勧誘"]),
    ("table-column", "|名称|主な違反行為|\n|A社|過量販売・迷惑勧誘|\n|B社|不実告知|\n", ["過量販売", "迷惑勧誘", "不実告知"]),
    ("table-column-yes-no", "|名称|違反行為|\n|A社|あり|\n|B社|なし|\n", []),
    ("table-column-prose", "|名称|違反行為|\n|A社|同社は、点検と称して訪問していた。|\n", []),
    ("bracketed-nintei", "同法の違反行為(訪問目的不明示、返金遅延)を認定し、", ["訪問目的不明示", "返金遅延"]),
    ("bracketed-mitomerare", "同法に違反する行為(過量販売及び迷惑勧誘)が認められた。", ["過量販売", "迷惑勧誘"]),
    ("bracketed-without-finding", "同法の違反行為(訪問目的不明示)について調査した。", []),
    ("past-sanction-is-none", "同社は、過去にも、事業者名の不明示、不実告知等により処分を受けている。", []),
    ("flattened-cell", "違反行為・不実告知・再勧誘\n", ["不実告知", "再勧誘"]),
    ("cited-list-skipped", "認定した違反行為は、不実告知(法第6条)です。", []),
    ("a-clause-spoils-it", "認定した違反行為は、不実告知、同社が告げていたことです。", []),
    ("not-a-heading-mid-line", "同社の違反行為の内容について調査した。", []),
    ("sanction-is-no-wrong", "認定した違反行為は、業務停止命令です。", []),
    ("news-law-breach-de", "県は、特定商取引法違反(不実告知、書面不交付など)で業務停止を命じた。", ["不実告知", "書面不交付"]),
    ("news-law-breach-toshite", "景品表示法違反(優良誤認)として措置命令を出した。", ["優良誤認"]),
    ("news-law-breach-suspected", "同社の社長を特定商取引法違反(不実告知)の疑いで逮捕した。", []),
    ("news-shobun-no-riyu-wa", "同社に対する処分の理由は、勧誘目的等不明示、概要書面不交付です。", ["勧誘目的等不明示", "概要書面不交付"]),
    ("shobun-no-riyu-in-prose", "処分の理由は、同社が事業報告書を提出しなかったためです。", []),
    ("quoted-then-closed", "B社の処分では「書面不交付」「断定的判断の提供」――の2項目の違反が認定されました。", ["書面不交付", "断定的判断の提供"]),
    ("bulleted-then-closed", "同庁によると、\n★不実告知\n★再勧誘\nという2種の違反を確認したという。\n", ["不実告知", "再勧誘"]),
    ("bulleted-clauses-then-closed", "同庁によると、\n★社名を言わずに勧誘した\n★書面を交付しなかった\nという2種の違反を確認した。\n", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), [c[1:] for c in NAMED], ids=[c[0] for c in NAMED])
def test_named(text: str, names: list[str]) -> None:
    found = uncited.named(text, len(text))
    assert [v.description for v in found] == names
    assert all(text[v.start : v.end] == v.description and not v.provisions for v in found)


@given(
    st.text(alphabet="認定した違反行為は、・「」()\n不実告知再勧誘の2つです。第3条", max_size=120)
)
def test_named_on_any_text_names_what_it_spans(text: str) -> None:
    for v in uncited.named(text, len(text)):
        assert text[v.start : v.end] == v.description
        assert 2 <= len(v.description or "") <= 30
