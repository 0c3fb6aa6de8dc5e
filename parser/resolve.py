"""Resolution: aliases → antecedents, 法/同法 → statutes, 同条 → articles, anaphora → names,
section references → their document. Extraction found the pieces; this joins them."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from shobun.parser import corporate
from shobun.parser.extract import aliases, known, orgs, phrases, refs
from shobun.parser.model import (
    AliasDefinition,
    Organization,
    OrgKind,
    ReferencedDocument,
    SectionRef,
    Span,
    Warning,
)
from shobun.parser.normalize import NormText
from shobun.parser.positions import ByStart, Zones

Mention = orgs.OrgMention  # every mention of an organisation: name, alias or 同社


@dataclass
class Resolved:
    """The organisations of a notice with their aliases, and every mention of them."""

    organizations: list[Organization] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)  # every org mention, in order
    alias_defs: list[AliasDefinition] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)


def span(norm: NormText, start: int, end: int) -> Span:
    return known.span_of(norm, start, end)


_COORDINATION_REACH = 800  # characters a coordination 「A(…)、B(…)及びC」 may span


def _members(text: str, found: ByStart[orgs.OrgMention], end: int) -> list[orgs.OrgMention]:
    """The coordinated organisations that end at `end` (A(…)及びB): a group's members."""
    near = found.between(max(0, end - _COORDINATION_REACH), end)
    last = next((m for m in near if m.end == end), None)
    last = last or next((m for m in reversed(near) if _officer_between(text, m.end, end)), None)
    if last is None:
        return []
    before = [m for m in near if m.end <= last.start]
    return [*reversed(known.coordinated_before(text, before, last)), last]


_PERSON = re.compile(r"[一-鿿々ぁ-んァ-ヴー]{1,10}")


def _officer_between(text: str, start: int, end: int) -> bool:
    """Only an officer's title and name between a name and its parenthetical
    (有限会社X取締役Y(以下「X」という。)): the definition is the company's."""
    officer = phrases.pattern("officer_title").match(text, start, end)
    return officer is not None and _PERSON.fullmatch(text, officer.end(), end) is not None


def _named(surface: str, found: ByStart[orgs.OrgMention], before: int) -> list[orgs.OrgMention]:
    """The organisation a companion is written as: its full name, or the start of it (the
    short name a definition just gave it, しおり書房 for 株式会社しおり書房)."""
    for m in reversed(found.between(0, before)):
        if surface in m.label:
            return [m]
    return []


def _bind(
    norm: NormText,
    d: aliases.Definition,
    found: ByStart[orgs.OrgMention],
    statute_ends: dict[int, str],
    pointed: dict[int, tuple[str, ...]],
) -> AliasDefinition:
    """What one definition names: an organisation, a group of them (also one pointed at,
    前記2の3社(以下「3社」という。)), a statute, a document."""
    members = _members(norm.text, found, d.antecedent_end)
    if members and d.companion:  # 「…、しおり書房と併せて「2社」という」
        members = [*_named(d.companion, found, d.start), *members]
    if not members and pointed.get(d.antecedent_end):
        where = span(norm, d.start, d.end)
        return AliasDefinition(d.alias, where, None, "Group", pointed[d.antecedent_end])
    quoted = known.quoted_before(norm.text, d.antecedent_end)
    where = span(norm, d.start, d.end)
    counts = phrases.pattern("count_alias").search(d.alias) is not None  # 3社: a group
    if members and (d.group or (counts and len(members) > 1)):
        return AliasDefinition(d.alias, where, None, "Group", tuple(m.label for m in members))
    if counts:  # AほかN社のM社(以下「…のM社」): others the text does not name here
        return AliasDefinition(d.alias, where, None, "Other")
    if members and not d.group:
        return AliasDefinition(d.alias, where, members[-1].label, "Organization")
    if d.antecedent_end in statute_ends:
        return AliasDefinition(d.alias, where, statute_ends[d.antecedent_end], "Statute")
    if quoted is not None and (
        refs.is_document_title(quoted[1]) or refs.is_document_title(d.alias)
    ):
        return AliasDefinition(d.alias, where, d.alias, "Document")
    return AliasDefinition(d.alias, where, None, "Other")


def organizations(
    norm: NormText, found: list[orgs.OrgMention], defs: list[aliases.Definition],
    statute_ends: dict[int, str], pointed: dict[int, tuple[str, ...]] | None = None,
) -> Resolved:  # fmt: skip
    """Organisations with their aliases and 法人番号, and every mention of them; `pointed`
    gives the organisations a list pointer ending at an offset stands for (see `listed`)."""
    out = Resolved()
    kinds: dict[str, OrgKind] = {m.label: m.kind for m in found}
    alias_of: dict[str, list[str]] = defaultdict(list)
    surfaces: dict[str, list[str]] = {m.label: [m.label] for m in found}
    surfaces.update({norm.text[m.start : m.end]: [m.label] for m in found})
    by_start = ByStart(found, lambda m: m.start)
    for d in defs:
        bound = _bind(norm, d, by_start, statute_ends, pointed or {})
        out.alias_defs.append(bound)
        if bound.target_kind == "Organization" and bound.target:
            alias_of[bound.target].append(d.alias)
        if bound.target_kind in ("Organization", "Group"):
            surfaces.setdefault(d.alias, list(bound.members) or [bound.target or ""])
    inside = Zones((d.start, d.end) for d in defs)
    mentions = [
        m
        for m in _with_anaphora(_known(norm.text, surfaces, kinds), norm.text)
        if m.start not in inside
    ]
    out.mentions = mentions
    numbers = corporate.numbers(norm, mentions, out.warnings)
    spans: dict[str, list[Span]] = defaultdict(list)
    for m in mentions:
        if norm.text[m.start : m.end] == m.label:
            spans[m.label].append(span(norm, m.start, m.end))
    for label in dict.fromkeys(m.label for m in found):
        aliases_ = tuple(dict.fromkeys(alias_of[label]))
        out.organizations.append(
            Organization(label, kinds[label], aliases_, numbers.get(label), tuple(spans[label]))
        )
    return out


def _known(
    text: str, surfaces: dict[str, list[str]], kinds: dict[str, OrgKind]
) -> list[orgs.OrgMention]:
    """Every occurrence of a name or alias; a group's alias stands for each member."""
    single = {s: (labels[0], kinds.get(labels[0], "Company")) for s, labels in surfaces.items()}
    out: list[orgs.OrgMention] = []
    for m in known.known_mentions(text, single):
        surface = text[m.start : m.end]
        for label in surfaces.get(surface, [m.label]):
            out.append(orgs.OrgMention(label, kinds.get(label, "Company"), m.start, m.end))
    return out


def _with_anaphora(mentions: list[orgs.OrgMention], text: str) -> list[Mention]:
    """Names, and 同社 / 同委員会 as the nearest fitting name before them."""
    out = list(mentions)
    by_end = ByStart(out, lambda x: x.end)
    defined = {(x.start, x.end) for x in mentions}  # 以下「同社」という。: that one only
    for m in aliases.ANAPHOR.finditer(text):
        if m.span() in defined:
            continue
        want = aliases.ANAPHORS[m.group()]
        last = next(
            (
                x
                for x in reversed(by_end.before(m.start()))
                if x.kind == want or (want == "Body" and x.kind != "Authority")
            ),
            None,
        )
        if last is not None:
            out.append(orgs.OrgMention(last.label, last.kind, m.start(), m.end()))
    return sorted(out, key=lambda x: x.start)


def documents(
    norm: NormText, defs: list[AliasDefinition], raw_defs: list[aliases.Definition]
) -> tuple[list[ReferencedDocument], list[tuple[int, int, SectionRef]], list[Warning]]:
    """Companion documents and the section references into them."""
    text = norm.text
    docs: dict[str, ReferencedDocument] = {}
    for d, raw in zip(defs, raw_defs, strict=True):
        if d.target_kind != "Document":
            continue
        quoted = known.quoted_before(text, raw.antecedent_end)
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
    warnings.extend(_undefined_documents(norm, docs))
    return list(docs.values()), out, warnings


_DOC_WORDS = ("版", "資料", "別添", "別紙")
_DOC_REF = re.compile(
    rf"(?P<doc>[一-鿿ァ-ヴー]{{0,8}}(?:{'|'.join(_DOC_WORDS)})[0-9]*)[、の]?(?=第[0-9])"
)


def _undefined_documents(norm: NormText, docs: dict[str, ReferencedDocument]) -> list[Warning]:
    """Section references into a document the text never defines (別紙、第2の1 with
    no 別紙): said, not guessed."""
    out: list[Warning] = []
    if not any(w in norm.text for w in _DOC_WORDS):
        return out  # no document's word: the search, which tries every place, is spared
    for m in _DOC_REF.finditer(norm.text):
        name = m.group("doc")
        if name and not any(name.endswith(d) or d.endswith(name) for d in docs):
            where = span(norm, m.start(), m.end())
            out.append(
                Warning("SHOBUN-W105", f"{name}: section reference to an undefined document", where)
            )
    return out
