"""The phrasing that marks a role in a notice — the heading of a list of offenders, the
label before a name, an addressee named only by a common noun — as data
(`parser/data/roles.tsv`, one row per phrasing, each with an example it must match)."""

from __future__ import annotations

import re
from functools import cache

from shobun.parser import tables


@cache
def pattern(role: str, table: str = "roles") -> re.Pattern[str]:
    """Every phrasing of `role` in `table` (roles.tsv, org_phrases.tsv), as one alternation."""
    found = [r["pattern"] for r in tables.rows(table) if r["role"] == role]
    if not found:
        raise KeyError(f"{table}.tsv has no role {role!r}")
    return re.compile("|".join(f"(?:{p})" for p in found))
