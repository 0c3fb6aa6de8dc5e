"""Row tests of the roles read where the lead and the labels of a notice are matched
(`parser/data/roles.tsv`): each row a sentence or line written for this test, with the role
it must or must not show; the companies are fictional."""

from __future__ import annotations

import pytest

from shobun.parser import roles

# (role, text, how it is used: "match" at the start or "search" anywhere, found?)
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
]


@pytest.mark.parametrize(
    ("role", "text", "how", "found"), ROWS, ids=[f"{r[0]}:{r[1][:12]}" for r in ROWS]
)
def test_role_row(role: str, text: str, how: str, found: bool) -> None:
    pattern = roles.pattern(role)
    m = pattern.match(text) if how == "match" else pattern.search(text)
    assert (m is not None) == found
