"""A company a reproduction names in full once and then by its name alone (news, trade
papers: 「株式会社あけぼの商事(札幌市中央区)には…。あけぼの商事は、…」): each later
occurrence of the name without its legal form is a mention of that company, under its full
name. A name shorter than `_MIN`, or one written inside a longer word, is not read."""

from __future__ import annotations

import re
from functools import lru_cache

from shobun.parser import tables
from shobun.parser.extract.orgs import OrgMention
from shobun.parser.patterns import BRANCH
from shobun.parser.positions import Zones

_MIN = 4  # characters: 「東海」 alone is a region, not a company
_MOST = 40  # companies looked for: each is one scan of the text (a list of thousands: none)
# 「A宇都宮支店が…」: the company's branch, where its action takes effect
_BRANCH = re.compile(BRANCH)
_WORD = re.compile(r"[一-鿿々〆ヵヶァ-ヴーA-Za-z0-9・&]")  # a character inside a longer name


@lru_cache(maxsize=1)
def _ends() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A company's legal form at the start of a name, and at its end, longest first."""
    forms = sorted(
        ((f, pos) for f, (pos, kind) in tables.org_forms().items() if kind == "Company"),
        key=lambda x: -len(x[0]),
    )
    before = [re.escape(f) for f, pos in forms if pos in ("prefix", "both")]
    after = [re.escape(f) for f, pos in forms if pos in ("suffix", "both")]
    return re.compile(f"(?:{'|'.join(before)})"), re.compile(f"(?:{'|'.join(after)})$")


def _stem(label: str) -> str | None:
    """The name without its legal form (株式会社A, A株式会社 → A), if one stands at an end."""
    before, after = _ends()
    if m := before.match(label):
        return label[m.end() :]
    if m := after.search(label):
        return label[: m.start()]
    return None


def shortened(text: str, found: list[OrgMention]) -> list[OrgMention]:
    """Every occurrence of a company's name without its legal form, after the first
    mention of that company and outside every mention found."""
    covered = Zones((m.start, m.end) for m in found)
    first: dict[str, OrgMention] = {}
    for m in found:
        if m.kind == "Company" and m.label not in first:
            first[m.label] = m
    out: list[OrgMention] = []
    for label, m in list(first.items())[:_MOST]:
        stem = _stem(label)
        if stem is None or len(stem) < _MIN or _WORD.fullmatch(stem[-1]) is None:
            continue
        at = text.find(stem, m.end)
        while at >= 0:
            end = at + len(stem)
            if at not in covered and _alone(text, at, end):
                out.append(OrgMention(label, "Company", at, end))
            at = text.find(stem, end)
    return out


def _alone(text: str, start: int, end: int) -> bool:
    """Whether the name stands as a word: no name character right before or after it."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if before and _WORD.match(before):
        return False
    return not (after and _WORD.match(after)) or _BRANCH.match(text, end) is not None
