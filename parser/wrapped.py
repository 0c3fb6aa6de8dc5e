"""The line of a page's header that reads most as the notice's title, or a title wrapped
over lines that follow each other (「…に違反した事業主を」⏎「さらに2か月間の事業停止処分」);
a site's line, a menu's item or a subtitle continues none."""

from __future__ import annotations

import re

from shobun.parser import headlines

TITLE_MAX = 150  # characters: a title line, or a title wrapped over lines
_TITLE_ENDS = headlines.TITLE_ENDS
_TITLE_CUE = headlines.TITLE_CUE


def best_title(
    candidates: list[tuple[int, str] | None],
) -> tuple[tuple[int, int] | None, str | None]:
    """The line that reads most as the title, or a title wrapped over lines that follow
    each other, but no further than a title's length; a site's line (a menu, a column
    with |) continues no title."""
    title: tuple[int, int] | None = None
    text: str | None = None
    last: tuple[int, str] | None = None  # the line before, if it became the title
    for cand in candidates:
        before, last = last, None
        if cand is None:
            continue
        at, line = cand
        if before and headlines.titled_subtitle(line):  # …処分 ⏎ <…停止処分>: one title
            title, text = (before[0], at + len(line)), before[1] + line
        if before and (headlines.subtitle(line) or headlines.strap(line)):
            continue  # …について ⏎ ～…命令～: the subtitle is no part of the title, nor one
        if before and _wraps(before[1], line):
            title, text = (before[0], at + len(line)), before[1] + line  # a wrapped title
            last = (before[0], text)
        elif _score(line) > _score(text):
            title, text = (at, at + len(line)), line
            last = (at, line)
    return title, text


_BULLETED = re.compile(r"[・•●■□◆◇○◎※]")
# A line that goes on with a title ending as a title does (…命令 ⏎ について, ⏎ (6か月)等)
_TAIL_HEAD = re.compile(r"(?:について|等|及び|並びに|\(|の)")


def _wraps(before: str, line: str) -> bool:
    if headlines.FENCED_TAIL.search(before):  # …~subtitle~ ⏎ 大阪労働局(局長…: it closed
        return False
    if (_TITLE_CLOSE.search(before) and not _TAIL_HEAD.match(line)) or _BULLETED.match(line):
        return False  # a title closed, or a menu's item (• 定期購読する) under a headline
    if _BODIES.fullmatch(line) or _DAY_LINE.match(line):
        return False  # a news item's tag of the bodies it is about (〇〇省・〇〇庁), its stamp
    return (
        _unfinished(before)
        and len(before) + len(line) <= TITLE_MAX
        and not (_SITE_LINE.search(before + line) or headlines.restarts(before, line))
    )


def _unfinished(line: str) -> bool:
    """A title line that the next line continues: it reads as a title and stops at a
    particle or a conjunction (「…に違反した事業主を」⏎「さらに2か月間の事業停止処分」), or
    it is long and stops short of a title's end (a site's name above the title is
    neither)."""
    if line.endswith(_TITLE_ENDS) or not _TITLE_CUE.search(line):
        return False
    return bool(_OPEN_END.search(line)) or len(line) >= 12


_BODY = r"[一-鿿ァ-ヴー]{1,12}(?:省|庁|局|委員会|[都道府県])"
_BODIES = re.compile(rf"{_BODY}(?:[・、]{_BODY})+")
_DAY_LINE = re.compile(r"(?:(?:令和|平成|昭和)?[0-9元]{1,4}年)?[0-9]{1,2}月[0-9]{1,2}日")
_OPEN_END = re.compile(r"(?:[をにのへとが、・]|及び|並びに|又は|における|に係る|による)$")
_TITLE_CLOSE = re.compile(  # a case's name in a database: 〇〇に対する件
    r"(?:について|公表|処分|命令|勧告|指導|指示|(?:実施|行い)ました|に(?:対する|係る|関する)件)"
    r"(?:\(.*\))?$"
)
_SITE_LINE = headlines.SITE_LINE


def _score(line: str | None) -> int:
    """How much a header line reads as the notice's title: it names the addressee
    (に対する) and ends as a title does; a site's line never wins."""
    if line is None:
        return -100
    score = 3 * bool(_TITLE_CLOSE.search(line)) + 2 * ("に対する" in line or "に対して" in line)
    score += len(_TITLE_CUE.findall(line)) - 10 * bool(_SITE_LINE.search(line))
    return score * 200 + min(len(line), 150)
