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
from dataclasses import dataclass, field

from parser import layout

_CIRCLED = {chr(0x2460 + i): f"({i + 1})" for i in range(20)}  # ① → (1)
_HALFWIDTH_MARKS = "\uff9e\uff9f"
_MD_PREFIX = re.compile(r"^(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+(?=\S))")
_MD_EMPHASIS = re.compile(r"\*\*|__")
_SPACE = " \t\u3000\u00a0"


@dataclass
class _Line:
    """One source line after NFKC, before white space and joins are decided."""

    chars: list[str]
    src: list[int]
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

    def gap_before(self, index: int) -> bool:
        """True where white space stood in the source just before normalised `index`."""
        return index in self.gaps

    def line_of(self, index: int) -> tuple[int, int]:
        """Normalised start and end of the line holding `index`."""
        start = self.text.rfind("\n", 0, index) + 1
        end = self.text.find("\n", index)
        return start, len(self.text) if end < 0 else end


def _is_mark(ch: str) -> bool:
    return ch in _HALFWIDTH_MARKS or unicodedata.combining(ch) != 0


def _nfkc_line(line: str, offset: int) -> tuple[list[str], list[int]]:
    """NFKC each character cluster of one line, remembering where it came from."""
    if line.isascii():
        return list(line), list(range(offset, offset + len(line)))
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
        chars.extend(out)
        src.extend([offset + i] * len(out))
        i = j
    return chars, src


def _strip_markdown(chars: list[str], src: list[int]) -> tuple[list[str], list[int], bool]:
    text = "".join(chars)
    heading = False
    m = _MD_PREFIX.match(text)
    cut = m.end() if m else 0
    if m and text.startswith("#"):
        heading = True
    keep = [True] * len(chars)
    for k in range(cut):
        keep[k] = False
    for em in _MD_EMPHASIS.finditer(text):
        for k in range(em.start(), em.end()):
            keep[k] = False
    if text.rstrip(" ").endswith("\\"):
        keep[text.rstrip(" ").rfind("\\")] = False
    new_chars = [c for c, k in zip(chars, keep, strict=True) if k]
    new_src = [s for s, k in zip(src, keep, strict=True) if k]
    return new_chars, new_src, heading


def _read_lines(source: str) -> list[_Line]:
    lines: list[_Line] = []
    offset = 0
    in_bold = False
    for raw in source.split("\n"):
        chars, src = _nfkc_line(raw, offset)
        stripped = raw.strip(_SPACE).lstrip("#> ")
        whole_bold = stripped.startswith("**") and stripped.endswith("**") and len(stripped) > 4
        chars, src, heading = _strip_markdown(chars, src)
        heading = heading or (whole_bold and not in_bold)
        opens = in_bold != (raw.count("**") % 2 == 1)
        indented = raw[:1] == "\u3000" or (raw.startswith("  ") and raw.strip(_SPACE) != "")
        lines.append(_Line(chars, src, indented, heading, opens))
        in_bold = opens
        offset += len(raw) + 1
    return lines


def _squeeze(line: _Line) -> tuple[list[str], list[int], list[int]]:
    """Drop layout white space; keep one space between Latin words and after a marker."""
    chars, src = line.chars, line.src
    n = len(chars)
    start = 0
    while start < n and chars[start] in _SPACE:
        start += 1
    end = n
    while end > start and chars[end - 1] in _SPACE:
        end -= 1
    marker_end = layout.marker_end("".join(chars[start:end]))
    out_c: list[str] = []
    out_s: list[int] = []
    gaps: list[int] = []
    i = start
    while i < end:
        ch = chars[i]
        if ch not in _SPACE:
            out_c.append(ch)
            out_s.append(src[i])
            i += 1
            continue
        j = i
        while j < end and chars[j] in _SPACE:
            j += 1
        prev, nxt = chars[i - 1], chars[j]
        keep = (prev.isascii() and prev.isalnum() and nxt.isascii() and nxt.isalnum()) or (
            marker_end is not None and i - start == marker_end
        )
        if keep:
            out_c.append(" ")
            out_s.append(src[i])
        gaps.append(len(out_c))
        i = j
    return out_c, out_s, gaps


def normalize(source: str) -> NormText:
    """Normalise `source` for matching; see the module docstring."""
    lines = _read_lines(source)
    squeezed = [_squeeze(line) for line in lines]
    texts = ["".join(c) for c, _, _ in squeezed]
    drop = layout.furniture(texts)
    out_chars: list[str] = []
    out_src = array("q")
    gaps: set[int] = set()
    prev_text: str | None = None
    prev_line: _Line | None = None
    blank = False
    for line, (chars, src, line_gaps), text, dropped in zip(
        lines, squeezed, texts, drop, strict=True
    ):
        if dropped or not text:
            blank = True
            continue
        if prev_text is not None and prev_line is not None:
            if layout.joins(
                prev_text,
                text,
                bold_open=prev_line.bold_open,
                heading=prev_line.heading,
                indented=line.indented,
                blank=blank,
            ):
                gaps.add(len(out_chars))
            else:
                out_chars.append("\n")
                out_src.append(line.src[0] - 1 if line.src else len(source))
        base = len(out_chars)
        gaps.update(base + g for g in line_gaps)
        out_chars.extend(chars)
        out_src.extend(src)
        prev_text, prev_line, blank = text, line, False
    out_src.append(len(source))
    return NormText("".join(out_chars), source, out_src, frozenset(gaps))
