"""A release's first page run into one long line by a document-sharing page, the title
first: 「〇〇に対する業務停止命令(3か月)について 平成22年4月8日 〇〇局 〇〇局は、…」, often
spaced character by character as PDF text is (「…に つ い て 平 成 2 2 年 4 月 8 日 …」). The
title is the line's opening words up to the について the day follows."""

from __future__ import annotations

import re

from shobun.parser.headlines import TITLE_CUE
from shobun.parser.normalize import NormText

_LINES = 8  # the run-on line is near the top of the page
_RUN_ON = 60  # characters: a line this long holds more than a title and its day
# the title up to its について, and an era's day or a year right after it (spaced or not)
_TITLE_DAY = re.compile(
    r"(?P<title>[^。\n]{8,200}?に ?つ ?い ?て)"
    r"(?= ?(?:令 ?和|平 ?成|昭 ?和|[0-9] ?[0-9] ?[0-9] ?[0-9] ?年))"
)
_SPACE = re.compile(r"(?<=\S) (?=\S)")


def title_before_day(norm: NormText) -> tuple[tuple[int, int], str] | None:
    """The title span and its words (without the spaces between characters) of such a line,
    or None."""
    at = 0
    for line in norm.text.split("\n", _LINES)[:_LINES]:
        m = _TITLE_DAY.match(line) if len(line) > _RUN_ON else None
        words = _SPACE.sub("", m.group("title")) if m is not None else ""
        if m is not None and TITLE_CUE.search(words, 0, len(words) - len("について")):
            return (at, at + m.end("title")), words
        if line.strip():
            return None  # the title opens the page's first line
        at += len(line) + 1
    return None


_KICKER = re.compile(r"【[^【】\n]{2,30}】")  # 「【2県が同時行政処分】」 over a handout's title
# a whole line that reads as such a title
_DONE_TITLE = re.compile(r"[^。\n]{10,80}(?:を行いました|を行った|について)。?(?=\n|$)")


def after_kicker(
    norm: NormText, title: tuple[int, int] | None, text: str | None, body: int
) -> tuple[tuple[int, int], str] | None:
    """A handout's title on the line right after a kicker in 【】 that the header took for the
    title (「【2県が同時行政処分】⏎特定商取引法に違反する…業者」に対して⏎業務停止命令(9か月)を
    行いました。」, its lines joined): the line, as written; None where the header's title is
    no kicker or no such line follows it."""
    if title is None or text is None or not _KICKER.fullmatch(text):
        return None
    m = _DONE_TITLE.match(norm.text, body)
    if m is None or norm.text[title[1] : body].strip():
        return None
    return (m.start(), m.end()), m.group()
