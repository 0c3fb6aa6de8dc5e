"""fugashi + unidic-lite as a spaCy tokenizer registered by name.

`doc.text == text` always holds (else SHOBUN-E030): fugashi drops white space, so the
tokenizer walks the text and puts back every space as spaCy expects. fugashi is fed
bounded chunks split at line breaks, since it fails on single strings of about 2 MB.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

import fugashi
import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from shobun.errors import ShobunError

TOKENIZER_NAME = "shobun.FugashiTokenizer.v1"
MAX_CHUNK = 100_000


class FugashiTokenizer:
    """Callable spaCy tokenizer: tag_ is the UniDic POS (pos1,pos2), lemma_ the lemma."""

    def __init__(self, vocab: Vocab, max_chunk: int = MAX_CHUNK) -> None:
        self.vocab = vocab
        self.max_chunk = max_chunk
        self.tagger = fugashi.Tagger()

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        tags: list[str] = []
        lemmas: list[str] = []
        for surface, tag, lemma, space in self._tokens(text):
            words.append(surface)
            spaces.append(space)
            tags.append(tag)
            lemmas.append(lemma)
        doc = Doc(self.vocab, words=words, spaces=spaces, tags=tags, lemmas=lemmas)
        if doc.text != text:
            raise ShobunError("SHOBUN-E030", "<text>", "tokens do not reproduce the input")
        return doc

    def _tokens(self, text: str) -> Iterator[tuple[str, str, str, bool]]:
        pos = 0
        for chunk_start, chunk in _chunks(text, self.max_chunk):
            for word in self.tagger(chunk):
                surface = word.surface
                at = text.find(surface, pos)
                if at < 0:  # pragma: no cover - fugashi returns slices of its input
                    raise ShobunError("SHOBUN-E030", "<text>", f"lost token {surface!r}")
                yield from _space_tokens(text[pos:at])
                feature = word.feature
                lemma = feature.lemma if getattr(feature, "lemma", None) else surface
                yield surface, f"{feature.pos1},{feature.pos2}", str(lemma), False
                pos = at + len(surface)
            if pos < chunk_start + len(chunk):
                yield from _space_tokens(text[pos : chunk_start + len(chunk)])
                pos = chunk_start + len(chunk)
        yield from _space_tokens(text[pos:])

    def to_bytes(self, **_: Any) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **_: Any) -> FugashiTokenizer:
        return self

    def to_disk(self, _path: Any, **_: Any) -> None:
        return None

    def from_disk(self, _path: Any, **_: Any) -> FugashiTokenizer:
        return self


def _space_tokens(gap: str) -> Iterator[tuple[str, str, str, bool]]:
    """White space between tokens, as spaCy whitespace tokens."""
    if gap:
        yield gap, "空白,*", gap, False


def _chunks(text: str, size: int) -> Iterator[tuple[int, str]]:
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n", start, end)
            end = cut + 1 if cut > start else end
        yield start, text[start:end]
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
