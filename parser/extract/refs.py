"""Companion documents (詳細版, 別添1, 別紙) and section references into them:
詳細版、第3の2(1)イ(イ)及び第4の2(1)ア乃至ウ → one path per member."""

from __future__ import annotations

import re
from dataclasses import dataclass

from shobun.parser import numerals
from shobun.parser.structure import KATAKANA

_N = "[0-9〇一二三四五六七八九十]+"
PIECE = re.compile(
    rf"(?P<dai>第{_N})|(?P<no>の{_N})|\((?P<paren>[0-9]{{1,2}})\)|\((?P<pkana>[{KATAKANA}])\)|(?P<kana>[{KATAKANA}])"
)
_RANK = {"dai": 0, "no": 1, "paren": 2, "kana": 3, "pkana": 4}
_JOIN = re.compile(r"及び|並びに|又は|、|・")
_RANGE = re.compile(r"乃至|から|[~〜]")
_RANGE_END = re.compile(r"まで")
STANDALONE_DOC = re.compile(r"(?:別添|別紙|別表)(?:[0-9]+(?:-[0-9]+)?)?")
_DOC_WORDS = re.compile(r"詳細|資料|別添|別紙|報告書|概要|本文|参考")
_IDENT = re.compile(r"^\((?P<id>資料[0-9]+(?:-[0-9]+)?|別添[0-9]*|別紙[0-9]*)\)")

Piece = tuple[str, str]  # (kind, canonical value)


@dataclass(frozen=True)
class PathRef:
    path: str
    start: int
    end: int


def _pieces(text: str, at: int) -> tuple[list[Piece], int]:
    pieces: list[Piece] = []
    pos = at
    while True:
        m = PIECE.match(text, pos)
        if not m or m.end() == pos:
            break
        kind = m.lastgroup or ""
        raw = m.group(kind)
        number = None if kind in ("kana", "pkana") else numerals.as_int(raw.lstrip("第の"))
        if number is None and kind not in ("kana", "pkana"):
            break  # a number too long to be a section's
        value = raw if number is None else str(number)
        if pieces and _RANK[kind] <= _RANK[pieces[-1][0]]:
            break
        pieces.append((kind, value))
        pos = m.end()
    return pieces, pos


def render(pieces: list[Piece]) -> str:
    out = ""
    for kind, value in pieces:
        out += {"dai": f"第{value}", "no": f"の{value}", "paren": f"({value})",
                "pkana": f"({value})", "kana": value}[kind]  # fmt: skip
    return out


def _inherit(head: list[Piece], tail: list[Piece]) -> list[Piece]:
    """A reference that repeats only the tail takes the head of the one before."""
    if not head or not tail:
        return tail
    rank = _RANK[tail[0][0]]
    return [p for p in head if _RANK[p[0]] < rank] + tail


def _expand(a: list[Piece], b: list[Piece]) -> list[list[Piece]]:
    """Members of the range a 乃至 b (they differ in their last piece)."""
    kind, first = a[-1]
    last_kind, last = b[-1]
    if kind != last_kind:
        return [a, b]
    if kind in ("kana", "pkana"):
        i, j = KATAKANA.find(first), KATAKANA.find(last)
        values = list(KATAKANA[i : j + 1]) if 0 <= i <= j else [first, last]
    else:
        lo, hi = int(first), int(last)
        values = [str(v) for v in range(lo, hi + 1)] if 0 < hi - lo < 50 else [first, last]
    return [[*a[:-1], (kind, v)] for v in values]


def path_list(text: str, at: int) -> tuple[list[PathRef], int]:
    """The coordinated section references starting at `at`, and where they end."""
    out: list[PathRef] = []
    head: list[Piece] = []
    pos = at
    pending_range: list[Piece] | None = None
    while True:
        pieces, end = _pieces(text, pos)
        if not pieces:
            break
        full = _inherit(head, pieces)
        members = _expand(pending_range, full)[1:] if pending_range else [full]
        out.extend(PathRef(render(p), pos, end) for p in members)
        head, pending_range = full, None
        rng = _RANGE.match(text, end)
        join = _JOIN.match(text, end)
        if rng:
            pending_range, pos = full, rng.end()
        elif join:
            pos = join.end()
        else:
            pos = end
            break
        if _RANGE_END.match(text, pos):
            pos += 2
    if _RANGE_END.match(text, pos):
        pos += 2
    return out, pos


def is_document_title(quoted: str) -> bool:
    return bool(_DOC_WORDS.search(quoted))


def identifier(quoted: str) -> tuple[str | None, str]:
    """`(資料1-2)タイトル` → ("資料1-2", "タイトル")."""
    m = _IDENT.match(quoted)
    if not m:
        return None, quoted
    return m.group("id"), quoted[m.end() :]
