"""The stages between the normalised text and the typed notice, each a function of the
stage before it with a frozen result: extract every mention (organisations, aliases,
statutes, dates, figures, sanction terms) → resolve them (names, 法/同法, citations,
documents) → the context the events stage reads → the events stage."""

from __future__ import annotations

import re
from dataclasses import dataclass

from shobun.parser import (
    assemble,
    context,
    enactments,
    header,
    incidents,
    listed,
    mecab,
    resolve,
    roles,
    structure,
)
from shobun.parser.extract import (
    abbreviated,
    aliases,
    dates,
    figures,
    law,
    orgs,
    page_chrome,
    sanctions,
    shortened,
    suffixed,
    tradenames,
)
from shobun.parser.extract.rejoined import rejoined, row_names
from shobun.parser.model import (
    Action,
    Citation,
    DateValue,
    Entrustment,
    Incident,
    Quantity,
    ReferencedDocument,
    Section,
    SectionRef,
    Statute,
    Violation,
    Warning,
)
from shobun.parser.normalize import NormText
from shobun.parser.patterns import OWN_BUREAUX
from shobun.parser.positions import Zones

_TITLE_TO = re.compile(r"に対する")


@dataclass(frozen=True)
class Extracted:
    """Every mention the text makes, before any is resolved."""

    norm: NormText
    head: header.Header
    sections: tuple[Section, ...]
    section_lines: structure.NormLines
    organizations: list[orgs.OrgMention]
    definitions: list[aliases.Definition]
    statutes: list[law.StatuteMention]
    dates: dates.Found
    figures: list[figures.Figure]
    terms: list[sanctions.Term]


@dataclass(frozen=True)
class Resolution:
    """The mentions resolved: names and aliases to organisations, short names to
    statutes, citations to provisions, 詳細版 references to documents."""

    organizations: resolve.Resolved
    statutes: list[Statute]
    citations: list[tuple[int, int, Citation]]
    documents: list[ReferencedDocument]
    section_refs: list[tuple[int, int, SectionRef]]
    warnings: list[Warning]


@dataclass(frozen=True)
class Events:
    actions: list[Action]
    violations: list[Violation]
    incidents: list[Incident]
    quantities: list[Quantity]
    entrustments: list[Entrustment]


def extract(norm: NormText) -> Extracted:
    auth = orgs.authorities(norm)
    head = header.read_header(norm, auth)
    secs, sec_lines = structure.sections_and_lines(norm, head.body_start)
    defs = aliases.definitions(norm.text)
    defined = {d.alias for d in defs}
    statutes = [  # a title that is a short name the text defines is not a new law
        s
        for s in law.named_in_notice(law.statutes(norm), header.notice_start(head))
        if not (s.generic and s.written in defined)
    ]
    found = _orgs(norm, auth, _tokens(norm))
    named = page_chrome.named_in_notice(
        norm.text, found, head.title[0] if head.title else 0, head.authority
    )
    return Extracted(
        norm, head, secs, sec_lines, named, defs, statutes,
        dates.find_dates(norm, _today(norm, head)), figures.figures(norm.text),
        sanctions.terms(norm.text),
    )  # fmt: skip


def resolved(ext: Extracted) -> Resolution:
    norm, text = ext.norm, ext.norm.text
    ends = {s.start + len(text[s.start : s.end].split("(")[0]): s.title for s in ext.statutes}
    pointed = _pointed_groups(ext)
    res = resolve.organizations(norm, ext.organizations, ext.definitions, ends, pointed)
    named = enactments.short_names(norm, ext.statutes, ext.definitions)  # 法施行規則: 法's
    found = enactments.subordinates(ext.statutes, named)
    statutes, short = enactments.statutes(norm, found, ext.definitions)
    cites, cite_warnings = enactments.citations(norm, found, short)
    docs, srefs, doc_warnings = resolve.documents(norm, res.alias_defs, ext.definitions)
    return Resolution(res, statutes, cites, docs, srefs, [*cite_warnings, *doc_warnings])


def context_of(ext: Extracted, res: Resolution) -> context.Context:
    """What the events stage reads: the text, its sections and sentences, and the
    resolved mentions indexed by position."""
    found, head, mentions = ext.dates, ext.head, res.organizations.mentions
    date_pos = [(s, e, m.value) for (s, e), m in zip(found.positions, found.mentions, strict=True)]
    sentences = context.sentence_bounds(ext.norm.text)
    return context.Context(
        ext.norm, ext.sections, ext.section_lines, mentions, res.citations, date_pos,
        _today(ext.norm, head),
        _title_addressees(ext.norm, head.title, mentions), sentences, [s for s, _ in sentences],
        head.title, head.authority,
    )  # fmt: skip


def events(ctx: context.Context, ext: Extracted, res: Resolution) -> Events:
    actions, viols = assemble.actions(ctx, ext.terms, res.section_refs, ext.head.authority)
    happened, quantities = assemble.incident(ctx, ext.terms, ext.figures, actions)
    main = actions[0].addressee if actions else None
    entrusts = [
        Entrustment(e.principal, e.agent, resolve.span(ext.norm, e.start, e.end))
        for e in incidents.entrustments(ext.norm, res.organizations.mentions, main)
    ]
    return Events(actions, viols, happened, quantities, list(dict.fromkeys(entrusts)))


def _today(norm: NormText, head: header.Header) -> DateValue | None:
    """The day 本日 means: the notice's date, else the date line of a reprint or a blog."""
    return head.issued or dates.dateline(norm.text)


def _tokens(norm: NormText) -> suffixed.Tokens:
    """Each token's start with its coarse POS and surface (from `parser.mecab`, without
    spaCy, whose import alone costs more than parsing a notice), read where asked for."""
    return suffixed.Tokens(norm.text, mecab.positions)


def _orgs(
    norm: NormText, auth: list[orgs.OrgMention], tokens: suffixed.Tokens
) -> list[orgs.OrgMention]:
    companies = row_names(norm, rejoined(norm.text, orgs.companies(norm, tokens)))
    auth = _without_prefixes(norm.text, auth)
    covered = Zones((a.start, a.end) for a in auth)
    former = roles.pattern("former_name")  # 株式会社ヨツバシ(旧商号「四橋工業株式会社」)
    out = list(auth) + [
        c
        for c in companies
        if c.start not in covered and not former.search(norm.text, max(0, c.start - 8), c.start)
    ]
    out += [t for t in tradenames.trade_names(norm, out) if t.start not in covered]
    out = abbreviated.expanded(out)
    return sorted(out + shortened.shortened(norm.text, out), key=lambda m: m.start)


def _without_prefixes(text: str, auth: list[orgs.OrgMention]) -> list[orgs.OrgMention]:
    """A ministry written only before its bureau (厚生労働省愛知労働局, 国土交通省関東地方整備局)
    or its bureaux in general (経済産業省の地方局が) is not an organisation of the notice: the
    bureau is the body that acts."""
    starts = {a.start for a in auth}
    prefix = {a.label for a in auth if a.end in starts or OWN_BUREAUX.match(text, a.end)}
    alone = {a.label for a in auth if a.end not in starts and not OWN_BUREAUX.match(text, a.end)}
    return [a for a in auth if a.label not in prefix - alone]


def _pointed_groups(ext: Extracted) -> dict[int, tuple[str, ...]]:
    """The organisations each defined name points at (前記2の3社(以下「3社」という。) →
    the companies section 2 lists), by where the pointer ends: read in the sections, as
    they stand before names are resolved."""
    ctx = context.Context(
        ext.norm, ext.sections, ext.section_lines, ext.organizations, [], [], None, (), [], []
    )
    out: dict[int, tuple[str, ...]] = {}
    for d in ext.definitions:
        if d.antecedent_end != d.start and (
            who := listed.pointed_addressees(ctx, 0, d.antecedent_end)
        ):
            out[d.antecedent_end] = tuple(who)
    return out


def _title_addressees(
    norm: NormText, title: tuple[int, int] | None, mentions: list[resolve.Mention]
) -> tuple[str, ...]:
    if title is None:
        return ()
    client = roles.pattern("ordering_client")  # 「A県が発注する…の入札参加業者に対する件」
    inside = [
        m.label
        for m in mentions
        if title[0] <= m.start < title[1] and m.kind != "Authority"
        and not client.match(norm.text, m.end)
    ]  # fmt: skip
    tail = norm.text[title[0] : title[1]]
    return tuple(dict.fromkeys(inside)) if _TITLE_TO.search(tail) else ()
