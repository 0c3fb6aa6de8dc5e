"""The typed document model: one frozen dataclass per extracted thing.

Every mention carries `start`/`end`, character offsets into the notice's text as
stored (`Notice.text`, the decoded source), so that `text[start:end] == surface`.
Stages hand these objects down the pipeline; nothing reaches back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from shobun.core.numbering import Item

OrgKind = Literal["Authority", "Company", "PublicBody"]
DateKind = Literal["date", "gYearMonth", "gYear"]


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    surface: str


@dataclass(frozen=True)
class DateValue:
    """A calendar value at the precision the text gives (day redacted → gYearMonth)."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def kind(self) -> DateKind:
        if self.month is None:
            return "gYear"
        return "gYearMonth" if self.day is None else "date"

    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


@dataclass(frozen=True)
class DateMention:
    span: Span
    value: DateValue
    approximate: bool = False  # 頃
    weekday: str | None = None  # as written in (金)


@dataclass(frozen=True)
class Section:
    path: str
    heading: str | None
    parent: str | None
    span: Span  # the numbering line (or the numbered item)
    body_end: int  # end of the section's body in source coordinates
    level: int


@dataclass(frozen=True)
class Organization:
    label: str
    kind: OrgKind
    aliases: tuple[str, ...]
    corporate_number: str | None
    mentions: tuple[Span, ...]


@dataclass(frozen=True)
class AliasDefinition:
    alias: str
    span: Span  # the 以下「X」という phrase
    target: str | None  # label of the organisation, statute or document it names
    target_kind: Literal["Organization", "Group", "Statute", "Document", "Other"]
    members: tuple[str, ...] = ()  # for a Group (以下まとめて「両社」): its organisations


@dataclass(frozen=True)
class Statute:
    label: str
    law_number: str | None
    egov_id: str | None
    short_names: tuple[str, ...]
    mentions: tuple[Span, ...]


@dataclass(frozen=True)
class Citation:
    """One provision cited at one place in the text."""

    statute: str | None  # Statute label; None where the statute could not be resolved
    article: str
    paragraph: int | None
    item: Item | None  # 3, or "3の2" for 第3号の2 (`shobun.core.numbering`)
    span: Span


@dataclass(frozen=True)
class SectionRef:
    document: str | None  # alias of the referenced document (詳細版)
    path: str
    span: Span


@dataclass(frozen=True)
class ReferencedDocument:
    alias: str
    identifier: str | None
    title: str | None
    span: Span


@dataclass(frozen=True)
class Quantity:
    value: int
    unit: str
    count_of: str | None
    approximate: bool
    span: Span


@dataclass(frozen=True)
class Violation:
    key: str  # stable id inside the notice
    committed_by: str | None  # Organization label
    provisions: tuple[Citation, ...]
    description: str | None
    detailed_in: tuple[SectionRef, ...]
    span: Span


@dataclass(frozen=True)
class Action:
    key: str  # stable id inside the notice
    kind: str  # sbo class local name, e.g. "Recommendation"
    term: str  # the sanction term as written (勧告)
    addressee: str | None  # Organization label
    imposed_by: str | None  # Authority label
    legal_basis: Citation | None
    violations: tuple[str, ...]  # Violation keys
    detailed_in: tuple[SectionRef, ...]
    deadline: DateValue | None
    date: DateValue | None
    requested: str | None
    amount: int | None
    section: str | None  # path of the notice's own section that describes it
    span: Span
    also_bases: tuple[Citation, ...] = ()  # further provisions it is taken under
    amount_span: Span | None = None  # where the amount is written (2,345万円)

    @property
    def bases(self) -> tuple[Citation, ...]:
        """Every provision the action is taken under (法第8条第1項及び第2項)."""
        return (*self.also_bases, self.legal_basis) if self.legal_basis else self.also_bases


@dataclass(frozen=True)
class Incident:
    affected_persons: int | None
    approximate: bool | None
    period_start: DateValue | None
    period_end: DateValue | None
    involves: tuple[str, ...]
    quantities: tuple[Quantity, ...]
    span: Span


@dataclass(frozen=True)
class Entrustment:
    principal: str  # 委託元
    agent: str  # 委託先
    span: Span


@dataclass(frozen=True)
class Warning:
    code: str
    message: str
    span: Span | None


@dataclass(frozen=True)
class Numbering:
    """An article, paragraph and item number of one version of a law."""

    article: str
    paragraph: int | None = None
    item: Item | None = None


@dataclass(frozen=True)
class ProvisionTime:
    """A cited provision placed in time (`parser.lawtime`): the version of its law whose
    numbering the citation uses, and the same provision in today's numbering."""

    citation: Citation
    version: str | None  # yyyy-mm-dd that numbering took effect, where it is not today's
    caption: str | None  # 見出し in that version
    current: Numbering | None  # today's numbering; None where the project cannot tell
    current_caption: str | None


@dataclass(frozen=True)
class StatuteTitles:
    """A statute's title as the notice has it (`Statute.label`), today's and former ones."""

    label: str
    current_title: str
    former_titles: tuple[str, ...]


@dataclass(frozen=True)
class Notice:
    """Everything extracted from one notice."""

    name: str  # slug used for the notice IRI
    text: str  # the text as stored; every span points into it
    content_hash: str
    media_type: str
    title: Span | None
    title_text: str | None
    issued: DateValue | None
    issued_text: str | None
    issued_by: str | None  # Authority label
    sections: tuple[Section, ...] = ()
    organizations: tuple[Organization, ...] = ()
    aliases: tuple[AliasDefinition, ...] = ()
    statutes: tuple[Statute, ...] = ()
    citations: tuple[Citation, ...] = ()
    documents: tuple[ReferencedDocument, ...] = ()
    section_refs: tuple[SectionRef, ...] = ()
    dates: tuple[DateMention, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    actions: tuple[Action, ...] = ()
    violations: tuple[Violation, ...] = ()
    incidents: tuple[Incident, ...] = ()
    entrustments: tuple[Entrustment, ...] = ()
    warnings: tuple[Warning, ...] = field(default=())
    provisions_in_time: tuple[ProvisionTime, ...] = ()  # parser.lawtime
    statute_titles: tuple[StatuteTitles, ...] = ()  # parser.lawtime
