"""What a page prints above the notice's title — a news site's name, a ministry's line above
its bureau's — is the page's, not the notice's: the organisations named only there are left
out (statutes likewise: `law.named_in_notice`)."""

from __future__ import annotations

import re

from shobun.parser.extract.orgs import OrgMention


def named_in_notice(
    text: str, mentions: list[OrgMention], body: int, issuer: str | None
) -> list[OrgMention]:
    """Without an organisation named only above the notice's title on a line that reports
    nothing (a news site's name, a ministry's line above its bureau's), unless it is the
    issuer: the page's, not the notice's. A headline above it (「金融庁が…処分を公表」) is kept."""
    below = {m.label for m in mentions if m.start >= body}
    return [
        m
        for m in mentions
        if m.start >= body or m.label in below or m.label == issuer or _reports(text, m.start)
    ]


_REPORTS = re.compile(r"について|処分|命令|勧告|指導|公表|措置|指示|発表")


def _reports(text: str, at: int) -> bool:
    line = text[text.rfind("\n", 0, at) + 1 : (text.find("\n", at) + 1 or len(text) + 1) - 1]
    return _REPORTS.search(line) is not None
