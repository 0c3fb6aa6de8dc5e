"""fugashi + unidic-lite tokens without spaCy: what the parser's stages read.

Importing spaCy costs about 0.4 s, more than parsing a notice; the stages need only each
token's offset and coarse part of speech, so `shobun parse` (and ingest) tokenise here
and never import spaCy. `parser.tokenize` builds spaCy Docs from the same tokens.

Every character of the text is in a token or is a single space after one, as spaCy
expects (else SHOBUN-E030): fugashi drops white space, so the walk puts it back. fugashi
is fed bounded chunks split at line breaks, since it fails on single strings of about
2 MB.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

import fugashi

from shobun.core.errors import ShobunError

MAX_CHUNK = 100_000
# MeCab prints each token as surface, pos1,pos2 and lemma (UniDic feature 7; the surface
# for unknown words); -O "" lets -F apply with UniDic's dicrc.
MECAB_FORMAT = r'-O "" -F %m\\t%f[0],%f[1]\\t%f[7]\\n -U %m\\t%f[0],%f[1]\\t%m\\n -E ""'
SPACE_TAG = "空白,*"


@dataclass
class Tokens:
    """The tokens of one text, column by column; `spaces[i]`: a space follows token i."""

    words: list[str] = field(default_factory=list)
    spaces: list[bool] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    coarse: list[str] = field(default_factory=list)  # UniDic pos1 (名詞, 助詞 …)
    tags: list[str] = field(default_factory=list)  # UniDic pos1,pos2
    lemmas: list[str] = field(default_factory=list)

    def add(self, word: str, start: int, tag: str, lemma: str) -> None:
        self.words.append(word)
        self.spaces.append(False)
        self.starts.append(start)
        self.coarse.append(tag[: tag.index(",")])
        self.tags.append(tag)
        self.lemmas.append(lemma)


class Mecab:
    """MeCab with UniDic, turning text into `Tokens`."""

    def __init__(self, max_chunk: int = MAX_CHUNK) -> None:
        self.max_chunk = max_chunk
        self.tagger = fugashi.Tagger(MECAB_FORMAT)

    def tokens(self, text: str) -> Tokens:
        out = Tokens()
        offset = 0
        for chunk in chunks(text, self.max_chunk):
            self._add(chunk, offset, out)
            offset += len(chunk)
        if sum(map(len, out.words)) + sum(out.spaces) != len(text):
            raise ShobunError("SHOBUN-E030", "<text>", "tokens do not reproduce the input")
        return out

    def _add(self, chunk: str, offset: int, out: Tokens) -> None:
        """Tokens of one chunk, from MeCab's own formatted output (one C call per
        chunk instead of a Python object per token); white space MeCab skipped is
        put back. The loop appends to the columns directly: it runs once per token."""
        pos = 0
        words, spaces, starts = out.words, out.spaces, out.starts
        coarse, tags, lemmas = out.coarse, out.tags, out.lemmas
        # MeCab reads a C string: a NUL would end it, so it sees a space there instead
        for line in self.tagger.parse(chunk.replace("\x00", " ")).split("\n"):
            if not line:
                continue
            parts = line.split("\t")  # MeCab omits empty trailing fields (U+00A0)
            surface = parts[0]
            n = len(parts)
            tag = parts[1] if n > 1 else "補助記号,*"
            lemma = parts[2] if n > 2 else ""
            at = chunk.find(surface, pos)
            if at < 0:
                raise ShobunError("SHOBUN-E030", "<text>", f"lost token {surface!r}")
            if at > pos:
                _gap(chunk[pos:at], offset + pos, out)
            if tag.endswith(","):
                tag += "*"
            words.append(surface)
            spaces.append(False)
            starts.append(offset + at)
            coarse.append(tag[: tag.index(",")])
            tags.append(tag)
            lemmas.append(surface if lemma in ("*", "") else lemma)
            pos = at + len(surface)
        if pos < len(chunk):
            _gap(chunk[pos:], offset + pos, out)


def _gap(gap: str, start: int, out: Tokens) -> None:
    """White space between tokens: a single space trails the token before it, any other
    run is a whitespace token of its own (spaCy's convention)."""
    if gap == " " and out.words and not out.spaces[-1] and not out.words[-1].isspace():
        out.spaces[-1] = True
        return
    out.add(gap, start, SPACE_TAG, gap)


def chunks(text: str, size: int) -> Iterator[str]:
    """Pieces of at most `size` characters, cut after a line break where there is one."""
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n", start, end)
            end = cut + 1 if cut > start else end
        yield text[start:end]
        start = end


@lru_cache(maxsize=1)
def shared() -> Mecab:
    """The parser's own tagger, made once per process."""
    return Mecab()


def tokens(text: str) -> Tokens:
    return shared().tokens(text)
