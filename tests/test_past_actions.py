"""Past and parallel actions told beside the one a notice announces: an earlier 指示 by a
県知事 (「A県知事が…に基づく指示を行ったB」「…A県知事から…の規定に基づく指示を受けました」)
stays its own action with its own day and basis, and the release's conclusion (「3. このた
め、…命令を行いました。」) is the notice's day's. Every sentence is written for this test;
the company is fictional."""

from __future__ import annotations

from shobun import parser

TEXT = (
    "令和6年3月1日\n農林水産省\n\n株式会社ゆうなぎ精米における不適正表示に対する措置(命令)について\n\n"
    "1. 長野県知事が令和5年9月4日に食品表示法に基づく指示を行った株式会社ゆうなぎ精米について、"
    "同県知事から、指示に従った措置が講じられていないおそれがあるとの報告を受けました。\n"
    "2. このため、株式会社ゆうなぎ精米に対し、食品表示法第6条第5項の規定に基づく命令を行いました。\n"
    "1 経過\n(1) 株式会社ゆうなぎ精米(以下「ゆうなぎ精米」という。)は、実際と異なる表示をした精米を"
    "販売していたため、令和5年9月4日、長野県知事から食品表示法第6条第1項の規定に基づく指示を受けました。\n"
)


def test_an_earlier_instruction_by_a_governor_stays_apart_from_todays_order() -> None:
    got = sorted(
        (
            a.kind,
            a.addressee,
            a.legal_basis.article if a.legal_basis else "",
            a.legal_basis.paragraph if a.legal_basis else None,
            a.date.iso() if a.date else "",
        )
        for a in parser.parse(TEXT).actions
    )
    assert got == [
        ("Order", "株式会社ゆうなぎ精米", "6", 1, "2023-09-04"),
        ("Order", "株式会社ゆうなぎ精米", "6", 5, "2024-03-01"),
    ]


NEWS = (
    "電力ビジネス情報\n湘南の送配電事業者に業務改善勧告\n2017年3月10日\n"
    "3月3日、経済産業省は株式会社ミナトグリッドに業務改善を勧告した。\n"
    "電力・ガス取引監視等委員会が、電気事業法第66条の11第1項の規定に基づき勧告を行ったもの。\n"
    "この問題について、2月1日付け(経済産業大臣名)及び2月15日付け(電力・ガス取引監視等委員会委員長名)で"
    "同社に報告徴収を行っている。\n"
)


def test_an_explained_action_is_the_same_and_two_days_joined_make_two_reports() -> None:
    got = sorted(
        (
            a.kind,
            a.legal_basis.article if a.legal_basis else "",
            a.date.iso() if a.date else "",
        )
        for a in parser.parse(NEWS).actions
        if a.addressee == "株式会社ミナトグリッド"
    )
    assert got == [
        ("Recommendation", "66の11", "2017-03-03"),
        ("ReportRequest", "", "2017-02-01"),
        ("ReportRequest", "", "2017-02-15"),
    ]


PAST = (
    "令和4年11月2日\nみずなら県\n\n訪問販売業者に対する業務停止命令について\n\n"
    "みずなら県は、本日、有限会社ねむの木寝具に対し業務停止命令(6か月)を行いました。\n"
    "また、同社は、過去(平成30年4月27日付け)にも、みずなら県から、不実告知等により同法に基づく"
    "業務停止命令(3か月)の処分を受けています。\n"
)


def test_a_past_order_received_keeps_its_own_day() -> None:
    got = sorted(a.date.iso() if a.date else "" for a in parser.parse(PAST).actions)
    assert got == ["2018-04-27", "2022-11-02"]


GROUNDS = (
    "令和4年10月5日\nみやび労働局\n\n派遣元事業主に対する労働者派遣事業改善命令について\n\n"
    "みやび労働局は、本日、有限会社あけぼの人材に対し、労働者派遣法第49条第1項に基づく労働者派遣事業"
    "改善命令を行った。\n処分の理由\n1 同社は、事業報告書を提出していない。\n"
    "2 当局が労働者派遣法第48条第1項に基づき行った提出の指導にも応じず、\n"
)


def test_a_past_guidance_told_as_a_ground_is_an_action() -> None:
    got = sorted(
        (a.kind, a.legal_basis.article if a.legal_basis else "")
        for a in parser.parse(GROUNDS).actions
    )
    assert got == [("BusinessImprovementOrder", "49"), ("Guidance", "48")]
