"""Laws named without a number resolve through parser/data/statutes.tsv to their number and ID.

One row per law added for the regulators' notices (労働局/厚労省, 農政局/水産庁, 地方整備局,
経済産業局, 県): a sentence about a fictional company that names the law by its title or
short name only, and the statute it must give. The numbers and IDs were checked against
the sources in each row's note; these rows pin them, and the name matching around them.
"""

from __future__ import annotations

import pytest

from shobun import parser
from shobun.parser.extract import lawnumber
from shobun.parser.tables import statutes

HEAD = "令和7年3月14日\n関東農政局\n\n行政処分について\n\n"

# (id, body, statute label, law number, e-Gov ID)
ROWS = [
    ("kenpo-by-title", "架空メディカル株式会社は、健康保険法第70条第1項の規定に違反した。",
     "健康保険法", "大正11年法律第70号", "211AC0000000070"),
    ("kokuho-is-not-kenpo", "架空ケア株式会社は、国民健康保険法第41条の規定に違反した。",
     "国民健康保険法", "昭和33年法律第192号", "333AC0000000192"),
    ("kaigo-hoken", "架空ケア株式会社に対し、介護保険法に基づき指定の取消しを行った。",
     "介護保険法", "平成9年法律第123号", "409AC0000000123"),
    ("jido-fukushi", "架空保育株式会社に対し、児童福祉法第46条に基づき改善勧告を行った。",
     "児童福祉法", "昭和22年法律第164号", "322AC0000000164"),
    ("ryokan-gyo", "架空観光株式会社に対し、旅館業法第8条に基づき営業停止を命じた。",
     "旅館業法", "昭和23年法律第138号", "323AC0000000138"),
    ("suikyo-ho-short-name", "架空漁業協同組合に対し、水協法第123条の2に基づき業務改善命令を発出した。",
     "水産業協同組合法", "昭和23年法律第242号", "323AC0000000242"),
    ("suikyo-ho-title", "架空漁業協同組合は、水産業協同組合法第11条に違反した。",
     "水産業協同組合法", "昭和23年法律第242号", "323AC0000000242"),
    ("suibo-ho", "架空不動産株式会社は、水防法に基づく水害リスク情報の説明を怠った。",
     "水防法", "昭和24年法律第193号", "324AC0000000193"),
    ("kenchiku-kijun", "架空建設株式会社は、建築基準法第6条第1項の確認を受けずに着工した。",
     "建築基準法", "昭和25年法律第201号", "325AC0000000201"),
    ("kenchikushi-members-bill", "架空設計事務所株式会社に対し、建築士法第26条に基づき事務所の閉鎖を命じた。",
     "建築士法", "昭和25年法律第202号", "325AC1000000202"),
    ("doro-unso-sharyo", "架空運輸株式会社は、道路運送車両法第48条の定期点検を怠った。",
     "道路運送車両法", "昭和26年法律第185号", "326AC0000000185"),
    ("koatsu-gas", "架空ガス株式会社に対し、高圧ガス保安法第38条に基づき許可を取り消した。",
     "高圧ガス保安法", "昭和26年法律第204号", "326AC0000000204"),
    ("ekiseki-ho-short-name", "架空ガス株式会社は、液石法第16条の規定に違反した。",
     "液化石油ガスの保安の確保及び取引の適正化に関する法律", "昭和42年法律第149号",
     "342AC0000000149"),
    ("ekika-sekiyu-gas-ho", "架空ガス株式会社に対し、液化石油ガス法に基づき登録を取り消した。",
     "液化石油ガスの保安の確保及び取引の適正化に関する法律", "昭和42年法律第149号",
     "342AC0000000149"),
    ("keiryo-ho", "架空計器株式会社は、計量法第16条に違反する計量器を使用した。",
     "計量法", "平成4年法律第51号", "404AC0000000051"),
    ("shokugyo-noryoku-kaihatsu", "架空人材株式会社は、職業能力開発促進法第11条の計画を作成していなかった。",
     "職業能力開発促進法", "昭和44年法律第64号", "344AC0000000064"),
    ("mansion-kanri-members-bill", "架空管理株式会社に対し、マンション管理適正化法第82条に基づき指示を行った。",
     "マンションの管理の適正化の推進に関する法律", "平成12年法律第149号", "412AC1000000149"),
    ("denki-koji-gyo-members-bill", "架空電設株式会社に対し、電気工事業法第28条に基づき登録を取り消した。",
     "電気工事業の業務の適正化に関する法律", "昭和45年法律第96号", "345AC1000000096"),
    ("shokuryo-ho-short-name", "架空米穀株式会社に対し、食糧法第52条の2に基づき指示を行った。",
     "主要食糧の需給及び価格の安定に関する法律", "平成6年法律第113号", "406AC0000000113"),
    ("kowan-rodo", "架空港運株式会社は、港湾労働法第16条の規定に違反した。",
     "港湾労働法", "昭和63年法律第40号", "363AC0000000040"),
    ("haikibutsu-seirei-by-title",
     "架空環境株式会社は、知事の許可を受けずに廃棄物の処理及び清掃に関する法律施行令第7条第4号に"
     "規定する施設を設置した。",
     "廃棄物の処理及び清掃に関する法律施行令", "昭和46年政令第300号", "346CO0000000300"),
    ("noyaku-torishimari", "架空農産株式会社は、農薬取締法第24条の規定に違反した。",
     "農薬取締法", "昭和23年法律第82号", "323AC0000000082"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "label", "number", "egov"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS]
)
def test_law_named_without_number_gets_number_and_id(
    body: str, label: str, number: str, egov: str
) -> None:
    found = {s.label: s for s in parser.parse(HEAD + body).statutes}
    assert label in found, sorted(found)
    assert found[label].law_number == number
    assert found[label].egov_id == egov


# Instruments under the law are other statutes: the table's name does not swallow them.
SUBORDINATE_ROWS = [
    ("kenchiku-kijun-sekorei", "架空建設株式会社は、建築基準法施行令第112条に違反した。",
     "建築基準法"),
    ("kenpo-sekokisoku", "架空メディカル株式会社は、健康保険法施行規則第24条に違反した。",
     "健康保険法"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "law_title"),
    [r[1:] for r in SUBORDINATE_ROWS],
    ids=[r[0] for r in SUBORDINATE_ROWS],
)
def test_subordinate_instrument_is_not_the_law(body: str, law_title: str) -> None:
    labels = [s.label for s in parser.parse(HEAD + body).statutes]
    assert law_title not in labels, labels


def test_every_cabinet_bill_row_has_the_id_the_parser_derives() -> None:
    """The parser's own derivation (lawnumber.egov_id) agrees with every row whose ID has the
    cabinet origin; members' bills (10/01 in the ten digits) are the table's to give."""
    for row in statutes():
        if row.egov_id[3:5] != "AC":
            continue
        origin = row.egov_id[5:7]
        derived = lawnumber.egov_id(row.law_number)
        if origin == "00":
            assert derived == row.egov_id, row
        else:
            assert derived is not None, row
            assert derived[:5] + derived[7:] == row.egov_id[:5] + row.egov_id[7:], row


# A law the table does not know, named only as what an action is based on (news: 「…に
# 労働金庫法に基づく業務改善命令を出しました」, a full title in 「」 with no number), is a
# statute under its title; a word that only begins with a law's name (医療法人) is none, and
# a generic phrase (関係法に基づく) or a katakana short name news coins is no title.
BASED_ROWS = [
    ("unknown-law-before-ni-motozuku",
     "財務局は、架空労働金庫に労働金庫法に基づく業務改善命令を出しました。", {"労働金庫法"}, set()),
    ("full-title-in-quotes-before-ni-motozuku",
     "架空米穀株式会社に対する「架空穀物の取引の記録に関する法律」に基づく立入検査の結果について",
     {"架空穀物の取引の記録に関する法律"}, set()),
    ("iryo-hojin-is-no-iryo-ho",
     "労働局は、医療法人社団架空会に対し、助言を行った。", set(), {"医療法"}),
    ("generic-phrase-is-no-title",
     "県は、関係法に基づく指導を行った。", set(), {"関係法"}),
    ("katakana-short-name-is-no-title",
     "県は、架空トレース法に基づく立入検査を行った。", set(), {"架空トレース法"}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "present", "absent"), [r[1:] for r in BASED_ROWS], ids=[r[0] for r in BASED_ROWS]
)
def test_a_law_named_only_before_ni_motozuku(
    body: str, present: set[str], absent: set[str]
) -> None:
    labels = {s.label for s in parser.parse(HEAD + body).statutes}
    assert present <= labels and not (absent & labels), labels
