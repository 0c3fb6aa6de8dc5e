"""The forms regulators' published notices take, one row per form: where the title, the
issuer and the date stand on a web page, an action stated only as a label or in the title,
an addressee named only in a block below, a group of offenders, what is not an action.

Every notice here is written for this test (fictional companies); each row is a form seen
on real pages (`tests/data/probes/PHENOMENA.md`)."""

from __future__ import annotations

import pytest

from shobun import parser
from shobun.parser.model import Notice


def _parse(text: str) -> Notice:
    return parser.parse(text)


def _basis(n: Notice, key: str) -> str | None:
    a = next(a for a in n.actions if a.key == key)
    if a.legal_basis is None:
        return None
    c = a.legal_basis
    return f"{c.article}/{c.paragraph}/{c.item}"


HEADERS = [
    (  # a page's breadcrumbs, page number and updated date above the title
        "ホーム > 報道発表 > 株式会社ときわ運送に対する行政処分について\nページ番号:4521\n"
        "発表日:2024年3月15日14時\n更新日:2024年3月18日\n\n"
        "株式会社ときわ運送に対する行政処分について\n\n東北運輸局は、本日、処分を行った。\n",
        ("株式会社ときわ運送に対する行政処分について", "2024-03-15", "東北運輸局"),
    ),
    (  # a reproducing site's name on the line above the title
        "くらしの法律ブログ\n\n派遣元事業主に対する労働者派遣事業改善命令について\n\n"
        "大阪労働局は、令和5年6月1日、事業主に対し、改善命令を行った。\n",
        ("派遣元事業主に対する労働者派遣事業改善命令について", None, "大阪労働局"),
    ),
    (  # a leading mark, and a ministry written before its bureau
        "令和6年5月10日\n国土交通省中部地方整備局\n\n●建設業者に対する監督処分について\n\n"
        "中部地方整備局は、本日、処分を行った。\n",
        ("建設業者に対する監督処分について", "2024-05-10", "中部地方整備局"),
    ),
    (  # a prefecture's bureau above the title, and no sentence with the prefecture as subject
        "ページ番号:512345\n発表日:令和5年11月20日\n栃木県県土整備部監理課\n\n"
        "建設業者に対する監督処分について\n\n建設業法に違反した建設業者に対して、次のとおり"
        "監督処分を行いました。\n",
        ("建設業者に対する監督処分について", "2023-11-20", "栃木県"),
    ),
    (  # a trail one item a line, its last item the title, and share buttons
        "現在位置:\n  1. トップページ >\n  2. 行政処分 >\n  3.  許可を取り消しました\n"
        "  • facebook\n  • x\n令和06年03月15日\n\n産業廃棄物処理業者の許可を取り消しました\n\n"
        "岐阜県は、本日、処分を行いました。\n",
        ("産業廃棄物処理業者の許可を取り消しました", "2024-03-15", "岐阜県"),
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    HEADERS,
    ids=[
        "breadcrumbs-page-number-and-dates",
        "site-name-above-title",
        "mark-and-ministry-bureau",
        "prefecture-bureau-line-speaks",
        "trail-one-item-a-line-and-share-buttons",
    ],
)
def test_header(text: str, expected: tuple[str, str | None, str]) -> None:
    n = _parse(text)
    issued = n.issued.iso() if n.issued else None
    assert (n.title_text, issued, n.issued_by) == expected


ACTIONS = [
    (  # the action as a label line, its basis in the parenthetical; the name after a label
        "令和5年9月1日\n東海財務局\n\n株式会社みどり商会に対する行政処分について\n\n"
        "東海財務局は、本日、下記の貸金業者に対し、行政処分を行った。\n"
        "1.処分を受けた者\n商号　株式会社みどり商会\n"
        "2.処分の内容\n業務改善命令(貸金業法第24条の6の3第1項)\n",
        [("BusinessImprovementOrder", "株式会社みどり商会", "24の6の3/1/None", "2023-09-01")],
    ),
    (  # the actions only in the title, the body saying that it acted; an officer's order
        "令和4年11月10日\n北陸経済産業局\n\n"
        "訪問販売業者に対する業務停止命令(6か月)及び指示並びに当該業者の代表取締役に対する"
        "業務停止命令(6か月)について\n\n北陸経済産業局は、本日、行政処分を行いました。\n"
        "1 事業者の概要\n(1)名称:あおば住設株式会社\n(2)所在地:富山県富山市\n",
        [
            ("BusinessSuspensionOrder", "あおば住設株式会社", None, "2022-11-10"),
            ("Order", "あおば住設株式会社", None, "2022-11-10"),
        ],
    ),
    (  # 「下記の事業主に対して」 and the name in a block headed 被処分…
        "令和6年2月1日\n京都労働局\n\n派遣元事業主に対する労働者派遣事業停止命令について\n\n"
        "京都労働局は、下記のとおり、労働者派遣事業を営む事業主に対して、本日、労働者派遣法"
        "第14条第2項に基づく労働者派遣事業停止命令を行った。\n"
        "第1 被処分派遣元事業主\n名　称　株式会社ひかり人材\n",
        [("BusinessSuspensionOrder", "株式会社ひかり人材", "14/2/None", "2024-02-01")],
    ),
    (  # an order the notice says it will give is not an action
        "令和6年7月3日\n東北経済産業局\n\n株式会社みちのく電工に対する行政処分について\n\n"
        "東北経済産業局は、本日、株式会社みちのく電工に対し、特定商取引に関する法律第7条"
        "第1項の規定に基づき指示を行いました。\n"
        "なお、同社に対しては、弁明の機会を付与した上で、業務停止命令を行う予定です。\n",
        [("Order", "株式会社みちのく電工", "7/1/None", "2024-07-03")],
    ),
    (  # a 勧告 from one authority to a minister is no enforcement action
        "令和6年3月1日\n証券取引等監視委員会\n\nかもめ証券株式会社に対する検査結果に基づく"
        "勧告について\n\n証券取引等監視委員会が、かもめ証券株式会社を検査した結果、法令違反"
        "の事実が認められたので、本日、内閣総理大臣及び金融庁長官に対して、行政処分を行う"
        "よう勧告した。\n",
        [],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    ACTIONS,
    ids=[
        "label-line-with-basis-in-parenthesis",
        "title-only-actions-and-an-officers-order",
        "common-noun-addressee-named-in-block",
        "planned-order-is-no-action",
        "recommendation-to-a-minister-is-no-action",
    ],
)
def test_actions(text: str, expected: list[tuple[str, str, str | None, str]]) -> None:
    n = _parse(text)
    got = [
        (a.kind, a.addressee, _basis(n, a.key), a.date.iso() if a.date else None) for a in n.actions
    ]
    assert sorted(got, key=str) == sorted(expected, key=str)


def test_a_group_of_offenders_each_commits_the_violation() -> None:
    n = _parse(
        "令和5年3月2日\n消費者庁\n\n株式会社つばさフーズ及び株式会社あさひ販売に対する措置命令"
        "について\n\n消費者庁は、本日、株式会社つばさフーズ(以下「つばさ」という。)及び株式会社"
        "あさひ販売(以下「あさひ」という。)に対し、景品表示法第7条第1項の規定に基づき、措置命令を"
        "行いました。\n1 違反行為の概要\nつばさ及びあさひは、自社ウェブサイトにおいて、景品表示法"
        "第5条第1号(優良誤認)の規定に違反する行為を行っていたものである。\n"
    )
    assert sorted(v.committed_by or "" for v in n.violations) == [
        "株式会社あさひ販売",
        "株式会社つばさフーズ",
    ]


def test_an_ordinance_is_a_statute_of_its_own() -> None:
    n = _parse(
        "令和3年12月1日\n神奈川県\n\nほしぞら生活協同組合に対する勧告について\n\n"
        "県は、ほしぞら生活協同組合に対し、神奈川県消費生活条例第25条第1項の規定に基づき、"
        "勧告を行いました。\n"
    )
    (action,) = n.actions
    assert action.legal_basis is not None
    assert action.legal_basis.statute == "神奈川県消費生活条例"


def _orgs(n: Notice) -> list[str]:
    return sorted(o.label for o in n.organizations if o.kind != "Authority")


ORGS = [
    (  # a foreign company in katakana, with no Japanese legal form; a former trade name
        "令和7年2月20日\n公正取引委員会\n\n排除措置命令について\n\n公正取引委員会は、本日、"
        "ノースウィンド・マリン・リミテッド及び株式会社みなみ港(旧商号「みなみ港湾工業株式会社」)"
        "に対し、排除措置命令を行った。\n",
        ["ノースウィンド・マリン・リミテッド", "株式会社みなみ港"],
    ),
    (  # a federation of cooperatives is one name, not its member form
        "令和5年11月28日\n農林水産省\n\n指示について\n\n農林水産省は、本日、白浜漁業協同組合"
        "連合会に対し、食品表示法第6条第1項の規定に基づき、指示を行った。\n",
        ["白浜漁業協同組合連合会"],
    ),
    (  # a sole trader's trade name, given after a label
        "平成31年2月28日\n佐賀県\n\n訪問販売事業者に対する業務停止命令について\n\n"
        "佐賀県は、本日(平成31年2月28日)付けで、わかば工房(以下、「事業者」という。)に対し、"
        "行政処分を実施しました。\n1.事業者の概要\n1. 事業者名:わかば工房\n",
        ["わかば工房"],
    ),
    (  # an officer's line under the company, its head office in brackets: a person
        "令和6年3月1日\n大阪労働局\n\n労働者派遣事業改善命令について\n\n"
        "大阪労働局は、本日、下記の事業主に対し、労働者派遣事業改善命令を行った。\n"
        "●有限会社こだま人材\n 代表取締役 川上 次郎(所在地:大阪府堺市)\n",
        ["有限会社こだま人材"],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    ORGS,
    ids=[
        "katakana-foreign-and-former-trade-name",
        "cooperative-federation",
        "trade-name-label",
        "officer-line-under-the-company",
    ],
)
def test_organisations(text: str, expected: list[str]) -> None:
    assert _orgs(_parse(text)) == sorted(expected)


def test_an_action_dated_by_its_own_day_in_brackets() -> None:
    n = _parse(ORGS[2][0])
    assert [(a.addressee, a.date.iso() if a.date else None) for a in n.actions] == [
        ("わかば工房", "2019-02-28")
    ]


VIOLATIONS = [
    (  # two provisions, each with its caption, in one 「…に該当」
        "景品表示法に違反する行為(同法第5条第1号(優良誤認)及び同条第2号(有利誤認)に該当)が"
        "認められた",
        [("5", "1", "優良誤認"), ("5", "2", "有利誤認")],
    ),
    (  # violations listed as labels under 違反行為
        "(3)法違反行為\nア 法第3条(勧誘目的等不明示)\nイ 法第5条第1項(書面不交付)\n",
        [("3", "None", "勧誘目的等不明示"), ("5", "None", "書面不交付")],
    ),
    (  # the article's caption after the citation names the wrong
        "同社は、委託先の状況を確認していなかった。これは、法第25条(委託先の監督)の規定に"
        "違反するものである。",
        [("25", "None", "委託先の監督")],
    ),
    (  # the provision is the bracketed detail of 「…法に違反する行為」, the wrong after it
        "消費者庁は、株式会社はるかぜ通販の表示について、景品表示法に違反する行為(同法第5条第2号"
        "有利誤認)が認められたとした。",
        [("5", "2", "有利誤認")],
    ),
    (  # the same with no wrong named in the brackets: the violation has no description
        "同社の表示について、景品表示法に違反する行為(同法第5条第1号)が認められた。",
        [("5", "1", None)],
    ),
    (  # 「wrong(provision)及びwrong(provision)です」 in prose
        "認定した違反行為は、役務の内容についての不実告知(特定商取引法第6条第1項第1号)及び"
        "書面不交付(同法第4条)です。",
        [("4", "None", "書面不交付"), ("6", "1", "役務の内容についての不実告知")],
    ),
    (  # 「wrong(provision)を行っていた」
        "同社の販売員が、顧客に対して虚偽のことを告げる行為(特定商取引法第6条第1項第7号)を"
        "行っていたことが認められた。",
        [("6", "7", "顧客に対して虚偽のことを告げる行為")],
    ),
    (  # two provisions of two enactments in one chain: the law's and its 施行規則's
        "これは、法第4条第1項及び特定商取引に関する法律施行規則第3条第2号の規定に違反する。",
        [("4+3", "None", None)],
    ),
    (  # an article applied by another: the applied one is violated, not the applying one
        "これは、法第5条第1項の規定、又は法第12条において準用する第9条第2項の規定に違反する"
        "ものである。",
        [("5+9", "None", None)],
    ),
    (  # a sub-item in katakana after the citation
        "これは、法第9条第1号ロの規定に違反する。",
        [("9", "1", None)],
    ),
    (  # 「第N条で禁止される…を行った」
        "同社は、法第10条で禁止される無登録の勧誘(いわゆる飛び込み勧誘)を行った。",
        [("10", "None", "飛び込み勧誘")],  # the name in brackets, not the prose
    ),
    (  # bulleted wrongs, each with its provision in brackets at the end of the line
        "主な違反事項は次のとおり。()内は根拠法令。\n・点検の記録を保存していなかった。"
        "(特定商取引法第12条第2項)\n",
        [("12", "2", "点検の記録を保存していなかった")],
    ),
    (  # 同項 takes the caption the same provision has earlier in the sentence
        "同社は、法第14条第1項(変更の届出)の規定による届出を行っておらず、同項の規定に違反して"
        "いた。",
        [("14", "1", "変更の届出")],
    ),
    (  # a numbered subsection under 違反行為の概要 is headed by the wrong it describes
        "2 違反行為の概要\n(1)契約の解除を妨げるために不実を告げる行為\n同社は、解約を申し出た"
        "消費者に事実と異なることを告げていた。この行為は、法第13条の2の規定に違反するもので"
        "ある。",
        [("13の2", "None", "契約の解除を妨げるために不実を告げる行為")],
    ),
    (  # the law's own text quoted for reference states no violation
        "(参考)法第8条第1項\n第五条の規定に違反する行為(以下「対象行為」という。)をした者が"
        "あるときは、命ずることができる。",
        [],
    ),
    (  # a voluntary report not made only denies a reduction: no violation
        "同社は、景品表示法第9条に基づく自主報告を行っていないため、課徴金額の減額はない。",
        [],
    ),
    (  # a sanction beside its provision is no wrong
        "(1) 販売業の登録の取消し(特定商取引法第8条第1項)\n",
        [],
    ),
    (  # a provision that defines the wrong, then the one violated: the second, described
        "同社の行為は、独占禁止法第2条第9項第4号(再販売価格の拘束)に該当し、同法第19条の規定に"
        "違反するものである。",
        [("19", "None", "再販売価格の拘束")],
    ),
    (  # a list of wrongs, each with its provision (同・第N条), in a news item's words
        "処分の原因としては、契約内容の不実告知(特定商取引法第6条第1項)、断定的判断の提供に"
        "よる勧誘(同・第6条第3項)が挙げられている。",
        [("6", "1", "契約内容の不実告知"), ("6", "3", "断定的判断の提供による勧誘")],
    ),
    (  # one provision in the order's items and in the reasons: the named wrong describes it
        "(1)法第5条第1項に規定する書面を交付していなかったものについて、速やかに交付すること。"
        "\n3 処分の理由\n(1) 法第5条第1項違反(書面交付義務違反)\n同社は、書面を交付して"
        "いなかった。",
        [("5", "1", "書面交付義務違反")],
    ),
    (  # what a surcharge is for (課徴金対象行為) is no wrong; the bracketed provision is
        "本件は、同法第8条第1項に規定する課徴金対象行為に該当する(景品表示法第5条第2号"
        "(有利誤認)に該当)。",
        [("5", "2", "有利誤認")],
    ),
    (  # a 勧告's item that the acts told above broke provisions: no wrong named after them
        "イ 同社は、前記(1)アの行為が下請法第4条第1項第3号の規定に違反するものであること及び"
        "前記(1)イの行為が同条第2項第3号の規定に違反するものであることを取締役会の決議により"
        "確認すること。",
        [("4", "1", None), ("4", "2", None)],
    ),
    (  # numbered lines that tell the actions taken, each basis in brackets after its 。
        "① 3か月間、通信販売に関する業務の一部を停止するよう命じました。(特定商取引法第15条"
        "第1項)\n② 再発防止策を講ずることなどを指示しました。(同法第14条第1項)\n",
        [],
    ),
    (  # what the provision describes, quoted in 「」 (a 財務局 release's 法令違反の事実)
        "このような当社の行為は、金融商品取引法第38条第9号に基づく金融商品取引業等に関する内閣府令"
        "第117条第1項第2号に規定する「勧誘に関して、虚偽の表示をする行為」に該当するものと"
        "認められる。",
        [("38+117", "None", "勧誘に関して、虚偽の表示をする行為")],
    ),
    (  # the caption after 「の規定」, before 「に違反」
        "このことは、法第16条の規定(投棄禁止)に違反します。",
        [("16", "None", "投棄禁止")],
    ),
    (  # the quoted words of the provision an order of improvement rests on: its ground
        "当社の上記行為は、金融商品取引法第42条第1項に規定する忠実義務に違反するとともに、同法"
        "第51条に規定する「業務の運営に関し、公益又は投資者保護のため必要かつ適当であると認める"
        "とき」に該当するものと認められる。",
        [("42", "1", "忠実義務")],
    ),
    (  # 「にあたる」 in kana, as a 府's page writes it
        "これは、景品表示法第5条第3号に規定する商品の原産国に関する不当な表示にあたることから、"
        "措置命令を行いました。",
        [("5", "3", "商品の原産国に関する不当な表示")],
    ),
    (  # what was done falls under the provision, 「認められた」 in the past tense
        "同社は、重要事項を故意に告げなかった。これらの行為は、宅地建物取引業法第47条第1号に"
        "該当するものと認められた。",
        [("47", "1", "重要事項を故意に告げなかった")],  # the act pointed back to (prosed.py)
    ),
    (  # 「…の規定に違反する行為(wrong)が認められた」: the bracket names the wrong
        "同社について、宅地建物取引業法第35条第1項の規定に違反する行為(重要事項の説明義務違反)が"
        "認められた。",
        [("35", "1", "重要事項の説明義務違反")],
    ),
    (  # 「…に該当するものであって、同法に違反するものである」: the article the sentence names
        "これらの表示は、それぞれ、景品表示法第5条第1号に該当するものであって、同法に違反する"
        "ものである。",
        [("5", "1", None)],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "expected"),
    VIOLATIONS,
    ids=[
        "two-captions-one-gaitou", "labelled-provisions", "article-caption-names-the-wrong",
        "provision-inside-ihan-suru-koui", "provision-inside-ihan-suru-koui-no-wrong",
        "wrongs-with-provisions-desu", "wrong-provision-okonatte",
        "chain-law-and-its-sekokisoku", "applied-article-not-applying", "katakana-sub-item",
        "de-kinshi-sareru", "bulleted-wrongs", "douko-takes-earlier-caption",
        "heading-under-ihan-koui-no-gaiyou", "quoted-law-text", "no-report-only-no-reduction",
        "sanction-beside-provision", "defining-provision-then-violated-one",
        "wrongs-listed-with-dou-naka-ten",
        "one-violation-per-provision-named-wrong-wins", "surcharge-object-is-no-wrong",
        "kankoku-item-mono-de-aru-koto",
        "actions-told-with-basis-in-brackets",
        "quoted-provision-words-gaitou", "caption-after-no-kitei",
        "quoted-ground-of-an-order-is-no-wrong", "ni-ataru-in-kana",
        "gaitou-mitomerareta-past", "ihan-suru-koui-bracket-names-the-wrong",
        "gaitou-suru-mono-de-atte",
    ],
)  # fmt: skip
def test_violations(body: str, expected: list[tuple[str, str, str]]) -> None:
    n = _parse(
        "令和6年4月1日\n消費者庁\n\n株式会社はるかぜ通販に対する措置命令について\n\n"
        "消費者庁は、本日、株式会社はるかぜ通販に対し、特定商取引に関する法律(以下「法」という。)"
        f"及び景品表示法に基づき、措置命令を行いました。\n{body}\n"
    )
    got = sorted(
        ("+".join(p.article for p in v.provisions), v.description or "") for v in n.violations
    )
    assert got == sorted((a, d or "") for a, _, d in expected)


def test_double_spaced_pdf_text_keeps_a_term_broken_across_lines() -> None:
    lines = [
        "平成30年10月31日", "株式会社ひばり食品に対する景品表示法に基づく措置命令及び課徴金納付命令について",
        "消費者庁は、本日、株式会社ひばり食品に対し、同社が供給する食品に係る表示について、",
        "景品表示法に違反する行為が認められたことから、",
        "同法第7条第1項の規定に基づく措置命令及び同法第8条第1項の規定に基づく課徴金",
        "納付命令を行いました。",
        "1 違反行為者の概要",
        "名称 株式会社ひばり食品", "所在地 東京都新宿区", "代表者 代表取締役 山本一郎",
        "設立年月 平成14年12月", "資本金 1000万円",
    ]  # fmt: skip
    n = _parse("\n\n".join(lines) + "\n")
    assert sorted(a.kind for a in n.actions) == ["MeasuresOrder", "SurchargeOrder"]


def test_a_ministry_before_its_bureau_is_not_an_organisation() -> None:
    n = _parse(
        "令和6年5月10日\n厚生労働省愛知労働局\n\n派遣元事業主に対する改善命令について\n\n"
        "愛知労働局は、本日、株式会社あさぎ人材に対し、労働者派遣法第49条第1項の規定に基づき"
        "改善命令を行った。\n"
    )
    assert sorted(o.label for o in n.organizations) == ["愛知労働局", "株式会社あさぎ人材"]
    assert n.issued_by == "愛知労働局"


def test_an_action_under_two_provisions_keeps_both() -> None:
    n = _parse(
        "令和6年11月29日\n滋賀県\n\n食品表示法に基づく指示について\n\n"
        "滋賀県は、令和6年6月10日、株式会社わかくさ製粉に対し、食品表示法第8条第1項および第2項の"
        "規定に基づく立入検査を行った。\n"
    )
    (action,) = n.actions
    assert [(c.article, c.paragraph) for c in action.bases] == [("8", 1), ("8", 2)]


def test_items_that_follow_give_the_action_its_deadline() -> None:
    n = _parse(
        "令和6年11月29日\n滋賀県\n\n食品表示法に基づく指示について\n\n"
        "1 指示の内容\n滋賀県は、株式会社わかくさ製粉に対し、食品表示法第6条第1項の規定に基づき、"
        "次のとおり指示を行いました。\n(1)表示を是正すること。\n"
        "(2)講じた措置について、令和6年12月27日までに報告すること。\n"
    )
    (action,) = n.actions
    assert (action.kind, action.deadline.iso() if action.deadline else None) == (
        "Order",
        "2024-12-27",
    )


def test_what_an_order_asks_the_addressee_to_do_is_no_action() -> None:
    n = _parse(
        "令和6年7月12日\n東京労働局\n\n改善命令について\n\n東京労働局は、本日、株式会社ほしの"
        "スタッフに対し、労働者派遣法第49条第1項に基づく改善命令を行った。\n"
        "(1)社内の関係者に対する周知徹底及び指導を行うこと。\n"
    )
    assert [a.kind for a in n.actions] == ["BusinessImprovementOrder"]


@pytest.mark.parametrize(
    "line",
    ["(令和7年3月25日 九州経済産業局発表)", "2025年03月25日 | カテゴリ:行政処分 | Tag:特商法"],
    ids=["bracketed-date-and-issuer", "date-then-site-columns"],
)
def test_a_reproductions_date_line(line: str) -> None:
    n = _parse(
        f"訪問販売業者に対する行政処分について\n{line}\n\n九州経済産業局は、本日、指示を行った。\n"
    )
    assert n.issued is not None and n.issued.iso() == "2025-03-25"


def test_the_issuer_is_never_an_addressee() -> None:
    n = _parse(
        "平成26年7月18日(金)\n福岡県商工部中小企業振興課\n\n貸金業者に対する業務停止命令について\n\n"
        "福岡県は、本日、下記の貸金業者に対し、行政処分を行いました。\n1 業務停止命令\n"
        "(1)処分を受けた者\n商号　株式会社はかたクレジット\n登録番号　福岡県知事(3)第09876号\n"
    )
    assert n.issued_by == "福岡県"
    assert [a.addressee for a in n.actions] == ["株式会社はかたクレジット"]


def _kinds(n: Notice) -> list[tuple[str, str | None]]:
    return sorted((a.kind, a.addressee) for a in n.actions)


MORE_ACTIONS = [
    (  # 「以下の2社に対し」 and the names in a table column headed 対象事業者
        "令和6年9月11日\n個人情報保護委員会\n\n行政上の対応について\n\n個人情報保護委員会は、本日、"
        "以下の2社に対し、個人情報の保護に関する法律第147条の規定に基づく指導を行いました。\n\n"
        "| 対象事業者 | 法人番号 | 所在地 |\n|---|---|---|\n| 株式会社みのり通販 | 6010401176655 | 東京都 |\n"
        "| 株式会社あさひシステム | 2011101087766 | 東京都 |\n",
        [("Guidance", "株式会社あさひシステム"), ("Guidance", "株式会社みのり通販")],
    ),
    (  # the generic 「次の措置を講ずるよう命じました」 restates the 業務改善命令; 厳重注意 told twice
        "令和5年3月10日\n総務省\n\n株式会社そよかぜ通信に対する業務改善命令等\n\n総務省は、本日、"
        "株式会社そよかぜ通信に対し、電気通信事業法第29条第1項の規定に基づき、業務の方法の改善"
        "その他の措置を講ずるよう命じました。また、同社に対し、文書による厳重注意を行いました。\n"
        "なお、株式会社はまなすコールに対し、適切な対応を行うよう要請しました。\n"
        "1 措置\nこのため、総務省は、株式会社そよかぜ通信に対し、次の措置を講ずるよう命じました。\n"
        "2 厳重注意\n報告が遅れたことについて、文書による厳重注意を行った。\n",
        [("BusinessImprovementOrder", "株式会社そよかぜ通信"), ("Caution", "株式会社そよかぜ通信")],
    ),
    (  # an inspection told as done, the verb before it; a roman numeral before a name
        "平成18年10月27日\n金融庁\n\n行政処分について\n\nI.さくら草生命保険相互会社\n"
        "当庁が平成18年5月に実施した立入検査の結果、法令違反が認められた。\n"
        "このため、本日、同社に対し、保険業法第132条第1項の規定に基づき、業務改善命令を発出した。\n",
        [("BusinessImprovementOrder", "さくら草生命保険相互会社"),
         ("OnSiteInspection", "さくら草生命保険相互会社")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    MORE_ACTIONS,
    ids=[
        "pointer-to-a-table-column-of-addressees",
        "generic-order-restates-the-improvement-order",
        "inspection-told-as-done-and-roman-numeral",
    ],
)
def test_more_actions(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(_parse(text)) == sorted(expected)


@pytest.mark.parametrize(
    "section",
    ["3.課徴金の額等\n(1)課徴金の額　　6,123万円\n(2)納付期限　　令和7年2月14日\n",
     "(3) 課徴金額\n   6,123万円\n(4) 納付期限\n令和7年2月14日\n"],
    ids=["amount-and-due-date-on-their-label-lines", "amount-on-the-line-after-its-label"],
)  # fmt: skip
def test_a_surcharges_amount_and_due_date_set_out_apart(section: str) -> None:
    n = _parse(
        "令和6年12月13日\n厚生労働省\n\nみずいろ製薬株式会社に対する課徴金納付命令について\n\n"
        "厚生労働省は、本日、みずいろ製薬株式会社に対し、医薬品医療機器等法第75条の5の2第1項の"
        f"規定に基づき、課徴金納付命令を行いました。\n{section}"
    )
    (action,) = n.actions
    assert (action.amount, action.deadline.iso() if action.deadline else None) == (
        61_230_000,
        "2025-02-14",
    )


def test_each_addressee_its_own_basis() -> None:
    n = _parse(
        "2024年5月10日\n金融庁\n\n行政処分について\n\n金融庁は、本日、XYZ Holdings株式会社(以下「XYZHD」"
        "という。)に対し銀行法第52条の33第1項に基づき、また、株式会社XYZ銀行(以下「XYZ銀行」"
        "という。)に対し同法第26条第1項に基づき、それぞれ業務改善命令を発出しました。\n"
    )
    got = sorted((a.addressee, a.legal_basis.article if a.legal_basis else None) for a in n.actions)
    assert got == [("XYZHoldings株式会社", "52の33"), ("株式会社XYZ銀行", "26")]


def test_names_listed_before_an_addressee_share_its_basis() -> None:
    n = _parse(
        "2025年6月2日\n経済産業省\n\n業務改善命令について\n\n本日、経済産業省は、ガス事業法第5条の3"
        "第1項の規定に基づき、あけぼのガス株式会社及び株式会社ゆうなぎエネルギーに対して、ガス事業法"
        "第30条第1項の規定に基づき株式会社ゆうなぎ導管及びさざなみ導管株式会社に対して業務改善命令を"
        "発出しました。\n"
    )
    got = sorted((a.addressee, a.legal_basis.article if a.legal_basis else None) for a in n.actions)
    assert got == [
        ("あけぼのガス株式会社", "5の3"),
        ("さざなみ導管株式会社", "30"),
        ("株式会社ゆうなぎエネルギー", "5の3"),
        ("株式会社ゆうなぎ導管", "30"),
    ]


def test_a_group_named_with_a_companion() -> None:
    n = _parse(
        "令和7年3月14日\n公正取引委員会\n\n勧告について\n\n公正取引委員会は、株式会社しおり出版(以下"
        "「しおり出版」という。)及びその子会社である株式会社しおりデザイン(以下「しおりデザイン」といい、"
        "しおり出版と併せて「2社」という。)に対し調査を行ってきたところ、本日、フリーランス法第8条第1項の"
        "規定に基づき、2社に対し勧告を行った。\n"
    )
    assert sorted(a.addressee or "" for a in n.actions) == [
        "株式会社しおりデザイン",
        "株式会社しおり出版",
    ]


REMEDIES = [
    (  # the facts that caused the orders, in a section of their own: every order remedies them
        "令和6年2月1日\n近畿経済産業局\n\n連鎖販売業者に対する業務停止命令及び指示について\n\n"
        "近畿経済産業局は、株式会社あおぞらライフに対し、本日、特定商取引に関する法律(以下"
        "「法」という。)第39条第1項の規定に基づき、業務の一部を停止するよう命じました。\n"
        "あわせて、同社に対し、法第38条第1項の規定に基づき、再発防止策を講ずることを指示"
        "しました。\n2 行政処分の内容\n(1)業務停止命令\n令和6年2月2日から3か月間、業務を停止"
        "すること。\n(2)指示\n再発防止策を講ずること。\n3 命令の原因となる事実\n"
        "(1)不実告知(法第34条第1項)\n同社は、事実と"
        "異なることを告げていた。\n",
        [("BusinessSuspensionOrder", "34"), ("Order", "34")],
    ),
    (  # 「…に違反するものと認められます。このため、…命じました」: that order only
        "令和6年2月1日\n総務省\n\nあおぞら通信株式会社に対する業務改善命令等\n\n総務省は、"
        "本日、あおぞら通信株式会社に対し、電気通信事業法(以下「法」という。)第29条第1項の"
        "規定に基づき、業務の方法の改善その他の措置を講ずるよう命じました。\nまた、同社に対し、"
        "文書による厳重注意を行いました。\n2 法に基づく措置\n本件は、法第4条第1項(秘密の保護)"
        "の規定に違反するものと認められます。このため、総務省は、あおぞら通信株式会社に対し、"
        "次の措置を講ずるよう命じました。\n",
        [("BusinessImprovementOrder", "4")],
    ),
    (  # the wrong of an order told from the past: the surcharge announced today remedies it
        "令和6年2月1日\n消費者庁\n\n株式会社あおぞら電機に対する課徴金納付命令について\n\n"
        "消費者庁は、本日、株式会社あおぞら電機に対し、景品表示法第8条第1項の規定に基づき、"
        "課徴金納付命令を発出しました。\n2 課徴金納付命令の概要\n当庁は、前記表示が景品表示法"
        "第5条第1号(優良誤認)に該当するものとして、令和5年6月1日、株式会社あおぞら電機に対し、"
        "同法第7条第1項の規定に基づく措置命令を行っている。\n",
        [("MeasuresOrder", "5"), ("SurchargeOrder", "5")],
    ),
    (  # a warning recounted by its year alone is not what the listed wrongs are remedied by
        "令和6年10月11日\n中国運輸局\n\n貸切バス事業者に対する行政処分について\n\n中国運輸局は、"
        "あおぞら観光バス株式会社に対し、道路運送法第40条に基づき、事業停止命令を行いました。\n"
        "主な違反事項は次のとおり。()内は根拠法令。\n・点呼の記録を保存していなかった。"
        "(道路運送法第27条第3項)\n同社は、令和4年にも、点呼の不備について文書による警告を受けて"
        "いた。\n",
        [("BusinessSuspensionOrder", "27")],
    ),
    (  # the same in a news item that gives no date of its own
        "中国運輸局、貸切バス事業者に事業停止命令\n\n中国運輸局は、あおぞら観光バス株式会社に対し、"
        "道路運送法第40条に基づき、事業停止命令を行った。\n主な違反事項は次のとおり。\n"
        "・点呼の記録を保存していなかった。(道路運送法第27条第3項)\n同社は、令和4年にも、点呼の"
        "不備について文書による警告を受けていた。\n",
        [("BusinessSuspensionOrder", "27")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    REMEDIES,
    ids=[
        "cause-section-every-order",
        "konotame-that-order-only",
        "recounted-order-and-surcharge",
        "a-past-warning-dated-by-a-year-remedies-nothing-new",
        "the-same-without-a-notice-date",
    ],
)
def test_which_actions_remedy_a_violation(text: str, expected: list[tuple[str, str]]) -> None:
    n = _parse(text)
    by_key = {v.key: v for v in n.violations}
    got = sorted(
        (a.kind, p.article) for a in n.actions for k in a.violations for p in by_key[k].provisions
    )
    assert got == expected


def test_a_news_items_law_breach_names_the_wrongs_its_action_is_for() -> None:
    n = _parse(
        "訪問販売業者に業務停止命令\n2023年9月2日\n\n県は1日、住宅リフォームを訪問販売する有限会社"
        "ひかり住設に対し、特定商取引法違反(不実告知、書面不交付)で6カ月間の業務停止命令を出した"
        "と発表した。\n"
    )
    by_key = {v.key: v for v in n.violations}
    got = sorted((a.kind, by_key[k].description or "") for a in n.actions for k in a.violations)
    assert got == [
        ("BusinessSuspensionOrder", "不実告知"),
        ("BusinessSuspensionOrder", "書面不交付"),
    ]
