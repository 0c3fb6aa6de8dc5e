"""Row tests of the roles read where the lead and the labels of a notice are matched
(`parser/data/roles.tsv`): each row a sentence or line written for this test, with the role
it must or must not show; the companies are fictional."""

from __future__ import annotations

import pytest

from shobun.parser import roles

# (role, text, how it is used: "match" at the start, "fullmatch", or "search" anywhere, found?)
ROWS = [
    ("same_body", "同局は食品表示法に基づき、あおば食品に指示した。", "match", True),
    ("same_body", " 同県は、同日付けで命令した。", "match", True),
    ("same_body", "同社は、改善報告書を提出した。", "match", False),
    ("same_body", "当局は、同日付けで命令した。", "match", False),
    ("first_item", "指示の内容\nア 違反の原因を調査し報告すること。", "search", True),
    ("first_item", "指示の内容\nア\u3000再発防止策を講じること。", "search", True),
    ("first_item", "アクセス制御を見直すこと。", "search", False),
    ("instruction_line", "本文\n【指示の内容】\n(1)…", "search", True),
    ("instruction_line", "本文\n## 3. 指示処分の概要\n", "search", True),
    ("instruction_line", "本文\n指示の内容は次のとおり。\n", "search", False),
    ("basis_heading", "根拠条文", "match", True),
    ("address_after", "西区みどり町1番2号", "match", True),
    ("address_after", "大字かしわ1234番地", "match", True),
    ("address_after", "及び大阪市に対し", "match", False),
    ("address_after", "が発注する舗装工事", "match", False),
    ("ordering_client", "が発注する舗装工事について", "match", True),
    ("ordering_client", "発注の特定測量業務", "match", True),
    ("ordering_client", "に対し、営業の停止を命じた", "match", False),
    ("addressee_catalogue", "別表1\n名宛人目録\n番号 名宛人 所在地", "search", True),
    ("tally_head", "2 違反行為者一覧\n番号\n違反行為者\n本店所在地", "search", True),
    ("tally_head", "違反行為者の概要", "search", False),
    ("surcharge_column", "課徴金額", "fullmatch", True),
    ("surcharge_column", "課徴金額の合計", "fullmatch", False),
    ("none_mark", "―", "fullmatch", True),
    ("none_mark", "○", "fullmatch", False),
    ("address_before", "県松本市", "match", True),
    ("address_before", "県は、松本市", "match", False),
    ("trade_name_person", "勧誘者である、そよかぜ企画こと山野一郎(沼津市)に対し", "search", True),
    ("trade_name_person", "Aこと山田花子及びBこと川上次郎の2名の勧誘者に対して", "search", True),
    ("trade_name_person", "まことフーズ株式会社に対し", "search", False),
    ("addressee_catalogue", "名宛人 別表1の名宛人目録記載のとおり", "search", False),
    ("basis_beside", "処分は、電波法第76条第1項", "match", True),
    ("basis_beside", "(電波法第76条第1項)", "match", True),
    ("basis_beside", "の内容", "match", False),
    ("basis_beside_end", ")に基づく処分", "match", True),
    ("basis_beside_end", "の規定に基づくものです", "match", True),
    ("basis_beside_end", "に違反した", "match", False),
    ("basis_heading", "行政処分の根拠法令等", "match", True),
    ("basis_heading", "根拠となる条文", "match", True),
    ("basis_heading", "根拠条文の解説", "match", False),
    ("listed_person", "及び平田清美に対し、改善命令", "match", True),
    ("listed_person", "及び同社に対し", "match", False),
    ("listed_person", "及び合同で調査した", "match", False),
    ("unnamed_items", "丹羽猛誌、林イチ、", "match", True),
    ("unnamed_items", "合同で、令和4年3月に、", "match", False),
    ("recipients_named", "を行った監理団体\n九州…", "match", True),
    ("recipients_named", "を行った事業者(2社)", "match", True),
    ("recipients_named", "を行った。同社は…", "match", False),
    ("credit_line", "出所:株経通信(株式会社みなとかぶ)", "match", True),
    ("credit_line", "出所の不明な資金", "match", False),
    ("each_addressee", "(札幌市)には業務改善命令を、", "match", True),
    ("each_addressee", "には、", "match", False),  # 「Aには、」: listed_person and _ADDRESSEE's
    ("each_addressee", "には過去にも違反があった。", "match", False),
    ("each_addressee", "に、業務を停止するよう命じた", "match", True),
    ("each_addressee", "に、同社の従業員が応じた。", "match", False),
    ("kind_topic", "はいずれも同法第49条第1項に基づくもので", "match", True),
    ("kind_topic", "は、本日付けで発出した。", "match", False),
    ("suspension_period_topic", "業務停止の期間は、同法第19条第1項に基づく", "search", True),
    ("suspension_period_topic", "停止期間は5月1日から9日間。", "search", False),
    ("contents_topic", "処分の内容は、Aが業務改善命令", "match", True),
    ("contents_topic", "同社の処分の内容は", "match", False),
    ("shobun_basis", "に基づき、行政処分を行った", "match", True),
    ("shobun_basis", "に基づく報告徴収", "match", False),
    ("portions_became", "の処分となった。", "match", True),
    ("portions_became", "となる予定", "match", False),
    ("done_before", "当局が令和5年10月から実施した当社に対する", "search", True),
    ("done_before", "同社が令和5年10月から実施した当社に対する", "search", False),
]


@pytest.mark.parametrize(
    ("role", "text", "how", "found"), ROWS, ids=[f"{r[0]}:{r[1][:12]}" for r in ROWS]
)
def test_role_row(role: str, text: str, how: str, found: bool) -> None:
    pattern = roles.pattern(role)
    how_found = {"match": pattern.match, "fullmatch": pattern.fullmatch, "search": pattern.search}
    m = how_found[how](text)
    assert (m is not None) == found
