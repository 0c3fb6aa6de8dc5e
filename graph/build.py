"""The typed `Notice` → RDF in the contract vocabulary, with provenance spans.

IRIs are deterministic: organisations, statutes and provisions from their names or
IDs (so they are shared across notices), everything else under the notice's IRI.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from shobun.core.vocabulary import DEFAULT_BASE, IRIs, namespaces
from shobun.core.vocabulary import encode as _q
from shobun.graph.ntriples import GraphWriter, NTriplesWriter, Vocab, Writer
from shobun.parser.extract.dates import parse_iso_or_wareki
from shobun.parser.model import (
    Action,
    Citation,
    DateValue,
    Notice,
    Numbering,
    Organization,
    ProvisionTime,
    SectionRef,
    Span,
    Statute,
)

if TYPE_CHECKING:
    from rdflib import Graph, URIRef

_NS = namespaces("sbo", "oa", "rdf", "rdfs", "xsd", "dcterms", "prov", "skos")
_XSD_DATE = {kind: _NS["xsd"] + kind for kind in ("date", "gYearMonth", "gYear")}
EGOV_LAW = "https://laws.e-gov.go.jp/law/"

# The emitters' terms as plain strings (the writers take str, not rdflib terms, and
# rdflib is imported only for `notice_graph`: `shobun parse --format nt` starts faster).
sbo, oa, rdf, rdfs, xsd, dcterms, prov, skos = (Vocab(ns) for ns in _NS.values())


_PREFIXES = namespaces("sbo", "oa", "dcterms", "prov", "skos")


class _Builder:
    """What every emitter calls: IRIs minted here, triples sent to the writer."""

    def __init__(self, notice: Notice, base: str, out: Writer) -> None:
        self.n = notice
        self.base = base
        self.out = out
        self.add = out.add
        self.lit = out.lit
        self.iris = IRIs(base)
        self.iri = self.iris.iri("notice", notice.name)
        self.placed: dict[Citation, ProvisionTime] = {
            p.citation: p for p in notice.provisions_in_time
        }
        # What was written once is not written again (the writers drop repeated triples
        # anyway): a provision cited by several actions, a span that is several things'.
        self.evidenced: set[tuple[str, int, int, str]] = set()
        self.provisions: dict[Citation, str | None] = {}
        # each label's first statute, by its label
        self.statutes: dict[str, Statute] = {s.label: s for s in reversed(notice.statutes)}

    def date(self, s: str, p: str, value: DateValue) -> None:
        self.lit(s, p, value.iso(), datatype=_XSD_DATE[value.kind])

    def evidence(self, node: str, span: Span) -> None:
        key = (node, span.start, span.end, span.surface)
        if key in self.evidenced:
            return
        self.evidenced.add(key)
        self.out.evidence(node, self.iri, span.start, span.end, span.surface)

    def org_iri(self, label: str) -> str:
        return self.iris.iri("org", label)

    def statute_iri(self, title: str) -> str:
        st = self.statutes.get(title)
        return self.iris.iri("law", st.egov_id if st and st.egov_id else title)

    def provision(self, c: Citation) -> str | None:
        """The cited provision, in the numbering it is cited in (a versioned IRI where that
        is not today's), linked to the same provision today (sbo:currentProvision)."""
        if c not in self.provisions:
            self.provisions[c] = self._cited(c)
        return self.provisions[c]

    def _cited(self, c: Citation) -> str | None:
        if c.statute is None:
            return None
        placed = self.placed.get(c)
        statute = self.statute_iri(c.statute)
        version = placed.version if placed else None
        node = self._provision(statute, Numbering(c.article, c.paragraph, c.item), version, c.span)
        if placed and placed.caption:
            self.lit(node, sbo.caption, placed.caption, lang="ja")
        if placed is not None and placed.current is None:
            return node  # today's number unknown: a warning says so
        current = node
        if placed is not None and version is not None and placed.current is not None:
            current = self._provision(statute, placed.current, None, c.span)
            if placed.current_caption:
                self.lit(current, sbo.caption, placed.current_caption, lang="ja")
        self.add(node, sbo.currentProvision, current)
        return node

    def _provision(self, statute: str, n: Numbering, version: str | None, span: Span) -> str:
        node = IRIs.provision(statute, n.article, n.paragraph, n.item, version)
        self.add(node, rdf.type, sbo.Provision)
        self.add(node, sbo.ofStatute, statute)
        self.lit(node, sbo.article, n.article)
        if n.paragraph is not None:
            self.lit(node, sbo.paragraph, n.paragraph, datatype=xsd.integer)
        if isinstance(n.item, int):
            self.lit(node, sbo.item, n.item, datatype=xsd.integer)
        elif n.item is not None:  # 第3号の2: "3の2", an extension of the contract (xsd:string)
            self.lit(node, sbo.item, n.item)
        self.evidence(node, span)
        return node


def _notice(b: _Builder) -> None:
    n, iri = b.n, b.iri
    b.add(iri, rdf.type, sbo.Notice)
    b.lit(iri, sbo.text, n.text)
    b.lit(iri, sbo.contentHash, n.content_hash)
    b.lit(iri, sbo.mediaType, n.media_type)
    if n.title_text:
        b.lit(iri, dcterms.title, n.title_text)
    if n.issued:
        b.date(iri, dcterms.issued, n.issued)
    if n.issued_text:
        b.lit(iri, sbo.issuedText, n.issued_text)
    if n.issued_by:
        b.add(iri, sbo.issuedBy, b.org_iri(n.issued_by))
        if not any(o.label == n.issued_by for o in n.organizations):
            b.add(b.org_iri(n.issued_by), rdf.type, sbo.Authority)
            b.lit(b.org_iri(n.issued_by), rdfs.label, n.issued_by)
    for w in n.warnings:
        b.lit(iri, sbo.warning, f"{w.code} {w.message}")


def _organization(b: _Builder, o: Organization) -> None:
    node = b.org_iri(o.label)
    b.add(node, rdf.type, sbo[o.kind])
    b.lit(node, rdfs.label, o.label)
    for a in o.aliases:
        b.lit(node, skos.altLabel, a)
    if o.corporate_number:
        b.lit(node, sbo.corporateNumber, o.corporate_number)
    for span in o.mentions[:1] or ():
        b.evidence(node, span)
    if not o.mentions:
        b.add(node, prov.wasDerivedFrom, b.iri)


def _statutes_and_citations(b: _Builder) -> None:
    for s in b.n.statutes:
        node = b.statute_iri(s.label)
        b.add(node, rdf.type, sbo.Statute)
        b.lit(node, rdfs.label, s.label)
        if s.law_number:
            b.lit(node, sbo.lawNumber, s.law_number)
        if s.egov_id:
            b.lit(node, sbo.eGovLawId, s.egov_id)
            b.add(node, rdfs.seeAlso, EGOV_LAW + s.egov_id)
    for t in b.n.statute_titles:
        node = b.statute_iri(t.label)
        b.lit(node, sbo.currentTitle, t.current_title)
        for former in t.former_titles:
            b.lit(node, skos.altLabel, former)
    for c in b.n.citations:
        if c.statute is not None and c.statute not in b.statutes:
            continue
        prov = b.provision(c)
        if prov is not None:
            b.add(b.iri, sbo.cites, prov)


def _sections(b: _Builder) -> dict[str, str]:
    out: dict[str, str] = {}
    for sec in b.n.sections:
        node = f"{b.iri}/section/{_q(sec.path)}"
        out[sec.path] = node
        b.add(node, rdf.type, sbo.Section)
        b.add(node, sbo.inDocument, b.iri)
        b.lit(node, sbo.sectionPath, sec.path)
        if sec.heading:
            b.lit(node, sbo.heading, sec.heading)
        if sec.parent:
            b.add(node, sbo.parentSection, f"{b.iri}/section/{_q(sec.parent)}")
        b.evidence(node, sec.span)
    return out


def _documents(b: _Builder) -> dict[str, str]:
    out: dict[str, str] = {}
    for d in b.n.documents:
        node = f"{b.iri}/document/{_q(d.alias)}"
        out[d.alias] = node
        b.add(node, rdf.type, sbo.ReferencedDocument)
        b.lit(node, skos.altLabel, d.alias)
        if d.identifier:
            b.lit(node, dcterms.identifier, d.identifier)
        if d.title:
            b.lit(node, dcterms.title, d.title)
        b.add(b.iri, sbo.references, node)
    return out


def _ref_section(b: _Builder, docs: dict[str, str], ref: SectionRef) -> str | None:
    if ref.document is None or ref.document not in docs:
        return None
    doc = docs[ref.document]
    node = f"{doc}/section/{_q(ref.path)}"
    b.add(node, rdf.type, sbo.Section)
    b.add(node, sbo.inDocument, doc)
    b.lit(node, sbo.sectionPath, ref.path)
    return node


def _events(b: _Builder, sections: dict[str, str], docs: dict[str, str]) -> None:
    vnodes: dict[str, str] = {}
    for v in b.n.violations:
        node = f"{b.iri}/violation/{v.key}"
        vnodes[v.key] = node
        b.add(node, rdf.type, sbo.Violation)
        if v.committed_by:
            b.add(node, sbo.committedBy, b.org_iri(v.committed_by))
        for c in v.provisions:
            prov = b.provision(c)
            if prov is not None:
                b.add(node, sbo.violatedProvision, prov)
        if v.description:
            b.lit(node, sbo.description, v.description)
        for ref in v.detailed_in:
            sec = _ref_section(b, docs, ref)
            if sec is not None:
                b.add(node, sbo.detailedIn, sec)
        b.evidence(node, v.span)
    for a in b.n.actions:
        _action(b, a, sections, docs, vnodes)


def _action(
    b: _Builder,
    a: Action,
    sections: dict[str, str],
    docs: dict[str, str],
    vnodes: dict[str, str],
) -> None:
    node = f"{b.iri}/action/{a.key}"
    b.add(node, rdf.type, sbo[a.kind])
    b.lit(node, sbo.sanctionTerm, a.term)
    b.add(node, sbo.announcedIn, b.iri)
    if a.addressee:
        b.add(node, sbo.addressee, b.org_iri(a.addressee))
    if a.imposed_by:
        b.add(node, sbo.imposedBy, b.org_iri(a.imposed_by))
    for basis in a.bases:
        prov = b.provision(basis)
        if prov is not None:
            b.add(node, sbo.legalBasis, prov)
    for key in a.violations:
        b.add(node, sbo.remedies, vnodes[key])
    for ref in a.detailed_in:
        sec = _ref_section(b, docs, ref)
        if sec is not None:
            b.add(node, sbo.detailedIn, sec)
    if a.deadline:
        b.date(node, sbo.deadline, a.deadline)
    if a.date:
        b.date(node, dcterms.date, a.date)
    if a.requested:
        b.lit(node, sbo.requestedContent, a.requested)
    if a.amount is not None:
        b.lit(node, sbo.amount, a.amount, datatype=xsd.integer)
    if a.section and a.section in sections:
        b.add(node, sbo.describedIn, sections[a.section])
    b.evidence(node, a.span)


def _incidents(b: _Builder) -> None:
    for i, inc in enumerate(b.n.incidents, 1):
        node = f"{b.iri}/incident/{i}"
        b.add(node, rdf.type, sbo.Incident)
        if inc.affected_persons is not None:
            b.lit(node, sbo.affectedPersons, inc.affected_persons, datatype=xsd.integer)
        if inc.approximate is not None:
            b.lit(node, sbo.approximate, inc.approximate)
        if inc.period_start:
            b.date(node, sbo.periodStart, inc.period_start)
        if inc.period_end:
            b.date(node, sbo.periodEnd, inc.period_end)
        for who in inc.involves:
            b.add(node, sbo.involves, b.org_iri(who))
        b.evidence(node, inc.span)
    for k, q in enumerate(b.n.quantities, 1):
        node = f"{b.iri}/quantity/{k}"
        b.add(node, rdf.type, sbo.Quantity)
        b.lit(node, sbo.value, q.value, datatype=xsd.integer)
        b.lit(node, sbo.unit, q.unit)
        if q.count_of:
            b.lit(node, sbo.countOf, q.count_of)
        b.lit(node, sbo.approximate, q.approximate)
        for i in range(1, len(b.n.incidents) + 1):
            b.add(f"{b.iri}/incident/{i}", sbo.quantity, node)
        b.evidence(node, q.span)
    for e in b.n.entrustments:
        b.add(b.org_iri(e.principal), sbo.entrusts, b.org_iri(e.agent))


def notice_iri(notice: Notice, *, base: str = DEFAULT_BASE) -> URIRef:
    from rdflib import URIRef

    return URIRef(IRIs(base).iri("notice", notice.name))


def notice_graph(
    notice: Notice, *, base: str = DEFAULT_BASE, metadata: Mapping[str, str] | None = None
) -> tuple[URIRef, Graph]:
    """The notice IRI (also its named graph's IRI) and every triple extracted from it."""
    from rdflib import Graph, URIRef

    out = GraphWriter()
    b = _build(notice, base, metadata, out)
    g = Graph()
    for prefix, ns in _PREFIXES.items():
        g.bind(prefix, ns)
    g.bind("id", base)
    g.addN((s, p, o, g) for s, p, o in out.triples)
    return URIRef(b.iri), g


def _build(notice: Notice, base: str, metadata: Mapping[str, str] | None, out: Writer) -> _Builder:
    b = _Builder(notice, base, out)
    _notice(b)
    for o in notice.organizations:
        _organization(b, o)
    _statutes_and_citations(b)
    sections = _sections(b)
    docs = _documents(b)
    _events(b, sections, docs)
    _incidents(b)
    _metadata(b, metadata or {})
    return b


_URL_KEYS = ("source_url", "url", "source")
_DATE_KEYS = ("published", "publication_date", "date", "issued")


def _metadata(b: _Builder, metadata: Mapping[str, str]) -> None:
    """What a manifest says of a notice: its source URL and path; its publication date
    and title where the text gives none; any other column as sbo:sourceMetadata."""
    for key, value in sorted(metadata.items()):
        value = value.strip()
        if not value:
            continue
        if key in _URL_KEYS:
            b.lit(b.iri, sbo.sourceUrl, value, datatype=xsd.anyURI)
        elif key == "path":
            b.lit(b.iri, sbo.sourcePath, value)
        elif key in _DATE_KEYS and b.n.issued is None and parse_iso_or_wareki(value):
            date = parse_iso_or_wareki(value)
            assert date is not None
            b.date(b.iri, dcterms.issued, date)
        elif key == "title" and not b.n.title_text:
            b.lit(b.iri, dcterms.title, value)
        else:
            b.lit(b.iri, sbo.sourceMetadata, f"{key}={value}")


def notice_ntriples(
    notice: Notice, *, base: str = DEFAULT_BASE, metadata: Mapping[str, str] | None = None
) -> str:
    """Canonical N-Triples: sorted lines, so the same input gives the same bytes — the
    bytes rdflib writes for `notice_graph`'s graph, written from strings without it."""
    out = NTriplesWriter()
    _build(notice, base, metadata, out)
    return out.text()


def notice_nquads(
    notice: Notice, *, base: str = DEFAULT_BASE, metadata: Mapping[str, str] | None = None
) -> str:
    """The same triples in the notice's named graph, as sorted N-Quads."""
    out = NTriplesWriter()
    b = _build(notice, base, metadata, out)
    return out.nquads(b.iri)
