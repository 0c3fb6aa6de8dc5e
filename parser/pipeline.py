"""The parser's stages, in order: normalise → tokenise → structure → extract → resolve →
events → the typed `Notice`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from parser import assemble, context, header, listed, resolve, structure, violations
from parser.extract import aliases, dates, figures, law, orgs, sanctions
from parser.model import (
    Action,
    Entrustment,
    Notice,
    Section,
    Warning,
)
from parser.normalize import NormText, normalize
from parser.positions import Zones
from parser.tokenize import COARSE, STARTS, tokenize

_TITLE_TO = re.compile(r"に対する")


@dataclass(frozen=True)
class SourceText:
    text: str
    name: str
    content_hash: str
    media_type: str


def _tokens(norm: NormText) -> orgs.Tokens:
    """Each token's start with its coarse POS and surface (from the Doc's user data:
    creating a Token object per token would cost more than the tokenizer itself)."""
    doc = tokenize(norm.text)
    starts: list[int] = doc.user_data[STARTS]
    coarse: list[str] = doc.user_data[COARSE]
    return orgs.Tokens(norm.text, starts, dict(zip(starts, coarse, strict=True)))


def run(src: SourceText) -> Notice:
    norm = normalize(src.text)
    tokens = _tokens(norm)
    auth = orgs.authorities(norm)
    head = header.read_header(norm, auth)
    secs, sec_lines = structure.sections_and_lines(norm, head.body_start)
    found = _orgs(norm, auth, tokens)
    defs = aliases.definitions(norm.text)
    aliases_defined = {d.alias for d in defs}
    stat_mentions = [  # a title that is a short name the text defines is not a new law
        s for s in law.statutes(norm) if not (s.generic and s.written in aliases_defined)
    ]
    stat_ends = {
        s.start + len(norm.text[s.start : s.end].split("(")[0]): s.title for s in stat_mentions
    }
    pointed = _pointed_groups(norm, secs, sec_lines, found, defs)
    res = resolve.organizations(norm, found, defs, stat_ends, pointed)
    statutes, short = resolve.statutes(norm, stat_mentions, defs)
    cites, cite_warnings = resolve.citations(norm, stat_mentions, short)
    docs, srefs, doc_warnings = resolve.documents(norm, res.alias_defs, defs)
    date_found = dates.find_dates(norm, head.issued)
    date_pos = [
        (s, e, m.value) for (s, e), m in zip(date_found.positions, date_found.mentions, strict=True)
    ]
    figs = figures.figures(norm.text)
    sentences = context.sentence_bounds(norm.text)
    ctx = context.Context(
        norm, secs, sec_lines, res.mentions, cites, date_pos, head.issued,
        _title_addressees(norm, head.title, res.mentions), sentences, [s for s, _ in sentences],
    )  # fmt: skip
    terms = sanctions.terms(norm.text)
    actions, viols = assemble.actions(ctx, terms, srefs, head.authority)
    incidents, quantities = assemble.incident(ctx, terms, figs, actions)
    main = actions[0].addressee if actions else None
    entrusts = [
        Entrustment(e.principal, e.agent, resolve.span(norm, e.start, e.end))
        for e in violations.entrustments(norm, res.mentions, main)
    ]
    warnings = [
        *date_found.warnings, *dates.long_numbers(norm), *res.warnings, *cite_warnings,
        *doc_warnings, *_action_warnings(actions),
    ]  # fmt: skip
    title = resolve.span(norm, *head.title) if head.title else None
    return Notice(
        name=src.name, text=src.text, content_hash=src.content_hash, media_type=src.media_type,
        title=title, title_text=head.title_text,
        issued=head.issued,
        issued_text=_slice(norm, head.issued_span),
        issued_by=head.authority, sections=secs, organizations=tuple(res.organizations),
        aliases=tuple(res.alias_defs), statutes=tuple(statutes),
        citations=tuple(c for _, _, c in cites), documents=tuple(docs),
        section_refs=tuple(r for _, _, r in srefs), dates=date_found.mentions,
        quantities=tuple(quantities), actions=tuple(actions), violations=tuple(viols),
        incidents=tuple(incidents), entrustments=tuple(dict.fromkeys(entrusts)),
        warnings=tuple(warnings),
    )  # fmt: skip


def _slice(norm: NormText, span: tuple[int, int] | None) -> str | None:
    return norm.text[span[0] : span[1]] if span else None


def _orgs(
    norm: NormText, auth: list[orgs.OrgMention], tokens: orgs.Tokens
) -> list[orgs.OrgMention]:
    companies = orgs.companies(norm, tokens)
    covered = Zones((a.start, a.end) for a in auth)
    out = list(auth) + [c for c in companies if c.start not in covered]
    return sorted(out, key=lambda m: m.start)


def _pointed_groups(
    norm: NormText,
    secs: tuple[Section, ...],
    sec_lines: structure.NormLines,
    found: list[orgs.OrgMention],
    defs: list[aliases.Definition],
) -> dict[int, tuple[str, ...]]:
    """The organisations each defined name points at (前記2の3社(以下「3社」という。) →
    the companies section 2 lists), by where the pointer ends."""
    ctx = context.Context(norm, secs, sec_lines, found, [], [], None, (), [], [])
    out: dict[int, tuple[str, ...]] = {}
    for d in defs:
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
    inside = [m.label for m in mentions if title[0] <= m.start < title[1] and m.kind != "Authority"]
    tail = norm.text[title[0] : title[1]]
    return tuple(dict.fromkeys(inside)) if _TITLE_TO.search(tail) else ()


def _action_warnings(actions: list[Action]) -> list[Warning]:
    return [
        Warning("SHOBUN-W104", f"{a.term}: no addressee found", a.span)
        for a in actions
        if a.addressee is None
    ]
