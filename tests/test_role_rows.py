"""Row tests of the roles read where the lead and the labels of a notice are matched
(`parser/data/roles.tsv`): each row a sentence or line written for this test, with the role
it must or must not show; the companies are fictional."""

from __future__ import annotations

import pytest

from shobun.parser import roles, wrongs

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
    ("listed_person", "及び山野花子に対し、改善命令", "match", True),
    ("listed_person", "及び同社に対し", "match", False),
    ("listed_person", "及び合同で調査した", "match", False),
    ("unnamed_items", "川田宗一、森ハナ、", "match", True),
    ("unnamed_items", "合同で、令和4年3月に、", "match", False),
    ("recipients_named", "を行った監理団体\n九州…", "match", True),
    ("recipients_named", "を行った事業者(2社)", "match", True),
    ("recipients_named", "を行った。同社は…", "match", False),
    ("recipients_told", "命令を出した。処分を受けたのは、あさひ工業(…)", "search", True),
    ("recipients_told", "許可を取り消されたのはあさひ工業(みなと市)", "search", True),
    ("recipients_told", "処分を受けた者は、弁明の機会", "search", False),
    ("each_addressee", "に9カ月、つばさ技研に12カ月の業務の一部停止", "match", True),
    ("each_addressee", "に12カ月の業務の一部停止を命じました", "match", True),
    ("each_addressee", "に3カ月の猶予を与えた", "match", False),
    ("each_addressee", "には2021年6月にも業務停止命令が出されていました", "match", True),
    ("credit_line", "出所:架空通信(株式会社みなとかぶ)", "match", True),
    ("credit_line", "出所の不明な資金", "match", False),
    # labels.py: a term alone on its line, read whole before it (label_lead) and after it
    ("label_lead", "(2)処分の内容 建設業法第28条第3項に基づく営業の", "fullmatch", True),
    ("label_lead", "● 処分の種類:(", "fullmatch", True),
    ("label_lead", "③ 労働者派遣事業", "fullmatch", True),
    ("label_lead", "同社は、同日付けで", "fullmatch", False),
    ("label_lead", "次のとおり、", "fullmatch", False),
    ("label_rest", "(6か月) 令和6年5月25日から令和6年6月8日まで", "fullmatch", True),
    ("label_rest", "|令和7年1月10日|", "fullmatch", True),
    ("label_rest", "", "fullmatch", True),
    ("label_rest", "を行った。", "fullmatch", False),
    ("label_rest", "及び指示", "fullmatch", False),
    ("next_heading", "(1)…を報告すること。\n## 3. 事案の概要", "search", True),
    ("next_heading", "(1)…を報告すること。\n【問い合わせ先】", "search", True),
    ("next_heading", "(1)…を報告すること。\n---\n", "search", True),
    ("next_heading", "(1)…を報告すること。\n(2)再発防止策【別添】", "search", False),
    ("due_heading", "納付期限", "match", True),
    ("due_heading", "課徴金の納付期限", "match", True),
    ("due_heading", "報告の期限", "match", True),
    ("due_heading", "期限", "match", True),
    ("due_heading", "納付期限の延長", "match", False),
    ("due_heading", "改善計画の提出期限", "match", False),
    # labels.py: a title's term that is no action taken, or one for an officer
    ("title_not_taken", "の解除について", "match", True),
    ("title_not_taken", "の停止期間の延長について", "match", False),
    ("title_not_taken", "の期間の延長について", "match", True),
    ("title_not_taken", "に係る報告について", "match", True),
    ("title_not_taken", "に従わない事業者の公表", "match", True),
    ("title_not_taken", "について", "match", False),
    ("title_not_taken", "及び指示について", "match", False),
    ("title_to_officer", "あおば商事株式会社代表取締役に対する", "search", True),
    ("title_to_officer", "同社の従業員である山田一郎に対する", "search", True),
    ("title_to_officer", "あおば商事株式会社に対する", "search", False),
    ("title_to_officer", "代表取締役に対する業務禁止命令", "search", False),
    # lead.py: a surcharge's deadline said with its date right after it
    ("surcharge_due_said", "なお、納付期限は令和7年3月28日です。", "search", True),
    ("surcharge_due_said", "納付期限:2025年3月28日", "search", True),
    ("surcharge_due_said", "納付期限\n令和7年3月28日", "search", True),
    ("surcharge_due_said", "納付期限は、令和7年3月28日です。", "search", False),
    ("surcharge_due_said", "納付期限までに納付しなかった", "search", False),
    ("surcharge_due_said", "提出期限は令和7年3月28日", "search", False),
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
    (
        "done_before",
        "に対する景品表示法第7条第1項の規定に基づく令和6年2月9日付けの",
        "search",
        True,
    ),
    ("done_before", "同日付の", "search", True),
    ("contact_head", "このページについてのお問い合わせ", "match", True),
    ("contact_head", "【本件に関するお問い合わせ先】", "match", True),
    ("contact_head", "◆連絡先", "match", True),
    ("contact_head", "お問い合わせ先は下記のとおりです。", "match", False),
    ("alternative_before", "札幌市が違反者に対し、行政処分又は書面による", "search", True),
    ("alternative_before", "勧告若しくは", "search", True),
    ("alternative_before", "業務停止命令及び", "search", False),
    ("done_before", "令和6年2月9日付けで", "search", False),
    ("done_before", "令和6年2月9日付けの文書で通知した", "search", False),
]


# violation_forms.tsv's rows read the same way
VIOLATION_ROWS = [
    ("step_end", "① 3か月間、…を停止するよう命じました。", "search", False),
    ("step_end", "…の是正を指示しました。", "search", True),
    ("step_end", "再発防止を勧告を行った。", "search", True),
    ("step_end", "…を指導した。(法第15条)", "search", False),
    ("step_end", "虚偽の説明を行った。", "search", False),
    ("not_against", "ものであること及び前記(1)イの行為が", "match", True),
    ("not_against", "こととなる", "match", True),
    ("not_against", "行為(有利誤認)が認められた", "match", True),
    ("not_against", "行為を行っていた", "match", False),
    ("not_against", "表示をしていた", "match", False),
]


CASES = [("roles", *r) for r in ROWS] + [("violation_forms", *r) for r in VIOLATION_ROWS]


@pytest.mark.parametrize(
    ("table", "role", "text", "how", "found"), CASES, ids=[f"{c[1]}:{c[2][:12]}" for c in CASES]
)
def test_role_row(table: str, role: str, text: str, how: str, found: bool) -> None:
    pattern = roles.pattern(role, table)
    how_found = {"match": pattern.match, "fullmatch": pattern.fullmatch, "search": pattern.search}
    m = how_found[how](text)
    assert (m is not None) == found


# the phrases as the parser reads them: 「…違反する<wrong>を」 names its wrong, unless the
# words after 違反する are a `not_against` row
AGAINST = [
    ("の規定に違反する不当な表示を行っていた", "不当な表示"),
    ("の規定に違反した勧誘を行っていた", "勧誘"),
    ("の規定に違反するものであることを", None),
    ("の規定に違反することを", None),
    ("の規定に違反する行為(不実告知)が認められた", None),
]


@pytest.mark.parametrize(("text", "desc"), AGAINST, ids=[a[0][6:18] for a in AGAINST])
def test_against_names_the_wrong(text: str, desc: str | None) -> None:
    m = wrongs.against().match(text)
    assert (m.group("desc") if m else None) == desc
