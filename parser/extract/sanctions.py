"""Sanction terms (勧告, 命令, 業務改善命令 …) and whether a mention performs an action.

A mention performs an action where a verb follows it (勧告する, 指導を行った, 発出し),
where it ends a heading (法第148条第1項に基づく勧告), or where a report is demanded on
its own (報告するよう求める). Other mentions (その勧告に係る, 命令の概要) only refer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from shobun.parser import roles, scan, tables
from shobun.parser.patterns import (
    PAREN,
    PARENTHETICAL,
    guarded,
    longest_first,
    required_literal,
)

_VERB = re.compile(  # 「…の使用停止40日車の処分とした」: the period, then the verb
    r"(?:[0-9]+(?:日車|日間|か月間|カ月間|ヶ月間|箇月間)(?:など|等)?(?=の(?:行政)?処分))?(?:を|の|も)?(?:(?:同じ日に|同日(?:付け?で)?)、?)?(?:(?:行|おこな)(?:い|う|った|います|いました|われ|って(?:いる|います|おり|いた|いまし))|実施(?!中)|発出|発令(?=し|する)|発動(?=し|する)|通知(?=し|する)|講じ|いたし|"
    r"出し(?=た|まし|て(?:いる|います|おり|いた|いまし))|"
    r"が(?:出|発令|発出|下|な)され(?=た(?!の[はが])|まし|て(?:いた|いまし))|下し(?=た|まし)|"
    r"(?<=を)(?:命じ|科し|発し)(?=まし|た(?![一-鿿ァ-ヴ])|て(?:い|お|、))|"
    r"し(?!て(?:お|い|き)|なかった|ない)|する|した|します|しました|に入(?=り|っ)|"
    r"(?:行政)?処分(?:を(?:[0-9]+月[0-9]+日付け?で、?)?(?:行|実施|出し(?=た|まし)|し(?!て(?:お|い)))"
    r"|[にと]し(?=た|まし))"
    r"|[にと]し(?=た|まし)|[にと]する(?=と(?:発表|公表|明らかに)))"
)  # 事業の停止の処分を行った, 車両使用停止処分にした, …を14日間の業務停止処分とした,
# 事業停止3日間などの行政処分を行った (the period and など before it), 許可の取消しを通知しました;
# 「…業務停止命令の行政処分を3月25日付けで実施した」 (the day between);
# news: 「…に15日間の営業停止処分を命じた」 (not 「…停止を命じた範囲の業務」, which refers);
# 「…を営業停止処分にすると発表した」 (the decision announced is the action taken);
# news: 「…命令を出していた」「…にも業務停止命令が出されていました」 (an order told as given before)
# 「措置命令及び同法第8条第1項の規定に基づく課徴金納付命令を行った」, 「排除措置命令を、同法
# 第7条の2第1項の規定に基づき課徴金納付命令を行った」: the first term is performed too
# 「業務停止命令及び業務改善命令を、B社(以下「B」という。)に対し、…業務改善命令を発出」: the
# words between are read with their parentheticals left out (an alias's 。 ends nothing)
# AとBの処分を行った; 「…に基づく措置命令と、特商法に基づく3カ月間の業務停止命令を行った」
# 「「全業務停止命令」と「業務改善命令」を受けた」: each quoted, the first closes before the joint
_COORDINATED = re.compile(  # 「事業停止30日間と…使用停止」: each with its period
    # 「事業停止7日間、車両使用停止処分100日車(…)、文書警告の行政処分を行った」
    r"(?:処分|命令)?(?:[0-9]+(?:日車|日間|か月間|カ月間|ヶ月間|箇月間))?"
    r"」?(?:を?(?:及び|および|並びに|、)[^。]{0,60}|と、?[^。、]{0,20})"
)
# 「3社は、令和5年11月24日、消費者庁から…措置命令を受けていた」: the subject received it
# …を受けた件数, …を受けた案件の全て: a count of actions, no action told; 「事業停止処分を受けた
# 企業が3年以内に…」: what the law says of any business that received one
# 「…業務停止命令(3か月)の処分を受けています」: the order named, then 処分 received
PASSIVE = re.compile(
    r"(?:の(?:行政)?処分)?を受け(?:た|ていた|ており|ている|ています|、|まし)"
    r"(?!件数|数|案件|(?:企業|事業者|業者|者|会社|場合)(?:が|は|の|に|を|も|、))"
)
# 「命令を受けたのは、A、B及びCの3社です」: who received the orders just told, no new one
_TOLD_AGAIN = re.compile(r"を受けたの(?:は|が)")
# 「Aに対して…運用停止処分を、Bに対して…従事停止処分を、それぞれ本日付けで行いました」,
# 「…に基づく勧告を、Bに対し、…に基づく指導を、それぞれ行いました」: each term is performed
_EACH = re.compile(
    r"を、(?:[^。]{0,80}?を、)?それぞれ(?:[^。、]{0,12}?付け?で)?、?(?:行|おこな|実施)"
)
# 「総務大臣は、…その免許を取り消し、又は…停止することができる。」: a power the law gives,
# quoted (【参考】電波法抜粋), not an action taken
_POWER = re.compile(r"[^。]{0,80}?ことができる")
_BACK_REFERENCES = frozenset({"命令", "処分", "行政処分"})
_ADNOMINAL = re.compile(r"(?:た|る)(?:範囲|もの|内容|措置|業務|期間|事項)")  # 命ずる範囲の業務
# 「命令等の内容」 refers; 「事業停止3日間などの行政処分を行った」 performs (the period
# and など before the 処分 that is done; without a period, 「許可の取り消しや事業の停止などの
# 行政処分を行った」 sums up the actions told after it)
_NOT_ACTION_AFTER = re.compile(
    r"(?:に係る|に対する|に基づ|の(?:概要|内容|対象)|について|等の(?!(?:行政)?処分を))"
)


# Investigations find violations (立入検査を実施したところ…が認められた): they remedy
# none, and a notice's 「以下の行政処分」 are not them
INVESTIGATIONS = frozenset({"ReportRequest", "OnSiteInspection"})


@dataclass(frozen=True)
class Term:
    term: str
    kind: str
    start: int
    end: int
    verbal: bool


_ASIDE = re.compile(f"(?:{PAREN})*")


def _aside_end(text: str, end: int) -> int:
    """After the parentheticals that follow a term: 「課徴金納付命令(以下、併せて「本件命令」
    という。)を行った」 performs the order. A parenthetical that names the action itself
    (「報告を求める命令(報告徴求命令)を発出」) is where the performed term is instead."""
    m = _ASIDE.match(text, end)
    if m is None or _pattern().fullmatch(text, end + 1, m.end() - 1):
        return end
    if text.startswith("」", m.end()) and text.rfind("「", 0, end) > text.rfind("」", 0, end):
        return m.end() + 1  # 「「労働者派遣事業改善命令(…付)」を発令しました」: quoted
    return m.end()


def _names_its_kind(text: str, start: int, end: int) -> bool:
    """「…命令(報告徴求命令)を発出した」: the parenthetical term is the one performed;
    「…に係る行政処分(業務改善命令)を受けた」: likewise received."""
    return (
        text[start - 1 : start] == "("
        and text.startswith(")", end)
        and bool(_VERB.match(text, end + 1) or PASSIVE.match(text, end + 1))
    )


_DONE_REACH = 80  # characters before a term: 「当局が…第48条第1項に基づき行った提出の」


def _done_before(text: str, start: int) -> bool:
    """「当局が…に基づき行った提出の指導」: a relative clause with the issuer as its subject
    says the term was performed (in the past, told as a ground)."""
    done = roles.pattern("done_before")
    return done.search(text, max(0, start - _DONE_REACH), start) is not None


def _captions(text: str, start: int, end: int) -> bool:
    """「…を停止すること(営業停止処分)。」: an item of what is imposed, named after it."""
    return text.startswith("こと(", start - 3) and text.startswith(")", end)


@lru_cache(maxsize=1)
def _verb_patterns() -> tuple[tuple[scan.Guarded, str, str], ...]:
    """Performed sanctions that name no term: 報告するよう求める, 業務の停止を命じた; each
    with the words every match holds (a text without them is not searched), and tried
    only where a match can start (`guarded`; `scan.Guarded` jumps to the word a row
    opens with, 「(?<=に基づく)指示」's 指示)."""
    return tuple(
        (scan.Guarded(guarded(r["pattern"])), r["class"], required_literal(r["pattern"]))
        for r in tables.rows("sanction_verbs")
    )


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    return re.compile(longest_first(tables.sanction_terms()))


_CLAUSE_END = re.compile(r"[。\n]")


# 「…報告を求める「輸送の安全確保命令」も出した」: the phrase says what the named order
# asks, and is no action of its own
_QUALIFIES = re.compile(r"(?:る|た)「?[^」、。「]{0,12}?命令")


def _planned(text: str, end: int) -> bool:
    """「…業務停止命令を行う予定です」: the rest of the sentence says it is not yet taken;
    「…に対する指導を行うこと」: it is what an order asks the addressee to do."""
    if roles.pattern("imposed_item").match(text, end) or roles.pattern("negated").match(text, end):
        return True  # 「…従業者に対する指導を行うこと」: an item of an order; 「…を発出しない」
    return _not_performed(text, end)


def _not_performed(text: str, end: int) -> bool:
    """The rest of the clause after a term says it is planned or only allowed (予定, 方針,
    ことができる, …取り消すとしている)."""
    stop = _CLAUSE_END.search(text, end, end + 40)
    return (
        roles.pattern("not_performed").search(text, end, stop.start() if stop else end + 40)
        is not None
    )


def names_term(text: str, start: int, end: int) -> bool:
    """True where a sanction term stands in text[start:end]."""
    return _pattern().search(text, start, end) is not None


def term_ends(text: str, start: int, end: int) -> list[int]:
    """Where each sanction term in text[start:end] ends."""
    return [m.end() for m in _pattern().finditer(text, start, end)]


def terms(text: str) -> list[Term]:
    found = list(_pattern().finditer(text))
    found, verbal = _named_kinds(text, found, _performed(text, found))
    out = [
        Term(m.group(), tables.sanction_terms()[m.group()], m.start(), m.end(), v)
        for m, v in zip(found, verbal, strict=True)
    ]
    out += _phrases(text)
    inside = _inside_phrases(out)  # 停止を命令した: the phrase's word
    out = [t for i, t in enumerate(out) if i not in inside]
    return _coordinated_with_phrases(text, sorted(out, key=lambda t: t.start))


def _performed(text: str, found: list[re.Match[str]]) -> list[bool]:
    """Whether each term found performs an action (a verb, それぞれ行った, a caption, a
    passive …), unless planned, a business's name or a court's."""
    verbal = [
        (
            bool(_VERB.match(text, _aside_end(text, m.end())))
            and not _NOT_ACTION_AFTER.match(text, m.end())
        )
        or bool(_EACH.match(text, _aside_end(text, m.end())))
        or _captions(text, m.start(), m.end())
        or _names_its_kind(text, m.start(), m.end())
        or _done_before(text, m.start())  # 「当局が…に基づき行った提出の指導にも応じず」
        or (
            bool(PASSIVE.match(text, _aside_end(text, m.end())))  # 「業務改善命令」を受けた
            and not (m.group() in _BACK_REFERENCES and _TOLD_AGAIN.match(text, m.end()))
        )
        for m in found
    ]
    compound = roles.pattern("business_compound")  # 投資助言をした: the business, no action
    court = roles.pattern("court_sanction")  # 罰金の略式命令を受け: a court's, not the issuer's
    named = roles.pattern("recipients_named")  # 「…を行った監理団体」: a heading, no action
    either = roles.pattern("alternative_before")  # 「行政処分又は書面による行政指導を行った件」
    verbal = [
        v
        and not _planned(text, m.end())
        and not named.match(text, m.end())
        and not compound.search(text, max(0, m.start() - 2), m.start())
        and not court.search(text, max(0, m.start() - 2), m.start())
        and not either.search(text, max(0, m.start() - 24), m.start())
        for m, v in zip(found, verbal, strict=True)
    ]
    for i in range(len(found) - 2, -1, -1):  # A及びBを行った: A is performed as B is
        between = PARENTHETICAL.sub("", text[found[i].end() : found[i + 1].start()])
        if verbal[i + 1] and _COORDINATED.fullmatch(between):
            verbal[i] = True
    return verbal


def _phrases(text: str) -> list[Term]:
    """The performed phrases of `sanction_verbs.tsv` that name no term; where two
    overlap, the table's earlier, more specific row wins."""
    out: list[Term] = []
    taken = bytearray(len(text))
    present: dict[str, bool] = {}  # rows share their sure words (指示 in 15): looked for once
    for pattern, kind, needed in _verb_patterns():
        if needed not in present:
            present[needed] = needed in text
        for m in pattern.finditer(text) if present[needed] else ():
            if _ADNOMINAL.match(text, m.end()) or _QUALIFIES.match(text, m.end()):
                continue  # 前記業務停止を命じた範囲, 報告を求める「…命令」: not one of its own
            if _POWER.match(text, m.end()) or _header_cell(text, m.start(), m.end()):
                continue
            if _not_performed(text, m.end()):
                continue  # 「…場合には事業許可を取り消すとしている」: said, not yet taken
            if not any(taken[m.start() : m.end()]):
                taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
                out.append(Term(m.group(), kind, m.start(), m.end(), True))
    return out


@lru_cache(maxsize=1)
def _row_before() -> re.Pattern[str]:
    """What stands before a cell of actions in a row of dispositions: the row's day, or a
    company (a legal form of org_forms.tsv, or its (株)/(有) abbreviation) in a cell before."""
    forms = "|".join(map(re.escape, sorted(tables.org_forms(), key=len, reverse=True)))
    return re.compile(
        rf"(?:{forms}|\(株\)|\(有\))[^|\n]*\||[0-9元]年[0-9]{{1,2}}月[0-9]{{1,2}}日\|"
    )


def _header_cell(text: str, start: int, end: int) -> bool:
    """A word that fills a table's cell (|指示|) with no day or company before it on its row:
    a column's header (「|年度|指示|業務停止命令|」 over counts), not an action."""
    if text[start - 1 : start] != "|" or not text.startswith("|", end):
        return False
    return _row_before().search(text, text.rfind("\n", 0, start) + 1, start) is None


# 「厳重注意の行政指導を行った」: the general word names the kind the term before it is of
_GENERAL = frozenset({"行政指導", "指導"})


def _named_kinds(
    text: str, found: list[re.Match[str]], verbal: list[bool]
) -> tuple[list[re.Match[str]], list[bool]]:
    """Drop a general word that follows a term as 「Xの行政指導」: X is the one performed."""
    keep_m: list[re.Match[str]] = []
    keep_v: list[bool] = []
    for m, v in zip(found, verbal, strict=True):
        if m.group() in _GENERAL and keep_m and text[keep_m[-1].end() : m.start()] == "の":
            keep_v[-1] = keep_v[-1] or v
            continue
        keep_m.append(m)
        keep_v.append(v)
    return keep_m, keep_v


def _inside_phrases(found: list[Term]) -> set[int]:
    """The indices of terms inside a longer one (「業務の停止を命令した」: the 命令 of a
    longer phrase is no term of its own), in one sweep by start (linear after the sort)."""
    order = sorted(range(len(found)), key=lambda i: (found[i].start, -found[i].end))
    inside: set[int] = set()
    best: Term | None = None  # of the terms before, the first to reach the furthest end
    for i in order:
        t = found[i]
        if best is not None and (best.end > t.end or (best.end == t.end and best.start < t.start)):
            inside.add(i)
        if best is None or t.end > best.end:
            best = t
    return inside


def _coordinated_with_phrases(text: str, found: list[Term]) -> list[Term]:
    """「業務停止命令(3か月)及び指示を行いました」: a term coordinated with a performed
    phrase of `sanction_verbs.tsv` (…及び指示を行) is performed as it is."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        between = PARENTHETICAL.sub("", text[a.end : b.start]) if a.end <= b.start else ""
        if b.verbal and not a.verbal and _COORDINATED.fullmatch(between):
            out[i] = Term(a.term, a.kind, a.start, a.end, True)
    return out
