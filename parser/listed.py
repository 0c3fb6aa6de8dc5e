"""Addressees named by pointing at a list: 「下記2の違反行為者に対し」「前記1記載の事業者に
対し」「別紙記載の12社に対し」. The organisations are those the pointed-to section (or the
別紙/別表 section) names — often in a table — other than authorities."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from shobun.parser.context import Context

_POINTER = re.compile(
    r"(?P<dir>下記|前記|上記|後記|別紙|別表|以下|次)(?P<ref>[0-9]+(?:\([0-9]+\))?)?"
    r"(?:の|に記載の|記載の|に掲げる|に記載する|に記載した)?"
    r"(?P<who>違反行為者|[^、。にはが]{0,8}?(?:事業者|者|各社|[0-9]+社|会社|法人|業者))"
    r"(?:ら|等|各位)?$"
)
# an annex's heading line ((別紙1), 別表), not prose that mentions one
_ANNEX = re.compile(r"^\(?(?:別紙|別表)(?P<n>[0-9]*)(?![^\n]*。)", re.MULTILINE)
_ORG_KINDS = frozenset({"Company", "PublicBody"})


def pointed_addressees(ctx: Context, lo: int, hi: int) -> list[str]:
    """The organisations of the list that the words just before `hi` point at."""
    m = _POINTER.search(ctx.norm.text, max(lo, hi - 30), hi)
    if m is None:
        return []
    spans = _pointed_spans(ctx, m.group("dir"), m.group("ref"))
    return list(dict.fromkeys(label for a, b in spans for label in named_in(ctx, a, b)))


def _pointed_spans(ctx: Context, direction: str, ref: str | None) -> list[tuple[int, int]]:
    """Where the list is: section `ref` (2 or 第2), or each 別紙/別表 up to the next."""
    annex = direction in ("別紙", "別表")
    if ref is not None and not annex:
        paths = [p for p in (ref, f"第{ref}") if p in ctx.section_by_path]
        return [ctx.section_norm[p][::2] for p in paths[:1]]
    if not annex:
        return []
    return [  # 別紙1 points at the annex headed 別紙1, 別紙 at every annex
        (start, end) for start, end, n in _annexes(ctx.norm.text) if ref is None or n == ref
    ]


@lru_cache(maxsize=8)
def _annexes(text: str) -> tuple[tuple[int, int, str], ...]:
    """Each annex of the text (start, end, number), read once per text however many
    pointers there are."""
    found = list(_ANNEX.finditer(text))
    ends = [m.start() for m in found[1:]] + [len(text)]
    return tuple(
        (m.start(), end, m.group("n")) for m, end in zip(found, ends[: len(found)], strict=True)
    )


def named_in(ctx: Context, lo: int, hi: int) -> list[str]:
    """The companies and public bodies mentioned in [lo, hi), in order."""
    return [
        m.label
        for m in ctx.mention_index.between(lo, hi)
        if m.kind in _ORG_KINDS and m.label != ctx.issuer  # 登録番号 福岡県知事(3)第…号
    ]


def pointed_before(ctx: Context, lo: int, hi: int) -> list[str]:
    """The organisations of the last 「<pointer>に対し」 in [lo, hi) that names any."""
    at = ctx.addressed_at  # where each に対し starts: no scan of the text per question
    for start in reversed(at[bisect_left(at, lo) : bisect_left(at, hi - 2)]):
        if who := pointed_addressees(ctx, lo, start):
            return who
    return []
