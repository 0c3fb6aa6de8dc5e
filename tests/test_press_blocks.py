"""Actions whose addressee stands apart from them, as press pages and trade papers print
them: a list of the businesses sanctioned, one bullet line each (「■X・本社営業所(…県…市)」)
over the lines that set out what it was given, names without a legal form. Every
sentence is written for this test; the businesses are fictional."""

from __future__ import annotations

import pytest

from shobun import parser

NEWS = "物流ニュース\n\n{title}\n\n"


def _actions(text: str) -> set[tuple[str, str | None]]:
    return {(a.kind, a.addressee) for a in parser.parse(text).actions}


def _orgs(text: str) -> set[str]:
    return {o.label for o in parser.parse(text).organizations if o.kind == "Company"}


# (text, (kind, addressee) of every action)
BULLETED = [
    (NEWS.format(title="東北運輸局/10月の行政処分、2社")
     + "東北運輸局は11月5日、トラック運送事業者に対する10月の行政処分を公表した。\n"
     "■みなと陸送・第二営業所(宮城県架空市港町)\n"
     "10月3日、輸送施設の使用停止(40日車)、文書警告の行政処分。\n"
     "点呼の未実施など4件の違反が認められた。\n"
     "■しらかば急便・本社営業所(岩手県架空市)\n"
     "10月21日、輸送施設の使用停止(20日車)の行政処分。\n",
     {("Order", "みなと陸送"), ("Warning", "みなと陸送"), ("Order", "しらかば急便")}),
    (NEWS.format(title="九州運輸局、3社を処分")
     + "九州運輸局がこのほど発表した行政処分によると、3社を処分した。\n"
     "●あおぞら運輸(福岡県架空市)\n処分の内容:車両停止(30日車)\n累積違反点数:3\n"
     "●ひまわりロジ・北営業所(熊本県架空市)\n処分の内容:車両停止(15日車)\n"
     "●くろしおトランスポート(鹿児島県架空市)\n処分の内容:文書警告\n",
     {("Order", "あおぞら運輸"), ("Order", "ひまわりロジ"), ("Warning", "くろしおトランスポート")}),
    ("建設業者の処分\n\n架空県は、建設業法に基づき、次の建設業者を処分した。\n"
     "◆ひかり建設(架空県架空郡架空町)\n処分内容:営業停止(15日間)\n"
     "◆さざなみ工務店(架空県架空市)\n処分内容:指示処分\n",
     {("BusinessSuspensionOrder", "ひかり建設"), ("Order", "さざなみ工務店")}),
]  # fmt: skip
BULLETED_IDS = [
    "a-day-then-the-sanctions-listed-under-each-bullet-line",
    "a-label-of-the-content-under-each-bullet-line",
    "a-prefectures-list-of-builders",
]


@pytest.mark.parametrize(("text", "expected"), BULLETED, ids=BULLETED_IDS)
def test_a_bullet_line_names_whom_its_block_sets_out(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert _actions(text) == expected
    assert _orgs(text) == {who for _kind, who in expected}


def test_a_bullet_line_that_names_no_sanction_names_no_business() -> None:
    text = (
        NEWS.format(title="新社屋")
        + "■みなと陸送・第二営業所(宮城県架空市港町)\n新社屋が完成した。\n"
    )
    assert _orgs(text) == set()


# (text, (kind, addressee) of every action)
RECEIVED = [
    (NEWS.format(title="不動産2社に業務停止") + "県は12日、宅地建物取引業法に基づく処分を公表した。"
     "業務停止命令を受けたのは、みなと不動産(大阪)、ひかり住宅(京都)。\n",
     {("BusinessSuspensionOrder", "みなと不動産"), ("BusinessSuspensionOrder", "ひかり住宅")}),
    (NEWS.format(title="保険指定の取消し") + "厚生局は、監査の結果を公表した。"
     "指定の取消しを受けたのは、あさひ歯科医院(北海道)、みどり薬局(青森)、こもれびクリニック(秋田)。\n",
     {("RegistrationRevocation", "あさひ歯科医院"), ("RegistrationRevocation", "みどり薬局"),
      ("RegistrationRevocation", "こもれびクリニック")}),
    (NEWS.format(title="表示で措置命令") + "消費者庁は、景品表示法に基づく処分を公表した。"
     "措置命令を受けたのは、さくら観光(長野)、医療法人社団ひなた会(山梨)でした。\n",
     {("MeasuresOrder", "さくら観光"), ("MeasuresOrder", "医療法人社団ひなた会")}),
]  # fmt: skip
RECEIVED_IDS = [
    "two-names-each-with-its-prefecture",
    "a-revocation-received-by-three",
    "a-name-with-its-legal-form-among-them",
]


@pytest.mark.parametrize(("text", "expected"), RECEIVED, ids=RECEIVED_IDS)
def test_those_a_news_item_says_received_an_action(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert _actions(text) == expected
    assert _orgs(text) == {who for _kind, who in expected}


# (text, (kind, addressee) of every action)
GROUPS = [
    (NEWS.format(title="バス2社を処分") + "北陸信越運輸局は、さくら交通とみどり観光に対し、行政処分を"
     "行ったと発表した。両社に対して監査を実施し、事業用自動車2両を20日間の使用停止とし、文書で警告した。\n",
     {("Order", "さくら交通"), ("Order", "みどり観光"), ("Warning", "さくら交通"),
      ("Warning", "みどり観光")}),
    ("建設業者の処分\n\n県は、株式会社みなと建設と株式会社ひかり工務店に対し、処分を行った。\n\n"
     "2社に対しては、建設業法第28条第1項に基づき指示を行った。\n",
     {("Order", "株式会社みなと建設"), ("Order", "株式会社ひかり工務店")}),
    ("通信事業者への指導\n\n総務省は、株式会社あおば通信及び株式会社そよかぜネットにヒアリングを行った。"
     "各社に対し、文書による行政指導を行った。\n",
     {("Guidance", "株式会社あおば通信"), ("Guidance", "株式会社そよかぜネット")}),
]  # fmt: skip
GROUP_IDS = [
    "ryousha-opening-a-sentence-are-the-two-named-before",
    "nisha-opening-a-paragraph",
    "kakusha-opening-a-sentence",
]


@pytest.mark.parametrize(("text", "expected"), GROUPS, ids=GROUP_IDS)
def test_a_group_by_its_count_opening_its_sentence(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert _actions(text) == expected


# (text, (kind, addressee) of every action)
KANJI_OPENED = [
    (NEWS.format(title="証券会社の登録取消し") + "関東財務局は3日、第一ミナト証券(東京・中央)の"
     "金融商品取引業者の登録を取り消した。\n",
     {("RegistrationRevocation", "第一ミナト証券")}),
    (NEWS.format(title="生保に改善命令") + "金融庁は、新ヒカリ生命に対し、業務改善命令を出した。\n",
     {("BusinessImprovementOrder", "新ヒカリ生命")}),
    (NEWS.format(title="銀行に改善命令") + "近畿財務局は、大和サクラ銀行に対して業務改善命令を発出した。\n",
     {("BusinessImprovementOrder", "大和サクラ銀行")}),
]  # fmt: skip
KANJI_IDS = [
    "daiichi-before-a-katakana-securities-firm",
    "shin-before-an-insurer",
    "a-place-before-a-bank",
]


@pytest.mark.parametrize(("text", "expected"), KANJI_OPENED, ids=KANJI_IDS)
def test_a_firms_name_that_opens_with_kanji(text: str, expected: set[tuple[str, str]]) -> None:
    assert _actions(text) == expected
    assert _orgs(text) == {who for _kind, who in expected}


def test_a_rank_before_a_kind_of_firm_is_no_name() -> None:
    text = NEWS.format(title="ネット証券") + "金融庁は、大手ネット証券に対し、注意喚起を行った。\n"
    assert _orgs(text) == set()


def _bases(text: str) -> set[tuple[str, str | None, tuple[str, ...], str | None]]:
    return {
        (a.kind, a.addressee, tuple(sorted(b.article for b in a.bases)),
         a.date.iso() if a.date else None)
        for a in parser.parse(text).actions
    }  # fmt: skip


# (text, (kind, addressee, the articles it is taken under, day) of every action)
LICENCES = [
    ("産業廃棄物処理業者の行政処分\n\n令和6年5月10日、産業廃棄物処理業者に対して、廃棄物の処理及び"
     "清掃に関する法律(以下「法」という。)第14条の3の2(事業許可の取消し)及び法第15条の3(施設許可の"
     "取消し)の規定に基づき行政処分を行いました。\n1 行政処分を受けた者\n架空市港町1番地\n"
     "株式会社みさき興業(代表取締役 山田 一郎)\n2 行政処分の内容\n"
     "産業廃棄物収集運搬業の許可及び産業廃棄物処理施設(焼却施設)の許可の取消し\n",
     {("RegistrationRevocation", "株式会社みさき興業", ("14の3の2", "15の3"), "2024-05-10")}),
    ("旅行業者に対する行政処分\n\n令和5年3月1日、旅行業法第19条第1項の規定に基づき、次のとおり"
     "行政処分を行いました。\n1 処分を受けた者\n株式会社そよかぜ旅行\n2 処分の内容\n"
     "第一種旅行業の登録及び旅行サービス手配業の登録の取消し\n",
     {("RegistrationRevocation", "株式会社そよかぜ旅行", ("19",), "2023-03-01")}),
    ("立入検査\n\n令和4年6月1日、県は、株式会社あおば環境の中間処理工場に対し、法第19条第1項の"
     "規定に基づき立入検査を実施した。\n",
     {("OnSiteInspection", "株式会社あおば環境", ("19",), "2022-06-01")}),
]  # fmt: skip
LICENCE_IDS = [
    "two-licences-revoked-under-the-two-provisions-the-lead-names",
    "two-registrations-listed-before-one-revocation",
    "a-site-after-the-companys-name-is-not-the-name",
]


@pytest.mark.parametrize(("text", "expected"), LICENCES, ids=LICENCE_IDS)
def test_licences_listed_before_a_revocation(text: str, expected: set[tuple[str, ...]]) -> None:
    assert _bases(text) == expected


def _days(text: str) -> set[tuple[str, str | None, str | None]]:
    n = parser.parse(text)
    return {(a.kind, a.addressee, a.date.iso() if a.date else None) for a in n.actions}


# (text, (kind, addressee, day) of every action)
ANNOUNCED = [
    ("バス会社を処分\n\n中部運輸局は2024年5月10日、架空市の貸切バス「みなと観光」本社営業所の全車両を"
     "使用停止処分としたと発表した。9日に監査を行い、即日に全車両5台を使用停止にした。\n",
     {("Order", "みなと観光", "2024-05-09"), ("OnSiteInspection", "みなと観光", "2024-05-09")}),
    ("タクシー会社を処分\n\n九州運輸局は2024年6月20日、株式会社さくら交通に対し事業停止処分を行ったと"
     "発表した。同局は6月18日付で、同社に事業の停止を命じた。\n",
     {("BusinessSuspensionOrder", "株式会社さくら交通", "2024-06-18")}),
    ("建設業者を処分\n\n県は2024年3月5日、株式会社みなと建設を営業停止処分にしたと発表した。\n",
     {("BusinessSuspensionOrder", "株式会社みなと建設", "2024-03-05")}),
]  # fmt: skip
ANNOUNCED_IDS = [
    "sokujitsu-after-the-day-of-the-audit-is-the-actions",
    "a-tsuke-day-told-after-the-announcement",
    "an-announcement-alone-dates-its-action",
]


@pytest.mark.parametrize(("text", "expected"), ANNOUNCED, ids=ANNOUNCED_IDS)
def test_an_announced_action_told_again_with_its_own_day(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _days(text) == expected


# (text, (kind, addressee) of every action)
OBJECTS = [
    (NEWS.format(title="通信会社を指導") + "総務省は22日、電気通信事業法に基づきミナトネットを行政指導した"
     "と発表した。\n", {("Guidance", "ミナトネット")}),
    (NEWS.format(title="食品会社を指導") + "県は、食品表示法により、さくら食品を指導しました。\n",
     {("Guidance", "さくら食品")}),
    (NEWS.format(title="バス会社に注意") + "中部運輸局は、道路運送法に従い、はやぶさ交通を厳重注意した。\n",
     {("Caution", "はやぶさ交通")}),
]  # fmt: skip
OBJECT_IDS = ["gyousei-shidou-shita", "shidou-shimashita-after-niyori", "genjuu-chuui-shita"]


@pytest.mark.parametrize(("text", "expected"), OBJECTS, ids=OBJECT_IDS)
def test_the_object_of_a_sanction_written_as_a_verb(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert _actions(text) == expected
    assert _orgs(text) == {who for _kind, who in expected}


# (text, (kind, addressee) of every action)
COLUMNS = [
    ("行政処分について\n\n令和6年6月3日\n架空県\n\n被処分者 処分内容\n"
     "株式会社あおば商事 業務停止命令\n株式会社みどり販売 指示\n",
     {("BusinessSuspensionOrder", "株式会社あおば商事"), ("Order", "株式会社みどり販売")}),
    ("建設業者の監督処分について\n\n令和6年7月1日\n架空県\n\n架空県は、次のとおり監督処分を行いました。\n商号 処分の内容\n"
     "ひかり建設株式会社 営業停止処分(15日間)\n株式会社さざなみ工務店 指示処分\n\n問い合わせ先 架空県建設課\n",
     {("BusinessSuspensionOrder", "ひかり建設株式会社"), ("Order", "株式会社さざなみ工務店")}),
    ("貸金業者に対する行政処分\n\n令和6年8月5日\n架空財務局\n\n業者名 処分\n"
     "株式会社ゆうひローン 業務停止命令(1か月)\n株式会社あけぼのクレジット 業務改善命令\n",
     {("BusinessSuspensionOrder", "株式会社ゆうひローン"),
      ("BusinessImprovementOrder", "株式会社あけぼのクレジット")}),
]  # fmt: skip
COLUMN_IDS = ["an-order-and-an-instruction", "a-builders-table", "a-lenders-table"]


@pytest.mark.parametrize(("text", "expected"), COLUMNS, ids=COLUMN_IDS)
def test_columns_set_apart_by_a_space(text: str, expected: set[tuple[str, str]]) -> None:
    assert _actions(text) == expected
    assert _orgs(text) == {who for _kind, who in expected}


# (text, (kind, addressee) of every action)
LABELLED_NAMES = [
    ("特定商取引法に基づく行政処分\n\n令和6年8月1日\n架空県\n\n1 事業者の概要\n事業者名 みなと商事\n"
     "所在地 架空市北町\n2 処分内容\n業務停止命令(3か月)\n",
     {("BusinessSuspensionOrder", "みなと商事")}),
    ("旅館業法に基づく処分について\n\n令和6年9月1日\n架空市\n\n1 処分を受けた者\n屋号 はなまる旅館\n"
     "所在地 架空市南町\n2 処分の内容\n営業停止命令(7日間)\n",
     {("BusinessSuspensionOrder", "はなまる旅館")}),
    ("食品表示法に基づく指示\n\n令和6年10月1日\n架空県\n\n商号 こもれび農園\n所在地 架空市西町\n"
     "県は、本日、こもれび農園に対し、食品表示法第6条第1項の規定に基づき指示を行いました。\n",
     {("Order", "こもれび農園")}),
]  # fmt: skip
LABELLED_IDS = ["jigyoushamei-then-a-space", "yagou-then-a-space", "shougou-then-a-space"]


@pytest.mark.parametrize(("text", "expected"), LABELLED_NAMES, ids=LABELLED_IDS)
def test_a_label_and_a_space_before_a_trade_name(text: str, expected: set[tuple[str, str]]) -> None:
    assert _actions(text) == expected
    assert _orgs(text) == {who for _kind, who in expected}


# (text, (kind, addressee) of every action)
HAD_DONE = [
    (NEWS.format(title="電力会社に勧告") + "委員会は、株式会社みなと電力に対し、報告徴収を行っていた。\n",
     {("ReportRequest", "株式会社みなと電力")}),
    (NEWS.format(title="食品会社") + "県は、株式会社さくら食品に対し、指導を行っていました。\n",
     {("Guidance", "株式会社さくら食品")}),
    (NEWS.format(title="運送会社") + "局は、株式会社ひかり運輸に対して立入検査を行っていた。\n",
     {("OnSiteInspection", "株式会社ひかり運輸")}),
]  # fmt: skip
HAD_DONE_IDS = [
    "houkoku-choushuu-wo-okonatte-ita",
    "shidou-wo-okonatte-imashita",
    "tachiiri-okonatte-ita",
]


@pytest.mark.parametrize(("text", "expected"), HAD_DONE, ids=HAD_DONE_IDS)
def test_an_action_the_body_had_taken(text: str, expected: set[tuple[str, str]]) -> None:
    assert _actions(text) == expected


# (text, (kind, addressee) of every action)
HOLDERS = [
    (NEWS.format(title="バス会社の許可取消し") + "北海道運輸局は、凪観光バスの貸し切りバス事業許可を"
     "取り消していました。\n", {("RegistrationRevocation", "凪観光バス")}),
    (NEWS.format(title="運送会社の許可取消し") + "関東運輸局は、湊エキスプレスの一般貨物自動車運送事業の"
     "許可を取り消した。\n", {("RegistrationRevocation", "湊エキスプレス")}),
    (NEWS.format(title="旅行会社の登録取消し") + "県は、あおば旅行の旅行業の登録を取り消しました。\n",
     {("RegistrationRevocation", "あおば旅行")}),
]  # fmt: skip
HOLDER_IDS = ["a-one-kanji-stem-before-a-long-head", "a-katakana-head", "a-travel-agency"]


@pytest.mark.parametrize(("text", "expected"), HOLDERS, ids=HOLDER_IDS)
def test_the_holder_of_a_revoked_licence(text: str, expected: set[tuple[str, str]]) -> None:
    assert _actions(text) == expected
    assert _orgs(text) == {who for _kind, who in expected}


def test_a_facilitys_name_with_only_a_space_is_no_business() -> None:
    text = (
        "保険薬局の指定の取消しについて\n\n令和6年11月1日\n架空厚生局\n\n"
        "架空厚生局は、本日、下記の保険薬局の指定を取り消しました。\n記\n"
        "名称 ひばり薬局 中央店\n開設者 株式会社ひばりファーマ\n"
    )
    assert _orgs(text) == {"株式会社ひばりファーマ"}
