"""Actions the text sets out without saying to whom — 「２．処分の内容 （１）業務停止命令」,
「本日、…の製造業者に対し、…排除措置命令を行った」 — are addressed to those the notice
names elsewhere: the organisations of the lead sentence that announces them (「Xに対し、
…以下の行政処分を行った」), dated as it is; else those a section lists as the offenders
(「２　違反行為者 （１）A社 （２）B社」, 被処分者, 事業者の概要); else those a line or a
table column gives after a name label (商号　A株式会社, |対象事業者|…|); else the one
organisation the notice names. The issuer is never one of them."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from shobun.parser import labels, received, roles, signs
from shobun.parser.acted import action_dates
from shobun.parser.annexed import annexed
from shobun.parser.context import Context, sentence_of
from shobun.parser.events import (
    Draft,
    addressees_before,
    basis_before,
    first_basis,
    topics,
)
from shobun.parser.extract import sanctions
from shobun.parser.extract.sanctions import INVESTIGATIONS, Term
from shobun.parser.grouped import in_scope
from shobun.parser.listed import catalogued, named_in, pointed_before
from shobun.parser.model import Citation, DateValue
from shobun.parser.patterns import PAREN, PUBLIC_KINDS
from shobun.parser.positions import ByStart
from shobun.parser.resolve import Mention

_DONE = r"処分(?:等)?を(?:行|し|実施|科し)"  # 行った, した, 実施した, 科した

ANNOUNCES = re.compile(  # a law's parenthetical (昭和27年法律第239号。以下「法」…) between
    rf"(?:(?:以下|下記|次|後記|別紙)の|次のとおり、?)(?:{PAREN}|[^。(]){{0,40}}?{_DONE}"
    rf"|本日(?:\([^()]*\))?(?:付け?で)?、(?:{PAREN}|[^。(]){{0,160}}?{_DONE}"
    # 「令和6年2月7日、…法…の規定に基づき、産業廃棄物処理業者に対して、…行政処分を行いました」
    rf"|(?m:^[\s]*(?:令和|平成|昭和)(?:元|[0-9]{{1,2}})年[0-9]{{1,2}}月[0-9]{{1,2}}日、)"
    rf"(?:{PAREN}|[^。(]){{0,160}}?{_DONE}"
)
_LISTED_BASIS = re.compile(
    r"(?:は、)?[ :]*"
)  # 「…運用停止処分は、電波法第76条第1項の規定に基づく」
_CLAUSE_END = re.compile(r"[、。\n]")


def fill(ctx: Context, drafts: tuple[Draft, ...]) -> tuple[Draft, ...]:
    """Each draft without an addressee, once per organisation the notice says it is for;
    each without a date, the day of the lead that announces it."""
    if all(d.addressee and d.date for d in drafts):
        return drafts
    who, dates = _lead(ctx)
    drafts = _lead_dated(ctx, drafts, dates)
    heads = offender_sections(ctx)
    who = who or offenders(ctx, None, heads) or labelled(ctx) or columned(ctx)
    who = who or received.received(ctx)  # 「…計3社に…命令を出した。処分を受けたのは、A…」
    ordered = [] if who else catalogued(ctx)  # 「名宛人 別表1の名宛人目録記載のとおり」: orders'
    who = who or _sole(ctx) or signs.counted(ctx, drafts)  # 「派遣会社2社に対し、…」, two below
    out: list[Draft] = []
    lists: dict[str, list[str]] = {}  # section → the offenders listed inside it
    rowed = _row_companies(ctx, drafts) or _blocks(ctx, drafts)
    annex = annexed(ctx, drafts)  # 「(別添1)…処分対象業者 A…処分内容 …命令」: A's
    for d in drafts:
        # 「１ 業務停止処分 （１）処分を受けた者 …」: the list inside the action's own section;
        # 「1 営業停止処分⏎商号又は名称|A|…2 指示処分⏎商号又は名称|B|」: the name labelled there
        if d.addressee is None and d.section and d.section not in lists:
            lists[d.section] = _own_list(ctx, d.section, heads)
        mine = lists.get(d.section or "", []) if d.addressee is None else []
        mine = [rowed[d.start]] if d.addressee is None and d.start in rowed else mine
        mine = mine or ([annex[d.start]] if d.start in annex else [])
        mine = mine or who or ([] if d.kind in INVESTIGATIONS else ordered)
        mine = in_scope(ctx, d.section, mine)  # 「対象:上記(1)及び(2)の2社」
        if d.addressee is not None or d.to_person or not mine:
            out.append(d)
            continue
        if d.basis is None and d.from_heading:  # in its own section: not the reasons' below
            d = replace(d, basis=first_basis(ctx, d.scopes[0][0], _own_end(ctx, d)))
        out.extend(replace(d, addressee=w) for w in mine)
    return tuple(out)


def _lead_dated(
    ctx: Context, drafts: tuple[Draft, ...], dates: list[DateValue]
) -> tuple[Draft, ...]:
    """The undated actions of today, dated by the lead that announces them (「本日、…次のとおり
    監督処分を行いました。」), else by the issuer's lead, the signature, the letter's date."""
    if not dates and ctx.today and any(d.date == ctx.today for d in drafts):
        dates = [ctx.today]  # 「本日、…指導を行いました。…3社に対し、…注意を行う」
    dates = dates or _issuer_leads(ctx, drafts)  # 「〇〇労働局は、…命令を行った。」
    dates = dates or signs.signed(ctx, drafts)  # 「…指示を行った。⏎令和7年6月18日⏎〇〇県知事」
    dates = dates or signs.letter_dated(ctx, drafts)  # 「令和2年7月30日⏎A 殿…次のとおり命令する」
    dates = dates or signs.concluded(ctx, drafts)  # 「このため、Aに対し、…命令を行いました。」
    if not dates:
        return drafts
    return tuple(
        replace(d, date=dates[0])
        if d.date is None and not d.past and d.kind not in INVESTIGATIONS
        else d
        for d in drafts
    )  # fmt: skip


def _row_companies(ctx: Context, drafts: tuple[Draft, ...]) -> dict[int, str]:
    """Where a section holds a table of actions flattened into lines (「A社 …⏎業務停止
    (20日間)⏎B社 …⏎指示」), each labelled action is for the company named last above it:
    where two or more labels there each find a company of their own."""
    by_section: dict[str, list[Draft]] = {}
    for d in drafts:
        if d.labelled and d.addressee is None:  # 「●A(…) …業の事業の全部停止」: A's line
            by_section.setdefault(d.section or "", []).append(d)
    out: dict[int, str] = {}
    for path, labels_here in by_section.items():
        text = ctx.norm.text
        picks = {
            d.start: named_in(ctx, ctx.section_norm[path][0] if path else d.start, d.start)[-1:]
            or named_in(ctx, text.rfind("\n", 0, d.start) + 1, d.start)[-1:]
            for d in labels_here
        }
        names = [p[0] for p in picks.values() if p]
        if len(labels_here) >= 2 and len(set(names)) == len(labels_here):
            out.update({start: p[0] for start, p in picks.items()})
    return out


_SPEAKS = re.compile(  # 金融庁は16日、 観光庁は3月25日付で(、)
    rf"(?:{PAREN})*は(?:(?:(?:[0-9]{{4}}年)?[0-9]{{1,2}}月)?[0-9]{{1,2}}日(?:付け?で、?|、)|、)"
)
_MINISTRY = re.compile(r"(?:[一-鿿]{1,8}[省庁])?")


def _issuer_leads(ctx: Context, drafts: tuple[Draft, ...]) -> list[DateValue]:
    """The day of the notice's news: the first sentence with the issuer as its subject
    (「愛知労働局(局長…)は、…労働者派遣事業停止命令を行った。」, 「金融庁は16日、…業務改善命令
    を出した。」) that takes an action or announces 処分 (…2社を処分した, …の全車両を使用停止に
    した): its own day, else the notice's."""
    text, after = ctx.norm.text, ctx.title[1] if ctx.title else 0
    for m in ctx.mentions_of.get(ctx.issuer or "", []):
        lo, hi = sentence_of(ctx, m.start)
        if m.start < after or not _MINISTRY.fullmatch(text, lo, m.start):
            continue  # 「総務省関東総合通信局(局長…)は、」: the bureau after its ministry
        if not _SPEAKS.match(text, m.end):
            continue
        mine = [d for d in drafts if lo <= d.start < hi and not d.from_heading and not d.past]
        mine = [d for d in mine if d.kind not in INVESTIGATIONS]  # 「同局は…に監査を実施。」
        said = [d.date for d in mine if d.date] or action_dates(ctx, lo, hi)
        if said and (mine or _DISPOSES.search(text, lo, hi) or _told_next(ctx, drafts, hi)):
            return said[:1]  # 「観光庁は10月26日、旅行業者2社に行政処分を行った。」
        return [ctx.today] if ctx.today and any(d.date is None for d in mine) else []
    return []


_DISPOSES = re.compile(rf"{_DONE}|を処分し(?:た|まし)|を[^、。]{{0,8}}?停止にし")


def _told_next(ctx: Context, drafts: tuple[Draft, ...], end: int) -> bool:
    lo, hi = sentence_of(ctx, end + 1)
    # 「東北農政局は9日、…と発表した。同局は食品表示法に基づき、…を指示した。」: the action
    # the sentence after an announcement tells, its subject the issuer again
    return bool(roles.pattern("same_body").match(ctx.norm.text, lo)) and any(
        lo <= d.start < hi and not d.from_heading and not d.past for d in drafts
    )


def _own_list(ctx: Context, path: str, heads: list[str]) -> list[str]:
    """Those a section lists as the ones its action is for, or names after a label; else
    those of the section it is part of (「2 登録の取消し (1)処分を受けた者 … (2)処分の内容」)."""
    at: str | None = path
    while at is not None:
        lo, _, hi = ctx.section_norm[at]
        if found := offenders(ctx, at, heads) or labelled(ctx, lo, hi):
            return found
        at = ctx.section_by_path[at].parent
    return []


def _lead(ctx: Context) -> tuple[list[str], list[DateValue]]:
    m = ANNOUNCES.search(ctx.norm.text)
    if m is None:
        return [], []
    start, _ = sentence_of(ctx, m.start())
    # 「下記の建設業者3社(以下「3社」という。)に対し、…処分を行った」: the pointer inside it
    who = addressees_before(ctx, start, m.start()) or pointed_before(ctx, start, m.end())
    return who, action_dates(ctx, start, m.end())


def _own_end(ctx: Context, d: Draft) -> int:
    """Where a heading's action stops: its scope's end, or its section's, if sooner."""
    own = ctx.section_norm.get(d.section) if d.section else None
    return min(d.scopes[0][1], own[2]) if own else d.scopes[0][1]


def offenders(ctx: Context, within: str | None = None, heads: list[str] | None = None) -> list[str]:
    """The organisations of the sections headed 違反行為者, 処分を受けた者 … (those inside
    section `within`, when given; `heads`: those sections, when already found)."""
    found: list[str] = []
    for path in offender_sections(ctx) if heads is None else heads:
        if _inside(ctx, path, within):
            line_start, _, body_end = ctx.section_norm[path]
            found += named_in(ctx, line_start, body_end)
    return list(dict.fromkeys(found))


def offender_sections(ctx: Context) -> list[str]:
    """The sections whose heading says they list those the actions are for."""
    heading = roles.pattern("offenders_heading")
    return [s.path for s in ctx.sections if heading.search(s.heading or "")]


def labelled(ctx: Context, lo: int = 0, hi: int | None = None) -> list[str]:
    """The organisations a line or cell gives after a name label (商号　A株式会社,
    名称：B株式会社), in order (those in [lo, hi), when given)."""
    return list(dict.fromkeys(m.label for m in _labelled_mentions(ctx, lo, hi)))


def _labelled_mentions(ctx: Context, lo: int = 0, hi: int | None = None) -> list[Mention]:
    """The mentions a name label stands before, on their line, or above them as the head of
    a column (「商号 許可番号⏎A株式会社 国土交通大臣許可」, side by side in a PDF)."""
    text = ctx.norm.text
    label, head = _label_before(), _column_head()
    found = []
    for m in ctx.mention_index.between(lo, len(text) if hi is None else hi):
        line = text.rfind("\n", 0, m.start) + 1
        if m.kind in PUBLIC_KINDS or m.label == ctx.issuer:
            continue
        above = text.rfind("\n", 0, max(line - 1, 0)) + 1
        if label.search(text, max(line, m.start - 24), m.start) or (
            line == m.start and line > 0 and (head.match(text, above, line) or _spelled(text, line))
        ):
            found.append(m)
    return found


def _spelled(text: str, line: int) -> bool:
    """A label spelled one character per line right above (「名⏎称⏎株式会社A」: a PDF's
    narrow cell)."""
    chars = ""
    for _ in range(4):
        above = text.rfind("\n", 0, max(line - 1, 0)) + 1
        if line - above != 2 or text[above].isspace():
            return False
        chars, line = text[above] + chars, above
        if len(chars) > 1 and _label_before().fullmatch(chars):
            return True
    return False


def _blocks(ctx: Context, drafts: tuple[Draft, ...]) -> dict[int, str]:
    """Where each action set out without an addressee follows its own labelled name
    (「商号⏎A株式会社 …⏎2.処分内容⏎営業の停止命令」, then B's block and its 指示処分),
    each is for the name labelled last above it: where each finds one, and they find two
    or more."""
    bare = [d for d in drafts if d.addressee is None and not d.to_person]
    names = _labelled_mentions(ctx)
    picks = {d.start: [m.label for m in names if m.start < d.start][-1:] for d in bare}
    found = [p[0] for p in picks.values() if p]
    # 「名称 A …処分内容 停止命令 改善命令 ⏎名称 B …処分内容 改善命令」: A's two, B's one
    if len(bare) < 2 or len(found) != len(bare) or len(set(found)) < 2:
        return {}
    return {start: p[0] for start, p in picks.items()}


@lru_cache(maxsize=1)
def _label_before() -> re.Pattern[str]:
    return re.compile(rf"(?:{roles.pattern('name_label').pattern})[:| ]*$")


@lru_cache(maxsize=1)
def _column_head() -> re.Pattern[str]:
    return re.compile(rf"(?:{roles.pattern('name_label').pattern})[^\n。、]{{0,12}}\n")


def columned(ctx: Context) -> list[str]:
    """The organisations of a table's column headed as those the notice is about
    (|対象事業者|法人番号|所在地|, |商号又は名称|…|), row by row."""
    text = ctx.norm.text
    heads = (roles.pattern("offenders_heading"), roles.pattern("name_label"))
    found: list[str] = []
    column: int | None = None
    after = -1  # where the row before ended: a row elsewhere starts another table
    for start, line in _table_lines(text):
        cells = line.strip("|").split("|")
        column = column if start == after + 1 else None
        after = start + len(line)
        if column is None:
            column = next(
                (i for i, c in enumerate(cells) if any(h.fullmatch(c) for h in heads)), None
            )
        elif column < len(cells) and not set(cells[column]) <= set("-: "):
            at = text.find(cells[column], start)
            found += named_in(ctx, at, at + len(cells[column]))[:1]
    return list(dict.fromkeys(found))


def _table_lines(text: str) -> list[tuple[int, str]]:
    """Each table row (|A|B|) with where it starts."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.startswith("|"):
            out.append((pos, line))
        pos += len(line) + 1
    return out


def _sole(ctx: Context) -> list[str]:
    """The one organisation the notice names other than authorities, if it names one."""
    text, credit = ctx.norm.text, roles.pattern("credit_line")
    names = {
        m.label
        for m in ctx.mentions
        if m.kind not in PUBLIC_KINDS and not credit.match(text, text.rfind("\n", 0, m.start) + 1)
    } - {ctx.issuer}  # 「© 一般社団法人…通信社」: the news agency that wrote the item
    if len(names) != 1:
        return []
    (name,) = names
    first = min(m.start for m in ctx.mentions if m.label == name)
    # 「同社は、…A株式会社が発注する…」: the company said again is another, named above a cut
    return [] if received.UNNAMED.search(text, 0, first) else [name]


def _inside(ctx: Context, path: str | None, root: str | None) -> bool:
    while root is not None and path is not None and path != root:
        path = ctx.section_by_path[path].parent
    return root is None or path == root


def bases(ctx: Context, drafts: tuple[Draft, ...], terms: ByStart[Term]) -> tuple[Draft, ...]:
    """A section 「根拠条文」 listing 「（１）業務停止命令　貸金業法第24条の6の4第1項」 gives
    the actions of each kind that name no basis of their own."""
    listed: dict[str, Citation] = {}  # kind → the first basis a 根拠条文 section lists
    for s in ctx.sections:
        if not (s.heading and roles.pattern("basis_heading").match(s.heading)):
            continue
        line_start, _, body_end = ctx.section_norm[s.path]
        for t in terms.between(line_start, body_end):
            cite = _listed_basis(ctx, t.end)
            if cite is not None:
                listed.setdefault(t.kind, cite)
    return tuple(
        replace(d, basis=listed[d.kind]) if d.basis is None and d.kind in listed else d
        for d in drafts
    )


def exempted(ctx: Context, drafts: tuple[Draft, ...], terms: ByStart[Term]) -> tuple[Draft, ...]:
    """「Aについては、独占禁止法第7条の4第1項の規定により、課徴金の納付を命じていない」: A,
    one of the group the lead orders to pay, gets no surcharge order; 「(注)Bは、…排除措置
    命令の対象としていない」: B gets no order of the kind named before 「の対象」."""
    spared: set[tuple[str, str]] = set()  # (kind, organisation)
    text = ctx.norm.text
    for m in roles.pattern("not_ordered").finditer(text):
        lo, _ = sentence_of(ctx, m.start())
        # 「Aについては、…」; 「(Bは、課徴金減免制度の適用により課徴金の納付を命じていない。)」
        them = topics(ctx, lo, m.start()) + topics(ctx, lo, m.start(), "subject_addressee")
        spared.update(("SurchargeOrder", who) for who in them)
    for m in roles.pattern("not_subject").finditer(text):
        lo, _ = sentence_of(ctx, m.start())
        named = [t for t in terms.between(max(lo, m.start() - 12), m.start()) if t.end == m.start()]
        if named:
            spared.update(
                (named[-1].kind, who)
                for who in topics(ctx, lo, named[-1].start, "subject_addressee")
            )
    return tuple(d for d in drafts if (d.kind, d.addressee) not in spared)


def _listed_basis(ctx: Context, end: int) -> Citation | None:
    """The citation right after a term, across white space and a law's title."""
    text = ctx.norm.text
    gap = _LISTED_BASIS.match(text, end)
    start = gap.end() if gap else end
    for c_start, _, cite in ctx.citation_index.between(start, start + 32):
        return None if _CLAUSE_END.search(text, start, c_start) else cite
    return None


def titled(ctx: Context, terms: list[sanctions.Term]) -> tuple[Draft, ...]:
    """The sanctions the title names, where the body states none as taken: it says only
    「行政処分を行いました」, or sets them out where no term is performed."""
    out: list[Draft] = []
    whole = ((0, len(ctx.norm.text)),)
    performed: set[str] = set()
    for t, person in labels.title_terms(ctx, terms):
        if t.kind in performed or t.kind in sanctions.INVESTIGATIONS:
            continue
        who: list[str | None] = [None] if person else [*ctx.title_addressees] or [None]
        basis = basis_before(ctx, ctx.title[0], t.start) if ctx.title else None
        for addressee in who:
            out.append(Draft(t.kind, t.term, addressee, basis, None, (), None, t.start, t.end,
                             whole, from_heading=True, to_person=person))  # fmt: skip
        performed = performed | {t.kind}
    return tuple(out)
