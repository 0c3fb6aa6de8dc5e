"""Normalisation for matching, with an offset map back to the source.

`normalize(text)` returns a `NormText`: NFKC text with markdown marks, page furniture
(page numbers, breadcrumbs, repeated title lines) and layout white space removed, and
lines broken by PDF extraction joined again. `NormText.to_source(start, end)` maps a
span of the normalised text back to the source, so extractors match on clean text and
report in the coordinates of the text as stored.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from shobun.parser import layout, roles

_CIRCLED = {chr(0x2460 + i): f"({i + 1})" for i in range(20)}  # ① → (1)
_HALFWIDTH_MARKS = "\uff9e\uff9f"
_MD_PREFIX = re.compile(r"^(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+(?=\S))")
_MD_EMPHASIS = re.compile(r"\*\*|__")
_SPACE = " \t\u3000\u00a0"
_MD_CHARS = re.compile(r"[*_#>+\\-]")


@dataclass
class _Line:
    """One source line after NFKC, before white space and joins are decided."""

    text: str
    src: Sequence[int]  # a range where the line maps one to one
    indented: bool
    heading: bool  # a markdown heading, or a line that is bold from end to end
    bold_open: bool  # a ** block opens on this line and does not close on it


@dataclass(frozen=True)
class NormText:
    text: str
    source: str
    src: array  # type: ignore[type-arg]  # source offset of each normalised char, + end
    gaps: frozenset[int] = field(default_factory=frozenset)

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """The source span of normalised `[start, end)`."""
        if end <= start:
            pos = self.src[min(start, len(self.text))]
            return pos, pos
        s = self.src[start]
        e = self.src[end - 1] + 1
        while e < len(self.source) and _is_mark(self.source[e]):
            e += 1
        return s, e

    @cached_property
    def sorted_gaps(self) -> list[int]:
        return sorted(self.gaps)

    def gaps_between(self, lo: int, hi: int) -> list[int]:
        """The gaps at normalised positions in (lo, hi), in order."""
        gaps = self.sorted_gaps
        return gaps[bisect_right(gaps, lo) : bisect_left(gaps, hi)]

    def gap_before(self, index: int) -> bool:
        """True where white space stood in the source just before normalised `index`."""
        return index in self.gaps


def _is_mark(ch: str) -> bool:
    return ch in _HALFWIDTH_MARKS or unicodedata.combining(ch) != 0


@lru_cache(maxsize=1)
def _expanding() -> re.Pattern[str]:
    """BMP characters whose NFKC is not exactly one character (㈱ → (株), … → ...),
    circled numbers, and everything outside the BMP: lines holding none of them can
    be normalised whole, one character to one."""
    odd = [
        chr(c)
        for c in range(0x80, 0x10000)
        if not 0xD800 <= c < 0xE000 and len(unicodedata.normalize("NFKC", chr(c))) != 1
    ]
    cls = "".join(re.escape(ch) for ch in odd + list(_CIRCLED))
    return re.compile(f"[{cls}\U00010000-\U0010ffff]")


def _nfkc_all(source: str) -> str | None:
    """`source` after NFKC, where it maps one character to one (most notices): one call
    for the whole text, the same as one per line, since no character composes with a
    line break. None where some line must be read character by character."""
    if source.isascii():
        return source
    if _expanding().search(source):
        return None
    table, changed, interacting = _one_to_one()
    if not interacting.search(source):
        # NFKC itself: the few characters it changes (（, １, ：) replaced where they stand,
        # at a third of `str.translate`'s cost (a lookup that fails for every other one)
        return changed.sub(lambda m: table[m.group()], source)
    whole = unicodedata.normalize("NFKC", source)
    return whole if len(whole) == len(source) else None


@lru_cache(maxsize=1)
def _one_to_one() -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str]]:
    """NFKC character by character, and where it is not NFKC of the whole: each BMP
    character whose NFKC is one other character (（ → (, １ → 1), a class of those, and
    the characters whose decomposition begins with one that may combine with the one before
    it (a combining mark, ﾞ, the second of a composed pair, a Hangul vowel or final). A
    text without those (nor `_expanding` ones) decomposes into runs that each begin
    with a starter nothing composes with, so no reordering or composition crosses from
    one character to the next, and its NFKC is that of each character."""
    seconds = _second_of_pairs()
    table: dict[str, str] = {}
    odd: list[str] = []
    for ch in map(chr, range(0x80, 0x10000)):
        if "\ud800" <= ch <= "\udfff":
            continue
        nfkc = unicodedata.normalize("NFKC", ch)
        if len(nfkc) == 1 and nfkc != ch:
            table[ch] = nfkc
        first = unicodedata.normalize("NFKD", ch)[:1]
        if first and (unicodedata.combining(first) or ord(first) in seconds):
            odd.append(ch)
    changed = re.compile(f"[{''.join(map(re.escape, table))}]")
    return table, changed, re.compile(f"[{''.join(map(re.escape, odd))}]")


def _second_of_pairs() -> set[int]:
    """The characters that compose with a character before them: the second of each
    primary composite's pair (か + ゙ → が, e + ́ → é), and Hangul vowels and finals."""
    out = set(range(0x1161, 0x1176)) | set(range(0x11A8, 0x11C3))
    for c in range(0x80, 0x10000):
        pair = unicodedata.decomposition(chr(c)).split()
        if len(pair) != 2 or pair[0].startswith("<") or 0xD800 <= c < 0xE000:
            continue
        if unicodedata.normalize("NFC", "".join(chr(int(x, 16)) for x in pair)) == chr(c):
            out.add(int(pair[1], 16))
    return out


def _nfkc_line(line: str, offset: int) -> tuple[str, Sequence[int]]:
    """NFKC one line, remembering where each character came from."""
    if line.isascii():
        return line, range(offset, offset + len(line))
    if not _expanding().search(line):
        fast = unicodedata.normalize("NFKC", line)
        if len(fast) == len(line):  # no composition either: one to one
            return fast, range(offset, offset + len(line))
    chars: list[str] = []
    src: list[int] = []
    i = 0
    n = len(line)
    while i < n:
        j = i + 1
        while j < n and _is_mark(line[j]):
            j += 1
        cluster = line[i:j]
        out = _CIRCLED.get(cluster) or unicodedata.normalize("NFKC", cluster)
        chars.append(out)
        src.extend([offset + i] * len(out))
        i = j
    return "".join(chars), src


def _drop(text: str, src: Sequence[int], spans: list[tuple[int, int]]) -> tuple[str, Sequence[int]]:
    """`text` and `src` without the given (sorted, disjoint) spans."""
    if not spans:
        return text, src
    out_t: list[str] = []
    out_s: list[int] = []
    pos = 0
    for a, b in spans:
        out_t.append(text[pos:a])
        out_s.extend(src[pos:a])
        pos = b
    out_t.append(text[pos:])
    out_s.extend(src[pos:])
    return "".join(out_t), out_s


def _strip_markdown(text: str, src: Sequence[int]) -> tuple[str, Sequence[int], bool]:
    m = _MD_PREFIX.match(text)
    heading = bool(m and text.startswith("#"))
    spans = [(0, m.end())] if m and m.end() else []
    spans += [e.span() for e in _MD_EMPHASIS.finditer(text, spans[0][1] if spans else 0)]
    tail = text.rstrip(" ")
    if tail.endswith("\\") and (not spans or spans[-1][1] <= len(tail) - 1):
        spans.append((len(tail) - 1, len(tail)))
    new_text, new_src = _drop(text, src, spans)
    return new_text, new_src, heading


def _read_lines(source: str) -> list[_Line]:
    lines: list[_Line] = []
    offset = 0
    in_bold = False
    flush_before = False
    whole = _nfkc_all(source)
    nfkc = whole.split("\n") if whole is not None else None
    # what no line needs looking for where the whole text has none of it
    box = whole is None or "│" in whole or "┃" in whole
    trail = whole is None or "≫" in whole
    bracket = whole is None or "【" in whole
    tab = whole is None or "\t" in whole
    md = whole is None or _MD_CHARS.search(whole) is not None
    bold = "**" in source
    for i, raw in enumerate(source.split("\n")):
        text, src = (nfkc[i], range(offset, offset + len(raw))) if nfkc else _nfkc_line(raw, offset)
        if box and ("│" in text or "┃" in text):  # a box-drawn table's row: cells as in markdown
            text = _framed(text) or text.translate(_BOX_BARS)
        # 「【処分内容】事業停止処分」: a label, as 「処分内容:」, on a line of its own
        text, labelled = _bracket_label(text) if bracket and "【" in text else (text, False)
        if trail and "≫" in text:  # 「ホーム ≫ 総務省 ≫ …」: a trail's separator, as >
            text = text.replace("≫", ">")
        if tab and "\t" in text.strip(_SPACE):  # a table row (HTML cells come tab-separated)
            text, src = _cells(text, src)
        text, src, heading = (
            _strip_markdown(text, src) if md and _MD_CHARS.search(text) else (text, src, False)
        )
        opens = in_bold
        if bold:
            stripped = raw.strip(_SPACE).lstrip("#> ")
            whole_bold = stripped.startswith("**") and stripped.endswith("**") and len(stripped) > 4
            heading = heading or (whole_bold and not in_bold)
            opens = in_bold != (raw.count("**") % 2 == 1)
        indented = labelled or (raw[:1] in _SPACE and _indented(raw, flush_before))
        flush_before = raw[:1] not in _SPACE
        lines.append(_Line(text, src, indented, heading, opens))
        in_bold = opens
        offset += len(raw) + 1
    return lines


def _indented(raw: str, flush_before: bool) -> bool:
    """A line indented by a full-width space or two spaces, or by one under a flush line
    (「 本文…」: a paragraph's one-space indent in a web page's text)."""
    if raw[:1] == "\u3000" or (raw.startswith("  ") and raw.strip(_SPACE) != ""):
        return True
    return _ONE_SPACE_INDENT.match(raw) is not None and flush_before


def _bracket_label(text: str) -> tuple[str, bool]:
    """A field label in 【】 at the line's start (roles.tsv `bracket_label`) as 「 label:」,
    one character for each, so the offsets stay as they are; and whether it was one."""
    m = roles.pattern("bracket_label").match(text)
    if m is None:
        return text, False
    opens, closes = text.index("【", m.start()), m.end() - 1
    return f"{text[:opens]} {text[opens + 1 : closes]}:{text[closes + 1 :]}", True


_ONE_SPACE_INDENT = re.compile(r" (?=[^\x00-\x7f])")
_BOX_BARS = str.maketrans({"│": "|", "┃": "|"})
# 「┃ 違反行為:…」: a line inside a box drawn round a block of text, its frame at either end
_FRAME_ROW = re.compile(r"[ \u3000]*[│┃├┣┠└┗┏┌](?P<inner>[^│┃]*)[│┃┤┫┨]?[ \u3000]*")


def _framed(text: str) -> str | None:
    """A line of a box drawn round text (one bar at the start, maybe one at the end), its
    frame written as spaces: no table row (the same length, so the offsets stay)."""
    m = _FRAME_ROW.fullmatch(text)
    if m is None:
        return None
    inner = m.start("inner")
    return " " * inner + text[inner : m.end("inner")] + " " * (len(text) - m.end("inner"))


_SPACE_RUN = re.compile("[ \t\u3000\u00a0]+")
_CELL_GAP = re.compile("[ \u3000\u00a0]*\t[ \t\u3000\u00a0]*")


def _cells(text: str, src: Sequence[int]) -> tuple[str, list[int]]:
    """A tab-separated row written as a markdown table row: 「|A|B|C|」, so that its cells
    stay apart and the row stays a line of its own; each | points at the tab it stands for.
    A row whose first cell is a number (（１）\t法令等遵守態勢の確立) is a numbered item."""
    start = len(text) - len(text.lstrip(_SPACE))
    end = len(text.rstrip(_SPACE))
    gaps = list(_CELL_GAP.finditer(text, start, end))
    numbered = bool(gaps) and layout.MARKER.fullmatch(text[start : gaps[0].start()]) is not None
    out_t, out_s = ([], []) if numbered else (["|"], [src[start]])
    pos = start
    for i, m in enumerate(gaps):
        out_t += [text[pos : m.start()], " " if numbered and i == 0 else "|"]
        out_s += [*src[pos : m.start()], src[m.start()]]
        pos = m.end()
    out_t += [text[pos:end], "" if numbered else "|"]
    out_s += [*src[pos:end], *([] if numbered else [src[end - 1]])]
    return "".join(out_t), out_s


def _squeeze(line: _Line) -> tuple[str, Sequence[int], list[int]]:
    """Drop layout white space; keep one space between Latin words and after a marker.
    Returns the text, its source offsets, and where white space was removed."""
    text, src = line.text, line.src
    if not _SPACE_RUN.search(text):
        return text, src, []
    start = len(text) - len(text.lstrip(_SPACE))
    end = len(text.rstrip(_SPACE))
    if start >= end:
        return "", [], []
    marker_end = layout.marker_end(text[start:end])
    out_t: list[str] = []
    out_s: list[int] = []
    gaps: list[int] = []
    length = 0
    pos = start
    for m in _SPACE_RUN.finditer(text, start, end):
        out_t.append(text[pos : m.start()])
        out_s.extend(src[pos : m.start()])
        length += m.start() - pos
        prev, nxt = text[m.start() - 1], text[m.end()]
        # Latin words keep one space (Sora Platforms, Inc.); 第 3 の 2 (1) does not
        latin = prev.isascii() and nxt.isascii() and (prev.isalpha() or nxt.isalpha())
        if latin or (marker_end is not None and m.start() - start == marker_end):
            out_t.append(" ")
            out_s.append(src[m.start()])
            length += 1
        gaps.append(length)
        pos = m.end()
    out_t.append(text[pos:end])
    out_s.extend(src[pos:end])
    return "".join(out_t), out_s, gaps


def normalize(source: str) -> NormText:
    """Normalise `source` for matching; see the module docstring."""
    lines = _read_lines(source)
    squeezed = [_squeeze(line) for line in lines]
    texts = [t for t, _, _ in squeezed]
    drop = layout.furniture(texts)
    pieces: list[str] = []
    length = 0
    out_src = array("q")
    gaps: set[int] = set()
    prev_text: str | None = None
    prev_line: _Line | None = None
    blank = False
    run = 0  # empty lines since the last line with text
    spacing = 1 if layout.double_spaced(texts) else 0  # PDF text with a blank after every line
    rare = layout.Rare.of(texts)
    for line, (text, src, line_gaps), dropped in zip(lines, squeezed, drop, strict=True):
        if dropped or not text:
            run += not text
            blank = blank or dropped or run > spacing
            continue
        if prev_text is not None and prev_line is not None:
            if layout.joins(
                prev_text, text, bold_open=prev_line.bold_open, heading=prev_line.heading,
                indented=line.indented, blank=blank, rare=rare,
            ):  # fmt: skip
                gaps.add(length)
            else:
                pieces.append("\n")
                out_src.append(src[0] - 1 if src else len(source))
                length += 1
        if line_gaps:
            gaps.update(length + g for g in line_gaps)
        pieces.append(text)
        out_src.extend(src)
        length += len(text)
        prev_text, prev_line, blank, run = text, line, False, 0
    out_src.append(len(source))
    return NormText("".join(pieces), source, out_src, frozenset(gaps))
