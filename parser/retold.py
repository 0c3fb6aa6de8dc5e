"""Days a news item gives each addressee after the lead: 「…2社に業務改善を命じた。」 then
「九州経済産業局は9月29日付で、A(本社…)に命じた。関東経済産業局は10月2日付で、B(…)に
命じている。」: the sentence that names the addressee before the verb of the action it
retells dates that addressee's action."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from shobun.parser import roles
from shobun.parser.acted import action_dates
from shobun.parser.context import Context, sentence_of
from shobun.parser.events import Draft
from shobun.parser.extract.sanctions import INVESTIGATIONS, Term
from shobun.parser.model import DateValue
from shobun.parser.positions import ByStart


def days(ctx: Context, drafts: tuple[Draft, ...], _terms: ByStart[Term]) -> tuple[Draft, ...]:
    """Each undated draft with an addressee takes the day of the first later sentence that
    retells an action to that addressee."""
    if all(d.date is not None or d.addressee is None for d in drafts):
        return drafts
    return tuple(
        replace(d, date=day)
        if d.date is None and d.addressee and (day := _retold(ctx, d.addressee, d.end))
        else d
        for d in drafts
    )


def _retold(ctx: Context, who: str, after: int) -> DateValue | None:
    verb = roles.pattern("retold_action")
    for m in ctx.mention_index.between(after, len(ctx.norm.text)):
        if m.label != who or not verb.match(ctx.norm.text, m.end):
            continue
        found = action_dates(ctx, sentence_of(ctx, m.start)[0], m.start)
        if found and found[0].day is not None:
            return found[0]
    return None


def same_sentence(
    ctx: Context, drafts: tuple[Draft, ...], _terms: ByStart[Term]
) -> tuple[Draft, ...]:
    """An undated action told in one sentence with a dated one to the same addressee
    (「…は同社に、…停止するよう命じ、あわせて…を指示した。」) is of that day."""
    if all(d.date is not None for d in drafts):
        return drafts
    days: dict[tuple[int, str | None], set[DateValue]] = {}
    for d in drafts:  # an inspection's month dates what it found, not what was done after
        if d.date is not None and not d.from_heading and d.kind not in INVESTIGATIONS:
            days.setdefault((sentence_of(ctx, d.start)[0], d.addressee), set()).add(d.date)
    out = []
    for d in drafts:
        day = days.get((sentence_of(ctx, d.start)[0], d.addressee), set())
        undated = d.date is None and not (d.from_heading or d.past or d.by)
        ok = undated and len(day) == 1 and d.kind not in INVESTIGATIONS
        out.append(replace(d, date=next(iter(day))) if ok else d)
    return tuple(out)


def first_told(
    _ctx: Context, drafts: tuple[Draft, ...], _terms: ByStart[Term]
) -> tuple[Draft, ...]:
    """An undated action told again (「2023年11月28日、…事業者に対し、…停止を命じた。…
    消費者庁は同社に、…停止するよう命じ」) is of the day the last dated telling of its kind,
    to its addressee or to no one named, gives."""
    out: list[Draft] = []
    told: dict[tuple[str, str | None], DateValue] = {}  # (kind, addressee) → its last day
    for d in drafts:
        undated = d.date is None and not (d.from_heading or d.past or d.by)
        day = told.get((d.kind, d.addressee)) or told.get((d.kind, None))
        out.append(replace(d, date=day) if undated and day else d)
        if d.date is not None and not d.from_heading and not d.past:
            told[(d.kind, d.addressee)] = d.date
    return tuple(out)


def announced(ctx: Context, drafts: tuple[Draft, ...], _terms: ByStart[Term]) -> tuple[Draft, ...]:
    """An action a sentence tells as announced on its day (「…局は3日、…を使用停止処分とした
    と発表した。2日に監査を行った結果を受けて即日施行した…即日に全車両を使用停止にした。」)
    takes the other day a later telling of the same action to the same addressee gives; so do
    its tellings that took the announcement's day from the lead."""
    said: dict[tuple[str, str | None], set[DateValue]] = {}
    for d in drafts:
        if d.date is not None and d.addressee and _announcing(ctx, d):
            said.setdefault((d.kind, d.addressee), set()).add(d.date)
    later: dict[tuple[str, str | None], DateValue] = {}
    for d in reversed(drafts):
        key, day = (d.kind, d.addressee), d.date
        if key not in said or day is None or day in said[key] or d.from_heading:
            continue
        if any(_days_before(day, announced) for announced in said[key]):
            later.setdefault(key, day)
    return tuple(
        replace(d, date=later[key])
        if (key := (d.kind, d.addressee)) in later and d.date in said[key]
        else d
        for d in drafts
    )


def _announcing(ctx: Context, d: Draft) -> bool:
    _start, end = sentence_of(ctx, d.start)
    return roles.pattern("announced_tail").search(ctx.norm.text, d.end, end) is not None


_NEAR = 14  # days: the action told again was taken shortly before it was announced


def _days_before(day: DateValue, announced: DateValue) -> bool:
    """`day` falls within a fortnight before the announcement's (「…は2025年5月1日、…指導を
    行ったと発表した。…2024年3月1日にも…行政指導を行っている」 is another, earlier one)."""
    if day.day is None or announced.day is None or day.month is None or announced.month is None:
        return False
    gap = date(announced.year, announced.month, announced.day) - date(day.year, day.month, day.day)
    return 0 <= gap.days <= _NEAR
