"""What a page prints above the notice's title — a news site's name, a ministry's line above
its bureau's — or below the story — a news page's 関連記事 — is the page's, not the
notice's: the organisations named only there are left out (statutes above the title
likewise: `law.named_in_notice`)."""

from __future__ import annotations

import re

from shobun.parser.extract.orgs import OrgMention


def named_in_notice(
    text: str, mentions: list[OrgMention], body: int, issuer: str | None
) -> list[OrgMention]:
    """Without an organisation named only above the notice's title on a line that reports
    nothing (a news site's name, a ministry's line above its bureau's), unless it is the
    issuer: the page's, not the notice's. A headline above it (「金融庁が…処分を公表」) is kept."""
    tail = _trailer(text, body)  # a news page's 関連記事 below the story: other stories' names
    below = {m.label for m in mentions if body <= m.start < tail}
    return [
        m
        for m in mentions
        if m.label in below
        or m.label == issuer
        or (m.start < body and _reports(text, m.start))
        or body <= m.start < tail
    ]


_TRAILER = re.compile(
    r"^[\[【]?(?:関連記事|関連ニュース|この記事の関連ニュース|あわせて読みたい|おすすめ記事|人気記事"
    r"|ランキング)[\]】]?$",
    re.M,
)


def _trailer(text: str, body: int) -> int:
    """Where a news page's list of other stories begins below the story (関連記事, 関連ニュース
    after the first sentence from `body` on), else the end."""
    story = text.find("。", body)
    m = _TRAILER.search(text, story) if story >= 0 else None
    return m.start() if m else len(text)


_REPORTS = re.compile(r"について|処分|命令|勧告|指導|公表|措置|指示|発表")


def _reports(text: str, at: int) -> bool:
    line = text[text.rfind("\n", 0, at) + 1 : (text.find("\n", at) + 1 or len(text) + 1) - 1]
    return _REPORTS.search(line) is not None
