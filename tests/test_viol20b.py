"""Violations worded without 違反 (session 14, viol20b): a wrong said to fall under a
prohibition (「この表示は、…第5条第2号に該当するものであった」, 「上記の状況は、…に該当する
ものと認められる」, 「これは…に該当する行為である」) under a heading of the wrongs that may name
their kind in brackets; a duty unmet (「…に定める書面を交付していませんでした」, 「…の規定に
よる報告を…行っていませんでした」, 「…が義務付ける…の調査をせずに」); a ban (「…において
派遣が禁止されている…業務に…従事させた」, 「…で禁止されている…に当たる」, 「…で禁止されて
いる誇大広告をした」); a bracket that labels its provision (「(不実告知:法第21条第1項)」); a
box drawn round the lines of the wrongs; a block of the wrongs after all of one company's
actions; a caption after 「…法に定める規定」; the wrongs a past action was for. Every sentence
is fictional, modeled on the real forms; rows where like words state no violation too."""

from __future__ import annotations

import pytest

from shobun import parser
from shobun.parser.model import Notice

Fact = tuple[str, str, tuple[str, ...], str]  # (action kind, addressee, articles, description)


def _remedied(n: Notice) -> list[Fact]:
    by_key = {v.key: v for v in n.violations}
    return sorted(
        (
            a.kind,
            a.addressee or "",
            tuple(p.article or "" for p in by_key[k].provisions),
            by_key[k].description or "",
        )
        for a in n.actions
        for k in a.violations
    )


_MEASURES, _IMPROVE, _GUIDE = "MeasuresOrder", "BusinessImprovementOrder", "Guidance"
_STOP, _ORDER, _RECOMMEND = "BusinessSuspensionOrder", "Order", "Recommendation"
_REVOKE = "RegistrationRevocation"

CASES: list[tuple[str, str, list[Fact]]] = [
    (
        "falls-under-was-kind-in-heading",
        "令和6年3月4日\n消費者庁\nあおば化粧品株式会社に対する景品表示法に基づく措置命令について\n"
        "消費者庁は、本日、あおば化粧品株式会社に対し、不当景品類及び不当表示防止法(以下「景品"
        "表示法」という。)第7条第1項の規定に基づき、措置命令を行った。\n"
        "第2 違反行為(有利誤認)\n"
        "あおば化粧品株式会社は、自社ウェブサイトにおいて、「本日限り半額」と表示していたが、"
        "実際には、ほぼ毎日同様の値引きを行っていた。この表示は、景品表示法第5条第2号に該当する"
        "ものであった。\n",
        [(_MEASURES, "あおば化粧品株式会社", ("5",), "有利誤認")],
    ),
    (
        "state-of-affairs-falls-under",
        "令和6年8月1日\nみなと財務局\nことり証券株式会社に対する行政処分について\n"
        "みなと財務局は、本日、ことり証券株式会社に対し、金融商品取引法第51条の規定に基づき、"
        "業務改善命令を発出した。\n3. 処分の理由\n検査の結果、同社の支店において、投資経験の"
        "ない顧客に対し、複雑な仕組債を勧誘していた状況が認められた。\n上記の状況は、金融商品取引法"
        "第40条第1号に該当するものと認められる。\n",
        [(_IMPROVE, "ことり証券株式会社", ("40",), "")],
    ),
    (
        "marked-heading-kind-feared-breach-elsewhere",
        "令和6年10月2日\nみなと県\n景品表示法に基づく措置命令について\n"
        "みなと県は、本日、有限会社かもめ亭に対し、不当景品類及び不当表示防止法(以下「景品表示法」"
        "という。)第7条第1項の規定に基づき、措置命令を行いました。なお、景品表示法に違反する"
        "おそれのある表示の調査は今後も続けます。\n"
        "■違反の内容(優良誤認表示)\n同社は、メニューに「地元産の黒毛和牛」と記載していたが、"
        "実際には輸入牛肉を使用していた。この表示は、景品表示法第5条第1号に該当するものである。\n",
        [(_MEASURES, "有限会社かもめ亭", ("5",), "優良誤認表示")],
    ),
    (
        "ground-after-breach-no-violation",  # the sanction's ground: no violation
        "令和6年5月10日\nみなと地方整備局\n建設業者に対する監督処分について\n"
        "みなと地方整備局は、本日、株式会社しらさぎ建工に対し、建設業法第28条第3項の規定に基づき"
        "営業停止処分を行った。\n処分の理由\n同社は、工事現場に主任技術者を置かず、建設業法"
        "第26条第1項の規定に違反した。この行為は、建設業法第28条第1項第2号に該当する。\n",
        [(_STOP, "株式会社しらさぎ建工", ("26",), "工事現場に主任技術者を置かず")],
    ),
    (
        "item-act-falls-under-after-bracketed-breach",
        "令和元年11月5日\nみなと県\n宅地建物取引業者に対する監督処分について\n"
        "みなと県は、本日、株式会社はまなす住販に対し、宅地建物取引業法第65条第2項の規定に基づき"
        "業務停止処分を行った。\n処分理由\nア 買主に対し、重要事項の説明をしなかった(法第35条"
        "第1項違反)。\nイ 勧誘に際し、故意に重要な事実を告げなかった。これは法第47条第1号に"
        "該当する行為である。\n",
        [
            (_STOP, "株式会社はまなす住販", ("35",), "重要事項の説明をしなかった"),
            (_STOP, "株式会社はまなす住販", ("47",), ""),
        ],
    ),
    (
        "duty-unmet-polite-negative",
        "平成29年6月2日\n観光庁\n旅行業者に対する行政処分について\n観光庁は、本日、合同会社"
        "そよかぜ旅行に対し、旅行業法第18条の3第1項の規定による業務改善命令を発出しました。\n"
        "(処分の理由)\n同法人は、旅行者と契約を締結しようとするときに、旅行業法第12条の4第1項に"
        "定める取引条件の説明を行わず、また、契約の締結後、同法第12条の5第1項に定める書面を"
        "交付していませんでした。\n",
        [
            (_IMPROVE, "合同会社そよかぜ旅行", ("12の4",), "取引条件の説明"),
            (_IMPROVE, "合同会社そよかぜ旅行", ("12の5",), ""),
        ],
    ),
    (
        "report-under-provision-not-made",
        "令和7年2月3日\n総務省\n電気通信事業者に対する行政指導について\n総務省は、本日、"
        "株式会社やまびこ通信に対し、文書による行政指導を行いました。\n同社は、設定誤りにより"
        "利用者の通信履歴が第三者から閲覧できる状態となっていたにもかかわらず、電気通信事業法"
        "第28条第1項の規定による報告を速やかに行っていませんでした。\n",
        [(_GUIDE, "株式会社やまびこ通信", ("28",), "報告")],
    ),
    (
        "duty-imposed-not-done",
        "2025年7月14日\nみなと経済新聞\nみなと経済産業局は11日、株式会社こがらしクレジットに対し、"
        "割賦販売法第30条の5の3第1項の規定に基づく業務改善命令を出した。\n同局によると、同社は"
        "カードを交付する際に同法第30条の2第1項が義務付ける支払可能見込額の調査をせずに、"
        "極度額を設定していた。\n",
        [(_IMPROVE, "株式会社こがらしクレジット", ("30の2",), "")],
    ),
    (
        "barred-work-people-put-to-it",
        "令和5年10月6日\nみなと労働局\n労働者派遣事業改善命令について\nみなと労働局は、本日、"
        "株式会社ひばりスタッフに対し、労働者派遣法第49条第1項の規定に基づき、労働者派遣事業"
        "改善命令を発出した。\n2 違反の内容\n(1) 労働者派遣法第4条第1項において派遣が禁止されて"
        "いる警備業務に、延べ15人の派遣労働者を従事させた。\n",
        [(_IMPROVE, "株式会社ひばりスタッフ", ("4",), "")],
    ),
    (
        "banned-and-it-is-one-news",
        "2025年10月2日\nみなと商業新聞\n公正取引委員会は1日、株式会社うぐいす食品に対し、下請代金"
        "支払遅延等防止法に基づき勧告を行ったと発表した。同社は下請事業者への支払いから"
        "「販促協力金」を差し引いていた。同法第4条第1項第3号で禁止されている下請代金の減額に"
        "当たるという。\n",
        [(_RECOMMEND, "株式会社うぐいす食品", ("4",), "下請代金の減額")],
    ),
    (
        "labelled-brackets-and-banned-thing-done",
        "2025年3月3日\nみなと県\n特定商取引法違反の事業者に対する指示について\nみなと県は、"
        "特定商取引に関する法律(以下「法」という。)に違反する行為を行った下記の事業者に対し、"
        "次のとおり処分を行いました。\n1 処分の概要\n株式会社つばめ健康社に対し、法第22条第1項の"
        "規定に基づく指示を行った。\n2 認定した違反行為\n・勧誘に際し、商品の効能について事実と"
        "異なることを告げた(不実告知:法第21条第1項)。\n・契約を締結しない旨の意思を表示した者に"
        "対し、勧誘を続けた(再勧誘:法第17条)。\n・法第12条で禁止されている誇大広告をした。\n",
        [
            (_ORDER, "株式会社つばめ健康社", ("12",), "誇大広告"),
            (_ORDER, "株式会社つばめ健康社", ("17",), "再勧誘"),
            (_ORDER, "株式会社つばめ健康社", ("21",), "不実告知"),
        ],
    ),
    (
        "box-drawn-label-lines",
        "令和7年6月5日\n公正取引委員会\n株式会社こまどり製パンに対する勧告について\n公正取引委員会は、"
        "株式会社こまどり製パンに対し、下請法第7条第2項の規定に基づき勧告を行った。\n"
        "違反行為等の概要\n┏━━━━━━━━━━\n┃ 株式会社こまどり製パン(本店:みなと市)\n"
        "┃ 違反行為:下請代金の支払遅延(下請法第4条第1項第2号)\n┃ 同社は、下請代金を期日までに"
        "支払っていなかった。\n┗━━━━━━━━━━\n",
        [(_RECOMMEND, "株式会社こまどり製パン", ("4",), "下請代金の支払遅延")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_violations_worded_without_breach(text: str, expected: list[Fact]) -> None:
    assert _remedied(parser.parse(text)) == sorted(expected)
