"""Whom and when, from signs the notice gives apart from the sentence that takes the
action: the day signed under it (「…指示を行った。⏎令和7年6月18日⏎〇〇県知事」) and the
count of those it is for, named elsewhere (「派遣会社2社に対し、…」 over a list of two)."""

from __future__ import annotations

import re

from shobun.parser import roles
from shobun.parser.context import Context, sentence_of
from shobun.parser.events import Draft
from shobun.parser.listed import named_in
from shobun.parser.model import DateValue

# a line that is only a day, then one that is only the body or officer who signs
_SIGNED = re.compile(
    r"。\n+(?:(?:令和|平成|昭和)[0-9元]{1,2}|[0-9]{4})年[0-9]{1,2}月[0-9]{1,2}日\n"
    r"[^\n。、]{0,30}?(?:知事|大臣|長官|局長|市長|区長|町長|村長|委員会|署長)\n"
)


def signed(ctx: Context, drafts: tuple[Draft, ...]) -> list[DateValue]:
    """The day signed under the sentence that takes the actions (「…業務の一部を停止すべき
    旨の命令をし、…指示を行った。⏎令和7年6月18日⏎〇〇県知事」): the actions' day."""
    text = ctx.norm.text
    for d in drafts:
        if d.from_heading or d.date or d.past:
            continue
        end = sentence_of(ctx, d.start)[1]
        m = _SIGNED.match(text, end - 1)
        if m is not None:
            return [v for _, _, v in ctx.date_index.between(end, m.end())][:1]
    return []


# a letter's head: its day, then the addressee 「株式会社A⏎代表取締役 B 殿」 (命令書, 通知書)
_LETTER_HEAD = re.compile(
    r"(?:^|\n)(?:(?:令和|平成|昭和)[0-9元]{1,2}|[0-9]{4})年[0-9]{1,2}月[0-9]{1,2}日\n"
    r"(?:[^\n。]{1,40}\n){0,3}?[^\n。]{1,40}殿\n"
)
_PERFORMS = re.compile(r"(?:命令|指示|命じ|勧告|通知)(?:する|します)。")  # 「次のとおり命令する。」


def letter_dated(ctx: Context, drafts: tuple[Draft, ...]) -> list[DateValue]:
    """The day at the head of a letter (「令和2年7月30日⏎株式会社A⏎代表取締役 B 殿⏎
    …長官」) whose body takes the action in the present (「…次のとおり命令する。」)."""
    text = ctx.norm.text
    for d in drafts:
        if d.from_heading or d.date or d.past:
            continue
        lo, hi = sentence_of(ctx, d.start)
        if not _PERFORMS.search(text, d.start, hi + 1):
            continue
        head = _LETTER_HEAD.search(text, 0, lo)
        if head is not None:
            return [v for _, _, v in ctx.date_index.between(head.start(), head.end())][:1]
    return []


_COUNT = re.compile(
    r"(?<![0-9])(?P<n>[0-9]+|両)(?:社|事業者|事業主|業者|法人)等?(?:に|の|を|へ|と)"
)  # 「建設業者4社等を検事総長に告発した」: the four and others


_COUNT_REACH = 60  # characters before the term: 「派遣会社2社に対し、労働者派遣法第…に基づく」


def counted(ctx: Context, drafts: tuple[Draft, ...]) -> list[str]:
    """The organisations the notice names, where a sentence that takes an action counts
    those it is for (「派遣会社2社に対し、…停止命令と…改善命令を出しました。【処分対象の
    会社】- A - B」, 「派遣元2社の…許可を取り消した。処分を受けたのはAとB」) and the notice
    names exactly that many."""
    named = list(dict.fromkeys(named_in(ctx, 0, len(ctx.norm.text))))
    for d in drafts:
        if d.from_heading or d.addressee or d.to_person:
            continue
        lo = max(sentence_of(ctx, d.start)[0], d.start - _COUNT_REACH)
        m = _COUNT.search(ctx.norm.text, lo, d.start)
        if m is not None:
            n = 2 if m.group("n") == "両" else int(m.group("n"))
            return next((w for w in (named, _companies(ctx, named)) if len(w) == n), [])
    return []


def _companies(ctx: Context, named: list[str]) -> list[str]:
    """The companies of those named: 「4社」 counts no public body the notice also names
    (a prosecutors' office that indicted them, an agency that carries out the suspension)."""
    public = {
        m.label for m in ctx.mention_index.between(0, len(ctx.norm.text)) if m.kind == "PublicBody"
    }
    return [w for w in named if w not in public]


def concluded(ctx: Context, drafts: tuple[Draft, ...]) -> list[DateValue]:
    """The notice's day for the action its conclusion takes with no day of its own (「3.
    このため、株式会社Aに対し、…第6条第5項の規定に基づく命令を行いました。」 after the
    history that led to it): what the release announces is done on the day it is published."""
    text = ctx.norm.text
    for d in drafts:
        if d.from_heading or d.date or d.past or d.by or d.kind in _INVESTIGATIONS:
            continue
        lo, _ = sentence_of(ctx, d.start)
        if ctx.today and roles.pattern("concluding").match(text, lo):
            return [ctx.today]
    return []


_INVESTIGATIONS = frozenset({"ReportRequest", "OnSiteInspection"})
