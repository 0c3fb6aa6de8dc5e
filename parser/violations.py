"""Violations: a cited provision and the words around it that say it was broken
(法第23条の規定違反(…の不備。詳細版、…), 法第23条が求める…の不備, 同法第5条第1号(優良誤認)に
該当, 法第27条第1項の規定に違反する…, …法に違反する行為(同法第5条第2号有利誤認),
不実告知(法第6条第1項)及び…です). The phrasing that is data: `violation_forms.tsv`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from shobun.parser import fielded, itemized, scan, tables, uncited, unworded, wrongs
from shobun.parser.model import Citation, SectionRef
from shobun.parser.normalize import NormText
from shobun.parser.patterns import PAREN_BODY, PARENTHETICAL
from shobun.parser.positions import ByStart
from shobun.parser.wrongs import CAPTION_TEXT, Found, form

__all__ = ["Found", "caption_at", "form", "provision", "refs_in", "violations"]

_PAREN = rf"\((?P<paren>{PAREN_BODY})\)"  # group "paren": inside the brackets
_V_BREACH = re.compile(  # 法第4条の違反(過大な景品類の提供)による: 「の」 alone too
    rf"(?:の規定|の)?(?:など|等)?(?:違反|に違反(?:する|した|して)?(?:行為)?)(?:{_PAREN})?"
)
_V_REQUIRES = re.compile(
    r"が求める(?P<desc>[^、。()]{2,40}?)(?=及び|並びに|の不備|の不徹底|が不十分|に不備"
    r"|について、[^。]{0,30}?(?:改善|是正|見直)[^。]{0,20}?(?:指導|命じ|勧告|求め))"
)  # the last: what an action itself says the company must mend (…について、改善するよう指導した)
# A(…)に、B(…)に該当; A(…)及びB(…)に該当: each provision with its own caption
_V_CAPTION = re.compile(
    rf"{_PAREN}(?:に(?:該当|[当あ]た[るりっ]|、(?=[^。]*に該当))|(?:及び|並びに|、)(?=[^。]*に該当))"
)
_V_OBSERVE = re.compile(  # not 「…の規定を遵守するとともに」, which an order asks
    r"(?:の規定)?を遵守(?:せず|しておらず|していなかった|していない|しなかった)"
)
_V_DEFINED = re.compile(  # the thing defined may be the provision's own words in 「」
    r"(?:の規定)?に(?:規定する|掲げる|定める)(?:「(?P<quoted>[^「」]{2,120})」|(?P<desc>[^、。]{1,30}?))"
    r"に(?:該当|[当あ]たる|抵触|違反\n?(?:する\n?(?:もの|とともに)|し(?:、|て(?:いる|いた|おり))|した))"
)
_V_CONTRAVENE = re.compile(r"(?:の規定)?に抵触")
_V_DUTY = re.compile(
    r"(?:の規定)?に基づく(?P<desc>[^、。をが]{1,30})を(?:怠|行っておらず|行っていなかった|行わ|せず|して(?:おらず|いなかった))"
)
# 「法第37条第2項に規定する書面を交付していなかった」「法第25条が求める委託先の監督を適切に
# 行っていなかった」: what the provision requires, then that it was not done
_V_UNMET = re.compile(  # 「…第28条第1項の規定による報告を…行っていませんでした」 too
    r"(?:の規定)?(?:に規定する|に定める|が求める|に基づく|による|が義務(?:付|づ)ける)"
    r"(?P<desc>[^、。をがは]{1,30}?)"
    r"(?:を|について)(?:(?!が、|ため)[^。]){0,40}?"  # not another clause's (…実施したが、…なかった)
    r"(?:ていなかった|ておらず|ていない|ていません|なかった|ませんでした|怠っ|怠り|せず|行わず)"
)
_VACUOUS = frozenset({"事実", "行為", "もの", "事案", "こと", "状況", "事実関係", "表示", "取引"})
CAPTION_AFTER = PARENTHETICAL
_DEFECT_TAIL = re.compile(r"^(?:[^、。(]*?)?(?P<tail>の不備|の不徹底)")


@cache
def _after_forms() -> tuple[scan.Guarded, ...]:
    """The rows of `after`, each its own pattern (each may name its group `desc`), each
    tried only where a character it can begin with stands (`scan.Guarded.match`)."""
    rows = tables.rows("violation_forms")
    return tuple(scan.guarded(re.compile(r["pattern"])) for r in rows if r["role"] == "after")


@cache
def _quoted_law() -> scan.Guarded:
    return scan.guarded(re.compile(rf"^(?:{form('quoted_law').pattern})", re.MULTILINE))


_CHAIN_GAP = 4  # 及び, 並びに, 、: citations this close continue one chain
# no longer gap is a chain_link (及び同法施行規則, において準用する, 並びに…ガイドライン(…))
_LINK_MAX = 130


def chains(
    text: str, cites: list[tuple[int, int, Citation]]
) -> Iterator[tuple[int, int, list[Citation]]]:
    """(start, end, citations) for every prefix of every chain of adjacent citations
    (法第30条第1項及び第3項 gives 第30条第1項, then both; 法第47条の2第3項及び同法施行規則
    第16条の12 the two): what follows any of them may say they were violated."""
    run: list[tuple[int, int, Citation]] = []
    link, applying = form("chain_link"), form("applying")
    for s, e, c in sorted(cites, key=lambda x: (x[0], x[1])):
        last = max((x[1] for x in run[-3:]), default=s)
        near = s - last <= _CHAIN_GAP or (s - last <= _LINK_MAX and link.fullmatch(text, last, s))
        if run and not near:
            run = []
        run.append((s, e, c))
        if not any(x[1] > e for x in run):  # the chain's end so far
            applied = [x[2] for x in run if not applying.match(text, x[1])]
            yield run[0][0], e, applied or [x[2] for x in run]


def violations(norm: NormText, cites: list[tuple[int, int, Citation]]) -> list[Found]:
    """Every violation the text states, in order, cited or only named (`uncited`); none
    in the law's own text quoted for reference ((参考) 法第N条 …)."""
    text = norm.text
    quoted = _quoted_law().search(text)
    stop = quoted.start() if quoted else len(text)
    out: dict[int, Found] = {}
    for start, end, chain in chains(text, cites):
        if start >= stop:
            break
        marks = form("sub_item").match(text, end)  # 第1号ハ, 第3条*
        found = _one(text, marks.end() if marks else end, chain, start)
        if found is not None and not form("no_violation_after").match(text, found.end):
            out[end] = found  # the longest chain ending there wins
    by_start = ByStart(cites, lambda c: c[0])
    said = _defined(
        text, [_captioned(text, by_start, out[e]) for e in wrongs.law_over_its_rules(text, out)]
    )
    ends = {id(c): e for _, e, c in cites}
    cited = [
        part
        for v in said
        for each in _each_captioned(text, ends, v)
        for part in _respectively(each)
    ]
    told = itemized.told(text, stop)  # ①…こと、②…ことなどの事実が認められた: no provision
    past = unworded.for_past(text, stop)  # 過去にも、A、B等により…処分を受けています
    return sorted([*cited, *uncited.named(text, stop), *told, *past], key=lambda v: v.start)


def _each_captioned(text: str, ends: dict[int, int], v: Found) -> list[Found]:
    """「法第16条第1項(誇大広告の禁止)及び第19条(帳簿の備付け)に違反」: provisions each with
    its own caption are as many violations, each described by its caption."""
    captions = [caption_at(text, ends.get(id(c))) for c in v.provisions]
    if len(captions) < 2 or None in captions:
        return [v]
    return [
        replace(v, provisions=(c,), description=named, named=True)
        for c, named in zip(v.provisions, captions, strict=True)
    ]


def caption_at(text: str, end: int | None) -> str | None:
    """The caption in brackets right after a provision ending at `end` (第3条(不当な取引制限の
    禁止)), if one stands there."""
    m = CAPTION_AFTER.match(text, end) if end is not None else None
    named = text[m.start() + 1 : m.end() - 1] if m else ""
    return named if CAPTION_TEXT.fullmatch(named) and not wrongs.sanction_like(named) else None


_WRONGS_APART = re.compile(r"及び|並びに|、")


def _respectively(v: Found) -> list[Found]:
    """「法第20条及び第22条…に規定する安全管理措置義務及び委託先の監督義務に違反」: as
    many wrongs as provisions of each enactment, paired in order, are as many violations,
    each with its own wrong."""
    parts = _WRONGS_APART.split(v.description or "")
    if form("prose_clause_end").search(v.description or ""):
        return [v]  # a clause that tells what was done (…整備しておらず、…を生じさせた): one wrong
    groups: dict[str | None, list[Citation]] = {}
    for c in v.provisions:
        groups.setdefault(c.statute, []).append(c)
    if len(parts) < 2 or any(len(g) != len(parts) for g in groups.values()):
        return [v]
    if not all(2 <= len(p) <= 30 and "。" not in p for p in parts):
        return [v]
    return [
        replace(v, provisions=tuple(g[i] for g in groups.values()), description=part)
        for i, part in enumerate(parts)
    ]


def _defined(text: str, found: list[Found]) -> list[Found]:
    """「…第2条第9項第4号(再販売価格の拘束)に該当し、同法第19条の規定に違反する」: the
    first provision defines the wrong, the second is violated and is described by it."""
    out: list[Found] = []
    link = form("defines_for")
    for v in found:
        last = out[-1] if out else None
        if (
            last is not None and v.description is None and link.fullmatch(text, last.end, v.start)
            and (last.named or text.endswith("該当", 0, last.end))  # …に規定する…に該当し
        ):  # fmt: skip
            out[-1] = replace(v, description=last.description, named=True)
        elif last is not None and v.named and last.start < v.start and v.end <= last.end:
            # 「第19条の規定に違反する行為(同法第2条第9項第5号(優越的地位の濫用)に該当)」:
            # the provision in the brackets defines the wrong the first one is broken by
            out[-1] = replace(last, description=v.description, named=True)
        else:
            out.append(v)
    return out


def _one(text: str, end: int, chain: list[Citation], start: int) -> Found | None:
    at = _at(text, end, chain, start)
    found = (
        # 「ア 漏えい等の報告の遅延(法第26条第1項違反)」: the line names the wrong; 「○ …を
        # 製造したこと。(法第56条第3号違反)」: the bulleted line tells it
        (_line_names(text, end, chain, start) if _vacuous_at(at) else None)
        or at
        or wrongs.provision_with_caption(text, end, chain, start)
        or wrongs.cell_with_caption(text, end, chain, start)
        or _bracketed(text, end, chain, start)
        or fielded.colon_listed(text, end, chain, start)
    )
    caption = CAPTION_AFTER.match(text, end)
    if caption is None and text.startswith("の規定(", end):  # 法第16条の規定(投棄禁止)に違反
        caption = CAPTION_AFTER.match(text, end + 3)
    if found is None and caption is not None:
        # 「法第25条(委託先の監督)の規定に違反する」: the caption names the wrong (not …の提供)
        found = _at(text, caption.end(), chain, start)
        named = text[caption.start() + 1 : caption.end() - 1]
        if found is not None and CAPTION_TEXT.fullmatch(named) and not wrongs.sanction_like(named):
            found = replace(found, description=named, named=True)
    if found is not None and found.description is not None and _vacuous(found.description):
        return replace(found, description=None)
    return unworded.unlabelled(found)  # 「違反行為:下請代金の減額(…)」: the label is no part


def _line_names(text: str, end: int, chain: list[Citation], start: int) -> Found | None:
    """The wrong a line names or tells, its provision and 違反 in brackets at the line's end."""
    told = wrongs.listed(text, end, chain, start)
    return (
        wrongs.heading_with_provision(text, end, chain, start)
        or (told if told is not None and told.description is not None else None)
        or itemized.told_noun(text, end, chain, start)  # …従事させたこと(…第2号違反)。
    )


def _vacuous_at(found: Found | None) -> bool:
    return found is None or found.description is None


def _bracketed(text: str, end: int, chain: list[Citation], start: int) -> Found | None:
    """The forms whose provision stands in brackets: after a wrong, in prose or on a
    bulleted line, or as the detail of 「…に違反する行為」."""
    if "(" not in text[max(0, start - 25) : start]:
        return None
    found = _lead_in(text, end, chain, start)
    if found is None and text[end : end + 1] == ")":
        return (
            unworded.labelled(text, end, chain, start)  # …を告げた(不実告知:法第21条第1項)
            or _named_before(text, end, chain, start)
            or wrongs.listed(text, end, chain, start)
            or wrongs.told_before(text, end, chain, start)
            or wrongs.enumerated(text, end, chain, start)
        )
    return found


def _vacuous(description: str | None) -> bool:
    """No description, or words that name none (行為, 事実, 以下「…」という)."""
    return (
        description is None
        or description in _VACUOUS
        or bool(form("not_a_description").search(description))
    )


_SENTENCE_MAX = 300  # how far back a sentence or a listed line is read


def _captioned(text: str, cites: ByStart[tuple[int, int, Citation]], found: Found) -> Found:
    """A violation named without a description (同項の規定に違反) takes the caption that
    the same provision has earlier in the sentence (法第28条第1項(業務の停止等の報告)の
    規定による報告を…行っておらず、同項の規定に違反)."""
    if found.description is not None:
        return found
    lo = max(text.rfind("。", 0, found.start), text.rfind("\n", 0, found.start)) + 1
    lo = max(lo, found.start - _SENTENCE_MAX)
    want = {provision(c) for c in found.provisions}
    for _, e, c in cites.between(lo, found.start):
        caption = CAPTION_AFTER.match(text, e)
        if provision(c) in want and caption is not None:
            named = text[caption.start() + 1 : caption.end() - 1]
            if CAPTION_TEXT.fullmatch(named) and not wrongs.sanction_like(named):
                return replace(found, description=named, named=True)
    return found


def provision(c: Citation) -> tuple[object, ...]:
    """What names a provision: its statute, article, paragraph and item."""
    return (c.statute, c.article, c.paragraph, c.item)


def _named_before(text: str, end: int, chain: list[Citation], start: int) -> Found | None:
    """A wrong with its provision in brackets inside a sentence that says it was done:
    「認定した違反行為は、不実告知(特定商取引法第6条第1項)及び勧誘目的等不明示(同法第3条)
    です」, 「募集人が、虚偽のことを告げる行為(保険業法第300条第1項第1号)を行っていた」."""
    opener = text.rfind("(", max(0, start - 25), start)
    if text[end : end + 1] != ")" or opener < 0 or _BREAK.search(text, opener + 1, start):
        return None
    if not form("named_tail").match(text, end + 1):
        return None
    before = text[max(0, opener - 60) : opener]
    cut = [m.end() for m in _BOUNDARY.finditer(before)]
    desc = before[cut[-1] :] if cut else None
    if desc is None or not 2 <= len(desc) <= 40 or wrongs.a_ground(desc, desc):  # …とき(第N号)
        return None
    desc = _TOLD_KOTO.sub("", desc)  # ①…を置いていなかったこと(法第26条第1項)、②…
    return Found(start, end + 1, tuple(chain), desc, None, named=True)


_TOLD_KOTO = re.compile(r"(?<=[たずい])こと$")  # a clause told as a noun: the clause is the wrong


_BREAK = re.compile(r"[()、。\n]")
# 「…行為が特定商取引法の不実告知(第21条第1項)」: the law's name is no part of the wrong
_BOUNDARY = re.compile(r"[、。\n「」()]|及び|並びに|又は|(?<![方手寸])法の|には")  # A社には…
_LEAD_IN_DESC = re.compile(r"(?P<desc>[^()、。]{0,20})\)")


def _lead_in(text: str, end: int, chain: list[Citation], start: int) -> Found | None:
    """A violation whose provision is the bracketed detail of 「…法に違反する行為」:
    「景品表示法に違反する行為(同法第5条第2号有利誤認)が認められた」; the words after the
    provision in the brackets name the wrong."""
    if not form("lead_in").search(text, max(0, start - 40), start):
        return None
    m = _LEAD_IN_DESC.match(text, end)
    if m is None:
        return None
    desc = m.group("desc")
    named = bool(desc) and not wrongs.sanction_like(desc)
    return Found(start, m.end(), tuple(chain), desc if named else None, None, named=named)


def _at(text: str, end: int, chain: list[Citation], start: int) -> Found | None:
    if m := _V_DUTY.match(text, end):
        return Found(start, m.end(), tuple(chain), m.group("desc") + "の不履行", None)
    if m := _V_REQUIRES.match(text, end):
        desc = m.group("desc")
        tail = _DEFECT_TAIL.match(text, m.end())
        desc += tail.group("tail") if tail else ""
        paren = re.compile(_PAREN).search(text, m.end(), m.end() + 200)
        return Found(start, m.end(), tuple(chain), desc, paren.span("paren") if paren else None)
    if (m := _V_CAPTION.match(text, end)) and not wrongs.a_ground(m.group("paren"), None):
        return Found(start, m.end(), tuple(chain), m.group("paren"), None, named=True)
    if m := wrongs.against().match(text, end):
        return Found(start, m.end(), tuple(chain), m.group("desc"), None)
    if m := _V_BREACH.match(text, end):
        inside: str | None = m.group("paren")
        desc = inside.split("。")[0].split("、詳細")[0] if inside else None
        where = m.span("paren") if inside else None
        named = bool(desc and CAPTION_TEXT.fullmatch(desc))  # 法第35条違反(加盟店調査義務違反)
        return Found(start, m.end(), tuple(chain), desc or None, where, named=named)
    if (m := _V_UNMET.match(text, end)) and not wrongs.sanction_like(m.group("desc")):
        # the duty unmet names the wrong; a thing does not
        duty = m.group("desc") if form("duty_noun").search(m.group("desc")) else None
        return Found(start, m.end(), tuple(chain), duty, None)
    if (m := _V_DEFINED.match(text, end)) and not wrongs.a_ground(
        m.group("desc"), m.group("quoted")
    ):
        return Found(start, m.end(), tuple(chain), m.group("desc") or m.group("quoted"), None)
    if m := _V_CONTRAVENE.match(text, end):
        return Found(start, m.end(), tuple(chain), None, None)
    if m := _V_OBSERVE.match(text, end):
        return Found(start, m.end(), tuple(chain), None, None)
    return _after_form(text, end, chain, start) or _falls_under(text, end, chain, start)


def _falls_under(text: str, end: int, chain: list[Citation], start: int) -> Found | None:
    """「当社の上記行為は、金商法第38条第1号に該当するものと認められる」: the wrong is the
    subject and falls under the provision; not after a breach (「…に違反していた。これらの
    行為は、法第28条第1項第4号に該当する」), where the provision is the sanction's ground."""
    m = form("falls_under").match(text, end)
    if m is None:
        return None
    own = wrongs.sentence_start(text, start)
    subject = form("wrong_subject").search(text, own, start)
    before = wrongs.sentence_start(text, own - 1) if own > 0 else own  # the sentence before
    if subject is None or form("ground_after_breach").search(text, before, start):
        return None
    return Found(start, m.end(), tuple(chain), None, None)


def _after_form(text: str, end: int, chain: list[Citation], start: int) -> Found | None:
    """The rows of `after` in `violation_forms.tsv` (法第44条で禁止される…を行った)."""
    for pattern in _after_forms():
        if m := pattern.match(text, end):
            desc = m.group("desc") if "desc" in pattern.groupindex else None
            return Found(start, m.end(), tuple(chain), desc, None)
    return None


def refs_in(
    section_refs: ByStart[tuple[int, int, SectionRef]], span: tuple[int, int] | None
) -> tuple[SectionRef, ...]:
    if span is None:
        return ()
    return tuple(r for _, e, r in section_refs.between(span[0], span[1] + 1) if e <= span[1] + 1)
