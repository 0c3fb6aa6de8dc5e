"""What a violation found in the text is (`Found`), the phrasing table it reads, and the
forms whose provision stands on a line or in a table cell of its own, with the wrong it
names: 「(1) 勧誘目的等の不明示(特定商取引法第3条)」, 「ア 法第3条(勧誘目的等不明示)」,
「|点呼の未実施(…規則第7条第1項)、過労防止義務違反(同規則第3条第4項)|」."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from shobun.parser import roles
from shobun.parser.model import Citation
from shobun.parser.patterns import PARENTHETICAL


@dataclass(frozen=True)
class Found:
    """A violation the text states: where, the provisions broken, the wrong they name."""

    start: int  # where its words stand in the normalised text
    end: int

    # what was broken, and the wrong it names
    provisions: tuple[Citation, ...]
    description: str | None
    paren: tuple[int, int] | None  # normalised span of the explaining parenthetical
    named: bool = False  # the description is a caption or a named wrong, not prose
    offender: str | None = None  # who committed it, where the line that lists it says


def form(role: str) -> re.Pattern[str]:
    """The phrasing of `role` in `violation_forms.tsv`."""
    return roles.pattern(role, "violation_forms")


@cache
def against() -> re.Pattern[str]:
    """「…の規定に違反する(wrong)を」, unless the words after it name none (`not_against`:
    「…違反するものであること」; 「…違反する行為(…)」, whose bracket names the wrong)."""
    no = form("not_against").pattern
    return re.compile(rf"の規定に違反(?:する|した)(?!{no})(?P<desc>[^、。をが]{{2,40}})(?:を|が)")


# An article's caption (見出し) or a named wrong in brackets: a short phrase, no sentence,
# no citation, no short-name definition (以下「…」という).
CAPTION_TEXT = re.compile(r"[^、。「」()第]{2,20}")
NUMBERED_LINE = re.compile(r"(?:第?[0-9]+[.、の]?|\([0-9]+\)|\([ア-ン]\)|[ア-ン]) ?")


_NOTE = re.compile(r"\x20?※[^\n。]{0,30}")
_SPACES = re.compile(r"[\x20\u3000]+")


_ITEM_IN_PROSE = re.compile(r"。(?=\([0-9]+\))")


def _item_start(text: str, line_start: int, start: int) -> int:
    """Where the item holding `start` starts: its line, or a numbered item after a 。 in the
    line (「…認められた。(1)名称の不明示(法第33条の2)同社の勧誘者は、…」, a list run together)."""
    return max(
        (m.end() for m in _ITEM_IN_PROSE.finditer(text, line_start, start)), default=line_start
    )


def _past_spaces(text: str, at: int) -> int:
    m = _SPACES.match(text, at)
    return m.end() if m else at


_BREACH_CLOSE = re.compile(r"(?:の規定)?違反(?=\))")


def heading_with_provision(text: str, end: int, chain: list[Citation], start: int) -> Found | None:
    """A line naming a violation and its provision, as lists of 認定した違反行為 have
    them: 「(1) 勧誘目的等の不明示(特定商取引法第3条)」, a bullet 「- 不実告知(…)」, a
    heading 「ア 漏えい等の報告の遅延(法第26条第1項違反)」, or a table cell
    「|優良誤認(第5条第1号)|」."""
    line_start = _item_start(text, text.rfind("\n", 0, start) + 1, start)
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text.startswith("|", line_start):  # a cell of a table row: the cell is the line
        line_start, line_end = _cell_item(text, line_start, start, end)
    elif text.startswith("(", line_start) and (under := wrong_line_above(text, end, chain, start)):
        return under  # the provision's line under the wrong's
    opener = text.rfind("(", line_start, start)
    breach = _BREACH_CLOSE.match(text, end)  # 「ア …の第三者提供(法第27条第1項違反)」
    end = breach.end() if breach else _past_spaces(text, end)  # PDF's 「…第 6 号 )」
    note = _NOTE.match(text, end + 1, line_end)  # 「…(第12条)※効果効能」: a note after it
    if text[end : end + 1] != ")" or opener < 0:
        return None
    marker = NUMBERED_LINE.match(text, line_start, opener)  # or a bullet the markdown lost
    after = note.end() if note else end + 1
    if after != line_end and not (marker and form("heading_run_on").match(text, after)):
        return None  # the line goes on, unless a flattened heading runs into its facts
    between = text[opener + 1 : start]
    desc = text[marker.end() if marker else line_start : opener]
    if "、" in between or "。" in between or not 2 <= len(desc) <= 40:
        return None
    if not_a_violation(desc):
        return None
    return Found(start, end, tuple(chain), desc, None, named=True)


_BULLETED = re.compile(r"[・●○■◆\-]\x20?(?P<desc>[^。\n]{2,60})\n")


def wrong_line_above(text: str, end: int, chain: list[Citation], start: int) -> Found | None:
    """A bulleted line naming a wrong, its provision on the next line, all of it in brackets:
    「・契約書面の交付義務に違反する行為(記載不備)⏎(旧法第5条第1項及び法第5条第1項違反)」."""
    line_start = text.rfind("\n", 0, start) + 1
    breach = _BREACH_CLOSE.match(text, end)
    close = breach.end() if breach else end
    if text[line_start : line_start + 1] != "(" or text[close : close + 1] != ")":
        return None
    if text[close + 1 : close + 2] not in ("", "\n") or line_start < 2:
        return None
    above = text.rfind("\n", 0, line_start - 1) + 1
    m = _BULLETED.fullmatch(text, above, line_start)
    if m is None or sanction_like(m.group("desc")):
        return None
    return Found(start, close + 1, tuple(chain), m.group("desc"), None, named=True)


def _cell_item(text: str, row: int, start: int, end: int) -> tuple[int, int]:
    """The item of a table cell that holds the provision at start–end: the whole cell, or
    one of the wrongs it lists, each with its provision, apart by 「、」
    (「|点呼の未実施(…規則第7条第1項)、過労防止義務違反(同規則第3条第4項)|」)."""
    cell_start = text.rfind("|", row, start) + 1
    cell_end = text.find("|", end) % (len(text) + 1)
    before = text.rfind(")、", cell_start, start)
    item_start = before + 2 if before >= 0 else cell_start
    item_end = end + 1 if text.startswith(")、", end) and end + 2 < cell_end else cell_end
    return item_start, item_end


# a caption in brackets that is the whole of the line after a provision's own line (an HTML
# cell 「特定商取引法第3条<br>(氏名等の明示義務違反)」 flattened to lines)
_CAPTION_LINE = re.compile(r"\n(?=\([^()\n]{2,30}\)(?:\n|$))\([^()\n]*\)")


def provision_with_caption(text: str, end: int, chain: list[Citation], start: int) -> Found | None:
    """A line that lists a violated provision with the wrong it names: 「ア 法第3条(勧誘
    目的等不明示)」, 「(2) 第6条第1項(不実告知)」 — under a heading of 違反行為; or a table
    cell 「|第3条(勧誘目的等不明示)|」 in a column of 該当条項; or the provision alone on its
    line with the caption alone on the next (a cell 「法第3条⏎(氏名等の明示義務違反)」)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text.startswith("|", line_start):  # a cell of a table row: the cell is the line
        line_start, line_end = _cell_item(text, line_start, start, end)
    caption = PARENTHETICAL.match(text, end)
    if caption is None and line_end == end:  # the caption alone on the line below
        caption = _CAPTION_LINE.match(text, end)
        line_end = caption.end() if caption else line_end
    if caption is None or caption.end() != line_end:
        return None
    lead = text[line_start:start]
    marker = NUMBERED_LINE.match(lead)
    rest = lead[marker.end() if marker else 0 :]
    desc = caption.group().lstrip("\n")[1:-1]
    if len(rest) > 20 or not 2 <= len(desc) <= 30 or not_a_violation(desc + rest):
        return None
    if desc.startswith("第"):  # 根拠法令 …第28条第3項(第1項第2号該当): the ground, no wrong
        return None
    return Found(start, caption.end(), tuple(chain), desc, None, named=True)


# the wrong on the cell's next line, or right after the provision (|第3条勧誘目的等不明示|)
_CELL_CAPTION = re.compile(
    r"[\n\x20]?(?![にのをがはで]|違反\|)(?P<desc>[^|。、\n\x20()第]{2,20})\x20?\|"
)


# a tab-separated row whose last cell ends with the provision, the wrong alone on the next
# line (an HTML cell 「第3条<br>氏名等不明示」 whose break fell outside the row)
_LINE_CAPTION = re.compile(r"\|\n(?P<desc>[^|。、\n\x20()第]{2,20})(?=\n|$)")


def cell_with_caption(text: str, end: int, chain: list[Citation], start: int) -> Found | None:
    """A table cell flattened to lines: 「…明らかにしていなかった。|第3条⏎勧誘目的等不明示|」,
    the provision and the wrong it names, in the column of 法の条項; or the row's last cell
    ending with the provision, the wrong on the line below (「…。|第3条|⏎氏名等不明示」)."""
    if text[start - 1 : start] != "|":
        return _lines_with_caption(text, end, chain, start)
    m = _CELL_CAPTION.match(text, end) or _LINE_CAPTION.match(text, end)
    if m is None or not_a_violation(m.group("desc")):
        return None
    return Found(start, m.end("desc"), tuple(chain), m.group("desc"), None, named=True)


# the wrong alone on the line after the provision's own, closing the row
_NEXT_LINE = re.compile(r"\n(?P<desc>[^|。、\n\x20()第]{2,20})\x20?\|?(?=\n|$)")
_CONDUCT_END = re.compile(r"[。)]\x20?\|?$")


def _lines_with_caption(text: str, end: int, chain: list[Citation], start: int) -> Found | None:
    """A table flattened one cell per line, its bars lost: the conduct (ending 。 or with a
    bracket that says whose it is), the provision alone on the next line, the wrong it
    names alone on the line after (「…告げていた。(2社)⏎第6条第1項⏎不実告知」; the
    conduct's line may stand joined to the provision's, as PDF lines are)."""
    if text[end : end + 1] != "\n" or start == 0:
        return None
    glued = text[start - 1] != "\n"  # the conduct's line joined to the provision's
    line_start = start if glued else text.rfind("\n", max(0, start - 400), start - 1) + 1
    m = _NEXT_LINE.match(text, end)
    conduct_end = start if glued else start - 1
    if m is None or not _CONDUCT_END.search(text, max(0, line_start - 400), conduct_end):
        return None
    if not_a_violation(m.group("desc")):
        return None
    return Found(start, m.end("desc"), tuple(chain), m.group("desc"), None, named=True)


# 「業務停止命令(特定商取引法第8条)」 lists a basis; 「…に基づき(…)」 is prose
_NOT_IN_A_LINE = re.compile(r"[、。]|について")


def sanction_like(phrase: str) -> bool:
    """A phrase beside a provision that names a sanction, a step or a basis (業務停止命令,
    輸送施設の使用停止40日車), unless it ends as a wrong does (指導監督の未実施)."""
    return bool(form("not_a_wrong").search(phrase)) and not form("wrong_tail").search(phrase)


def a_ground(desc: str | None, quoted: str | None) -> bool:
    """What a sanction is for, not a wrong: 「同法第8条第1項に規定する課徴金対象行為に該当する」,
    or a provision's words that end as its condition or its class of persons does (「同法第51条
    に規定する「…必要かつ適当であると認めるとき」に該当する」, 「法第14条第5項第2号イに規定する
    者が役員である法人に該当し」: the ground of the order or the revocation)."""
    ground = form("ground_words")
    return sanction_like(desc or "") or any(ground.search(x or "") for x in (desc, quoted))


def not_a_violation(phrase: str) -> bool:
    """A line's phrase that names no wrong: a sanction, or prose (、。について)."""
    return sanction_like(phrase) or bool(_NOT_IN_A_LINE.search(phrase))


_CLAUSE_MAX = 80  # how far back the clause before a bracketed provision is read


def told_before(text: str, end: int, chain: list[Citation], start: int) -> Found | None:
    """A sentence that tells what was done or left undone and ends with the provision in
    brackets: 「委員会への報告は期限を大幅に過ぎてから行われていました(法第68条第1項)。」 — a
    violation, no wrong named; not when the clause tells a sanction or a step (「…報告を
    求めました(法第146条第1項)」)."""
    opener = text.rfind("(", max(0, start - 25), start)
    if opener < 0 or text[end : end + 2] != ")。" or "、" in text[opener:start]:
        return None
    lo = max(0, opener - _CLAUSE_MAX)
    cut = max(
        text.rfind("。", lo, opener), text.rfind("\n", lo, opener), text.rfind("、", lo, opener)
    )
    clause = text[max(lo, cut + 1) : opener]
    if not form("told_wrong_end").search(clause) or sanction_like(clause):
        return None
    if form("told_step").search(clause):
        return None
    named = form("told_done").search(clause)  # 「…に対し、不実告知を行っていました」
    desc = named.group("desc") if named and CAPTION_TEXT.fullmatch(named.group("desc")) else None
    return Found(start, end + 1, tuple(chain), desc, None, named=desc is not None)


# 「…14件の違反が認められた。(1)点呼の実施義務違反(…規則第7条第1項)、(2)…」: the number
# and the wrong before the bracket; after it the next item, the sentence's end or the cell's
# 「①…を置いていなかったこと(同法第26条第1項)などの事実が認められた」: an item told as a
# clause with こと, the list closed by などの事実 (県 and 整備局 監督処分)
_ENUMERATED = re.compile(
    r"(?:^|[、。\n]|及び)\x20?\((?:[0-9]+|[ア-ン])\)(?P<desc>[^、。()\n]{2,60}?)(?:こと)?$"
)
_ITEM_END = re.compile(r"\)(?:、\(|及び\(|。|\x20?\||\n|$|(?:など|等)(?:の(?:事実|行為|違反))?が)")


def enumerated(text: str, end: int, chain: list[Citation], start: int) -> Found | None:
    """A numbered wrong in a prose list, its provision in brackets after it: 「(3)点呼の実施
    義務違反(貨物自動車運送事業輸送安全規則第7条第1項)、(4)…」 (運輸局's 違反行為の概要)."""
    opener = text.rfind("(", max(0, start - 40), start)
    if opener < 0 or _BREAK_IN.search(text, opener + 1, start) or not _ITEM_END.match(text, end):
        return None
    m = _ENUMERATED.search(text, max(0, opener - 45), opener)
    if m is None or not form("wrong_tail").search(m.group("desc")):
        return None
    return Found(start, end + 1, tuple(chain), m.group("desc"), None, named=True)


_BREAK_IN = re.compile(r"[()、。\n]")


def a_step(line: str) -> bool:
    """A line that tells what the authority did, its basis in brackets after it: 「① 3か月間、
    …を停止するよう命じました。(特商法15条1項)」, 「…を指示しました。(同法14条1項)」."""
    return bool(form("told_step").search(line) or form("step_end").search(line))


_LAST_CAPTION = re.compile(r"\((?P<name>[^()]{2,20})\)$")


def named_in_heading(heading: str) -> str:
    """A heading that ends with the wrong's short name in brackets names the wrong by it:
    「(1)契約を締結しない旨の意思を表示した者に対する勧誘(再勧誘)」 → 再勧誘."""
    m = _LAST_CAPTION.search(heading)
    name = m.group("name") if m else ""
    ok = m is not None and CAPTION_TEXT.fullmatch(name) and not sanction_like(name)
    return name if ok else heading


def law_over_its_rules(text: str, out: dict[int, Found]) -> list[int]:
    """The ends of `out` in order, and each violation rid of the 施行規則 under the law's
    provision it stands with: 「迷惑勧誘(…法第38条第1項第4号に基づく…法施行規則第31条第1号)」,
    「法第23条第1項により…義務付けられている…を、同法施行規則第17条第3項に定める期限を過ぎても
    提出せず」: the rules only tell the act or the term; the law's provision is broken."""
    kept: list[int] = []
    laws: list[Found] = []
    for e in sorted(out):
        v = out[e]
        own = tuple(c for c in v.provisions if not _of_rules(c))
        if own and len(own) < len(v.provisions) and _DELEGATES.search(text, v.start, v.end):
            out[e] = v = replace(v, provisions=own)
        elif not own and any(u.start < v.start < u.end for u in laws):
            continue  # the term the rules set, inside the law's own duty unmet
        if own:
            laws.append(v)
        kept.append(e)
    return kept


# 「法第7条第4号に基づく同法施行規則第7条第1号」 (not 「法第47条の2第3項及び同法施行規則…」: both)
_DELEGATES = re.compile(r"に基づく(?!.*(?:及び|並びに))")


def _of_rules(c: Citation) -> bool:
    return bool(c.statute and c.statute.endswith("施行規則"))


def sentence_start(text: str, pos: int, reach: int = 300) -> int:
    """Where the sentence holding `pos` starts: after the last 。 outside brackets, at most
    `reach` back (「金融商品取引法(昭和23年法律第25号。以下「金商法」という。)第38条」 is one
    sentence)."""
    lo = max(0, pos - reach)
    i = pos
    while (i := text.rfind("。", lo, i)) >= 0:
        between = text[i + 1 : pos]
        if between.count(")") <= between.count("("):
            return i + 1
    return lo


def listed(text: str, end: int, chain: list[Citation], start: int) -> Found | None:
    """A bulleted line that tells a wrong, its provision in brackets at the end:
    「・運行指示書を作成していなかった。(道路運送法第27条第3項)」, or with 違反 in the brackets
    「○ …を製造したこと。(法第56条第3号違反)」."""
    lo = max(0, start - _LINE_MAX)
    line_start = text.rfind("\n", lo, start) + 1
    if line_start == 0 and lo > 0:
        return None  # a line this long lists nothing
    opener = text.rfind("(", line_start, start)
    closes = _LISTED_CLOSE.match(text, end)  # 「…(道路運送法第27条第3項)」, 「…(法第56条違反)」
    if opener < 0 or closes is None or _LIST_BREAK.search(text, opener + 1, start):
        return None
    end = closes.end() - 1
    line = text[line_start:opener]
    m = form("listed_wrong").search(line)
    if m is None and line.endswith("。") and len(line) > 10 and not a_step(line):
        # 「(1)不実告知⏎同社は、…告げていた。(法第6条第1項)」: the heading names the wrong
        return Found(start, end + 1, tuple(chain), None, None)
    if m is None or sanction_like(m.group("desc")):
        return None
    return Found(start, end + 1, tuple(chain), m.group("desc"), None)


_LINE_MAX = 300  # how far back a listed line is read
_LIST_BREAK = re.compile(r"[()、。\n]")
_LISTED_CLOSE = re.compile(r"(?:(?:の規定)?違反)?\)(?=\n|$)")
