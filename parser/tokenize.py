"""fugashi + unidic-lite as a spaCy tokenizer registered by name.

`doc.text == text` always holds (else SHOBUN-E030): fugashi drops white space, so the
tokenizer walks the text and puts back every space as spaCy expects. fugashi is fed
bounded chunks split at line breaks, since it fails on single strings of about 2 MB.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
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

from shobun.core.errors import ShobunError

TOKENIZER_NAME = "shobun.FugashiTokenizer.v1"
MAX_CHUNK = 100_000
# MeCab prints each token as surface, pos1,pos2 and lemma (UniDic feature 7; the surface
# for unknown words); -O "" lets -F apply with UniDic's dicrc.
MECAB_FORMAT = r'-O "" -F %m\\t%f[0],%f[1]\\t%f[7]\\n -U %m\\t%f[0],%f[1]\\t%m\\n -E ""'
STARTS = "shobun.token_starts"  # doc.user_data: each token's character offset
COARSE = "shobun.coarse_pos"  # doc.user_data: each token's UniDic pos1 (名詞, 助詞 …)


@dataclass
class _Out:
    """What the tokenizer collects, token by token, for one Doc."""

    words: list[str] = field(default_factory=list)
    spaces: list[bool] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    coarse: list[str] = field(default_factory=list)
    tags: list[int] = field(default_factory=list)  # string-store hashes
    lemmas: list[int] = field(default_factory=list)


class FugashiTokenizer:
    """Callable spaCy tokenizer: tag_ is the UniDic POS (pos1,pos2), lemma_ the lemma;
    `doc.user_data` also holds each token's offset and pos1 for the stages after it."""

    def __init__(self, vocab: Vocab, max_chunk: int = MAX_CHUNK) -> None:
        self.vocab = vocab
        self.max_chunk = max_chunk
        self.tagger = fugashi.Tagger(MECAB_FORMAT)
        self._hashes: dict[str, int] = {}
        self._space = self._hash("空白,*")

    def _hash(self, text: str) -> int:
        value = self._hashes.get(text)
        if value is None:
            value = self._hashes[text] = self.vocab.strings.add(text)
        return value

    def __call__(self, text: str) -> Doc:
        out = _Out()
        offset = 0
        for chunk in _chunks(text, self.max_chunk):
            self._add(chunk, offset, out)
            offset += len(chunk)
        if sum(map(len, out.words)) + sum(out.spaces) != len(text):
            raise ShobunError("SHOBUN-E030", "<text>", "tokens do not reproduce the input")
        doc = Doc(self.vocab, words=out.words, spaces=out.spaces)
        if out.words:  # set through hashes: Doc(tags=, lemmas=) interns every string anew
            ids = numpy.array([out.tags, out.lemmas], dtype=numpy.uint64).T
            doc.from_array([TAG, LEMMA], cast(Ints2d, ids))
        doc.user_data[STARTS] = out.starts
        doc.user_data[COARSE] = out.coarse
        return doc

    def _add(self, chunk: str, offset: int, out: _Out) -> None:
        """Tokens of one chunk, from MeCab's own formatted output (one C call per
        chunk instead of a Python object per token); white space MeCab skipped
        becomes spaCy's own."""
        pos = 0
        hashes = self._hashes
        # MeCab reads a C string: a NUL would end it, so it sees a space there instead
        for line in self.tagger.parse(chunk.replace("\x00", " ")).split("\n"):
            if not line:
                continue
            parts = line.split("\t")  # MeCab omits empty trailing fields (U+00A0)
            surface = parts[0]
            tag = parts[1] if len(parts) > 1 else "補助記号,*"
            lemma = parts[2] if len(parts) > 2 else ""
            at = chunk.find(surface, pos)
            if at < 0:
                raise ShobunError("SHOBUN-E030", "<text>", f"lost token {surface!r}")
            if at > pos:
                self._gap(chunk[pos:at], offset + pos, out)
            if lemma in ("*", ""):
                lemma = surface
            if tag.endswith(","):
                tag += "*"
            out.words.append(surface)
            out.spaces.append(False)
            out.starts.append(offset + at)
            out.coarse.append(tag[: tag.index(",")])
            out.tags.append(hashes.get(tag) or self._hash(tag))
            out.lemmas.append(hashes.get(lemma) or self._hash(lemma))
            pos = at + len(surface)
        if pos < len(chunk):
            self._gap(chunk[pos:], offset + pos, out)

    def _gap(self, gap: str, start: int, out: _Out) -> None:
        """White space between tokens: a single space trails the token before it, any
        other run is a whitespace token of its own (spaCy's convention)."""
        if gap == " " and out.words and not out.spaces[-1] and not out.words[-1].isspace():
            out.spaces[-1] = True
            return
        out.words.append(gap)
        out.spaces.append(False)
        out.starts.append(start)
        out.coarse.append("空白")
        out.tags.append(self._space)
        out.lemmas.append(self._hash(gap))

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
