"""The actions a notice takes, as drafts: every sanction term that is performed, heads its
section, fills a table cell or stands as a line of its own, with its addressees, basis,
dates, deadlines and the scope its violations are looked for in. The passes
(`parser.passes`) refine the drafts; this module only finds them."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from shobun.parser import labels, roles, rows
from shobun.parser.acted import action_dates, earlier, in_history, own_dates, year_only
from shobun.parser.bidden import bidden
from shobun.parser.context import Context, innermost, sentence_of
from shobun.parser.deadlines import deadlines_in, own_deadlines
from shobun.parser.events import (
    CONTINUES,
    ITEMS_FOLLOW,
    JOINED,
    TO_PERSON,
    Draft,
    addressees,
    bases_before,
    other_body,
    own_bases,
)
from shobun.parser.extract import sanctions
from shobun.parser.model import Citation, DateValue
from shobun.parser.patterns import PARENTHETICAL
from shobun.parser.positions import ByStart
from shobun.parser.stood import heading_term, joined_to_previous, requested_clause


@dataclass(frozen=True)
class _Carry:
    """What one taken action leaves the next: where its term ended, its addressees (for
    「また、…」), its basis (for 「…に基づく業務停止命令及び業務改善命令」), its dates."""

    prev_end: int = 0
    previous: tuple[str | None, ...] = ()
    shared: tuple[int, Citation | None] = (-1, None)
    then: tuple[DateValue | None, ...] = (None,)


@dataclass(frozen=True)
class _Site:
    """Where a term that takes an action stands: its clause, sentence and section."""

    t: sanctions.Term
    lo: int  # where its clause begins
    s_start: int
    s_end: int
    path: str | None
    heading: bool  # it heads its section, or is a line of its own
    tabled: str | None  # the company of its table row
    label: bool = False  # it is a line of its own, not its section's heading


def drafts(ctx: Context, terms: list[sanctions.Term]) -> tuple[list[Draft], bool]:
    """Every performed or headed action, one per addressee, and whether the body states
    any action as taken (one to a minister included)."""
    out: list[Draft] = []
    carry = _Carry()
    by_start = ByStart(terms, lambda x: x.start)
    stated = False  # whether the body states any action as taken
    for t in terms:
        site = _site(ctx, t, carry)
        if site is None:
            continue
        stated = True
        if any(roles.guarded(r).search(ctx.norm.text, site.lo, t.start) for r in _NOT_TO_ONE):
            continue  # 「…金融庁長官に対して、…勧告した」「…業を営む事業者に対し、注意喚起」
        made, carry = _term_drafts(ctx, site, carry, by_start)
        out += made
    return out, stated


_REACH = 40  # characters: longer than any match of TO_PERSON or ITEMS_FOLLOW
_NOT_TO_ONE = ("to_authority", "to_industry")  # roles.tsv: addressed to no organisation


def _site(ctx: Context, t: sanctions.Term, carry: _Carry) -> _Site | None:
    """Where `t` stands, if it takes an action: performed, heading its section, filling a
    table cell, or a line of its own."""
    if ctx.title and ctx.title[0] <= t.start < ctx.title[1]:
        return None  # 「…の許可を取り消しました」 as the title: the title's, not the body's
    s_start, s_end = sentence_of(ctx, t.start)
    title_end = ctx.title[1] if ctx.title and ctx.title[1] <= s_start else 0
    s_start = max(wrapped_start(ctx.norm.text, s_start), title_end)  # no wrap into the title
    lo = max(s_start, carry.prev_end)
    path = innermost(ctx, t.start)
    heading = heading_term(ctx, t, path)
    tabled = rows.row_org(ctx, t.start) if rows.fills_cell(ctx.norm.text, t) else None
    tabled = tabled or rows.column_org(ctx, t)  # 「株式会社A 業務停止命令」 in a row of columns
    labelled = not (t.verbal or heading or tabled) and labels.is_label(ctx, t)
    if not (t.verbal or heading or tabled or labelled):
        return None
    return _Site(t, lo, s_start, s_end, path, heading or labelled, tabled, labelled)


_WRAPS = re.compile(r"[^\n]{19,}[^。:)」|\n]\n(?![(0-9①-⑳・○●※]|[一二三四五六七八九十]+[.、])")
_WRAP_LINES = 3  # PDF text: a sentence wrapped over this many lines at most


def wrapped_start(text: str, start: int) -> int:
    """Where the sentence holding a line that starts at `start` begins in PDF text, whose
    lines break inside a sentence (「…第28条第3項の規定により、…土木工事業に⏎関する営業の
    うち、…を停止する。」): back over the long lines before it that end in no 。."""
    for _ in range(_WRAP_LINES):
        if start == 0 or text[start - 1] != "\n":
            return start
        above = text.rfind("\n", 0, start - 1) + 1
        if not _WRAPS.fullmatch(text, above, start):
            return start
        end = text.rfind("。", above, start)  # the sentence begins after the line's last 。
        if end >= 0:
            return end + 1
        start = above
    return start


def _who(ctx: Context, site: _Site, carry: _Carry, personal: bool) -> list[str | None]:
    """The addressees of the term at `site`: none for a personal sanction, the table's row, or
    those the sentence names (or the previous term's)."""
    if personal:
        return [None]
    if site.tabled:
        return [site.tabled]
    return addressees(ctx, site.t, (site.lo, site.s_start), site.path, list(carry.previous))


def _dates(ctx: Context, site: _Site, carry: _Carry) -> list[DateValue | None]:
    """The term's days: the previous term's when joined to it, its own, or the previous term's
    when its sentence continues the last one (「また、…」); [None] when undated."""
    t, text = site.t, ctx.norm.text
    if t.verbal and joined_to_previous(text, site.lo, site.s_start, t.start) and carry.then:
        return list(carry.then)
    own: list[DateValue | None] = [*(_own_dates(ctx, site) if not site.heading else [])]
    if own:
        return own
    if t.verbal and CONTINUES.match(text, site.s_start) and carry.then:
        return list(carry.then)
    return [None]


def _term_drafts(
    ctx: Context, site: _Site, carry: _Carry, by_start: ByStart[sanctions.Term]
) -> tuple[list[Draft], _Carry]:
    t, text = site.t, ctx.norm.text
    personal = bool(roles.pattern("person_sanction").fullmatch(t.term))  # 業務禁止命令
    who = _who(ctx, site, carry, personal)
    chain, basis = _basis(ctx, site, carry)
    dates = _dates(ctx, site, carry)
    scope, dl = _scope(ctx, site, by_start)
    requested = requested_clause(text, site.lo, t) if t.verbal else None
    person = personal or _no_organisation(ctx, site, who)
    own = own_bases(ctx, site.s_start, t.start) if len(who) > 1 and not site.tabled else {}
    days = own_dates(ctx, site.s_start, t.start) if len(who) > 1 and not site.tabled else {}
    explained = roles.pattern("explained_action").match(text, t.end)  # 「…勧告を行ったもの。」
    by = other_body(ctx, site.s_start, t.start) if t.verbal and not explained else None
    undated = dates == [None] and t.verbal
    past = undated and (year_only(ctx, site.s_start, t.start) or earlier(ctx, site.lo, t.start))
    recounted = undated and in_history(ctx, site.s_start)  # 「経緯⏎…改善指導を行い、…」
    out = [
        Draft(t.kind, t.term, addressee, mine[-1] if mine else basis, date, tuple(dl),
              site.path, t.start, t.end, (scope,), from_heading=site.heading, labelled=site.label,
              requested=requested, to_person=person, also_bases=mine[:-1], by=by, past=past,
              recounted=recounted,
              either=_alternatives(ctx, site, mine[-1] if mine else basis))
        for addressee in who
        for mine in [own.get(addressee or "", chain)]  # 「Aに対し…に基づき、Bに対し…」
        for date in ([days[addressee]] if addressee in days else dates)  # 「Aに対しては…日に、」
    ]  # fmt: skip
    return out, _Carry(
        t.end,
        tuple(who) if t.verbal and not personal else carry.previous,
        (t.end, basis),
        tuple(dates) if t.verbal else carry.then,  # 「また、同社に対し…指示を行った」: same day
    )


_OR = re.compile(r"(?:の規定)?又は(?:[^、。()「」第]{1,30}?(?:法|令|規則))?")


def _alternatives(ctx: Context, site: _Site, basis: Citation | None) -> tuple[Citation, ...]:
    """The provisions a basis is one of (「同法第14条第2項又は第21条第2項による…停止命令」
    for two companies, one under each): the basis and those joined to it by 又は."""
    if basis is None:
        return ()
    found = [(s, e, c) for s, e, c in ctx.citation_index.between(site.lo, site.t.start)]
    at = next((i for i, (_, _, c) in enumerate(found) if c is basis), None)
    if at is None:
        return ()
    out = [basis]
    while at > 0 and _OR.fullmatch(ctx.norm.text, found[at - 1][1], found[at][0]):
        at -= 1
        out.insert(0, found[at][2])
    return tuple(out) if len(out) > 1 else ()


def _no_organisation(ctx: Context, site: _Site, who: list[str | None]) -> bool:
    """Whether the action is for no organisation: 「代表取締役である…に対し」, 「別の2社に」
    (others counted, never named), 「保険薬剤師の登録を取り消し」 (a person's licence)."""
    text, t = ctx.norm.text, site.t
    if roles.pattern("person_licence").search(text, max(0, t.start - 16), t.start):
        return True
    if roles.guarded("trade_name_person").search(text, site.lo, t.start):
        return True  # 「Aこと山田花子(…)に対し」: one person under a trade name
    return who == [None] and (
        ctx.seen(TO_PERSON, _REACH, site.s_start, t.start)
        or bool(roles.pattern("unnamed_group").search(text, site.lo, t.start))
    )


_NO_ROW_BASIS = frozenset({"Warning", "Caution"})
_ALONG = re.compile(r"(?:る|た)?とともに、")


def _own_dates(ctx: Context, site: _Site) -> list[DateValue]:
    """The days the term's own clause gives (「…報告を求めるとともに、同年2月22日、…立入検査
    を実施した」), else those of its sentence before it."""
    lo = site.lo if site.lo > site.s_start else site.s_start
    if lo > site.s_start and _DEFIED.search(ctx.norm.text, lo, site.t.start):
        return action_dates(ctx, lo, site.t.start)  # 「…日付で…命じたにもかかわらず、…取消」
    return (
        (lo > site.s_start and action_dates(ctx, lo, site.t.start))
        or action_dates(ctx, site.s_start, site.t.start)
        or action_dates(ctx, site.t.start, site.t.end)  # 「許可を4月30日付で取り消した」
        or _dated_aside(ctx, site.t.end)
        or _dated_after(ctx, site.t.end)
    )


# the clause of an earlier action in the sentence ends in a contrast or a cause: its day is its own
_DEFIED = re.compile(r"(?:にもかかわらず|ものの|ことから|ため(?:に)?|のに)、")


def _dated_after(ctx: Context, end: int) -> list[DateValue]:
    """The day written between the term and its verb: 「…改善指示を10月17日付で出し」."""
    text = ctx.norm.text
    if not text.startswith("を", end):
        return []
    return [
        v
        for s, e, v in ctx.date_index.between(end + 1, end + 2)
        if v.day and (text.startswith("付", e) or _DONE_ON.match(text, e))
    ]


_DONE_ON = re.compile(r"に(?:行|おこな|実施し)")  # 「…指導を同じ日に行った」 (news)


def _dated_aside(ctx: Context, end: int) -> list[DateValue]:
    """The day a parenthetical right after the term dates it by: 「「…改善命令(2018年10月
    5日付)」を発令」; a period in it (…から…まで) dates nothing."""
    aside = PARENTHETICAL.match(ctx.norm.text, end)
    if aside is None:
        return []
    return [
        v
        for _s, e, v in ctx.date_index.between(aside.start(), aside.end())
        if v.day and ctx.norm.text.startswith("付", e)
    ][:1]


def _basis(
    ctx: Context, site: _Site, carry: _Carry
) -> tuple[tuple[Citation, ...], Citation | None]:
    """The provisions the action is taken under, and the one it names last."""
    t = site.t
    chain = bases_before(ctx, site.lo, t.start) if not site.tabled else ()
    # a warning in a row (|文書警告|…義務違反(規則第10条)|) is no disposition under the
    # provisions the row says were broken
    tabled = site.tabled and t.kind not in _NO_ROW_BASIS
    basis = chain[-1] if chain else rows.row_citation(ctx, site.s_start) if tabled else None
    basis = basis or (labels.label_basis(ctx, t) if site.heading else None)
    if basis is None and JOINED.fullmatch(ctx.norm.text, carry.shared[0], t.start):
        basis = carry.shared[1]  # 第132条に基づく業務停止命令及び業務改善命令: both under it
    if (
        basis is None
        and _ALONG.match(ctx.norm.text, carry.shared[0])
        and carry.shared[0] > site.s_start
    ):
        basis = carry.shared[
            1
        ]  # 「…に基づき、報告を求めるとともに、同年2月22日、…立入検査を実施した」
    return chain, basis


def _scope(
    ctx: Context, site: _Site, by_start: ByStart[sanctions.Term]
) -> tuple[tuple[int, int], list[DateValue]]:
    """Where the action's violations are looked for, and its deadlines."""
    t, path = site.t, site.path
    sec = (ctx.section_norm[path][0], ctx.section_norm[path][2]) if path else None
    scope = sec if site.heading and sec else (site.s_start, site.s_end)
    if site.heading and sec and path and not site.label:  # 「(1)…業務改善命令⏎1.…⏎3.…までに」
        scope = (sec[0], _heading_items_end(ctx, path))
    if site.label:  # 「業務停止処分(…)⏎…⏎指示処分(…)⏎(1)…」: each label up to the next
        scope = _label_block(ctx, site, sec, by_start)
    dl = (
        deadlines_in(ctx, site.lo, t.end) if t.kind == "ReportRequest" and t.verbal
        else own_deadlines(ctx, scope, t.kind, by_start) if site.heading else []
    )  # fmt: skip
    dl = dl or (bidden(ctx, site.lo, t) if not site.heading else [])  # …までに報告するよう指示
    follows = ctx.seen(ITEMS_FOLLOW, _REACH, site.s_start, t.end) or (  # 次の措置を…命じ
        t.kind not in sanctions.INVESTIGATIONS and _ITEMS_NEXT.match(ctx.norm.text, site.s_end)
    )  # 「…業務改善命令を発出した。⏎(1)…こと。⏎(2)…までに…報告すること。」
    if (
        t.verbal and not site.heading and follows
    ):  # 「次のとおり…。(1)…」, 「下記の内容の…。記 1.…」
        end = _items_end(ctx, sec[1], site.s_end) if sec else _loose_items_end(ctx, site.s_end)
        scope = (site.s_start, end)
        dl = dl or own_deadlines(ctx, scope, t.kind, by_start)
    return scope, dl


def _label_block(
    ctx: Context, site: _Site, sec: tuple[int, int] | None, by_start: ByStart[sanctions.Term]
) -> tuple[int, int]:
    """What a labelled term sets out: up to the next label, within its section; where the
    section ends at the label's own line (「- ウ …こと。⏎- 指示⏎- ア …までに報告すること。」,
    a list flattened into lines, the label read as the last line of item ウ), up to the
    next part of the notice instead."""
    t = site.t
    scope = labels.block(ctx, t, sec[1] if sec else _next_part(ctx, site.s_end), by_start)
    if sec and scope[1] <= labels.line_of(ctx.norm.text, t.start)[1] + 1:
        scope = labels.block(ctx, t, _next_part(ctx, site.s_end), by_start)
    return scope


def _items_end(ctx: Context, sec_end: int, s_end: int) -> int:
    """Where the items that a sentence ending its section announces end: the section's
    end, or, where the items restart the numbering as sections of their own (「3. 指示の
    内容⏎…以下の事項を指示しました。⏎1. …こと。⏎…⏎5. …報告すること。」), the last of
    the headless sections that follow."""
    between = ctx.norm.text[s_end:sec_end].strip()
    if between not in ("", "記"):
        return sec_end
    i = bisect_left(ctx.section_starts, (sec_end, ""))
    end = sec_end
    for start, path in ctx.section_starts[i:]:
        headed = ctx.section_by_path[path].heading is not None
        if (headed and between != "記") or start > end + _ITEM_GAP:
            break  # after 「…発出した。⏎記」 every numbered line is an item, headed or not
        end = max(end, ctx.section_norm[path][2])
    return end


_ITEM_GAP = 400  # characters of items that the structure left in no section
_ITEM_MARK = r"(?:[0-9]+[.、) ]|\([0-9a-zア-ン]+\)|[①-⑳]|[ア-ン][ 、.])"
# 「報告期限:令和7年4月30日」 under the items: the deadline they share
_ITEM_LINE = re.compile(rf"\s*(?:記|{_ITEM_MARK}|(?:納付|提出|報告|履行)?期限)")
# the line after a sentence that takes an action: its first item, which asks something
_ITEMS_NEXT = re.compile(rf"\n[ \t]*{_ITEM_MARK}[^\n]*こと。")
_ITEMS_REACH = 3000  # characters: the most that items announced outside any section span


_NEXT_PART = re.compile(r"\n(?:[0-9]+[.、]|\(?別添|記\n)")
_PART_REACH = 800  # characters: the most a label's items run where no section holds them


def _heading_items_end(ctx: Context, path: str) -> int:
    """Where the items of a heading whose section holds nothing but its line end: the
    headless sections after it, or the numbered lines no section holds."""
    _, line_end, body_end = ctx.section_norm[path]
    end = _items_end(ctx, body_end, line_end)
    if end == body_end and body_end - line_end <= 1:
        end = max(end, _loose_items_end(ctx, line_end))
    return end


def _next_part(ctx: Context, s_end: int) -> int:
    """Where what a label outside any section sets out ends (a PDF whose 別添 restart the
    numbering: 「2.処分内容⏎…指示処分⏎(1)…⏎(2)…までに報告すること。⏎3.処分理由」): the next
    line numbered at the top level, or an annex."""
    text = ctx.norm.text
    limit = min(len(text), s_end + _PART_REACH)
    m = _NEXT_PART.search(text, s_end, limit)
    return m.start() if m else limit


def _loose_items_end(ctx: Context, s_end: int) -> int:
    """Where the items a sentence announces end when no section holds them (an excerpt:
    「…下記の内容の業務改善命令を発出した。⏎記⏎1.…⏎5.…⏎(参考)…」): the last line, after
    blank ones, that is 記 or starts with a number."""
    text, end = ctx.norm.text, s_end
    pos = s_end
    limit = min(len(text), s_end + _ITEMS_REACH)
    while pos < limit:
        nl = text.find("\n", pos + 1)
        line_end = limit if nl < 0 or nl > limit else nl
        line = text[pos:line_end].strip()
        if line and not _ITEM_LINE.match(line):
            break
        end = line_end if line else end
        pos = line_end
    return end
