"""Resolution: aliases → antecedents, 法/同法 → statutes, 同条 → articles, anaphora → names,
section references → their document. Extraction found the pieces; this joins them."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from parser.extract import aliases, law, orgs, refs
from parser.model import (
    AliasDefinition,
    Citation,
    Organization,
    OrgKind,
    ReferencedDocument,
    SectionRef,
    Span,
    Statute,
    Warning,
)
from parser.normalize import NormText


@dataclass(frozen=True)
class Mention:
    label: str
    kind: OrgKind
    start: int  # normalised
    end: int


@dataclass
class Resolved:
    organizations: list[Organization] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)  # every org mention, in order
    alias_defs: list[AliasDefinition] = field(default_factory=list)
    statutes: list[Statute] = field(default_factory=list)
    citations: list[tuple[int, int, Citation]] = field(default_factory=list)  # normalised spans
    documents: list[ReferencedDocument] = field(default_factory=list)
    section_refs: list[tuple[int, int, SectionRef]] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)


def span(norm: NormText, start: int, end: int) -> Span:
    return orgs.span_of(norm, start, end)


def _quoted_before(text: str, end: int) -> tuple[int, str] | None:
    if end < 2 or text[end - 1] != "」":
        return None
    depth = 0
    for i in range(end - 1, max(-1, end - 300), -1):
        if text[i] == "」":
            depth += 1
        elif text[i] == "「":
            depth -= 1
            if depth == 0:
                return i, text[i + 1 : end - 1]
    return None


def organizations(
    norm: NormText, found: list[orgs.OrgMention], defs: list[aliases.Definition],
    statute_ends: dict[int, str],
) -> Resolved:  # fmt: skip
    """Organisations with their aliases and 法人番号, and every mention of them."""
    out = Resolved()
    by_end = {m.end: m for m in found}
    kinds: dict[str, OrgKind] = {m.label: m.kind for m in found}
    alias_of: dict[str, list[str]] = defaultdict(list)
    surfaces: dict[str, tuple[str, OrgKind]] = {m.label: (m.label, m.kind) for m in found}
    for d in defs:
        target = by_end.get(d.antecedent_end)
        quoted = _quoted_before(norm.text, d.antecedent_end)
        if target is not None:
            alias_of[target.label].append(d.alias)
            surfaces.setdefault(d.alias, (target.label, target.kind))
            kind, label = "Organization", target.label
        elif d.antecedent_end in statute_ends:
            kind, label = "Statute", statute_ends[d.antecedent_end]
        elif quoted is not None and (
            refs.is_document_title(quoted[1]) or refs.is_document_title(d.alias)
        ):
            kind, label = "Document", d.alias
        else:
            kind, label = "Other", None
        out.alias_defs.append(AliasDefinition(d.alias, span(norm, d.start, d.end), label, kind))  # type: ignore[arg-type]
    mentions = _with_anaphora(orgs.known_mentions(norm.text, surfaces), norm.text)
    out.mentions = mentions
    numbers = _corporate_numbers(norm, mentions, out.warnings)
    spans: dict[str, list[Span]] = defaultdict(list)
    for m in mentions:
        if norm.text[m.start : m.end] == m.label:
            spans[m.label].append(span(norm, m.start, m.end))
    for label in dict.fromkeys(m.label for m in found):
        out.organizations.append(
            Organization(
                label,
                kinds[label],
                tuple(dict.fromkeys(alias_of[label])),
                numbers.get(label),
                tuple(spans[label]),
            )
        )
    return out


def _with_anaphora(mentions: list[orgs.OrgMention], text: str) -> list[Mention]:
    out = [Mention(m.label, m.kind, m.start, m.end) for m in mentions]
    for m in aliases.ANAPHOR.finditer(text):
        want = aliases.ANAPHORS[m.group()]
        before = [
            x
            for x in out
            if x.end <= m.start()
            and (x.kind == want or (want == "Company" and x.kind != "Authority"))
        ]
        if before:
            last = max(before, key=lambda x: x.end)
            out.append(Mention(last.label, last.kind, m.start(), m.end()))
    return sorted(out, key=lambda x: x.start)


def _corporate_numbers(
    norm: NormText, mentions: list[Mention], warnings: list[Warning]
) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in orgs.CORPORATE_NUMBER.finditer(norm.text):
        number = m.group(1)
        paren = aliases.enclosing_paren(norm.text, m.start())
        line_start = norm.text.rfind("\n", 0, m.start()) + 1
        cands = [
            x
            for x in mentions
            if (paren is not None and x.end == paren) or line_start <= x.start < m.start()
        ]
        if not orgs.check_digit_ok(number):
            warnings.append(Warning("SHOBUN-W103", f"法人番号 {number}: check digit does not match",
                                    span(norm, m.start(), m.end())))  # fmt: skip
            continue
        if cands:
            out.setdefault(max(cands, key=lambda x: x.end).label, number)
    return out


def statutes(
    norm: NormText, found: list[law.StatuteMention], defs: list[aliases.Definition]
) -> tuple[list[Statute], dict[str, str]]:
    """Statutes mentioned, and the short names the text defines for them (法 → title)."""
    groups: dict[str, list[law.StatuteMention]] = defaultdict(list)
    for s in found:
        groups[s.title].append(s)
    short: dict[str, str] = {}
    for d in defs:
        for s in found:
            if s.end >= d.end >= s.start or s.start + len(s.title) == d.antecedent_end:
                short[d.alias] = s.title
    out = []
    for title, ms in groups.items():
        number = next((m.law_number for m in ms if m.law_number), None)
        row = law.known_statute(title) or (law.statute_by_number(number) if number else None)
        egov = law.egov_id(number) if number else None
        if row is not None:
            title, number, egov = row.title, number or row.law_number, row.egov_id
        names = tuple(a for a, t in short.items() if t == title)
        out.append(Statute(title, number, egov, names,
                           tuple(span(norm, m.start, m.end) for m in ms)))  # fmt: skip
    return out, short


_BEFORE_UNIT = re.compile(r"(同法|法)$")


def citations(
    norm: NormText, found: list[law.StatuteMention], short: dict[str, str]
) -> tuple[list[tuple[int, int, Citation]], list[Warning]]:
    """Each citation unit with its statute, article, paragraph and item resolved."""
    text = norm.text
    by_end = {s.end: s.title for s in found}
    by_end.update({s.start + len(s.title): s.title for s in found})
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
    for u in law.units(text):
        statute, start = _statute_of(text, u, by_end, short, short_pattern, last_statute, last)
        art, para, item = _levels(u, last)
        if art is None:
            continue
        cite = Citation(statute, art, para, item, span(norm, start, u.end))
        if statute is None:
            warnings.append(
                Warning(
                    "SHOBUN-W102", f"{cite.span.surface}: no statute for this citation", cite.span
                )
            )
        if u.range_from and last is not None:
            out.extend((start, u.end, c) for c in _range(last, cite))
        out.append((start, u.end, cite))
        last, last_statute = cite, statute or last_statute
    return out, warnings


def _statute_of(
    text: str,
    u: law.Unit,
    by_end: dict[int, str],
    short: dict[str, str],
    short_pattern: re.Pattern[str] | None,
    last_statute: str | None,
    last: Citation | None,
) -> tuple[str | None, int]:
    if u.ref == "同法":
        [t for e, t in by_end.items() if e <= u.start]
        ends = [e for e in by_end if e <= u.start]
        return (by_end[max(ends)] if ends else last_statute), u.start
    if u.start in by_end:
        return by_end[u.start], u.start
    if short_pattern is not None:
        m = short_pattern.search(text, max(0, u.start - 20), u.start)
        if m and m.end() == u.start:
            return short[m.group(1)], m.start()
    if u.chained or u.ref in ("同条", "同項", "前条", "前項", "本条"):
        return (last.statute if last else last_statute), u.start
    return last_statute, u.start


def _levels(u: law.Unit, last: Citation | None) -> tuple[str | None, int | None, int | None]:
    if u.ref in ("同条", "本条") and last is not None:
        return last.article, u.paragraph, u.item
    if u.ref == "同項" and last is not None:
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
        return [
            Citation(b.statute, b.article, b.paragraph, i, b.span)
            for i in range(a.item + 1, b.item)
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


def documents(
    norm: NormText, defs: list[AliasDefinition], raw_defs: list[aliases.Definition]
) -> tuple[list[ReferencedDocument], list[tuple[int, int, SectionRef]], list[Warning]]:
    """Companion documents and the section references into them."""
    text = norm.text
    docs: dict[str, ReferencedDocument] = {}
    for d, raw in zip(defs, raw_defs, strict=True):
        if d.target_kind != "Document":
            continue
        quoted = _quoted_before(text, raw.antecedent_end)
        ident, title = refs.identifier(quoted[1]) if quoted else (None, None)
        docs[d.alias] = ReferencedDocument(d.alias, ident, title, d.span)
    for m in refs.STANDALONE_DOC.finditer(text):
        if m.group() not in docs and not any(
            m.start() >= raw.start and m.end() <= raw.end for raw in raw_defs
        ):
            docs[m.group()] = ReferencedDocument(
                m.group(), m.group(), None, span(norm, m.start(), m.end())
            )
    out: list[tuple[int, int, SectionRef]] = []
    warnings: list[Warning] = []
    if docs:
        pattern = re.compile(
            "("
            + "|".join(re.escape(a) for a in sorted(docs, key=len, reverse=True))
            + r")(?:の|、)?"
        )
        for m in pattern.finditer(text):
            paths, end = refs.path_list(text, m.end())
            for p in paths:
                out.append(
                    (m.start(), end, SectionRef(m.group(1), p.path, span(norm, p.start, p.end)))
                )
    return list(docs.values()), out, warnings
