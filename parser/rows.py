"""Tables and amounts: the organisation a table row names, a cell that names an action,
the row's citation, and sums of money in yen (課徴金として金3億1,200万円, 7億円 in a row)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from shobun.parser import numerals, roles
from shobun.parser.context import Context
from shobun.parser.extract import sanctions
from shobun.parser.model import Citation

_KANJI_AMOUNT = "〇一二三四五六七八九十百千"  # 金十二億三千四百五十六万円
_AMOUNT = re.compile(
    r"課徴金(?:の額|額)?(?:は|として)?[、,\n]?(?:金)?"
    rf"([0-9,]+(?:億)?[0-9,]*万?[0-9,]*|[{_KANJI_AMOUNT}][{_KANJI_AMOUNT}億万]*)円"
)


def row_org(ctx: Context, pos: int) -> str | None:
    """The organisation named in the table row holding `pos` (|A社|優良誤認(第5条第1号)|)."""
    text = ctx.norm.text
    row = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos) % (len(text) + 1)
    if not text.startswith("|", row):
        return _opening_cell_org(ctx, row, pos, end)
    orgs = [m.label for m in ctx.mention_index.between(row, end) if m.kind != "Authority"]
    return orgs[0] if orgs else None


def _opening_cell_org(ctx: Context, row: int, pos: int, end: int) -> str | None:
    """Rows written without their first bar (「A社(所在地)|…|…|」), their lines run together
    (「…|A社(…)|…(電波法第53条違反)|…|」): the organisation that opens the last cell
    before `pos` to start with one."""
    text = ctx.norm.text
    if text.count("|", row, end) < 2 or not text[row:end].rstrip().endswith("|"):
        return None
    opening = [
        m.label
        for m in ctx.mention_index.between(row, pos)
        if m.kind != "Authority" and (m.start == row or text[m.start - 1] == "|")
    ]
    return opening[-1] if opening else None


_ROWS_BACK = 800  # characters: how far back a flattened row's first cell may stand


def line_row_org(ctx: Context, pos: int, addressees: set[str | None]) -> str | None:
    """The addressee whose name, alone on its line, opens the flattened table row holding
    `pos` (「被処分者⏎違反の概要⏎処分の内容⏎A社⏎(所在地)⏎…開設していた。⏎(電波法第4条…に
    違反)⏎…停止する。⏎B社⏎…」): the nearest such line before it, where the rows' names
    stand apart, each with cells of its own after it; not a list of names over a wrong
    told of them all (「A社⏎B社⏎違反の概要 …」)."""
    text = ctx.norm.text
    lo = max(0, pos - _ROWS_BACK, text.rfind("\n\n", 0, pos))
    heads = [
        (m.start, m.label)
        for m in ctx.mention_index.between(lo, pos)
        if m.label in addressees and _alone_on_line(text, m.start, m.end)
    ]
    names = {label for _, label in heads}
    if len(names) < 2 and not _more_rows_after(ctx, pos, addressees, names):
        return None
    for (a, _), (b, _) in itertools.pairwise(heads):
        if text.count("\n", a, b) < 2:
            return None  # two names on adjacent lines: a list, no rows
    return heads[-1][1] if heads and text.count("\n", heads[-1][0], pos) >= 1 else None


def _alone_on_line(text: str, start: int, end: int) -> bool:
    return (start == 0 or text[start - 1] == "\n") and text[end : end + 1] in ("\n", "")


def _more_rows_after(ctx: Context, pos: int, addressees: set[str | None], names: set[str]) -> bool:
    """Another addressee opens a line of its own after `pos`, within a row's reach."""
    text = ctx.norm.text
    return len(names) == 1 and any(
        m.label in addressees and m.label not in names and _alone_on_line(text, m.start, m.end)
        for m in ctx.mention_index.between(pos, pos + _ROWS_BACK)
    )


def column_org(ctx: Context, t: sanctions.Term) -> str | None:
    """A table flattened one row a line with its columns set apart by white space
    (「被処分者 処分内容⏎株式会社A 業務停止命令⏎株式会社B 指示処分」): the organisation
    whose name opens the line and ends at the gap before the term, where the term and
    what may follow a label's term (a period, a bracket) fill the rest of the line."""
    text = ctx.norm.text
    row = text.rfind("\n", 0, t.start) + 1
    end = text.find("\n", t.end) % (len(text) + 1)
    if t.start not in ctx.norm.gaps or not roles.pattern("label_rest").fullmatch(text, t.end, end):
        return None
    opening = [
        m.label
        for m in ctx.mention_index.between(row, t.start)
        if m.kind != "Authority" and m.start == row and m.end == t.start
    ]
    return opening[0] if opening else None


def fills_cell(text: str, t: sanctions.Term) -> bool:
    """「|業務停止命令(令和7年7月11日から…)|」: a table cell that names an action, or one of
    the actions a cell lists (「|事業の停止7日間、輸送施設の使用停止60日車(…)|」)."""
    if text[t.start - 1 : t.start] == "|":
        return bool(_CELL_TAIL.match(text, t.end))
    row = text.rfind("\n", 0, t.start) + 1
    return (
        text.startswith("|", row)
        and text[t.start - 1 : t.start] == "、"
        and (bool(_CELL_TAIL.match(text, t.end)))
    )


_CELL_TAIL = re.compile(r"(?:[0-9]+(?:日車|日間|か月|ヶ月|カ月|年))?(?:[|(、])")


def row_citation(ctx: Context, row_start: int) -> Citation | None:
    """The first citation in the table row that starts at `row_start` (its 根拠条文)."""
    text = ctx.norm.text
    row_end = text.find("\n", row_start) % (len(text) + 1)
    cites = [(e, c) for _, e, c in ctx.citation_index.between(row_start, row_end) if e <= row_end]
    # 「(法第35条第1項違反)、法第65条第2項第2号に該当」: the provision the conduct falls
    # under is the disposition's basis, the one broken is not
    falls = [c for e, c in cites if _FALLS_UNDER.match(text, e)]
    plain = [c for e, c in cites if not _BROKEN.match(text, e)]
    found = falls or plain or [c for _, c in cites]
    return found[0] if found else None


_FALLS_UNDER = re.compile(r"(?:の規定)?に該当")
_BROKEN = re.compile(r"(?:の規定)?(?:に)?(?:違反|該当)")


Money = tuple[int, int, int]  # an amount in yen, with where its figure starts and ends


def money(text: str) -> Money | None:
    """The first 課徴金…円 in `text`: its value and the span of the figure with 円."""
    m = _AMOUNT.search(text)
    if m is None:
        return None
    raw = m.group(1)
    value = yen(raw) if raw[0].isascii() else numerals.as_int(raw)
    return None if value is None else (value, m.start(1), m.end())


def only_money(text: str) -> Money | None:
    """The amount of 課徴金 a notice states, where it states one value (once or again)."""
    found = list(_AMOUNT.finditer(text))
    values = {m.group(1) for m in found}
    if len(values) == 1:
        return money(text)
    ordered = {m.start() for m in _ORDERED.finditer(text)}  # 「納付を命じた課徴金の額は…円」
    said = [m for m in found if m.start() in ordered]
    if len({m.group(1) for m in said}) != 1:
        return None
    at = said[0].start()
    got = money(text[at:])
    return None if got is None else (got[0], got[1] + at, got[2] + at)


# the amount ordered where the notice also states the one computed before a reduction
# (「…算定した課徴金の額3,648万円から…を減額した結果、…に納付を命じた課徴金の額は2,596万円」)
_ORDERED = re.compile(r"(?<=命じた)課徴金|(?<=命じる)課徴金|(?<=命ずる)課徴金")


_YEN = re.compile(r"(?<![0-9,.])([0-9][0-9,]*(?:億[0-9,]*)?(?:万[0-9,]*)?)円")
_YEN_AT = re.compile(_YEN.pattern.removeprefix("(?<![0-9,.])"))


def row_money(line: str, name: str, gaps: Sequence[int] = ()) -> Money | None:
    """The one amount in yen a row of a list gives a name: a table row (| 1 | 株式会社A |
    3億1,234万円 |) or a line of the name, padding and the amount (株式会社A　　7億円).
    `gaps` are where the source had white space: a figure does not run across one
    (「…番地21 3億2,140万円」 is 3億2,140万円, not 213億…)."""
    found = list(_YEN.finditer(line))
    if len(found) != 1 or name not in line:
        return None
    m = found[0]
    cut = max((g for g in gaps if m.start() < g < m.end()), default=None)
    if cut is not None:
        m = _YEN_AT.match(line, cut) or m
    rest = line.replace(name, "", 1).replace(m.group(), "", 1)
    value = yen(m.group(1))
    if value is None or not (
        line.startswith("|") or _PADDING.fullmatch(rest) or _numbered_row(line, name, m)
    ):
        return None
    return value, m.start(), m.end()


def _numbered_row(line: str, name: str, m: re.Match[str]) -> bool:
    """A flattened table row 「番号 事業者名 本店所在地 課徴金額」: its number, the name
    first, the amount last (「3 株式会社A 東京都港区1番1号 8,740万円」)."""
    head = _ROW_NUMBER.match(line)
    return head is not None and line.startswith(name, head.end()) and not line[m.end() :].strip()


_ROW_NUMBER = re.compile(r"[ \t]*[0-9]+[ \t]+")
_PADDING = re.compile(r"[ \t]*(?:\(?[0-9]+[).]?)?[ \t:]*(?:金)?[ \t]*")


def yen(raw: str) -> int | None:
    """3億1,234万5,000 → 312 345 000 (None for a number too long to be one)."""
    total = 0
    for part, scale in re.findall(r"([0-9,]+)(億|万)?", raw):
        value = numerals.as_int(part)
        if value is None:
            return None
        total += value * {"億": 100_000_000, "万": 10_000, "": 1}[scale]
    return total


_FIGURE = r"[0-9][0-9,]*(?:億[0-9,]*)?(?:万[0-9,]*)?"
# after a name in a sentence about 課徴金: 「課徴金は、A社が6900万円、B社が4100万円です」
_OWES = re.compile(rf"(?:\([^()]*\))*(?:が|は|:)[ 、]?(?:金)?({_FIGURE})円(?!余|超|以上)")
# right before the order: 「…に対し、消費者庁が1,944万円の課徴金納付命令を出した」
_PRICED = re.compile(rf"(?<![0-9,])({_FIGURE})円の(?:課徴金)?$")


# the line under a name that stands alone on its line: 「株式会社A⏎課徴金額 1億2,345万円」
_BELOW = re.compile(
    rf"[ \t]*(?:\([^()\n]*\))?[ \t]*\n課徴金(?:の額|額)?(?:は)?[: ]*(?:金)?({_FIGURE})円"
)


def owed(text: str, name: tuple[int, int], sentence_start: int) -> Money | None:
    """The amount a sentence about 課徴金 gives right after a name ending at `name_end`
    (「課徴金は、A社が6900万円、…」), or the line under the name gives (「株式会社A⏎課徴金額
    1億2,345万円」, a table flattened into lines), its span counted from the name's end."""
    name_start, name_end = name
    line = text.rfind("\n", 0, name_start) + 1
    alone = not text[line:name_start].strip(" -・")  # the name opens its line
    m = _BELOW.match(text, name_end) if alone else None
    if m is None:
        m = _OWES.match(text, name_end)
        m = m if m is not None and "課徴金" in text[sentence_start:name_end] else None
    if m is None:
        return None
    value = yen(m.group(1))
    return None if value is None else (value, m.start(1) - name_end, m.end() - name_end)


_MONEY_LINE = re.compile(rf"[ \t]*(?:金)?({_FIGURE})円[ \t]*")


def run_money(text: str, name: tuple[int, int]) -> Money | None:
    """A table of names and amounts flattened column by column (「株式会社A⏎B株式会社⏎
    4,312万円⏎2,987万円」): the name alone on its line, the k-th of the run of lines right
    above a run of k amounts, owes the k-th amount; the span counted from the text's start."""
    name_start, name_end = name
    line = text.rfind("\n", 0, name_start) + 1
    end = text.find("\n", name_end)
    if end < 0 or text[line:end].strip() != text[name_start:name_end]:
        return None
    names, pos = 1, end + 1  # the name's line and those under it, down to the first amount
    while (nxt := text.find("\n", pos)) >= 0 and not _MONEY_LINE.fullmatch(text, pos, nxt):
        names, pos = names + 1, nxt + 1
    amounts: list[tuple[int, int]] = []
    while (nxt := text.find("\n", pos)) >= 0 and _MONEY_LINE.fullmatch(text, pos, nxt):
        amounts.append((pos, nxt))
        pos = nxt + 1
    if not amounts or names > len(amounts):
        return None
    lo, hi = amounts[len(amounts) - names]
    m = _MONEY_LINE.fullmatch(text, lo, hi)
    value = yen(m.group(1)) if m else None
    return None if m is None or value is None else (value, m.start(1), hi)


def priced(text: str, term_start: int) -> Money | None:
    """The amount written right before a surcharge order's term (「1,944万円の課徴金納付命令」,
    「358万円の納付命令」), its span counted from the start of the text looked at."""
    lo = max(0, term_start - 20)
    m = _PRICED.search(text, lo, term_start)
    value = yen(m.group(1)) if m else None
    return None if m is None or value is None else (value, m.start(1) - lo, m.end() - lo)
