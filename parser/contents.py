"""An action's content told inline, where no section holds it: a label that names the
action (「(2)勧告内容 ア …こと。 イ …までに報告すること。」, 「勧告の内容は2点。1点目は、…
までに提出すること。」, 「2 命令の内容⏎(1)…こと。⏎(3)…までに報告すること。」) and the run
of sentences after it that each impose something (…こと。) give that action its deadline."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from shobun.parser import roles
from shobun.parser.context import Context, innermost, sentence_of
from shobun.parser.deadlines import deadlines_in, fits
from shobun.parser.events import Draft
from shobun.parser.extract.sanctions import INVESTIGATIONS, Term
from shobun.parser.model import DateValue
from shobun.parser.positions import ByStart

_SAID_REACH = 2  # characters between 「提出期限は」 and its date
_REACH = 16  # characters before a label term where its line's numbering may stand


def told(ctx: Context, drafts: tuple[Draft, ...], terms: ByStart[Term]) -> tuple[Draft, ...]:
    """Each action of a kind a content label names, set out today (or of that kind the
    only ones, when none is dated today) and without a deadline, takes the first deadline
    the label's run of imposed items gives."""
    due: dict[str, DateValue] = {}  # kind → the deadline its content gives
    for t in terms.between(0, len(ctx.norm.text)):
        if t.kind in due or t.kind in INVESTIGATIONS or not _labels(ctx, t):
            continue
        if found := _run_deadlines(ctx, t.end):
            due[t.kind] = found[0]
    for kind, value in due.items():
        mine = [d for d in drafts if fits(d.kind, kind) and d.kind not in INVESTIGATIONS]
        today = [d for d in mine if d.date in (None, ctx.today)]
        given = {id(d) for d in (today or mine) if not d.deadlines}
        drafts = _due(drafts, given, value)
    return drafts


def _labels(ctx: Context, t: Term) -> bool:
    """Whether the term opens a content label: only a numbering before it on its line
    or after the last sentence, 「の内容」 or 「内容」 after it."""
    text = ctx.norm.text
    opens = roles.pattern("content_label_opens")
    return (
        not t.verbal
        and roles.pattern("content_label").match(text, t.end) is not None
        and opens.search(text, max(0, t.start - _REACH), t.start) is not None
    )


def _run_deadlines(ctx: Context, pos: int) -> list[DateValue]:
    """The deadlines of the label's own sentence and of the sentences after it that each
    impose something (end in こと。)."""
    i = max(bisect_right(ctx.sentence_starts, pos) - 1, 0)
    out = deadlines_in(ctx, pos, ctx.sentences[i][1])
    for lo, hi in ctx.sentences[i + 1 :]:
        said = ctx.norm.text[lo:hi].rstrip()
        imposes = said.endswith(("こと。", "こと"))  # ・…すること, an item with no 。
        if not (imposes or _ITEM.match(said)):  # ・…の徹底: an item that sets no day
            break
        out += deadlines_in(ctx, lo, hi) if imposes else []
    return out


_ITEM = re.compile(r"[・●○■]")  # a bullet of the label's list


def said_due(ctx: Context, drafts: tuple[Draft, ...], _terms: ByStart[Term]) -> tuple[Draft, ...]:
    """「業務改善報告書の提出期限は12月16日。」: a report's deadline said in a sentence of its
    own gives it to every action of the notice's latest day (a news item's day may be the
    next) that has none; not to an investigation."""
    for m in roles.guarded("due_said").finditer(ctx.norm.text):
        said = [v for s, _, v in ctx.date_index.between(m.end(), m.end() + _SAID_REACH) if v.day]
        if not said or _own_section_has(ctx, drafts, m.start(), said[0]):
            continue  # 「(2)…改善命令⏎改善報告期限:…」: that section's action's, given already
        acts = [d for d in drafts if d.kind not in INVESTIGATIONS]
        last = max((d.date.iso() for d in acts if d.date is not None), default=None)
        given = {
            id(d) for d in acts if not d.deadlines and (d.date is None or d.date.iso() == last)
        }
        return _due(drafts, given, said[0])
    return drafts


def _own_section_has(ctx: Context, drafts: tuple[Draft, ...], pos: int, due: DateValue) -> bool:
    path = innermost(ctx, pos)
    return path is not None and any(d.section == path and due in d.deadlines for d in drafts)


def _due(drafts: tuple[Draft, ...], given: set[int], value: DateValue) -> tuple[Draft, ...]:
    """The drafts, those in `given` (by identity) with `value` as their deadline."""
    return tuple(replace(d, deadlines=(value,)) if id(d) in given else d for d in drafts)


def requested_after(
    ctx: Context, drafts: tuple[Draft, ...], terms: ByStart[Term]
) -> tuple[Draft, ...]:
    """「本日、A社に対し、…勧告を行い、…報告等の求めを行うことを決定した。」: a request the
    sentence of today's action names after it is made today too, where it is set out below
    with no day (「3 報告等の求めの内容 …報告するよう求める。」); one told before it (「報告を
    求めたところ、…本日、勧告を行った」) led to it."""
    kinds: set[str] = set()
    for d in drafts:
        if d.date == ctx.today and ctx.today and d.kind not in INVESTIGATIONS:
            _, hi = sentence_of(ctx, d.start)
            kinds |= {t.kind for t in terms.between(d.start, hi) if t.kind in INVESTIGATIONS}
    return tuple(
        replace(d, date=ctx.today) if d.kind in kinds and d.date is None and not d.past else d
        for d in drafts
    )
