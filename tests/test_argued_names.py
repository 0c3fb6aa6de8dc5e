"""Names read from the grammar of the sentence that takes an action (`argued.py`): the phrase
a sanction is given to, or a business a news item introduces with its bracket, where it
reads as a business's name; and what reads as none. One row per construction; the lists
of addressees in a counted bracket (`listed.bracketed_list`) and the verbs news uses
(処分を命じた, 許可を取り消された) with them.

Every sentence here is written for this test; the companies are fictional."""

from __future__ import annotations

import pytest

from shobun import parser
from shobun.parser.extract.argued import reads_as_name


def _actions(text: str) -> set[tuple[str, str | None]]:
    return {(a.kind, a.addressee) for a in parser.parse(text).actions}


def _orgs(text: str) -> set[str]:
    return {o.label for o in parser.parse(text).organizations}


# (text, actions expected as (kind, addressee))
ACTIONS = [
    (  # に + a period + the sanction + 命じた; the place in brackets
        "架空地方整備局は15日、建設業法に違反したとして、さくら建設(架空市)に15日間の営業停止処分を"
        "命じたと発表した。",
        {("BusinessSuspensionOrder", "さくら建設")},
    ),
    (  # を … 処分とした, after the kind of business and 、
        "架空総合事務局は22日、道路運送法に基づき、架空市のタクシー会社、はいさい交通を事業停止処分"
        "とした。",
        {("BusinessSuspensionOrder", "はいさい交通")},
    ),
    (  # the kind of business glued to the name, after its city
        "架空農政局は10日、食品表示法に基づき、架空市の食品製造業者みなと食品工業に対し、原産地の"
        "表示を是正するよう指示した。",
        {("Order", "みなと食品工業")},
    ),
    (  # katakana and a business's head word, に + the sanction + 出した
        "金融庁は8日、カエデ信販に業務改善命令を出した。",
        {("BusinessImprovementOrder", "カエデ信販")},
    ),
    (  # katakana only, after 通信販売業者の
        "消費者庁は、通信販売業者のルミナスラボに対し、景品表示法に基づく措置命令を出した。",
        {("MeasuresOrder", "ルミナスラボ")},
    ),
    (  # に + 勧告した
        "公正取引委員会は、下請法に違反したとして、コダマ電機に勧告した。",
        {("Recommendation", "コダマ電機")},
    ),
    (  # a relative clause in the dictionary form before the name
        "金融庁は、外国為替証拠金取引を取り扱う121トレード証券に対し、業務の停止を命じた。",
        {("BusinessSuspensionOrder", "121トレード証券")},
    ),
    (  # a past verb ending in った before a hiragana name
        "架空運輸局は、事業停止命令に従わなかったかえでエクスプレス(架空市)について、事業許可を"
        "取り消すと発表した。",
        {("RegistrationRevocation", "かえでエクスプレス")},
    ),
    (  # the company's office after ・; a list of sanctions closed by の行政処分を行った
        "架空運輸局は1月29日、あおば配送・本社営業所(架空県架空市)に対して、事業停止7日間、"
        "車両使用停止処分100日車(5両を20日間の使用停止)、文書警告の行政処分を行った。",
        {
            ("BusinessSuspensionOrder", "あおば配送"),
            ("Order", "あおば配送"),
            ("Warning", "あおば配送"),
        },
    ),
    (  # a revocation told from the addressee's side
        "みどり運輸(本社・架空県架空市、山田一郎社長)は22日付で、事業許可を取り消された。",
        {("RegistrationRevocation", "みどり運輸")},
    ),
    (  # a relative clause with である before the name; basis 「に規定する」
        "架空監視委員会は、架空電力管内の送配電会社であるみなとパワーグリッドに対し、電気事業法"
        "第66条の11第1項に規定する勧告を行った。",
        {("Recommendation", "みなとパワーグリッド")},
    ),
    (  # the names of a counted bracket
        "金融庁は、損害保険会社3社(みなと海上保険株式会社、かもめ損害保険株式会社、あおば火災保険"
        "株式会社)に対し、保険業法に基づく業務改善命令を発出した。",
        {
            ("BusinessImprovementOrder", "みなと海上保険株式会社"),
            ("BusinessImprovementOrder", "かもめ損害保険株式会社"),
            ("BusinessImprovementOrder", "あおば火災保険株式会社"),
        },
    ),
    (  # AほかN社(B、C)に対し: A is one of them
        "金融庁は、みなと海上保険株式会社ほか2社(かもめ損害保険株式会社、あおば火災保険株式会社)"
        "に対し、保険業法に基づく業務改善命令を発出した。",
        {
            ("BusinessImprovementOrder", "みなと海上保険株式会社"),
            ("BusinessImprovementOrder", "かもめ損害保険株式会社"),
            ("BusinessImprovementOrder", "あおば火災保険株式会社"),
        },
    ),
    (  # A、B及びCの3社に対し: the count is no company (株式会社の3社)
        "金融庁は、みなと海上保険株式会社、かもめ損害保険株式会社及びあおば火災保険株式会社の3社に"
        "対し、保険業法に基づく業務改善命令を発出した。",
        {
            ("BusinessImprovementOrder", "みなと海上保険株式会社"),
            ("BusinessImprovementOrder", "かもめ損害保険株式会社"),
            ("BusinessImprovementOrder", "あおば火災保険株式会社"),
        },
    ),
    (  # a decision announced (…処分にすると発表した); the count's names in the next sentence
        "県は10日、業者3社を30日間の営業停止処分にすると発表した。処分の対象は、みなと建設、かもめ"
        "工業、青葉土木の3社。",
        {
            ("BusinessSuspensionOrder", "みなと建設"),
            ("BusinessSuspensionOrder", "かもめ工業"),
            ("BusinessSuspensionOrder", "青葉土木"),
        },
    ),
    (  # the subject of the wrong told before として is the addressee
        "金融庁は10日、証券会社の大阪みなと証券が顧客の株式を無断で売買していたとして、業務改善命令"
        "を出した。",
        {("BusinessImprovementOrder", "大阪みなと証券")},
    ),
    (  # a name in 「」 given a sanction; a dated lead's name before 停止を命じた
        "県は、「みなと食品」に対し、表示是正の指示を出した。県は5日、光洋に対し、業務停止を命じた。",
        {("Order", "みなと食品"), ("BusinessSuspensionOrder", "光洋")},
    ),
    (  # a Latin name with a space inside
        "架空運輸局は、事故を起こしたBLUE HARBOR(青葉市)に対し、事業停止処分を行った。",
        {("BusinessSuspensionOrder", "BLUEHARBOR")},
    ),
    (  # a group by its kind and count: no one business named
        "金融庁は、地方銀行に対し、業務改善命令を出した。",
        {("BusinessImprovementOrder", None)},
    ),
    (  # 命じた that qualifies a noun (…を命じた範囲) refers back: the 指示 is the one action
        "架空経済産業局は、みなと商事株式会社に対し、前記業務停止命令により同社に対して業務の停止"
        "を命じた範囲の業務を新たに開始しないよう指示を行った。",
        {("Order", "みなと商事株式会社")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ACTIONS)
def test_actions_read_from_the_sentence(text: str, expected: set[tuple[str, str | None]]) -> None:
    assert _actions(text) == expected


# (text, organisations not wanted)
NOT_NAMES = [
    ("県は、県内の建設業者3社に営業停止処分を命じた。", {"県内の建設業者3社", "建設業者3社"}),
    ("架空局は、代表者の山田太郎に対し、指示処分を行った。", {"山田太郎"}),
    ("架空局は、メーカーに対し、指導を行った。", {"メーカー"}),
    (  # 「として」 is no 処分とした
        "カルテルや談合を繰り返していたとして、行政処分として課徴金の納付を命じられた。",
        {"カルテルや談合"},
    ),
    (  # a date set off by 、 in a lead
        "架空監視委員会は、6月17日、みなと電力株式会社に対し、勧告を行った。",
        {"6月17日"},
    ),
    (  # a name written with its legal form elsewhere is the company rules'
        "株式会社ミナトHDホールディングス(架空市)。金融庁は、ミナトHDに対し、業務改善命令を出した。",
        {"ミナトHD"},
    ),
]


@pytest.mark.parametrize(("text", "unwanted"), NOT_NAMES)
def test_what_reads_as_no_name(text: str, unwanted: set[str]) -> None:
    assert not _orgs(text) & unwanted


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("さくら建設", True),
        ("ルミナスラボ", True),
        ("コダマ電機", True),
        ("建設", False),  # a head word with no stem
        ("メーカー", False),  # a common word of trade
        ("SNS", False),  # an acronym alone
        ("山田太郎", False),
        ("関東財務局", False),  # an authority
    ],
)
def test_reads_as_name(name: str, expected: bool) -> None:
    assert reads_as_name(name) is expected


def test_each_addressee_keeps_the_basis_told_before_it() -> None:
    text = (
        "架空産業局は、電気事業法第10条の規定に基づき、みなと電力株式会社に対して、同法第20条の規定"
        "に基づき、かもめ送電株式会社に対して、それぞれ業務改善命令を発出した。"
    )
    bases = {
        (a.addressee, a.legal_basis.article) for a in parser.parse(text).actions if a.legal_basis
    }
    assert bases == {("みなと電力株式会社", "10"), ("かもめ送電株式会社", "20")}


def test_a_wrong_told_before_toshite_is_a_description() -> None:
    text = "金融庁は7日、顧客の株式を無断で売買していたとして、みなと証券に業務改善命令を出した。"
    found = {(v.description, v.committed_by) for v in parser.parse(text).violations}
    assert found == {("顧客の株式を無断で売買していた", "みなと証券")}
    law_only = "県は20日、宅地建物取引業法に違反したとして、あおば住宅に業務停止処分を命じた。"
    assert not parser.parse(law_only).violations  # which law only: no description
