"""Numbered sections and the header block, from the numbering itself.

Markdown levels are ignored: a section's depth comes from its kind of marker,
第N › N › (N) › ア › (ア), and its path is built the way the contract defines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from shobun.parser import numerals
from shobun.parser.layout import KANJI_DIGITS
from shobun.parser.model import Section, Span
from shobun.parser.normalize import NormText
from shobun.parser.patterns import first_chars

KATAKANA = (
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
)
_N = f"[0-9{KANJI_DIGITS}]+"
_NAMED = r"[^\s、。()「」]{1,12}?(?:株式会社|有限会社|合同会社|合資会社|合名会社)"
# Roman-numeral parts (Ⅰ．, Ⅱ．) after NFKC: ASCII I/V/X, then a Japanese heading.
_ROMAN = r"(X{0,3}(?:IX|IV|V?I{1,3}|V)|X{1,3})"
# One marker, on normalised text (NFKC, spaces mostly gone).
_MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("roman", re.compile(rf"{_ROMAN}(?:[.、] ?| )(?=[^\x00-\x7f])")),
    # 第一みなと地所株式会社は、…: a company's name at a line's start, not a part 第1
    (
        "dai",
        re.compile(rf"第({_N})(?![0-9{KANJI_DIGITS}]|[条項号章節款目編回期年月日者三]|{_NAMED})"),
    ),
    ("paren", re.compile(rf"\(([0-9]{{1,2}}|[{KANJI_DIGITS}]{{1,3}})\)")),  # (1) (一) ㈠
    ("pkana", re.compile(rf"\(([{KATAKANA}])\)")),
    ("num", re.compile(r"([0-9]{1,2})(?:[.、](?![0-9])| (?=\S))")),
    ("num", re.compile(rf"([{KANJI_DIGITS}]{{1,3}}) ")),
    ("kana", re.compile(rf"([{KATAKANA}]) ")),
)
RANK = {"roman": -1, "dai": 0, "num": 1, "paren": 2, "kana": 3, "pkana": 4}
_INNER_MARKER = re.compile(rf"\([0-9]{{1,2}}\)|\([{KATAKANA}]\)")


@dataclass(frozen=True)
class Marker:
    kind: str
    number: str  # canonical: digits for numbered kinds, the katakana for kana kinds
    end: int  # offset in the line just past the marker (and its space)


_MARKER_FIRST = frozenset("第(0123456789IVX" + KANJI_DIGITS + KATAKANA)


def _may_open(ch: str, pattern: re.Pattern[str]) -> bool:
    first = first_chars(pattern.pattern, pattern.flags)
    return first is None or re.match(f"[{first}]", ch) is not None


# The markers a line's first character can open, in order: a line is tried only with those
_BY_FIRST = {ch: tuple(m for m in _MARKERS if _may_open(ch, m[1])) for ch in _MARKER_FIRST}


def read_marker(line: str) -> Marker | None:
    """The section marker that opens `line`, if any."""
    if not line or line[0] not in _MARKER_FIRST:
        return None
    for kind, pattern in _BY_FIRST[line[0]]:
        m = pattern.match(line)
        if m:
            raw = m.group(1)
            value = raw if kind in ("kana", "pkana", "roman") else numerals.as_int(raw)
            if value is None:  # a number too long to be a section's
                continue
            number = str(value)
            end = m.end()
            while end < len(line) and line[end] == " ":
                end += 1
            return Marker(kind, number, end)
    return None


def _segment(kind: str, number: str, parent_kind: str | None) -> str:
    """One level's piece of a path. The contract has no form for Roman-numeral parts
    (Ⅰ．…, Ⅱ．… above 1．/2．), so a part is written as it stands after the NFKC the
    contract applies to paths (Ⅱ → "II", ASCII like the digits) and joined to the
    number below it with の, as 第N is: Ⅱ 1．(1) → "IIの1(1)". A notice without such
    parts keeps its paths unchanged."""
    if kind == "dai":
        return f"第{number}"
    if kind == "num":
        return f"の{number}" if parent_kind in ("dai", "num", "roman") else number
    if kind == "paren":
        return f"({number})"
    if kind == "pkana":
        return f"({number})"
    return number


def _lines(norm: NormText, start: int = 0) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    pos = 0
    for text in norm.text.split("\n"):
        if pos >= start:
            out.append((pos, text))
        pos += len(text) + 1
    return out


def _split_run_on(norm: NormText, at: int, text: str, marker: Marker) -> list[tuple[int, str]]:
    """Split "1 事案の概要 (1) 平成30年…" into its heading and its first sub-item."""
    if "。" in text[: marker.end]:
        return [(at, text)]
    for m in _INNER_MARKER.finditer(text, marker.end + 1):
        if "。" in text[: m.start()]:
            break
        if norm.gap_before(at + m.start()):
            return [(at, text[: m.start()]), (at + m.start(), text[m.start() :])]
    return [(at, text)]


def _is_item(rest: str) -> bool:
    """A numbered line that is a sentence (ends in 。) or a clause cut off by a line
    break (ends in 、), not a heading. A 。 inside a closing parenthesis does not end
    the line's sentence: 株式会社A(以下「A社」という。) is a heading, while
    …すること。(注。) and a sentence wholly in parentheses are items."""
    if rest.endswith(("。", "、")):
        return True
    if not rest.endswith("。)"):
        return False
    depth = 0
    for i in range(len(rest) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(rest[i], 0)
        if depth == 0:
            head = rest[:i].rstrip()
            return not head or head.endswith("。")
    return True  # unbalanced: read as a sentence, as before


@dataclass
class _Open:
    kind: str
    style: str  # how the numbering is written: (1) and ① are two levels, not one
    path: str


_CIRCLED = frozenset(chr(0x2460 + i) for i in range(20))


def _style(norm: NormText, at: int, m: Marker) -> str:
    """The written form of a marker: circled digits (①) and kanji numbers (一) mark a
    level of their own beside (1) and 1 in the same document."""
    s, e = norm.to_source(at, at + 1)
    first = norm.source[s:e]
    if first in _CIRCLED:
        return "circled"
    return "kanji" if first and first in KANJI_DIGITS else "plain"


def _place(stack: list[_Open], kind: str, style: str) -> None:
    """Close the open sections a new `kind`/`style` section ends: everything down to
    an open one numbered the same way (its sibling), else everything deeper in rank.
    A marker of the same rank written another way (① under (1)) opens a level below."""
    if any(o.kind == kind and o.style == style for o in stack):
        while stack[-1].kind != kind or stack[-1].style != style:
            stack.pop()
        stack.pop()
        return
    while stack and RANK[stack[-1].kind] > RANK[kind]:
        stack.pop()


NormLines = dict[str, tuple[int, int, int]]  # path → normalised line start, line end, body end


def sections(norm: NormText, body_start: int) -> tuple[Section, ...]:
    """Every numbered section from normalised offset `body_start` on."""
    return sections_and_lines(norm, body_start)[0]


def sections_and_lines(norm: NormText, body_start: int) -> tuple[tuple[Section, ...], NormLines]:
    """The sections, and where each one's line and body lie in the normalised text
    (the later stages search there)."""
    found: list[tuple[str, str | None, str | None, int, int, int]] = []
    stack: list[_Open] = []
    lines = _lines(norm, body_start)
    for i, (at, text) in enumerate(lines):
        marker = read_marker(text)
        if marker is None:
            continue
        for piece_at, piece in _split_run_on(norm, at, text, marker):
            m = read_marker(piece)
            if m is None:
                continue
            style = _style(norm, piece_at, m)
            _place(stack, m.kind, style)
            parent = stack[-1] if stack else None
            path = (parent.path if parent else "") + _segment(
                m.kind, m.number, parent.kind if parent else None
            )
            rest = piece[m.end :].strip()
            heading = rest if rest and not _is_item(rest) else None
            if not rest and m.kind == "dai" and i + 1 < len(lines):
                heading = _heading_below(lines[i + 1][1])  # 「第1⏎被処分派遣元事業主」 (PDF)
            found.append(
                (path, heading, parent.path if parent else None, piece_at,
                 piece_at + len(piece), len(stack))
            )  # fmt: skip
            stack.append(_Open(m.kind, style, path))
    return _close(norm, found)


def _heading_below(line: str) -> str | None:
    """The line under a bare 第N marker, where it is a heading: short, no sentence, no
    marker of its own."""
    line = line.strip()
    fits = 0 < len(line) <= 40 and "。" not in line and read_marker(line) is None
    return line if fits else None


def _close(
    norm: NormText, found: list[tuple[str, str | None, str | None, int, int, int]]
) -> tuple[tuple[Section, ...], NormLines]:
    """Give each section its source span and the end of its body: where the next
    section at its depth or above begins (one pass, with a stack of open bodies)."""
    ends = [len(norm.text)] * len(found)
    open_: list[int] = []
    for i, (*_, start, _end, level) in enumerate(found):
        while open_ and found[open_[-1]][5] >= level:
            ends[open_.pop()] = start
        open_.append(i)
    out: list[Section] = []
    lines: NormLines = {}
    for (path, heading, parent, start, end, level), body_end in zip(found, ends, strict=True):
        if path in lines:
            continue
        lines[path] = (start, end, max(body_end, end))
        s, e = norm.to_source(start, end)
        _, body = norm.to_source(start, body_end)
        out.append(Section(path, heading, parent, Span(s, e, norm.source[s:e]), body, level))
    return tuple(out), lines
