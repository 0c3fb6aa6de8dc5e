"""Addressees named as a set (PHENOMENA §40): the companies a sentence reports on as its
が-subject (「A(…。以下「同組合」という。)及びB(…)が、…ことを確認したため、…指示しました」)
where no に対し names them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from shobun.parser import roles
from shobun.parser.context import Context
from shobun.parser.listed import items_pointed
from shobun.parser.patterns import COORDINATION, PAREN, PUBLIC_KINDS
from shobun.parser.resolve import Mention


def named_as_set(ctx: Context, lo: int, hi: int) -> list[str]:
    """Those a sentence names without に対し: its finding's が-subjects, else those of
    「A及びBに対する立入検査を実施」 right before the term at `hi`."""
    return found_subjects(ctx, lo, hi) or adnominal(ctx, lo, hi)


# 「同組合及び同社に対する立入検査」, 「両社に対する[法第8条の規定に基づく]立入検査」
_TOWARD = re.compile(
    rf"(?:{PAREN})*に対する(?:[^、。「」]{{0,24}}?(?:に基づく|による))?[^、。「」をはが]{{0,6}}$"
)


def adnominal(ctx: Context, lo: int, hi: int) -> list[str]:
    """The organisations 「…に対する」 joins to the term that starts at `hi`, with those
    coordinated before the last."""
    text, found = ctx.norm.text, ctx.mention_index.between(lo, hi)
    for i in range(len(found) - 1, -1, -1):
        m = found[i]
        if m.kind in PUBLIC_KINDS or m.label == ctx.issuer:
            continue
        if not _TOWARD.match(text, m.end, hi):
            return []
        return _with_coordinated(text, found[: i + 1])
    return []


def _with_coordinated(text: str, found: Sequence[Mention]) -> list[str]:
    """The last of `found` with those coordinated before it (「A(…)、B及びC」), aliases and
    同社 among them (「同組合及び同社」: each a name the notice defined)."""
    out = [found[-1]]
    for m in reversed(found[:-1]):
        if m.end > out[-1].start:
            continue  # another reading of the same words
        if m.kind in PUBLIC_KINDS or not COORDINATION.fullmatch(text, m.end, out[-1].start):
            break
        out.append(m)
    return list(dict.fromkeys(m.label for m in reversed(out)))


def found_subjects(ctx: Context, lo: int, hi: int) -> list[str]:
    """The organisations before `hi` that a finding is about (「…が、…表示していたことを
    確認したため」, 「…が、…ことが判明したことから」), with those coordinated before them."""
    text, found = ctx.norm.text, ctx.mention_index.between(lo, hi)
    said = roles.pattern("found_subject")
    for i, m in enumerate(found):
        if m.kind in PUBLIC_KINDS or m.label == ctx.issuer:
            continue
        if (hit := said.match(text, m.end)) and hit.end() <= hi:
            return _with_coordinated(text, found[: i + 1])
    return []


# 「…のうち3事業者に対しては、…指導を行いました」: a count, then に対し
_COUNTED_TO = re.compile(r"(?<![0-9])(?P<n>[0-9]+)(?:社|事業者|業者|法人)(?:に対して?は?|には)、")
# a heading line that counts the list under it: 「■指導を行った事業者(3事業者)」
_COUNTED_HEAD = re.compile(
    r"^[■◆◇□●○【\s]*(?P<head>[^\n。、]{0,30}?)[(\[]?(?P<n>[0-9]+)(?:社|事業者|業者|法人)[)\]】]?\s*$",
    re.MULTILINE,
)
_NEXT_HEAD = re.compile(r"\n\s*\n|\n[■◆◇□【]|\n[0-9]+[.、 ]")


def counted_list(ctx: Context, lo: int, hi: int, term: str) -> list[str]:
    """The companies of the list a heading counts (「■指導を行った事業者(3事業者)」 over
    three bullet lines) for a clause that gives the action to that many (「3事業者に対しては、
    …指導を行いました」) and names none: the list whose heading names the action, else the
    only one of that count."""
    text = ctx.norm.text
    said = ([None, *_COUNTED_TO.finditer(text, lo, hi)])[-1]  # the last before the term
    if said is None:
        return []
    wanted, fits = int(said.group("n")), []
    for head in _COUNTED_HEAD.finditer(text):
        if int(head.group("n")) != wanted:
            continue
        stop = _NEXT_HEAD.search(text, head.end())
        listed = _companies(ctx, head.end(), stop.start() if stop else len(text))
        if len(listed) == wanted:
            fits.append((term[:2] in head.group("head"), listed))
    named = [listed for own, listed in fits if own]
    return named[0] if named else fits[0][1] if len(fits) == 1 else []


def _companies(ctx: Context, lo: int, hi: int) -> list[str]:
    return list(
        dict.fromkeys(
            m.label for m in ctx.mention_index.between(lo, hi) if m.kind not in PUBLIC_KINDS
        )
    )


_SCOPE_LINE = re.compile(
    r"^[ \t]*対象(?:事業主|事業者|者)?[:：][ \t]*(?P<who>[^\n]*)$", re.MULTILINE
)


def in_scope(ctx: Context, path: str | None, mine: list[str]) -> list[str]:
    """Those of `mine` an action's own section says it is for (「(1)…停止命令⏎対象:上記(1)
    及び(2)の2社」): the list's items it names by number; all, where it names none."""
    if path is None or path not in ctx.section_norm:
        return mine
    lo, _, hi = ctx.section_norm[path]
    line = _SCOPE_LINE.search(ctx.norm.text, lo, hi)
    if line is None:
        return mine
    named = items_pointed(ctx, line.start("who"), line.end("who"))
    return [w for w in mine if w in named] if named else mine
