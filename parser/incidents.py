"""The incident a notice reports — the period (AからBまでの間) and the persons affected —
and entrustment (委託) between organisations."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from shobun.parser.extract.figures import Figure
from shobun.parser.model import DateValue
from shobun.parser.normalize import NormText
from shobun.parser.positions import ByStart, Zones
from shobun.parser.resolve import Mention

_PERIOD = re.compile(r"(?:から|より)(?:[^。]{0,3}?)")


def period(
    norm: NormText,
    dates: list[tuple[int, int, DateValue]],
    excluded: Zones,
) -> tuple[DateValue, DateValue] | None:
    """The first 「AからBまでの間」/「AからBにかけて」 outside `excluded` (the sentences
    and sections of sanctions, whose periods are suspensions, not the incident)."""
    text = norm.text
    for (s1, e1, a), (s2, e2, b) in itertools.pairwise(dates):
        if s1 in excluded:
            continue
        between = text[e1:s2]
        tail = text[e2 : e2 + 8]
        if _PERIOD.fullmatch(between) and re.match(r"(?:頃)?(?:までの間|まで|にかけて|の間)", tail):
            return a, b
    return None


@dataclass(frozen=True)
class Entrust:
    principal: str
    agent: str
    start: int
    end: int


# 「Xから…業務の委託を受けていたY」「Xから…業務を受託しているY」: Y, right after, is the agent
_FROM = re.compile(
    r"(?:\([^()]*\))?(?:から|より)(?:[^。、]{0,30}?)(?:委託(?:を受け|され)|受託し)"
    r"(?:ていた|ている|ており|た)?"
)
_TO = re.compile(r"(?:\([^()]*\))?に(?:[^。、]{0,20}?)委託(?:し|する|していた)")
_AGENT_OF = re.compile(r"委託先(?:である|の)$")
_PRINCIPAL_OF = re.compile(r"委託元(?:である|の)$")
_SUBJECT = re.compile(r"(?:\([^()]*\))?(?:は|が)[、]?")


def entrustments(norm: NormText, mentions: list[Mention], main: str | None) -> list[Entrust]:
    """委託 between organisations: 「Xから委託を受け」「Xから委託されたY」「Yに委託していた」
    「(Xの)委託先であるY」「(Yの)委託元であるX」."""
    text = norm.text
    if "託" not in text:
        return []  # each phrasing says 委託 or 受託: most notices are not read mention by mention
    at = ByStart(mentions, lambda x: x.start)
    out: list[Entrust] = []
    for m in at.items:
        found = _entrust_at(text, at, m, main)
        if found is not None and found.principal != found.agent:
            out.append(found)
    return out


def _entrust_at(text: str, at: ByStart[Mention], m: Mention, main: str | None) -> Entrust | None:
    def subject() -> str | None:
        sent_start = max(text.rfind("。", 0, m.start), text.rfind("\n", 0, m.start)) + 1
        return _subject(text, at.between(sent_start, m.start), m.label)

    if (f := _FROM.match(text, m.end)) is not None:
        after = next(iter(at.between(f.end(), f.end() + 3)), None)
        agent = after.label if after else subject()
        return Entrust(m.label, agent, m.start, f.end()) if agent else None
    if (t := _TO.match(text, m.end)) is not None:
        principal = subject()
        return Entrust(principal, m.label, m.start, t.end()) if principal else None
    before = max(0, m.start - 8)
    if (a := _AGENT_OF.search(text, before, m.start)) is not None:
        principal = _owner_before(text, at, a.start()) or _joined_before(text, at, a.start())
        principal = principal or subject() or main
        return Entrust(principal, m.label, a.start(), m.end) if principal else None
    if (p := _PRINCIPAL_OF.search(text, before, m.start)) is not None:
        agent = _owner_before(text, at, p.start()) or subject() or main
        return Entrust(m.label, agent, p.start(), m.end) if agent else None
    return None


def _owner_before(text: str, at: ByStart[Mention], pos: int) -> str | None:
    """The organisation in 「Xの」 right before `pos`."""
    if text[pos - 1 : pos] != "の":
        return None
    near = [x for x in at.between(max(0, pos - 60), pos) if x.end == pos - 1]
    return near[-1].label if near else None


# 「A及び同社のコールセンター業務の委託先であるB」: what B is to A between them
_ITS = re.compile(r"(?:\([^()]*\))?(?:及び|並びに|と|、)(?:同社|同法人|同組合)の[^。、]{0,30}?の$")


def _joined_before(text: str, at: ByStart[Mention], pos: int) -> str | None:
    """A in 「A及び同社の…業務の」 right before `pos`: 同社 is the company named before it."""
    near = [x for x in at.between(max(0, pos - 60), pos) if x.kind != "Authority"]
    for x in reversed(near):
        if _ITS.fullmatch(text, x.end, pos):
            return x.label
    return None


def _subject(text: str, mentions: Sequence[Mention], not_label: str) -> str | None:
    # the nearest subject before the verb: 「Aは…Bに委託していたところ、Bは、…Cに再委託」
    for x in reversed(mentions):
        if x.kind != "Authority" and x.label != not_label and _SUBJECT.match(text, x.end):
            return x.label
    return None


def person_figure(figures: list[Figure]) -> Figure | None:
    return next((f for f in figures if f.kind == "person"), None)
