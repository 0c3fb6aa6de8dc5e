"""The fugashi tokenizer registered in spaCy: it reproduces its input exactly."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shobun.parser.mecab import MAX_CHUNK, Mecab, pos_by_left_id
from shobun.parser.tokenize import (
    COARSE,
    STARTS,
    TOKENIZER_NAME,
    FugashiTokenizer,
    japanese,
    tokenize,
)

ROWS = [
    ("", []),
    ("法第 148 条", ["法", "第", "148", "条"]),
    ("勧告\n\n指導", ["勧告", "\n\n", "指導"]),
    ("Kumo\tLLC", ["Kumo", "\t", "LLC"]),
    ("あ\x00い", ["あ", "\x00", "い"]),
    ("あ\xa0い", ["あ", "\xa0", "い"]),
    ("  先頭と末尾  ", ["  ", "先頭", "と", "末尾", "  "]),
]
IDS = ["empty", "spaces-inside-a-citation", "blank-line", "tab", "nul", "no-break-space", "edges"]


@pytest.mark.parametrize(("text", "words"), ROWS, ids=IDS)
def test_tokens_reproduce_the_text(text: str, words: list[str]) -> None:
    doc = tokenize(text)
    assert doc.text == text
    assert [t.text for t in doc if not t.is_space or t.text != " "] == words
    assert [t.idx for t in doc] == doc.user_data[STARTS]
    assert [t.tag_.split(",")[0] for t in doc] == doc.user_data[COARSE]


def test_pos_and_lemma_come_from_unidic() -> None:
    doc = tokenize("法第148条第1項に基づく勧告")
    assert [(t.text, t.tag_) for t in doc][-3:] == [
        ("に", "助詞,格助詞"),
        ("基づく", "動詞,一般"),
        ("勧告", "名詞,普通名詞"),
    ]
    assert doc[-2].lemma_ == "基づく"


def test_registered_by_name_without_sudachi() -> None:
    nlp = japanese()
    assert isinstance(nlp.tokenizer, FugashiTokenizer)
    assert nlp.config["nlp"]["tokenizer"]["@tokenizers"] == TOKENIZER_NAME


def test_long_text_is_fed_in_chunks_and_stays_whole() -> None:
    tokenizer = FugashiTokenizer(japanese().vocab, max_chunk=50)
    text = "個人情報保護委員会は、本日、勧告を行った。\n" * 40
    doc = tokenizer(text)
    assert doc.text == text
    assert sum(1 for t in doc if t.text == "勧告") == 40


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_any_text_is_reproduced(text: str) -> None:
    doc = tokenize(text)
    assert doc.text == text
    assert [t.idx for t in doc] == doc.user_data[STARTS]


SPACES_AND_WORDS = st.text(
    alphabet=st.sampled_from(
        [*" \t\n\v\f\r\u3000\xa0\u2028\x85\x00", *"株式会社勧告あア法第1。、「」(A"]
    )
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(SPACES_AND_WORDS, st.text()), st.sampled_from([16, MAX_CHUNK]))
def test_columns_give_the_tokens_the_walk_gives(text: str, chunk: int) -> None:
    """MeCab's columns, split at C speed, give every token the token-by-token walk gives
    (the walk's lemma of a chunk's last token loses the white space fugashi strips), and
    the parser's positions are those tokens' starts and pos1."""
    tagger = Mecab(max_chunk=chunk)
    fast, walked = tagger.tokens(text), tagger.walk(text)
    assert (fast.words, fast.spaces, fast.starts) == (walked.words, walked.spaces, walked.starts)
    assert (fast.coarse, fast.tags) == (walked.coarse, walked.tags)
    assert [m.rstrip() for m in fast.lemmas] == [m.rstrip() for m in walked.lemmas]
    starts, pos = tagger.positions(text)
    assert (starts, pos) == (walked.starts, dict(zip(walked.starts, walked.coarse, strict=True)))


@settings(max_examples=200, deadline=None)
@given(st.one_of(SPACES_AND_WORDS, st.text()))
def test_positions_without_left_ids_read_each_pos1(text: str) -> None:
    """A dictionary without left-id.def: MeCab prints every token's pos1 itself, and the
    positions are still the walk's."""
    tagger = Mecab()
    tagger._pos_by_id = {}  # as pos_by_left_id finds no file
    walked = tagger.walk(text)
    starts, pos = tagger.positions(text)
    assert (starts, pos) == (walked.starts, dict(zip(walked.starts, walked.coarse, strict=True)))


LEFT_IDS = [
    (None, {}),
    (
        "0 BOS/EOS,*,*\n12 名詞,普通名詞,一般\n",
        {"0": "BOS/EOS", "12": "名詞", "BOS/EOS": "BOS/EOS", "名詞": "名詞"},
    ),
    ("# a comment\n7 助詞,格助詞\n\n", {"7": "助詞", "助詞": "助詞"}),
]


@pytest.mark.parametrize(("text", "expected"), LEFT_IDS, ids=["no-file", "ids", "other-lines"])
def test_pos_by_left_id_reads_the_first_feature(
    tmp_path: Path, text: str | None, expected: dict[str, str]
) -> None:
    if text is not None:
        (tmp_path / "left-id.def").write_text(text, encoding="utf-8")
    assert pos_by_left_id(tmp_path) == expected
