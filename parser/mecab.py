"""fugashi + unidic-lite tokens without spaCy: what the parser's stages read.

Importing spaCy costs about 0.4 s, more than parsing a notice; the stages need only each
token's offset and coarse part of speech (`positions`), so `shobun parse` (and ingest)
tokenise here and never import spaCy. `parser.tokenize` builds spaCy Docs from the same
tokens with their tags and lemmas (`tokens`).

Every character of the text is in a token or is a single space after one, as spaCy
expects (else SHOBUN-E030): fugashi drops white space, so it is put back. fugashi is fed
bounded chunks split at line breaks, since it fails on single strings of about 2 MB.

MeCab prints each token's fields and the white space it skipped before the token
(`%pS`), all separated by one control character: one `str.split` and a few slices give
the columns, and the offsets are running sums of lengths, with no Python step per token
(tokenising was a quarter of the parse when each token's line was split and searched
for). Where those columns do not spell the chunk exactly, or the chunk holds the
separator or a NUL, the chunk is walked token by token (`walk`): the tokens are the
same either way. The parser's positions (`positions`) need less: each token's white
space and surface as one piece (%M) and a number naming its pos1, two fields a token;
the few pieces that begin with white space are found from the text's own white space.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, chain, compress, repeat
from pathlib import Path
from typing import TypeVar, cast

import fugashi

from shobun.core.errors import ShobunError

MAX_CHUNK = 100_000
SEP = "\x1f"  # between MeCab's fields; a chunk holding it is walked
# Each token as the white space before it, surface, pos1[, pos2, lemma]; UniDic's lemma
# is feature 7, the surface for unknown words; -O "" lets -F apply with UniDic's dicrc.
# The output ends in "#", so that fugashi strips nothing off the last token.
_KNOWN, _UNKNOWN = ("%pS", "%m", "%f[0]", "%f[1]", "%f[7]"), ("%pS", "%m", "%f[0]", "%f[1]", "%m")


def _format(known: tuple[str, ...], unknown: tuple[str, ...]) -> str:
    k, u = (SEP.join(fields) + SEP for fields in (known, unknown))
    return f'-O "" -F {k} -U {u} -E "#"'


FULL = 5  # the fields of `tokens`
# `positions` reads two fields a token: the white space before it and its surface in one
# (%M), and a known word's left context id (%phl), whose pos1 the dictionary's
# left-id.def names: MeCab prints an id for much less than it spends cutting %f[0] out
# of each token's features (a quarter of its time). An unknown word's id need not match
# its features (unk.def), so it prints its pos1; so does every word where the
# dictionary has no left-id.def (`_POS1`).
_BY_ID, _POS1 = 1, 2
# One line per token for the walk: surface, pos1,pos2 and lemma
WALK_FORMAT = r'-O "" -F %m\\t%f[0],%f[1]\\t%f[7]\\n -U %m\\t%f[0],%f[1]\\t%m\\n -E ""'
WALK = 0
_FORMATS = {
    FULL: _format(_KNOWN, _UNKNOWN),
    _BY_ID: _format(("%M", "%phl"), ("%M", "%f[0]")),
    _POS1: _format(("%M", "%f[0]"), ("%M", "%f[0]")),
    WALK: WALK_FORMAT,
}
SPACE_TAG = "空白,*"
SPACE_POS = "空白"
_SKIPPED = " \t\n\v"  # what MeCab skips as white space (UniDic's SPACE class)
_T = TypeVar("_T")


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


@dataclass(frozen=True)
class _Columns:
    """One chunk's tokens as MeCab printed them: the white space skipped before each,
    the surfaces, and the other fields (pos1, then pos2 and lemma if asked for)."""

    before: list[str]
    words: list[str]
    rest: list[list[str]]

    def ends(self, offset: int) -> list[int]:
        """Where each piece ends, white space and token in turn, after `offset`."""
        return list(accumulate(map(len, _pairs(self.before, self.words)), initial=offset))

    def kept(self, joined: bool) -> tuple[list[bool], list[int]]:
        """Which white space before a token is a token of its own: all but a single
        space after a token that is not white space itself, which trails that token
        (for the first token, if `joined`: the chunk before ended in such a token).
        Also the tokens whose white space trails the token before."""
        out = list(map(bool, self.before))
        trailing = []
        for i in compress(range(len(out)), map(" ".__eq__, self.before)):
            if joined if i == 0 else not self.words[i - 1].isspace():
                out[i] = False
                trailing.append(i)
        return out, trailing


_BLOCK_END = re.compile(r"\n(?=[^ \t\n\v])")  # a line break before a line's first word


class Positions:
    """Token starts and their pos1 over a text, from `tokenise` (`positions`), block by
    block on first use: only a name that must be cut at a part of speech (a particle
    after its legal form, a name walked back from the form) asks, and only its block is
    tokenised — a line, with the white space after it (MeCab reads a line as a sentence).
    `pos_at` answers for any offset of the text, tokenising the block that holds it."""

    def __init__(self, text: str, tokenise: Callable[[str], tuple[list[int], dict[int, str]]]):
        self.text = text
        self.tokenise = tokenise
        self._cuts: list[int] = []  # where each block starts, then the text's end
        self._starts: dict[int, list[int]] = {}  # by block
        self._pos: dict[int, str] = {}
        self.pos_at = PosAt(self)

    def block(self, at: int) -> int:
        """The block holding offset `at`, tokenised."""
        if not self._cuts:
            self._cuts = [0, *(m.end() for m in _BLOCK_END.finditer(self.text)), len(self.text)]
        b = bisect_right(self._cuts, at) - 1
        if b not in self._starts:
            lo = self._cuts[b]
            starts, pos = self.tokenise(self.text[lo : self._cuts[b + 1]])
            self._starts[b] = [lo + s for s in starts]
            self._pos.update((lo + s, p) for s, p in pos.items())
        return b

    def surface_at(self, start: int) -> str | None:
        """The token that starts at `start`, if one does."""
        if start not in self.pos_at:
            return None
        b = self.block(start)
        starts = self._starts[b]
        i = bisect_left(starts, start)
        end = starts[i + 1] if i + 1 < len(starts) else self._cuts[b + 1]
        return self.text[start:end]


class PosAt:
    """pos1 by token start, as a read-only mapping that tokenises a block when asked."""

    def __init__(self, tokens: Positions) -> None:
        self._tokens = tokens

    def get(self, at: int, default: str | None = None) -> str | None:
        if 0 <= at < len(self._tokens.text):
            self._tokens.block(at)
        return self._tokens._pos.get(at, default)

    def __contains__(self, at: object) -> bool:
        return isinstance(at, int) and self.get(at) is not None


class Mecab:
    """MeCab with UniDic, turning text into `Tokens` or token positions."""

    def __init__(self, max_chunk: int = MAX_CHUNK) -> None:
        self.max_chunk = max_chunk
        self._taggers: dict[int, fugashi.Tagger] = {}
        self._pos_by_id: dict[str, str] | None = None

    def _tagger(self, kind: int) -> fugashi.Tagger:
        """The tagger printing `_FORMATS[kind]`, made on first use."""
        if kind not in self._taggers:
            self._taggers[kind] = fugashi.Tagger(_FORMATS[kind])
        return self._taggers[kind]

    def _pos_table(self) -> dict[str, str]:
        """pos1 by what `positions`' tagger prints: a left context id or a pos1 ({}
        where the dictionary has no left-id.def: then MeCab prints every pos1)."""
        if self._pos_by_id is None:
            info = self._tagger(_BY_ID).dictionary_info
            self._pos_by_id = pos_by_left_id(Path(info[0]["filename"]).parent) if info else {}
        return self._pos_by_id

    def tokens(self, text: str) -> Tokens:
        out = Tokens()
        offset = 0
        for chunk in chunks(text, self.max_chunk):
            cols = self._columns(chunk, FULL)
            if cols is None:
                self._walk(chunk, offset, out)
            else:
                _place(chunk, offset, cols, out)
            offset += len(chunk)
        if sum(map(len, out.words)) + sum(out.spaces) != len(text):
            raise ShobunError("SHOBUN-E030", "<text>", "tokens do not reproduce the input")
        return out

    def positions(self, text: str) -> tuple[list[int], dict[int, str]]:
        """Each token's start, in order, and its pos1 by start: `tokens(text).starts`
        and their `coarse`, without words, tags or lemmas."""
        found = self._pieces(text) if len(text) <= self.max_chunk else None
        gaps = _gaps(text, found[0], found[2]) if found is not None else None
        if found is None or gaps is None:
            out = self.tokens(text)
            return out.starts, dict(zip(out.starts, out.coarse, strict=True))
        starts, pos, _ = found
        by_start = dict(zip(starts, pos, strict=True))
        by_start.update(zip(gaps, repeat(SPACE_POS)))
        return sorted(starts + gaps), by_start

    def _pieces(self, text: str) -> tuple[list[int], list[str], int] | None:
        """Where each of MeCab's pieces (white space and surface) starts, each token's
        pos1, and how much of `text` the pieces spell; None where they do not spell it
        (then at most white space MeCab does not print follows)."""
        if SEP in text or "\x00" in text:
            return None
        table = self._pos_table()
        flat = self._tagger(_BY_ID if table else _POS1).parse(text).split(SEP)
        if flat[-1] != "#" or len(flat) % 2 != 1:
            return None
        pieces = flat[0:-1:2]
        spelled = "".join(pieces)
        if not text.startswith(spelled) or "" in pieces or text[len(spelled) :].strip(_SKIPPED):
            return None
        pos = list(map(table.get, flat[1:-1:2])) if table else flat[1:-1:2]
        if None in pos:
            return None  # an id the table lacks: the text is walked
        starts = list(accumulate(map(len, pieces), initial=0))
        starts.pop()
        return starts, cast(list[str], pos), len(spelled)

    def walk(self, text: str) -> Tokens:
        """`tokens(text)` found the slow way, each surface searched for in turn (what
        `tokens` does where MeCab's columns do not spell a chunk); for the tests."""
        out = Tokens()
        offset = 0
        for chunk in chunks(text, self.max_chunk):
            self._walk(chunk, offset, out)
            offset += len(chunk)
        return out

    def _columns(self, chunk: str, width: int) -> _Columns | None:
        """The columns of MeCab's output, if they spell `chunk` exactly (white space and
        surfaces in turn, then at most trailing white space MeCab does not print)."""
        if SEP in chunk or "\x00" in chunk:
            return None
        flat = self._tagger(width).parse(chunk).split(SEP)
        if flat[-1] != "#" or len(flat) % width != 1:
            return None
        before, words = flat[0:-1:width], flat[1:-1:width]
        spelled = "".join(_pairs(before, words))
        if not chunk.startswith(spelled) or "" in words or chunk[len(spelled) :].strip(_SKIPPED):
            return None
        if any(words[i][0] in before[i] for i in compress(range(len(before)), before)):
            return None  # a surface starting in the space before it: let `find` say where
        coarse = flat[2:-1:width]
        tags = [f"{c},{p or '*'}" for c, p in zip(coarse, flat[3:-1:width], strict=True)]
        lemmas = [m if m and m != "*" else w for w, m in zip(words, flat[4:-1:width], strict=True)]
        return _Columns(before, words, [coarse, tags, lemmas])

    def _walk(self, chunk: str, offset: int, out: Tokens) -> None:
        """Tokens of one chunk read line by line, each surface searched for after the
        last; white space MeCab skipped is put back."""
        pos = 0
        # MeCab reads a C string: a NUL would end it, so it sees a space there instead
        for line in self._tagger(WALK).parse(chunk.replace("\x00", " ")).split("\n"):
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
    """Append one chunk's columns to `out`: white space and tokens interleaved, each
    column built by C-level iteration (zip, compress, accumulate)."""
    joined = bool(out.words) and not out.spaces[-1] and not out.words[-1].isspace()
    kept, after = cols.kept(joined)
    trailing = [False] * len(kept)  # a single space after token i
    for i in after:
        if i == 0:
            out.spaces[-1] = True  # a space trailing the chunk before's last token
        else:
            trailing[i - 1] = True
    mask = list(chain.from_iterable(zip(kept, repeat(True))))
    ends = cols.ends(offset)
    out.starts.extend(compress(ends, mask))
    out.words.extend(compress(_pairs(cols.before, cols.words), mask))
    out.spaces.extend(compress(_pairs(repeat(False), trailing), mask))
    gap_columns = (repeat(SPACE_POS), repeat(SPACE_TAG), cols.before)
    for column, gaps, source in zip(
        (out.coarse, out.tags, out.lemmas), gap_columns, cols.rest, strict=True
    ):
        column.extend(compress(_pairs(gaps, source), mask))
    end = ends[-1] - offset
    if end < len(chunk):
        _gap(chunk[end:], offset + end, out)


_WHITE = re.compile(f"[{_SKIPPED}]+")


def _gaps(text: str, starts: list[int], spelled: int) -> list[int] | None:
    """Where each white-space token starts, moving the start of each piece that begins
    with white space to its surface (in `starts`); a single space after a token that is
    not white space itself trails it and is no token. None where white space is not
    wholly before one surface (MeCab's pieces are then not read this way)."""
    gaps: list[int] = []
    for run in _WHITE.finditer(text, 0, spelled):
        a, b = run.span()
        i = bisect_left(starts, a)
        if i == len(starts) or starts[i] != a or (starts[i + 1 : i + 2] or [spelled])[0] <= b:
            return None
        starts[i] = b
        if not (b - a == 1 and text[a] == " " and i > 0 and not text[starts[i - 1] : a].isspace()):
            gaps.append(a)
    last = text[starts[-1] : spelled] if starts else " "
    if spelled < len(text) and (text[spelled:] != " " or last.isspace()):
        gaps.append(spelled)
    return gaps


def _pairs(gaps: Iterable[_T], tokens: Iterable[_T]) -> Iterator[_T]:
    """The white space before each token, then the token."""
    return chain.from_iterable(zip(gaps, tokens, strict=False))  # `gaps` may repeat()


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


def pos_by_left_id(dicdir: Path) -> dict[str, str]:
    """Each left context id of the dictionary in `dicdir` → the pos1 its left-id.def line
    names (「12 名詞,普通名詞,…」), as MeCab prints ids, and each such pos1 → itself (an
    unknown word prints its pos1); {} where there is no such file."""
    try:
        lines = (dicdir / "left-id.def").read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return {}
    out: dict[str, str] = {}
    for line in lines:
        number, _, features = line.partition(" ")
        if number.isdigit() and features:
            out[number] = features.split(",", 1)[0]
    return out | {pos: pos for pos in out.values()}


@lru_cache(maxsize=1)
def shared() -> Mecab:
    """The parser's own tagger, made once per process."""
    return Mecab()


def positions(text: str) -> tuple[list[int], dict[int, str]]:
    return shared().positions(text)
