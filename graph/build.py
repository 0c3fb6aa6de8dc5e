"""The typed `Notice` → RDF in the contract vocabulary, with provenance spans.

IRIs are deterministic: organisations, statutes and provisions from their names or
IDs (so they are shared across notices), everything else under the notice's IRI.
"""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS
from rdflib.plugins.serializers.nt import _nt_row

from parser.extract.dates import parse_iso_or_wareki
from parser.model import (
    Action,
    Citation,
    DateValue,
    Notice,
    Numbering,
    Organization,
    ProvisionTime,
    SectionRef,
    Span,
)
from shobun.settings import DEFAULT_BASE

SBO = Namespace("https://w3id.org/shobun/ontology#")
OA = Namespace("http://www.w3.org/ns/oa#")
_XSD_DATE = {"date": XSD.date, "gYearMonth": XSD.gYearMonth, "gYear": XSD.gYear}
EGOV_LAW = "https://laws.e-gov.go.jp/law/"


def _q(text: str) -> str:
    return quote(text, safe="")


_PREFIXES = (("sbo", SBO), ("oa", OA), ("dcterms", DCTERMS), ("prov", PROV), ("skos", SKOS))


class _Builder:
    def __init__(self, notice: Notice, base: str) -> None:
        self.n = notice
        self.base = base
        self.triples: set[tuple[URIRef, URIRef, URIRef | Literal]] = set()
        self.iri = URIRef(f"{base}notice/{_q(notice.name)}")
        self.placed: dict[Citation, ProvisionTime] = {
            p.citation: p for p in notice.provisions_in_time
        }

    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal) -> None:
        self.triples.add((s, p, o))

    def graph(self) -> Graph:
        g = Graph()
        for prefix, ns in (
            ("sbo", SBO),
            ("oa", OA),
            ("dcterms", DCTERMS),
            ("prov", PROV),
            ("skos", SKOS),
        ):
            g.bind(prefix, ns)
        g.bind("id", Namespace(self.base))
        g.addN((s, p, o, g) for s, p, o in self.triples)
        return g

    def evidence(self, node: URIRef, span: Span) -> None:
        sel = URIRef(f"{self.iri}/span/{span.start}-{span.end}")
        self.add(node, PROV.wasDerivedFrom, self.iri)
        self.add(node, SBO.evidence, sel)
        self.add(sel, RDF.type, OA.TextPositionSelector)
        self.add(sel, OA.start, Literal(span.start, datatype=XSD.nonNegativeInteger))
        self.add(sel, OA.end, Literal(span.end, datatype=XSD.nonNegativeInteger))
        self.add(sel, OA.exact, Literal(span.surface))

    def org_iri(self, label: str) -> URIRef:
        return URIRef(f"{self.base}org/{_q(label)}")

    def statute_iri(self, title: str) -> URIRef:
        st = next((s for s in self.n.statutes if s.label == title), None)
        key = st.egov_id if st and st.egov_id else _q(title)
        return URIRef(f"{self.base}law/{key}")

    def provision(self, c: Citation) -> URIRef | None:
        """The cited provision, in the numbering it is cited in (a versioned IRI where that
        is not today's), linked to the same provision today (sbo:currentProvision)."""
        if c.statute is None:
            return None
        placed = self.placed.get(c)
        statute = self.statute_iri(c.statute)
        version = placed.version if placed else None
        node = self._provision(statute, Numbering(c.article, c.paragraph, c.item), version, c.span)
        if placed and placed.caption:
            self.add(node, SBO.caption, Literal(placed.caption, lang="ja"))
        if placed is not None and placed.current is None:
            return node  # today's number unknown: a warning says so
        current = node
        if placed is not None and version is not None and placed.current is not None:
            current = self._provision(statute, placed.current, None, c.span)
            if placed.current_caption:
                self.add(current, SBO.caption, Literal(placed.current_caption, lang="ja"))
        self.add(node, SBO.currentProvision, current)
        return node

    def _provision(self, statute: URIRef, n: Numbering, version: str | None, span: Span) -> URIRef:
        iri = f"{statute}/version/{version}" if version else str(statute)
        iri += f"/article/{_q(n.article)}"
        iri += f"/paragraph/{n.paragraph}" if n.paragraph is not None else ""
        iri += f"/item/{n.item}" if n.item is not None else ""
        node = URIRef(iri)
        self.add(node, RDF.type, SBO.Provision)
        self.add(node, SBO.ofStatute, statute)
        self.add(node, SBO.article, Literal(n.article))
        if n.paragraph is not None:
            self.add(node, SBO.paragraph, Literal(n.paragraph, datatype=XSD.integer))
        if n.item is not None:
            self.add(node, SBO.item, Literal(n.item, datatype=XSD.integer))
        self.evidence(node, span)
        return node


def date_literal(value: DateValue) -> Literal:
    return Literal(value.iso(), datatype=_XSD_DATE[value.kind])


def _notice(b: _Builder) -> None:
    n, iri = b.n, b.iri
    b.add(iri, RDF.type, SBO.Notice)
    b.add(iri, SBO.text, Literal(n.text))
    b.add(iri, SBO.contentHash, Literal(n.content_hash))
    b.add(iri, SBO.mediaType, Literal(n.media_type))
    if n.title_text:
        b.add(iri, DCTERMS.title, Literal(n.title_text))
    if n.issued:
        b.add(iri, DCTERMS.issued, date_literal(n.issued))
    if n.issued_text:
        b.add(iri, SBO.issuedText, Literal(n.issued_text))
    if n.issued_by:
        b.add(iri, SBO.issuedBy, b.org_iri(n.issued_by))
        if not any(o.label == n.issued_by for o in n.organizations):
            b.add(b.org_iri(n.issued_by), RDF.type, SBO.Authority)
            b.add(b.org_iri(n.issued_by), RDFS.label, Literal(n.issued_by))
    for w in n.warnings:
        b.add(iri, SBO.warning, Literal(f"{w.code} {w.message}"))


def _organization(b: _Builder, o: Organization) -> None:
    node = b.org_iri(o.label)
    b.add(node, RDF.type, SBO[o.kind])
    b.add(node, RDFS.label, Literal(o.label))
    for a in o.aliases:
        b.add(node, SKOS.altLabel, Literal(a))
    if o.corporate_number:
        b.add(node, SBO.corporateNumber, Literal(o.corporate_number))
    for span in o.mentions[:1] or ():
        b.evidence(node, span)
    if not o.mentions:
        b.add(node, PROV.wasDerivedFrom, b.iri)


def _statutes_and_citations(b: _Builder) -> None:
    for s in b.n.statutes:
        node = b.statute_iri(s.label)
        b.add(node, RDF.type, SBO.Statute)
        b.add(node, RDFS.label, Literal(s.label))
        if s.law_number:
            b.add(node, SBO.lawNumber, Literal(s.law_number))
        if s.egov_id:
            b.add(node, SBO.eGovLawId, Literal(s.egov_id))
            b.add(node, RDFS.seeAlso, URIRef(EGOV_LAW + s.egov_id))
    for t in b.n.statute_titles:
        node = b.statute_iri(t.label)
        b.add(node, SBO.currentTitle, Literal(t.current_title))
        for former in t.former_titles:
            b.add(node, SKOS.altLabel, Literal(former))
    for c in b.n.citations:
        if c.statute is not None and not any(s.label == c.statute for s in b.n.statutes):
            continue
        prov = b.provision(c)
        if prov is not None:
            b.add(b.iri, SBO.cites, prov)


def _sections(b: _Builder) -> dict[str, URIRef]:
    out: dict[str, URIRef] = {}
    for sec in b.n.sections:
        node = URIRef(f"{b.iri}/section/{_q(sec.path)}")
        out[sec.path] = node
        b.add(node, RDF.type, SBO.Section)
        b.add(node, SBO.inDocument, b.iri)
        b.add(node, SBO.sectionPath, Literal(sec.path))
        if sec.heading:
            b.add(node, SBO.heading, Literal(sec.heading))
        if sec.parent:
            b.add(node, SBO.parentSection, URIRef(f"{b.iri}/section/{_q(sec.parent)}"))
        b.evidence(node, sec.span)
    return out


def _documents(b: _Builder) -> dict[str, URIRef]:
    out: dict[str, URIRef] = {}
    for d in b.n.documents:
        node = URIRef(f"{b.iri}/document/{_q(d.alias)}")
        out[d.alias] = node
        b.add(node, RDF.type, SBO.ReferencedDocument)
        b.add(node, SKOS.altLabel, Literal(d.alias))
        if d.identifier:
            b.add(node, DCTERMS.identifier, Literal(d.identifier))
        if d.title:
            b.add(node, DCTERMS.title, Literal(d.title))
        b.add(b.iri, SBO.references, node)
    return out


def _ref_section(b: _Builder, docs: dict[str, URIRef], ref: SectionRef) -> URIRef | None:
    if ref.document is None or ref.document not in docs:
        return None
    doc = docs[ref.document]
    node = URIRef(f"{doc}/section/{_q(ref.path)}")
    b.add(node, RDF.type, SBO.Section)
    b.add(node, SBO.inDocument, doc)
    b.add(node, SBO.sectionPath, Literal(ref.path))
    return node


def _events(b: _Builder, sections: dict[str, URIRef], docs: dict[str, URIRef]) -> None:
    vnodes: dict[str, URIRef] = {}
    for v in b.n.violations:
        node = URIRef(f"{b.iri}/violation/{v.key}")
        vnodes[v.key] = node
        b.add(node, RDF.type, SBO.Violation)
        if v.committed_by:
            b.add(node, SBO.committedBy, b.org_iri(v.committed_by))
        for c in v.provisions:
            prov = b.provision(c)
            if prov is not None:
                b.add(node, SBO.violatedProvision, prov)
        if v.description:
            b.add(node, SBO.description, Literal(v.description))
        for ref in v.detailed_in:
            sec = _ref_section(b, docs, ref)
            if sec is not None:
                b.add(node, SBO.detailedIn, sec)
        b.evidence(node, v.span)
    for a in b.n.actions:
        _action(b, a, sections, docs, vnodes)


def _action(
    b: _Builder,
    a: Action,
    sections: dict[str, URIRef],
    docs: dict[str, URIRef],
    vnodes: dict[str, URIRef],
) -> None:
    node = URIRef(f"{b.iri}/action/{a.key}")
    b.add(node, RDF.type, SBO[a.kind])
    b.add(node, SBO.sanctionTerm, Literal(a.term))
    b.add(node, SBO.announcedIn, b.iri)
    if a.addressee:
        b.add(node, SBO.addressee, b.org_iri(a.addressee))
    if a.imposed_by:
        b.add(node, SBO.imposedBy, b.org_iri(a.imposed_by))
    for basis in a.bases:
        prov = b.provision(basis)
        if prov is not None:
            b.add(node, SBO.legalBasis, prov)
    for key in a.violations:
        b.add(node, SBO.remedies, vnodes[key])
    for ref in a.detailed_in:
        sec = _ref_section(b, docs, ref)
        if sec is not None:
            b.add(node, SBO.detailedIn, sec)
    if a.deadline:
        b.add(node, SBO.deadline, date_literal(a.deadline))
    if a.date:
        b.add(node, DCTERMS.date, date_literal(a.date))
    if a.requested:
        b.add(node, SBO.requestedContent, Literal(a.requested))
    if a.amount is not None:
        b.add(node, SBO.amount, Literal(a.amount, datatype=XSD.integer))
    if a.section and a.section in sections:
        b.add(node, SBO.describedIn, sections[a.section])
    b.evidence(node, a.span)


def _incidents(b: _Builder) -> None:
    for i, inc in enumerate(b.n.incidents, 1):
        node = URIRef(f"{b.iri}/incident/{i}")
        b.add(node, RDF.type, SBO.Incident)
        if inc.affected_persons is not None:
            b.add(node, SBO.affectedPersons, Literal(inc.affected_persons, datatype=XSD.integer))
        if inc.approximate is not None:
            b.add(node, SBO.approximate, Literal(inc.approximate))
        if inc.period_start:
            b.add(node, SBO.periodStart, date_literal(inc.period_start))
        if inc.period_end:
            b.add(node, SBO.periodEnd, date_literal(inc.period_end))
        for who in inc.involves:
            b.add(node, SBO.involves, b.org_iri(who))
        b.evidence(node, inc.span)
    for k, q in enumerate(b.n.quantities, 1):
        node = URIRef(f"{b.iri}/quantity/{k}")
        b.add(node, RDF.type, SBO.Quantity)
        b.add(node, SBO.value, Literal(q.value, datatype=XSD.integer))
        b.add(node, SBO.unit, Literal(q.unit))
        if q.count_of:
            b.add(node, SBO.countOf, Literal(q.count_of))
        b.add(node, SBO.approximate, Literal(q.approximate))
        for i in range(1, len(b.n.incidents) + 1):
            b.add(URIRef(f"{b.iri}/incident/{i}"), SBO.quantity, node)
        b.evidence(node, q.span)
    for e in b.n.entrustments:
        b.add(b.org_iri(e.principal), SBO.entrusts, b.org_iri(e.agent))


def notice_iri(notice: Notice, *, base: str = DEFAULT_BASE) -> URIRef:
    return URIRef(f"{base}notice/{_q(notice.name)}")


def notice_graph(
    notice: Notice, *, base: str = DEFAULT_BASE, metadata: Mapping[str, str] | None = None
) -> tuple[URIRef, Graph]:
    """The notice IRI (also its named graph's IRI) and every triple extracted from it."""
    b = _build(notice, base, metadata)
    return b.iri, b.graph()


def _build(notice: Notice, base: str, metadata: Mapping[str, str] | None) -> _Builder:
    b = _Builder(notice, base)
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
            b.add(b.iri, SBO.sourceUrl, Literal(value, datatype=XSD.anyURI))
        elif key == "path":
            b.add(b.iri, SBO.sourcePath, Literal(value))
        elif key in _DATE_KEYS and b.n.issued is None and parse_iso_or_wareki(value):
            date = parse_iso_or_wareki(value)
            assert date is not None
            b.add(b.iri, DCTERMS.issued, date_literal(date))
        elif key == "title" and not b.n.title_text:
            b.add(b.iri, DCTERMS.title, Literal(value))
        else:
            b.add(b.iri, SBO.sourceMetadata, Literal(f"{key}={value}"))


def notice_ntriples(
    notice: Notice, *, base: str = DEFAULT_BASE, metadata: Mapping[str, str] | None = None
) -> str:
    """Canonical N-Triples: sorted lines, so the same input gives the same bytes.
    Written row by row with rdflib's own N-Triples row writer, without building a Graph
    (which costs more than the parse)."""
    b = _build(notice, base, metadata)
    return "".join(sorted(_nt_row(t) for t in b.triples))
