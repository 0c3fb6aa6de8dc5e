"""The parser tokenises a notice only when a name asks for its tokens, and then the
whole text once, as `mecab.positions` does."""

from __future__ import annotations

import pytest

from shobun.parser import mecab
from shobun.parser.extract import orgs
from shobun.parser.normalize import normalize

# (text, whether reading its companies needs MeCab's tokens)
ROWS = [
    ("金融庁は、本日、業務改善命令を発出した。", False),
    ("株式会社ひかり情報(以下「ひかり」という。)に対し、勧告を行った。", False),
    ("|商号|株式会社さくら美容研究所|", False),
    # a kana after the form (や, は) asks MeCab only where a particle there decides the name:
    # not after a label and its gap, where the name is the rest of the line
    ("商号 株式会社やまと商会\n", False),
    ("被処分者 株式会社はるかぜ\n代表者 山田太郎", False),
    ("あおば商事株式会社は、令和7年1月30日、報告を行った。", True),
    ("当社は、みなと建設株式会社の下請である。", True),
]
IDS = [
    "no-legal-form", "anchored-by-its-definition", "a-table-cell", "labelled-form-then-ya",
    "labelled-form-then-ha", "name-before-form", "form-then-no",
]  # fmt: skip


@pytest.mark.parametrize(("text", "asks"), ROWS, ids=IDS)
def test_tokens_are_read_only_where_a_name_asks(text: str, asks: bool) -> None:
    norm = normalize(text)
    calls: list[str] = []

    def tokenise(t: str) -> tuple[list[int], dict[int, str]]:
        calls.append(t)
        return mecab.positions(t)

    tokens = orgs.Tokens(norm.text, tokenise)
    found = orgs.companies(norm, tokens)
    assert calls == ([norm.text] if asks else [])
    eager = orgs.Tokens(norm.text, mecab.positions)
    assert (eager.starts, eager.pos_at) == mecab.positions(norm.text)
    assert found == orgs.companies(norm, eager)
