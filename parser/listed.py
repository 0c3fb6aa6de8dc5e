"""Addressees named by pointing at a list: 「下記2の違反行為者に対し」「前記1記載の事業者に
対し」「別紙記載の12社に対し」. The organisations are those the pointed-to section (or the
別紙/別表 section) names — often in a table — other than authorities."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from shobun.parser import roles
from shobun.parser.context import Context
from shobun.parser.patterns import PAREN

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
    text = ctx.norm.text
    named = _DEFINED_TAIL.search(text, max(lo, hi - 20), hi)  # 「下記の3社(以下「3社」…)に対し」
    hi = named.start() if named and named.end() == hi else hi
    m = _POINTER.search(text, max(lo, hi - 30), hi)
    if m is None:
        return items_pointed(ctx, lo, hi)  # 「(1)及び(2)の2社は」: the list's items
    spans = _pointed_spans(ctx, m.group("dir"), m.group("ref"))
    found = [label for a, b in spans for label in _listed_in(ctx, a, b)]
    if not found and spans:  # 「(2)名宛人⏎前記(1)の番号1から4までの4社」, 「…は別表のとおり」
        found = [label for a, b in spans for label in _referred_on(ctx, m.group("ref"), a, b)]
    if not spans and m.group("ref") is None and m.group("dir") in _BELOW:
        found = _counted_below(ctx, m.group("who"), hi)
    return list(dict.fromkeys(found))


# 「(1)及び(2)の2社は」「上記(3)の事業主は」「対象:上記(1)及び(2)の2社」: items of the list
_ITEMS = re.compile(
    r"(?:上記|前記)?(?P<items>(?:\([0-9]+\)(?:及び|並びに|、|と|・))*\([0-9]+\))"
    r"の(?:[0-9]+社|[^、。()\n]{0,6}?(?:事業主|事業者|業者|会社|者))$"
)


def items_pointed(ctx: Context, lo: int, hi: int) -> list[str]:
    """The organisations of the items of the offenders' list (「1 処分対象事業主 (1)A (2)B
    (3)C」) that the words just before `hi` name by number: 「(1)及び(2)の2社」 → A, B."""
    m = _ITEMS.search(ctx.norm.text, max(lo, hi - 40), hi)
    if m is None:
        return []
    wanted = re.findall(r"\(([0-9]+)\)", m.group("items"))
    heading = roles.pattern("offenders_heading")
    for s in ctx.sections:
        if not heading.search(s.heading or "") or ctx.section_norm[s.path][0] > m.start():
            continue
        paths = [f"{s.path}({n})" for n in wanted]
        if all(p in ctx.section_by_path for p in paths):
            found = [named_in(ctx, *ctx.section_norm[p][::2])[:1] for p in paths]
            return [f[0] for f in found if f] if all(found) else []
    return []


_DEFINED_TAIL = re.compile(r"\(以下「[^「」()]{1,12}」という。?\)")
_BELOW = ("下記", "次", "以下")
_COUNT_OF = re.compile(r"([0-9]+)(?:社|者|事業者|業者|法人)$")


def _counted_below(ctx: Context, who: str, end: int) -> list[str]:
    """「下記の建設業者3社に対し」 over a list: the first N companies named from the next
    line on, where the pointer counts N and the text names that many there."""
    count = _COUNT_OF.search(who)
    line_end = ctx.norm.text.find("\n", end)
    if count is None or line_end < 0:
        return []
    below = [label for label, _ in _named_at(ctx, line_end, len(ctx.norm.text), ("Company",))]
    names = list(dict.fromkeys(below))
    n = int(count.group(1))
    return names[:n] if 1 < n <= len(names) else []


# a note under a list: 「(注)株式会社Aは、…排除措置命令の対象としていない。」 names one left out
_NOTE = re.compile(r"^[ \t]*(?:\(注[0-9]*\)|注[0-9]*[:)]|※)", re.MULTILINE)
# 「前記(1)の番号1から4までの4社」: rows of the list before, by their numbers
_ROWS_OF = re.compile(
    r"(?:前記|上記)(?P<sub>\([0-9]+\))?の番号(?P<a>[0-9]+)(?:から|ないし|～|~|-)(?P<b>[0-9]+)(?:まで)?の"
)
_AS_ANNEXED = re.compile(r"(?P<dir>別表|別紙)(?P<ref>[0-9]*)(?:記載)?の(?:とおり|通り)")
_ROW_HEAD = re.compile(r"^[0-9]+$", re.MULTILINE)


def _listed_in(
    ctx: Context, lo: int, hi: int, kinds: frozenset[str] | tuple[str, ...] = _ORG_KINDS
) -> list[str]:
    """The organisations [lo, hi) names outside the notes that leave one out."""
    text, out = ctx.norm.text, []
    for label, start in _named_at(ctx, lo, hi, kinds):
        line = text.rfind("\n", 0, start) + 1
        if not _NOTE.match(text, line):
            out.append(label)
    return out


def _referred_on(ctx: Context, ref: str | None, lo: int, hi: int) -> list[str]:
    """The organisations a pointed-to section names only by pointing on: rows of the list
    before it by their numbers, or the annex that gives the names (別表のとおり)."""
    text = ctx.norm.text
    if m := _ROWS_OF.search(text, lo, hi):
        parent = (ref or "").split("(")[0]
        path = f"{parent}{m.group('sub')}" if m.group("sub") and parent else None
        if path in ctx.section_by_path:
            rows = _numbered_rows(ctx, *ctx.section_norm[path][::2])
            wanted = range(int(m.group("a")), int(m.group("b")) + 1)
            return [rows[n] for n in wanted if n in rows]
    if m := _AS_ANNEXED.search(text, lo, hi):
        spans = _pointed_spans(ctx, m.group("dir"), m.group("ref") or None)
        return [label for a, b in spans for label in _listed_in(ctx, a, b, ("Company",))]
    return []


def _numbered_rows(ctx: Context, lo: int, hi: int) -> dict[int, str]:
    """A list of companies flattened one cell per line (「番号⏎名称⏎…⏎1⏎株式会社A⏎
    所在地…⏎2⏎B株式会社」): the companies by their row numbers. A line that is only a
    number may be gone with the page numbers: the rows are the companies in order."""
    text = ctx.norm.text
    named = [(label, at) for label, at in _named_at(ctx, lo, hi, ("Company",))]
    heads = [(h.start(), int(h.group())) for h in _ROW_HEAD.finditer(text, lo, hi)]
    if not heads:
        return dict(enumerate(dict.fromkeys(label for label, _ in named), start=1))
    ends = [start for start, _ in heads[1:]] + [hi]
    out: dict[int, str] = {}
    for (start, n), end in zip(heads, ends, strict=True):
        first = next((label for label, at in named if start < at < end), None)
        if first is not None:
            out.setdefault(n, first)
    return out


def _named_at(
    ctx: Context, lo: int, hi: int, kinds: frozenset[str] | tuple[str, ...] = _ORG_KINDS
) -> list[tuple[str, int]]:
    return [
        (m.label, m.start)
        for m in ctx.mention_index.between(lo, hi)
        if m.kind in kinds and m.label != ctx.issuer
    ]


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
    """The companies and public bodies mentioned in [lo, hi), in order; not a body that is
    part of an address (新潟市西区…, 長野県松本市) nor one that orders the works (新潟市が
    発注する)."""
    text, beside = ctx.norm.text, roles.either("address_after", "ordering_client")
    out, after = [], -1  # where the public body before ended
    for m in ctx.mention_index.between(lo, hi):
        public = m.kind == "PublicBody"
        inside = m.start == after or roles.pattern("address_before").match(text, m.start - 1)
        if public and (inside or beside.match(text, m.end)):
            after = m.end
            continue
        after = m.end if public else -1
        if m.kind in _ORG_KINDS and m.label != ctx.issuer:  # 登録番号 福岡県知事(3)第…号
            out.append(m.label)
    return out


def catalogued(ctx: Context) -> list[str]:
    """The organisations of an order's list of addressees (「名宛人 別表1の名宛人目録記載のと
    おり」 over 「別表1⏎名宛人目録⏎番号 名宛人 所在地 代表者⏎1 A株式会社 …」), up to the next
    annex."""
    text = ctx.norm.text
    m = roles.pattern("addressee_catalogue").search(text)
    if m is None:
        return []
    after = [a.start() for a in _ANNEX.finditer(text, m.end())]
    return list(dict.fromkeys(named_in(ctx, m.end(), after[0] if after else len(text))))


def pointed_before(ctx: Context, lo: int, hi: int) -> list[str]:
    """The organisations of the last 「<pointer>に対し」 in [lo, hi) that names any."""
    at = ctx.addressed_at  # where each に対し starts: no scan of the text per question
    for start in reversed(at[bisect_left(at, lo) : bisect_left(at, hi - 2)]):
        if who := pointed_addressees(ctx, lo, start):
            return who
    return []


# roles.tsv: …に対し a little after a name; 「Aには…を、」
_AFTER_NAME = ("branch_addressee", "listed_person", "each_addressee")


def addressed_after(ctx: Context, end: int) -> re.Match[str] | None:
    """「…に対し」 a little after a name that ends at `end`: 「同社西部営業所に…業務停止を命じ
    た」 (the company's branch), 「A及び山田一郎に対し」 (the last of a list of addressees, a
    name that is no organisation's)."""
    after = roles.either(*_AFTER_NAME).match(ctx.norm.text, end)
    return None if after is None or ctx.mention_index.between(end, after.end()) else after


# 「…、D株式会社(本店:…、法人番号…)。以下「各社」という。)に対し」: the last name's own
# bracket and the list's defined name may stand before the list closes
_CLOSES_LIST = re.compile(
    rf"(?:{PAREN})*(?:。?以下「[^「」()]{{1,12}}」という。?)?(?P<close>\))(?:に対し|には(?=、))"
)


def _opening(text: str, close: int, lo: int) -> int:
    """Where the bracket that closes at `close` opens, its inner brackets passed over."""
    depth = 0
    for i in range(close - 1, lo - 1, -1):
        depth += {")": 1, "(": -1}.get(text[i], 0)
        if depth < 0:
            return i
    return -1


def bracketed_list(ctx: Context, last_start: int, last_end: int, lo: int) -> tuple[int, int] | None:
    """「損害保険会社3社(A、B、C)に対し」, 「AほかN社(B、C)に対し」: where the names of a
    counted bracket start (A's start where ほか counts it with them) and where its に対し ends,
    if the name ending at `last_end` closes such a bracket (`counted_bracket` in roles.tsv)."""
    text = ctx.norm.text
    close = _CLOSES_LIST.match(text, last_end)
    opening = _opening(text, close.start("close"), lo) if close else -1
    if close is None or opening < 0 or opening > last_start:
        return None
    counted = roles.pattern("counted_bracket").search(text, max(lo, opening - 16), opening + 1)
    if counted is None or counted.end() != opening + 1:
        return None
    first = opening
    if counted.group("others"):  # AほかN社(…): A is one of them
        at = counted.start()
        before = [m for m in ctx.mention_index.between(lo, at) if m.end == at]
        first = before[0].start if before else first
    return first, close.end()
