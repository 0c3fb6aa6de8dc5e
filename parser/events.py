"""Events: enforcement actions with addressee, basis, dates, deadlines, amounts and the
violations they remedy; the incident; entrustment between organisations.

An action is found where a sanction term is performed (勧告する, 指導を行った) or ends a
section heading (法第148条第1項に基づく勧告). Mentions of the same action — the
announcement, the heading, the body — are merged on (kind, addressee) when their basis
and date agree; a report demanded twice with two deadlines stays two actions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from shobun.parser import received, roles
from shobun.parser.context import Context, sentence_of
from shobun.parser.extract import sanctions
from shobun.parser.extract.known import coordinated_before
from shobun.parser.grouped import counted_list, named_as_set
from shobun.parser.listed import addressed_after, bracketed_list, pointed_before
from shobun.parser.model import Citation, DateValue
from shobun.parser.patterns import PAREN, PARENTHETICAL, PUBLIC_KINDS, wrapped
from shobun.parser.resolve import Mention
from shobun.parser.stood import joined_to_previous

_PRE = rf"(?:\([^()]{{0,40}}\))?(?:{wrapped('の規定')})?\n?"  # (…)の規定, a PDF line's break
_BASIS_ADVERBIAL = re.compile(
    rf"{_PRE}(?:{wrapped('に基づき', 'に基づいて', 'にもとづき', 'により', 'によって', 'に従い')})"
)
_BASIS_ADNOMINAL = re.compile(
    rf"{_PRE}(?:{wrapped('に基づく', 'にもとづく', 'による', 'に規定する')})"
)  # 「電気事業法第66条の11第1項に規定する勧告」
_BASIS_GAP = 12  # …に基づく[文書による]指導: the term follows within a few characters
_ADDRESSEE = re.compile(rf"」?(?:{PAREN})*(?:に対し|には(?=、))")  # 「A」(…)に対し; Aには、
_ADVERBIAL_BASIS = re.compile(r"に基づき|に基づいて|により")


@dataclass(frozen=True)
class Draft:
    """An action as the events passes see it, before it is numbered and typed."""

    kind: str
    term: str
    addressee: str | None
    basis: Citation | None
    date: DateValue | None
    deadlines: tuple[DateValue, ...]
    section: str | None
    start: int
    end: int
    scopes: tuple[tuple[int, int], ...]  # where its violations are looked for
    from_heading: bool = False
    labelled: bool = False  # a line that is the sanction (「指示処分(法第65条第1項)」), no heading
    to_person: bool = False  # 「代表取締役である水谷光男に対し」: no organisation to name
    requested: str | None = None
    asks: tuple[tuple[DateValue, str | None], ...] = ()  # what is asked, per deadline
    requested_level: int = -1  # depth of the section whose items gave `requested`
    also_bases: tuple[Citation, ...] = ()  # provisions joined to the basis (第1項及び第2項)
    by: str | None = None  # another body that took it (福岡県も…を行いました), not the issuer
    past: bool = False  # dated by a year alone (平成30年にも、…指導を行っている): not today's
    either: tuple[Citation, ...] = ()  # 「第14条第2項又は第21条第2項による」: one of these
    recounted: bool = False  # told undated under a 経緯 heading: an earlier step, no day


_OTHER_SUBJECT = re.compile(rf"(?:知事|市長|区長|町長|村長)?(?:{PAREN})*(?:は|が|も|から)、?")


def other_body(ctx: Context, lo: int, hi: int) -> str | None:
    """The body other than the issuer that the clause before `hi` says took the action
    (「福岡県も…業務停止命令…を行いました」「県知事が…」「…県知事から…を受けました」)."""
    found = None
    for m in ctx.mention_index.between(lo, hi):
        speaks = m.kind == "Authority" or (m.kind == "PublicBody" and m.label.endswith(_LOCAL))
        if speaks and m.label != ctx.issuer and _OTHER_SUBJECT.match(ctx.norm.text, m.end):
            found = m.label
    return found


_LOCAL = ("都", "道", "府", "県", "市", "区", "町", "村")


def addressees_before(ctx: Context, lo: int, hi: int) -> list[str]:
    """Organisations named in `Xに対し` (A及びBに対し → both) within [lo, hi)."""
    text = ctx.norm.text
    found: list[str] = []
    for m in ctx.mention_index.between(lo, hi):
        if m.kind == "Authority" or m.label == ctx.issuer:
            continue
        after = _ADDRESSEE.match(text, m.end) or addressed_after(ctx, m.end)
        if after and after.end() <= hi:
            found.append(m.label)  # 「A(…)、山田一郎、B及びCに対し」: a person passed over
            found.extend(coordinated_with(ctx, m, lo, roles.pattern("unnamed_items")))
        elif (listed := bracketed_list(ctx, m.start, m.end, lo)) and listed[1] <= hi:
            first = ctx.mention_index.between(listed[0], m.start)[:1]  # AほかN社(…): A
            found += [m.label, *coordinated_with(ctx, m, listed[0]), *(n.label for n in first)]
    return list(dict.fromkeys(found))


def own_bases(ctx: Context, lo: int, hi: int) -> dict[str, tuple[Citation, ...]]:
    """Each addressee's own basis where the sentence gives one per addressee: 「Aに対し
    銀行法第52条の33第1項に基づき、また、Bに対し同法第26条第1項に基づき、それぞれ…」."""
    text = ctx.norm.text
    named = [
        m for m in ctx.mention_index.between(lo, hi)
        if m.kind != "Authority" and _ADDRESSEE.match(text, m.end)
    ]  # fmt: skip
    ends = [m.start for m in named[1:]] + [hi] if named else []
    starts = [lo, *(m.end for m in named[:-1])] if named else []  # 「…に基づき、Aに対して、…」
    group = {id(m): a for m, a in zip(named, starts, strict=True)}  # where A及びB may start
    for spans in (
        zip(named, [m.end for m in named], ends, strict=True),
        zip(named, starts, [m.start for m in named], strict=True),
    ):
        out = {
            label: chain
            for m, a, b in spans
            if _ADVERBIAL_BASIS.search(text, a, b) and (chain := bases_before(ctx, a, b))
            for label in (m.label, *coordinated_with(ctx, m, group[id(m)]))
        }  # 「…に基づき、A及びBに対して、…に基づきCに対して」: A shares B's basis
        if len(set(out.values())) > 1:
            return out
    return {}


def coordinated_with(
    ctx: Context, last: Mention, lo: int, skipped: re.Pattern[str] | None = None
) -> list[str]:
    """The organisations coordinated before `last` (A、B及びC), from `lo` on; `skipped`:
    the items between that name none, passed over."""
    before = ctx.mention_index.between(lo, last.start)
    return [m.label for m in coordinated_before(ctx.norm.text, before, last, skipped)]


_ADDRESSED = re.compile(r"に対し")
_SUBJECT_AFTER = re.compile(rf"(?:{PAREN})*(?:の(?:表示|行為|広告|取引)(?:等)?)?(?:は|が)、?")


def sentence_subjects(ctx: Context, pos: int) -> list[str]:
    """The organisations the sentence holding `pos` is about, up to `pos`, in order: each
    followed by は or が, or by a noun of theirs that is (Aの表示は…に、Bの表示は…に該当),
    or joined to the one after it that is (AとBは、)."""
    lo, _ = sentence_of(ctx, pos)
    found = [m for m in ctx.mention_index.between(lo, pos) if m.kind != "Authority"]
    text, out, joined = ctx.norm.text, [], False
    for m, nxt in zip(reversed(found), [None, *reversed(found)], strict=False):
        to_next = nxt is not None and _JOINED_TO.fullmatch(text, m.end, nxt.start) is not None
        joined = _SUBJECT_AFTER.match(text, m.end) is not None or (joined and to_next)
        out += [m.label] if joined else []
    return out[::-1]


_JOINED_TO = re.compile(rf"(?:{PAREN})*(?:と|及び|並びに|、)")


def heading_addressee(ctx: Context, path: str | None) -> str | None:
    """The organisation an enclosing heading names (2 ABC社に対する対応)."""
    while path is not None:
        sec = ctx.section_by_path[path]
        line_start, line_end, _ = ctx.section_norm[path]
        who = addressees_in_heading(ctx, line_start, line_end) or _named_by(ctx, path)
        if who:
            return who
        path = sec.parent
    return None


def _named_by(ctx: Context, path: str) -> str | None:
    """The organisation a heading consists of: 「(1) A社」, 「(2) B社(以下「B」という。)」."""
    line_start, line_end, _ = ctx.section_norm[path]
    heading = PARENTHETICAL.sub("", ctx.section_by_path[path].heading or "")
    for m in ctx.mention_index.between(line_start, line_end):
        if m.kind != "Authority" and heading == ctx.norm.text[m.start : m.end].replace(" ", ""):
            return m.label
    return None


def addressees_in_heading(ctx: Context, lo: int, hi: int) -> str | None:
    for m in ctx.mention_index.between(lo, hi):
        if m.kind != "Authority" and ctx.norm.text.startswith("に対する", m.end):
            return m.label
    return None


def basis_before(ctx: Context, lo: int, hi: int) -> Citation | None:
    """The last citation in [lo, hi) that the action is taken under: 「…に基づき、」
    (adverbial), or 「…に基づく」 with the term right after it. 「…の規定に基づく確認を
    行っておらず」 names a duty that was not met, not the basis."""
    chain = bases_before(ctx, lo, hi)
    return chain[-1] if chain else None


def first_basis(ctx: Context, lo: int, hi: int) -> Citation | None:
    """The first citation in [lo, hi) that an action is taken under (「…の規定により、」):
    a heading's section states its own basis before what it recounts or refers to."""
    text = ctx.norm.text
    for _, end, cite in ctx.citation_index.between(lo, hi):
        requested = roles.pattern("requested_under")  # 「…期間を定めて、…根拠を示す資料」
        if end <= hi and _BASIS_ADVERBIAL.match(text, end) and not requested.match(text, end):
            return cite
    return None


_BASES_JOIN = re.compile(
    # 「法第14条の3の2(事業許可の取消し)及び法第15条の3(施設許可の取消し)の規定に基づき」
    r"(?:\([^()]{0,20}(?:取消|停止|命令|指示|勧告|処分)[^()]{0,10}\))?"
    r"(?:の規定)?(?:及び|および|並びに|ならびに|、"
    # 「信用金庫法第89条第1項において準用する銀行法第26条第1項の規定に基づき」: under both
    r"|において(?:読み替えて)?準用する(?:[^、。()「」第]{1,30}?(?:法|令|規則|条例))?)"
)


def bases_before(ctx: Context, lo: int, hi: int) -> tuple[Citation, ...]:
    """Every provision the action is taken under: the basis and those joined to it
    (「法第8条第1項及び第2項の規定に基づく立入検査」 is taken under both)."""
    text = ctx.norm.text
    found = [c for c in ctx.citation_index.between(lo, hi) if c[1] <= hi]
    for i in range(len(found) - 1, -1, -1):
        end = found[i][1]
        adnominal = _BASIS_ADNOMINAL.match(text, end)
        if _BASIS_ADVERBIAL.match(text, end) or (adnominal and hi - adnominal.end() <= _BASIS_GAP):
            chain = [found[i]]
            while i > 0 and _BASES_JOIN.fullmatch(text, found[i - 1][1], chain[0][0]):
                i -= 1
                chain.insert(0, found[i])
            return tuple(c for _, _, c in chain)
    return ()


ITEMS_FOLLOW = re.compile(  # 次の措置, 下記2.に掲げる措置 (a 命令書's items below)
    r"(?:次|以下|下記)(?:[0-9]+\.?|\([0-9]+\))?(?:の|に掲げる|に記載の)(?:とおり|事項|措置|内容)"
)
TO_PERSON = re.compile(
    r"(?:代表取締役|取締役|執行役|監査役|役員|代表者|従業員|従業者|理事|社員)(?:である|の)?"
    r"[^、。にはが]{1,12}に対し"
)
JOINED = re.compile(r"(?:\([^()]{0,40}\))?(?:及び|並びに|、|・|と[^。、]{0,12})")
CONTINUES = re.compile(r"(?:また|あわせて|併せて|さらに|加えて|同時に)、")


def addressees(
    ctx: Context,
    t: sanctions.Term,
    clause: tuple[int, int],  # where the term's clause and its sentence begin
    path: str | None,
    previous: list[str | None],
) -> list[str | None]:
    """Whom an action is addressed to: 「Xに対し」 in its clause, else earlier in its
    sentence (「Xに対し、Aを発出するとともに、Bを命じた」); a sentence that goes on from
    the one before (「また、…事業停止命令を行った」) keeps its addressees; else the heading
    that names one (2 ABC社に対する対応), else the one company of the title."""
    text = ctx.norm.text
    lo, s_start = clause
    if received := _received(ctx, t):
        return received
    if roles.guarded("trade_name_person").search(text, lo, t.start):
        return [None]  # 「…勧誘者である、Aこと山田花子に対し」: a person under a trade name
    named = _named_in_sentence(ctx, t, lo, s_start)
    if not named and (group := _group(ctx, s_start, t.start, previous)):
        return group  # 「このため、総務省は、3社に対し、…」: the three named before
    if not named and (listed := counted_list(ctx, s_start, t.start, t.term)):
        return [*listed]  # 「3事業者に対しては、…」 over 「■指導を行った事業者(3事業者)」
    if not named and _to_none(text, lo, t.start):
        return [None]  # 山田一郎に対し, 別の2社に: addressed to none the notice names
    if (
        not named
        and previous
        and (CONTINUES.match(text, s_start) or joined_to_previous(text, lo, s_start, t.start))
    ):  # 「また、…」; 「Aに勧告と報告等の求めを行った」: the second term is A's too
        return list(previous)
    who: list[str | None] = named or [
        heading_addressee(ctx, path)
        or (ctx.title_addressees[0] if len(ctx.title_addressees) == 1 else None)
    ]
    if not who[0] and len(ctx.title_addressees) > 1 and path is None:
        who = [*ctx.title_addressees]
    return who


def _named_in_sentence(ctx: Context, t: sanctions.Term, lo: int, s_start: int) -> list[str | None]:
    """The addressees the term's clause or sentence names (before it, its topic …)."""
    named: list[str | None] = [
        *(
            addressees_before(ctx, lo, t.start)
            or addressees_before(ctx, s_start, lo)
            or pointed_before(ctx, s_start, t.start)
            or _given_to(ctx, lo, t.start)
            or (_asked_of(ctx, lo, t.start) if t.kind == "ReportRequest" else [])
        )
    ]
    if not named:  # 「Aについては、平成26年3月に県が実施した立入検査により…」
        named = [*(topics(ctx, s_start, t.start) or named_as_set(ctx, s_start, t.start))]
    if not named and "を" in t.term:  # 「X(…)の暗号資産交換業者の登録を取り消す」
        named = [m.label for m in _genitive(ctx, lo, t.start)]
    return named


_GIVEN_TO = re.compile(
    rf"」?(?:{PAREN})*に(?:(?:同年|令和|平成|[0-9])[^、。「」にはが]{{0,12}}?[日月](?:付け?で|に)、?)?"
    rf"(?:それぞれ|も)?(?:[^、。「」はが]{{1,30}}?に基づ(?:く|き、?))?(?:[^、。「」にはが]{{0,16}}?(?:の|な))?"
)  # 「Aに令和6年7月に指導を行い」, 「AとBにそれぞれ金融商品取引法に基づく業務改善命令を」


def _given_to(ctx: Context, lo: int, hi: int) -> list[str]:
    """Those an action is given to with a bare に right before its term (news: 「…は12日、
    A(A社)とB株式会社に行政指導を出した」, 「…、X証券に業務改善命令を出した」)."""
    text = ctx.norm.text
    for m in reversed(ctx.mention_index.between(lo, hi)):
        if m.kind == "Authority" or m.label == ctx.issuer or _FILED_WITH.match(text, m.end):
            continue  # 「Xを〇〇警察署に告発」: where a referral is filed, not whom it is against
        if _GIVEN_TO.fullmatch(text, m.end, hi):
            return list(dict.fromkeys([*coordinated_with(ctx, m, lo), m.label]))
        return []
    return []


_FILED_WITH = re.compile(r"に(?:刑事)?告発")
_FROM = re.compile(rf"(?:{PAREN})*から")


def _asked_of(ctx: Context, lo: int, hi: int) -> list[str]:
    """Whom a report is demanded of, written with から (「…に基づき、株式会社Aから委託先の
    管理状況について報告を求めていました」)."""
    return [
        m.label
        for m in ctx.mention_index.between(lo, hi)
        if m.kind != "Authority" and m.label != ctx.issuer and _FROM.match(ctx.norm.text, m.end)
    ][:1]


def _received(ctx: Context, t: sanctions.Term) -> list[str | None]:
    """Those a passive says received the action: the subjects before it (「3社は、…措置命令を
    受けていた」), or those named after 「措置命令を受けたのは、A(…)、B(…)及びC(…)。」."""
    after = t.end + ctx.norm.text.startswith(")", t.end)  # 行政処分(業務改善命令)を受けた
    passive = sanctions.PASSIVE.match(ctx.norm.text, after) is not None
    if passive and received.unnamed_topic(ctx, t.start):
        return [None]  # 「同社は、…A社が発注する…、…命令を受け」 with no 同社 named above: not A
    if passive and (subjects := sentence_subjects(ctx, t.start)):
        return list(dict.fromkeys(subjects))
    return list(received.named_after(ctx, t.end))


def _to_none(text: str, lo: int, hi: int) -> bool:
    """「山田一郎に対し」「別の2社に」 in [lo, hi): addressed to none the notice names."""
    return bool(
        _ADDRESSED.search(text, lo, hi) or roles.pattern("unnamed_group").search(text, lo, hi)
    )


def topics(ctx: Context, lo: int, hi: int, role: str = "topic_addressee") -> list[str]:
    """The organisations a sentence is about (Aについては、…) before `hi`, the phrase after
    the name being `role`'s."""
    topic = roles.pattern(role)
    return [
        m.label
        for m in ctx.mention_index.between(lo, hi)
        if m.kind not in PUBLIC_KINDS and m.end < hi and topic.match(ctx.norm.text, m.end)
    ]


_COUNT = re.compile(r"[0-9]+|両")


def _group(ctx: Context, lo: int, hi: int, previous: list[str | None]) -> list[str | None]:
    """The organisations a group named by its count stands for (3社に対し, この3社には、):
    those addressed before, else those the notice names, where their number is the count."""
    text = ctx.norm.text
    to = ctx.last_addressed(lo, hi)
    said = roles.pattern("group_addressee").search(text, lo, to) if to >= 0 else None
    said = said or roles.pattern("group_receiver").search(text, lo, hi)  # この3社には、
    if said is None:
        return []
    count = _COUNT.search(said.group())
    wanted = None if count is None else 2 if count.group() == "両" else int(count.group())
    before = [w for w in dict.fromkeys(previous) if w]
    named = list(dict.fromkeys(m.label for m in ctx.mentions if m.kind not in PUBLIC_KINDS))
    for who in (before, [w for w in named if w != ctx.issuer]):
        if who and wanted in (None, len(who)):
            return list(who)
    return []


_OF = re.compile(rf"」?(?:{PAREN})*の[^、。をがは]{{0,16}}$")  # 「「X」の貸金業の登録を」


def _genitive(ctx: Context, lo: int, hi: int) -> list[Mention]:
    """The organisation whose licence or business a verb phrase acts on: 「Xの…登録を」."""
    found = [
        m
        for m in ctx.mention_index.between(lo, hi)
        if m.kind != "Authority" and _OF.match(ctx.norm.text, m.end, hi)
    ]
    return found[-1:]
