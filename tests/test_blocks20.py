"""Actions set out in label blocks, as real notices write them (session 14, blocks20): one
block per company headed by a bullet line that is only its name (「■A株式会社」 over
「処分内容 業務停止処分(…)」, up to the next ■) under a lead that 「…処分を科しました」;
labels in lenticular brackets (【処分年月日】, 【事業者名】, 【根拠条項】, 【違反の概要】 over
「・<wrong>:同法第N条第M項」), the day labelled before the first company's block dating
every block; a basis labelled on a bullet under an action's heading (「(1)営業停止処分⏎
・根拠条項 …第28条第3項」) and a lead that tells a suspension and an order together
(「営業の停止及び必要な措置をとるべきことを命ずる処分を行った」); and a company a note
inside the surcharge part exempts (「(Bは、課徴金減免制度の適用により課徴金の納付を命じて
いない。)」). Every sentence is written for this test; the names are fictional."""

from __future__ import annotations

import pytest

from shobun import parser
from shobun.parser.model import Citation
from shobun.parser.normalize import normalize

PAGE = "{title}\n\n令和{era}\n架空県\n\n"

# (text, (kind, addressee, basis article/paragraph, date ISO) of every action)
ROWS = [
    (  # A1: ■ blocks headed by the bare name; the lead's verb 科しました, its day the actions'
        PAGE.format(title="宅地建物取引業者に対する行政処分について", era="5年7月3日")
        + "\u3000架空県知事は、令和5年6月30日、宅地建物取引業法（以下「法」という。）に違反した"
        "宅地建物取引業者２社に対し、次のとおり行政処分を科しました。\n\n"
        "■株式会社かもめ住建\n\u3000免許番号\u3000架空県知事（2）第1XXX号\n"
        "\u3000処分内容\u3000業務停止処分（法第65条第2項）\n"
        "\u3000\u3000\u3000\u3000令和5年7月10日から20日間、業務の全部を停止\n"
        "\u3000処分理由\u3000同社は、重要事項の説明をしなかった（法第35条第1項違反）。\n\n"
        "■ひばり不動産有限会社（架空市）\n\u3000処分内容\u3000指示処分（法第65条第1項）\n"
        "\u3000処分理由\u3000同社は、法第37条第1項の規定に違反した。\n\n■問合せ先\n建築課\n",
        [
            ("BusinessSuspensionOrder", "株式会社かもめ住建", "65/2", "2023-06-30"),
            ("Order", "ひばり不動産有限会社", "65/1", "2023-06-30"),
        ],
    ),
    (  # A2: 【label】 lines; the day labelled before the first block dates both blocks
        "東西運輸局\n\n一般乗合旅客自動車運送事業者に対する行政処分等について\n\n令和4年9月9日\n\n"
        "\u3000東西運輸局は、道路運送法に基づき、次の事業者に対して行政処分等を行いました。\n\n"
        "【処分年月日】令和4年9月8日\n\n【事業者名】あおばバス株式会社\n"
        "【処分内容】事業停止処分（14日間）\n【根拠条項】道路運送法第40条\n【違反事項】\n"
        "\u3000・運行管理者の選任義務違反：同法第23条第1項\n\n"
        "【事業者名】有限会社かもめ観光\n【処分内容】文書警告\n【違反事項】\n"
        "\u3000・点呼記録の記載不備\n",
        [
            ("BusinessSuspensionOrder", "あおばバス株式会社", "40", "2022-09-08"),
            ("Warning", "有限会社かもめ観光", "", "2022-09-08"),
        ],
    ),
    (  # A3: ・根拠条項 under each heading; the ■処分年月日 block dates both
        "建設業者に対する監督処分について\n\n令和５年９月１日\n架空地方整備局\n\n"
        "\u3000当局は、下記の建設業者に対して、建設業法に基づき、営業の停止及び必要な措置をとる"
        "べきことを命ずる処分を行った。\n\n記\n\n■処分を受けた者\n"
        "\u3000商号又は名称：かもめ土木株式会社\n\u3000代表者：代表取締役\u3000架空\u3000太郎\n\n"
        "■処分年月日\n\u3000令和５年８月３０日\n\n■処分の内容\n（１）営業停止処分\n"
        "\u3000・根拠条項\u3000建設業法第２８条第３項\n"
        "\u3000・停止期間\u3000令和５年９月１５日から令和５年９月２１日まで（７日間）\n"
        "（２）指示処分\n\u3000・根拠条文\u3000建設業法第２８条第１項\n\u3000・指示の内容\n"
        "\u3000\u3000ア\u3000法令遵守の研修を実施すること。\n\n"
        "■処分の理由\n\u3000同社は、建設業法第２６条第１項の規定に違反した。\n",
        [
            ("BusinessSuspensionOrder", "かもめ土木株式会社", "28/3", "2023-08-30"),
            ("Order", "かもめ土木株式会社", "28/1", "2023-08-30"),
        ],
    ),
    (  # A3: the lead alone tells both, a label line dates them
        "建設業者に対する監督処分について\n\n令和５年９月１日\n架空地方整備局\n\n"
        "\u3000当局は、建設業法に基づき、ひばり舗道株式会社に対して、営業の停止及び必要な措置を"
        "とるべきことを命ずる処分を行った。\n\n処分年月日：令和５年８月２９日\n",
        [
            ("BusinessSuspensionOrder", "ひばり舗道株式会社", "", "2023-08-29"),
            ("Order", "ひばり舗道株式会社", "", "2023-08-29"),
        ],
    ),
    (  # E: a note in the surcharge part exempts one of the group by its subject は、
        "（令和4年2月2日）\n公正取引委員会\n\n架空県発注の舗装工事の入札参加業者に対する排除措置"
        "命令及び課徴金納付命令について\n\n1\u3000公正取引委員会は、本日、独占禁止法第7条第2項"
        "の規定に基づく排除措置命令及び同法第7条の2第1項の規定に基づく課徴金納付命令を行った。\n\n"
        "2\u3000違反行為者\n\u3000あおば道路㈱（架空市）\n\u3000かもめ舗装株式会社（東西市）\n"
        "\u3000有限会社ひばり建設（南北町）\n\n3\u3000課徴金納付命令の概要\n\u3000あおば道路㈱\n"
        "\u3000課徴金額\n\u30002100万円\n\u3000かもめ舗装株式会社\n\u3000課徴金額\n\u3000900万円\n"
        "\u3000（有限会社ひばり建設は、課徴金減免制度の適用を受けたため、課徴金の納付を命じて"
        "いない。）\n",
        [
            ("CeaseAndDesistOrder", "あおば道路(株)", "7/2", "2022-02-02"),
            ("CeaseAndDesistOrder", "かもめ舗装株式会社", "7/2", "2022-02-02"),
            ("CeaseAndDesistOrder", "有限会社ひばり建設", "7/2", "2022-02-02"),
            ("SurchargeOrder", "あおば道路(株)", "7の2/1", "2022-02-02"),
            ("SurchargeOrder", "かもめ舗装株式会社", "7の2/1", "2022-02-02"),
        ],
    ),
]
SURCHARGE = (
    "（令和4年2月2日）\n公正取引委員会\n\n架空県発注の舗装工事の入札参加業者に対する排除措置"
    "命令及び課徴金納付命令について\n\n1\u3000公正取引委員会は、本日、独占禁止法第7条第2項"
    "の規定に基づく排除措置命令及び同法第7条の2第1項の規定に基づく課徴金納付命令を行った。\n\n"
    "2\u3000違反行為者\n\u3000あおば道路㈱（架空市）\n\u3000かもめ舗装株式会社（東西市）\n\n"
    "3\u3000課徴金納付命令の概要\n\u3000{named}\n\u3000課徴金額\n\u30001800万円\n"
)
ROWS += [
    (  # E: the surcharge part sets out one company's block, and no note
        SURCHARGE.format(named="かもめ舗装株式会社"),
        [
            ("CeaseAndDesistOrder", "あおば道路(株)", "7/2", "2022-02-02"),
            ("CeaseAndDesistOrder", "かもめ舗装株式会社", "7/2", "2022-02-02"),
            ("SurchargeOrder", "かもめ舗装株式会社", "7の2/1", "2022-02-02"),
        ],
    ),
    (  # …but one that names a group (ほか1社) names them all
        SURCHARGE.format(named="かもめ舗装株式会社ほか1社"),
        [
            ("CeaseAndDesistOrder", "あおば道路(株)", "7/2", "2022-02-02"),
            ("CeaseAndDesistOrder", "かもめ舗装株式会社", "7/2", "2022-02-02"),
            ("SurchargeOrder", "あおば道路(株)", "7の2/1", "2022-02-02"),
            ("SurchargeOrder", "かもめ舗装株式会社", "7の2/1", "2022-02-02"),
        ],
    ),
    (  # A1: a block labelled 「■商号 A」 ends at the next ■ line, which names B alone
        PAGE.format(title="宅地建物取引業者に対する行政処分について", era="5年7月3日")
        + "\u3000架空県知事は、令和5年6月30日、宅地建物取引業者２社に対し、次のとおり行政処分を"
        "行いました。\n\n■商号\u3000株式会社かもめ住建\n"
        "\u3000処分内容\u3000業務停止処分（法第65条第2項）\n\n■ひばり不動産有限会社\n"
        "\u3000処分内容\u3000指示処分（法第65条第1項）\n",
        [
            ("BusinessSuspensionOrder", "株式会社かもめ住建", "65/2", "2023-06-30"),
            ("Order", "ひばり不動産有限会社", "65/1", "2023-06-30"),
        ],
    ),
]
ROWS += [  # A1 again, its bullets ◆ with a number, the lead's verb 科した
    (
        ROWS[0][0]
        .replace("■株式会社", "◆１．株式会社")
        .replace("■ひばり", "◆２．ひばり")
        .replace("次のとおり行政処分を科しました", "以下の行政処分を科した"),
        ROWS[0][1],
    )
]
IDS = [
    "bullet-lines-that-are-only-a-name-head-each-companys-block",
    "lenticular-labels-and-a-day-labelled-before-the-first-block",
    "a-basis-labelled-on-a-bullet-under-each-actions-heading",
    "a-lead-telling-a-suspension-and-an-order-to-take-measures",
    "a-note-in-the-surcharge-part-exempts-one-by-its-subject",
    "a-surcharge-part-naming-one-of-two-offenders",
    "a-surcharge-part-naming-a-group-names-them-all",
    "a-labelled-block-ends-at-a-bullet-line-naming-another",
    "numbered-bullet-lines-that-are-only-a-name",
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=IDS)
def test_actions_of_label_blocks(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    got = sorted(
        (a.kind, a.addressee or "", _basis(a.legal_basis), a.date.iso() if a.date else "")
        for a in parser.parse(text).actions
    )
    assert got == sorted(expected)


# (text, (kind, addressee, article) of every violation an action is linked to)
VIOLATIONS = [
    (ROWS[0][0], [
        ("BusinessSuspensionOrder", "株式会社かもめ住建", "35"),
        ("Order", "ひばり不動産有限会社", "37"),
    ]),
    (ROWS[1][0], [("BusinessSuspensionOrder", "あおばバス株式会社", "23")]),
    (  # under a field of the facts, a wrong with no 違反 in its words
        "東西運輸局\n\n一般貨物自動車運送事業者に対する行政処分について\n\n令和4年9月9日\n\n"
        "\u3000東西運輸局は、次の事業者に対して行政処分を行いました。\n\n"
        "【処分年月日】令和4年9月8日\n【事業者名】みなと急送株式会社\n"
        "【処分内容】事業停止処分（7日間）\n【根拠条項】貨物自動車運送事業法第33条\n"
        "【違反の概要】\n\u3000・点呼の未実施：同法第17条第1項\n"
        "\u3000・乗務等の記録の不備：同法第17条第3項\n",
        [("BusinessSuspensionOrder", "みなと急送株式会社", "17")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    VIOLATIONS,
    ids=[
        "each-block-links-its-own-reasons",
        "bullets-of-a-wrong-a-colon-and-its-provision",
        "bullets-under-a-field-of-the-facts",
    ],
)
def test_violations_of_label_blocks(text: str, expected: list[tuple[str, str, str]]) -> None:
    notice = parser.parse(text)
    by_key = {v.key: v for v in notice.violations}
    got = {
        (a.kind, a.addressee or "", p.article)
        for a in notice.actions
        for key in a.violations
        for p in by_key[key].provisions
    }
    assert got == set(expected)


# (a line as published, the line as read)
BRACKETS = [
    ("【処分等年月日】令和4年9月8日", "処分等年月日:令和4年9月8日"),
    ("【事業者名】あおばバス株式会社", "事業者名:あおばバス株式会社"),
    ("【違反の概要】", "違反の概要:"),
    (
        "【違反条項】は同法第17条第1項。",
        "【違反条項】は同法第17条第1項。",
    ),  # a phrase of its sentence
    ("【報道発表資料】", "【報道発表資料】"),  # no field label
]


@pytest.mark.parametrize(("line", "read"), BRACKETS, ids=[r[1] for r in BRACKETS])
def test_a_field_label_in_brackets_reads_as_label_and_colon(line: str, read: str) -> None:
    norm = normalize(f"見出し\n\n{line}\n")
    assert norm.text.split("\n")[1] == read
    at = norm.text.index(read[-3:])
    assert norm.source[slice(*norm.to_source(at, at + 3))] == line[-3:]


def _basis(cite: Citation | None) -> str:
    if cite is None:
        return ""
    return f"{cite.article}/{cite.paragraph}" if cite.paragraph else cite.article
