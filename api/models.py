"""Typed response bodies of the JSON API (`/api/v1`)."""

from __future__ import annotations

from typing import Generic, TypeVar

from pydantic import BaseModel, Field

T = TypeVar("T")


class Envelope(BaseModel, Generic[T]):
    """One page of a list: the items, how many match in all, and links to the neighbours."""

    items: list[T]
    total: int
    page: int
    per_page: int
    pages: int
    next: str | None = None
    prev: str | None = None
    truncated: bool = Field(
        default=False, description="a download (`_format=`) cut at SHOBUN_SPARQL_MAX_ROWS rows"
    )


class OrgRef(BaseModel):
    iri: str
    key: str = Field(description="path segment of /api/v1/organizations/{key}")
    label: str


class NoticeRef(BaseModel):
    iri: str
    id: str = Field(description="path segment of /api/v1/notices/{id}")
    title: str | None = None
    issued: str | None = None


class ProvisionRef(BaseModel):
    iri: str
    statute: str | None = None
    statute_key: str | None = None
    article: str | None = None
    paragraph: int | None = None
    item: int | str | None = Field(
        default=None,
        description="号: a number (3), or for a branched item the string in the article's "
        'form ("3の2" for 第3号の2)',
    )
    version: str | None = Field(
        default=None,
        description="the day the numbering this provision is cited in took effect, where it "
        "is not today's (law in time)",
    )
    label: str = Field(description="e.g. 個人情報の保護に関する法律第148条第1項")


class Span(BaseModel):
    """Character offsets into the notice's text (`sbo:text`) and the slice they cut."""

    start: int
    end: int
    exact: str


class NoticeSummary(NoticeRef):
    issued_text: str | None = None
    authority: OrgRef | None = None
    action_types: list[str] = []
    addressees: list[OrgRef] = []


class Property(BaseModel):
    predicate: str = Field(description="a CURIE (sbo:deadline) or the full IRI")
    value: str
    is_iri: bool = False
    label: str | None = None


class Fact(BaseModel):
    """One extracted node (action, organization, provision, violation, incident,
    quantity) with every property the notice's graph gives it and its evidence spans."""

    iri: str
    kind: str = Field(description="the sbo class, e.g. Recommendation")
    category: str = Field(description="action, organization, provision, violation, …")
    label: str
    spans: list[Span]
    properties: list[Property]


class Section(BaseModel):
    iri: str
    path: str
    heading: str | None = None
    parent: str | None = None
    span: Span | None = None


class ReferencedDocument(BaseModel):
    iri: str
    alias: str | None = None
    identifier: str | None = None
    title: str | None = None


class NoticeDetail(NoticeSummary):
    text: str
    warnings: list[str] = []
    source_path: str | None = None
    source_url: str | None = None
    references: list[ReferencedDocument] = []
    sections: list[Section] = []
    facts: list[Fact] = []


class ActionSummary(BaseModel):
    iri: str
    type: str
    term: str | None = None
    notice: NoticeRef
    addressee: OrgRef | None = None
    authority: OrgRef | None = None
    date: str | None = Field(None, description="when taken, else the notice's date")
    deadline: str | None = None
    legal_basis: ProvisionRef | None = None
    amount: int | None = None


class Organization(OrgRef):
    kinds: list[str]
    aliases: list[str] = []
    corporate_number: str | None = None
    notices: list[NoticeRef] = []
    actions: list[ActionSummary] = []
    entrusts: list[OrgRef] = []
    entrusted_by: list[OrgRef] = []


class OrganizationSummary(OrgRef):
    kinds: list[str]
    aliases: list[str] = []
    corporate_number: str | None = None
    notices: int = 0


class ProvisionCount(ProvisionRef):
    notices: int = Field(description="how many notices cite it")


class Statute(BaseModel):
    iri: str
    key: str
    label: str
    law_number: str | None = None
    egov_law_id: str | None = None
    notices: int = 0
    provisions: list[ProvisionCount] = []


class NoticeCitation(BaseModel):
    """A notice under today's provision, with the provision as that notice cites it."""

    notice: NoticeRef
    cited: ProvisionRef


class ArticleCitations(BaseModel):
    """Which notices cite 第N条 of a statute as numbered today (any paragraph or item of
    it), whatever number it had when they cited it."""

    statute: Statute
    article: str
    provisions: list[ProvisionCount]
    notices: list[NoticeRef]
    citations: list[NoticeCitation] = Field(
        default=[], description="each notice with the provision as it cites it"
    )


class Health(BaseModel):
    status: str
    store: str
    notices: int
    version: str


class RepeatAddressee(BaseModel):
    """An organization addressed by actions in several notices."""

    organization: OrgRef
    corporate_number: str | None = None
    notices: list[str]
    actions: list[str]


class Step(BaseModel):
    date: str
    kind: str
    severity: int
    action: str
    notice: str


class EscalationChain(BaseModel):
    """An organization's sanctions in date order (指導 → 勧告 → 命令)."""

    organization: OrgRef
    escalated: bool
    steps: list[Step]


class CitedProvision(BaseModel):
    authority: OrgRef | None
    year: str
    provision: str
    label: str
    notices: int


class Entrustment(BaseModel):
    principal: OrgRef
    agent: OrgRef


class EntrustmentNetwork(BaseModel):
    edges: list[Entrustment]
    chains: list[list[str]]
