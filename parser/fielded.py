"""Wrongs listed one a line, each with its provision after a colon, under a field of the
facts: 「違反の概要:」 over 「・点呼の未実施:同法第17条第1項」 (a 運輸局's release whose
labels stand in 【】, `normalize`), each line a violation of its provision described by the
words before the colon (`violation_forms.tsv` `colon_wrong`)."""

from __future__ import annotations

from shobun.parser.model import Citation
from shobun.parser.wrongs import Found, form, not_a_violation

_ABOVE = 12  # lines: how far above its bullets the field's label may stand


def colon_listed(text: str, end: int, chain: list[Citation], start: int) -> Found | None:
    """The bulleted line 「・<wrong>:<provision>」 that the provision ends, where the wrong
    says it is a breach (…違反) or the lines stand under a field of the facts."""
    line_start = text.rfind("\n", 0, start) + 1
    m = form("colon_wrong").fullmatch(text, line_start, start)
    if m is None or text[end : end + 1] not in ("", "\n"):
        return None
    desc = m.group("desc")
    if not_a_violation(desc) or not ("違反" in desc or _under_facts(text, line_start)):
        return None
    return Found(start, end, tuple(chain), desc, None, named=True)


def _under_facts(text: str, line_start: int) -> bool:
    """The first line above that is no bulleted one labels the facts (違反の概要:)."""
    at = line_start
    for _ in range(_ABOVE):
        if at == 0:
            return False
        above = text.rfind("\n", 0, at - 1) + 1
        line = text[above : at - 1]
        if not form("list_marker").match(line):
            return bool(form("cause_heading").search(line.rstrip(" :")))
        at = above
    return False
