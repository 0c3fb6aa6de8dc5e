"""The wrong a violation is described by where the notice tells it only in prose: the
clause right before the provision in brackets (「…商品を、承認を受けることなく製造する(法第
14条第1項の規定に違反)とともに、これを販売していた(法第55条第2項の規定に違反)。」), the clause
joined to the law's name (「…、法定の除外事由なく労働者供給事業を行い、職業安定法第44条に違反
したこと。」), or the sentence a pointer reads back to (「記1の者は、…に販売した。⏎このことは、
法第34条第3項に違反する。」) — and the wrongs a notice names with no provision at all: the reason
a news item gives for the action (「…を表示せずに販売したなどとして、…に対し…指示した」) and a
summary's labelled field (「誤認類型⏎優良誤認」). The phrasing is data (`prose_*` and
`reason_as`, `wrong_field` in `violation_forms.tsv`)."""

from __future__ import annotations

import re
from dataclasses import replace

from shobun.parser.wrongs import Found, form, sanction_like, sentence_start

_CLAUSE_MAX = 80  # how far back the clause before a provision is read
_SENTENCE_MAX = 160  # how long a sentence read back to may be
_CUT = re.compile(r"[、。\n()]")  # a quote 「…」 stays inside the clause
_VACUOUS = frozenset({"行為", "事実", "もの", "こと", "事業", "業務"})  # what names no wrong
# a citation in the clause: it tells a provision, not the wrong
_CITES = re.compile(r"第[0-9]+条")
# a polite end written plain, so the wrong reads as the notice's other wrongs do
PLAIN = (
    ("ていませんでした", "ていなかった"),
    ("ませんでした", "なかった"),
    ("ていました", "ていた"),
    ("しました", "した"),
    ("いました", "いた"),
    ("ました", "た"),
)


def described(text: str, found: list[Found]) -> list[Found]:
    """`found`, each cited violation that names no wrong described by the prose that tells
    it, where one of the forms reads it."""
    return [_prose(text, v) if v.provisions and v.description is None else v for v in found]


def _prose(text: str, v: Found) -> Found:
    desc = (
        _forbidden(text, v)
        or _bracketed(text, v)
        or _joined(text, v)
        or _pointed(text, v)
        or _then(text, v)
    )
    return replace(v, description=desc) if desc else v


def _forbidden(text: str, v: Found) -> str | None:
    """「…第4条第1項第2号で禁止している建設業務への労働者派遣事業を行った」: the thing the
    provision forbids, named in the violation's own words."""
    if "禁" not in text[v.start : v.end]:
        return None
    m = form("prose_forbidden").search(text, v.start, v.end)
    return m.group("desc") if m and m.group("desc") not in _VACUOUS else None


def _bracketed(text: str, v: Found) -> str | None:
    """「…を、承認を受けることなく製造する(法第14条第1項の規定に違反)とともに」: the clause
    before the bracket, when the bracket holds only the provision and its breach."""
    opener = _before_law(text, v.start) - 1
    if text[opener : opener + 1] != "(" or not form("prose_breach_close").match(text, v.end):
        return None
    return _clause(text, opener, form("prose_clause_end"))


def _joined(text: str, v: Found) -> str | None:
    """「…、法定の除外事由なく労働者供給事業を行い、職業安定法第44条に違反したこと」: the
    clause joined to the law's name by a verb's 連用形 and 「、」."""
    at = _before_law(text, v.start) - 1
    if text[at : at + 1] != "、" or not _BARE_BREACH.search(text, v.start, v.end + 2):
        return None  # not 「…、法第N条に規定する…義務に違反」, whose own words name the wrong
    that = form("prose_that").search(text, max(0, at - 8), at)
    if that is not None:  # 「…従事させていたことは、労働者派遣法第N条に違反する」
        return _clause(text, that.start(), form("prose_clause_end"))
    clause = _clause(text, at, form("prose_joined_end"))
    if clause is None:
        return None
    return form("prose_done").sub("", clause)


def _then(text: str, v: Found) -> str | None:
    """「…法第N条の規定に違反し、加盟店調査を行っていなかった。」: the clause after the breach,
    up to the sentence's end, tells the wrong."""
    m = form("prose_breach_then").match(text, v.end)
    stop = text.find("。", v.end, v.end + _CLAUSE_MAX)
    if m is None or stop < 0:
        return None
    clause = _plain(text[m.end() : stop])
    if "違反" in clause:  # 「…に違反し、同法に違反する」: another breach, no wrong told
        return None
    return clause if _told(clause, form("prose_clause_end")) else None


# the law's name right before its article (職業安定法第44条): where the article starts
_LAW_NAME = re.compile(r"(?:[^、。()「」\n\x20]{1,40}?)?(?:法律|法|政令|省令|規則|基準|条例)$")


def _before_law(text: str, start: int) -> int:
    """Where the provision at `start` starts with its law's name, if a name stands there."""
    m = _LAW_NAME.search(text, max(0, start - 40), start)
    return m.start() if m else start


# the provision broken and nothing more (…第44条に違反したこと), no duty it names after it
_BARE_BREACH = re.compile(
    r"第[0-9]+条(?:の[0-9]+)*(?:第[0-9]+項)?(?:第[0-9]+号)?(?:の規定)?に(?:違反|該当)"
)  # or that what was done falls under it (…告げていた行為は、法第300条第1項第1号に該当する)


def _clause(text: str, end: int, ending: re.Pattern[str]) -> str | None:
    lo = max(0, end - _CLAUSE_MAX)
    cut = max((m.end() for m in _CUT.finditer(text, lo, end)), default=lo)
    clause = form("prose_lead").sub("", text[cut:end], count=1)
    return clause if _told(clause, ending) else None


def _told(clause: str, ending: re.Pattern[str]) -> bool:
    """A clause that tells what was done: short, no citation, no subject, no sanction."""
    if not 4 <= len(clause) <= 60 or _CITES.search(clause) or not ending.search(clause):
        return False
    return not (form("prose_subject").match(clause) or sanction_like(clause))


def _pointed(text: str, v: Found) -> str | None:
    """「記1の者は、…に販売した。⏎このことは、法第34条第3項に違反する。」: the sentence before,
    without its subject and its number, is the wrong the pointer reads back to."""
    lo = max(sentence_start(text, v.start), text.rfind("\n", 0, v.start) + 1)
    if not _points_back(text, lo, v.start):
        return None
    end = text.rfind("。", max(0, lo - _SENTENCE_MAX), lo)
    if end < 0:
        return None
    start = max(text.rfind("。", max(0, end - _SENTENCE_MAX), end), text.rfind("\n", 0, end)) + 1
    sentence = form("list_marker").sub("", text[start:end].strip(" \u3000"), count=1)
    told = _told_by(form("prose_lead").sub("", sentence, count=1))
    if told is None:
        return None
    desc = _plain(form("prose_tail").sub("", told))
    ok = 4 <= len(desc) <= 120 and not _CITES.search(desc) and not sanction_like(desc)
    return desc if ok and form("prose_clause_end").search(desc) else None


def _told_by(sentence: str) -> str | None:
    """The sentence without its subject (記1の者は、), or without the authority that found
    the act and the company that did it (滋賀県は、A社が、…販売したことを確認しました)."""
    subject = form("prose_subject").match(sentence)
    if subject is None:
        return None
    rest = sentence[subject.end() :]
    doer = form("prose_subject").match(rest)
    found = doer is not None and doer.group().endswith("が、") and "確認" in rest[-12:]
    return rest[doer.end() :] if found and doer else rest


def _points_back(text: str, lo: int, start: int) -> bool:
    """The violation's sentence is only a pointer back before its provision (このことは、), or
    opens with one to an act told before (〇〇が行った上記1の行為は、…基準第18条…に違反)."""
    if form("prose_pointer").fullmatch(text, lo, _before_law(text, start)):
        return True
    pointer = form("prose_pointer").match(text, lo, start)  # これは建設業法第22条…: no 、
    if pointer and (pointer.end() == start or _LAW_NAME.fullmatch(text, pointer.end(), start)):
        return True
    act = form("prose_pointer_act").match(text, lo, start)
    return act is not None and "は、" not in text[act.end() : start]


def _plain(clause: str) -> str:
    for polite, plain in PLAIN:
        if clause.endswith(polite):
            return clause[: -len(polite)] + plain
    return clause


def reasons(text: str, found: list[Found]) -> list[Found]:
    """`found`, or where the notice states no violation, the wrongs named with no provision
    it gives as the action's reason: 「…の原料原産地を表示せずに販売したなどとして、…に対し、
    …指示した」 (news), a labelled field 「誤認類型⏎優良誤認」 (a summary of an order), the
    line under a label of the facts 「違反内容⏎A社は、…を締結しました。」."""
    if found:
        return found
    out = [*_as_reason(text), *_fields(text), *_counted(text), *_labelled(text)]
    return sorted(out, key=lambda v: v.start)


def _as_reason(text: str) -> list[Found]:
    if "とし" not in text:  # として, とし、
        return []
    out: list[Found] = []
    for m in form("reason_as").finditer(text):
        lo = max(0, m.start() - _CLAUSE_MAX)
        cut = max((c.end() for c in _CUT.finditer(text, lo, m.start())), default=lo)
        clause = text[cut : m.start()]
        if _told(clause, form("reason_clause_end")):
            out.append(Found(cut, m.start(), (), clause, None))
    return out[:1]  # the lead's reason; later ones retell it


def _fields(text: str) -> list[Found]:
    if "類型" not in text:
        return []
    m = form("wrong_field").search(text)
    if m is None or sanction_like(m.group("desc")):
        return []
    return [Found(m.start("desc"), m.end("desc"), (), m.group("desc"), None, named=True)]


_ITEMS_APART = re.compile(r"や、?|、|及び|並びに")
_LIST_MAX = 160  # how far back a counted list of wrongs is read


def _counted(text: str) -> list[Found]:
    """「…の変更や点呼の未実施、運転者台帳の記載事項の不備など11項目の違反が判明した」: each
    item of the list the count closes, back to the first that is no noun phrase (「…監査で」)."""
    if not any(w in text for w in ("違反", "理由", "問題")):  # …違反が判明, 等を理由に, 問題視
        return []
    out: list[Found] = []
    for m in form("wrongs_counted").finditer(text):
        lo = max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        lo = max(lo, m.start() - _LIST_MAX)
        items: list[Found] = []
        end = m.start()
        for sep in [*reversed(list(_ITEMS_APART.finditer(text, lo, end))), None]:
            start = sep.end() if sep else lo
            item = text[start:end]
            if not 2 <= len(item) <= 40 or form("not_a_listed_wrong").search(item):
                break
            if not sanction_like(item):
                items.append(Found(start, end, (), item, None, named=True))
            end = sep.start() if sep else lo
        out += reversed(items)
    return out


_BODY_MAX = 200  # how long the sentence under a label of the facts may be
_BLANK = re.compile(r"[\x20\u3000|]*\n")  # a flattened table's empty cell, a blank line


def _labelled(text: str) -> list[Found]:
    """「違反内容⏎架空建設は、…請負契約を締結しました。」, 「みなと県が確認した食品表示法違反行為⏎
    …使用していた。」, 「違反事実の概要 |⏎|⏎ア A社は、…減じていた。|」: under a line that only
    labels the facts (`facts_label`), the first sentence of the next line, without its list
    mark and its subject, is the wrong told; the label, not the words, marks it as one."""
    if "違反" not in text:  # every label of the facts says 違反
        return []
    for label in form("facts_label").finditer(text):
        start = label.end() + 1
        while (blank := _BLANK.match(text, start)) is not None:
            start = blank.end()
        end, line_end = text.find("。", start), text.find("\n", start)
        if end < 0 or 0 <= line_end < end:
            continue
        for lead in ("list_marker", "prose_subject"):  # ア, 同社は、: no part of the wrong
            if (said := form(lead).match(text[start:end])) is not None:
                start += said.end()
        told = form("prose_tail").sub("", text[start:end])
        if _told_under_label(told):
            return [Found(start, start + len(told), (), told, None)]
    return []


def _told_under_label(sentence: str) -> bool:
    """A sentence that tells what was done or left undone, not the action nor its basis."""
    if not 4 <= len(sentence) <= _BODY_MAX or _CITES.search(sentence):
        return False
    last = sentence.rsplit("、", 1)[-1]
    ends = form("prose_clause_end").search(_plain(sentence))
    return ends is not None and not (sanction_like(last) or form("told_step").search(last))
