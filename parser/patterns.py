"""Patterns several stages share, written once."""

from __future__ import annotations

import re

# A parenthetical that may hold one level of parentheses of its own:
# (法人番号1234。以下「当社」という。), (特定商取引法第6条第1項第1号(不実告知))
PAREN_BODY = r"[^()]*(?:\([^()]*\)[^()]*)*"
PAREN = rf"\({PAREN_BODY}\)"
PARENTHETICAL = re.compile(PAREN)

# What joins coordinated names: 「A(…)及びB」「A、B」「A・B」「AとB」
# 「A及び同社のコールセンター業務の委託先であるB」: what B is to A between them
COORDINATION = re.compile(
    rf"(?:{PAREN})*(?:及び|並びに|又は|、|・|と)"
    r"(?:(?:同社|その|当該)[^、。「」()]{0,30}?である)?"
)


def wrapped(*words: str) -> str:
    """Alternatives that a PDF line may break anywhere inside (「…の規定に基⏎づき」)."""
    return "|".join("\n?".join(map(re.escape, w)) for w in words)
