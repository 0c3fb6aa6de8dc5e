"""fugashi + unidic-lite tokens without spaCy: what the parser's stages read.

Importing spaCy costs about 0.4 s, more than parsing a notice; the stages need only each
token's offset and coarse part of speech, so `shobun parse` (and ingest) tokenise here
and never import spaCy. `parser.tokenize` builds spaCy Docs from the same tokens, with
their tags and lemmas (`Mecab(full=True)`).

Every character of the text is in a token or is a single space after one, as spaCy
expects (else SHOBUN-E030): fugashi drops white space, so the walk puts it back. fugashi
is fed bounded chunks split at line breaks, since it fails on single strings of about
2 MB.

MeCab prints every field of every token, and the white space it skipped before each
(`%pS`), separated by one control character: one `str.split` and a few slices give the
columns, and the offsets are running sums of lengths, without a Python step per token
(tokenising was a quarter of the parse when each token's line was split and searched
for). Where that output does not spell the chunk exactly, or the chunk holds the
separator itself, the chunk is walked token by token as before (`_walk`): the tokens
are the same either way.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, chain, compress, repeat
from typing import TypeVar

import fugashi

from shobun.core.errors import ShobunError

MAX_CHUNK = 100_000
SEP = "\x1f"  # between MeCab's fields; a chunk holding it is walked (`_walk`)
# Each token as its preceding white space, surface, pos1[, pos2, lemma]; UniDic's lemma
# is feature 7, the surface for unknown words; -O "" lets -F apply with UniDic's dicrc.
# The end of the text is "#", so that fugashi strips nothing off the last token.
_FULL = ("%pS", "%m", "%f[0]", "%f[1]")
FULL_FORMAT = f'-O "" -F {SEP.join(_FULL)}{SEP}%f[7]{SEP} -U {SEP.join(_FULL)}{SEP}%m{SEP} -E "#"'
LIGHT_FORMAT = f'-O "" -F %pS{SEP}%m{SEP}%f[0]{SEP} -U %pS{SEP}%m{SEP}%f[0]{SEP} -E "#"'
# One line per token for the walk: surface, pos1,pos2 and lemma
WALK_FORMAT = r'-O "" -F %m\\t%f[0],%f[1]\\t%f[7]\\n -U %m\\t%f[0],%f[1]\\t%m\\n -E ""'
SPACE_TAG = "空白,*"
_T = TypeVar("_T")


@dataclass
class Tokens:
    """The tokens of one text, column by column; `spaces[i]`: a space follows token i.
    `tags` and `lemmas` are filled by a full tagger only (`Mecab(full=True)`)."""

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


@dataclass(frozen=True)
class _Columns:
    """One chunk's tokens as MeCab printed them: the white space skipped before each,
    the surfaces, and the other columns (pos1; for a full tagger also tags and lemmas)."""

    before: list[str]
    words: list[str]
    rest: list[list[str]]


class Mecab:
    """MeCab with UniDic, turning text into `Tokens`."""

    def __init__(self, max_chunk: int = MAX_CHUNK, full: bool = True) -> None:
        self.max_chunk = max_chunk
        self.full = full
        self.tagger = fugashi.Tagger(FULL_FORMAT if full else LIGHT_FORMAT)
        self._walker: fugashi.GenericTagger | None = None

    def tokens(self, text: str) -> Tokens:
        out = Tokens()
        offset = 0
        for chunk in chunks(text, self.max_chunk):
            cols = None if "\x00" in chunk else self._columns(chunk)
            if cols is None:
                self._walk(chunk, offset, out)
            else:
                _place(chunk, offset, cols, out)
            offset += len(chunk)
        if not self.full:  # what `_gap` and `_walk` added
            out.tags.clear()
            out.lemmas.clear()
        if sum(map(len, out.words)) + sum(out.spaces) != len(text):
            raise ShobunError("SHOBUN-E030", "<text>", "tokens do not reproduce the input")
        return out

    def _columns(self, chunk: str) -> _Columns | None:
        """The columns of MeCab's output, if they spell `chunk` exactly (white space and
        surfaces in turn, then at most trailing white space MeCab does not print)."""
        if SEP in chunk:
            return None
        flat = self.tagger.parse(chunk).split(SEP)
        width = 5 if self.full else 3
        if flat[-1] != "#" or len(flat) % width != 1:
            return None
        before, words = flat[0:-1:width], flat[1:-1:width]
        spelled = "".join(_pairs(before, words))
        if not chunk.startswith(spelled) or "" in words or chunk[len(spelled) :].strip(" \t\n\v"):
            return None
        if any(words[i][0] in before[i] for i in compress(range(len(before)), before)):
            return None  # a surface starting in the space before it: let `find` say where
        coarse = flat[2:-1:width]
        if not self.full:
            return _Columns(before, words, [coarse])
        tags = [f"{c},{p or '*'}" for c, p in zip(coarse, flat[3:-1:width], strict=True)]
        lemmas = [m if m and m != "*" else w for w, m in zip(words, flat[4:-1:width], strict=True)]
        return _Columns(before, words, [coarse, tags, lemmas])

    def walk(self, text: str) -> Tokens:
        """The same tokens found the slow way, each surface searched for in turn (what
        `tokens` does where MeCab's columns do not spell the text); for the tests."""
        out = Tokens()
        offset = 0
        for chunk in chunks(text, self.max_chunk):
            self._walk(chunk, offset, out)
            offset += len(chunk)
        if not self.full:
            out.tags.clear()
            out.lemmas.clear()
        return out

    def _walk(self, chunk: str, offset: int, out: Tokens) -> None:
        """Tokens of one chunk read line by line, each surface searched for after the
        last; white space MeCab skipped is put back."""
        # MeCab reads a C string: a NUL would end it, so it sees a space there instead
        fed = chunk.replace("\x00", " ")
        if self._walker is None:
            self._walker = fugashi.Tagger(WALK_FORMAT)
        pos = 0
        for line in self._walker.parse(fed).split("\n"):
            if not line:
                continue
            parts = line.split("\t")  # fugashi strips the last line's trailing spaces (U+00A0)
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
            out.add(surface, offset + at, tag, surface if lemma in ("*", "") else lemma)
            pos = at + len(surface)
        if pos < len(chunk):
            _gap(chunk[pos:], offset + pos, out)


def _place(chunk: str, offset: int, cols: _Columns, out: Tokens) -> None:
    """Append one chunk's columns to `out`. The white space before a token is a token
    of its own (`_gap`), or a single space after the token before it; offsets are
    running sums of the lengths. Each column is built by C-level iteration (zip,
    compress, accumulate), interleaving white space and tokens."""
    before, n = cols.before, len(cols.words)
    trailing = [False] * n  # a single space after token i, not a token of its own
    kept = list(map(bool, before))
    for i in compress(range(n), map(" ".__eq__, before)):
        if i == 0 and out.words and not out.spaces[-1] and not out.words[-1].isspace():
            out.spaces[-1], kept[0] = True, False
        elif i > 0 and not cols.words[i - 1].isspace():
            trailing[i - 1], kept[i] = True, False
    mask = list(chain.from_iterable(zip(kept, repeat(True))))
    ends = accumulate(map(len, _pairs(before, cols.words)), initial=offset)
    out.starts.extend(compress(ends, mask))
    out.words.extend(compress(_pairs(before, cols.words), mask))
    out.spaces.extend(compress(_pairs(repeat(False), trailing), mask))
    width = len(cols.rest)
    gap_columns = (repeat(SPACE_TAG.split(",")[0]), repeat(SPACE_TAG), before)[:width]
    for column, gaps, source in zip(_rest(out, width), gap_columns, cols.rest, strict=True):
        column.extend(compress(_pairs(gaps, source), mask))
    end = sum(map(len, before)) + sum(map(len, cols.words))
    if end < len(chunk):
        _gap(chunk[end:], offset + end, out)


def _pairs(gaps: Iterable[_T], tokens: Iterable[_T]) -> Iterator[_T]:
    """The white space before each token, then the token."""
    return chain.from_iterable(zip(gaps, tokens, strict=False))  # `gaps` may repeat()


def _rest(out: Tokens, width: int) -> tuple[list[str], ...]:
    return (out.coarse, out.tags, out.lemmas)[:width]


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
    """The parser's own tagger, made once per process: offsets and pos1 only."""
    return Mecab(full=False)


def tokens(text: str) -> Tokens:
    return shared().tokens(text)
