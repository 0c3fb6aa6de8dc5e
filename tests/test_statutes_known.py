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


# Rows added for the laws and enactments regulators' notices name most (運輸局, 厚生局, 県,
# 警察, 環境, 建設, 金融): a fictional sentence naming each by a title or a short name news
# and notices use, with no number. The label is the title in force, the number the table's
# and the ID the one its note sources (pinned here).
# (id, body, statute label, e-Gov ID)
LAW_ROWS_19 = [
    ("kobutsu", "架空リサイクル株式会社に対し、古物営業法第24条に基づき営業停止を命じた。",
     "古物営業法", "324AC0000000108"),
    ("fuei-short", "架空興業株式会社に対し、風営法第26条第1項に基づき営業停止を命じた。",
     "風俗営業等の規制及び業務の適正化等に関する法律", "323AC0000000122"),
    ("futeki-short", "架空興業株式会社は、風適法第22条に違反した。",
     "風俗営業等の規制及び業務の適正化等に関する法律", "323AC0000000122"),
    ("fuei-tekiseika-ho-police-name", "公安委員会は、架空遊技株式会社に対し、風俗営業等適正化法第26条第1項に基づき営業の停止を命じた。",
     "風俗営業等の規制及び業務の適正化等に関する法律", "323AC0000000122"),
    ("shakai-fukushi-not-hojin", "架空福祉会は社会福祉法人であり、社会福祉法第56条第4項に基づき改善命令を受けた。",
     "社会福祉法", "326AC0000000045"),
    ("shogaisha-sogo-shien", "架空ケア株式会社に対し、障害者総合支援法第50条に基づき指定を取り消した。",
     "障害者の日常生活及び社会生活を総合的に支援するための法律", "417AC0000000123"),
    ("dokugeki", "架空化学株式会社は、毒劇法第15条の2の規定に違反した。",
     "毒物及び劇物取締法", "325AC0000000303"),
    ("nochi", "架空開発株式会社は、農地法第4条第1項の許可を受けずに農地を転用した。",
     "農地法", "327AC0000000229"),
    ("hiryo-short", "架空肥料株式会社に対し、肥料品質確保法第31条に基づき登録を取り消した。",
     "肥料の品質の確保等に関する法律", "325AC0000000127"),
    ("shuzei", "架空酒造株式会社は、酒税法第10条に該当するとして免許を取り消された。",
     "酒税法", "328AC0000000006"),
    ("jokaso-members-bill", "架空設備株式会社は、浄化槽法第41条の規定に違反した。",
     "浄化槽法", "358AC1000000043"),
    ("kenset-recycle", "架空解体株式会社は、建設リサイクル法第10条の届出を怠った。",
     "建設工事に係る資材の再資源化等に関する法律", "412AC0000000104"),
    ("shobo-members-bill", "架空ビル株式会社に対し、消防法第5条の2に基づき使用停止を命じた。",
     "消防法", "323AC1000000186"),
    ("kayaku", "架空煙火株式会社は、火薬類取締法第44条の規定に違反した。",
     "火薬類取締法", "325AC0000000149"),
    ("morido", "架空開発株式会社に対し、盛土規制法第20条に基づき工事の停止を命じた。",
     "宅地造成及び特定盛土等規制法", "336AC0000000191"),
    ("toshi-keikaku", "架空開発株式会社は、都市計画法第29条の許可を受けずに開発行為を行った。",
     "都市計画法", "343AC0000000100"),
    ("taiki", "架空工業株式会社に対し、大気汚染防止法第14条に基づき改善を命じた。",
     "大気汚染防止法", "343AC0000000097"),
    ("suishitsu", "架空食品株式会社は、水質汚濁防止法第12条の規定に違反した。",
     "水質汚濁防止法", "345AC0000000138"),
    ("dojo", "架空工業株式会社は、土壌汚染対策法第3条の調査を怠った。",
     "土壌汚染対策法", "414AC0000000053"),
    ("soon", "架空工業株式会社に対し、騒音規制法第12条に基づき改善を勧告した。",
     "騒音規制法", "343AC0000000098"),
    ("shindo", "架空工業株式会社に対し、振動規制法第12条に基づき改善を勧告した。",
     "振動規制法", "351AC0000000064"),
    ("akushu", "架空飼料株式会社に対し、悪臭防止法第8条に基づき改善を勧告した。",
     "悪臭防止法", "346AC0000000091"),
    ("shinrin-members-bill", "架空林業株式会社に対し、森林法第10条の3に基づき復旧を命じた。",
     "森林法", "326AC1000000249"),
    ("rojin-fukushi", "架空ケア株式会社に対し、老人福祉法第29条に基づき改善命令を行った。",
     "老人福祉法", "338AC0000000133"),
    ("seikatsu-hogo", "架空クリニックに対し、生活保護法第51条第2項に基づき指定を取り消した。",
     "生活保護法", "325AC0000000144"),
    ("koshu-yokujo", "架空温泉株式会社に対し、公衆浴場法第7条に基づき営業停止を命じた。",
     "公衆浴場法", "323AC0000000139"),
    ("kogyojo", "架空劇場株式会社に対し、興行場法第6条に基づき営業停止を命じた。",
     "興行場法", "323AC0000000137"),
    ("okugai-kokoku", "架空広告株式会社に対し、屋外広告物法に基づく条例により除却を命じた。",
     "屋外広告物法", "324AC0000000189"),
    ("kashi-tanpo", "架空住宅株式会社は、住宅瑕疵担保履行法第11条の届出を怠った。",
     "特定住宅瑕疵担保責任の履行の確保等に関する法律", "419AC0000000066"),
    ("kokudo-riyo-members-bill", "架空不動産株式会社は、国土利用計画法第23条の届出を怠った。",
     "国土利用計画法", "349AC1000000092"),
    ("jutaku-hinkaku", "架空住宅株式会社は、住宅品質確保法第6条の規定に違反した。",
     "住宅の品質確保の促進等に関する法律", "411AC0000000081"),
    ("minpaku", "架空民泊株式会社に対し、住宅宿泊事業法第15条に基づき業務改善命令を行った。",
     "住宅宿泊事業法", "429AC0000000065"),
    ("ginou-jisshu", "架空組合に対し、技能実習法第37条に基づき監理団体の許可を取り消した。",
     "外国人の技能実習の適正な実施及び技能実習生の保護に関する法律", "428AC0000000089"),
    ("yakuzaishi", "架空薬局の薬剤師に対し、薬剤師法第8条に基づき業務停止を命じた。",
     "薬剤師法", "335AC0000000146"),
    ("hojokan-short", "架空医院の看護師に対し、保助看法第14条に基づき業務停止を命じた。",
     "保健師助産師看護師法", "323AC0000000203"),
    ("rosai-short", "架空建設株式会社は、労災保険法に基づく保険給付を不正に受給した。",
     "労働者災害補償保険法", "322AC0000000050"),
    ("koyo-hoken", "架空商事株式会社は、雇用保険法に基づく助成金を不正に受給した。",
     "雇用保険法", "349AC0000000116"),
    ("kosei-nenkin", "架空商事株式会社は、厚生年金保険法第27条の届出を怠った。",
     "厚生年金保険法", "329AC0000000115"),
    ("koreisha-iryo", "架空クリニックは、高齢者医療確保法第64条の規定に違反した。",
     "高齢者の医療の確保に関する法律", "357AC0000000080"),
    ("saisei-iryo", "架空クリニックに対し、再生医療等安全性確保法第22条に基づき改善命令を行った。",
     "再生医療等の安全性の確保等に関する法律", "425AC0000000085"),
    ("sharoshi-members-bill", "架空事務所の社会保険労務士に対し、社労士法第25条の2に基づき懲戒処分を行った。",
     "社会保険労務士法", "343AC1000000089"),
    ("dobutsu-aigo-members-bill", "架空ペット株式会社に対し、動物愛護管理法第19条に基づき登録を取り消した。",
     "動物の愛護及び管理に関する法律", "348AC1000000105"),
    ("saiene-short", "架空発電株式会社に対し、再エネ特措法第15条に基づき認定を取り消した。",
     "再生可能エネルギー電気の利用の促進に関する特別措置法", "423AC0000000108"),
    ("botai-short", "公安委員会は、架空組の組員に対し、暴対法第11条に基づき中止命令を発出した。",
     "暴力団員による不当な行為の防止等に関する法律", "403AC0000000077"),
    ("kodomo-kosodate", "架空保育株式会社に対し、子ども・子育て支援法第42条に基づき勧告を行った。",
     "子ども・子育て支援法", "424AC0000000065"),
    ("keibi", "架空警備株式会社に対し、警備業法第49条に基づき営業停止を命じた。",
     "警備業法", "347AC0000000117"),
    ("kenchikubutsu-shoene", "架空設計株式会社は、建築物省エネ法第11条の適合性判定を受けなかった。",
     "建築物のエネルギー消費性能の向上等に関する法律", "427AC0000000053"),
    ("shoene-short", "架空工業株式会社は、省エネ法第16条の定期報告を行わなかった。",
     "エネルギーの使用の合理化及び非化石エネルギーへの転換等に関する法律", "354AC0000000049"),
    ("suido", "架空水道株式会社に対し、水道法第36条に基づき改善を指示した。",
     "水道法", "332AC0000000177"),
    ("gesuido-not-suido", "架空食品株式会社は、下水道法第12条の2の規定に違反した。",
     "下水道法", "333AC0000000079"),
    ("doro-members-bill", "架空商事株式会社に対し、道路法第71条に基づき工作物の除却を命じた。",
     "道路法", "327AC1000000180"),
    ("kasen", "架空砂利株式会社に対し、河川法第75条に基づき原状回復を命じた。",
     "河川法", "339AC0000000167"),
    ("barrier-free", "架空ホテル株式会社は、バリアフリー法第14条の規定に違反した。",
     "高齢者、障害者等の移動等の円滑化の促進に関する法律", "418AC0000000091"),
    ("yakki-iyakuhin-iryokiki-ho", "架空製薬株式会社に対し、医薬品医療機器法第75条に基づき業務停止を命じた。",
     "医薬品、医療機器等の品質、有効性及び安全性の確保等に関する法律", "335AC0000000145"),
]  # fmt: skip

# Enactments under the laws (政令, 府令, 省令, 規則): by title, by the short name news use,
# as 同法施行規則, and with their number in brackets after the title (in kanji or digits).
ENACTMENT_ROWS_19 = [
    ("kinsho-sekorei-short", "架空証券株式会社は、金商法施行令第1条の5に定める人数を超えて勧誘した。",
     "金融商品取引法施行令", "340CO0000000321"),
    ("kinsho-gyo-furei-number", "架空証券株式会社の行為は、金融商品取引業等に関する内閣府令(平成十九年内閣府令第五十二号)第百二十三条第一項第一号に該当する。",
     "金融商品取引業等に関する内閣府令", "419M60000002052"),
    ("kinsho-gyo-furei-short", "架空証券株式会社の行為は、金商業等府令第117条第1項第2号に該当する。",
     "金融商品取引業等に関する内閣府令", "419M60000002052"),
    ("ginko-sekorei", "架空銀行株式会社は、銀行法施行令第4条の規定に違反した。",
     "銀行法施行令", "357CO0000000040"),
    ("ginko-sekokisoku-not-ginko-ho", "架空銀行株式会社は、銀行法施行規則第13条の6の2に規定する措置を講じていなかった。",
     "銀行法施行規則", "357M50000040010"),
    ("hoken-gyo-sekokisoku", "架空保険株式会社は、保険業法施行規則第227条の2第3項に規定する体制を整備していなかった。",
     "保険業法施行規則", "408M50000040005"),
    ("shikin-kessai-sekorei", "架空ペイ株式会社は、資金決済法施行令第6条に定める額を供託していなかった。",
     "資金決済に関する法律施行令", "422CO0000000019"),
    ("maebaraishiki-furei", "架空ペイ株式会社は、前払式支払手段に関する内閣府令第23条の2に違反した。",
     "前払式支払手段に関する内閣府令", "422M60000002003"),
    ("shikin-ido-furei", "架空送金株式会社は、資金移動業者に関する内閣府令第31条に違反した。",
     "資金移動業者に関する内閣府令", "422M60000002004"),
    ("anngo-shisan-furei", "架空交換所株式会社は、暗号資産交換業者に関する内閣府令第27条に違反した。",
     "暗号資産交換業者に関する内閣府令", "429M60000002007"),
    ("hanshu-sekorei-short", "架空商事株式会社は、犯収法施行令第7条に定める取引について確認を怠った。",
     "犯罪による収益の移転防止に関する法律施行令", "420CO0000000020"),
    ("kojin-joho-sekorei-short", "架空商事株式会社は、個人情報保護法施行令第1条に該当する情報を取り扱った。",
     "個人情報の保護に関する法律施行令", "415CO0000000507"),
    ("kojin-joho-sekokisoku-number", "架空商事株式会社は、個人情報の保護に関する法律施行規則(平成28年個人情報保護委員会規則第3号)第7条に定める事態を報告しなかった。",
     "個人情報の保護に関する法律施行規則", "428M60020000003"),
    ("kaisha-sekokisoku", "架空商事株式会社は、会社法施行規則第118条の規定に違反した。",
     "会社法施行規則", "418M60000010012"),
    ("kensetsu-sekorei", "架空建設株式会社は、建設業法施行令第2条に定める金額以上の工事を請け負った。",
     "建設業法施行令", "331CO0000000273"),
    ("kensetsu-sekokisoku", "架空建設株式会社は、建設業法施行規則第26条の規定に違反した。",
     "建設業法施行規則", "324M50004000014"),
    ("takken-sekokisoku-short", "架空不動産株式会社は、宅建業法施行規則第16条の4の3の規定に違反した。",
     "宅地建物取引業法施行規則", "332M50004000012"),
    ("takken-doho-sekokisoku", "架空不動産株式会社は、宅地建物取引業法第47条及び同法施行規則第16条の12に違反した。",
     "宅地建物取引業法施行規則", "332M50004000012"),
    ("kenchiku-kijun-sekorei", "架空建設株式会社は、建築基準法施行令第112条に違反した。",
     "建築基準法施行令", "325CO0000000338"),
    ("kenchiku-kijun-sekokisoku", "架空設計株式会社は、建築基準法施行規則第1条の3に定める図書を添付しなかった。",
     "建築基準法施行規則", "325M50004000040"),
    ("anei-sekorei", "架空建設株式会社は、労働安全衛生法施行令第6条に定める作業主任者を選任しなかった。",
     "労働安全衛生法施行令", "347CO0000000318"),
    ("anei-soku-short", "架空建設株式会社は、安衛則第518条に違反した。",
     "労働安全衛生規則", "347M50002000032"),
    ("sekimen-soku", "架空解体株式会社は、石綿障害予防規則第3条の事前調査を行わなかった。",
     "石綿障害予防規則", "417M60000100021"),
    ("shobo-sekorei", "架空ビル株式会社は、消防法施行令第21条に定める設備を設置していなかった。",
     "消防法施行令", "336CO0000000037"),
    ("kikenbutsu-seirei", "架空燃料株式会社は、危険物の規制に関する政令第24条に定める基準に違反した。",
     "危険物の規制に関する政令", "334CO0000000306"),
    ("toshi-keikaku-sekorei", "架空開発株式会社は、都市計画法施行令第19条に定める規模を超えて開発した。",
     "都市計画法施行令", "344CO0000000158"),
    ("kenset-recycle-sekorei", "架空解体株式会社は、建設工事に係る資材の再資源化等に関する法律施行令第2条に定める規模の工事を届け出なかった。",
     "建設工事に係る資材の再資源化等に関する法律施行令", "412CO0000000495"),
    ("ryokaku-unyu-kisoku", "架空交通株式会社は、旅客自動車運送事業運輸規則第24条の点呼を実施していなかった。",
     "旅客自動車運送事業運輸規則", "331M50000800044"),
    ("unyu-kisoku-short", "架空交通株式会社は、運輸規則第21条に違反した。",
     "旅客自動車運送事業運輸規則", "331M50000800044"),
    ("yuso-anzen-kisoku-number", "架空物流株式会社は、貨物自動車運送事業輸送安全規則(平成2年運輸省令第22号)第7条の点呼を怠った。",
     "貨物自動車運送事業輸送安全規則", "402M50000800022"),
    ("yuso-anzen-kisoku-short", "架空物流株式会社は、輸送安全規則第10条の指導監督を怠った。",
     "貨物自動車運送事業輸送安全規則", "402M50000800022"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "label", "egov"),
    [r[1:] for r in LAW_ROWS_19 + ENACTMENT_ROWS_19],
    ids=[r[0] for r in LAW_ROWS_19 + ENACTMENT_ROWS_19],
)
def test_law_or_enactment_named_without_number_resolves_to_its_row(
    body: str, label: str, egov: str
) -> None:
    found = {s.label: s for s in parser.parse(HEAD + body).statutes}
    assert label in found, sorted(found)
    assert found[label].egov_id == egov
    row = next(r for r in statutes() if r.egov_id == egov)
    assert found[label].law_number == row.law_number
    assert row.title == label


# A renamed law (law_titles.tsv): its short name takes the title in force on the notice's
# day, a former title written out stays as written. (id, date line, sentence, label)
RENAMED_ROWS_19 = [
    ("hiryo-short-name-2019", "令和元年7月10日", "架空肥料株式会社に対し、肥料品質確保法第31条に基づき登録を取り消した。", "肥料取締法"),
    ("hiryo-short-name-2021", "令和3年7月12日", "架空肥料株式会社に対し、肥料品質確保法第31条に基づき登録を取り消した。", "肥料の品質の確保等に関する法律"),
    ("hiryo-former-title-written-2022", "令和4年2月1日", "架空肥料株式会社は、旧肥料取締法第4条の登録を受けていなかった。", "肥料取締法"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("dated", "body", "label"),
    [r[1:] for r in RENAMED_ROWS_19],
    ids=[r[0] for r in RENAMED_ROWS_19],
)
def test_renamed_law_takes_the_title_of_its_day(dated: str, body: str, label: str) -> None:
    n = parser.parse(f"{dated}\n架空農政局\n\n行政処分について\n\n{body}")
    assert [s.label for s in n.statutes if s.egov_id == "325AC0000000127"] == [label]
