"""Violations a notice names without citing a provision: 「認定した違反行為は、氏名等不明示、
再勧誘、不実告知です」, 「認定した違反行為は、(1)氏名等不明示、(2)故意の不告知の2つです」,
「県が認めた違反は「勧誘目的等不明示」「不実告知」」, or a heading 「違反行為の内容」 over
bulleted lines 「・不実告知」. Each named wrong is a violation with a description and no
provision; the phrasing that opens such a list is data (`named_list` in
`violation_forms.tsv`), and so are a caption in brackets after a clause that tells the
conduct (「…低い単価を定めていた(買いたたきの禁止)」: `named_caption`) and what a named
wrong may not be (`not_a_named_wrong`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from shobun.parser import roles, wrongs
from shobun.parser.wrongs import Found, form

_LIST_MAX = 200  # how far a list of named wrongs runs after its opening words
_LINES_MAX = 12  # how many bulleted lines below an opening line are read
# an item of a list runs to the next 、 ・ or quote; 及び and 並びに part items inside it
_ITEM = re.compile(r"[^、。「」・\n]+")
_APART = re.compile(r"及び|並びに|および|ならびに")


def named(text: str, stop: int) -> list[Found]:
    """The wrongs named without a provision, before `stop` (where the law's own text is
    quoted): in lists, each once; in a table's column of wrongs, each once per row (the
    row's company committed it)."""
    out: dict[tuple[str, int], Found] = {}
    listed = [_items(text, m.end()) for m in form("named_list").finditer(text, 0, stop)]
    after = roles.guarded("named_list_after", "violation_forms")
    listed += [_before(text, m.start()) for m in after.finditer(text, 0, stop)]
    for row, spans in [*((0, s) for s in listed), *_cells(text, stop)]:
        items = [(s, e, _clean(text[s:e])) for s, e in spans]
        if any(desc is None for _, _, desc in items):
            continue  # one clause of prose among them: the list names no wrongs
        for start, end, desc in items:
            if desc and (desc, row) not in out:
                at = text.find(desc, start, end)  # the name without its number and close
                out[desc, row] = Found(at, at + len(desc), (), desc, None, named=True)
    for role, word in _NAMED_FORMS:
        for m in form(role).finditer(text, 0, stop) if word in text else ():
            desc = _clean(m.group("desc"))
            if desc and (desc, 0) not in out:
                out[desc, 0] = Found(m.start("desc"), m.end("desc"), (), desc, None, named=True)
    told = [*_told(text, stop), *_breaches(text, stop)]
    for m in told:
        desc = m.group("desc")  # 「顧客の株を無断で売買したとして、…業務改善命令を出した」
        if not form("not_a_told_wrong").search(desc) and (desc, 0) not in out:
            out[desc, 0] = Found(m.start("desc"), m.end("desc"), (), desc, None, named=True)
    return sorted(out.values(), key=lambda v: v.start)


# the forms that name a wrong in their group "desc", each with a word it cannot do without:
# 「…として「有利誤認」、…」, 「…の広告が優良誤認表示に当たるとして、…措置命令」,
# 「…低い単価を定めていた(買いたたきの禁止)」
# 「…法に定める規定(廃棄物の投棄禁止)に違反」
_NAMED_FORMS = (
    ("quoted_wrong", "」"), ("held_wrong", "誤認"), ("named_caption", ""), ("rule_caption", "規定(")
)  # fmt: skip


def _breaches(text: str, stop: int) -> Iterator[re.Match[str]]:
    """「…学生から同意を得ずに販売したのは個人情報保護法違反に当たるとして、…勧告」: the
    clause before のは that the sentence holds a breach (`breach_told`)."""
    if "違反" not in text or "のは" not in text:
        return iter(())
    return form("breach_told").finditer(text, 0, stop)


_AS = re.compile(r"として|とし、")  # 「…したとして、」 and its short 「…だったとし、」


def _told(text: str, stop: int) -> Iterator[re.Match[str]]:
    """The wrongs told before として or とし、 (`told_wrong`), each read from its clause's
    start."""
    for at in _AS.finditer(text, 0, stop):
        start = max(text.rfind(c, 0, at.start()) for c in "、。\n") + 1
        if (m := form("told_wrong").match(text, start, stop)) is not None:
            yield m


def _cells(text: str, stop: int) -> list[tuple[int, list[tuple[int, int]]]]:
    """(row, items) for each row of a table under a header cell of wrongs (|事業者名|違反行為|):
    the wrongs its cell in that column names, apart by 、 or ・ (|A社|不実告知、再勧誘|)."""
    out: list[tuple[int, list[tuple[int, int]]]] = []
    column, pos = -1, 0
    for line in text[:stop].split("\n"):
        cells = line.split("|") if line.startswith("|") else []
        heads = [i for i, c in enumerate(cells) if form("wrongs_column").fullmatch(c.strip())]
        if not cells:
            column = -1
        elif heads:
            column = heads[0]
        elif 0 <= column < len(cells) and not _cites(cells[column]):
            lo = pos + sum(len(c) + 1 for c in cells[:column])
            out.append((pos, _split(text, lo, lo + len(cells[column]))))
        pos += len(line) + 1
    return out


def _items(text: str, at: int) -> list[tuple[int, int]]:
    """Where each named wrong stands in the list opening at `at`: on the rest of its line
    up to its 。, or, where the line ends there, on the bulleted lines below."""
    limit = min(len(text), at + _LIST_MAX + 1)  # a list runs no further: nothing is read twice
    line_end = text.find("\n", at, limit) % (limit + 1)
    end = text.find(")" if text[at - 1 : at] == "(" else "。", at, line_end)  # 違反行為(A、B)を認定
    end = line_end if end < 0 else end
    if end - at > _LIST_MAX or _cites(text[at:end]):
        return []
    if text[at:end].strip(" :") and not form("list_below").fullmatch(text, at, end):
        return _split(text, at, end)
    below = text.find("\n", end, limit)
    return _below(text, below) if below >= 0 else []


_CLOSE_GAP = re.compile(r"[\x20\u3000]*$")
_BULLET = re.compile(r"[★☆・●○■◆]")
_BULLETED = re.compile(r"(?<=[★☆・●○■◆])[^★☆・●○■◆\n]+")


def _before(text: str, at: int) -> list[tuple[int, int]]:
    """Where each named wrong stands in a list closed at `at` (「A」「B」――の2項目の違反が
    認定された; ★A⏎★Bという2種の違反を確認した): the quoted names right before it on its
    line, else the bulleted items from the bulleted lines right above it up to it."""
    line_start = text.rfind("\n", max(0, at - _LIST_MAX), at) + 1
    quoted = list(_QUOTED.finditer(text, line_start, at))
    if quoted and _CLOSE_GAP.match(text, quoted[-1].end(), at):
        return [(m.start(1), m.end(1)) for m in quoted]
    start = line_start
    for _ in range(_LINES_MAX):  # the bulleted lines above, each an item; the first may
        if start == 0:  # follow the words that open it, joined to them (同庁によると、★A)
            break
        above = text.rfind("\n", max(0, start - 1 - _LIST_MAX), start - 1) + 1
        line = text[above : start - 1]
        if _BULLET.search(line):
            start = above
        if not form("list_marker").match(line):
            break
    return [(m.start(), m.end()) for m in _BULLETED.finditer(text, start, at)]


def _cites(span: str) -> bool:
    return bool(re.search(r"第?[0-9]+条", span))


# where the names are quoted (「A」と「B」の2つ), the quotes alone hold them
_QUOTED = re.compile(r"「([^「」\n]{1,40})」")


def _split(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The items of 「A、B及びCの3つ」, 「(1)A、(2)B」, 「「A」「B」」, 「「A」と「B」の2つ」
    between lo and hi: where the names are quoted, the quoted ones."""
    quoted = [(m.start(1), m.end(1)) for m in _QUOTED.finditer(text, lo, hi)]
    if quoted:
        return quoted
    out: list[tuple[int, int]] = []
    for m in _ITEM.finditer(text, lo, hi):
        pos = m.start()
        for part in _APART.split(m.group()):
            if part.strip():
                s = text.index(part, pos)
                out.append((s, s + len(part)))
                pos = s + len(part)
    return out


def _below(text: str, line_end: int) -> list[tuple[int, int]]:
    """The bulleted or numbered lines right below an opening line, each a named wrong;
    the first line that is not one ends the list."""
    out: list[tuple[int, int]] = []
    pos = line_end + 1
    for _ in range(_LINES_MAX):
        if pos >= len(text):
            break
        limit = min(len(text), pos + _LIST_MAX)  # a line this long names no wrong
        nxt = text.find("\n", pos, limit) % (limit + 1)
        line = text[pos:nxt]
        marker = form("list_marker").match(line)
        if marker is None or "。" in line or "、" in line:
            break
        out.append((pos + marker.end(), nxt))
        pos = nxt + 1
    return out


_NAME = re.compile(r"[^、。()「」\x20]{2,30}")  # a short phrase, no sentence, no brackets


def _clean(item: str) -> str | None:
    """The named wrong an item of a list holds, without its number and the words that
    close the list; None where it is no named wrong (a sentence, a sanction, a provision)."""
    item = form("list_marker").sub("", item.strip(" :\u3000"), count=1)
    item = form("list_close").sub("", item, count=1).strip()
    if not _NAME.fullmatch(item) or _cites(item) or wrongs.sanction_like(item):
        return None
    return None if form("not_a_named_wrong").search(item) else item


def untold(found: list[Found]) -> list[Found]:
    """`found` without the wrongs named without a provision that a cited violation names
    already (不実告知 of a list, and 「不実告知(法第6条第1項)」 or a heading over
    「…法第6条第1項の規定に違反する」): one violation, the cited one."""
    told = [v.description for v in found if v.provisions and v.description]
    return [
        v
        for v in found
        if v.provisions
        or not any(v.description and (v.description in t or t in v.description) for t in told)
    ]
