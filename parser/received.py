"""Those a news item names as sanctioned in a sentence of their own, after a lead that only
counts them (「…の計3社に、…命令を出した。処分を受けたのは、A(東京都)とB(横浜市)、C(藤沢市)。」,
「…2社の許可を取り消した。許可を取り消されたのはA(東京都)とB(甲府市)の2社」): the
organisations of that sentence, not the places in brackets beside them."""

from __future__ import annotations

import re

from shobun.parser import roles
from shobun.parser.context import Context, sentence_of
from shobun.parser.patterns import PUBLIC_KINDS

_KINDS = frozenset({"Company", "PublicBody"})


def received(ctx: Context) -> list[str]:
    """The organisations the first sentence told as the recipients names, in order."""
    text = ctx.norm.text
    if "たのは" not in text:  # every phrasing of the role ends so: a cheap test first
        return []
    m = roles.pattern("recipients_told").search(text)
    if m is None:
        return []
    _, hi = sentence_of(ctx, m.start())
    out = [
        x.label
        for x in ctx.mention_index.between(m.end(), hi)
        if x.kind in _KINDS and x.label != ctx.issuer and not _bracketed(text, m.end(), x.start)
    ]
    return list(dict.fromkeys(out))


def _bracketed(text: str, lo: int, at: int) -> bool:
    """Whether `at` stands inside brackets opened after `lo` (a place: 「A(東京都港区)」)."""
    return text.rfind("(", lo, at) > text.rfind(")", lo, at)


_RECEIVERS = re.compile(r"を受けたの(?:は|が)、")


def named_after(ctx: Context, end: int) -> list[str]:
    """The organisations the rest of the sentence names after 「…を受けたのは、」."""
    if not _RECEIVERS.match(ctx.norm.text, end):
        return []
    _, s_end = sentence_of(ctx, end)
    named = [m.label for m in ctx.mention_index.between(end, s_end) if m.kind not in PUBLIC_KINDS]
    return list(dict.fromkeys(named))


UNNAMED = re.compile(r"同社|同法人|同組合|当該(?:事業者|業者|会社)")  # a company said again
_UNNAMED_TOPIC = re.compile(rf"\s*(?:{UNNAMED.pattern})は、")


def unnamed_topic(ctx: Context, pos: int) -> bool:
    """Whether the sentence holding `pos` opens with 同社は、 (当該事業者は、) that names no one:
    the notice's company is cut off above (an excerpt), not one the sentence names later."""
    topic = _UNNAMED_TOPIC.match(ctx.norm.text, sentence_of(ctx, pos)[0])
    return topic is not None and not ctx.mention_index.between(*topic.span())
