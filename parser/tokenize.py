"""fugashi + unidic-lite as a spaCy tokenizer registered by name.

`doc.text == text` always holds (else SHOBUN-E030): fugashi drops white space, so the
tokenizer walks the text and puts back every space as spaCy expects. fugashi is fed
bounded chunks split at line breaks, since it fails on single strings of about 2 MB.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any, cast

import fugashi
import numpy
import spacy
from spacy.attrs import LEMMA, TAG
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab
from thinc.types import Ints2d

from shobun.errors import ShobunError

TOKENIZER_NAME = "shobun.FugashiTokenizer.v1"
MAX_CHUNK = 100_000
STARTS = "shobun.token_starts"  # doc.user_data: each token's character offset
COARSE = "shobun.coarse_pos"  # doc.user_data: each token's UniDic pos1 (名詞, 助詞 …)


class FugashiTokenizer:
    """Callable spaCy tokenizer: tag_ is the UniDic POS (pos1,pos2), lemma_ the lemma."""

    def __init__(self, vocab: Vocab, max_chunk: int = MAX_CHUNK) -> None:
        self.vocab = vocab
        self.max_chunk = max_chunk
        self.tagger = fugashi.Tagger()
        self._hashes: dict[str, int] = {}

    def _hash(self, text: str) -> int:
        value = self._hashes.get(text)
        if value is None:
            value = self._hashes[text] = self.vocab.strings.add(text)
        return value

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        tags: list[str] = []
        lemmas: list[str] = []
        for chunk in _chunks(text, self.max_chunk):
            self._add(chunk, words, spaces, tags, lemmas)
        if sum(map(len, words)) + sum(spaces) != len(text):
            raise ShobunError("SHOBUN-E030", "<text>", "tokens do not reproduce the input")
        doc = Doc(self.vocab, words=words, spaces=spaces)
        if words:  # set through hashes: Doc(tags=, lemmas=) interns every string anew
            hashes = [[self._hash(t) for t in tags], [self._hash(lem) for lem in lemmas]]
            doc.from_array([TAG, LEMMA], cast(Ints2d, numpy.array(hashes, dtype=numpy.uint64).T))
        starts = [0]
        for word, space in zip(words, spaces, strict=True):
            starts.append(starts[-1] + len(word) + space)
        doc.user_data[STARTS] = starts[:-1]
        doc.user_data[COARSE] = [tag[: tag.index(",")] for tag in tags]
        return doc

    def _add(
        self, chunk: str, words: list[str], spaces: list[bool], tags: list[str], lemmas: list[str]
    ) -> None:
        """Tokens of one chunk; white space fugashi skipped becomes spaCy's own."""
        pos = 0
        for word in self.tagger(chunk):
            surface = word.surface
            at = pos + len(word.white_space)
            if chunk.startswith(surface, at):
                _gap(chunk[pos:at], words, spaces, tags, lemmas)
            else:  # pragma: no cover - fugashi returns slices of its input
                at = chunk.find(surface, pos)
                if at < 0:
                    raise ShobunError("SHOBUN-E030", "<text>", f"lost token {surface!r}")
                _gap(chunk[pos:at], words, spaces, tags, lemmas)
            fields = word.feature_raw.split(",", 8)
            words.append(surface)
            spaces.append(False)
            tags.append(f"{fields[0]},{fields[1] if len(fields) > 1 else '*'}")
            lemma = fields[7] if len(fields) > 7 else "*"
            lemmas.append(surface if lemma in ("*", "") else lemma)
            pos = at + len(surface)
        _gap(chunk[pos:], words, spaces, tags, lemmas)

    def to_bytes(self, **_: Any) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **_: Any) -> FugashiTokenizer:
        return self

    def to_disk(self, _path: Any, **_: Any) -> None:
        return None

    def from_disk(self, _path: Any, **_: Any) -> FugashiTokenizer:
        return self


def _gap(
    gap: str, words: list[str], spaces: list[bool], tags: list[str], lemmas: list[str]
) -> None:
    """White space between tokens: a single space trails the token before it, any
    other run is a whitespace token of its own (spaCy's convention)."""
    if not gap:
        return
    if gap == " " and words and not spaces[-1] and not words[-1].isspace():
        spaces[-1] = True
        return
    words.append(gap)
    spaces.append(False)
    tags.append("空白,*")
    lemmas.append(gap)


def _chunks(text: str, size: int) -> Iterator[str]:
    """Pieces of at most `size` characters, cut after a line break where there is one."""
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n", start, end)
            end = cut + 1 if cut > start else end
        yield text[start:end]
        start = end


@registry.tokenizers(TOKENIZER_NAME)  # type: ignore[untyped-decorator]
def create_fugashi_tokenizer(max_chunk: int = MAX_CHUNK) -> Callable[[Language], FugashiTokenizer]:
    def factory(nlp: Language) -> FugashiTokenizer:
        return FugashiTokenizer(nlp.vocab, max_chunk)

    return factory


@lru_cache(maxsize=1)
def japanese() -> Language:
    """The shared blank Japanese pipeline with the fugashi tokenizer (no SudachiPy)."""
    config = {"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME}}}
    return spacy.blank("ja", config=config)


def tokenize(text: str) -> Doc:
    return japanese()(text)
