"""The phrasing that marks a role in a notice — the heading of a list of offenders, the
label before a name, an addressee named only by a common noun — as data
(`parser/data/roles.tsv`, one row per phrasing, each with an example it must match).
The phrasing of violations is a table of the same shape (`violation_forms.tsv`)."""

from __future__ import annotations

import re
from functools import cache

from shobun.parser import patterns, scan, tables


@cache
def pattern(role: str, table: str = "roles") -> re.Pattern[str]:
    """Every phrasing of `role` in `table`, as one alternation."""
    found = [r["pattern"] for r in tables.rows(table) if r["role"] == role]
    if not found:
        raise KeyError(f"{table}.tsv has no role {role!r}")
    # behind a look-ahead for the characters a match can begin with (`patterns.guarded`):
    # rows that open with an optional part or a look-behind leave the regex engine
    # nothing to skip ahead to, and the alternation was tried at every character
    return patterns.guarded("|".join(f"(?:{p})" for p in found))


@cache
def guarded(role: str, table: str = "roles") -> scan.Guarded:
    """`pattern(role, table)`, looking for the words its every match needs before it scans
    (`scan.Guarded`): for a scan of a whole text that most often finds nothing."""
    return scan.Guarded(pattern(role, table))


@cache
def either(*role_names: str) -> re.Pattern[str]:
    """Every phrasing of each of `role_names`, as one alternation."""
    return re.compile("|".join(f"(?:{pattern(r).pattern})" for r in role_names))
