"""fugashi + unidic-lite as a spaCy tokenizer registered by name.

`doc.text == text` always holds (else SHOBUN-E030). The tokens are `parser.mecab`'s,
which the parser's stages read without spaCy; this module is for the spaCy pipeline
(`shobun.load()`, the `shobun_notice` component) and imports spaCy.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, cast

import numpy
import spacy
from spacy.attrs import LEMMA, TAG
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab
from thinc.types import Ints2d

from shobun.parser.mecab import MAX_CHUNK, Mecab

TOKENIZER_NAME = "shobun.FugashiTokenizer.v1"
STARTS = "shobun.token_starts"  # doc.user_data: each token's character offset
COARSE = "shobun.coarse_pos"  # doc.user_data: each token's UniDic pos1 (名詞, 助詞 …)


class FugashiTokenizer:
    """Callable spaCy tokenizer: tag_ is the UniDic POS (pos1,pos2), lemma_ the lemma;
    `doc.user_data` also holds each token's offset and pos1 for the stages after it."""

    def __init__(self, vocab: Vocab, max_chunk: int = MAX_CHUNK) -> None:
        self.vocab = vocab
        self.max_chunk = max_chunk
        self.mecab = Mecab(max_chunk)
        self._hashes: dict[str, int] = {}

    def _hash(self, text: str) -> int:
        value = self._hashes.get(text)
        if value is None:
            value = self._hashes[text] = self.vocab.strings.add(text)
        return value

    def __call__(self, text: str) -> Doc:
        out = self.mecab.tokens(text)
        doc = Doc(self.vocab, words=out.words, spaces=out.spaces)
        if out.words:  # set through hashes: Doc(tags=, lemmas=) interns every string anew
            for new in set(out.tags).union(out.lemmas).difference(self._hashes):
                self._hash(new)
            known = self._hashes.__getitem__  # then looked up at C speed, token by token
            hashes = [list(map(known, out.tags)), list(map(known, out.lemmas))]
            ids = numpy.array(hashes, dtype=numpy.uint64).T
            doc.from_array([TAG, LEMMA], cast(Ints2d, ids))
        doc.user_data[STARTS] = out.starts
        doc.user_data[COARSE] = out.coarse
        return doc

    def __reduce__(self) -> tuple[type[FugashiTokenizer], tuple[Vocab, int]]:
        """Pickled as its settings (the MeCab tagger is a C object): spaCy sends the
        pipeline to worker processes this way for `nlp.pipe(n_process=…)` under spawn."""
        return (FugashiTokenizer, (self.vocab, self.max_chunk))

    def to_bytes(self, **_: Any) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **_: Any) -> FugashiTokenizer:
        return self

    def to_disk(self, _path: Any, **_: Any) -> None:
        return None

    def from_disk(self, _path: Any, **_: Any) -> FugashiTokenizer:
        return self


@registry.tokenizers(TOKENIZER_NAME)  # type: ignore[untyped-decorator]
def create_fugashi_tokenizer(max_chunk: int = MAX_CHUNK) -> Callable[[Language], FugashiTokenizer]:
    def factory(nlp: Language) -> FugashiTokenizer:
        return FugashiTokenizer(nlp.vocab, max_chunk)

    return factory


def blank() -> Language:
    """A new blank Japanese pipeline with the fugashi tokenizer (no SudachiPy)."""
    config = {"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME}}}
    nlp = spacy.blank("ja", config=config)
    # spaCy's 1 M-character guard is for its parser and NER, which this pipeline lacks;
    # the reader's size limit (20 MB by default) is the one that holds here
    nlp.max_length = 10**9
    return nlp


@lru_cache(maxsize=1)
def japanese() -> Language:
    """The parser's own shared pipeline: the tokenizer alone (`shobun.load()` builds
    another, with the notice component, so the parser never runs through it)."""
    return blank()


def tokenize(text: str) -> Doc:
    return japanese()(text)
