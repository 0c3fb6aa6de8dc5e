"""What a page prints above the notice's title — a news site's name, a ministry's line above
its bureau's — or below the story — a news page's 関連記事 — is the page's, not the
notice's: the organisations named only there are left out (statutes above the title
likewise: `law.named_in_notice`)."""

from __future__ import annotations

import re

from shobun.parser import roles
from shobun.parser.extract.orgs import OrgMention


def named_in_notice(
    text: str, mentions: list[OrgMention], body: int, issuer: str | None
) -> list[OrgMention]:
    """Without an organisation named only above the notice's title on a line that reports
    nothing (a news site's name, a ministry's line above its bureau's), unless it is the
    issuer: the page's, not the notice's. A headline above it (「金融庁が…処分を公表」) is kept."""
    tail = _trailer(text, body)  # a news page's 関連記事 below the story: other stories' names
    contact = _contact_blocks(text)  # 問合せ先 ⏎ 〇〇省〇〇課 ⏎ 電話 …: who answers, not who acts
    contact.append(
        _site_name(text)
    )  # 国土交通省 ネガティブ情報等検索サイト: the site's, not the notice's
    told = [m for m in mentions if body <= m.start < tail and not _inside(m.start, contact)]
    below = {m.label for m in told}
    return [
        m
        for m in mentions
        if m.label in below or m.label == issuer or (m.start < body and _reports(text, m.start))
    ]


_TRAILER = re.compile(  # 【関連記事】, (関連記事) of a trade paper, <関連記事>, ■関連記事
    r"^(?:[\[【(<《]|[■▼●◆] ?)?(?:関連記事|関連ニュース|この記事の関連ニュース|あわせて読みたい"
    r"|おすすめ記事|人気記事|ランキング|関連リンク|関連ページ|外部リンク|よく(?:見|閲覧)されているページ"
    r"|このページを見ている人はこんなページも見ています)(?:一覧)?[\]】)>》]?$",
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


_CONTACT_LINE = 40  # a contact block's lines: a bureau, a name, a number; no sentence


def _contact_blocks(text: str) -> list[tuple[int, int]]:
    """The spans of a page's contact blocks: a 問合せ先 heading and the short lines under it."""
    out: list[tuple[int, int]] = []
    head = roles.guarded("contact_head")
    if head.absent(text):
        return out  # no line can head a block
    at, start = 0, None
    for line in text.split("\n"):
        if start is not None and (len(line) > _CONTACT_LINE or "。" in line):
            out.append((start, at))
            start = None
        if start is None and head.regex.match(line):
            start = at
        at += len(line) + 1
    return out + ([(start, at)] if start is not None else [])


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= at < e for s, e in spans)


# A page's first line that is the site's name (…検索サイト, 〇〇県ホームページ, …公式サイト)
_SITE_NAME = re.compile(r"[^\n。、]{2,40}(?:サイト|ホームページ)")


def _site_name(text: str) -> tuple[int, int]:
    """The span of the page's first line where it is the site's name, else an empty span."""
    first = _SITE_NAME.match(text)
    return (
        (0, first.end()) if first and text[first.end() : first.end() + 1] in ("", "\n") else (0, 0)
    )
