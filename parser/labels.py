"""Actions a notice states as a label rather than a sentence: a line that is the
sanction (「業務改善命令(貸金業法第24条の6の3第1項)」, 「●労働者派遣事業改善命令」,
「処分内容　事業停止(30日車)」), and the sanctions its title names when the body only says
that it acted (「…に対する業務停止命令(6か月)及び指示について」 above 「本日、行政処分を
行いました」)."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from shobun.parser import headlines, roles, rows
from shobun.parser.context import Context
from shobun.parser.deadlines import own_deadlines
from shobun.parser.events import Draft
from shobun.parser.extract import sanctions
from shobun.parser.model import Citation, DateValue
from shobun.parser.positions import ByStart

# 「…業務停止命令(6か月)及び指示並びに…」「…業務停止命令(3か月)・指示、…」: 指示, which
# alone is too common a word.
TITLE_ORDER = re.compile(
    r"(?:(?<=及び)|(?<=並びに)|(?<=、)|(?<=・)|(?<=る))指示(?=及び|並びに|、|・|について|\(|$)"
)


def line_of(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


# 「…事業停止命令(事業停止命令の内容は第4のとおり)」: the parenthetical points to where the
# term's content is set out, and names no other kind
_TELLS_OF = re.compile(r"の(?:内容|詳細|概要|期間)")


def is_label(ctx: Context, t: sanctions.Term) -> bool:
    """True where the term is the whole of its line, but for a bullet, a label, its basis
    and a parenthetical or period after it."""
    text = ctx.norm.text
    start, end = line_of(text, t.start)
    if ctx.title and ctx.title[0] <= t.start < ctx.title[1]:
        return False
    if any(
        not _TELLS_OF.match(text, e)
        for e in sanctions.term_ends(text, t.end, _told(text, t.end, end))
    ):
        return False  # 「…に基づく命令(業務改善命令)」: the section it heads says what it is
    return _alone(text, start, t.start, t.end, end)


_LISTED = re.compile(r"(?:\([^()\n]*\))?、")  # 「…の使用停止(160日車)、文書警告の行政処分。」


def _told(text: str, hi: int, end: int) -> int:
    """How far after a term on its line another term would tell what it is: to the line's
    end, but for a term listed after it with 、, which is a second sanction of its own."""
    listed = _LISTED.match(text, hi)
    return listed.start() + len(listed.group()) - 1 if listed is not None else end


def _alone(text: str, start: int, lo: int, hi: int, end: int) -> bool:
    """Whether the term at [lo, hi) stands alone on its line [start, end): only what may lead
    a label before it (a bullet, 処分の内容, its basis) and a day or bracket after it
    (roles.tsv `label_lead`, `label_rest`)."""
    return bool(
        roles.pattern("label_lead").fullmatch(text, start, lo)
        and roles.pattern("label_rest").fullmatch(text, hi, end)
    )


def block(
    ctx: Context, t: sanctions.Term, end: int, terms: ByStart[sanctions.Term]
) -> tuple[int, int]:
    """What a labelled sanction sets out: from its line to the next line that is a
    sanction too, or to `end` (its section's end)."""
    start, line_end = line_of(ctx.norm.text, t.start)
    following = (x for x in terms.between(line_end, end) if is_label(ctx, x))
    return start, next((line_of(ctx.norm.text, x.start)[0] for x in following), end)


def label_basis(ctx: Context, t: sanctions.Term) -> Citation | None:
    """The citation in the parenthetical after a labelled term: 業務改善命令(貸金業法第…);
    else the one a field of its block gives after a label (「処分の内容 営業停止(7日間)⏎
    根拠法令 建設業法第28条第3項」), within a few lines of it."""
    text = ctx.norm.text
    start, end = line_of(text, t.start)
    for _start, _end, cite in ctx.citation_index.between(t.end, end):
        return cite
    lo, hi = _block_above(text, start), end
    for _ in range(_FIELD_LINES):
        nl = text.find("\n", hi + 1)
        hi = len(text) if nl < 0 else nl
    label = roles.pattern("basis_label")
    # its own block's field first: the one above may be the action's set out before it
    # (「(1)営業停止処分⏎・根拠条項 …第28条第3項⏎(2)指示処分⏎・根拠条項 …第28条第1項」)
    for c_start, _end, cite in [
        *ctx.citation_index.between(end, hi),
        *ctx.citation_index.between(lo, end),
    ]:
        field = label.match(text, text.rfind("\n", 0, c_start) + 1)
        if field is not None and field.end() <= c_start:
            return cite
    return None


def _block_above(text: str, start: int) -> int:
    """Where the lines of the term's block above its line begin: a few lines up, but not
    above the line that names its company (「事業者名:B」 under A's 「根拠条項:…」)."""
    lo, name = start, roles.pattern("name_label")
    for _ in range(_FIELD_LINES):
        if lo == 0 or name.match(text, lo):
            break
        lo = text.rfind("\n", 0, lo - 1) + 1
    return lo


_FIELD_LINES = 4  # lines: how far a field of an action's block stands from its label


def title_terms(ctx: Context, terms: list[sanctions.Term]) -> list[tuple[sanctions.Term, bool]]:
    """The sanctions the title names as taken, each with whether it is taken against a
    person (「当該業者の代表取締役に対する業務禁止命令」) rather than an organisation. A
    title that is only a breadcrumb's last item (normalising dropped the trail) is read
    from the source; its terms stand at the body's start, having no span of their own."""
    if ctx.title is None:
        crumb = headlines.breadcrumb_title(ctx.norm.source)
        if not crumb:
            return []
        return [
            (replace(t, start=0, end=0), person)
            for t, person in _named(crumb, 0, len(crumb), sanctions.terms(crumb))
        ]
    lo, hi = ctx.title
    return _named(ctx.norm.text, lo, hi, [t for t in terms if lo <= t.start < hi])


def title_order(ctx: Context, terms: ByStart[sanctions.Term]) -> str | None:
    """The one kind of order the title names (「…第7条第1項の規定に基づく措置命令」 heading a
    命令書, 「…に対する業務改善命令について」), if it names one: what a generic 「次のとおり命令
    する」 in the body is."""
    kinds = {
        t.kind
        for t, person in title_terms(ctx, list(terms.items))
        if not person and t.kind.endswith("Order") and t.kind != "Order"
    }
    kinds = kinds or _letter_heads(ctx, terms)
    return kinds.pop() if len(kinds) == 1 else None


def _letter_heads(ctx: Context, terms: ByStart[sanctions.Term]) -> set[str]:
    """A title that names no order (「…の入札参加業者に対する件」 of a database's record):
    the kinds of order a line above the body names on its own (「排除措置命令」,
    「排除措置命令書」), up to the first term the body performs."""
    text, out = ctx.norm.text, set()
    for t in terms.items:
        if t.verbal:
            break
        lo, hi = text.rfind("\n", 0, t.start) + 1, text.find("\n", t.end)
        line = text[lo : len(text) if hi < 0 else hi].strip()
        if line in (t.term, t.term + "書") and t.kind.endswith("Order") and t.kind != "Order":
            out.add(t.kind)
    return out


def _named(
    text: str, lo: int, hi: int, found: list[sanctions.Term]
) -> list[tuple[sanctions.Term, bool]]:
    found = found + [
        sanctions.Term("指示", "Order", m.start(), m.end(), False)
        for m in TITLE_ORDER.finditer(text, lo, hi)
    ]
    out = []
    for t in sorted(found, key=lambda x: x.start):
        if roles.pattern("title_not_taken").match(text, t.end):
            continue  # 「業務停止命令の解除について」: no sanction taken
        to = text.rfind("に対する", lo, t.start)
        person = (
            to >= 0 and bool(roles.pattern("title_to_officer").search(text, lo, to + 4))
        ) or bool(roles.pattern("person_sanction").fullmatch(t.term))
        out.append((t, person))
    return out


def instructed(
    ctx: Context, drafts: tuple[Draft, ...], terms: ByStart[sanctions.Term]
) -> tuple[Draft, ...]:
    """A section headed as the instruction it sets out (「5 指示の内容」) gives its deadline
    to the instructions (指示) that have none: 指示 is too common a word to be a sanction
    term that heads a section everywhere."""
    named = roles.pattern("order_heading")
    spans = [ctx.section_norm[s.path] for s in ctx.sections if named.search(s.heading or "")]
    spans = spans or _instruction_lines(ctx.norm.text)
    titled = any(_titled_instruction(d) for d in drafts)
    if titled and (first := roles.pattern("first_item").search(ctx.norm.text)):
        spans.append((first.start(), 0, len(ctx.norm.text)))  # the title's 指示, items below
    for line_start, _, body_end in spans:
        due = own_deadlines(ctx, (line_start, body_end), "Order", terms)
        drafts = tuple(
            replace(d, deadlines=(due[0],))
            if due and d.kind == "Order" and "指示" in d.term and not d.deadlines
            else d
            for d in drafts
        )
    return drafts


def _instruction_lines(text: str) -> list[tuple[int, int, int]]:
    """Each instruction's heading line (roles.tsv `instruction_line`) and where its section
    ends: at the next heading (`next_heading`)."""
    out = []
    for m in roles.guarded("instruction_line").finditer(text):
        nxt = roles.pattern("next_heading").search(text, m.end())
        out.append((m.end(), 0, nxt.start() if nxt else len(text)))
    return out


def _titled_instruction(d: Draft) -> bool:
    return d.kind == "Order" and "指示" in d.term and d.from_heading and not d.deadlines


def labelled_dates(ctx: Context, drafts: tuple[Draft, ...]) -> tuple[Draft, ...]:
    """An action with no date of its own takes the day a line or cell of its block gives
    after a label (「処分日|令和5年11月20日|」), else the one labelled above it, after the
    action before it (「処分等年月日:2021年8月10日⏎…⏎処分の内容:…営業の全部を停止する。」)."""
    starts = sorted(d.start for d in drafts)
    dated = [d if d.date else _dated(ctx, d, starts) for d in drafts]
    day = _dating_section(ctx)  # 「1 処分をした年月日⏎令和3年9月10日」 (告示): every action
    return tuple(
        replace(d, date=day)
        if day and d.date is None and not d.past and d.kind not in sanctions.INVESTIGATIONS
        else d
        for d in dated
    )


def _dated(ctx: Context, d: Draft, starts: list[int]) -> Draft:
    day = (
        _labelled_date(ctx, d)
        or _labelled_above(ctx, d, starts)
        or _labelled_date(ctx, d, _NEXT_LINE)
        or _labelled_date(ctx, d, above=True)
    )
    return replace(d, date=day) if day else d  # no day labelled: the draft, not a copy


def _dating_section(ctx: Context) -> DateValue | None:
    """The day of a section headed only by the label of an action's day and holding one
    day: the day of every action the notice sets out; else the one day the notice labels
    so anywhere (a table's row 「|処分日|令和6年3月1日|」 under a lead that gives none)."""
    label = roles.pattern("action_date_label")
    for sec in ctx.sections:
        if sec.heading and label.fullmatch(sec.heading):
            _, line_end, body_end = ctx.section_norm[sec.path]
            days = {v for _, _, v in ctx.date_index.between(line_end, body_end) if v.day}
            return days.pop() if len(days) == 1 else None
    text = ctx.norm.text
    labelled = {
        v
        for start, _, v in ctx.date_index.between(0, len(text))
        if v.day and label.search(text, _label_from(text, start), start)
    }
    return labelled.pop() if len(labelled) == 1 else None


_ABOVE = 400  # characters: the most a block's lines run above the action they date


def _labelled_above(ctx: Context, d: Draft, starts: list[int]) -> DateValue | None:
    """The last day labelled above `d` since the action before it, within its block."""
    if d.kind in sanctions.INVESTIGATIONS or (d.from_heading and not d.labelled) or d.past:
        return None  # 「2022年にも、…文書警告を受けていた」: not the day of this block
    i = bisect_left(starts, d.start)
    lo = max(starts[i - 1] if i else 0, d.start - _ABOVE)
    label, text = roles.pattern("action_date_label"), ctx.norm.text
    found = [
        value
        for start, _, value in ctx.date_index.between(lo, d.start)
        if value.day and label.search(text, _label_from(text, start), start)
    ]
    return found[-1] if found else None


def _labelled_date(ctx: Context, d: Draft, reach: int = 0, above: bool = False) -> DateValue | None:
    """The first day in the draft's block labelled on its own line (「処分日 令和2年2月19日」),
    or (`above`) on the line above it (「処分日⏎平成30年4月26日」)."""
    label, topic = roles.pattern("action_date_label"), roles.pattern("action_day_topic")
    text = ctx.norm.text
    for lo, hi in d.scopes if d.kind not in sanctions.INVESTIGATIONS else ():
        for start, end, value in ctx.date_index.between(lo, hi + reach):
            lo_label = _label_from(text, start) if above else max(_line(text, start), start - 12)
            dated = topic.search(text, lo_label, start) and text.startswith("付", end)
            if value.day and (label.search(text, lo_label, start) or dated):
                return value  # 「処分日 令和2年2月19日」, 「…を受けた。命令は7月8日付。」
    return None


def _line(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _label_from(text: str, start: int) -> int:
    """Where a date's label may begin: on its line, or on the line above where the date
    opens its line (a field block's 「処分年月日⏎令和5年11月8日」), a few characters back."""
    line = text.rfind("\n", 0, start) + 1
    if line == start and line > 0:
        line = text.rfind("\n", 0, line - 1) + 1
    return max(line, start - 12)


_NEXT_LINE = 16  # 「…の処分を行った。処分日は、10月9日。」: the label right after the sentence


def with_label_orders(ctx: Context, terms: list[sanctions.Term]) -> list[sanctions.Term]:
    """The terms, and 指示 where it stands as a line of its own (a table of actions
    flattened into lines: 「指示　令和6年8月29日」), which elsewhere is too common a word
    to be a sanction."""
    text = ctx.norm.text
    out = []
    for m in roles.pattern("order_label").finditer(text):
        start, end = line_of(text, m.start())
        in_title = ctx.title is not None and ctx.title[0] <= m.start() < ctx.title[1]
        term = sanctions.Term(m.group(), "Order", m.start(), m.end(), False)
        alone = _alone(text, start, m.start(), m.end(), end)
        if not in_title and (alone or rows.column_org(ctx, term)):  # 「株式会社A 指示」
            out.append(term)
    return sorted([*terms, *out], key=lambda t: t.start) if out else terms
