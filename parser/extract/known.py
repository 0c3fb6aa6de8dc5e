"""What is known of organisations once they are found: every other place a known name
or alias stands, the names coordinated with one (A、B及びC), and spans into the source."""

from __future__ import annotations

import re
from collections.abc import Sequence

from shobun.parser import patterns
from shobun.parser.extract.orgs import OrgMention
from shobun.parser.model import OrgKind, Span
from shobun.parser.normalize import NormText

_ANAPHORS = ("同社", "当該社", "同法人", "同組合")


def coordinated_before(
    text: str,
    mentions: Sequence[OrgMention],
    last: OrgMention,
    skipped: re.Pattern[str] | None = None,
) -> list[OrgMention]:
    """The organisations coordinated with `last` before it (「A(…)、B及びC」 → B, A),
    nearest first; `mentions` are those that may stand before it; `skipped`: the items
    of the list that name no organisation (「A、山田一郎、B」: a person), passed over."""
    out: list[OrgMention] = []
    cur = last
    for m in sorted(mentions, key=lambda x: -x.end):
        if m.end > cur.start or text.startswith(_ANAPHORS, m.start, m.end):
            continue  # 「A及び同社の委託先であるB」: 同社 is A, said inside what B is to A
        if m.kind == "Authority" or not _joined(text, m.end, cur.start, skipped):
            break
        out.append(m)
        cur = m
    return out


_LISTED = re.compile(rf"(?:{patterns.PAREN})*(?:、|及び|並びに)")  # the joints of a list of names


def _joined(text: str, end: int, start: int, skipped: re.Pattern[str] | None) -> bool:
    if patterns.COORDINATION.fullmatch(text, end, start):
        return True
    joint = _LISTED.match(text, end, start) if skipped else None
    return bool(joint and skipped and skipped.fullmatch(text, joint.end(), start))


def known_mentions(text: str, labels: dict[str, tuple[str, OrgKind]]) -> list[OrgMention]:
    """Every occurrence of a known name or alias (surface → label, kind); where two
    overlap the longer wins. Plain `str.find`: a regex per notice costs more to compile
    than the search it saves."""
    taken = bytearray(len(text))  # 1 where a longer name already stands
    out: list[OrgMention] = []
    for surface in sorted(labels, key=len, reverse=True):
        at = text.find(surface)
        while at >= 0 and surface:
            end = at + len(surface)
            if not any(taken[at:end]):
                taken[at:end] = b"\x01" * (end - at)
                out.append(OrgMention(*labels[surface], at, end))
            at = text.find(surface, end)
    return sorted(out, key=lambda m: m.start)


def span_of(norm: NormText, start: int, end: int) -> Span:
    s, e = norm.to_source(start, end)
    return Span(s, e, norm.source[s:e])


def quoted_before(text: str, end: int) -> tuple[int, str] | None:
    """The text of a 「…」 that closes at `end`, with where it opens."""
    if end < 2 or text[end - 1] != "」":
        return None
    depth = 0
    for i in range(end - 1, max(-1, end - 300), -1):
        if text[i] == "」":
            depth += 1
        elif text[i] == "「":
            depth -= 1
            if depth == 0:
                return i, text[i + 1 : end - 1]
    return None
