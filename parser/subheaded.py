"""A headline's sub-headline naming whom it is about, joined on to the headline by the
normaliser (a 県 release quoted by local news: 「…指示⏎及び…指導を行う⏎対象事業者はA(株)
(B市)」): the title ends at the line the sub-headline starts."""

from __future__ import annotations

import re

from shobun.parser.normalize import NormText

# 「対象事業者は…」「不適正な取引対象事業者は…」「処分を受けた業者は…」 opening a line
_SUBHEAD = re.compile(
    r"[^、。\s]{0,12}?(?:対象|処分を受けた|違反した?)(?:の)?(?:事業者|業者|企業|会社|者)(?:等)?は"
)

Title = tuple[tuple[int, int] | None, str | None]


def cut(norm: NormText, title: tuple[int, int] | None, text: str | None) -> Title:
    """The title without a sub-headline joined on after a line break inside it."""
    if title is None or text is None or "は" not in text:
        return title, text
    lo, hi = title
    if norm.text[lo:hi] != text:
        return title, text  # a title rewritten from its source: left as it is
    for gap in norm.gaps_between(lo, hi):
        s, e = norm.src[gap - 1] + 1, norm.src[gap]
        if "\n" in norm.source[s:e] and _SUBHEAD.match(norm.text, gap):
            return (lo, gap), norm.text[lo:gap]
    return title, text
