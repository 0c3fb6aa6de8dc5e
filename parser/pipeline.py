"""The parser's stages, in order: normalise → extract (tokenise, structure, every
mention) → resolve → events → the typed `Notice` → law in time."""

from __future__ import annotations

from dataclasses import dataclass

from shobun.parser import lawtime, resolve, stages
from shobun.parser.extract import dates
from shobun.parser.model import Action, Notice, Warning
from shobun.parser.normalize import NormText, normalize


@dataclass(frozen=True)
class SourceText:
    text: str
    name: str
    content_hash: str
    media_type: str


def run(src: SourceText) -> Notice:
    norm = normalize(src.text)
    found = stages.extract(norm)
    res = stages.resolved(found)
    happened = stages.events(stages.context_of(found, res), found, res)
    return lawtime.annotate(_notice(src, found, res, happened))


def _notice(
    src: SourceText, ext: stages.Extracted, res: stages.Resolution, ev: stages.Events
) -> Notice:
    norm, head, orgs = ext.norm, ext.head, res.organizations
    warnings = [
        *ext.dates.warnings, *dates.long_numbers(norm), *orgs.warnings, *res.warnings,
        *_action_warnings(ev.actions),
    ]  # fmt: skip
    return Notice(
        name=src.name, text=src.text, content_hash=src.content_hash, media_type=src.media_type,
        title=resolve.span(norm, *head.title) if head.title else None, title_text=head.title_text,
        issued=head.issued, issued_text=_slice(norm, head.issued_span),
        issued_by=head.authority, sections=ext.sections, organizations=tuple(orgs.organizations),
        aliases=tuple(orgs.alias_defs), statutes=tuple(res.statutes),
        citations=tuple(c for _, _, c in res.citations), documents=tuple(res.documents),
        section_refs=tuple(r for _, _, r in res.section_refs), dates=ext.dates.mentions,
        quantities=tuple(ev.quantities), actions=tuple(ev.actions),
        violations=tuple(ev.violations), incidents=tuple(ev.incidents),
        entrustments=tuple(ev.entrustments), warnings=tuple(warnings),
    )  # fmt: skip


def _slice(norm: NormText, span: tuple[int, int] | None) -> str | None:
    return norm.text[span[0] : span[1]] if span else None


def _action_warnings(actions: list[Action]) -> list[Warning]:
    return [
        Warning("SHOBUN-W104", f"{a.term}: no addressee found", a.span)
        for a in actions
        if a.addressee is None
    ]
