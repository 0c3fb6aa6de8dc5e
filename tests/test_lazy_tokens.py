"""The parser tokenises a notice only when a name asks for its tokens, and then only the
block (a line and the white space after it) that holds the tokens asked for."""

from __future__ import annotations

import pytest

from shobun.parser import mecab
from shobun.parser.extract import orgs
from shobun.parser.normalize import normalize

_DATED = "あおば商事株式会社は、令和7年1月30日、報告を行った。"
# (text, the blocks of it that reading its companies gives MeCab)
ROWS = [
    ("金融庁は、本日、業務改善命令を発出した。", []),
    ("株式会社ひかり情報(以下「ひかり」という。)に対し、勧告を行った。", []),
    ("|商号|株式会社さくら美容研究所|", []),
    # a kana after the form (や, は) asks MeCab only where a particle there decides the name:
    # not after a label and its gap, where the name is the rest of the line
    ("商号 株式会社やまと商会\n", []),
    ("被処分者 株式会社はるかぜ\n代表者 山田太郎", []),
    (_DATED, [_DATED]),
    ("当社は、みなと建設株式会社の下請である。", ["当社は、みなと建設株式会社の下請である。"]),
    # only the line that holds the name, with its line break
    (f"消費者庁は、命令を行った。\n{_DATED}\n(別紙)\n", [f"{_DATED}\n"]),
]
IDS = [
    "no-legal-form", "anchored-by-its-definition", "a-table-cell", "labelled-form-then-ya",
    "labelled-form-then-ha", "name-before-form", "form-then-no", "its-line-only",
]  # fmt: skip


@pytest.mark.parametrize(("text", "blocks"), ROWS, ids=IDS)
def test_tokens_are_read_only_where_a_name_asks(text: str, blocks: list[str]) -> None:
    norm = normalize(text)
    calls: list[str] = []

    def tokenise(t: str) -> tuple[list[int], dict[int, str]]:
        calls.append(t)
        return mecab.positions(t)

    tokens = orgs.Tokens(norm.text, tokenise)
    orgs.companies(norm, tokens)
    assert calls == blocks
    for block in blocks:  # each block's tokens, where the block stands in the text
        at = norm.text.index(block)
        starts, pos = mecab.positions(block)
        assert [tokens.pos_at.get(at + s) for s in starts] == [pos[s] for s in starts]
        assert tokens.surface_at(at + starts[-1]) == block[starts[-1] :]
