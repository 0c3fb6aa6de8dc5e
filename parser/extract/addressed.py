"""Names with no legal-form word that a news sentence's grammar makes an addressee:

* the name between a dated lead and に対して (「総務省は5月9日、ソラマドテレコムに対して文書に
  よる行政指導を行った」, 「…は本日、XX出荷組合(出荷組合)に対して警告を行いました」);
* the names of a list before に対し / には / は N日間 in a sentence that imposes something,
  each of which the text also writes with its place in brackets (「A(多治見市)とB(名古屋市)は
  90日間、…の事業を停止する行政処分とした」, 「AとBには、…停止する処分を科した」 after
  「元請けのA(岐阜市)が…」).

The phrasing is `org_phrases.tsv`'s (`dated_addressee`, `listed_addressee`,
`not_addressee`); a name so found is then found wherever the text writes it."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from shobun.parser.extract.orgs import form_matches
from shobun.parser.extract.phrases import pattern

_SEGMENT = 120  # characters before the marker a list may take
_JOIN = re.compile(r"(?:\([^()]{1,16}\))?(?:と|及び|並びに|、)")
_PAREN = re.compile(r"\([^()]{1,16}\)$")
# What stands before a name in its clause: a place or a kind of business and の, a topic, a
# clause ending in a verb or a particle (…違反したとして, …に基づき, 取り扱う121証券,
# 従わなかったかえで…, …会社であるX), a kind of business glued to it (食品製造業者みなと食品工業)
_BEFORE_NAME = re.compile(
    r"^.*(?:[都道府県市区町村郡]|業|業者|事業者|会社|大手|中堅|系|請け|請|先|元|傘下|老舗)の"
    r"|^.*(?:[庁省局都府県]|委員会)(?:は|が)"
    r"|^.*(?:って|て|した|する|して|から|より|(?<=[一-鿿ァ-ヴー])[をがにでは])(?=[一-鿿ァ-ヴA-Za-z0-9])"
    r"|^.*[一-鿿][うくすつむるたいえけせれ](?=[一-鿿ァ-ヴA-Za-z0-9])"
    r"|^.*(?:った|んだ|である)(?=[ぁ-ん一-鿿ァ-ヴA-Za-z0-9])"
    r"|^.*(?:基づき|もとづき|により|によって|に従い)(?=[一-鿿ァ-ヴA-Za-z0-9])"  # …法に基づきXを
    r"|^.*(?:いた|えた|けた|せた|れた|ない)(?=[一-鿿ァ-ヴA-Za-z0-9])"
    r"|^.*?(?:事業者|業者|会社|メーカー|店)(?![をがにでとはもへの])(?=.{2})"
)


def without_context(run: str) -> str:
    """`run` without what its clause writes before the name (福岡市の食品製造業者X: X)."""
    while (edge := _BEFORE_NAME.match(run)) is not None and len(run) - edge.end() >= 2:
        run = run[edge.end() :]
    return run


@lru_cache(maxsize=1)
def _place_paren() -> re.Pattern[str]:
    return re.compile(rf"\((?:{pattern('list_place').pattern})\)")


def addressee_name(text: str, name: str, clean: Callable[[str], str | None]) -> str | None:
    """`name` as an addressee's name: without the kind of business before it, and none where
    it counts (両社), is no addressee's (関東総合通信局), or is a short name or a name the
    text writes with a legal form."""
    found = clean(without_context(name))
    if found is None or pattern("count_alias").search(found):  # 本日、両社に対し
        return None
    if pattern("not_addressee").search(found) or _formed_elsewhere(text, found):
        return None
    if f"「{found}」" in text:  # 以下「伊勢志摩漁連」という: a short name, the alias rules'
        return None
    return found


_FORMED_CHAR = re.compile(r"[一-鿿々〆ヵヶぁ-んァ-ヴーA-Za-z0-9&・()]")  # (株) is a word's
_WORD_MAX = 60


def _formed_elsewhere(text: str, name: str) -> bool:
    """The text writes `name` inside a word with a legal form somewhere (株式会社X …。本日、
    Xに対し; 株式会社ミナトHD and ミナトに対し; 架空交通(株)東京営業所): the company rules'
    name, not a new one."""
    at = text.find(name)
    while at >= 0:
        start, end = at, at + len(name)
        while start > 0 and end - start < _WORD_MAX and _FORMED_CHAR.match(text, start - 1):
            start -= 1
        while end < len(text) and end - start < _WORD_MAX and _FORMED_CHAR.match(text, end):
            end += 1
        if form_matches(text[start:end]):
            return True
        at = text.find(name, at + 1)
    return False


_JOINED = re.compile(r"と|及び|並びに|、")
_PLAIN_JOIN = re.compile(r"及び|並びに|、")  # no name holds these; と may (やまと運輸)


def dated_addressees(text: str, clean: Callable[[str], str | None]) -> Iterator[str]:
    """「…は3月17日、Xに対して…行政指導を行った」: X; 「…局は、AとBに対し、…」: A and B,
    where each stands alone elsewhere in the text."""
    if "に対し" not in text:
        return
    for m in pattern("dated_addressee").finditer(text):
        pieces = m.group("name").split("、")
        if len(pieces) > 1 and any(_CLAUSE_END.search(p) for p in pieces):
            continue  # 9月19日、〇〇局は、Xに対し: a topic, then one name, the single rule's
        by_piece = [_joined_names(text, piece) for piece in pieces]
        if len(pieces) > 1 and not all(by_piece):
            continue  # 本日、…の規定に基づき、AとBに対して: a clause, then the names, no list
        runs = [run for found in by_piece for run in found]
        if m.group("subject") and len(runs) < 2:  # 「…厚生局は、A薬局B店に対し」: a shop's
            continue
        names = [addressee_name(text, run, clean) for run in runs]
        if len(pieces) > 1 and None in names:  # 本日、当委員会は、Xに対し: one piece is no name
            continue
        yield from (n for n in names if n is not None)


def _joined_names(text: str, run: str) -> list[str]:
    """The names a run joins (AとB), where each is written elsewhere in the text on its own
    (AはCで…。Bは…): else none where it joins by 及び (the names the other rules' to find),
    else the run as one name (やまと運輸)."""
    parts = _JOINED.split(run)
    alone = len(parts) > 1 and all(len(p) >= 2 and text.count(p) > run.count(p) for p in parts)
    return parts if alone else [] if _PLAIN_JOIN.search(run) else [run]


_CLAUSE_END = re.compile(r"[はがもでにを]$")  # a piece of a clause, not a name in a list


@lru_cache(maxsize=4)
def _place_parens(text: str) -> tuple[int, ...]:
    """Where each bracketed place opens (…(岐阜市)): found once per text."""
    return tuple(m.start() for m in _place_paren().finditer(text))


def _witnessed(text: str, name: str) -> bool:
    """The text writes `name` with a place in brackets after it somewhere (A(岐阜市))."""
    return any(
        text.startswith(name, at - len(name)) and _word_starts(text, at - len(name))
        for at in _place_parens(text)
        if at >= len(name)
    )


_WORD_CHAR = re.compile(r"[一-鿿々ァ-ヴーA-Za-z0-9]")


def _word_starts(text: str, at: int) -> bool:
    """No word runs on into `at` from before (…組合連合会: 連合会 is no name of its own)."""
    return at == 0 or not _WORD_CHAR.match(text, at - 1)


def _clause_start(text: str, end: int) -> int:
    """Where the list before `end` starts: after 。, a line break, a bracket or a 、 that
    does not follow a listed name's place (A(市)、B(市)には: one list)."""
    at = end
    while at > max(0, end - _SEGMENT):
        ch = text[at - 1]
        if ch in "。\n「」" or (ch == "、" and text[at - 2 : at - 1] != ")"):
            return at
        at -= 1
    return at


def _items(text: str, start: int, end: int) -> list[str] | None:
    """The names of the list text[start:end], each witnessed with its place; the first
    may follow a topic (県はA(市)に対し): its longest witnessed tail. None if any is not."""
    segment = _PAREN.sub("", text[start:end])
    pieces, at = [], 0
    for j in _JOIN.finditer(segment):
        pieces.append(segment[at : j.start()])
        at = j.end()
    pieces.append(segment[at:])
    names: list[str] = []
    for i, piece in enumerate(pieces):
        starts = [k for k in range(len(piece) - 1) if _word_starts(piece, k)] if i == 0 else [0]
        found = next((piece[k:] for k in starts if _witnessed(text, piece[k:])), None)
        if found is None:
            return None
        names.append(found)
    return names


def listed_addressees(text: str, clean: Callable[[str], str | None]) -> Iterator[str]:
    """A(市)とB(市)は90日間、…停止する処分: A and B; AとBには、…処分 when each is
    written with its place elsewhere."""
    if "(" not in text:
        return
    for m in pattern("listed_addressee").finditer(text):
        names = _items(text, _clause_start(text, m.start()), m.start()) or []
        yield from (n for n in (addressee_name(text, n, clean) for n in names) if n is not None)
