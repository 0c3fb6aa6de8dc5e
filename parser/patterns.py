"""Patterns several stages share, written once."""

from __future__ import annotations

import re

# A parenthetical that may hold one level of parentheses of its own:
# (法人番号1234。以下「当社」という。), (特定商取引法第6条第1項第1号(不実告知))
PAREN_BODY = r"[^()]*(?:\([^()]*\)[^()]*)*"
PAREN = rf"\({PAREN_BODY}\)"
PARENTHETICAL = re.compile(PAREN)

# What joins coordinated names: 「A(…)及びB」「A、B」「A・B」「AとB」
COORDINATION = re.compile(rf"(?:{PAREN})*(?:及び|並びに|又は|、|・|と)")


def required_literal(pattern: str) -> str:
    """The longest run of plain characters that every match of `pattern` contains ("" if
    none is sure): `literal in text` is a cheap test that a table's row cannot match,
    before a search over the whole text. Read from the parsed pattern (`re._parser`,
    the standard library's own parser); literals inside groups that must match count,
    those inside repeats, alternatives and look-arounds do not."""
    try:
        parsed = re._parser.parse(pattern)  # type: ignore[attr-defined]
    except re.error:
        return ""
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return ""
    return max(_literal_runs(parsed.data), key=len, default="")


def _literal_runs(items: list[tuple[object, object]]) -> list[str]:
    runs: list[str] = []
    run: list[str] = []
    for op, arg in items:
        if str(op) == "LITERAL" and isinstance(arg, int):
            run.append(chr(arg))
            continue
        runs.append("".join(run))
        run = []
        if str(op) == "SUBPATTERN" and isinstance(arg, tuple) and not arg[1] & re.IGNORECASE:
            runs += _literal_runs(arg[-1].data)  # (group, add_flags, del_flags, pattern)
    runs.append("".join(run))
    return runs
