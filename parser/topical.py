"""A sentence about one kind of the actions already told (news items, trade papers):
「改善命令はいずれも同法第49条第1項に基づくもので、…を3月14日までに同局へ文書で報告するよう
求めた。」, 「停止期間は…までの2カ月間で、労働者派遣法第14条第2項に基づく。」. Its topic is the
kind; the provision it rests on is the basis of the drafts of that kind that have none, and a
report it asks for is part of those actions (its deadline theirs), not a request of its own."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from shobun.parser import roles
from shobun.parser.context import Context, sentence_of
from shobun.parser.events import Draft
from shobun.parser.extract.sanctions import Term
from shobun.parser.model import Citation
from shobun.parser.positions import ByStart

_OPENS = 4  # characters of white space or a bullet before a term that opens its sentence
_RESTS_ON = re.compile(r"(?:の規定)?に基づ(?:く|き)")
_SUSPENSION = "BusinessSuspensionOrder"  # the kind the period of a suspension is about


@dataclass(frozen=True)
class _Topic:
    kind: str
    start: int  # where the sentence goes on after the topic
    end: int  # where the sentence ends


def told_of(ctx: Context, drafts: tuple[Draft, ...], terms: ByStart[Term]) -> tuple[Draft, ...]:
    """The drafts of each kind a sentence is about take its basis where they have none, and
    the deadline of the report it asks for where they have none; that report is dropped."""
    out = drafts
    for topic in _topics(ctx, terms):
        kinds = [d for d in out if d.kind == topic.kind]
        if not kinds:
            continue
        cite = _rests_on(ctx, topic)
        asked = [d for d in out if _asked_in(d, topic)]
        due = next((d.deadlines for d in asked if d.deadlines), ())
        out = tuple(
            replace(d, basis=d.basis or cite, deadlines=d.deadlines or due)
            if d.kind == topic.kind
            else d
            for d in out
            if d not in asked
        )
    return out


def _asked_in(d: Draft, topic: _Topic) -> bool:
    """A report the sentence asks for on no basis of its own: part of the topic's actions."""
    return d.kind == "ReportRequest" and topic.start <= d.start < topic.end and d.basis is None


def _rests_on(ctx: Context, topic: _Topic) -> Citation | None:
    text = ctx.norm.text
    for _s, end, cite in ctx.citation_index.between(topic.start, topic.end):
        if cite.article and _RESTS_ON.match(text, end):
            return cite
    return None


def _topics(ctx: Context, terms: ByStart[Term]) -> list[_Topic]:
    """The sentences that open with a kind of action as their topic: a term (改善命令は、
    いずれも…), or the period of a suspension (停止期間は…)."""
    text, found = ctx.norm.text, []
    topic = roles.pattern("kind_topic")
    if "は" not in text:
        return []
    for t in terms.between(0, len(text)):
        lo, hi = sentence_of(ctx, t.start)
        opens = t.start - lo <= _OPENS and not text[lo : t.start].strip()
        if not t.verbal and opens and (m := topic.match(text, t.end)):
            found.append(_Topic(t.kind, m.end(), hi))
    if "期間" in text:
        for m in roles.pattern("suspension_period_topic").finditer(text):
            found.append(_Topic(_SUSPENSION, m.end(), sentence_of(ctx, m.start())[1]))
    return found
