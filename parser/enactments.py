"""Enactments resolved: statutes with their law numbers, e-Gov IDs and the short names a
notice gives them (法, 条例), and each citation unit with its statute, article, paragraph
and item (同法, 同規則, 同条, ranges, a 施行規則 named after a short name)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import replace

from shobun.core.numbering import Item, plain_items_between
from shobun.parser import supplementary
from shobun.parser.extract import aliases, citeunits, law, lawnumber, shortunder
from shobun.parser.extract.known import quoted_before, span_of
from shobun.parser.model import Citation, Statute, Warning
from shobun.parser.normalize import NormText
from shobun.parser.positions import ByStart

_STATUTE_REACH = 400  # a statute mention with its parenthetical (法律第57号。以下「法」…)


def short_names(
    norm: NormText, found: list[law.StatuteMention], defs: list[aliases.Definition]
) -> dict[str, str]:
    """The short names the text defines for statutes (法 → its title)."""
    short: dict[str, str] = {}
    by_start = ByStart(found, lambda x: x.start)
    by_written_end = {x.start + len(x.written or x.title): x for x in found}
    starts = {x.start: x for x in found}
    for d in defs:
        quoted = quoted_before(norm.text, d.antecedent_end)  # 「個人情報の保護に関する法律(…)」
        near = by_start.between(max(0, d.end - _STATUTE_REACH), d.end + 1)
        hits = [x for x in near if x.end >= d.end][-1:]
        hits += [by_written_end[d.antecedent_end]] if d.antecedent_end in by_written_end else []
        if quoted is not None and quoted[0] + 1 in starts:
            hits.append(starts[quoted[0] + 1])
        for x in sorted(hits, key=lambda x: x.start):
            short[d.alias] = x.title
    return short


_SUBORDINATE = re.compile(r"(.+?)(施行規則|施行令)")


def subordinates(
    found: list[law.StatuteMention], short: dict[str, str]
) -> list[law.StatuteMention]:
    """法施行規則 where the text calls a law 法: that law's title with 施行規則 (特定商取引に
    関する法律施行規則), an instrument of its own under its full name."""
    out = []
    for s in found:
        m = _SUBORDINATE.fullmatch(s.title) if s.generic else None
        title = (short.get(m.group(1)) or shortunder.law_title(m.group(1))) if m else None
        out.append(replace(s, title=title + m.group(2)) if m and title else s)
    return out


def statutes(
    norm: NormText, found: list[law.StatuteMention], defs: list[aliases.Definition]
) -> tuple[list[Statute], dict[str, str]]:
    """Statutes mentioned, and the short names the text defines for them (法 → title)."""
    groups: dict[str, list[law.StatuteMention]] = defaultdict(list)
    for s in found:
        groups[s.title].append(s)
    short = short_names(norm, found, defs)
    out = []
    for title, ms in groups.items():
        number = next((m.law_number for m in ms if m.law_number), None)
        row = law.known_statute(title) or (law.statute_by_number(number) if number else None)
        egov = lawnumber.egov_id(number) if number else None
        if row is not None:  # the label stays as law.statutes chose it (a former title)
            number, egov = number or row.law_number, row.egov_id
        names = tuple(a for a, t in short.items() if t == title)
        out.append(Statute(title, number, egov, names,
                           tuple(span_of(norm, m.start, m.end) for m in ms)))  # fmt: skip
    return out, short


# 法第3条, 旧法第3条 where no 「以下「法」という」 defines it: the one law the notice names
# 法 on its own (not the end of a title) before an article the text gives no 以下「法」 for
_BARE_LAW = re.compile(r"(?<![一-鿿ァ-ヴーA-Za-z0-9])(?:旧|新|改正)?法$")


def citations(
    norm: NormText, found: list[law.StatuteMention], short: dict[str, str]
) -> tuple[list[tuple[int, int, Citation]], list[Warning]]:
    """Each citation unit with its statute, article, paragraph and item resolved."""
    text = norm.text
    by_end = {s.end: s.title for s in found}
    by_end.update({s.start + len(s.written or s.title): s.title for s in found})
    ends = sorted(by_end)
    short_pattern = (
        re.compile(
            "(" + "|".join(re.escape(a) for a in sorted(short, key=len, reverse=True)) + ")$"
        )
        if short
        else None
    )
    out: list[tuple[int, int, Citation]] = []
    warnings: list[Warning] = []
    last: Citation | None = None
    last_statute: str | None = None
    for u in supplementary.main_provisions(text, citeunits.units(text)):
        statute, start = _statute_of(
            text, u, (by_end, ends), short, short_pattern, last_statute, last
        )
        art, para, item = _levels(u, last)
        if art is None:
            continue
        cite = Citation(statute, art, para, item, span_of(norm, start, u.end))
        if statute is None:
            warnings.append(Warning("SHOBUN-W102", _no_statute(text, start, cite), cite.span))
        if u.range_from and last is not None:
            out.extend((start, u.end, c) for c in _range(last, cite))
        out.append((start, u.end, cite))
        last, last_statute = cite, statute or last_statute
    return out, warnings


def _statute_of(
    text: str,
    u: citeunits.Unit,
    statutes: tuple[dict[int, str], list[int]],  # title by end offset; the ends in order
    short: dict[str, str],
    short_pattern: re.Pattern[str] | None,
    last_statute: str | None,
    last: Citation | None,
) -> tuple[str | None, int]:
    by_end, ends = statutes
    if u.ref and (u.ref == "同法" or citeunits.SAME_KIND.fullmatch(u.ref)):
        # 同法: the law named last before it (not its 施行規則 named after it); 同規則: the
        # last 規則 named before it
        kind = ("法", "法律") if u.ref == "同法" else (u.ref[1:],)
        i = bisect_right(ends, u.start) - 1
        while i >= 0 and not by_end[ends[i]].endswith(kind):
            i -= 1
        return (by_end[ends[i]] if i >= 0 else _same_law(u, last_statute)), u.start
    if u.start in by_end:
        return by_end[u.start], u.start
    if text[u.start - 1 : u.start] in ("』", "」") and u.start - 1 in by_end:  # 『X法』第N条
        return by_end[u.start - 1], u.start
    if (glossed := _glossed(text, u.start, by_end)) is not None:
        return glossed, u.start
    if short_pattern is not None:
        m = short_pattern.search(text, max(0, u.start - 20), u.start)
        if m and m.end() == u.start:
            return short[m.group(1)], m.start()
    if u.chained or u.ref in citeunits.RELATIVE:
        return (last.statute if last else last_statute), u.start
    if _OTHER_INSTRUMENT.search(text, max(0, u.start - 80), u.start) or _OTHER_LAW.search(
        text, max(0, u.start - 12), u.start
    ):  # 施行規則(…)第7条, 弁護士法72条: an instrument or a law the notice names, not one we know
        return None, u.start
    if _BARE_LAW.search(text, max(0, u.start - 2), u.start):  # (法34条の2) with no 以下「法」
        named = _bare_law(last_statute) or _law_named_last(u.start, statutes)
        if named is not None:
            return named, u.start - 1
    law_of_column = _column_law(text, u.start, statutes)
    return law_of_column or last_statute or _sole_law(text, u.start, by_end), u.start


def _bare_law(last_statute: str | None) -> str | None:
    """The law a bare 法 goes on with: the last citation's, where that is a law, not the
    規則 cited last (「点呼の未実施(輸送安全規則第7条)⏎法第33条」)."""
    return last_statute if last_statute and last_statute.endswith(("法", "法律")) else None


def _sole_law(text: str, pos: int, by_end: dict[int, str]) -> str | None:
    """「特定商取引法に基づく指示 … 勧誘目的不明示(旧法第3条)」: 法 undefined before an
    article is the notice's only law we know, where it names one and no citation came before."""
    titles = {t for t in by_end.values() if law.known_statute(t)}  # not 〇〇条例 by its article
    if len(titles) != 1 or not _BARE_LAW.search(text, max(0, pos - 4), pos):
        return None
    return next(iter(titles))


# a name in brackets between a law and its article: 〇〇等法(〇〇法)第75条, 〇〇法(抄)第3条
_GLOSS = re.compile(r"\([^()]{1,20}\)$")


def _glossed(text: str, pos: int, by_end: dict[int, str]) -> str | None:
    """The statute named right before a bracketed gloss that stands before `pos`."""
    m = _GLOSS.search(text, max(0, pos - 22), pos)
    if m is None:
        return None
    quoted = m.start() - 1 if text[m.start() - 1 : m.start()] in ("」", "』") else m.start()
    return by_end.get(m.start()) or by_end.get(quoted) or by_end.get(pos - 1)  # 「X法」(以下…)


def _law_named_last(pos: int, statutes: tuple[dict[int, str], list[int]]) -> str | None:
    """The law (法, 法律) named last before `pos`, as 同法 takes it: what a bare 法 means
    before the first citation (宅建業法違反…(法34条の2)); later ones keep the law of the
    citation before them, whatever other law is named in between."""
    by_end, ends = statutes
    i = bisect_right(ends, pos) - 1
    while i >= 0 and not by_end[ends[i]].endswith(("法", "法律")):
        i -= 1
    return by_end[ends[i]] if i >= 0 else None


# …の条項: a table's column; (抜粋): an excerpt's heading (「【参考】〇〇法(抜粋)」⏎「第八条 …」)
_COLUMN = re.compile(r"の(?:該当|違反)?条項|\s?[\(【]?抜粋[\)】]?")
_COLUMN_REACH = 3000  # characters: how far above its rows a table's header stands


def _column_law(text: str, pos: int, statutes: tuple[dict[int, str], list[int]]) -> str | None:
    """「不適正な取引行為|特定商取引に関する法律の条項」: a table's column headed by a law's
    articles; a bare 第3条 in its rows is that law's, while no other law is named after it."""
    by_end, ends = statutes
    i = bisect_right(ends, pos) - 1  # the statute named last before it, if it heads a column
    near = i >= 0 and ends[i] > pos - _COLUMN_REACH and _COLUMN.match(text, ends[i])
    return by_end[ends[i]] if near else None


# a law's name of two or more letters right before an article that resolved to no statute
# (弁護士法72条); not 法, 同法, 旧法, 新法, 改正法, which point to one named before
_OTHER_LAW = re.compile(r"(?<![一-鿿ァ-ヴー])(?!(?:同|旧|新|本|改正)法$)[一-鿿ァ-ヴー]{2,10}法$")
_OTHER_INSTRUMENT = re.compile(
    r"(?:規則|施行令|府令|省令|告示|規程|ガイドライン|指針|通則編)(?:\([^()]*\))?$"
)


def _levels(u: citeunits.Unit, last: Citation | None) -> tuple[str | None, int | None, Item | None]:
    if u.ref in ("同条", "本条") and last is not None:
        return last.article, u.paragraph, u.item
    if u.ref in ("同項", "同条項") and last is not None:
        return last.article, last.paragraph, u.item
    if u.ref == "前条" and last is not None and last.article and last.article.isdigit():
        return str(int(last.article) - 1), u.paragraph, u.item
    if u.ref == "前項" and last is not None and last.paragraph:
        return last.article, last.paragraph - 1, u.item
    if u.article is None and u.chained and last is not None:
        if u.paragraph is not None:
            return last.article, u.paragraph, u.item
        return last.article, last.paragraph, u.item
    return u.article, u.paragraph, u.item


def _range(a: Citation, b: Citation) -> list[Citation]:
    """Members strictly between a and b of a から/乃至 range."""
    if (
        a.item is not None
        and b.item is not None
        and a.article == b.article
        and a.paragraph == b.paragraph
    ):
        return [  # plain members only: 第1号から第3号の2まで holds 2 and 3, no branch
            Citation(b.statute, b.article, b.paragraph, i, b.span)
            for i in plain_items_between(a.item, b.item)
        ][:50]
    if (
        a.paragraph is not None
        and b.paragraph is not None
        and a.article == b.article
        and b.item is None
    ):
        return [
            Citation(b.statute, b.article, p, None, b.span)
            for p in range(a.paragraph + 1, b.paragraph)
        ][:50]
    if a.article and b.article and a.article.isdigit() and b.article.isdigit():
        return [
            Citation(b.statute, str(x), None, None, b.span)
            for x in range(int(a.article) + 1, int(b.article))
        ][:50]
    return []


def _no_statute(text: str, start: int, cite: Citation) -> str:
    """Why a citation has no statute: a short name never defined (法第23条 without
    以下「法」という), or no statute named at all."""
    before = re.search(r"([一-鿿]{0,6}法)$", text[max(0, start - 8) : start])
    if before:
        return f"{before.group(1)}: undefined short name in {cite.span.surface}"
    return f"{cite.span.surface}: no statute for this citation"


def _same_law(u: citeunits.Unit, last_statute: str | None) -> str | None:
    return last_statute if u.ref == "同法" else None
