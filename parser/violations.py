"""Violations (法第23条の規定違反(…の不備。詳細版、…), 法第23条が求める…の不備,
同法第5条第1号(優良誤認)に該当, 法第27条第1項の規定に違反する…), the incident, and
entrustment (委託) between organisations."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from shobun.parser.extract.figures import Figure
from shobun.parser.model import Citation, DateValue, SectionRef
from shobun.parser.normalize import NormText
from shobun.parser.patterns import PAREN_BODY, PARENTHETICAL
from shobun.parser.positions import ByStart, Zones
from shobun.parser.resolve import Mention

_PAREN = rf"\((?P<paren>{PAREN_BODY})\)"  # group "paren": inside the brackets
_V_BREACH = re.compile(rf"(?:の規定)?(?:違反|に違反(?:する|した|して)?(?:行為)?)(?:{_PAREN})?")
_V_REQUIRES = re.compile(
    r"が求める(?P<desc>[^、。()]{2,40}?)(?=及び|並びに|の不備|の不徹底|が不十分|に不備)"
)
# A(…)に、B(…)に該当; A(…)及びB(…)に該当: each provision with its own caption
_V_CAPTION = re.compile(
    rf"{_PAREN}(?:に(?:該当|、(?=[^。]*に該当))|(?:及び|並びに|、)(?=[^。]*に該当))"
)
_V_OBSERVE = re.compile(  # not 「…の規定を遵守するとともに」, which an order asks
    r"(?:の規定)?を遵守(?:せず|しておらず|していなかった|していない|しなかった)"
)
_V_DEFINED = re.compile(
    r"(?:の規定)?に(?:規定する|掲げる|定める)(?P<desc>[^、。]{1,30}?)に(?:該当|当たる|抵触)"
)
_V_CONTRAVENE = re.compile(r"(?:の規定)?に抵触")
_V_DUTY = re.compile(
    r"(?:の規定)?に基づく(?P<desc>[^、。をが]{1,30})を(?:怠|行っておらず|行っていなかった|行わ|せず|して(?:おらず|いなかった))"
)
# 「法第37条第2項に規定する書面を交付していなかった」「法第25条が求める委託先の監督を適切に
# 行っていなかった」: what the provision requires, then that it was not done
_V_UNMET = re.compile(
    r"(?:の規定)?(?:に規定する|に定める|が求める|に基づく)(?P<desc>[^、。をがは]{1,30}?)"
    r"(?:を|について)[^。]{0,40}?(?:ていなかった|ておらず|ていない|なかった|怠っ|怠り|せず|行わず)"
)
_VACUOUS = frozenset({"事実", "行為", "もの", "事案", "こと", "状況", "事実関係"})
_CAPTION_AFTER = PARENTHETICAL
_V_AGAINST = re.compile(r"の規定に違反(?:する|した)(?P<desc>[^、。をが]{2,40})(?:を|が)")
_DEFECT_TAIL = re.compile(r"^(?:[^、。(]*?)?(?P<tail>の不備|の不徹底)")
_PERIOD = re.compile(r"(?:から|より)(?:[^。]{0,3}?)")


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    provisions: tuple[Citation, ...]
    description: str | None
    paren: tuple[int, int] | None  # normalised span of the explaining parenthetical


_CHAIN_GAP = 4  # 及び, 並びに, 、: citations this close continue one chain


def _chains(
    cites: list[tuple[int, int, Citation]],
) -> Iterator[tuple[int, int, list[Citation]]]:
    """(start, end, citations) for every prefix of every chain of adjacent citations
    (法第30条第1項及び第3項 gives 第30条第1項, then both): what follows any of them
    may say they were violated."""
    run: list[tuple[int, int, Citation]] = []
    for s, e, c in sorted(cites, key=lambda x: (x[0], x[1])):
        if run and s - max(x[1] for x in run[-3:]) > _CHAIN_GAP:
            run = []
        run.append((s, e, c))
        if not any(x[1] > e for x in run):  # the chain's end so far
            yield run[0][0], e, [x[2] for x in run]


def violations(norm: NormText, cites: list[tuple[int, int, Citation]]) -> list[Found]:
    text = norm.text
    out: dict[int, Found] = {}
    for start, end, chain in _chains(cites):
        found = _one(text, end, chain, start)
        if found is not None:
            out[end] = found  # the longest chain ending there wins
    return [out[e] for e in sorted(out)]


def _one(text: str, end: int, chain: list[Citation], start: int) -> Found | None:
    found = (
        _at(text, end, chain, start)
        or _heading_with_provision(text, end, chain, start)
        or _provision_with_caption(text, end, chain, start)
        or _cell_with_caption(text, end, chain, start)
    )
    caption = _CAPTION_AFTER.match(text, end)
    if found is None and caption is not None:  # 第19条(不公正な取引方法…)の規定に違反
        found = _at(text, caption.end(), chain, start)
        named = text[caption.start() + 1 : caption.end() - 1]
        if found is not None and found.description is None and _CAPTION_TEXT.fullmatch(named):
            # 「法第25条(委託先の監督)の規定に違反する」: the article's caption names the wrong
            found = Found(found.start, found.end, found.provisions, named, found.paren)
    if found is not None and found.description in _VACUOUS:
        return Found(found.start, found.end, found.provisions, None, found.paren)
    return found


# An article's caption (見出し) or a named wrong in brackets: a short phrase, no sentence,
# no citation, no short-name definition (以下「…」という).
_CAPTION_TEXT = re.compile(r"[^、。「」()第]{2,20}")
_NUMBERED_LINE = re.compile(r"(?:第?[0-9]+[.、の]?|\([0-9]+\)|\([ア-ン]\)|[ア-ン]) ?")


def _heading_with_provision(text: str, end: int, chain: list[Citation], start: int) -> Found | None:
    """A line naming a violation and its provision, as lists of 認定した違反行為 have
    them: 「(1) 勧誘目的等の不明示(特定商取引法第3条)」, a bullet 「- 不実告知(…)」, or a
    table cell 「|優良誤認(第5条第1号)|」."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text.startswith("|", line_start):  # a cell of a table row: the cell is the line
        line_start = text.rfind("|", line_start, start) + 1
        line_end = min(line_end, text.find("|", end) % (len(text) + 1))
    opener = text.rfind("(", line_start, start)
    if text[end : end + 1] != ")" or end + 1 != line_end or opener < 0:
        return None
    marker = _NUMBERED_LINE.match(text, line_start, opener)  # or a bullet the markdown lost
    between = text[opener + 1 : start]
    desc = text[marker.end() if marker else line_start : opener]
    if "、" in between or "。" in between or not 2 <= len(desc) <= 40:
        return None
    if _NOT_A_VIOLATION.search(desc):
        return None
    return Found(start, end, tuple(chain), desc, None)


def _provision_with_caption(text: str, end: int, chain: list[Citation], start: int) -> Found | None:
    """A line that lists a violated provision with the wrong it names: 「ア 法第3条(勧誘
    目的等不明示)」, 「(2) 第6条第1項(不実告知)」 — under a heading of 違反行為."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    caption = _CAPTION_AFTER.match(text, end)
    if caption is None or caption.end() != line_end:
        return None
    lead = text[line_start:start]
    marker = _NUMBERED_LINE.match(lead)
    rest = lead[marker.end() if marker else 0 :]
    desc = text[caption.start() + 1 : caption.end() - 1]
    if len(rest) > 20 or not 2 <= len(desc) <= 30 or _NOT_A_VIOLATION.search(desc + rest):
        return None
    return Found(start, caption.end(), tuple(chain), desc, None)


_CELL_CAPTION = re.compile(r"\n(?P<desc>[^|。、\n]{2,20})\|")


def _cell_with_caption(text: str, end: int, chain: list[Citation], start: int) -> Found | None:
    """A table cell flattened to lines: 「…明らかにしていなかった。|第3条⏎勧誘目的等不明示|」,
    the provision and the wrong it names, in the column of 法の条項."""
    if text[start - 1 : start] != "|":
        return None
    m = _CELL_CAPTION.match(text, end)
    if m is None or _NOT_A_VIOLATION.search(m.group("desc")):
        return None
    return Found(start, m.end("desc"), tuple(chain), m.group("desc"), None)


# 「業務停止命令(特定商取引法第8条)」 lists a basis; 「…に基づき(…)」 is prose
_NOT_A_VIOLATION = re.compile(r"命令|指示|勧告|指導|処分|[、。]|に基づ|による|により|について")


def _at(text: str, end: int, chain: list[Citation], start: int) -> Found | None:
    if m := _V_DUTY.match(text, end):
        return Found(start, m.end(), tuple(chain), m.group("desc") + "の不履行", None)
    if m := _V_REQUIRES.match(text, end):
        desc = m.group("desc")
        tail = _DEFECT_TAIL.match(text, m.end())
        desc += tail.group("tail") if tail else ""
        paren = re.compile(_PAREN).search(text, m.end(), m.end() + 200)
        return Found(start, m.end(), tuple(chain), desc, paren.span("paren") if paren else None)
    if m := _V_CAPTION.match(text, end):
        return Found(start, m.end(), tuple(chain), m.group("paren"), None)
    if m := _V_AGAINST.match(text, end):
        return Found(start, m.end(), tuple(chain), m.group("desc"), None)
    if m := _V_BREACH.match(text, end):
        inside: str | None = m.group("paren")
        desc = inside.split("。")[0].split("、詳細")[0] if inside else None
        where = m.span("paren") if inside else None
        return Found(start, m.end(), tuple(chain), desc or None, where)
    if m := _V_UNMET.match(text, end):
        return Found(start, m.end(), tuple(chain), text[m.start("desc") : m.end()], None)
    if m := _V_DEFINED.match(text, end):
        return Found(start, m.end(), tuple(chain), m.group("desc"), None)
    if m := _V_CONTRAVENE.match(text, end):
        return Found(start, m.end(), tuple(chain), None, None)
    if m := _V_OBSERVE.match(text, end):
        return Found(start, m.end(), tuple(chain), None, None)
    return None


def refs_in(
    section_refs: ByStart[tuple[int, int, SectionRef]], span: tuple[int, int] | None
) -> tuple[SectionRef, ...]:
    if span is None:
        return ()
    return tuple(r for _, e, r in section_refs.between(span[0], span[1] + 1) if e <= span[1] + 1)


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


_FROM = re.compile(r"(?:\([^()]*\))?(?:から|より)(?:[^。、]{0,30}?)委託(?:を受け|され)")
_TO = re.compile(r"(?:\([^()]*\))?に(?:[^。、]{0,20}?)委託(?:し|する|していた)")
_AGENT_OF = re.compile(r"委託先(?:である|の)$")
_PRINCIPAL_OF = re.compile(r"委託元(?:である|の)$")
_SUBJECT = re.compile(r"(?:\([^()]*\))?(?:は|が)[、]?")


def entrustments(norm: NormText, mentions: list[Mention], main: str | None) -> list[Entrust]:
    """委託 between organisations: 「Xから委託を受け」「Xから委託されたY」「Yに委託していた」
    「(Xの)委託先であるY」「(Yの)委託元であるX」."""
    text = norm.text
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
        principal = _owner_before(text, at, a.start()) or subject() or main
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


def _subject(text: str, mentions: Sequence[Mention], not_label: str) -> str | None:
    # the nearest subject before the verb: 「Aは…Bに委託していたところ、Bは、…Cに再委託」
    for x in reversed(mentions):
        if x.kind != "Authority" and x.label != not_label and _SUBJECT.match(text, x.end):
            return x.label
    return None


def person_figure(figures: list[Figure]) -> Figure | None:
    return next((f for f in figures if f.kind == "person"), None)
