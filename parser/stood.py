"""Where a sanction term stands in its sentence: whether it ends its section's heading, what
the clause before it asks for, and whether it is joined to the term before it (「Aに勧告と
報告等の求めを行った」: one addressee and one day for both)."""

from __future__ import annotations

import re

from shobun.parser.context import Context
from shobun.parser.extract import sanctions
from shobun.parser.patterns import PARENTHETICAL

_SAME_TO = re.compile(r"と|及び|および|並びに|・")


def joined_to_previous(text: str, lo: int, s_start: int, start: int) -> bool:
    """Whether the term at `start` is coordinated with the term that ended at `lo` in the
    same sentence (「勧告と報告等の求めを行った」, 「指導及び助言を行った」)."""
    return lo > s_start and bool(_SAME_TO.fullmatch(text, lo, start))


def heading_term(ctx: Context, t: sanctions.Term, path: str | None) -> bool:
    """True where the term ends the heading of its section."""
    if path is None:
        return False
    line_start, line_end, _ = ctx.section_norm[path]
    if not line_start <= t.start < line_end:
        return False
    rest = ctx.norm.text[t.end : line_end]
    return rest == "" or bool(PARENTHETICAL.fullmatch(rest))


_CLAUSE_START = re.compile(r"(?:に対し(?:て)?|に基づき|に基づいて|により|本日|は)、")
_CLAUSE_TAIL = re.compile(r"(?:よう(?:に)?|ことを|を)$")


def requested_clause(text: str, lo: int, term: sanctions.Term) -> str | None:
    """What the action asks for, as written: the clause before a performed term."""
    start = lo
    for m in _CLAUSE_START.finditer(text, lo, term.start):
        start = m.end()
    asks = text.startswith(("よう", "ように"), term.start - 3) or text.endswith(
        ("よう", "ように"), 0, term.start
    )  # no slice of the text before the term: one per term would make a long line quadratic
    if not (asks or term.kind == "ReportRequest"):
        return None  # 「…に基づく措置命令を行った」 says what was done, not what is asked
    end = term.end if term.kind == "ReportRequest" else term.start
    clause = _CLAUSE_TAIL.sub("", text[start:end].strip("、 \n"))
    return clause if len(clause) >= 4 else None
